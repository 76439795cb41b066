"""The embedded store: one Oxigraph database, one named graph per release.

Writers (``kg build``) take a file lock, so a second build on the same store
waits instead of corrupting it; readers open the database read-only. The
ontology, the sector scheme and the reference data live in graphs of their
own, and queries see the union of all graphs.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from filelock import FileLock, Timeout

from kg.ids import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.namespaces import KGO
from kg.terms import named

DEFAULT_STORE = "kg-store"
LOCK_NAME = ".kg-write.lock"
JOURNAL_NAME = ".kg-loading"  # graphs of a bulk load in progress


class StoreError(Exception):
    """A store problem the user can act on (missing, busy, unreadable)."""


def default_store_path() -> Path:
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


def ontology_files() -> list[tuple[str, bytes]]:
    """The Turtle files shipped in ``ontology/`` that go into the ontology graph."""
    folder = resources.files("kg.ontology")
    return [
        (name, folder.joinpath(name).read_bytes())
        for name in ("kg.ttl", "sectors.ttl")
        if folder.joinpath(name).is_file()
    ]


class Store:
    """A thin wrapper that knows our graph layout; ``.ox`` is the raw pyoxigraph store."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no store at {self.path} (run 'kg build' first)")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = _open_writable(self.path)
        except OSError as exc:
            raise StoreError(f"cannot open store {self.path}: {_first_line(exc)}") from exc

    # -- reading -------------------------------------------------------------

    def query(self, sparql: str, substitutions: dict | None = None):
        return self.ox.query(
            sparql,
            use_default_graph_as_union=True,
            substitutions=substitutions or None,
            prefixes=PREFIXES,
        )

    def release_hashes(self) -> dict[str, str]:
        """Release IRI -> content hash for every release in the store."""
        rows = self.ox.query(
            f"SELECT ?r ?h WHERE {{ GRAPH ?g {{ ?r a <{KGO.Release}> ; <{KGO.contentHash}> ?h }} }}"
        )
        return {row[0].value: row[1].value for row in rows}

    def source_digests(self) -> set[str]:
        """The ``kgo:sourceDigest`` of every release file in the store."""
        rows = self.ox.query(f"SELECT ?d WHERE {{ GRAPH ?g {{ ?r <{KGO.sourceDigest}> ?d }} }}")
        return {row[0].value for row in rows}

    def count(self) -> int:
        return len(self.ox)

    def graphs(self) -> list[str]:
        return [g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode)]

    # -- writing -------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Swap one release's graph in a single transaction: old or new, never half or none.

        The quads are collected first, so a failure while producing them writes
        nothing. A new graph is one ``extend`` (transactional); an existing one
        is dropped and refilled by one SPARQL update, because ``remove_graph``
        followed by ``extend`` would be two transactions and a crash between
        them would lose the release.
        """
        node = named(graph)
        batch = list(quads)
        if not self.ox.contains_named_graph(node):
            self.ox.extend(batch)
            return
        triples = ox.serialize((q.triple for q in batch), format=ox.RdfFormat.N_TRIPLES)
        self.ox.update(
            f"DROP SILENT GRAPH {node} ;\n"
            f"INSERT DATA {{ GRAPH {node} {{\n{triples.decode('utf-8')}\n}} }}"
        )

    def add_releases(self, graphs: list[str], data: bytes) -> None:
        """Bulk-load N-Quads ``data`` for ``graphs``, none of which is in the store yet.

        Oxigraph's bulk loader is several times faster than a transaction but
        not atomic, so the graphs are named in a journal first and the journal
        is cleared only once the load is on disk. A build killed in between
        leaves the journal behind, and the next writer or reader drops those
        graphs (:meth:`recover`): each release ends up whole or absent.
        """
        if not graphs:
            return
        journal = self.path / JOURNAL_NAME
        with open(journal, "a", encoding="utf-8") as out:
            out.write("".join(f"{g}\n" for g in graphs))
            out.flush()
            os.fsync(out.fileno())
        self._bulk_load(data)
        self.ox.flush()
        journal.unlink()

    def _bulk_load(self, data: bytes) -> None:
        self.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    def replace_release(self, graph: str, triples: str) -> None:
        """Swap one release's graph for N-Triples ``triples`` in one transaction."""
        node = named(graph)
        self.ox.update(
            f"DROP SILENT GRAPH {node} ;\nINSERT DATA {{ GRAPH {node} {{\n{triples}\n}} }}"
        )

    def recover(self) -> list[str]:
        """Drop the graphs of a bulk load that did not finish; returns their IRIs."""
        journal = self.path / JOURNAL_NAME
        if not journal.exists():
            return []
        graphs = [line for line in journal.read_text(encoding="utf-8").splitlines() if line]
        for graph in dict.fromkeys(graphs):
            self.ox.remove_graph(named(graph))
        self.ox.flush()
        journal.unlink()
        return graphs

    def ensure_static_graphs(self) -> None:
        """Load ontology and reference data when missing or changed since last build."""
        from kg.reference import reference_quads  # local: reference data is costly to import

        payload = b"".join(data for _, data in ontology_files())
        self._refresh(ONTOLOGY_GRAPH, payload, lambda: self._ontology_quads())
        data = resources.files("kg.data")
        source = b"".join(
            entry.read_bytes() for entry in sorted(data.iterdir(), key=lambda e: e.name)
            if entry.name.endswith((".tsv", ".txt"))
        )
        from kg import __version__

        self._refresh(REFERENCE_GRAPH, source + __version__.encode(), reference_quads)

    def _ontology_quads(self) -> list[ox.Quad]:
        quads: list[ox.Quad] = []
        graph = named(str(ONTOLOGY_GRAPH))
        for name, data in ontology_files():
            for triple in ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=None):
                quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
            del name
        return quads

    def _refresh(self, graph_iri: str, payload: bytes, make_quads) -> None:
        graph = named(str(graph_iri))
        digest = hashlib.sha256(payload).hexdigest()
        marker = ox.Quad(graph, named(str(KGO.contentHash)), ox.Literal(digest), graph)
        if marker in self.ox:
            return
        quads = list(make_quads())
        quads.append(marker)
        self.replace_graph(str(graph_iri), quads)

    def flush(self) -> None:
        if not self.read_only:
            self.ox.flush()


