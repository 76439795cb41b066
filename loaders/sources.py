"""The dispatcher: files, folders and URLs in, documents and one-line errors out.

``kg build`` hands over whatever the user typed. Errors are yielded rather
than raised so that one unreadable file is reported and the build carries on
with the rest; folder walks are sorted so two builds see the same order.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from kg.loaders.base import Document, LoadError, format_size
from kg.loaders.encoding import decode_bytes
from kg.loaders.html import parse_html
from kg.loaders.meta import (
    apply_sidecar,
    build_document,
    is_sidecar,
    read_sidecar,
    sidecar_path,
)
from kg.loaders.records import iter_records
from kg.loaders.text import parse_release_text
from kg.loaders.url import is_url, load_url

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_TYPES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown"}
HTML_TYPES = {".html": "text/html", ".htm": "text/html"}
RECORD_TYPES = {".json": "json", ".jsonl": "jsonl"}
SUPPORTED = tuple(sorted({*TEXT_TYPES, *HTML_TYPES, *RECORD_TYPES}))


@dataclass(frozen=True)
class LocalFile:
    """A release file found but not read yet: ``kg build`` reads it in a worker."""

    path: Path
    shown: str  # the path as the user sees it (their argument plus the relative part)

    def load(self, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document | LoadError]:
        docs = load_file(self.path, self.shown, max_bytes=max_bytes)
        digest = self.digest(max_bytes)
        for doc in docs:
            if isinstance(doc, Document):
                doc.source_digest = digest
        return docs

    def digest(self, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
        """SHA-256 of where the file is and what it and its sidecar hold; None if unreadable.

        Equal digests mean the same bytes at the same place, hence the same
        releases: a rebuild can skip the file without decoding or parsing it.
        """
        try:
            if self.path.stat().st_size > max_bytes:
                return None
            digest = hashlib.sha256(str(self.path.resolve()).encode("utf-8", "surrogateescape"))
            digest.update(b"\x00")
            digest.update(self.path.read_bytes())
            sidecar = sidecar_path(self.path)
            if sidecar.is_file():
                digest.update(b"\x00")
                digest.update(sidecar.read_bytes())
        except OSError:
            return None
        return digest.hexdigest()


def iter_documents(
    sources: Iterable[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | LoadError]:
    """Every document in ``sources`` (files, folders walked recursively, http(s) URLs).

    ``include``/``exclude`` are fnmatch globs tried on each folder file's path
    relative to that folder and on its name. A file reached twice is read once.
    """
    for unit in iter_units(sources, include=include, exclude=exclude, max_bytes=max_bytes):
        if isinstance(unit, LocalFile):
            yield from unit.load(max_bytes)
        else:
            yield unit


def iter_units(
    sources: Iterable[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[LocalFile | Document | LoadError]:
    """Like :func:`iter_documents`, but local files come back unread.

    URLs are fetched here (they need the network, not a worker); errors found
    while walking (no such file, wrong type) come back as :class:`LoadError`.
    """
    seen: set[Path] = set()
    for source in sources:
        if is_url(source):
            yield from load_url(source, max_bytes=max_bytes)
            continue
        yield from _local_units(source, include, exclude, seen)


def supported(path: Path) -> bool:
    """Release files by extension; fetcher sidecars are metadata, not releases."""
    return path.suffix.lower() in SUPPORTED and not is_sidecar(path)


def load_file(
    path: Path, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Document | LoadError]:
    """Read one file by its extension; errors come back in the list, never raised."""
    try:
        data = _read_bytes(path, source, max_bytes)
        text = decode_bytes(data, source=source)
        if not text.strip():
            raise LoadError(source, "empty file (only whitespace)")
        return _parse_file(path, source, text)
    except LoadError as exc:
        return [exc]


def _local_units(
    source: str,
    include: Sequence[str],
    exclude: Sequence[str],
    seen: set[Path],
) -> Iterator[LocalFile | LoadError]:
    path = Path(source).expanduser()
    if "://" in source:
        yield LoadError(source, "only http:// and https:// URLs are supported")
    elif path.is_dir():
        for file, shown in _walk(path, source, include, exclude):
            yield from _once(file, shown, seen)
    elif path.is_file():
        if is_sidecar(path):
            yield LoadError(source, "a .meta.json file is metadata for a page, not a release")
        elif path.suffix.lower() not in SUPPORTED:
            expected = ", ".join(SUPPORTED)
            yield LoadError(
                source, f"unsupported file type {path.suffix or '(none)'!r} (expected {expected})"
            )
        else:
            yield from _once(path, source, seen)
    elif path.exists():
        yield LoadError(source, "not a regular file or folder")
    else:
        yield LoadError(source, "no such file or folder")


def _once(path: Path, shown: str, seen: set[Path]) -> Iterator[LocalFile]:
    resolved = path.resolve()
    if resolved in seen:
        return
    seen.add(resolved)
    yield LocalFile(path, shown)


def _walk(
    root: Path, source: str, include: Sequence[str], exclude: Sequence[str]
) -> Iterator[tuple[Path, str]]:
    """Supported, non-hidden files under ``root`` in sorted order, filtered by the globs."""
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            file = Path(folder) / name
            relative = file.relative_to(root).as_posix()
            if name.startswith(".") or not supported(file):
                continue
            if _selected(relative, name, include, exclude):
                yield file, os.path.join(source, relative)


def _selected(relative: str, name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    def matches(patterns: Sequence[str]) -> bool:
        return any(fnmatch(relative, pat) or fnmatch(name, pat) for pat in patterns)

    if include and not matches(include):
        return False
    return not matches(exclude)


def _read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing empty and oversized files before reading them."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise LoadError(source, "empty file")
        if size > max_bytes:
            raise LoadError(
                source, f"file is {format_size(size)}, over the {format_size(max_bytes)} limit"
            )
        return path.read_bytes()
    except OSError as exc:
        raise LoadError(source, f"cannot read file ({exc.strerror or exc})") from exc


def _parse_file(path: Path, source: str, text: str) -> list[Document | LoadError]:
    """Dispatch on the extension; text and HTML files also take their ``.meta.json``."""
    suffix = path.suffix.lower()
    key = str(path.resolve())
    if suffix in RECORD_TYPES:
        return list(iter_records(text, source=source, key_base=key, jsonl=suffix == ".jsonl"))
    if suffix in HTML_TYPES:
        parsed, media_type = parse_html(text), HTML_TYPES[suffix]
    else:
        parsed, media_type = parse_release_text(text), TEXT_TYPES[suffix]
    if not parsed.body.strip():
        raise LoadError(source, "no text found")
    doc = build_document(parsed, key=key, source_path=source, media_type=media_type)
    results: list[Document | LoadError] = []
    try:
        apply_sidecar(doc, read_sidecar(path, source))
    except LoadError as exc:
        results.append(exc)
    results.append(doc)
    return results
