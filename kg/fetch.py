"""Crawl the ROK MOFA English press-release board into files that ``kg build`` reads.

Each release becomes ``mofa-<seq>.html`` (the detail page, re-encoded as UTF-8)
plus ``mofa-<seq>.meta.json`` (title, date, URL, publisher...). The crawler is
meant to be re-run: list pages are read again every time because they change,
while a release whose two files exist is never downloaded twice. Files are
written atomically and the metadata file last, so an interrupted run leaves
either a complete pair or something the next run will redo.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

DEFAULT_BASE_URL = "https://www.mofa.go.kr"
BOARD_PATH = "/eng/brd/m_5676"
PUBLISHER = "Ministry of Foreign Affairs, Republic of Korea"
SOURCE = "mofa"
USER_AGENT = "kg-fetch/0.1 (Korea-Russia knowledge graph; polite crawler)"
MAX_RETRY_AFTER = 120.0

_SEQ = re.compile(r"f_view\(\s*['\"]?(\d+)")
_DAY = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_CLOSED = re.compile(r"</body\s*>|</html\s*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_META_CHARSET_TAG = re.compile(r"<meta\b[^>]*\bcharset\s*=[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


class FetchError(Exception):
    """A problem the user has to fix (bad option); the message is one line."""


class RequestFailed(Exception):
    """One URL could not be read even after retries; the message is one line."""


class IncompletePage(Exception):
    """A detail page that arrived but is cut short or lacks the release, so it must not be kept."""


@dataclass
class FetchReport:
    """What one run did, so the CLI can print a summary and choose its exit code.

    ``listed`` counts distinct releases seen on list pages, ``matched`` those
    passing the keyword and date filters; every matched release ends up as
    downloaded, cached or failed. List pages that could not be read also add
    to ``failed`` so that a half-finished crawl never looks clean.
    """

    listed: int = 0
    matched: int = 0
    downloaded: int = 0
    cached: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        """Record one failure; kept as text because it goes straight to the user."""
        self.failed += 1
        self.failures.append(message)


@dataclass(frozen=True)
class ListRow:
    """One row of a list page: enough to filter before spending a request on the detail."""

    seq: str
    title: str
    day: date | None


@dataclass(frozen=True)
class Detail:
    """What the crawler itself needs from a detail page (loaders re-parse the saved HTML)."""

    title: str
    day: date | None


# --------------------------------------------------------------------------- options


def parse_day(text: str, option: str = "date") -> date:
    """Parse YYYY-MM-DD strictly, so a typo never silently widens the crawl."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise FetchError(f"{option}: expected a date as YYYY-MM-DD, got {text!r}") from None


