"""A feed server on 127.0.0.1 for tests: recorded responses and injected faults.

Each route is a responder ``(handler, stop) -> None`` writing one response. The server runs in
a daemon thread while its ``with`` block runs; leaving the block sets ``stop`` (so stalled and
dripping responders end at once), shuts the server down and joins the thread. Responders that
wait never wait longer than ``MAX_WAIT_S``, so nothing outlives a test even if a client hangs.
"""

from __future__ import annotations

import collections
import gzip
import http.server
import threading
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType

MAX_WAIT_S = 5.0

Responder = Callable[[http.server.BaseHTTPRequestHandler, threading.Event], None]


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True  # a client that went away must not keep a handler thread alive
    routes: Mapping[str, Responder]
    hits: collections.Counter[str]
    stop: threading.Event


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.hits[self.path] += 1
        responder = self.server.routes.get(self.path, error(404))
        try:
            responder(self, self.server.stop)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout, size limit): that is the point of the fault

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass


class FeedServer:
    """``with FeedServer(routes) as server: server.url("/feed")``; ``server.hits`` counts GETs."""

    def __init__(self, routes: Mapping[str, Responder]) -> None:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.routes = routes
        self._httpd.hits = collections.Counter()
        self._httpd.stop = threading.Event()
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def hits(self) -> collections.Counter[str]:
        return self._httpd.hits

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{path}"

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._httpd.stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=MAX_WAIT_S)


# --- responders --------------------------------------------------------------------------------


def _head(
    handler: http.server.BaseHTTPRequestHandler,
    status: int,
    headers: Iterable[tuple[str, str]],
    length: int | None,
) -> None:
    handler.send_response(status)
    for name, value in headers:
        handler.send_header(name, value)
    if length is not None:
        handler.send_header("Content-Length", str(length))
    handler.end_headers()


def send_complete(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes,
                  headers: Iterable[tuple[str, str]] = ()) -> None:
    """Write a whole response: ``status``, ``headers`` and Content-Length, then ``body`` (the
    feed servers of the tests and benchmarks all answer this way)."""
    _head(handler, status, headers, len(body))
    handler.wfile.write(body)


