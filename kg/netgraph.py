"""The store as a networkx graph: the one model behind ``kg viz`` and the GraphML/GEXF export.

Nodes are the entities the releases talk about (people, bodies, places, meetings...)
plus the sector concepts they are tagged with; edges are the relations between
them, each carrying the sentence and the release it was read from. Building the
graph takes a handful of bulk SPARQL queries, never one query per entity, so
maps of thousands of nodes are built in seconds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from kg.ids import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.namespaces import KGO, SECTOR
from kg.store import PREFIXES, Store

#: classes drawn on the map, in the order used when an entity has several types
CLASSES = ("Person", "Organization", "Country", "Place", "Mechanism", "Event", "Project",
           "Policy", "Agreement", "Post", "Observation", "Sector")
SECTOR_CLASS = "Sector"
MAX_EVIDENCE = 5

_KGO = str(KGO._NS)
_RDFS = PREFIXES["rdfs"]
_SKOS = PREFIXES["skos"]
_LABEL_PREDICATES = {_RDFS + "label": 0, _SKOS + "prefLabel": 0, _KGO + "positionTitle": 1,
                     _SKOS + "altLabel": 2}
#: predicates that are bookkeeping, inverses or typing rather than relations worth drawing
_NOT_EDGES = {PREFIXES["rdf"] + "type", _KGO + "mentions", _KGO + "heldBy", _KGO + "evidence",
              _KGO + "statedSubject", _KGO + "statedPredicate", _KGO + "statedObject",
              _KGO + "sentence", _KGO + "inRelease", _SKOS + "inScheme", _SKOS + "exactMatch"}
#: literal properties shown as facts in tooltips and the side panel
_FACTS = ("date", "endDate", "ordinal", "virtual", "planned", "founded", "positionTitle",
          "familyName", "givenName", "iso3166Code", "indicator", "value", "unit", "period",
          "isTarget", "renameDate")
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class NetworkError(Exception):
    """A filter the user gave that cannot be applied (unknown class, bad date...)."""


class FocusNotFound(NetworkError):
    """``--focus NAME`` matched no entity of the graph."""


# -- building --------------------------------------------------------------------------


def build_graph(store: Store) -> nx.MultiDiGraph:
    """Every entity named in a release, its labels, sectors and dates, and its relations."""
    graph = nx.MultiDiGraph()
    _add_nodes(store, graph)
    _add_labels(store, graph)
    _add_facts(store, graph)
    releases = _releases(store)
    _add_sources(store, graph, releases)
    _add_edges(store, graph, releases)
    _inherit_sectors(graph)
    graph.graph["sectors"] = {
        _slug(n): d["label"] for n, d in graph.nodes(data=True) if d["cls"] == SECTOR_CLASS
    }
    return graph


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _slug(iri: str) -> str:
    return iri[len(str(SECTOR)):] if iri.startswith(str(SECTOR)) else _local(iri)


def _add_nodes(store: Store, graph: nx.MultiDiGraph) -> None:
    """Typed subjects of release graphs, then the sector concepts they point at."""
    values = " ".join(f"kgo:{c}" for c in CLASSES if c != SECTOR_CLASS)
    rows = store.query(f"""
        SELECT DISTINCT ?x ?c WHERE {{ GRAPH ?g {{ ?x a ?c }} VALUES ?c {{ {values} }}
          FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{REFERENCE_GRAPH}>)) }}""")
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        found[row["x"].value].add(_local(row["c"].value))
    for iri, classes in found.items():
        cls = next(c for c in CLASSES if c in classes)
        graph.add_node(iri, **_blank_node(iri, cls))
    for row in store.query("SELECT DISTINCT ?x ?s WHERE { ?x kgo:topic|kgo:sector ?s }"):
        iri, sector = row["x"].value, row["s"].value
        if iri in graph:
            if sector not in graph:
                graph.add_node(sector, **_blank_node(sector, SECTOR_CLASS))
            graph.nodes[iri]["own_sectors"].add(sector)
            graph.nodes[sector]["own_sectors"].add(sector)


def _blank_node(iri: str, cls: str) -> dict[str, Any]:
    return {"iri": iri, "cls": cls, "label": _local(iri), "labels": {}, "facts": {},
            "sources": [], "own_sectors": set(), "sectors": [], "date_min": None,
            "date_max": None}


def _add_labels(store: Store, graph: nx.MultiDiGraph) -> None:
    """All labels by language; the display label is the best English (or any) one."""
    rows = store.query("SELECT ?x ?p ?l WHERE { ?x ?p ?l FILTER(isLiteral(?l)) VALUES ?p { "
                       "rdfs:label skos:prefLabel skos:altLabel kgo:positionTitle } }")
    ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for row in rows:
        iri = row["x"].value
        if iri not in graph:
            continue
        literal = row["l"]
        lang = literal.language or "und"
        labels = graph.nodes[iri]["labels"].setdefault(lang, [])
        if literal.value not in labels:
            labels.append(literal.value)
        rank = _LABEL_PREDICATES[row["p"].value]
        ranked[iri].append((rank, 0 if lang == "en" else 1 if lang == "und" else 2,
                            literal.value))
    for iri, options in ranked.items():
        graph.nodes[iri]["label"] = min(options)[2]
    for labels in (d["labels"] for _, d in graph.nodes(data=True)):
        for values in labels.values():
            values.sort()


def _add_facts(store: Store, graph: nx.MultiDiGraph) -> None:
    """Literal properties (dates, ordinals, figures) and the entity's own date span."""
    values = " ".join(f"kgo:{name}" for name in _FACTS)
    rows = store.query(f"SELECT ?x ?p ?v WHERE {{ ?x ?p ?v VALUES ?p {{ {values} }} "
                       "FILTER(isLiteral(?v)) }")
    for row in rows:
        iri = row["x"].value
        if iri not in graph:
            continue
        name, value = _local(row["p"].value), row["v"].value
        data = graph.nodes[iri]
        facts = data["facts"].setdefault(name, [])
        if value not in facts:
            facts.append(value)
        if name in ("date", "endDate") and _DAY.match(value):
            _widen(data, value)


