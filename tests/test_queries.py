"""The canned query library: headers, exact rows, safe parameters, formats, errors.

Exact rows come from a hand-written store (``fixtures/query_store.trig``), so a
change in extraction cannot move them; a second set of checks runs every
query, with its documented example parameters, on a store built from the
fixture corpus.
"""

from __future__ import annotations

import csv
import io
import json
import shlex
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import RunCli
from querystore import load_fixture_store, rows

from kg.query import QueryError, catalog, resolve, run, with_prefixes
from kg.store import Store

VIEWS = {"officials", "affiliations", "organizations", "mechanisms", "events", "participants",
         "topics", "places", "projects", "policies", "agreements", "indicators"}
#: columns built with GROUP_CONCAT, whose order SPARQL leaves open
LISTS = {"participants", "others", "positions", "matched", "other_names", "renames"}


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return load_fixture_store(tmp_path_factory.mktemp("fx") / "store")


@pytest.fixture(scope="module")
def corpus(corpus_store: Path) -> Path:
    return corpus_store


def normal(found: list[dict]) -> list[dict]:
    """Rows with GROUP_CONCAT columns turned into sets, for order-free comparison."""
    return [{k: set(v.split("; ")) if k in LISTS and isinstance(v, str) else v
             for k, v in row.items()} for row in found]


def example_params(name: str) -> dict[str, str]:
    """The --param pairs of a query's documented example call."""
    words = shlex.split(catalog()[name].example)
    pairs = [words[i + 1] for i, w in enumerate(words) if w in ("--param", "-p")]
    return dict(p.split("=", 1) for p in pairs)


# -- the catalog ----------------------------------------------------------------------------


def test_library_has_views_and_at_least_twelve_more() -> None:
    names = set(catalog())
    assert VIEWS <= names
    assert len(names - VIEWS) >= 12
    assert {"evidence", "mechanism-timeline", "who-met-whom", "official-positions",
            "place-activity", "sectors-by-year", "indicator-series", "mechanism-history",
            "most-connected", "region-pairs", "entity-releases"} <= names


@pytest.mark.parametrize("name", sorted(catalog()))
def test_header_is_complete(name: str) -> None:
    q = catalog()[name]
    assert q.title and q.description and q.example.startswith(f"kg query {name}")
    for p in q.params:
        assert p.type in ("string", "iri", "integer", "decimal", "date") and p.description
    if any(p.required for p in q.params):
        assert set(example_params(name)) >= {p.name for p in q.params if p.required}


@pytest.mark.parametrize("name", sorted(set(catalog()) - VIEWS))
def test_new_queries_declare_their_prefixes(name: str) -> None:
    """A remote store knows no predeclared prefixes: the file must parse on its own."""
    ox.Store().query(catalog()[name].text)


def test_kg_queries_lists_every_query_with_params(run_cli: RunCli) -> None:
    out = run_cli("queries").stdout
    for name, q in catalog().items():
        assert name in out
        for p in q.params:
            assert f"--param {p.name}=<{p.type}>" in out
    assert "--param mechanism=<string> (required)" in out


# -- exact rows on the hand-written store ----------------------------------------------------

