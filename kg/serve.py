"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the store.

Oxigraph's own server (``oxigraph serve-read-only`` from the ``oxigraph``
package) does the SPARQL work: it opens the store read-only, sees the union
of all graphs as the default graph (as ``kg query`` does), enforces a query
time limit and negotiates JSON, XML, CSV, TSV and RDF results. It listens on
a private loopback port; in front of it a small proxy on HOST:PORT serves our
own query page, refuses updates, predeclares kg's prefixes and forwards
queries. Nothing is ever opened for writing.

Oxigraph's ``--timeout-s`` does not stop every query (an aggregate over a
huge join runs on), so the proxy keeps the time limit itself: a query that
runs past it gets HTTP 503 and the backend is restarted, which is the only
way to take its CPU back.
"""

from __future__ import annotations

import ctypes
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx

from kg.query import catalog, with_prefixes
from kg.store import StoreError, reading

MAX_BODY = 1_000_000
MAX_RESULT = 256 * 1024 * 1024
QUERY_PATHS = ("/query", "/sparql")
_FORWARDED_PARAMS = ("query", "default-graph-uri", "named-graph-uri")


class ServeError(Exception):
    """The endpoint cannot start: no store, no oxigraph binary, port taken."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (tests and the private backend use it)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def oxigraph_binary() -> str:
    """The ``oxigraph`` server installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _main_thread_on_linux() -> bool:
    """The death signal fires when the launching *thread* ends, so only the main one may ask."""
    on_main = threading.current_thread() is threading.main_thread()
    return sys.platform.startswith("linux") and on_main


def _die_with_parent() -> None:
    """Linux: have the backend killed if kg itself dies without cleaning up."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@dataclass