def _widen(data: dict[str, Any], value: str) -> None:
    low, high = _pad(value, low=True), _pad(value, low=False)
    data["date_min"] = min(filter(None, (data["date_min"], low)))
    data["date_max"] = max(filter(None, (data["date_max"], high)))


def _pad(value: str, *, low: bool) -> str:
    """Fill a year or year-month to a full day so ISO strings compare as dates."""
    value = value[:10]
    if len(value) == 4:
        return value + ("-01-01" if low else "-12-31")
    if len(value) == 7:
        return value + ("-01" if low else "-31")
    return value


def _releases(store: Store) -> dict[str, dict[str, str | None]]:
    """Release IRI -> title, date and URL (the URL only when it is a web address)."""
    rows = store.query("""
        SELECT ?r (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?u) AS ?url) WHERE {
          ?r a kgo:Release .
          OPTIONAL { ?r dcterms:title|rdfs:label ?t }
          OPTIONAL { ?r dcterms:date|kgo:date ?d }
          OPTIONAL { ?r schema:url|kgo:sourceKey ?u FILTER(REGEX(STR(?u), "^https?://")) }
        } GROUP BY ?r""")
    out = {}
    for row in rows:
        date = row["date"].value if row["date"] else None
        out[row["r"].value] = {
            "title": row["title"].value if row["title"] else None,
            "date": date if date and _DAY.match(date[:10]) else None,
            "url": row["url"].value if row["url"] else None,
        }
    return out


def _add_sources(store: Store, graph: nx.MultiDiGraph, releases: dict) -> None:
    """Which releases name each entity; their dates date entities that have none."""
    own_dated = {n for n, d in graph.nodes(data=True) if d["date_min"]}
    for row in store.query("SELECT ?r ?x WHERE { ?r kgo:mentions ?x }"):
        iri, release = row["x"].value, row["r"].value
        if iri not in graph or release not in releases:
            continue
        info = releases[release]
        data = graph.nodes[iri]
        data["sources"].append({"release": release, **info})
        if info["date"] and iri not in own_dated:
            _widen(data, info["date"])
    for _, data in graph.nodes(data=True):
        data["sources"].sort(key=lambda s: (s["date"] or "", s["title"] or ""), reverse=True)


