"""``kg viz``: the graph as one self-contained, offline HTML page.

This is the only module that imports pyvis. pyvis has had no release since
early 2023, so it is kept to three jobs here: collecting nodes and edges,
holding the vis-network options, and rendering our own template
(``kg/templates/map.html``). Its stock templates link Bootstrap and other
assets from CDNs even in ``in_line`` mode, so they are never used. The
vis-network script that ships inside the pyvis package, and our own script
and stylesheet, are pasted into the page, which then makes no request at all.

Everything taken from releases reaches the page either as JSON produced by
Jinja's ``tojson`` (which escapes ``<``, ``>``, ``&`` and quotes) or as
tooltip strings that vis-network sets with ``innerText``; the page script
builds its panels with ``textContent`` only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.netgraph import CLASSES, filter_graph
from kg.netgraph import build_graph as _build_graph
from kg.store import Store

#: colour and vis-network shape per class; shapes keep the label under the symbol
STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#D55E00", "dot"),
    "Organization": ("#0072B2", "square"),
    "Country": ("#CC79A7", "star"),
    "Place": ("#009E73", "triangle"),
    "Mechanism": ("#E69F00", "hexagon"),
    "Event": ("#56B4E9", "diamond"),
    "Project": ("#8C564B", "triangleDown"),
    "Policy": ("#6A3D9A", "triangleDown"),
    "Agreement": ("#B8860B", "star"),
    "Post": ("#7F7F7F", "dot"),
    "Observation": ("#BCBD22", "square"),
    "Sector": ("#17BECF", "hexagon"),
}
LABEL_CHARS = 40
SEED_ABOVE = 150
STEP = 140.0
MAX_SOURCES = 20
_MARKERS = {"/*KG:CSS*/": "map.css", "/*KG:APP*/": "map.js"}
_VIS_MARKER = "/*KG:VIS*/"


class VizError(Exception):
    """A map that cannot be written (missing vis-network asset, bad template)."""


@dataclass(frozen=True)
class MapReport:
    """What was written, for the command line summary and for tests."""

    output: Path
    nodes: int
    edges: int
    size: int


def write_map(store: Store, output: Path, *, focus: str | None = None, depth: int = 1,
              types: tuple[str, ...] | list[str] = (), since: str | None = None,
              until: str | None = None, sector: str | None = None,
              max_nodes: int | None = None, title: str | None = None) -> MapReport:
    """Build, filter and draw the graph into ``output``; raises NetworkError on bad filters."""
    graph = filter_graph(_build_graph(store), focus=focus, depth=depth, types=types,
                         since=since, until=until, sector=sector, max_nodes=max_nodes)
    return write_graph_map(graph, output, title=title)


def write_graph_map(graph: nx.MultiDiGraph, output: Path, *, title: str | None = None) -> MapReport:
    """Draw an already built graph (the benchmark uses this to skip the store)."""
    heading = title or f"Korea-Russia cooperation map ({graph.number_of_nodes()} entities)"
    html = render(graph, heading)
    data = html.encode("utf-8")
    output.write_bytes(data)
    return MapReport(output, graph.number_of_nodes(), graph.number_of_edges(), len(data))


def render(graph: nx.MultiDiGraph, heading: str) -> str:
    """The complete page as a string."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, heading=heading,
                  cdn_resources="in_line")
    biggest = max((d for _, d in graph.degree()), default=0)
    seeded = graph.number_of_nodes() > SEED_ABOVE
    places = seed_positions(graph) if seeded else {}
    for node, data in graph.nodes(data=True):
        extra = {"x": places[node][0], "y": places[node][1]} if seeded else {}
        net.add_node(node, **_node(data, graph.degree(node), biggest), **extra)
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        net.add_edge(source, target, **_edge(index, data, graph, source, target))
    net.options = options(graph.number_of_nodes(), graph.number_of_edges())
    with resources.as_file(resources.files("kg.templates")) as folder:
        net.set_template_dir(str(folder) + "/", "map.html")
        html = net.generate_html(name="map.html")
        return _inline_assets(html, Path(folder))


