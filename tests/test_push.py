"""``kg push`` against a real Oxigraph server that the test starts on 127.0.0.1."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import RunCli
from querystore import from_sparql_json, load_fixture_store, rows, stop, wait_for_http
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.push import PushError, push
from kg.query import catalog, with_prefixes
from kg.serve import free_port, oxigraph_binary

pytestmark = pytest.mark.server

#: queries whose rows do not depend on which of several equal labels SAMPLE picks
COMPARED = ["indicators", "releases", "region-pairs", "sectors-by-year", "mechanism-history",
            "who-met-whom", "targets", "place-activity", "organization-people"]


@pytest.fixture(scope="module")
def corpus(corpus_store: Path) -> Path:
    return corpus_store


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """A read-write Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location),
         "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/query?query=ASK%7B%7D", proc)
        yield base
    finally:
        stop(proc)


@pytest.fixture()
def remote(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "remote") as base:
        yield base


@pytest.fixture(scope="module")
def pushed(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server holding one push of the corpus store."""
    with oxigraph_server(tmp_path_factory.mktemp("remote") / "db") as base:
        report = push(corpus, base + "/store")
        assert report.graphs == len(local_graphs(corpus))
        yield base


def remote_graphs(base: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    sparql = SPARQLWrapper(base + "/query")
    sparql.setQuery(query)
    sparql.setReturnFormat(JSON)
    data = sparql.queryAndConvert()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


def local_graphs(store: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for quad in ox.Store.read_only(str(store)):
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return counts


def test_push_twice_gives_the_same_remote_content(corpus: Path, remote: str,
                                                  run_cli: RunCli) -> None:
    first = run_cli("push", remote + "/store", "--store", corpus).stdout
    assert first.startswith("pushed ") and "graphs" in first
    after_first = remote_graphs(remote)
    run_cli("push", remote + "/store", "--store", corpus)
    assert remote_graphs(remote) == after_first == local_graphs(corpus)
    assert any("/graph/release/" in g for g in after_first)
    assert "https://w3id.org/krkg/graph/ontology" in after_first


@pytest.mark.parametrize("name", COMPARED)
def test_remote_select_matches_local_query(corpus: Path, pushed: str, name: str) -> None:
    sparql = SPARQLWrapper(pushed + "/query")
    sparql.setQuery(with_prefixes(catalog()[name].text))
    sparql.setReturnFormat(JSON)
    hidden = {p.name for p in catalog()[name].params}  # kg query hides parameter columns
    there = [{k: v for k, v in row.items() if k not in hidden}
             for row in from_sparql_json(sparql.queryAndConvert())]
    here = rows(corpus, name)
    assert here, f"{name} has no rows to compare"
    assert sorted(map(repr, _normal(there))) == sorted(map(repr, _normal(here)))


def _normal(found: list[dict]) -> list[dict]:
    """GROUP_CONCAT order is open; compare its parts as sorted lists."""
    return [{k: sorted(v.split("; ")) if isinstance(v, str) and "; " in v else v
             for k, v in row.items()} for row in found]


def test_unreachable_endpoint_is_a_clear_error(tmp_path: Path, run_cli: RunCli) -> None:
    store = load_fixture_store(tmp_path / "store")
    url = f"http://127.0.0.1:{free_port()}/store"
    result = run_cli("push", url, "--store", store, expect=1)
    assert result.stderr.startswith("Error: cannot reach " + url)
    assert len(result.stderr.strip().splitlines()) == 1


class _Gate(BaseHTTPRequestHandler):
    """A Graph Store stand-in that wants one password or one token, and notes what came."""

    seen: list[tuple[str, str, str]] = []

    def do_PUT(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        auth = self.headers.get("Authorization", "")
        self.seen.append((self.path, auth, self.headers.get("Content-Type", "")))
        ok = auth in ("Basic YW5uYTpzM2NyM3Q=", "Bearer tok-123")  # anna:s3cr3t
        self.send_response(204 if ok else 401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def gate() -> Iterator[str]:
    _Gate.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Gate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/ds/data"
    finally:
        server.shutdown()
        server.server_close()


def test_credentials_are_sent_and_refusal_is_clear(tmp_path: Path, gate: str,
                                                   run_cli: RunCli) -> None:
    store = load_fixture_store(tmp_path / "store")
    refused = run_cli("push", gate, "--store", store, expect=1)
    assert "refused the upload (HTTP 401" in refused.stderr
    assert "--user/--password or --token" in refused.stderr
    run_cli("push", gate, "--store", store, "--user", "anna", "--password", "s3cr3t")
    run_cli("push", gate, "--store", store, "--token", "tok-123")
    sent = _Gate.seen[-1]
    assert sent[0].startswith("/ds/data?graph=https%3A%2F%2Fw3id.org%2Fkrkg%2Fgraph%2F")
    assert sent[2] == "application/n-triples"
    with pytest.raises(PushError):
        push(store, gate, user="anna", token="tok-123")


def test_bad_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PushError, match="not an http"):
        push(load_fixture_store(tmp_path / "store"), "file:///tmp/x")
