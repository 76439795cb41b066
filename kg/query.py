"""Canned and ad-hoc SPARQL: find a query, bind parameters safely, run it.

Parameters are bound as RDF terms through Oxigraph's substitutions (the
SEP-0007 pre-binding), so a value is never pasted into query text: a value
carrying SPARQL is only ever a string literal.

Two Oxigraph rules shape how a parameterised ``.rq`` file is written (see
``queries/README.md``): a pre-bound variable must appear in the SELECT
projection (so :func:`run` hides the columns of declared parameters), and
the optimiser decides ``BOUND(?param)`` before the binding happens, so an
optional parameter is tested with ``COALESCE(?param, "")`` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.store import Store


class QueryError(Exception):
    """A query the user must fix: unknown name, bad parameter, syntax error."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Param:
    name: str
    type: str = "string"
    description: str = ""
    required: bool = False


@dataclass
class CannedQuery:
    name: str
    text: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    example: str = ""
    path: str = ""


_HEADER = re.compile(r"^#\s*(?P<key>title|description|param|example)\s*:\s*(?P<value>.*)$")


def parse_header(name: str, text: str, path: str = "") -> CannedQuery:
    q = CannedQuery(name=name, text=text, path=path)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group("key"), m.group("value").strip()
        if key == "param":
            parts = value.split(None, 2)
            pname = parts[0].rstrip("!")
            q.params.append(Param(pname, parts[1] if len(parts) > 1 else "string",
                                  parts[2] if len(parts) > 2 else "", parts[0].endswith("!")))
        elif key == "description" and q.description:
            q.description += " " + value
        else:
            setattr(q, key, value)
    return q


def catalog() -> dict[str, CannedQuery]:
    folder = resources.files("kg.queries")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_header(name, entry.read_text(encoding="utf-8"), entry.name)
    return out


def resolve(name_or_file: str | None, sparql: str | None) -> CannedQuery:
    if sparql is not None:
        return parse_header("inline", sparql)
    if name_or_file is None:
        raise QueryError("give a query name, a .rq file, or --sparql TEXT")
    known = catalog()
    if name_or_file in known:
        return known[name_or_file]
    path = Path(name_or_file)
    if path.suffix in (".rq", ".sparql") or path.exists():
        if not path.is_file():
            raise QueryError(f"no query file {name_or_file}")
        return parse_header(path.stem, path.read_text(encoding="utf-8"), str(path))
    raise QueryError(f"unknown query {name_or_file!r}; 'kg queries' lists the canned ones")


_XSD = "http://www.w3.org/2001/XMLSchema#"


def bind(query: CannedQuery, values: dict[str, str]) -> dict[ox.Variable, object]:
    """Turn --param strings into RDF terms by the declared type (string by default)."""
    declared = {p.name: p for p in query.params}
    missing = [p.name for p in query.params if p.required and p.name not in values]
    if missing:
        raise QueryError(f"query {query.name} needs --param {missing[0]}=VALUE")
    out: dict[ox.Variable, object] = {}
    for name, raw in values.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"bad parameter name {name!r}")
        if declared and name not in declared:
            known = ", ".join(sorted(declared))
            raise QueryError(f"query {query.name} has no parameter {name!r} (it takes: {known})")
        kind = declared[name].type if name in declared else "string"
        out[ox.Variable(name)] = _term(name, kind, raw)
    return out


def _term(name: str, kind: str, raw: str):
    try:
        if kind == "iri":
            if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", raw):
                raise ValueError("not an http(s) IRI")
            return ox.NamedNode(raw)
        if kind == "integer":
            return ox.Literal(str(int(raw)), datatype=ox.NamedNode(_XSD + "integer"))
        if kind == "decimal":
            return ox.Literal(str(float(raw)), datatype=ox.NamedNode(_XSD + "decimal"))
        if kind == "date":
            if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", raw):
                raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
            return ox.Literal(raw)
        return ox.Literal(raw)
    except ValueError as exc:
        raise QueryError(f"--param {name}={raw!r}: {exc}") from None


@dataclass
class Result:
    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list[object]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[object] = field(default_factory=list)


def run(store: Store, query: CannedQuery, values: dict[str, str] | None = None) -> Result:
    subs = bind(query, values or {})
    try:
        res = store.query(query.text, subs)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error in {query.name}: {_one_line(exc)}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query {query.name} failed: {_one_line(exc)}", 1) from None
    if isinstance(res, ox.QuerySolutions):
        hidden = {p.name for p in query.params}
        variables = [v.value for v in res.variables if v.value not in hidden]
        rows = [[sol[v] for v in variables] for sol in res]
        return Result("select", variables, rows)
    if isinstance(res, ox.QueryBoolean):
        return Result("ask", boolean=bool(res))
    # the union default graph repeats a triple once per release graph that holds it
    return Result("graph", triples=list(dict.fromkeys(res)))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def with_prefixes(text: str) -> str:
    """The query with PREFIX lines for the predeclared prefixes it does not declare itself.

    A remote store knows none of kg's predeclared prefixes, so a canned query
    written against them needs the declarations spelled out. They go on the
    query's first line, so line numbers in a syntax error stay the same.
    """
    from kg.store import PREFIXES

    declared = set(re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", text))
    missing = [f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items() if k not in declared]
    return " ".join(missing) + (" " if missing else "") + text