def _inline_assets(html: str, folder: Path) -> str:
    """Paste scripts and styles over their markers, which precede all data in the page."""
    assets = {marker: (folder / name).read_text(encoding="utf-8")
              for marker, name in _MARKERS.items()}
    assets[_VIS_MARKER] = vis_script()
    for marker, text in assets.items():
        if marker not in html:
            raise VizError(f"template map.html lacks the {marker} marker")
        if "</script" in text.lower() or "</style" in text.lower():
            raise VizError(f"asset for {marker} would end its element early")
        html = html.replace(marker, text, 1)
    return html


def vis_script() -> str:
    """The standalone vis-network build that pyvis carries with it."""
    path = resources.files("pyvis").joinpath("templates/lib/vis-9.1.2/vis-network.min.js")
    if not path.is_file():
        raise VizError("vis-network 9.1.2 not found inside the installed pyvis package")
    return path.read_text(encoding="utf-8")


def _node(data: dict[str, Any], degree: int, biggest: int) -> dict[str, Any]:
    colour, shape = STYLE.get(data["cls"], ("#999999", "dot"))
    size = 8 + 22 * math.sqrt(degree / biggest) if biggest else 10
    sources = [{"title": s["title"], "date": s["date"], "url": s["url"]}
               for s in data["sources"][:MAX_SOURCES]]
    return {
        "label": _short(data["label"]), "shape": shape, "size": round(size, 1),
        "color": {"background": colour, "border": "#333333",
                  "highlight": {"background": colour, "border": "#000000"}},
        "title": _node_tooltip(data), "cls": data["cls"], "full": data["label"],
        "labels": data["labels"], "sectors": data["sectors"], "dmin": data["date_min"],
        "dmax": data["date_max"], "facts": data["facts"], "sources": sources,
        "nsrc": len(data["sources"]), "iri": data["iri"], "deg": degree,
    }


def _edge(index: int, data: dict[str, Any], graph: nx.MultiDiGraph, source: str,
          target: str) -> dict[str, Any]:
    evidence = [{"sentence": e.get("sentence"), "title": e.get("title"), "date": e.get("date"),
                 "url": e.get("url")} for e in data["evidence"]]
    return {
        "id": f"e{index}", "label": data["label"], "relation": data["relation"],
        "title": _edge_tooltip(data, graph.nodes[source]["label"], graph.nodes[target]["label"]),
        "ev": evidence, "nev": data["evidence_count"],
    }


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _node_tooltip(data: dict[str, Any]) -> str:
    """Plain text: vis-network shows string titles with innerText, so nothing is parsed."""
    lines = [data["label"], data["cls"]]
    for lang, labels in sorted(data["labels"].items()):
        lines.append(f"{lang}: {' | '.join(labels)}")
    if data["date_min"]:
        lines.append(f"dates: {_span(data['date_min'], data['date_max'])}")
    if data["sectors"]:
        lines.append("sectors: " + ", ".join(data["sectors"][:8]))
    if data["sources"]:
        lines.append(f"named in {len(data['sources'])} release(s)")
    return "\n".join(lines)


def _edge_tooltip(data: dict[str, Any], source: str, target: str) -> str:
    lines = [data["label"], f"{source} → {target}"]
    for record in data["evidence"][:2]:
        if record.get("sentence"):
            lines.append(f"“{record['sentence']}”")
        release = " ".join(filter(None, [record.get("title"), _paren(record.get("date"))]))
        if release:
            lines.append(f"— {release}")
        if record.get("url"):
            lines.append(record["url"])
    if data["evidence_count"] > 2:
        lines.append(f"(+{data['evidence_count'] - 2} more sources)")
    return "\n".join(lines)


