"""``kg build``: load sources, extract, and write one named graph per release.

Incremental at two levels: a file whose digest (place, bytes, sidecar) is
already in the store is skipped without being read, and a release whose
content hash is already there is skipped without being written. New
releases are bulk-loaded in batches; a changed one replaces its own graph in
one transaction. Either way a build killed half-way leaves every release
whole or absent (see :meth:`kg.store.Store.add_releases`).

Reading, extraction and serialisation to N-Quads run in worker processes
(``jobs``); this process walks the sources and writes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg import ids, nquads
from kg.loaders.base import Document, LoadError
from kg.store import Store, writing

BATCH_QUADS = 250_000  # per bulk load: large enough to amortise a load, small enough for memory
CHUNK = 8  # units per worker task


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


@dataclass(frozen=True)
class Extracted:
    """One release ready to write: its graph as N-Quads text, made in a worker."""

    key: str
    content_hash: str
    shown: str
    graph: str
    text: str
    quads: int


Result = Extracted | str  # a string is a one-line failure


def extract_release(doc: Document) -> Extracted:
    """One document to the N-Quads of its named graph. Picklable both ways."""
    from kg.extract.pipeline import extract

    graph = extract(doc)
    text = graph.nquads()
    return Extracted(doc.key, doc.content_hash, doc.source_path or doc.key, str(graph.graph),
                     text, text.count("\n"))


def _safe_extract(doc: Document) -> Result:
    try:
        return extract_release(doc)
    except Exception as exc:  # one bad release must not stop the build
        return f"{doc.source_path or doc.key}: extraction failed: {type(exc).__name__}: {exc}"


def _process(unit, max_bytes: int) -> list[Result]:
    """Worker: read a file (or take a fetched document) and extract every release in it."""
    from kg.loaders.sources import LocalFile

    items = unit.load(max_bytes) if isinstance(unit, LocalFile) else [unit]
    return [str(item) if isinstance(item, LoadError) else _safe_extract(item) for item in items]


def _process_chunk(units: list, max_bytes: int) -> list[list[Result]]:
    """Several units per task, so inter-process overhead is paid per chunk."""
    return [_process(unit, max_bytes) for unit in units]


def build(
    sources: Iterable[str],
    store_path: Path | str,
    *,
    jobs: int = 1,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    max_bytes: int = 20 * 1024 * 1024,
    on_progress: Callable[[str, str], None] | None = None,
    count: bool = True,
) -> BuildReport:
    """Build or update the store at ``store_path`` from ``sources``.

    ``count=False`` leaves ``report.triples`` at 0: counting scans the whole
    store (about half a second per million quads), too slow for a quiet rebuild.
    """
    from kg.loaders.sources import iter_units

    report = BuildReport()
    note = on_progress or (lambda _status, _what: None)
    with writing(store_path) as store:
        store.ensure_static_graphs()
        known = store.release_hashes()
        digests = store.source_digests()
        units = iter_units(sources, include=include, exclude=exclude, max_bytes=max_bytes)
        todo = _unread(units, known, digests, max_bytes, report, note)
        writer = _Writer(store, known, report, note)
        for results in _run(todo, jobs, max_bytes):
            for result in results:
                if isinstance(result, str):
                    report.failed.append(result)
                    note("failed", result)
                else:
                    writer.take(result)
        writer.flush()
        report.releases = len(store.release_hashes())
        report.triples = store.count() if count else 0
        del writer, store  # the database closes when its last reference goes
    return report


def _unread(units, known: dict[str, str], digests: set[str], max_bytes: int,
            report: BuildReport, note) -> Iterator:
    """The units that need reading: unchanged files and releases are skipped here."""
    from kg.loaders.sources import LocalFile

    for unit in units:
        if isinstance(unit, LoadError):
            report.failed.append(str(unit))
            note("failed", str(unit))
        elif isinstance(unit, LocalFile) and unit.digest(max_bytes) in digests:
            report.skipped += 1
            note("skipped", unit.shown)
        elif isinstance(unit, Document) and known.get(
                str(ids.release_iri(unit.key))) == unit.content_hash:
            report.skipped += 1
            note("skipped", unit.source_path or unit.key)
        else:
            yield unit


class _Writer:
    """Collects extracted releases and writes them: new ones in bulk, changed ones one by one."""

    def __init__(self, store: Store, known: dict[str, str], report: BuildReport, note) -> None:
        self.store, self.known, self.report, self.note = store, known, report, note
        self.seen: set[str] = set()
        self.batch: list[Extracted] = []
        self.pending = 0
        self.written = 0

    def take(self, release: Extracted) -> None:
        iri = str(ids.release_iri(release.key))
        if self.known.get(iri) == release.content_hash or iri in self.seen:
            self.report.skipped += 1
            self.note("skipped", release.shown)
            return
        self.seen.add(iri)
        if iri in self.known:
            self.store.replace_release(release.graph,
                                       nquads.graph_to_triples(release.text, release.graph))
            self.written += release.quads
            self.report.replaced += 1
            self.note("replaced", release.shown)
            return
        self.batch.append(release)
        self.pending += release.quads
        if self.pending >= BATCH_QUADS:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        data = "".join(release.text for release in self.batch).encode("utf-8")
        self.store.add_releases([release.graph for release in self.batch], data)
        for release in self.batch:
            self.report.added += 1
            self.note("added", release.shown)
        self.written += self.pending
        self.batch, self.pending = [], 0


def _run(units: Iterator, jobs: int, max_bytes: int) -> Iterator[list[Result]]:
    """The results of each unit, in input order.

    With several jobs, workers run ahead of the writer in a bounded window of
    chunks: they keep extracting while this process writes a batch, and
    memory stays bounded.
    """
    if jobs <= 1:
        for unit in units:
            yield _process(unit, max_bytes)
        return
    window = 16 * jobs
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for batch in _chunks(units, CHUNK):
            pending.append(pool.submit(_process_chunk, batch, max_bytes))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
