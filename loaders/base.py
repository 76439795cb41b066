"""The document record every loader produces and the error every loader raises."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


class LoadError(Exception):
    """A source that cannot be read; the message is one line meant for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Document:
    """One release: clean body text plus whatever metadata the source carried.

    ``key`` identifies the release across builds (URL when known, else the
    resolved file path plus record index), so a changed release replaces its
    own named graph; ``content_hash`` decides whether it changed at all.
    """

    text: str
    key: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when the source states one
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    source_path: str | None = None
    media_type: str | None = None
    retrieved: str | None = None  # ISO timestamp of download, when known
    source_digest: str | None = None  # LocalFile.digest of the file it came from
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        digest = hashlib.sha256()
        for part in (self.title or "", self.date or "", self.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()


def format_size(size: int) -> str:
    """Human size for error lines: "25.3 MB", "20 MB", "512 bytes"."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