class Endpoint:
    """A running endpoint: the public proxy and the Oxigraph backend behind it."""

    store_path: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    backend_port: int = 0
    _backend: subprocess.Popen | None = field(default=None, repr=False)
    _httpd: ThreadingHTTPServer | None = field(default=None, repr=False)
    _client: httpx.Client | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def start(self) -> Endpoint:
        """Check the store, start Oxigraph on a private port, then bind the public port."""
        try:
            del_store = reading(self.store_path)  # waits for a running build, checks the folder
            del del_store
        except StoreError as exc:
            raise ServeError(str(exc)) from exc
        self._launch_backend()
        self._client = httpx.Client(timeout=self.timeout + 10)
        try:
            self._wait_for_backend()
            self._httpd = ThreadingHTTPServer((self.host, self.port), _handler_for(self))
        except OSError as exc:
            self.stop()
            raise ServeError(f"cannot listen on {self.host}:{self.port}: {exc.strerror}") from exc
        except ServeError:
            self.stop()
            raise
        self.port = self._httpd.server_address[1]
        self._httpd.daemon_threads = True
        return self

    def _launch_backend(self) -> None:
        self.backend_port = free_port()
        self._backend = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "--location", str(self.store_path),
             "--bind", f"127.0.0.1:{self.backend_port}", "--union-default-graph",
             "--timeout-s", str(max(1, round(self.timeout)))],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if _main_thread_on_linux() else None,
        )

    def _stop_backend(self) -> None:
        if self._backend is None:
            return
        self._backend.terminate()
        try:
            self._backend.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._backend.kill()
            self._backend.wait()
        self._backend = None

    def restart_backend(self) -> None:
        """Kill a backend stuck on an over-long query and start a fresh one."""
        with self._lock:
            self._stop_backend()
            self._launch_backend()
            self._wait_for_backend()

    def _wait_for_backend(self, limit: float = 20.0) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self._backend is not None and self._backend.poll() is not None:
                err = self._backend.stderr.read().decode("utf-8", "replace") if \
                    self._backend.stderr else ""
                raise ServeError(f"oxigraph could not open the store: {_first_line(err)}")
            try:
                self._client.get(f"http://127.0.0.1:{self.backend_port}/query",
                                 params={"query": "ASK {}"}, timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise ServeError("oxigraph did not start within 20 s")

    def serve_forever(self) -> None:
        assert self._httpd is not None, "call start() first"
        self._httpd.serve_forever(poll_interval=0.2)

    def start_in_thread(self) -> threading.Thread:
        """For tests and notebooks: serve in a daemon thread; call stop() when done."""
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        self._stop_backend()
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Endpoint:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- used by the request handler ------------------------------------------------------

    def forward(self, params: list[tuple[str, str]], accept: str) -> tuple[int, str, bytes]:
        """Send one query to Oxigraph; stop waiting (and restart it) at the time limit."""
        assert self._client is not None
        deadline = time.monotonic() + self.timeout
        url = f"http://127.0.0.1:{self.backend_port}/query"
        headers = {"Accept": accept or "application/sparql-results+json"}
        try:
            with self._client.stream("POST", url, data=_merge(params), headers=headers,
                                     timeout=httpx.Timeout(self.timeout)) as resp:
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body.extend(chunk)
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("time limit")
                    if len(body) > MAX_RESULT:
                        raise ResultTooLarge
                return resp.status_code, resp.headers.get("content-type", ""), bytes(body)
        except (httpx.TimeoutException, ResultTooLarge):
            self.restart_backend()
            raise


class ResultTooLarge(Exception):
    """A result past MAX_RESULT bytes: the client should add a LIMIT."""


def _merge(params: list[tuple[str, str]]) -> dict[str, str | list[str]]:
    out: dict[str, str | list[str]] = {}
    for key, value in params:
        if key in out:
            prev = out[key]
            out[key] = [*prev, value] if isinstance(prev, list) else [prev, value]
        else:
            out[key] = value
    return out


def _shift_position(message: bytes, offset: int) -> bytes:
    """Report a syntax error at the user's column, not the one after our PREFIX lines."""
    def fix(m: re.Match[bytes]) -> bytes:
        return b"error at 1:" + str(max(1, int(m.group(1)) - offset)).encode()

    return re.sub(rb"error at 1:(\d+)", fix, message, count=1) if offset else message


def _first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "unknown error"


def _handler_for(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    page = query_page(endpoint_path="/query", examples=_examples()).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt: str, *args: object) -> None:  # quiet by default
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            path = urlsplit(self.path)
            if path.path in ("/", "/index.html"):
                self._send(200, page, "text/html; charset=utf-8")
            elif path.path in QUERY_PATHS:
                self._query(parse_qsl(path.query, keep_blank_values=True))
            elif path.path == "/update":
                self._refuse()
            else:
                self._send(404, b"not found: try /query or /\n", "text/plain; charset=utf-8")

        def do_POST(self) -> None:  # noqa: N802
            path = urlsplit(self.path)
            if path.path == "/update":
                return self._refuse()
            if path.path not in QUERY_PATHS:
                return self._send(404, b"not found\n", "text/plain; charset=utf-8")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._send(413, b"query too large\n", "text/plain; charset=utf-8")
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qsl(path.query, keep_blank_values=True)
            if ctype == "application/sparql-update":
                return self._refuse()
            if ctype == "application/sparql-query":
                params.append(("query", body))
            else:
                params.extend(parse_qsl(body, keep_blank_values=True))
            self._query(params)

        def _query(self, params: list[tuple[str, str]]) -> None:
            if any(key == "update" for key, _ in params):
                return self._refuse()
            queries = [value for key, value in params if key == "query"]
            if len(queries) != 1:
                return self._send(400, b"give exactly one query parameter\n",
                                  "text/plain; charset=utf-8")
            kept = [(k, v) for k, v in params if k in _FORWARDED_PARAMS and k != "query"]
            sent = with_prefixes(queries[0])
            kept.append(("query", sent))
            try:
                status, ctype, body = endpoint.forward(kept, self.headers.get("Accept", ""))
            except httpx.TimeoutException:
                limit = f"query time limit ({endpoint.timeout:g} s) reached\n"
                return self._send(503, limit.encode(), "text/plain; charset=utf-8")
            except ResultTooLarge:
                return self._send(413, b"result too large: add a LIMIT\n",
                                  "text/plain; charset=utf-8")
            except httpx.TransportError as exc:
                return self._send(502, f"backend unavailable: {exc}\n".encode(),
                                  "text/plain; charset=utf-8")
            if status == 400:
                body = _shift_position(body, len(sent) - len(queries[0]))
            self._send(status, body, ctype or "application/octet-stream")

        def _refuse(self) -> None:
            self._send(403, b"this endpoint is read-only: SPARQL updates are refused\n",
                       "text/plain; charset=utf-8")

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    return Handler


def query_page(endpoint_path: str, examples: list[dict[str, str]]) -> str:
    """Our own page (no CDN): the examples travel as JSON with every '<' escaped."""
    html = resources.files("kg.templates").joinpath("query.html").read_text(encoding="utf-8")
    data = json.dumps({"endpoint": endpoint_path, "examples": examples}, ensure_ascii=False)
    return html.replace("/*KG_DATA*/{}", data.replace("<", "\\u003c"))


def _examples() -> list[dict[str, str]]:
    """Canned queries without required parameters, for the page's example menu."""
    out = []
    for q in catalog().values():
        if any(p.required for p in q.params):
            continue
        out.append({"name": q.name, "title": q.title or q.name, "text": with_prefixes(q.text)})
    return out


def serve(store_path: Path | str, host: str = "127.0.0.1", port: int = 7878,
          timeout: float = 30.0, on_ready: Callable[[Endpoint], None] | None = None) -> None:
    """Run the endpoint until interrupted (Ctrl-C or SIGTERM), then stop Oxigraph too."""
    endpoint = Endpoint(Path(store_path), host, port, timeout).start()
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        if on_ready is not None:
            on_ready(endpoint)
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        endpoint.stop()


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


__all__ = ["Endpoint", "ServeError", "free_port", "serve"]