EXPECTED: dict[str, tuple[dict[str, str], list[dict]]] = {
    "mechanism-timeline": ({"mechanism": "strategic dialogue"}, [
        {"series": "Korea-Russia Strategic Dialogue", "ordinal": 11, "date": "2018-03-02",
         "place": "Seoul", "participants": {"Han Sang-min", "Dmitri Orekhov"},
         "event": "11th Korea-Russia Strategic Dialogue"},
        {"series": "Korea-Russia Strategic Dialogue", "ordinal": 12, "date": "2020-11-21",
         "place": "Moscow", "participants": {"Han Sang-min", "Dmitri Orekhov"},
         "event": "12th Korea-Russia Strategic Dialogue"},
    ]),
    "who-met-whom": ({}, [
        {"person_a": "Han Sang-min", "person_b": "Dmitri Orekhov", "events": 2,
         "first_date": "2018-03-02", "last_date": "2020-11-21"},
    ]),
    "official-positions": ({"person": "han sang"}, [
        {"date": "2018-03-05", "official": "Han Sang-min",
         "position": "First Vice Foreign Minister", "organization": "Ministry of Foreign Affairs",
         "country": "Republic of Korea",
         "release": "Strategic Dialogue held in Seoul"},
        {"date": "2020-11-24", "official": "Han Sang-min", "position": "Vice Minister",
         "organization": None, "country": "Republic of Korea",
         "release": "12th Strategic Dialogue in Moscow"},
    ]),
    "person-events": ({"person": "Orekhov"}, [
        {"date": "2018-03-02", "official": "Dmitri Orekhov",
         "event": "11th Korea-Russia Strategic Dialogue",
         "mechanism": "Korea-Russia Strategic Dialogue", "place": "Seoul",
         "others": {"Han Sang-min"}},
        {"date": "2020-11-21", "official": "Dmitri Orekhov",
         "event": "12th Korea-Russia Strategic Dialogue",
         "mechanism": "Korea-Russia Strategic Dialogue", "place": "Moscow",
         "others": {"Han Sang-min"}},
    ]),
    "place-activity": ({"place": "primor"}, [
        {"location": "Primorsky Krai", "country": "Russian Federation", "kind": "project",
         "item": "Zvezda shipyard", "date": None},
    ]),
    "sectors-by-year": ({}, [
        {"year": "2018", "sector_name": "trade", "events": 1},
        {"year": "2020", "sector_name": "energy", "events": 2},
        {"year": "2020", "sector_name": "trade", "events": 1},
    ]),
    "indicator-series": ({"indicator": "bilateral trade", "unit": "usd"}, [
        {"period": "2017", "value": 19200000000, "units": "USD", "measure": "bilateral trade",
         "target": False, "release": "Strategic Dialogue held in Seoul"},
        {"period": "2019", "value": 24800000000, "units": "USD", "measure": "bilateral trade",
         "target": False, "release": "12th Strategic Dialogue in Moscow"},
    ]),
    "targets": ({}, [
        {"indicator": "trade goal", "value": 30000000000, "unit": "USD", "period": None,
         "release": "Strategic Dialogue held in Seoul"},
    ]),
    "mechanism-history": ({}, [
        {"mechanism": "Far East and Siberia Subcommittee", "affiliated_with": "Joint Committee",
         "other_names": {"Far East and Arctic Subcommittee"},
         "renames": {"Far East and Arctic Subcommittee (2020)"}, "meetings": 1,
         "first_meeting": "2020-11-26", "last_meeting": "2020-11-26"},
        {"mechanism": "Joint Committee", "affiliated_with": None, "other_names": None,
         "renames": None, "meetings": 0, "first_meeting": None, "last_meeting": None},
        {"mechanism": "Korea-Russia Strategic Dialogue", "affiliated_with": None,
         "other_names": None, "renames": None, "meetings": 2, "first_meeting": "2018-03-02",
         "last_meeting": "2020-11-21"},
    ]),
    "region-pairs": ({}, [
        {"korean_province": "Gangwon Province", "russian_region": "Primorsky Krai",
         "releases": 2, "example": "12th Strategic Dialogue in Moscow"},
    ]),
    "entity-releases": ({"name": "Primorye"}, [
        {"entity": "Primorsky Krai", "class": "Place", "date": "2020-11-24",
         "release": "12th Strategic Dialogue in Moscow", "publisher": "MOFA", "source": "r2.txt"},
    ]),
    "evidence": ({"subject": "Han Sang-min", "predicate": "positiontitle"}, [
        {"about": "Han Sang-min", "relation": "positionTitle",
         "value": "First Vice Foreign Minister",
         "sentence": "First Vice Foreign Minister Han Sang-min held the 11th Strategic Dialogue "
                     "with Deputy Foreign Minister Dmitri Orekhov in Seoul.",
         "release": "Strategic Dialogue held in Seoul", "date": "2018-03-05", "start": 0,
         "end": 27},
        {"about": "Han Sang-min", "relation": "positionTitle", "value": "Vice Minister",
         "sentence": "Vice Minister Han Sang-min and Dmitry Orekhov held the 12th Strategic "
                     "Dialogue in Moscow.",
         "release": "12th Strategic Dialogue in Moscow", "date": "2020-11-24", "start": 0,
         "end": 13},
    ]),
    "search": ({"text": "연해"}, [
        {"entity": "Primorsky Krai", "class": "Place", "matched": {"연해주"}, "releases": 1,
         "iri": "https://w3id.org/krkg/id/place/primorsky-krai"},
    ]),
    "releases": ({}, [
        {"date": "2018-03-05", "release": "Strategic Dialogue held in Seoul", "publisher": "MOFA",
         "entities": 13, "events": 1, "source": "r1.txt"},
        {"date": "2020-11-24", "release": "12th Strategic Dialogue in Moscow", "publisher": "MOFA",
         "entities": 18, "events": 2, "source": "r2.txt"},
    ]),
    "organization-people": ({"organization": "foreign affairs"}, [
        {"body": "Ministry of Foreign Affairs", "person": "Han Sang-min",
         "positions": {"First Vice Foreign Minister", "Vice Minister"},
         "country": "Republic of Korea"},
    ]),
    "most-connected": ({"type": "person"}, [
        {"entity": "Han Sang-min", "class": "Person", "links": 3, "releases": 2},
        {"entity": "Dmitri Orekhov", "class": "Person", "links": 2, "releases": 2},
        {"entity": "Park Seung-woo", "class": "Person", "links": 1, "releases": 1},
    ]),
    "events": ({}, [
        {"event": "11th Korea-Russia Strategic Dialogue", "mechanism":
         "Korea-Russia Strategic Dialogue", "ordinal": 11, "date": "2018-03-02", "place": "Seoul"},
        {"event": "12th Korea-Russia Strategic Dialogue", "mechanism":
         "Korea-Russia Strategic Dialogue", "ordinal": 12, "date": "2020-11-21", "place": "Moscow"},
        {"event": "14th Far East and Siberia Subcommittee", "mechanism":
         "Far East and Siberia Subcommittee", "ordinal": 14, "date": "2020-11-26", "place": None},
    ]),
    "places": ({}, [
        {"place": "Gangwon Province", "country": "Republic of Korea"},
        {"place": "Seoul", "country": "Republic of Korea"},
        {"place": "Bolshoy Kamen", "country": "Russian Federation"},
        {"place": "Moscow", "country": "Russian Federation"},
        {"place": "Primorsky Krai", "country": "Russian Federation"},
        {"place": "Vladivostok", "country": "Russian Federation"},
    ]),
    "indicators": ({}, [
        {"indicator": "bilateral trade", "value": 19200000000, "unit": "USD", "period": "2017"},
        {"indicator": "Korean tourists", "value": 110000, "unit": "persons", "period": "2019"},
        {"indicator": "bilateral trade", "value": 24800000000, "unit": "USD", "period": "2019"},
    ]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_returns_expected_rows(fx: Path, name: str) -> None:
    params, expected = EXPECTED[name]
    assert normal(rows(fx, name, params)) == expected


def test_optional_parameters_narrow_the_rows(fx: Path) -> None:
    assert [r["kind"] for r in rows(fx, "place-activity")].count("event") == 2
    assert [r["item"] for r in rows(fx, "place-activity", {"place": "Vladivostok"})] == [
        "New Northern Policy"]
    assert len(rows(fx, "who-met-whom", {"person": "park"})) == 0
    met = rows(fx, "who-met-whom", {"person": "Orekhov"})
    assert [(r["person_a"], r["person_b"]) for r in met] == [("Dmitri Orekhov", "Han Sang-min")]
    assert [r["sector_name"] for r in rows(fx, "sectors-by-year", {"sector": "ener"})] == [
        "energy"]
    assert len(rows(fx, "most-connected")) == 21
    everything = rows(fx, "evidence", {"subject": "Han Sang-min"})
    assert {r["relation"] for r in everything} == {"memberOf", "positionTitle"}
    by_iri = rows(fx, "evidence", {"subject": "strategic dialogue",
                                   "predicate": "https://w3id.org/krkg/ontology#participant"})
    assert [(r["about"], r["value"]) for r in by_iri] == [
        ("11th Korea-Russia Strategic Dialogue", "Han Sang-min"),
        ("12th Korea-Russia Strategic Dialogue", "Han Sang-min")]


def test_construct_query_prints_turtle(fx: Path, run_cli: RunCli) -> None:
    out = run_cli("query", "mechanism-graph", "--store", fx).stdout
    triples = [q.triple for q in ox.parse(out.encode(), format=ox.RdfFormat.TURTLE)]
    assert len(triples) == len(set(triples)) == 35
    sd11 = ox.NamedNode("https://w3id.org/krkg/id/event/sd11")
    kgo = "https://w3id.org/krkg/ontology#"
    assert ox.Triple(sd11, ox.NamedNode(kgo + "place"),
                     ox.NamedNode("https://w3id.org/krkg/id/place/seoul")) in triples
    assert "@prefix kgo:" in out


# -- the fixture corpus ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(catalog()))
def test_every_query_runs_on_the_corpus(corpus: Path, name: str) -> None:
    result = run(Store(corpus, read_only=True), catalog()[name], example_params(name))
    assert result.rows or result.triples, f"{name} found nothing in the fixture corpus"


def test_corpus_rows_hold_known_facts(corpus: Path) -> None:
    timeline = rows(corpus, "mechanism-timeline", {"mechanism": "Strategic Dialogue"})
    assert any(r["ordinal"] == 11 and r["date"] == "2018-03-02" and r["place"] == "Seoul"
               for r in timeline)
    met = rows(corpus, "who-met-whom", {"person": "Han Sang-min"})
    assert any("Orekhov" in r["person_b"] for r in met)
    pairs = {(r["korean_province"], r["russian_region"]) for r in rows(corpus, "region-pairs")}
    assert ("Gangwon Province", "Primorsky Krai") in pairs
    assert ("North Gyeongsang Province", "Primorsky Krai") in pairs
    assert rows(corpus, "search", {"text": "Primorye"})[0]["entity"] == "Primorsky Krai"
    found = rows(corpus, "entity-releases", {"name": "Nine Bridges"})
    assert any("Nine Bridges" in (r["release"] or "") for r in found)
    evidence = rows(corpus, "evidence", {"subject": "Han Sang-min", "predicate": "memberOf"})
    assert evidence and all("Han Sang-min" in r["sentence"] for r in evidence)
    places = rows(corpus, "place-activity", {"place": "Primorsky Krai"})
    assert any("Zvezda" in r["item"] for r in places)


# -- parameters are RDF terms, never query text ----------------------------------------------

HOSTILE = ['"} ; DROP ALL ; {', "<http://x>", "x\" ) } DELETE WHERE { ?s ?p ?o } #"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameter_matches_nothing_and_changes_nothing(fx: Path, value: str) -> None:
    before = sorted(str(q) for q in ox.Store.read_only(str(fx)))
    for name, key in [("search", "text"), ("evidence", "subject"), ("entity-releases", "name"),
                      ("mechanism-timeline", "mechanism"), ("who-met-whom", "person")]:
        assert rows(fx, name, {key: value}) == [], name
    assert sorted(str(q) for q in ox.Store.read_only(str(fx))) == before


def test_hostile_parameter_through_the_cli(fx: Path, run_cli: RunCli) -> None:
    out = run_cli("query", "search", "--store", fx, "-p", 'text="} ; DROP ALL ; {',
                  "--format", "json").stdout
    assert json.loads(out) == []
    assert json.loads(run_cli("query", "places", "--store", fx, "-f", "json").stdout)


def test_iri_parameter_refuses_a_bracketed_value(fx: Path, run_cli: RunCli) -> None:
    text = "# param: s! iri A subject.\nSELECT ?s ?p WHERE { ?s ?p ?o } LIMIT 1"
    result = run_cli("query", "--sparql", text, "--store", fx, "-p", "s=<http://x>", expect=2)
    assert "http(s) IRI" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    ok = run_cli("query", "--sparql", text, "--store", fx, "-f", "json",
                 "-p", "s=https://w3id.org/krkg/id/person/han").stdout
    assert json.loads(ok)[0]["p"]


def test_unknown_and_missing_parameters_are_user_errors(fx: Path, run_cli: RunCli) -> None:
    missing = run_cli("query", "evidence", "--store", fx, expect=2)
    assert "needs --param subject=VALUE" in missing.stderr
    unknown = run_cli("query", "search", "--store", fx, "-p", "text=a", "-p", "txt=x", expect=2)
    assert "has no parameter 'txt'" in unknown.stderr
    with pytest.raises(QueryError):
        run(Store(fx, read_only=True), resolve("search", None), {"text": "a", "nope": "b"})


# -- formats ---------------------------------------------------------------------------------


def test_json_is_an_array_of_objects(fx: Path, run_cli: RunCli) -> None:
    data = json.loads(run_cli("query", "events", "--store", fx, "-f", "json").stdout)
    assert isinstance(data, list) and data[0]["ordinal"] == 11
    assert set(data[0]) == {"event", "mechanism", "ordinal", "date", "place"}


def test_sparql_json_follows_the_w3c_format(fx: Path, run_cli: RunCli) -> None:
    data = json.loads(run_cli("query", "events", "--store", fx, "-f", "sparql-json").stdout)
    assert data["head"]["vars"] == ["event", "mechanism", "ordinal", "date", "place"]
    first = data["results"]["bindings"][0]
    assert first["ordinal"] == {"type": "literal", "value": "11",
                                "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert "place" not in data["results"]["bindings"][2]  # unbound stays out
    iri = json.loads(run_cli("query", "search", "--store", fx, "-p", "text=Seoul",
                             "-f", "sparql-json").stdout)
    assert iri["results"]["bindings"][0]["iri"]["type"] == "literal"


@pytest.mark.parametrize("fmt,sep", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv(fx: Path, run_cli: RunCli, fmt: str, sep: str) -> None:
    out = run_cli("query", "events", "--store", fx, "-f", fmt).stdout
    table = list(csv.reader(io.StringIO(out), delimiter=sep))
    assert table[0] == ["event", "mechanism", "ordinal", "date", "place"]
    assert table[3] == ["14th Far East and Siberia Subcommittee",
                        "Far East and Siberia Subcommittee", "14", "2020-11-26", ""]


def test_table_format(fx: Path, run_cli: RunCli) -> None:
    out = run_cli("query", "region-pairs", "--store", fx).stdout
    assert "Gangwon Province" in out and out.rstrip().endswith("1 row(s)")


# -- errors ----------------------------------------------------------------------------------


def test_syntax_error_is_one_line_with_position_and_exit_2(fx: Path, run_cli: RunCli) -> None:
    result = run_cli("query", "--sparql", "SELECT ?s WHERE {\n  ?s ?p \n}", "--store", fx,
                     expect=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "syntax error" in lines[0] and "error at 3:" in lines[0]
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_syntax_error_in_a_query_file(fx: Path, run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT * WHERE { ?s ?p ?o ", encoding="utf-8")
    result = run_cli("query", bad, "--store", fx, expect=2)
    assert "bad" in result.stderr and "1:" in result.stderr


def test_with_prefixes_keeps_line_numbers_and_user_prefixes() -> None:
    text = "PREFIX kgo: <http://example.org/>\nSELECT * WHERE { ?s kgo:x ?o }"
    out = with_prefixes(text)
    assert out.count("\n") == text.count("\n")
    assert "PREFIX kgo: <https://w3id.org" not in out and "PREFIX skos:" in out