def _check_options(
    base_url: str,
    since: date | None,
    until: date | None,
    delay: float,
    retries: int,
    max_pages: int | None,
) -> str:
    """Reject impossible options up front instead of failing halfway through a crawl."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"base URL must be an http(s) URL, got {base_url!r}")
    if since and until and since > until:
        raise FetchError(f"since ({since}) is after until ({until})")
    if delay < 0 or retries < 0:
        raise FetchError("delay and retries must not be negative")
    if max_pages is not None and max_pages < 1:
        raise FetchError("max pages must be at least 1")
    return base_url.rstrip("/")


# --------------------------------------------------------------------------- HTTP


class _Http:
    """GET with a polite pause between requests and retries with exponential backoff.

    Retries cover what is usually transient (5xx, 429, timeouts, dropped
    connections); any other 4xx will not change by asking again.
    """

    def __init__(
        self,
        client: httpx.Client,
        *,
        delay: float,
        retries: int,
        timeout: float,
        backoff: float,
        emit: Callable[[str], None],
    ) -> None:
        self.client = client
        self.delay = delay
        self.retries = retries
        self.timeout = timeout
        self.backoff = backoff
        self.emit = emit
        self._last: float | None = None

    def get(self, url: str, params: dict[str, str] | None = None) -> httpx.Response:
        """Return a 2xx response or raise RequestFailed with the last problem seen."""
        for attempt in range(self.retries + 1):
            outcome, wait = self._attempt(url, params, attempt)
            if isinstance(outcome, httpx.Response):
                return outcome
            if attempt == self.retries:
                raise RequestFailed(f"{outcome} (gave up after {attempt + 1} attempts)")
            self.emit(f"retry {attempt + 1}/{self.retries} in {wait:.1f}s: {url} ({outcome})")
            time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(
        self, url: str, params: dict[str, str] | None, attempt: int
    ) -> tuple[httpx.Response | str, float]:
        """One request: the response if usable, else why not and how long to wait."""
        self._pause()
        try:
            response = self.client.get(url, params=params, timeout=self.timeout)
        except httpx.TransportError as exc:
            return f"{type(exc).__name__}: {exc}".rstrip(": "), self._backoff(attempt)
        except httpx.RequestError as exc:
            raise RequestFailed(f"{type(exc).__name__}: {exc}") from None
        finally:
            self._last = time.monotonic()
        status = response.status_code
        if response.is_success:
            return response, 0.0
        if status == 429 or status >= 500:
            wait = max(self._backoff(attempt), _retry_after(response))
            return f"HTTP {status}", wait
        raise RequestFailed(f"HTTP {status}")

    def _pause(self) -> None:
        """Wait ``delay`` seconds after the previous request: the board is a public service."""
        if self._last is None or self.delay <= 0:
            return
        remaining = self.delay - (time.monotonic() - self._last)
        if remaining > 0:
            time.sleep(remaining)

    def _backoff(self, attempt: int) -> float:
        """Exponential: 1x, 2x, 4x... the base, so a struggling server gets room to recover."""
        return self.backoff * (2**attempt)


def _retry_after(response: httpx.Response) -> float:
    """Honour Retry-After (seconds or HTTP date) when the server sends it, within reason."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return 0.0
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds()
        except (TypeError, ValueError):
            return 0.0
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _new_client(timeout: float) -> httpx.Client:
    """One client for the whole run: the board's session cookie must persist across requests."""
    return httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})


# --------------------------------------------------------------------------- encodings


def decode_html(raw: bytes, content_type: str | None = None) -> str:
    """Decode a page as its server meant it; Korean pages are often EUC-KR/CP949.

    Order: the charset in the Content-Type header, then a ``<meta>`` charset,
    then strict UTF-8, then charset-normalizer's guess. A declared charset
    that cannot decode the bytes is ignored, since Korean servers sometimes
    declare one encoding and send another.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    for label in (_header_charset(content_type), _meta_charset(raw), "utf-8"):
        codec = _codec(label)
        if codec is None:
            continue
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    best = from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("utf-8", errors="replace")


def _header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _meta_charset(raw: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top."""
    match = _META_CHARSET.search(raw[:8192])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _codec(label: str | None) -> str | None:
    """Map a charset label to a Python codec; EUC-KR becomes its superset CP949."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp949" if name == "euc_kr" else name


def as_utf8_html(text: str) -> bytes:
    """Re-encode a page as UTF-8 and say so in the page, replacing its old declaration.

    Without this, a saved EUC-KR page would still announce ``euc-kr`` and any
    later reader trusting the declaration would produce mojibake.
    """
    text = _XML_DECL.sub("", text.lstrip("\ufeff"), count=1)
    text = _META_CHARSET_TAG.sub("", text)
    tag = '<meta charset="utf-8">'
    for opening in (_HEAD_OPEN, _HTML_OPEN):
        match = opening.search(text)
        if match:
            text = f"{text[: match.end()]}{tag}{text[match.end() :]}"
            break
    else:
        text = f"{tag}\n{text}"
    return text.encode("utf-8")


# --------------------------------------------------------------------------- parsing


def parse_list(html: str) -> list[ListRow]:
    """Rows of a board list page, in page order, one per release.

    Rows are recognised by their ``f_view('N')`` link rather than by table
    markup, so a change of list layout (table vs. list items) does not break it.
    """
    rows: dict[str, ListRow] = {}
    for node in HTMLParser(html).css("[onclick], a[href]"):
        seq = _seq_of(node)
        if seq is None or seq in rows:
            continue
        row = _row_of(node)
        rows[seq] = ListRow(seq=seq, title=_row_title(node, row), day=_find_day(_text(row)))
    return list(rows.values())


def _seq_of(node: Node) -> str | None:
    """The release number in an ``onclick`` or ``javascript:`` link, if this node has one."""
    attrs = node.attributes
    for value in (attrs.get("onclick"), attrs.get("href")):
        match = _SEQ.search(value or "")
        if match:
            return match.group(1)
    return None


def _row_of(node: Node) -> Node:
    """The table row or list item holding a link, where the date cell lives."""
    current: Node | None = node
    while current is not None:
        if current.tag in ("tr", "li"):
            return current
        current = current.parent
    return node.parent or node


def _row_title(link: Node, row: Node) -> str:
    """The link text, or the row's title cell when the whole row is the link."""
    if link is not row:
        return _text(link)
    anchor = row.css_first("a")
    if anchor is not None and _text(anchor):
        return _text(anchor)
    cells = [_text(cell) for cell in row.css("td")] or [_text(row)]
    return _SPACE.sub(" ", _DAY.sub("", max(cells, key=len))).strip()


