"""Tests for ``kg.fetch``: the MOFA crawler against a fake board on 127.0.0.1.

The fake board mimics what matters about the real one: a first request
answered by a redirect that sets a session cookie, 403 without the cookie,
list pages with ``f_view('N')`` rows, detail pages in the newer and older
layouts, EUC-KR pages, a flaky page, a truncated page and a missing page.
"""

from __future__ import annotations

import html
import json
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from kg.fetch import (
    PUBLISHER,
    FetchError,
    IncompletePage,
    as_utf8_html,
    decode_html,
    fetch_mofa,
    parse_detail,
    parse_list,
)

pytestmark = pytest.mark.server

# --------------------------------------------------------------------------- the fake board

LIST_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press Releases</title></head>
<body>
<a href="#contents" class="skip">본문 바로가기</a>
<div id="contents"><h1>Press Releases</h1>
<div class="board_list"><table><caption>Press Releases</caption>
<thead><tr><th>No.</th><th>Title</th><th>Date</th><th>Hit</th></tr></thead>
<tbody>
{rows}
</tbody></table></div>
<div class="paging"><a href="#" onclick="f_page(1)">1</a></div>
</div></body></html>
"""

LIST_ROW = (
    '<tr><td class="num">{num}</td><td class="left">'
    '<a href="#" onclick="f_view(\'{seq}\');return false;">{title}</a></td>'
    "<td>{day}</td><td>{hit}</td></tr>"
)

EMPTY_ROW = '<tr><td colspan="4" class="no_data">No data.</td></tr>'

NEW_DETAIL = """<!DOCTYPE html>
<html lang="en"><head>{meta}<title>Press Releases | Ministry of Foreign Affairs</title></head>
<body>
<div id="skip"><a href="#contents">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div id="contents"><h1>Press Releases</h1>
<div class="board_detail">
 <div class="bo_head"><h2 class="tit">{title}</h2>
  <ul class="info"><li>Date {day} 10:30:00</li><li>hit 321</li></ul></div>
 <div class="bo_con"><div class="se-contents">{body}</div></div>
