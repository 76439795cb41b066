"""JSON and JSON Lines records: one release per object, from scrapers and data dumps.

Field names differ between tools (text/body/content, title/headline,
date/published/pubDate...), so each role accepts its usual spellings. One bad
record must not sink the file: it becomes a LoadError naming the line or
index, and the other records still load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from kg.loaders.base import Document, LoadError
from kg.loaders.dates import normalise_date
from kg.loaders.html import parse_html
from kg.loaders.meta import build_document
from kg.loaders.text import ParsedText, parse_release_text

TEXT_FIELDS = ("text", "body", "content")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "pubDate", "pubdate", "published_at", "datePublished")
URL_FIELDS = ("url", "link")
PUBLISHER_FIELDS = ("publisher", "source")
LANGUAGE_FIELDS = ("lang", "language")
_KNOWN = set(TEXT_FIELDS + TITLE_FIELDS + DATE_FIELDS + URL_FIELDS)
_KNOWN |= set(PUBLISHER_FIELDS + LANGUAGE_FIELDS)
_HTML_HINT = re.compile(
    r"<(?:p|div|br|span|a|html|body|article|section|h[1-6]|li|ul|ol|table|strong|em)\b[^>]*>",
    re.IGNORECASE,
)
MEDIA_TYPES = {"json": "application/json", "jsonl": "application/x-ndjson"}


def iter_records(
    text: str, *, source: str, key_base: str, jsonl: bool
) -> Iterator[Document | LoadError]:
    """Documents (and per-record errors) from a JSON or JSON Lines payload."""
    items = _jsonl_items(text, source) if jsonl else _json_items(text, source)
    media_type = MEDIA_TYPES["jsonl" if jsonl else "json"]
    for item in items:
        if isinstance(item, LoadError):
            yield item
            continue
        number, where, record = item
        try:
            yield record_document(
                record,
                key=f"{key_base}#{number}",
                source=source,
                where=where,
                media_type=media_type,
            )
        except LoadError as exc:
            yield exc


def record_document(
    record: object, *, key: str, source: str, where: str, media_type: str
) -> Document:
    """One record to a document; ``where`` ("line 3", "record 2") labels errors."""
    if not isinstance(record, dict):
        raise LoadError(source, f"{where}: not a JSON object")
    body = _body_text(record)
    if body is None:
        raise LoadError(source, f"{where}: no text (expected a text, body or content field)")
    title = _first_str(record, TITLE_FIELDS)
    parsed = _parse_body(body, has_title=title is not None)
    if not parsed.body.strip():
        raise LoadError(source, f"{where}: the text field is empty")
    _apply_fields(parsed, record, title)
    doc = build_document(parsed, key=key, source_path=source, media_type=media_type)
    doc.extra.update(_extra_fields(record))
    return doc


def _json_items(text: str, source: str) -> Iterator[tuple[int, str, object] | LoadError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadError(source, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return
    if isinstance(data, list):
        if not data:
            yield LoadError(source, "no records (empty JSON array)")
        for index, record in enumerate(data, start=1):
            yield index, f"record {index}", record
    else:
        yield 1, "record 1", data


def _jsonl_items(text: str, source: str) -> Iterator[tuple[int, str, object] | LoadError]:
    found = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        try:
            yield lineno, f"line {lineno}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(source, f"line {lineno}: invalid JSON ({exc.msg}, column {exc.colno})")
    if not found:
        yield LoadError(source, "no records (no JSON lines)")


def _body_text(record: dict[str, object]) -> str | None:
    """The text field; a list of paragraphs is joined with blank lines."""
    for name in TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, list) and all(isinstance(part, str) for part in value):
            value = "\n\n".join(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _parse_body(body: str, *, has_title: bool) -> ParsedText:
    """HTML bodies go through the HTML reader; plain text keeps its lines."""
    if _HTML_HINT.search(body):
        return parse_html(body)
    return parse_release_text(body, find_title=not has_title)


def _apply_fields(parsed: ParsedText, record: dict[str, object], title: str | None) -> None:
    """Record fields win over what was read from the text itself."""
    parsed.title = title or parsed.title
    date_value = next((record[name] for name in DATE_FIELDS if record.get(name)), None)
    parsed.date = normalise_date(date_value) or parsed.date
    url = _first_str(record, URL_FIELDS)
    parsed.url = url if url and url.startswith(("http://", "https://")) else parsed.url
    parsed.publisher = _first_str(record, PUBLISHER_FIELDS) or parsed.publisher
    language = _first_str(record, LANGUAGE_FIELDS)
    if language:
        parsed.language = language.split("-")[0].lower()


def _first_str(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _extra_fields(record: dict[str, object]) -> dict[str, str]:
    """Other scalar fields (ids, categories) travel along as strings."""
    return {
        name: str(value)
        for name, value in record.items()
        if name not in _KNOWN
        and isinstance(value, (str, int, float))
        and not isinstance(value, bool)
    }
