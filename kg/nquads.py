"""rdflib terms to N-Quads text, for the build's hot path.

A build writes about a million quads per thousand releases. Turning each
into pyoxigraph objects in the writing process, one Python call per term,
cost more than extracting them; text made in the extraction workers and
bulk-loaded by Oxigraph in one call per batch moves that work off the
writer. The format is N-Quads 1.1: IRIs in angle brackets with the
characters N-Quads forbids percent-encoded, literals with ``\\``, ``"``,
line feed and carriage return escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Characters an N-Quads IRIREF may not contain (control characters and space included).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')

_iri_cache: dict[str, str] = {}


def iri(value: str) -> str:
    """``<value>``, percent-encoding the characters N-Quads forbids in an IRI."""
    text = _iri_cache.get(value)
    if text is None:
        safe = _BAD_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)
        text = f"<{safe}>"
        if len(_iri_cache) < 500_000:  # minted IRIs repeat across a build; bound the memory
            _iri_cache[value] = text
    return text


def literal(term: Literal) -> str:
    lexical = str(term)
    if _NEEDS_ESCAPE.search(lexical):
        lexical = lexical.translate(_ESCAPES)
    if term.language:
        return f'"{lexical}"@{term.language}'
    datatype = term.datatype
    if datatype is not None and str(datatype) != XSD_STRING:
        return f'"{lexical}"^^{iri(str(datatype))}'
    return f'"{lexical}"'


def term(node: Node) -> str:
    """One rdflib term in N-Quads syntax."""
    kind = type(node)
    if kind is URIRef or isinstance(node, URIRef):
        return iri(str(node))
    if kind is Literal or isinstance(node, Literal):
        return literal(node)
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"cannot write term {node!r}")


def lines(triples: Iterable[tuple[Node, Node, Node]], graph: str) -> str:
    """The triples as N-Quads lines in ``graph``, each ending in a line feed."""
    tail = f" {iri(graph)} .\n"
    cache = _iri_cache
    out: list[str] = []
    for s, p, o in triples:
        # the common case, an IRI seen before, costs one dict lookup per position
        s_text = cache.get(str(s)) if type(s) is URIRef else None
        p_text = cache.get(str(p)) if type(p) is URIRef else None
        o_text = literal(o) if type(o) is Literal else term(o)
        out.append(f"{s_text or term(s)} {p_text or term(p)} {o_text}{tail}")
    return "".join(out)


def graph_to_triples(text: str, graph: str) -> str:
    """N-Quads lines of one graph back to N-Triples (for SPARQL ``INSERT DATA``).

    Safe because no line of ours contains a raw line feed (literals escape it),
    so the graph term before `` .\\n`` only ever ends a line.
    """
    return text.replace(f" {iri(graph)} .\n", " .\n")
