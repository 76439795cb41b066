"""``kg push``: copy the store to a remote SPARQL 1.1 store over the Graph Store Protocol.

Each named graph (one per release, plus the ontology and reference-data
graphs) is sent with ``PUT URL?graph=IRI``, which replaces that graph on the
remote side. PUT rather than POST is what makes a second push leave the same
remote content instead of doubling blank nodes or keeping stale triples.
N-Triples is the body format because every store (Oxigraph, Fuseki, GraphDB)
reads it and it needs no prefix handling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.store import reading

NTRIPLES = "application/n-triples"


class PushError(Exception):
    """The remote store cannot be reached or refused the upload."""


@dataclass
class PushReport:
    url: str
    graphs: int = 0
    triples: int = 0
    pushed: list[str] = field(default_factory=list)


def push(store_path: Path | str, url: str, user: str | None = None,
         password: str | None = None, token: str | None = None, timeout: float = 120.0,
         on_graph: Callable[[str, int], None] | None = None) -> PushReport:
    """Upload every named graph of the store to ``url`` (a Graph Store Protocol endpoint)."""
    if not url.startswith(("http://", "https://")):
        raise PushError(f"{url!r} is not an http(s) URL")
    if token and (user or password):
        raise PushError("give either --token or --user/--password, not both")
    store = reading(store_path)
    report = PushReport(url)
    with httpx.Client(auth=_auth(user, password), headers=_headers(token),
                      timeout=timeout) as client:
        for graph in sorted(store.graphs()):
            body, count = _graph_body(store.ox, graph)
            _put(client, url, graph, body)
            report.graphs += 1
            report.triples += count
            report.pushed.append(graph)
            if on_graph is not None:
                on_graph(graph, count)
    return report


def _auth(user: str | None, password: str | None) -> httpx.BasicAuth | None:
    if user is None and password is None:
        return None
    return httpx.BasicAuth(user or "", password or "")


def _headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


def _graph_body(db: ox.Store, graph: str) -> tuple[bytes, int]:
    """One graph's triples as N-Triples (the quads' graph name dropped)."""
    triples = [q.triple for q in db.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)


def _put(client: httpx.Client, url: str, graph: str, body: bytes) -> None:
    try:
        resp = client.put(url, params={"graph": graph}, content=body,
                          headers={"Content-Type": NTRIPLES})
    except httpx.TimeoutException:
        raise PushError(f"{url} did not answer in time") from None
    except httpx.TransportError as exc:
        raise PushError(f"cannot reach {url}: {_reason(exc)}") from None
    if resp.status_code in (401, 403):
        raise PushError(f"{url} refused the upload (HTTP {resp.status_code} "
                        f"{resp.reason_phrase}): check --user/--password or --token")
    if resp.status_code >= 400:
        detail = resp.text.strip().splitlines()[0][:200] if resp.text.strip() else ""
        raise PushError(f"{url} refused graph {graph} (HTTP {resp.status_code} "
                        f"{resp.reason_phrase}){': ' + detail if detail else ''}")


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