def parse_detail(html: str) -> Detail:
    """Title and date of a detail page, refusing pages that are cut short or not a release."""
    if not _CLOSED.search(html):
        raise IncompletePage("page is cut short (no closing </body> or </html>)")
    tree = HTMLParser(html)
    board = tree.css_first(".board_detail")
    if board is None:
        raise IncompletePage("page has no .board_detail (not a release, or cut short)")
    heading = board.css_first("h2")
    title = _text(heading) if heading is not None else ""
    if not title:
        raise IncompletePage("release has no title (h2 in .board_detail)")
    if tree.css_first(".se-contents") is None and tree.css_first(".bo_con") is None:
        raise IncompletePage("release has no body (.se-contents or .bo_con)")
    head = tree.css_first(".bo_head")
    return Detail(title=title, day=_find_day(_text(head)) if head is not None else None)


def _text(node: Node) -> str:
    """Visible text of a node with whitespace collapsed."""
    return _SPACE.sub(" ", node.text(deep=True, separator=" ")).strip()


def _find_day(text: str) -> date | None:
    """The first real calendar date written YYYY-MM-DD (or with dots/slashes) in a text."""
    for match in _DAY.finditer(text):
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------- files


def _prepare_out_dir(out_dir: Path) -> Path:
    """Create the output folder first, so a bad path is one clear error before any request."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError(f"cannot create output folder {out_dir}: {exc.strerror or exc}") from None
    return out_dir


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a temp file and rename, so a crash never leaves a half file under the real name.

    The temp name starts with a dot and ends in ``.part`` so loaders looking
    for ``*.html`` never pick it up.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _is_cached(html_path: Path, meta_path: Path) -> bool:
    """A release counts as done only if both files exist and the metadata is readable."""
    if not (html_path.is_file() and meta_path.is_file()) or html_path.stat().st_size == 0:
        return False
    try:
        return isinstance(json.loads(meta_path.read_text(encoding="utf-8")), dict)
    except (OSError, ValueError):
        return False


def _in_range(day: date | None, since: date | None, until: date | None) -> bool:
    """Date filter; an unknown date passes, to be checked again on the detail page."""
    if day is None:
        return True
    return (since is None or day >= since) and (until is None or day <= until)


# --------------------------------------------------------------------------- crawl


@dataclass
class _Crawl:
    """One run's settings and state, so the steps below stay small."""

    http: _Http
    base: str
    out_dir: Path
    keyword: str | None
    since: date | None
    until: date | None
    max_pages: int | None
    report: FetchReport
    emit: Callable[[str], None]

    def run(self) -> None:
        """List first (cheap, always fresh), then fetch each matching release."""
        for row in self.matching_rows():
            self.fetch_release(row)

    def matching_rows(self) -> list[ListRow]:
        """Walk list pages until one is empty, older than ``since``, or repeats the last."""
        found: dict[str, ListRow] = {}
        seen: set[str] = set()
        previous: list[str] = []
        page = 1
        while self.max_pages is None or page <= self.max_pages:
            rows = self.read_page(page)
            seqs = [row.seq for row in rows]
            if not rows or seqs == previous:
                self.emit(f"list page {page}: no new rows; listing done")
                break
            previous = seqs
            seen.update(seqs)
            kept = [row for row in rows if self.wanted(row)]
            self.emit(f"list page {page}: {len(rows)} rows, {len(kept)} match")
            for row in kept:
                found.setdefault(row.seq, row)
            if self.since and all(row.day and row.day < self.since for row in rows):
                break
            page += 1
        self.report.listed = len(seen)
        self.report.matched = len(found)
        return list(found.values())

    def read_page(self, page: int) -> list[ListRow]:
        """One list page's rows; a page that cannot be read ends the listing as a failure."""
        try:
            response = self.http.get(f"{self.base}{BOARD_PATH}/list.do", self.list_params(page))
        except RequestFailed as exc:
            message = f"list page {page}: {exc}"
            self.report.fail(message)
            self.emit(f"failed: {message}")
            return []
        return parse_list(decode_html(response.content, response.headers.get("content-type")))

    def list_params(self, page: int) -> dict[str, str]:
        """Query for one list page; the site's own search narrows the crawl, we still filter."""
        params = {"page": str(page)}
        if self.since:
            params["srchFr"] = self.since.strftime("%Y%m%d")
        if self.until:
            params["srchTo"] = self.until.strftime("%Y%m%d")
        if self.keyword:
            params["srchWord"] = self.keyword
        return params

    def wanted(self, row: ListRow) -> bool:
        """Our own keyword and date filter: the board's search is not reliable."""
        if self.keyword and self.keyword.casefold() not in row.title.casefold():
            return False
        return _in_range(row.day, self.since, self.until)

    def fetch_release(self, row: ListRow) -> None:
        """Download, check and save one release, unless both its files are already there."""
        stem = f"mofa-{row.seq}"
        html_path = self.out_dir / f"{stem}.html"
        meta_path = self.out_dir / f"{stem}.meta.json"
        if _is_cached(html_path, meta_path):
            self.report.cached += 1
            self.emit(f"{stem}: cached")
            return
        url = f"{self.base}{BOARD_PATH}/view.do?seq={row.seq}"
        try:
            response = self.http.get(url)
            text = decode_html(response.content, response.headers.get("content-type"))
            detail = parse_detail(text)
            day = detail.day or row.day
            if row.day is None and not _in_range(day, self.since, self.until):
                self.report.matched -= 1
                self.emit(f"{stem}: dated {day}, outside the date range; skipped")
                return
            _write_atomic(html_path, as_utf8_html(text))
            _write_atomic(meta_path, _meta_json(url, row.seq, detail.title, day))
        except (RequestFailed, IncompletePage, OSError) as exc:
            self.report.fail(f"{stem}: {exc}")
            self.emit(f"{stem}: failed: {exc}")
            return
        self.report.downloaded += 1
        self.emit(f"{stem}: downloaded ({day or 'no date'}) {detail.title}")