</div></div>
</body></html>
"""

OLD_DETAIL = """<html><head>{meta}<title>Ministry of Foreign Affairs</title></head>
<body><a href="#content">Skip navigation</a>
<p class="location">HOME / Press / Press Releases</p>
<h1>Press Releases 상세보기</h1>
<div class="board_detail"><div class="bo_head"><h2>{title}</h2>
<p>· Date : {day} 14:00:00</p><p>· Hit : 57</p></div>
<div class="bo_con">{body}</div></div>
</body></html>
"""

UTF8_META = '<meta charset="utf-8">'
EUCKR_META = '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
EUCKR_TITLE = "Korea-Russia Consular Consultations (한-러 영사협의회 개최)"
EUCKR_BODY = (
    "<p>1. 한국과 러시아는 2024년 10월 2일 서울에서 제10차 영사협의회를 개최하였다.</p>"
    "<p>2. The two sides discussed consular cooperation.</p>"
)


@dataclass(frozen=True)
class Release:
    """One release on the fake board."""

    seq: str
    title: str
    day: str
    layout: str = "new"  # "new", "old", "euckr-meta", "old-euckr-header"


PAGES: list[list[Release]] = [
    [
        Release("320011", "Korea-Russia Forum 2025 Announced", "2025-01-15"),
        Release("320010", "Korea-Russia Business Dialogue Held in Vladivostok", "2024-11-20"),
        Release("320009", "Foreign Minister Meets Japanese Counterpart", "2024-11-10"),
        Release("320007", "Korea-Russia Consular Consultations", "2024-10-02", "euckr-meta"),
        Release("320006", "Korea-Russia Subcommittee on Far East Cooperation", "2024-09-01"),
    ],
    [
        Release(
            "320005",
            "Outcome of the Korea-Russia Far East Committee",
            "2024-06-15",
            "old-euckr-header",
        ),
        Release("320004", "RUSSIA and Korea Hold Energy Talks", "2024-05-01"),
        Release("320003", "Vice Minister Visits Brazil", "2024-04-01"),
        Release("320001", "Korea-Russia Statement on Fisheries", "2024-03-01"),
        Release("320000", "Korea-Russia Talks of 2023", "2023-12-20", "old"),
    ],
    [],
]

RELEASES = {release.seq: release for page in PAGES for release in page}
MISSING = {"320001"}


@dataclass
class Site:
    """State of the fake board; the handler threads share it, hence the lock."""

    flaky: dict[str, int] = field(default_factory=lambda: {"320006": 1})
    slow: dict[str, int] = field(default_factory=dict)
    truncated: set[str] = field(default_factory=lambda: {"320004"})
    hits: Counter[str] = field(default_factory=Counter)
    list_queries: list[dict[str, str]] = field(default_factory=list)
    sessions: set[str] = field(default_factory=set)
    redirects: int = 0
    forbidden: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, target: str, cookie: str) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for one GET."""
        parts = urlsplit(target)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        with self.lock:
            if not self._has_session(cookie):
                return self._no_session(parts.path, target)
            if parts.path == "/eng/brd/m_5676/list.do":
                self.list_queries.append(query)
                self.hits[f"list:{query.get('page')}"] += 1
                return 200, {"Content-Type": "text/html; charset=utf-8"}, self._list(query)
            if parts.path == "/eng/brd/m_5676/view.do":
                return self._view(query.get("seq", ""))
        return 404, {"Content-Type": "text/plain"}, b"not found"

    def _has_session(self, cookie: str) -> bool:
        """A request carries a session we handed out."""
        values = [item.strip().partition("=") for item in cookie.split(";") if item.strip()]
        return any(name == "JSESSIONID" and value in self.sessions for name, _, value in values)

    def _no_session(self, path: str, target: str) -> tuple[int, dict[str, str], bytes]:
        """Like the real site: the board entry redirects and sets a cookie; the rest refuses."""
        if path.endswith("/list.do"):
            self.redirects += 1
            session = uuid.uuid4().hex
            self.sessions.add(session)
            headers = {"Location": target, "Set-Cookie": f"JSESSIONID={session}; Path=/"}
            return 302, headers, b""
        self.forbidden += 1
        return 403, {"Content-Type": "text/plain"}, b"forbidden"

    def _list(self, query: dict[str, str]) -> bytes:
        """One list page; the server ignores srchWord/srchFr/srchTo, like an unreliable search."""
        number = int(query.get("page", "1"))
        releases = PAGES[number - 1] if 1 <= number <= len(PAGES) else []
        rows = [
            LIST_ROW.format(
                num=int(rel.seq) - 319990,
                seq=rel.seq,
                title=html.escape(rel.title),
                day=rel.day,
                hit=7,
            )
            for rel in releases
        ]
        return LIST_PAGE.format(rows="\n".join(rows) or EMPTY_ROW).encode("utf-8")

    def _view(self, seq: str) -> tuple[int, dict[str, str], bytes]:
        """One detail page, misbehaving as configured."""
        self.hits[f"view:{seq}"] += 1
        if seq not in RELEASES or seq in MISSING:
            return 404, {"Content-Type": "text/plain"}, b"no such release"
        if self.flaky.get(seq, 0) > 0:
            self.flaky[seq] -= 1
            return 500, {"Content-Type": "text/plain"}, b"internal error"
        if self.slow.get(seq, 0) > 0:
            self.slow[seq] -= 1
            return -1, {}, b""
        headers, body = render_detail(RELEASES[seq])
        if seq in self.truncated:
            body = body[: body.index(b'<div class="bo_con">') + 40]
        return 200, headers, body


def render_detail(rel: Release) -> tuple[dict[str, str], bytes]:
    """Headers and bytes of one detail page in the release's layout and encoding."""
    body = f"<p>1. {html.escape(rel.title)}.</p><p>2. The two sides agreed to meet again.</p>"
    if rel.layout == "euckr-meta":
        page = NEW_DETAIL.format(meta=EUCKR_META, title=EUCKR_TITLE, day=rel.day, body=EUCKR_BODY)
        return {"Content-Type": "text/html"}, page.encode("euc-kr")
    if rel.layout == "old-euckr-header":
        page = OLD_DETAIL.format(meta="", title=html.escape(rel.title), day=rel.day, body=body)
        return {"Content-Type": "text/html; charset=EUC-KR"}, page.encode("euc-kr")
    template = OLD_DETAIL if rel.layout == "old" else NEW_DETAIL
    page = template.format(meta=UTF8_META, title=html.escape(rel.title), day=rel.day, body=body)
    return {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8")


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to one Site."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
            status, headers, body = site.answer(self.path, self.headers.get("Cookie", ""))
            if status == -1:  # "slow": hold the connection longer than the client waits
                time.sleep(1.0)
                return
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Keep test output quiet."""

    return Handler


class QuietServer(ThreadingHTTPServer):
    """Clients that time out close their socket; that is expected here, not an error."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Swallow broken pipes from deliberately abandoned requests."""


@pytest.fixture
def site() -> Site:
    return Site()


@pytest.fixture
def base_url(site: Site) -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), make_handler(site))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def crawl(out: Path, base_url: str, **options: object) -> tuple[object, list[str]]:
    """Run the crawler with test-friendly timing; returns the report and its events."""
    events: list[str] = []
    settings: dict[str, object] = {
        "keyword": "russia",
        "since": date(2024, 1, 1),
        "until": date(2024, 12, 31),
        "delay": 0,
        "backoff": 0.01,
        "retries": 2,
        "timeout": 5.0,
    }
    settings.update(options)
    report = fetch_mofa(out, base_url=base_url, on_event=events.append, **settings)  # type: ignore[arg-type]
    return report, events


