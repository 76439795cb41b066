"""``kg show NAME``: everything known about one entity, with its evidence.

The name is matched fuzzily (rapidfuzz) against every label, alternative
label and preferred label; each statement is printed with the release it came
from, the sentence, and the character offsets of the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rapidfuzz import fuzz, process, utils

from kg.store import Store


class EntityNotFound(Exception):
    pass


_LABELS = """
SELECT DISTINCT ?x ?label WHERE {
  { ?x rdfs:label ?label } UNION { ?x skos:altLabel ?label } UNION { ?x skos:prefLabel ?label }
  ?x a ?type . FILTER(?type IN (kgo:Person, kgo:Organization, kgo:Place, kgo:Mechanism,
    kgo:Event, kgo:Project, kgo:Policy, kgo:Agreement, kgo:Country))
}"""

# ?x is projected because Oxigraph only substitutes variables that appear in the projection.
_FACTS = """
SELECT ?x ?p ?o ?dir ?release ?title ?sentence ?start ?end WHERE {
  { ?x ?p ?o . BIND("out" AS ?dir) } UNION { ?o ?p ?x . BIND("in" AS ?dir) }
  FILTER(?p NOT IN (kgo:mentions, kgo:statedSubject, kgo:statedObject))
  OPTIONAL {
    ?ev kgo:statedPredicate ?p ; kgo:start ?start ; kgo:end ?end ;
        kgo:sentence/kgo:inRelease|kgo:inRelease ?release .
    { ?ev kgo:statedSubject ?x ; kgo:statedObject ?o } UNION
    { ?ev kgo:statedSubject ?o ; kgo:statedObject ?x }
    OPTIONAL { ?ev kgo:sentence ?s . ?s kgo:text ?sentence }
    OPTIONAL { ?release rdfs:label ?title }
  }
}"""


@dataclass
class Fact:
    predicate: str
    value: str
    direction: str
    release: str | None
    title: str | None
    sentence: str | None
    start: int | None
    end: int | None


def find(store: Store, name: str) -> tuple[ox.NamedNode, str]:
    labels: dict[str, ox.NamedNode] = {}
    for row in store.query(_LABELS):
        labels.setdefault(row["label"].value, row["x"])
    if not labels:
        raise EntityNotFound("the store holds no entities yet")
    # default_process folds case and punctuation: users type "kim gunn" for "Kim Gunn".
    best = process.extractOne(name, list(labels), scorer=fuzz.WRatio,
                              processor=utils.default_process)
    if best is None or best[1] < 80:
        raise EntityNotFound(f"no entity matches {name!r}")
    return labels[best[0]], best[0]


def _short(store: Store, term) -> str:
    if isinstance(term, ox.Literal):
        return term.value
    rows = list(store.query("SELECT ?x ?l WHERE { ?x rdfs:label|skos:prefLabel ?l } LIMIT 1",
                            {ox.Variable("x"): term}))
    return f"{rows[0]['l'].value} <{term.value}>" if rows else f"<{term.value}>"


def facts(store: Store, iri: ox.NamedNode) -> list[Fact]:
    out = []
    for row in store.query(_FACTS, {ox.Variable("x"): iri}):
        get = row.__getitem__
        out.append(Fact(
            predicate=get("p").value.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
            value=_short(store, get("o")),
            direction=get("dir").value,
            release=get("release").value if get("release") else None,
            title=get("title").value if get("title") else None,
            sentence=get("sentence").value if get("sentence") else None,
            start=int(get("start").value) if get("start") else None,
            end=int(get("end").value) if get("end") else None,
        ))
    return out


def describe(store: Store, name: str) -> str:
    iri, label = find(store, name)
    lines = [f"{label}  <{iri.value}>"]
    seen = set()
    for f in sorted(facts(store, iri), key=lambda f: (f.direction, f.predicate, f.value)):
        key = (f.predicate, f.value, f.direction, f.release, f.start)
        if key in seen:
            continue
        seen.add(key)
        arrow = "" if f.direction == "out" else "(inverse) "
        lines.append(f"  {arrow}{f.predicate}: {f.value}")
        if f.release:
            lines.append(f"      from: {f.title or f.release} [{f.start}-{f.end}]")
        if f.sentence:
            lines.append(f"      \"{f.sentence}\"")
    return "\n".join(lines)