def _paren(text: str | None) -> str | None:
    return f"({text})" if text else None


def _span(low: str, high: str | None) -> str:
    return low if not high or high == low else f"{low} – {high}"


def options(nodes: int, edges: int) -> dict[str, Any]:
    """vis-network options: lay out once, then the page turns physics off.

    Fewer stabilisation iterations and no edges while dragging keep a map of
    thousands of nodes responsive; straight edges are much cheaper to draw.
    """
    big = nodes > 800
    iterations = (300 if nodes <= SEED_ABOVE else 100 if nodes <= 1000 else 20 if nodes <= 3000
                  else 10)
    return {
        "autoResize": True,
        "layout": {"improvedLayout": nodes <= 150, "randomSeed": 7},
        "nodes": {"borderWidth": 1,
                  "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "width": 1, "selectionWidth": 2,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#a0a0a0", "highlight": "#222222", "hover": "#555555"},
                  "font": {"size": 10, "color": "#444444", "strokeWidth": 2,
                           "align": "middle"}},
        "physics": {"enabled": True, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": STEP,
                                  "springConstant": 0.04, "avoidOverlap": 0.1},
                    "stabilization": {"enabled": True, "iterations": iterations,
                                      "updateInterval": 10 if big else 25, "fit": True}},
        "interaction": {"hover": not big, "tooltipDelay": 200, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": False},
        "kg": {"classes": [c for c in CLASSES if c in STYLE],
               "style": {c: {"color": col, "shape": sh} for c, (col, sh) in STYLE.items()},
               "edges": edges},
    }


# -- layout seed -------------------------------------------------------------------------


def seed_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Starting positions, so the browser needs only a short physics run on big maps.

    vis-network spends tens of milliseconds per physics step on thousands of
    nodes, and numpy/scipy are not dependencies, so this is a linear-time
    radial layout: each component is a breadth-first tree around its best
    connected entity, components are packed in rows, and the page then
    polishes the result for a few dozen steps before stopping physics.
    """
    simple = nx.Graph(graph.to_undirected(as_view=True))
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    layouts = [_radial(simple, part) for part in parts]
    total = sum((2 * radius + STEP) ** 2 for _, radius in layouts)
    row_width = max(math.sqrt(total), 2 * layouts[0][1] + STEP) if layouts else 0.0
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for places, radius in layouts:
        side = 2 * radius + STEP
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in places.items():
            out[node] = (round(x + side / 2 + px, 1), round(y + side / 2 + py, 1))
        x, row_height = x + side, max(row_height, side)
    return out


def _radial(simple: nx.Graph, part: set[str]) -> tuple[dict[str, tuple[float, float]], float]:
    """A component as rings around its hub; each subtree keeps a wedge sized to its weight."""
    root = max(sorted(part), key=simple.degree)
    tree = nx.bfs_tree(simple.subgraph(part), root)
    order = list(nx.topological_sort(tree))
    weight = {n: 1 for n in order}
    for node in reversed(order):
        for child in tree.successors(node):
            weight[node] += weight[child]
    depth = {root: 0}
    wedge = {root: (0.0, 2 * math.pi)}
    for node in order:
        start, end = wedge[node]
        span = end - start
        for child in sorted(tree.successors(node)):
            share = span * weight[child] / max(weight[node] - 1, 1)
            wedge[child], start = (start, start + share), start + share
            depth[child] = depth[node] + 1
    rings: dict[int, int] = {}
    for d in depth.values():
        rings[d] = rings.get(d, 0) + 1
    radius, radii = 0.0, {0: 0.0}
    for d in range(1, max(rings) + 1):
        radius = max(radius + STEP, rings[d] * STEP / 3 / math.pi)
        radii[d] = radius
    places = {}
    for node, d in depth.items():
        angle = sum(wedge[node]) / 2
        places[node] = (radii[d] * math.cos(angle), radii[d] * math.sin(angle))
    return places, radius