def expected_meta(seq: str, title: str, day: str, base_url: str) -> dict[str, str]:
    return {
        "url": f"{base_url}/eng/brd/m_5676/view.do?seq={seq}",
        "title": title,
        "date": day,
        "publisher": PUBLISHER,
        "language": "en",
        "seq": seq,
        "source": "mofa",
    }


def read_meta(path: Path) -> dict[str, str]:
    """Metadata minus the timestamp, which is checked separately."""
    meta = json.loads(path.read_text(encoding="utf-8"))
    retrieved = meta.pop("retrieved")
    assert datetime.fromisoformat(retrieved).tzinfo is not None
    return meta


GOOD = {"320010", "320007", "320006", "320005"}


def files_for(seqs: set[str]) -> set[str]:
    return {f"mofa-{seq}{suffix}" for seq in seqs for suffix in (".html", ".meta.json")}


def view_hits(site: Site) -> dict[str, int]:
    return {key: count for key, count in site.hits.items() if key.startswith("view:")}


# --------------------------------------------------------------------------- the crawl


def test_fake_board_requires_the_session_cookie(base_url: str) -> None:
    """Guard the fixture itself: without cookie persistence the crawl could not work."""
    assert httpx.get(f"{base_url}/eng/brd/m_5676/view.do?seq=320010").status_code == 403
    first = httpx.get(f"{base_url}/eng/brd/m_5676/list.do?page=1")
    assert first.status_code == 302 and "JSESSIONID" in first.headers["set-cookie"]


def test_crawl_filters_decodes_and_saves(site: Site, base_url: str, tmp_path: Path) -> None:
    report, events = crawl(tmp_path, base_url)

    assert {p.name for p in tmp_path.iterdir()} == files_for(GOOD)
    assert (report.listed, report.matched) == (10, 6)
    assert (report.downloaded, report.cached, report.failed) == (4, 0, 2)
    assert len(report.failures) == 2
    assert any("mofa-320004" in f and "cut short" in f for f in report.failures)
    assert any("mofa-320001" in f and "HTTP 404" in f for f in report.failures)

    # one redirect set the cookie, nothing was refused, pages 1-3 read once each
    assert site.redirects == 1 and site.forbidden == 0
    assert [q["page"] for q in site.list_queries] == ["1", "2", "3"]
    for query in site.list_queries:
        assert query["srchWord"] == "russia"
        assert (query["srchFr"], query["srchTo"]) == ("20240101", "20241231")
    # skipped rows were never requested; 500 retried once; 404 not retried
    assert view_hits(site) == {
        "view:320010": 1,
        "view:320007": 1,
        "view:320006": 2,
        "view:320005": 1,
        "view:320004": 1,
        "view:320001": 1,
    }
    assert any(event.startswith("retry 1/2") and "HTTP 500" in event for event in events)

    assert read_meta(tmp_path / "mofa-320010.meta.json") == expected_meta(
        "320010", "Korea-Russia Business Dialogue Held in Vladivostok", "2024-11-20", base_url
    )
    assert read_meta(tmp_path / "mofa-320007.meta.json") == expected_meta(
        "320007", EUCKR_TITLE, "2024-10-02", base_url
    )
    assert read_meta(tmp_path / "mofa-320006.meta.json") == expected_meta(
        "320006", "Korea-Russia Subcommittee on Far East Cooperation", "2024-09-01", base_url
    )
    assert read_meta(tmp_path / "mofa-320005.meta.json") == expected_meta(
        "320005", "Outcome of the Korea-Russia Far East Committee", "2024-06-15", base_url
    )


