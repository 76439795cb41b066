"""Cross-release entity resolution: one IRI per real entity, whatever the spelling.

Builds the whole fixture corpus into one store and checks the spelling groups of
``tests/corpus/entities.json``: transliteration variants of a person, forms of a
place, spellings and renames of a mechanism.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.store import reading

CORPUS = Path(__file__).resolve().parent / "corpus"
EXPECTED = json.loads((CORPUS / "entities.json").read_text(encoding="utf-8"))
CLASSES = {"persons": "Person", "places": "Place", "mechanisms": "Mechanism"}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("identity") / "store"
    report = build([str(CORPUS / "releases")], path, jobs=2)
    assert report.ok, report.failed
    store = reading(path)
    yield store
    del store


def fold(name: str) -> str:
    """Spelling-insensitive form, as the scorer compares names (Sub-committee = Subcommittee)."""
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def iris_named(store, cls: str, name: str) -> set[str]:
    """Entities of a class mentioned in some release and carrying that name as a label."""
    query = f"""
        SELECT DISTINCT ?x ?l WHERE {{
          ?r a kgo:Release ; kgo:mentions ?x . ?x a kgo:{cls} .
          ?x rdfs:label|skos:altLabel|skos:prefLabel ?l .
        }}"""
    return {row["x"].value for row in store.query(query) if fold(row["l"].value) == fold(name)}


@pytest.mark.parametrize(
    ("kind", "group"),
    [(kind, group) for kind in CLASSES for group in EXPECTED[kind]],
    ids=lambda v: v if isinstance(v, str) else "/".join(v)[:40],
)
def test_spellings_share_one_iri(corpus_store, kind: str, group: list[str]) -> None:
    found: dict[str, set[str]] = {name: iris_named(corpus_store, CLASSES[kind], name)
                                  for name in group}
    named = {name: iris for name, iris in found.items() if iris}
    assert len(named) >= 2, f"fewer than two spellings found as entities: {found}"
    all_iris = set().union(*named.values())
    assert len(all_iris) == 1, f"split into {len(all_iris)} entities: {found}"


def test_rename_keeps_one_mechanism(corpus_store) -> None:
    rename = EXPECTED["renames"][0]
    old = iris_named(corpus_store, "Mechanism", rename["from"])
    new = iris_named(corpus_store, "Mechanism", rename["to"])
    assert old and old == new
    rows = list(corpus_store.query(
        f"SELECT ?to WHERE {{ ?r a kgo:Rename ; kgo:renamedFrom {ox.NamedNode(next(iter(old)))} ;"
        " kgo:renamedTo ?to }"
    ))
    assert any("Arctic" in row["to"].value for row in rows)


def test_same_spelling_people_are_one_entity(corpus_store) -> None:
    for name in EXPECTED["same_spelling"]["persons"]:
        assert len(iris_named(corpus_store, "Person", name)) == 1, name
