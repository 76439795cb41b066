"""Conversion between rdflib terms (our Python API) and pyoxigraph terms (the store).

Extraction builds rdflib terms, which pickle across worker processes; the
store speaks pyoxigraph. IRIs repeat a lot, so their conversion is cached.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

_OxLiteral = ox.Literal
_Quad = ox.Quad


@lru_cache(maxsize=200_000)
def named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """One rdflib term as a pyoxigraph term.

    Called for every position of every quad a build writes, so the exact
    classes extraction produces take a fast path (``type() is``) before the
    general ``isinstance`` chain, which handles subclasses the same way.
    """
    kind = type(term)
    if kind is URIRef:
        return named(str(term))
    if kind is Literal:
        return _literal(term)
    if isinstance(term, URIRef):
        return named(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return ox.Literal(str(term), datatype=named(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store term {term!r}")


def _literal(term: Literal) -> ox.Literal:
    """An rdflib ``Literal`` (exactly that class) as a pyoxigraph literal."""
    lang = term.language
    if lang:
        return _OxLiteral(str(term), language=lang)
    dt = term.datatype
    if dt is not None and str(dt) != XSD_STRING:
        return _OxLiteral(str(term), datatype=named(str(dt)))
    return _OxLiteral(str(term))


def to_quad(s: Node, p: Node, o: Node, g: URIRef) -> ox.Quad:
    """``Quad(to_ox(s), to_ox(p), to_ox(o), named(str(g)))``, called once per quad written.

    The common cases (an IRI in any position, a plain rdflib literal as object) are
    inlined: a function call per term is a measurable share of a build.
    """
    kind = type(o)
    return _Quad(
        named(str(s)) if type(s) is URIRef else to_ox(s),
        named(str(p)) if type(p) is URIRef else to_ox(p),
        named(str(o)) if kind is URIRef else _literal(o) if kind is Literal else to_ox(o),
        named(str(g)),
    )


def from_ox(term: object) -> Node | None:
    """pyoxigraph term to rdflib term (None for an unbound variable)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value if term.datatype is not None else None
        if dt == XSD_STRING:
            dt = None
        return Literal(term.value, datatype=URIRef(dt) if dt else None)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unexpected term {term!r}")
