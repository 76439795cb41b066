"""Result formats: table, csv, tsv, json (array of objects), sparql-json; Turtle for graphs."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.query import Result

FORMATS = ("table", "csv", "tsv", "json", "sparql-json")
_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#" + t
    for t in ("integer", "decimal", "double", "float", "int", "long", "short",
              "nonNegativeInteger", "positiveInteger")
}


def plain(term: object) -> object:
    """A term as a JSON-friendly value: numbers for numeric literals, else strings."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype is not None and term.datatype.value in _NUMERIC:
            try:
                d = Decimal(term.value)
            except InvalidOperation:
                return term.value
            return int(d) if d == d.to_integral_value() else float(d)
        if term.datatype is not None and term.datatype.value.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    return str(term)


def render(result: Result, fmt: str) -> str:
    if result.kind == "ask":
        return json.dumps(result.boolean) if fmt != "table" else str(result.boolean).lower()
    if result.kind == "graph":
        return turtle(result.triples)
    if fmt == "json":
        rows = [dict(zip(result.variables, map(plain, row), strict=True)) for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "sparql-json":
        return json.dumps(_sparql_json(result), ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if v is None else plain(v) for v in row])
        return buf.getvalue().rstrip("\n")
    return table(result)


def turtle(triples: list) -> str:
    """Turtle with kg's prefixes, subjects grouped so each one is written once."""
    from kg.store import PREFIXES

    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    data = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return data.decode("utf-8").rstrip("\n")


def _sparql_json(result: Result) -> dict:
    bindings = []
    for row in result.rows:
        b = {}
        for var, term in zip(result.variables, row, strict=True):
            if term is None:
                continue
            if isinstance(term, ox.NamedNode):
                b[var] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                b[var] = {"type": "bnode", "value": term.value}
            else:
                cell = {"type": "literal", "value": term.value}
                if term.language:
                    cell["xml:lang"] = term.language
                elif term.datatype is not None and not term.datatype.value.endswith("#string"):
                    cell["datatype"] = term.datatype.value
                b[var] = cell
        bindings.append(b)
    return {"head": {"vars": result.variables}, "results": {"bindings": bindings}}


def table(result: Result) -> str:
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False, header_style="bold")
    for var in result.variables:
        t.add_column(var, overflow="fold")
    for row in result.rows:
        t.add_row(*["" if v is None else str(plain(v)) for v in row])
    buf = io.StringIO()
    Console(file=buf, width=160, force_terminal=False, color_system=None).print(t)
    return buf.getvalue().rstrip("\n") + f"\n{len(result.rows)} row(s)"