@contextmanager
def writing(path: Path | str, *, wait: float = 600.0) -> Iterator[Store]:
    """Open the store for writing, waiting up to ``wait`` seconds for another writer."""
    path = Path(path)
    lock = FileLock(str(path / LOCK_NAME))
    try:
        path.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=wait)
    except Timeout as exc:  # before OSError: filelock's Timeout is a TimeoutError
        raise StoreError(
            f"store {path} is busy: another 'kg build' is writing to it (waited {wait:.0f} s)"
        ) from exc
    except OSError as exc:  # not a folder, no permission, read-only disk: a user-fixable problem
        raise StoreError(f"cannot open store {path}: {_first_line(exc)}") from exc
    try:
        store = Store(path)
        try:
            store.recover()
            yield store
        finally:
            store.flush()
            del store
    finally:
        lock.release()


def reading(path: Path | str) -> Store:
    path = Path(path)
    if (path / JOURNAL_NAME).exists() and (path / "CURRENT").exists():
        _repair(path)
    if (path / LOCK_NAME).exists():
        lock = FileLock(str(path / LOCK_NAME))
        try:
            lock.acquire(timeout=600)
            lock.release()
        except Timeout as exc:
            raise StoreError(f"store {path} is busy: a build is still writing to it") from exc
    return Store(path, read_only=True)


def _repair(path: Path) -> None:
    """A build was killed mid-load: drop its unfinished releases before anyone reads."""
    try:
        with writing(path):
            pass  # opening for writing recovers
    except StoreError as exc:
        raise StoreError(f"{exc}; the store holds an unfinished build, run 'kg build' to repair it"
                         ) from exc


def _open_writable(path: Path, patience: float = 30.0) -> ox.Store:
    """Open the database, waiting while the previous writer lets go of it.

    Writers take turns on our file lock, but a writer's database handle is
    closed when Python collects it, which can be a moment after the lock is
    released; RocksDB's own lock says "busy" meanwhile.
    """
    deadline = time.monotonic() + patience
    delay = 0.05
    while True:
        try:
            return ox.Store(str(path))
        except OSError as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            gc.collect()
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


PREFIXES = {
    "kgo": str(KGO._NS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
}