def _meta_json(url: str, seq: str, title: str, day: date | None) -> bytes:
    """The sidecar the HTML loader reads for metadata the page itself states poorly."""
    meta = {
        "url": url,
        "title": title,
        "date": day.isoformat() if day else None,
        "publisher": PUBLISHER,
        "language": "en",
        "retrieved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seq": seq,
        "source": SOURCE,
    }
    return (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def fetch_mofa(
    out_dir: Path,
    *,
    keyword: str | None = None,
    since: date | None = None,
    until: date | None = None,
    base_url: str = DEFAULT_BASE_URL,
    delay: float = 1.0,
    retries: int = 4,
    timeout: float = 20.0,
    max_pages: int | None = None,
    client: httpx.Client | None = None,
    on_event: Callable[[str], None] | None = None,
    backoff: float = 1.0,
) -> FetchReport:
    """Crawl the MOFA English press-release board into ``out_dir``; safe to re-run.

    ``retries`` is the number of extra attempts per URL, waiting ``backoff``
    seconds doubled each time. A caller-supplied ``client`` must follow
    redirects and keep cookies; it is left open. Raises FetchError for bad
    options; everything that goes wrong while crawling lands in the report.
    """
    base = _check_options(base_url, since, until, delay, retries, max_pages)
    out_dir = _prepare_out_dir(Path(out_dir))
    emit = on_event or (lambda _message: None)
    own_client = client is None
    http_client = client if client is not None else _new_client(timeout)
    http = _Http(
        http_client, delay=delay, retries=retries, timeout=timeout, backoff=backoff, emit=emit
    )
    report = FetchReport()
    try:
        _Crawl(
            http,
            base,
            out_dir,
            keyword.strip() if keyword else None,
            since,
            until,
            max_pages,
            report,
            emit,
        ).run()
    finally:
        if own_client:
            http_client.close()
    return report
