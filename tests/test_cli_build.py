"""``kg build`` then every reading command, through the CLI, on the seed and invented releases.

These pin the user-facing contract: the twelve views answer with exactly
their columns, exports round-trip through rdflib with one named graph per
release, and rebuilding is incremental (skip unchanged, replace only the
changed release's graph).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from conftest import (
    RELEASES,
    graph_quads,
    literals,
    open_ro,
    release_graphs,
    sorted_nquads,
    summary,
)

VIEWS: dict[str, set[str]] = {
    "officials": {"person", "position", "country"},
    "affiliations": {"person", "organization"},
    "organizations": {"organization", "country"},
    "mechanisms": {"mechanism"},
    "events": {"event", "mechanism", "ordinal", "date", "place"},
    "participants": {"mechanism", "date", "person"},
    "topics": {"mechanism", "date", "sector"},
    "places": {"place", "country"},
    "projects": {"project", "place"},
    "policies": {"policy", "country"},
    "agreements": {"agreement", "date", "place"},
    "indicators": {"indicator", "value", "unit", "period"},
}


def view(run_cli, store: Path, name: str) -> list[dict]:
    return json.loads(run_cli("query", name, "--store", store, "--format", "json").stdout)


@pytest.fixture(scope="module")
def multi_store(tmp_path_factory, seed_path, run_cli) -> Path:
    """Seed plus two invented releases: three release graphs to count in exports."""
    folder = tmp_path_factory.mktemp("multi") / "releases"
    folder.mkdir()
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = folder.parent / "store"
    run_cli("build", seed_path, folder, "--store", store, "--quiet")
    return store


# -- views ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_view_returns_objects_with_exactly_its_columns(run_cli, seed_store, name):
    rows = view(run_cli, seed_store, name)
    assert isinstance(rows, list)
    for row in rows:
        assert isinstance(row, dict)
        assert set(row) == VIEWS[name], f"{name} columns {sorted(row)}"
        for value in row.values():
            assert value is None or isinstance(value, str | int | float)


def test_seed_views_hold_the_seed_facts(run_cli, seed_store):
    """Guards against views that are well-formed but empty."""
    people = {row["person"] for row in view(run_cli, seed_store, "officials")}
    assert {"Kim Gunn", "Alexander Krutikov"} <= people
    places = {row["place"] for row in view(run_cli, seed_store, "places")}
    assert "Primorsky Krai" in places
    events = view(run_cli, seed_store, "events")
    assert any(e["ordinal"] == 13 and (e["date"] or "").startswith("2019-12-12") for e in events)


def test_queries_lists_the_twelve_views(run_cli):
    out = run_cli("queries").stdout
    listed = {line.split()[0] for line in out.splitlines() if line and not line[0].isspace()}
    assert set(VIEWS) <= listed


# -- exports -------------------------------------------------------------------------------


def _distinct_triples(store: Path) -> int:
    return len({(str(q.subject), str(q.predicate), str(q.object)) for q in open_ro(store)})


def test_export_turtle_reparses_to_the_union_of_graphs(run_cli, multi_store, tmp_path):
    out = tmp_path / "all.ttl"
    run_cli("export", "--store", multi_store, "--format", "turtle", "-o", out)
    g = rdflib.Graph()
    g.parse(out, format="turtle")
    assert len(g) == _distinct_triples(multi_store)
    # stdout gives the same bytes as -o
    assert run_cli("export", "--store", multi_store).stdout_bytes == out.read_bytes()


@pytest.mark.parametrize("fmt, rdflib_fmt", [("trig", "trig"), ("nquads", "nquads")])
def test_quad_exports_keep_one_named_graph_per_release(run_cli, multi_store, tmp_path, fmt,
                                                       rdflib_fmt):
    out = tmp_path / f"all.{fmt}"
    run_cli("export", "--store", multi_store, "--format", fmt, "-o", out)
    ds = rdflib.Dataset()
    ds.parse(out, format=rdflib_fmt)
    parsed = {str(c.identifier): len(c) for c in ds.graphs() if len(c)}
    releases = {g for g in parsed if "/graph/release/" in g}
    assert len(releases) == 3  # seed + two invented releases
    expected = {g: len(qs) for g, qs in graph_quads(multi_store).items()}
    assert parsed == expected


def test_export_jsonld_parses(run_cli, multi_store, tmp_path):
    out = tmp_path / "all.jsonld"
    run_cli("export", "--store", multi_store, "--format", "jsonld", "-o", out)
    json.loads(out.read_text(encoding="utf-8"))
    ds = rdflib.Dataset()
    ds.parse(out, format="json-ld")
    parsed = {str(c.identifier): len(c) for c in ds.graphs() if len(c)}
    assert parsed == {g: len(qs) for g, qs in graph_quads(multi_store).items()}


# -- stats and show ------------------------------------------------------------------------


def test_stats_prints_counts(run_cli, multi_store):
    out = run_cli("stats", "--store", multi_store).stdout
    total = sum(len(qs) for qs in graph_quads(multi_store).values())
    assert f"quads: {total}" in out
    assert f"graphs: {len(graph_quads(multi_store))}" in out
    for title in ("entities per class", "releases per source", "releases per year"):
        assert title in out
    assert re.search(r"Person\W+\d+", out)
    assert "2019" in out  # the seed's year


def test_show_prints_facts_with_sentence_and_offsets(run_cli, seed_store):
    out = run_cli("show", "Kim Gunn", "--store", seed_store).stdout
    assert out.splitlines()[0].startswith("Kim Gunn")
    spans = re.findall(r"\[(\d+)-(\d+)\]", out)
    assert spans and all(int(a) < int(b) for a, b in spans)
    quoted = [line.strip() for line in out.splitlines() if line.strip().startswith('"')]
    assert any("Kim Gunn" in line for line in quoted)


def test_show_fuzzy_name(run_cli, seed_store):
    out = run_cli("show", "kim gun", "--store", seed_store).stdout
    assert out.startswith("Kim Gunn")


# -- incremental ---------------------------------------------------------------------------


def test_same_file_twice_is_skipped(run_cli, seed_path, tmp_path):
    store = tmp_path / "store"
    first = summary(run_cli("build", seed_path, "--store", store).stderr)
    assert first["added"] == 1 and first["skipped"] == 0
    before = sorted_nquads(store)
    second = summary(run_cli("build", seed_path, "--store", store).stderr)
    assert second["added"] == 0 and second["replaced"] == 0 and second["skipped"] == 1
    assert second["triples"] == first["triples"] == len(before)
    assert sorted_nquads(store) == before


def test_edited_release_replaces_only_its_graph(run_cli, write_releases, tmp_path):
    folder = write_releases()
    store = tmp_path / "store"
    run_cli("build", folder, "--store", store, "--quiet")
    before = release_graphs(store)
    assert len(before) == 2
    people = {r["person"] for r in view(run_cli, store, "officials")}
    assert {"Pavel Orlov", "Choi Minho"} <= people

    edited = RELEASES["fisheries.txt"].replace("Pavel Orlov", "Ilya Gromov")
    edited = edited.replace("Busan", "Ulsan")
    (folder / "fisheries.txt").write_text(edited, encoding="utf-8")
    counts = summary(run_cli("build", folder, "--store", store).stderr)
    assert (counts["added"], counts["replaced"], counts["skipped"]) == (0, 1, 1)

    after = release_graphs(store)
    assert set(after) == set(before)
    changed = [g for g in after if after[g] != before[g]]
    assert len(changed) == 1
    untouched = next(g for g in after if g not in changed)
    assert after[untouched] == before[untouched]  # the other release, quad for quad

    people = {r["person"] for r in view(run_cli, store, "officials")}
    assert "Ilya Gromov" in people and "Pavel Orlov" not in people
    text = literals(store)
    assert not any("Pavel Orlov" in lit for lit in text)
    assert any("Ulsan" in lit for lit in text)
    hashes = run_cli("query", "--store", store, "--format", "json", "--sparql",
                     "SELECT ?r (COUNT(?h) AS ?n) WHERE { ?r a kgo:Release ; kgo:contentHash ?h }"
                     " GROUP BY ?r").stdout
    assert [row["n"] for row in json.loads(hashes)] == [1, 1]