def _add_edges(store: Store, graph: nx.MultiDiGraph, releases: dict) -> None:
    """One edge per distinct statement between two nodes, with up to five evidence records."""
    names = _relation_labels(store)
    evidence = _evidence(store, releases)
    skip = ", ".join(f"<{p}>" for p in sorted(_NOT_EDGES))
    rows = store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER(isIRI(?o)) "
                       f"FILTER(?p NOT IN ({skip})) }}")
    for row in rows:
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        if p in _NOT_EDGES or s not in graph or o not in graph or s == o:
            continue
        found = evidence.get((s, p, o), [])
        first = found[0] if found else {}
        graph.add_edge(
            s, o, key=_local(p), relation=_local(p), predicate=p,
            label=names.get(p, _local(p)), evidence=found[:MAX_EVIDENCE],
            evidence_count=len(found), sentence=first.get("sentence"),
            release_title=first.get("title"), release_date=first.get("date"),
            release_url=first.get("url"),
        )


def _relation_labels(store: Store) -> dict[str, str]:
    rows = store.query("SELECT ?p ?l WHERE { ?p a ?t ; rdfs:label ?l "
                       "FILTER(?t IN (owl:ObjectProperty, owl:DatatypeProperty)) "
                       "FILTER(LANGMATCHES(LANG(?l), 'en')) }")
    return {row["p"].value: row["l"].value for row in rows}


def _evidence(store: Store, releases: dict) -> dict[tuple[str, str, str], list[dict]]:
    rows = store.query("""
        SELECT ?s ?p ?o ?r ?text WHERE {
          ?ev kgo:statedSubject ?s ; kgo:statedPredicate ?p ; kgo:statedObject ?o ;
              kgo:sentence/kgo:inRelease|kgo:inRelease ?r .
          OPTIONAL { ?ev kgo:sentence ?sent . ?sent kgo:text ?text }
          FILTER(isIRI(?o))
        }""")
    out: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for row in rows:
        key = (row["s"].value, row["p"].value, row["o"].value)
        record = {"sentence": row["text"].value if row["text"] else None,
                  "release": row["r"].value, **releases.get(row["r"].value, {})}
        if record not in out[key]:
            out[key].append(record)
    for records in out.values():
        records.sort(key=lambda r: (r.get("date") or "", r["sentence"] or ""), reverse=True)
    return out


def _inherit_sectors(graph: nx.MultiDiGraph) -> None:
    """An entity belongs to its own sectors and to those of its direct neighbours.

    So the people and places of a railway meeting show up under "railways" too,
    which is what a reader filtering by sector expects.
    """
    labels = {n: graph.nodes[n]["label"] for n, d in graph.nodes(data=True)
              if d["cls"] == SECTOR_CLASS}
    for node, data in graph.nodes(data=True):
        sectors = set(data["own_sectors"])
        if data["cls"] != SECTOR_CLASS:
            for other in nx.all_neighbors(graph, node):
                if graph.nodes[other]["cls"] != SECTOR_CLASS:
                    sectors |= graph.nodes[other]["own_sectors"]
        data["sectors"] = sorted(labels.get(s, _slug(s)) for s in sectors)
    for _, data in graph.nodes(data=True):
        del data["own_sectors"]


# -- filtering -------------------------------------------------------------------------


def network(store: Store, **filters: Any) -> nx.MultiDiGraph:
    """Build the graph and apply the ``kg viz`` filters (see :func:`filter_graph`)."""
    return filter_graph(build_graph(store), **filters)


def filter_graph(graph: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
                 types: tuple[str, ...] | list[str] = (), since: str | None = None,
                 until: str | None = None, sector: str | None = None,
                 max_nodes: int | None = None) -> nx.MultiDiGraph:
    """Narrow the graph: attribute filters first, then the focus neighbourhood, then size.

    The focus entity survives every filter, so ``--focus X --types Event`` shows
    X among its events rather than an empty map.
    """
    center = find_node(graph, focus) if focus else None
    keep = set(graph)
    if types:
        wanted = normalise_types(types)
        keep = {n for n in keep if graph.nodes[n]["cls"] in wanted}
    if sector:
        label = match_sector(graph, sector)
        keep = {n for n in keep if label in graph.nodes[n]["sectors"]}
    if since or until:
        keep = _in_period(graph, keep, _bound(since, "--since", True),
                          _bound(until, "--until", False))
    if center:
        keep.add(center)
        sub = graph.subgraph(keep)
        keep = set(nx.ego_graph(sub.to_undirected(as_view=True), center, radius=depth))
    if max_nodes is not None:
        keep = _most_connected(graph.subgraph(keep), max_nodes, center)
    return graph.subgraph(keep).copy()


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """An IRI, an exact label in any language, or the closest fuzzy label match."""
    if name in graph:
        return name
    wanted = name.casefold().strip()
    choices: dict[str, str] = {}
    for node, data in sorted(graph.nodes(data=True), key=lambda item: -graph.degree(item[0])):
        for label in [data["label"], *(v for vs in data["labels"].values() for v in vs)]:
            if label.casefold() == wanted:
                return node
            choices.setdefault(label, node)
    if choices:
        from rapidfuzz import fuzz, process

        best = process.extractOne(name, list(choices), scorer=fuzz.WRatio)
        if best is not None and best[1] >= 86:
            return choices[best[0]]
    raise FocusNotFound(f"no entity matches {name!r} (try 'kg show' or a fuller name)")


