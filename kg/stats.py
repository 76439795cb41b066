"""``kg stats``: counts per class, per source (publisher) and per year."""

from __future__ import annotations

from kg.formats import table
from kg.query import Result
from kg.store import Store

_QUERIES = {
    "entities per class": """
        SELECT ?class (COUNT(DISTINCT ?x) AS ?count) WHERE {
          ?r a kgo:Release ; kgo:mentions ?x . ?x a ?c .
          BIND(STRAFTER(STR(?c), "#") AS ?class)
        } GROUP BY ?class ORDER BY DESC(?count)""",
    "releases per source": """
        SELECT ?source (COUNT(?r) AS ?releases) WHERE {
          ?r a kgo:Release . OPTIONAL { ?r dcterms:publisher ?p }
          BIND(COALESCE(?p, "(unknown)") AS ?source)
        } GROUP BY ?source ORDER BY DESC(?releases)""",
    "releases per year": """
        SELECT ?year (COUNT(?r) AS ?releases) WHERE {
          ?r a kgo:Release .
          OPTIONAL { ?r dcterms:date ?d } OPTIONAL { ?r kgo:date ?y }
          BIND(COALESCE(SUBSTR(STR(?d), 1, 4), STR(?y), "(unknown)") AS ?year)
        } GROUP BY ?year ORDER BY ?year""",
    "events per year": """
        SELECT ?year (COUNT(DISTINCT ?e) AS ?events) WHERE {
          ?e a kgo:Event . OPTIONAL { ?e kgo:date ?d }
          BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "(unknown)") AS ?year)
        } GROUP BY ?year ORDER BY ?year""",
}


def collect(store: Store) -> dict[str, Result]:
    out = {}
    for title, sparql in _QUERIES.items():
        res = store.query(sparql)
        variables = [v.value for v in res.variables]
        out[title] = Result("select", variables, [[s[v] for v in variables] for s in res])
    return out


def render_stats(store: Store) -> str:
    parts = [f"store: {store.path}  quads: {store.count()}  graphs: {len(store.graphs())}"]
    for title, result in collect(store).items():
        parts.append(f"\n{title}\n" + table(result))
    return "\n".join(parts)
