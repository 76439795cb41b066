"""``kg build``: load sources, extract, and write one named graph per release.

Incremental: a release whose content hash is already in the store is
skipped; a changed one replaces its own graph in one transaction, so a build
killed half-way leaves every release either whole or absent. Extraction can
run in several processes (``jobs``); writing stays in this one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg import ids
from kg.loaders.base import Document, LoadError
from kg.store import writing
from kg.terms import to_quad


@dataclass
class BuildReport:
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    triples: int = 0
    releases: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def extract_quads(doc: Document) -> tuple[str, list]:
    """Worker: one document to (graph IRI, rdflib triples). Picklable both ways."""
    from kg.extract.pipeline import extract

    graph = extract(doc)
    return str(graph.graph), list(graph.all_triples())


def _safe_extract(doc: Document) -> tuple[str, list] | str:
    try:
        return extract_quads(doc)
    except Exception as exc:  # one bad release must not stop the build
        return f"{doc.source_path or doc.key}: extraction failed: {type(exc).__name__}: {exc}"


def build(
    sources: Iterable[str],
    store_path: Path | str,
    *,
    jobs: int = 1,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    max_bytes: int = 20 * 1024 * 1024,
    on_progress: Callable[[str, str], None] | None = None,
) -> BuildReport:
    """Build or update the store at ``store_path`` from ``sources``."""
    from kg.loaders.sources import iter_documents

    report = BuildReport()
    note = on_progress or (lambda _status, _what: None)
    with writing(store_path) as store:
        store.ensure_static_graphs()
        known = store.release_hashes()
        pending = _pending(iter_documents(sources, include=include, exclude=exclude,
                                          max_bytes=max_bytes), known, report, note)
        for doc, result in _run(pending, jobs):
            if isinstance(result, str):
                report.failed.append(result)
                note("failed", result)
                continue
            graph, triples = result
            existed = str(ids.release_iri(doc.key)) in known
            node = _iri(graph)  # once per release, not once per triple
            store.replace_graph(graph, (to_quad(s, p, o, node) for s, p, o in triples))
            if existed:
                report.replaced += 1
            else:
                report.added += 1
            note("replaced" if existed else "added", doc.source_path or doc.key)
        report.triples = store.count()
        report.releases = len(store.release_hashes())
    return report


def _iri(graph: str):
    from rdflib import URIRef

    return URIRef(graph)


def _pending(items: Iterable[Document | LoadError], known: dict[str, str], report: BuildReport,
             note) -> Iterator[Document]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, LoadError):
            report.failed.append(str(item))
            note("failed", str(item))
            continue
        iri = str(ids.release_iri(item.key))
        if known.get(iri) == item.content_hash or iri in seen:
            report.skipped += 1
            note("skipped", item.source_path or item.key)
            continue
        seen.add(iri)
        yield item


def _run(docs: Iterator[Document], jobs: int):
    """(document, extraction result) in input order.

    With several jobs, extraction runs ahead of the writer in a bounded window
    of chunks: the workers keep extracting while this process writes, instead
    of idling until a whole batch is written, and memory stays bounded.
    """
    if jobs <= 1:
        for doc in docs:
            yield doc, _safe_extract(doc)
        return
    chunk, window = 8, 8 * jobs
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        chunks = _chunks(docs, chunk)
        for batch in chunks:
            pending.append((batch, pool.submit(_extract_chunk, batch)))
            if len(pending) >= window:
                done, future = pending.popleft()
                yield from zip(done, future.result(), strict=True)
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result(), strict=True)


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_chunk(docs: list[Document]) -> list[tuple[str, list] | str]:
    """Worker: several documents per task, so inter-process overhead is paid per chunk."""
    return [_safe_extract(doc) for doc in docs]