def static(body: bytes, headers: Iterable[tuple[str, str]] = (), status: int = 200) -> Responder:
    """A complete response: ``body`` with ``headers`` and its Content-Length."""
    headers = tuple(headers)

    def respond(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        send_complete(handler, status, body, headers)

    return respond


def error(status: int, headers: Iterable[tuple[str, str]] = ()) -> Responder:
    return static(f"error {status}\n".encode(), [("Content-Type", "text/plain"), *headers], status)


def sequence(*responders: Responder) -> Responder:
    """The n-th request gets the n-th responder; later ones get the last."""
    served = collections.Counter[str]()

    def respond(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        index = min(served[handler.path], len(responders) - 1)
        served[handler.path] += 1
        responders[index](handler, stop)

    return respond


def stall() -> Responder:
    """Accepts the request and answers nothing until the server stops (the client times out)."""

    def respond(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        stop.wait(MAX_WAIT_S)

    return respond


def drip(prefix: bytes, every_s: float) -> Responder:
    """Announces a large body, sends ``prefix``, then one byte every ``every_s`` seconds."""

    def respond(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        _head(handler, 200, [("Content-Type", "application/rss+xml")], 1 << 20)
        handler.wfile.write(prefix)
        handler.wfile.flush()
        for _ in range(int(MAX_WAIT_S / every_s)):
            if stop.wait(every_s):
                return
            handler.wfile.write(b" ")
            handler.wfile.flush()

    return respond


def truncated(body: bytes, announced: int) -> Responder:
    """Announces ``announced`` bytes, sends ``body`` (fewer) and closes the connection."""

    def respond(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        _head(handler, 200, [("Content-Type", "application/rss+xml")], announced)
        handler.wfile.write(body)
        handler.close_connection = True

    return respond


def endless(chunk: bytes, limit: int) -> Responder:
    """No Content-Length, and ``limit`` bytes of body (or fewer, if the client quits)."""

    def respond(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        _head(handler, 200, [("Content-Type", "application/rss+xml")], None)
        for _ in range(limit // len(chunk)):
            if stop.is_set():
                return
            handler.wfile.write(chunk)
        handler.close_connection = True

    return respond


class InFlight:
    """Requests being answered right now, and the most there ever were at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = 0
        self.peak = 0

    def enter(self) -> None:
        with self._lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        with self._lock:
            self.now -= 1


def counted(body: bytes, in_flight: InFlight, hold_s: float) -> Responder:
    """``body`` after ``hold_s`` seconds, counted in ``in_flight`` while it is held.

    The request leaves the count before its response is written: a client that reads the
    response and sends its next request at once must not be counted twice.
    """

    def respond(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        in_flight.enter()
        try:
            stop.wait(hold_s)
        finally:
            in_flight.leave()
        _head(handler, 200, [("Content-Type", "application/rss+xml")], len(body))
        handler.wfile.write(body)

    return respond


def redirect(location: str, status: int = 302) -> Responder:
    return static(b"", [("Location", location)], status)


def recorded_headers(header_line: str) -> dict[str, str]:
    """Headers to serve a recorded response with (feedparser-tests' INDEX.csv ``http_headers``):
    the content type a static server would guess, replaced by the recorded ``Name: value``."""
    headers = {"content-type": "application/xml"}
    if header_line:
        name, _, value = header_line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return headers


RSS_TYPE = ("Content-Type", "application/rss+xml; charset=utf-8")


def rss_feed(*titles: str, encoding: str = "utf-8", channel: str = "Wire") -> bytes:
    """A small RSS feed written for these tests, one item per title."""
    items = "".join(
        f"<item><title>{t}</title><guid isPermaLink='false'>{t}</guid>"
        f"<description>{t} was reported on Monday.</description></item>"
        for t in titles
    )
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
            f"<title>{channel}</title>{items}</channel></rss>").encode(encoding)


GOOD_FEED = rss_feed("Ferry fares frozen", "Pier reopens")


def fault_routes(max_bytes: int) -> dict[str, Responder]:
    """One route per fault a feed server can show; ``max_bytes`` is the run's size limit."""
    return {
        "/404": error(404),
        "/410": error(410),
        "/500": error(500),
        # Longer than a run waits: left to the next scheduled run, not retried now.
        "/503-retry-in-an-hour": error(503, [("Retry-After", "3600")]),
        "/stall": stall(),
        "/drip": drip(b"<rss", every_s=0.1),
        "/truncated": truncated(GOOD_FEED[:60], announced=len(GOOD_FEED)),
        "/bad-gzip": static(b"this is not gzip", [RSS_TYPE, ("Content-Encoding", "gzip")]),
        "/redirect-loop": redirect("/redirect-loop"),
        "/huge": endless(b"<!-- padding -->" * 64, limit=max_bytes * 50),
        "/gzip-bomb": static(gzip.compress(b" " * (max_bytes * 100)),
                             [RSS_TYPE, ("Content-Encoding", "gzip")]),
    }


def working_routes() -> dict[str, Responder]:
    """Feeds that work, some after a retry or despite a wrong charset."""
    return {
        "/good": static(GOOD_FEED, [RSS_TYPE]),
        "/503-then-ok": sequence(error(503, [("Retry-After", "1")]),
                                 static(rss_feed("Lock gates replaced"), [RSS_TYPE])),
        # UTF-8 served as Latin-1: feedparser notices and decodes it as UTF-8 after all.
        "/wrong-charset": static(rss_feed("Café reopens"),
                                 [("Content-Type", "application/rss+xml; charset=iso-8859-1")]),
        # No charset on text/xml: feedparser falls back to the XML declaration.
        "/no-charset": static(rss_feed("Smörgåsbord festival", encoding="iso-8859-1"),
                              [("Content-Type", "text/xml")]),
    }
