"""Stores for the query, serve and push tests.

``fixture_store`` loads a small hand-written graph (``fixtures/query_store.trig``)
whose every row is known, so the canned queries can be checked exactly.
``corpus_store`` is built by ``kg build`` from the fixture corpus, as a user
would, for checks that the queries behave on real extraction output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from kg.formats import plain
from kg.query import catalog, run
from kg.store import Store

HERE = Path(__file__).parent
TRIG = HERE / "fixtures" / "query_store.trig"
CORPUS = HERE / "corpus" / "releases"


def load_fixture_store(path: Path) -> Path:
    db = ox.Store(str(path))
    db.load(path=str(TRIG), format=ox.RdfFormat.TRIG)
    db.flush()
    del db
    return path


def rows(store: Path, name: str, params: dict[str, str] | None = None) -> list[dict]:
    """A canned query's rows as plain dicts, the way ``--format json`` prints them."""
    result = run(Store(store, read_only=True), catalog()[name], params or {})
    return [dict(zip(result.variables, map(plain, row), strict=True)) for row in result.rows]


def json_rows(text: str) -> list[dict]:
    return json.loads(text)


def from_sparql_json(data: dict) -> list[dict]:
    """W3C SPARQL JSON results as the plain rows ``kg query --format json`` prints."""
    out = []
    for binding in data["results"]["bindings"]:
        row = {}
        for var in data["head"]["vars"]:
            cell = binding.get(var)
            row[var] = None if cell is None else plain(_term(cell))
        out.append(row)
    return out


def _term(cell: dict) -> object:
    if cell["type"] == "uri":
        return ox.NamedNode(cell["value"])
    if cell["type"] == "bnode":
        return ox.BlankNode(cell["value"])
    if "datatype" in cell:
        return ox.Literal(cell["value"], datatype=ox.NamedNode(cell["datatype"]))
    return ox.Literal(cell["value"], language=cell.get("xml:lang"))


def wait_for_http(url: str, proc=None, limit: float = 30.0) -> None:
    """Poll ``url`` until it answers, the process dies, or ``limit`` seconds pass."""
    import time

    import httpx

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited early with code {proc.returncode}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {limit:.0f} s")


def stop(proc) -> None:
    """Stop a server process we started, politely first."""
    import subprocess

    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
