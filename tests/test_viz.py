"""``kg viz`` and the GraphML/GEXF export, checked without a browser."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from vizcorpus import EVIL_IRI, IMG_NAME, RELEASES, SCRIPT_NAME, build, build_evil

from kg import netgraph
from kg.cli import cli
from kg.store import reading

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//"""
                      r"""|url\(\s*["']?\s*(?:https?:)?//|@import""", re.IGNORECASE)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("viz"), RELEASES)


@pytest.fixture(scope="module")
def graph(store_path) -> nx.MultiDiGraph:
    return netgraph.build_graph(reading(store_path))


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def person(graph: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


def test_graph_has_classes_labels_sectors_and_dates(graph):
    classes = {d["cls"] for _, d in graph.nodes(data=True)}
    assert {"Person", "Event", "Place", "Country", "Sector"} <= classes
    park = graph.nodes[person(graph, "Park Seung-woo")]
    assert park["labels"]["en"] == ["Park Seung-woo"]
    assert park["date_min"] == park["date_max"] == "2016-04-11"
    assert "energy" in park["sectors"], "a person inherits the sectors of their meeting"


def test_edges_carry_relation_sentence_and_release(graph):
    edges = [d for *_, d in graph.edges(data=True) if d["relation"] == "participant"]
    assert edges
    for data in edges:
        assert data["label"] == "participant"
        assert data["sentence"] and data["release_title"] and data["release_date"]
        assert data["evidence_count"] >= 1


def test_viz_writes_self_contained_page_with_graph_counts(store_path, graph, tmp_path):
    out = tmp_path / "map.html"
    result = run("viz", "--store", str(store_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    counts = f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} relations"
    assert counts in result.output
    html = out.read_text(encoding="utf-8")
    assert "vis.Network" in html and "kgStart(" in html
    assert not EXTERNAL.search(html), EXTERNAL.search(html)
    assert "bootstrap" not in html.lower() and "cdn" not in html.lower()
    assert html.count("/*KG:") == 0, "every asset marker was replaced"


def test_filters_types_since_until_sector(graph):
    people = netgraph.filter_graph(graph, types=["person,event"])
    assert {d["cls"] for _, d in people.nodes(data=True)} == {"Person", "Event"}
    recent = netgraph.filter_graph(graph, since="2019", until="2019-12")
    labels = {d["label"] for _, d in recent.nodes(data=True)}
    assert "Jung Da-eun" in labels and "Park Seung-woo" not in labels
    rail = netgraph.filter_graph(graph, sector="Railways")
    assert rail.number_of_nodes() > 0
    assert all("railways" in d["sectors"] for _, d in rail.nodes(data=True))


def test_focus_depth_and_max_nodes(graph):
    center = person(graph, "Jung Da-eun")
    near = netgraph.filter_graph(graph, focus="jung da-eun", depth=1)
    expected = set(nx.ego_graph(graph.to_undirected(), center, radius=1))
    assert set(near) == expected
    wider = netgraph.filter_graph(graph, focus="Jung Da-eun", depth=2)
    assert set(near) < set(wider)
    top = netgraph.filter_graph(graph, max_nodes=5)
    degrees = sorted((graph.degree(n) for n in graph), reverse=True)
    assert top.number_of_nodes() == 5
    assert sorted((graph.degree(n) for n in top), reverse=True) == degrees[:5]


def test_viz_cli_filters_match_networkx(store_path, graph, tmp_path):
    out = tmp_path / "focus.html"
    result = run("viz", "--store", str(store_path), "-o", str(out), "--focus", "Igor Zaitsev",
                 "--depth", "2", "--types", "Person", "--types", "Event,Place", "--title", "T")
    assert result.exit_code == 0, result.output
    expected = netgraph.filter_graph(graph, focus="Igor Zaitsev", depth=2,
                                     types=["Person", "Event,Place"])
    assert f"{expected.number_of_nodes()} entities" in result.output
    assert "<title>T</title>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["--focus", "Nobody Atall Xyzzy"], "no entity matches 'Nobody Atall Xyzzy'"),
    (["--types", "Person,Spaceship"], "unknown class 'Spaceship'"),
    (["--since", "last year"], "--since takes YYYY"),
    (["--sector", "space travel"], "unknown sector 'space travel'"),
])
def test_viz_errors_are_one_line(store_path, tmp_path, args, message):
    result = run("viz", "--store", str(store_path), "-o", str(tmp_path / "x.html"), *args)
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_viz_requires_output(store_path):
    assert run("viz", "--store", str(store_path)).exit_code == 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_formats(store_path, graph, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--store", str(store_path), "-f", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    node = person(graph, "Park Seung-woo")
    attrs = back.nodes[node]
    assert attrs["cls"] == "Person"
    assert attrs.get("label_en", attrs.get("label")) == "Park Seung-woo"


def test_markup_from_a_release_is_escaped(tmp_path):
    store = build_evil(tmp_path)
    out = tmp_path / "evil.html"
    result = run("viz", "--store", str(store), "-o", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert EVIL_IRI in html
    for payload in (SCRIPT_NAME, IMG_NAME, "<script>alert", "<img src=x"):
        assert payload not in html
    assert html.count("<script>") == 4, "only our own script elements"
