"""URL loading against local servers on 127.0.0.1: charset, redirects, 404, timeouts."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest
from kg.loaders import Document, LoadError, iter_documents
from kg.loaders.url import load_url

KOREAN_PAGE = """<html><head><title>외교부</title></head><body><article>
<h1>한-러 극동시베리아 분과위원회 개최</h1>
<p>김건 차관보는 12월 12일 서울에서 러시아 극동개발부 차관과 분과위원회를 개최하였다.</p>
</article></body></html>"""


def load(source: str) -> list[Document | LoadError]:
    return list(iter_documents([source]))


def one_doc(source: str) -> Document:
    results = load(source)
    assert len(results) == 1 and isinstance(results[0], Document), results
    return results[0]


class _Handler(http.server.BaseHTTPRequestHandler):
    pages = {
        "/ko.html": ("text/html; charset=euc-kr", KOREAN_PAGE.encode("cp949")),
        "/note.txt": ("text/plain; charset=utf-8", b"Plain Title\n\nPlain body."),
    }

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/old":
            self.send_response(302)
            self.send_header("Location", "/ko.html")
            self.end_headers()
            return
        ctype, body = self.pages.get(self.path, ("text/plain", b""))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Keep test output clean."""


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.server
def test_url_loads_with_header_charset_and_redirect(server: str) -> None:
    korean = one_doc(f"{server}/old")
    assert "김건 차관보는" in korean.text and korean.key == f"{server}/old"
    assert korean.extra["final_url"] == f"{server}/ko.html" and korean.retrieved
    plain = one_doc(f"{server}/note.txt")
    assert (plain.title, plain.text, plain.media_type) == (
        "Plain Title",
        "Plain body.",
        "text/plain",
    )
    missing = load(f"{server}/nope")
    assert [str(m) for m in missing] == [f"{server}/nope: HTTP 404 Not Found"]


@pytest.mark.server
def test_url_timeout_and_refused() -> None:
    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        results = list(load_url(url, timeout=0.5))
    assert [str(r) for r in results] == [f"{url}: timed out after 0.5 s"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    refused = load(closed)
    assert len(refused) == 1 and isinstance(refused[0], LoadError)
    assert "download failed" in refused[0].reason