def test_saved_pages_are_utf8_and_say_so(base_url: str, tmp_path: Path) -> None:
    crawl(tmp_path, base_url)
    euckr = (tmp_path / "mofa-320007.html").read_bytes().decode("utf-8")  # strict
    assert "한-러 영사협의회 개최" in euckr and "제10차 영사협의회" in euckr
    assert euckr.count('<meta charset="utf-8">') == 1 and "euc-kr" not in euckr.lower()
    old = (tmp_path / "mofa-320005.html").read_bytes().decode("utf-8")
    assert "Press Releases 상세보기" in old and "· Date : 2024-06-15" in old
    assert '<meta charset="utf-8">' in old
    for page in tmp_path.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert decode_html(page.read_bytes()) == text
        assert parse_detail(text).title  # the saved page still parses as a release


def test_second_run_uses_the_cache_and_retries_failures(
    site: Site, base_url: str, tmp_path: Path
) -> None:
    crawl(tmp_path, base_url)
    before = view_hits(site)

    report, _ = crawl(tmp_path, base_url)
    assert (report.downloaded, report.cached, report.failed) == (0, 4, 2)
    after = view_hits(site)
    assert {key: after[key] - before[key] for key in after} == {
        "view:320010": 0,
        "view:320007": 0,
        "view:320006": 0,
        "view:320005": 0,
        "view:320004": 1,  # failed last time, so asked again
        "view:320001": 1,
    }
    assert [q["page"] for q in site.list_queries] == ["1", "2", "3"] * 2  # lists always re-read

    site.truncated.clear()  # the site recovers: the truncated release now arrives whole
    report, _ = crawl(tmp_path, base_url)
    assert (report.downloaded, report.cached, report.failed) == (1, 4, 1)
    assert {p.name for p in tmp_path.iterdir()} == files_for(GOOD | {"320004"})
    meta = read_meta(tmp_path / "mofa-320004.meta.json")
    assert meta["title"] == "RUSSIA and Korea Hold Energy Talks"


def test_interrupted_release_is_fetched_again(site: Site, base_url: str, tmp_path: Path) -> None:
    crawl(tmp_path, base_url)
    (tmp_path / "mofa-320010.meta.json").unlink()  # as if killed between the two writes
    (tmp_path / ".mofa-320007.html.abc.part").write_text("half")  # a stray temp file
    report, _ = crawl(tmp_path, base_url)
    assert (report.downloaded, report.cached) == (1, 3)
    assert site.hits["view:320010"] == 2
    assert (tmp_path / "mofa-320010.meta.json").is_file()


def test_paging_stops_at_rows_older_than_since(site: Site, base_url: str, tmp_path: Path) -> None:
    report, _ = crawl(tmp_path, base_url, keyword=None, since=date(2024, 7, 1), until=None)
    assert [q["page"] for q in site.list_queries] == ["1", "2"]  # page 2 is all older
    assert "srchWord" not in site.list_queries[0] and "srchTo" not in site.list_queries[0]
    assert (report.listed, report.matched, report.downloaded) == (10, 5, 5)
    expected = {"320011", "320010", "320009", "320007", "320006"}
    assert {p.name for p in tmp_path.iterdir()} == files_for(expected)


def test_max_pages(site: Site, base_url: str, tmp_path: Path) -> None:
    report, _ = crawl(tmp_path, base_url, max_pages=1)
    assert [q["page"] for q in site.list_queries] == ["1"]
    assert (report.listed, report.matched, report.downloaded) == (5, 3, 3)


def test_timeout_is_retried(site: Site, base_url: str, tmp_path: Path) -> None:
    site.slow["320010"] = 1
    report, events = crawl(tmp_path, base_url, max_pages=1, timeout=0.3)
    assert site.hits["view:320010"] == 2
    assert report.failed == 0 and (tmp_path / "mofa-320010.html").is_file()
    assert any("Timeout" in event for event in events)


def test_polite_delay_between_requests(base_url: str, tmp_path: Path) -> None:
    started = time.monotonic()
    report, _ = crawl(tmp_path, base_url, max_pages=1, delay=0.05)
    # list page 1 (with its redirect), then 320010, 320007, 320006 twice: 5 requests
    assert report.downloaded == 3
    assert time.monotonic() - started >= 4 * 0.05


