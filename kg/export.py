"""``kg export``: the store as RDF (Oxigraph's serialisers) or as a graph for Gephi.

Turtle and N-Triples hold the union of all graphs; TriG and N-Quads keep one
named graph per release. JSON-LD is compacted with ``ontology/context.jsonld``
when present.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.store import PREFIXES, Store


class ExportError(Exception):
    """An export the user asked for that cannot be written."""


_RDF = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


def export_store(store: Store, fmt: str, output: Path | None) -> None:
    if fmt in ("graphml", "gexf"):
        from kg.netgraph import write_network

        write_network(store, fmt, output)
        return
    if output is not None and fmt in ("trig", "nquads"):
        # streamed by Oxigraph straight to the file: a big store never sits in memory whole
        store.ox.dump(output=str(output), format=_RDF[fmt],
                      prefixes=PREFIXES if fmt == "trig" else None)
        return
    data = export_bytes(store, fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)


def export_bytes(store: Store, fmt: str) -> bytes:
    if fmt in ("trig", "nquads"):
        return store.ox.dump(format=_RDF[fmt], prefixes=PREFIXES if fmt == "trig" else None)
    if fmt in ("turtle", "ntriples"):
        triples = (q.triple for q in store.ox.quads_for_pattern(None, None, None, None))
        return ox.serialize(_unique(triples), format=_RDF[fmt],
                            prefixes=PREFIXES if fmt == "turtle" else None)
    if fmt == "jsonld":
        return _jsonld(store)
    raise ExportError(f"unknown export format {fmt!r}")


def _unique(triples):
    seen = set()
    for t in triples:
        if t not in seen:
            seen.add(t)
            yield t


def _jsonld(store: Store) -> bytes:
    from rdflib import Dataset

    nq = store.ox.dump(format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=nq, format="nquads")
    context = _context()
    text = ds.serialize(format="json-ld", context=context, auto_compact=True)
    return json.dumps(json.loads(text), ensure_ascii=False, indent=2).encode("utf-8")


def _context() -> dict | None:
    path = resources.files("kg.ontology").joinpath("context.jsonld")
    if not path.is_file():
        return dict(PREFIXES)
    return json.loads(path.read_text(encoding="utf-8")).get("@context")
