"""RSS feeds on 127.0.0.1 that change while a pipeline polls them (tests and bench/freshness).

``LiveFeed`` serves its current items; ``publish`` adds one (from the test, or from a hook
that runs when the feed has been requested n times, so changes follow the poller's progress
rather than the clock). With ``validators`` it sends an ETag and answers a matching
If-None-Match with 304. Every response is logged per path: its status, and (``requests``) the
validator the request sent and the ETag answered.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import hashlib
import http.server
import threading
from collections.abc import Callable
from email.utils import format_datetime
from types import TracebackType

from tests.fault_server import send_complete

Hook = Callable[[], None]


@dataclasses.dataclass(frozen=True)
class Request:
    """One answered request: its status, the If-None-Match it sent, the ETag answered."""

    status: int
    sent: str | None
    etag: str | None


class LiveFeed:
    def __init__(self, title: str, *, validators: bool = True, status: int = 200) -> None:
        self.title = title
        self.validators = validators
        self.status = status  # anything but 200: the feed is broken
        self.items: list[tuple[str, str, str, dt.datetime]] = []  # guid, title, body, published
        self.hooks: dict[int, Hook] = {}  # run after the n-th request is answered
        self._lock = threading.Lock()

    def publish(self, guid: str, title: str, body: str, published: dt.datetime) -> None:
        with self._lock:
            self.items.append((guid, title, body, published))

    def body(self) -> bytes:
        with self._lock:
            items = list(self.items)
        entries = "".join(
            f"<item><guid isPermaLink=\"false\">{guid}</guid><title>{title}</title>"
            f"<description>{body}</description><pubDate>{format_datetime(published)}</pubDate>"
            "</item>" for guid, title, body, published in reversed(items))
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                f"<title>{self.title}</title><language>en</language>{entries}</channel></rss>"
                ).encode()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    feeds: dict[str, LiveFeed]
    statuses: collections.defaultdict[str, list[int]]
    requests: collections.defaultdict[str, list[Request]]
    lock: threading.Lock


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        feed = self.server.feeds.get(self.path)
        status, body, headers = self._answer(feed)
        send_complete(self, status, body, headers)
        with self.server.lock:
            self.server.statuses[self.path].append(status)
            self.server.requests[self.path].append(Request(
                status, self.headers.get("If-None-Match"), dict(headers).get("ETag")))
            served = len(self.server.statuses[self.path])
        if feed is not None and served in feed.hooks:
            feed.hooks[served]()

    def _answer(self, feed: LiveFeed | None) -> tuple[int, bytes, list[tuple[str, str]]]:
        if feed is None:
            return 404, b"no such feed\n", [("Content-Type", "text/plain")]
        if feed.status != 200:
            return feed.status, b"feed unavailable\n", [("Content-Type", "text/plain")]
        body = feed.body()
        headers = [("Content-Type", "application/rss+xml")]
        if feed.validators:
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return 304, b"", [("ETag", etag)]
            headers.append(("ETag", etag))
        return 200, body, headers

    def log_message(self, format: str, *args: object) -> None:
        pass


class FeedServer:
    """``with FeedServer({"/a.xml": LiveFeed(...)}) as server: server.url("/a.xml")``."""

    def __init__(self, feeds: dict[str, LiveFeed]) -> None:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.feeds = feeds
        self._httpd.statuses = collections.defaultdict(list)
        self._httpd.requests = collections.defaultdict(list)
        self._httpd.lock = threading.Lock()
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{path}"

    def statuses(self, path: str) -> list[int]:
        with self._httpd.lock:
            return list(self._httpd.statuses[path])

    def requests(self, path: str) -> list[Request]:
        with self._httpd.lock:
            return list(self._httpd.requests[path])

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5.0)