def test_unreachable_board_is_a_reported_failure(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a loopback port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    report, events = crawl(tmp_path, f"http://127.0.0.1:{port}", retries=1)
    assert (report.listed, report.failed) == (0, 1)
    assert "list page 1" in report.failures[0] and "2 attempts" in report.failures[0]
    assert list(tmp_path.iterdir()) == []


LOCAL = "http://127.0.0.1:9"  # never contacted: the options are refused first


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"since": date(2024, 5, 1), "until": date(2024, 1, 1), "base_url": LOCAL}, "after"),
        ({"base_url": "ftp://example.invalid"}, r"http\(s\) URL"),
        ({"max_pages": 0, "base_url": LOCAL}, "at least 1"),
    ],
)
def test_bad_options_are_refused(tmp_path: Path, options: dict[str, object], message: str) -> None:
    with pytest.raises(FetchError, match=message):
        fetch_mofa(tmp_path / "out", **options)  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- pure helpers


def test_decode_detects_undeclared_korean() -> None:
    text = "<html><body><p>" + "한국과 러시아는 극동 지역 협력을 강화하기로 합의하였다. " * 8
    text += "</p></body></html>"
    assert decode_html(text.encode("cp949")) == text
    # a wrong declaration (UTF-8 on EUC-KR bytes) must not produce mojibake
    assert decode_html(text.encode("cp949"), "text/html; charset=utf-8") == text


def test_as_utf8_html_replaces_declarations() -> None:
    page = '<?xml version="1.0" encoding="euc-kr"?><html><HEAD>' + EUCKR_META + "</HEAD></html>"
    out = as_utf8_html(page).decode("utf-8")
    assert out == '<html><HEAD><meta charset="utf-8"></HEAD></html>'
    assert as_utf8_html("<p>x</p>").decode("utf-8").startswith('<meta charset="utf-8">')


def test_parse_list_handles_list_items_and_javascript_links() -> None:
    page = """<ul class="board">
    <li><a href="javascript:f_view(&quot;555&quot;)">Korea-Russia  Talks</a>
        <span class="date">2022.03.04</span></li>
    <li onclick="f_view('556')"><span>Other</span> <em>2022-03-05</em></li>
    </ul>"""
    rows = parse_list(page)
    assert [(r.seq, r.title, r.day) for r in rows] == [
        ("555", "Korea-Russia Talks", date(2022, 3, 4)),
        ("556", "Other", date(2022, 3, 5)),
    ]


def test_parse_detail_refuses_pages_without_a_release() -> None:
    with pytest.raises(IncompletePage, match="board_detail"):
        parse_detail("<html><body><p>Session expired</p></body></html>")
    with pytest.raises(IncompletePage, match="body"):
        parse_detail('<html><body><div class="board_detail"><h2>T</h2></div></body></html>')


# --------------------------------------------------------------------------- into the graph


def test_fetched_releases_build_into_the_graph(base_url: str, tmp_path: Path) -> None:
    """What the crawler saves is what `kg build` reads: body, title, date, URL, publisher."""
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path / "mofa"
    crawl(out, base_url)
    store = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(out), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output

    sparql = (
        "SELECT ?title ?date ?url ?publisher WHERE { ?r a kgo:Release ; dcterms:title ?title ;"
        " dcterms:date ?date ; schema:url ?url ; dcterms:publisher ?publisher }"
    )
    result = runner.invoke(
        cli, ["query", "--sparql", sparql, "--store", str(store), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = {row["url"]: row for row in json.loads(result.output)}
    assert set(rows) == {f"{base_url}/eng/brd/m_5676/view.do?seq={seq}" for seq in GOOD}
    first = rows[f"{base_url}/eng/brd/m_5676/view.do?seq=320010"]
    assert first["title"] == "Korea-Russia Business Dialogue Held in Vladivostok"
    assert first["date"] == "2024-11-20"
    assert first["publisher"] == PUBLISHER
    korean = rows[f"{base_url}/eng/brd/m_5676/view.do?seq=320007"]
    assert korean["title"] == EUCKR_TITLE

    result = runner.invoke(cli, ["query", "mechanisms", "--store", str(store), "-f", "json"])
    names = {row["mechanism"] for row in json.loads(result.output)}
    assert "Korea-Russia Business Dialogue" in names
    result = runner.invoke(cli, ["query", "places", "--store", str(store), "-f", "json"])
    assert {"place": "Vladivostok", "country": "Russian Federation"} in json.loads(result.output)
