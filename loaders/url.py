"""http(s) sources: download politely and within limits, then read like a local file.

A build must not hang on a dead server or fill memory from an endless
response, so every request has a timeout and a byte limit, and every network
failure becomes one LoadError line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx
from kg.loaders.base import Document, LoadError, format_size
from kg.loaders.encoding import decode_bytes
from kg.loaders.html import parse_html
from kg.loaders.meta import build_document
from kg.loaders.records import iter_records
from kg.loaders.text import parse_release_text

USER_AGENT = "kg-korea-russia/0.1 (Korea-Russia cooperation knowledge graph; press-release loader)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = ("application/pdf", "application/zip")


@dataclass
class Fetched:
    """A downloaded response body with what the server said about it."""

    url: str
    final_url: str
    content: bytes
    content_type: str
    charset: str | None
    retrieved: str


def is_url(source: str) -> bool:
    """Only http(s) is fetched; anything else given on the command line is a path."""
    return source.lower().startswith(("http://", "https://"))


def fetch(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Fetched:
    """GET ``url`` following redirects; LoadError on network errors, HTTP errors, size."""
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain,application/json;q=0.9"}
    try:
        with httpx.Client(
            follow_redirects=True, timeout=httpx.Timeout(timeout), headers=headers
        ) as client:
            with client.stream("GET", url) as response:
                return _read_response(url, response, max_bytes)
    except httpx.TimeoutException as exc:
        raise LoadError(url, f"timed out after {timeout:g} s") from exc
    except httpx.TooManyRedirects as exc:
        raise LoadError(url, "too many redirects") from exc
    except httpx.InvalidURL as exc:
        raise LoadError(url, f"invalid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise LoadError(url, f"download failed: {_one_line(exc)}") from exc


def load_url(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | LoadError]:
    """Documents from one URL (several for a JSON feed); failures are yielded, not raised."""
    try:
        fetched = fetch(url, timeout=timeout, max_bytes=max_bytes)
        kind = _kind(fetched)
        text = decode_bytes(fetched.content, source=url, declared=fetched.charset)
    except LoadError as exc:
        yield exc
        return
    if kind in ("json", "jsonl"):
        yield from iter_records(text, source=url, key_base=url, jsonl=kind == "jsonl")
        return
    parsed = parse_html(text, url=url) if kind == "html" else parse_release_text(text)
    if not parsed.body.strip():
        yield LoadError(url, "no text found in the page")
        return
    media_type = "text/html" if kind == "html" else "text/plain"
    doc = build_document(
        parsed,
        key=url,
        source_path=url,
        media_type=media_type,
        url=url,
        retrieved=fetched.retrieved,
    )
    if fetched.final_url != url:
        doc.extra["final_url"] = fetched.final_url
    yield doc


def _read_response(url: str, response: httpx.Response, max_bytes: int) -> Fetched:
    if response.status_code >= 400:
        raise LoadError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        stated = format_size(int(declared))
        raise LoadError(url, f"response is {stated}, over the {format_size(max_bytes)} limit")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise LoadError(url, f"response is over the {format_size(max_bytes)} limit")
        chunks.append(chunk)
    content_type = response.headers.get("content-type", "")
    return Fetched(
        url=url,
        final_url=str(response.url),
        content=b"".join(chunks),
        content_type=content_type.split(";")[0].strip().lower(),
        charset=response.charset_encoding,
        retrieved=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    )


def _kind(fetched: Fetched) -> str:
    """html, text, json or jsonl from the Content-Type, sniffing when it says nothing."""
    ctype = fetched.content_type
    if "html" in ctype or "xml" in ctype:
        return "html"
    if "ndjson" in ctype or "jsonl" in ctype:
        return "jsonl"
    if "json" in ctype:
        return "json"
    if ctype.startswith("text/"):
        return "text"
    if ctype and (ctype.startswith(_BINARY_PREFIXES) or ctype in _BINARY_TYPES):
        raise LoadError(fetched.url, f"unsupported content type {ctype}")
    return _sniff(fetched)


def _sniff(fetched: Fetched) -> str:
    head = fetched.content[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<")):
        return "html"
    if head.startswith((b"{", b"[")):
        return "jsonl" if fetched.final_url.lower().endswith(".jsonl") else "json"
    return "text"


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
