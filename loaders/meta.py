"""Assemble documents, and merge the metadata our fetcher saves next to each page.

``kg fetch mofa`` writes ``NAME.html`` plus ``NAME.meta.json`` (url, title,
date, publisher, language, retrieved, seq, source). The fetcher saw the list
page and the HTTP response, so its values are better evidence than what can
be read back out of the saved page, and they override it.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.loaders.base import Document, LoadError
from kg.loaders.dates import normalise_date
from kg.loaders.text import ParsedText

META_SUFFIX = ".meta.json"
_OVERRIDES = ("title", "publisher", "retrieved")
_EXTRA_KEYS = ("seq", "source")


def build_document(
    parsed: ParsedText,
    *,
    key: str,
    source_path: str | None,
    media_type: str,
    url: str | None = None,
    retrieved: str | None = None,
) -> Document:
    """A :class:`Document` whose key is the URL when one is known."""
    final_url = url or parsed.url
    return Document(
        text=parsed.body,
        key=final_url or key,
        title=parsed.title,
        date=parsed.date,
        publisher=parsed.publisher,
        url=final_url,
        language=parsed.language,
        source_path=source_path,
        media_type=media_type,
        retrieved=retrieved,
        extra=dict(parsed.extra),
    )


def sidecar_path(path: Path) -> Path:
    """``NAME.html`` -> ``NAME.meta.json`` (same folder)."""
    return path.with_name(path.stem + META_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """Sidecars end in .json too, so folder walks must recognise and skip them."""
    return path.name.endswith(META_SUFFIX)


def read_sidecar(path: Path, source: str) -> dict[str, object]:
    """The sidecar's fields, ``{}`` when there is none; a broken one is a LoadError."""
    meta_file = sidecar_path(path)
    if not meta_file.is_file():
        return {}
    try:
        data = json.loads(meta_file.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LoadError(f"{source} ({meta_file.name})", f"unreadable metadata file: {exc}") from exc
    if not isinstance(data, dict):
        raise LoadError(f"{source} ({meta_file.name})", "metadata file is not a JSON object")
    return data


def apply_sidecar(doc: Document, meta: dict[str, object]) -> Document:
    """Let non-empty sidecar values fill or override the document's metadata."""
    url = _text(meta.get("url"))
    if url:
        doc.url = url
        doc.key = url
    for name in _OVERRIDES:
        value = _text(meta.get(name))
        if value:
            setattr(doc, name, value)
    date = normalise_date(meta.get("date"))
    if date:
        doc.date = date
    language = _text(meta.get("language"))
    if language:
        doc.language = language.split("-")[0].lower()
    for name in _EXTRA_KEYS:
        value = _text(meta.get(name))
        if value:
            doc.extra[name] = value
    return doc


def _text(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return text or None
