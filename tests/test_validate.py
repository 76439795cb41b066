"""``kg validate``: clean stores pass, a store with one broken fact fails clearly.

The broken facts are written straight into a copy of a built store with
pyoxigraph, as a buggy extractor or a hand edit would, so the test does not
depend on the extractor making the mistake.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import RunCli

from kg.store import reading
from kg.validate import validate

CORPUS = Path(__file__).parent / "corpus" / "releases"
KGO = "https://w3id.org/krkg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
BROKEN_GRAPH = ox.NamedNode("https://w3id.org/krkg/graph/release/broken")


def test_seed_store_validates(seed_store: Path, run_cli: RunCli) -> None:
    result = run_cli("validate", "--store", seed_store)
    assert "0 violations" in result.stdout
    assert "conforms" in result.stdout


def test_corpus_store_validates(corpus_store: Path, run_cli: RunCli) -> None:
    result = run_cli("validate", "--store", corpus_store)
    assert "0 violations" in result.stdout


def test_report_object(seed_store: Path) -> None:
    report = validate(reading(seed_store))
    assert report.conforms and report.findings == [] and report.triples > 1000


# -- broken facts ----------------------------------------------------------------------------


def _first_subject(db: ox.Store, cls: str) -> ox.NamedNode:
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    quad = next(db.quads_for_pattern(None, rdf_type, ox.NamedNode(KGO + cls), None))
    return quad.subject


def _ordinal_not_integer(db: ox.Store) -> None:
    event = _first_subject(db, "Event")
    ordinal = ox.Literal("fifth", datatype=ox.NamedNode(XSD + "integer"))
    db.add(ox.Quad(event, ox.NamedNode(KGO + "ordinal"), ordinal, BROKEN_GRAPH))


def _post_without_holder(db: ox.Store) -> None:
    post = ox.NamedNode("https://w3id.org/krkg/id/post/nobody-deputy-minister")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    db.add(ox.Quad(post, rdf_type, ox.NamedNode(KGO + "Post"), BROKEN_GRAPH))
    title = ox.Literal("Deputy Minister", language="en")
    db.add(ox.Quad(post, ox.NamedNode(KGO + "positionTitle"), title, BROKEN_GRAPH))


def _place_in_two_countries(db: ox.Store) -> None:
    place = ox.NamedNode("https://w3id.org/krkg/id/place/vladivostok")
    japan = ox.NamedNode("https://w3id.org/krkg/id/country/jp")
    db.add(ox.Quad(place, ox.NamedNode(KGO + "country"), japan, BROKEN_GRAPH))


@pytest.mark.parametrize(
    ("breaker", "expected"),
    [
        (_ordinal_not_integer, "kgo:ordinal [datatype]"),
        (_post_without_holder, "kgo:heldBy [minCount]"),
        (_place_in_two_countries, "kgo:country [maxCount]"),
    ],
)
def test_broken_fact_fails(seed_store: Path, tmp_path: Path, run_cli: RunCli,
                           breaker, expected: str) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(seed_store, broken)
    db = ox.Store(str(broken))
    breaker(db)
    db.flush()
    del db
    result = run_cli("validate", "--store", broken, expect=1)
    assert expected in result.stdout
    assert "[Violation]" in result.stdout
    assert "SHACL violations" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_store_is_one_line(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli("validate", "--store", tmp_path / "nowhere", expect=1)
    assert result.stderr.startswith("Error: no store")
