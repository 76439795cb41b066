"""``kg serve`` as a user runs it, checked with a real SPARQL client (SPARQLWrapper)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from querystore import from_sparql_json, load_fixture_store, rows, stop, wait_for_http
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.query import catalog
from kg.serve import free_port

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return load_fixture_store(tmp_path_factory.mktemp("serve") / "store")


def start_serve(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """Run ``kg serve`` in its own process and read the endpoint URL it prints."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
         *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = proc.stdout.readline().strip() if proc.stdout else ""
        assert line.startswith("SPARQL endpoint: "), line or proc.stderr.read()
        url = line.split(": ", 1)[1]
        wait_for_http(url.rsplit("/", 1)[0] + "/", proc)
    except BaseException:
        stop(proc)
        raise
    return proc, url


@pytest.fixture(scope="module")
def endpoint(fx: Path) -> Iterator[str]:
    proc, url = start_serve(fx, "--timeout", "2")
    try:
        yield url
    finally:
        stop(proc)


def client(url: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_prints_a_loopback_url(endpoint: str) -> None:
    assert endpoint.startswith("http://127.0.0.1:") and endpoint.endswith("/query")


@pytest.mark.parametrize("name", ["events", "region-pairs", "releases", "mechanism-history"])
def test_sparqlwrapper_gets_the_same_rows_as_kg_query(fx: Path, endpoint: str, name: str) -> None:
    data = client(endpoint, catalog()[name].text).queryAndConvert()
    assert from_sparql_json(data) == rows(fx, name)


def test_get_and_post_both_work(endpoint: str) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?e a kgo:Event }"
    for method in ("GET", "POST"):
        sparql = client(endpoint, query)
        sparql.setMethod(method)
        assert sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "3"


def test_content_negotiation(endpoint: str) -> None:
    query = "SELECT ?p WHERE { ?p a kgo:Person } ORDER BY ?p"
    xml = client(endpoint, query, XML).query().response.read().decode()
    assert "<sparql" in xml and "person/han" in xml
    csv_text = client(endpoint, query, CSV).query().response.read().decode()
    assert csv_text.splitlines()[0].strip() == "p"
    tsv = httpx.post(endpoint, data={"query": query},
                     headers={"Accept": "text/tab-separated-values"})
    assert tsv.status_code == 200 and tsv.text.splitlines()[0].strip() == "?p"
    graph = client(endpoint, "CONSTRUCT { ?e a kgo:Event } WHERE { ?e a kgo:Event }", TURTLE)
    triples = list(ox.parse(graph.query().response.read(), format=ox.RdfFormat.TURTLE))
    assert len(triples) == 3


def test_update_is_refused_and_store_unchanged(fx: Path, endpoint: str) -> None:
    before = sorted(str(q) for q in ox.Store.read_only(str(fx)))
    base = endpoint.rsplit("/", 1)[0]
    for url in (endpoint, base + "/update"):
        sparql = SPARQLWrapper(endpoint, updateEndpoint=url)
        sparql.setMethod("POST")
        sparql.setQuery("DROP ALL")
        with pytest.raises(Exception) as info:
            sparql.query()
        assert "403" in str(info.value) or "read-only" in str(info.value)
    raw = httpx.post(endpoint, content="CLEAR ALL",
                     headers={"Content-Type": "application/sparql-update"})
    assert raw.status_code == 403
    assert sorted(str(q) for q in ox.Store.read_only(str(fx))) == before
    assert rows(fx, "events")


def test_syntax_error_is_a_400_with_position(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as info:
        client(endpoint, "SELECT * WHERE { ?s ?p ").queryAndConvert()
    assert "1:24" in str(info.value)


def test_query_page_is_our_own_html(endpoint: str) -> None:
    page = httpx.get(endpoint.rsplit("/", 1)[0] + "/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "kg SPARQL endpoint" in page.text and "mechanism-history" in page.text
    assert "<script src" not in page.text and "cdn" not in page.text.lower()


def test_query_time_limit(endpoint: str) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    answer = httpx.post(endpoint, data={"query": heavy}, timeout=60)
    assert answer.status_code == 503 and "time limit" in answer.text
    assert time.monotonic() - started < 15
    ok = client(endpoint, "ASK { ?s a kgo:Event }").queryAndConvert()
    assert ok["boolean"] is True


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "none"),
         "--port", str(free_port())],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "no store" in result.stderr


def test_stops_cleanly_on_sigterm(fx: Path) -> None:
    proc, url = start_serve(fx)
    proc.terminate()
    assert proc.wait(timeout=15) == 0
    with pytest.raises(httpx.TransportError):
        httpx.get(url, params={"query": "ASK {}"}, timeout=2)