def normalise_types(types: tuple[str, ...] | list[str]) -> set[str]:
    """Class names, case-insensitive, comma lists allowed; unknown names are an error."""
    by_key = {c.casefold(): c for c in CLASSES}
    out = set()
    for item in types:
        for name in filter(None, (part.strip() for part in item.split(","))):
            if name.casefold() not in by_key:
                raise NetworkError(f"unknown class {name!r}; choose from {', '.join(CLASSES)}")
            out.add(by_key[name.casefold()])
    return out


def match_sector(graph: nx.MultiDiGraph, sector: str) -> str:
    """The sector label matching a slug or label, case-insensitive."""
    wanted = sector.casefold().strip()
    known = dict(graph.graph.get("sectors", {}))
    for data in graph.nodes.values():
        for label in data["sectors"]:
            known.setdefault(label, label)
    for slug, label in known.items():
        if wanted in (slug.casefold(), label.casefold()):
            return label
    raise NetworkError(f"unknown sector {sector!r}; choose from "
                       f"{', '.join(sorted(set(known.values()))) or '(none in this store)'}")


def _bound(value: str | None, option: str, low: bool) -> str | None:
    if value is None:
        return None
    if not _DAY.match(value.strip()):
        raise NetworkError(f"{option} takes YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return _pad(value.strip(), low=low)


def _in_period(graph: nx.MultiDiGraph, nodes: set[str], since: str | None,
               until: str | None) -> set[str]:
    """Dated entities overlapping the period, plus undated ones next to a kept entity."""
    dated, undated = set(), set()
    for node in nodes:
        data = graph.nodes[node]
        if not data["date_min"]:
            undated.add(node)
        elif (not since or data["date_max"] >= since) and (not until or data["date_min"] <= until):
            dated.add(node)
    near = {n for n in undated if any(m in dated for m in nx.all_neighbors(graph, n))}
    return dated | near


def _most_connected(graph: nx.MultiDiGraph, limit: int, center: str | None) -> set[str]:
    ranked = sorted(graph, key=lambda n: (n != center, -graph.degree(n), graph.nodes[n]["label"]))
    return set(ranked[:max(limit, 0)])


# -- export ----------------------------------------------------------------------------


def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with string/number attributes only, as GraphML and GEXF require."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {"label": data["label"], "cls": data["cls"], "iri": data["iri"],
                 "sectors": "; ".join(data["sectors"]), "date_min": data["date_min"] or "",
                 "date_max": data["date_max"] or "", "sources": len(data["sources"])}
        for lang, labels in data["labels"].items():
            attrs[f"label_{lang}"] = " | ".join(labels)
        for name, values in data["facts"].items():
            attrs[f"fact_{name}"] = " | ".join(values)
        flat.add_node(node, **attrs)
    for s, o, key, data in graph.edges(keys=True, data=True):
        attrs = {k: ("" if v is None else v) for k, v in data.items()
                 if isinstance(v, (str, int, float)) or v is None}
        flat.add_edge(s, o, key=key, **attrs)
    return flat


def write_network(store: Store, fmt: str, output: Path | None) -> None:
    """Write the whole graph as GraphML or GEXF to a file, or to stdout when none is given."""
    import sys

    flat = scalar_graph(build_graph(store))
    writer = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}.get(fmt)
    if writer is None:
        raise NetworkError(f"unknown network format {fmt!r}")
    if output is None:
        writer(flat, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        writer(flat, str(output))
