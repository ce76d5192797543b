"""Fetching http(s) inputs: one pooled client, many requests in flight, few per host.

Every http(s) read goes through the ``FeedFetcher`` interface (``fetch`` a URL with request
headers such as validators, get a ``FetchResult``); pollers and readers make theirs with a
``FeedFetcherFactory``, so tests can hand them an in-process fake instead of a server.
``FeedClient`` is the real feed client, the default everywhere: urllib3 connection pools
(keep-alive, so a host's feeds share connections), a ``HostLimiter`` that lets at most
``max_per_host`` requests run against one host at a time (politeness: a site is never hammered,
whatever the overall concurrency), and the limits wirestream always had: a deadline for the
whole read, a byte cap (after decompression), http(s)-only redirects with a bounded chain,
bounded retries of transient failures that honour Retry-After. Bodies are decoded here, not
by urllib3: the gzip decoder below caps its output (a "zip bomb" stops at ``max_bytes``) and
notices a stream that ends mid-way, and those defences are tested; other encodings are not
asked for.

The decisions (which host a URL belongs to, how long to wait before a retry, whether a
redirect may be followed) are pure functions; only ``FeedClient`` does I/O.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import email.utils
import hashlib
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterator, Mapping
from http.client import HTTPException, IncompleteRead
from importlib import metadata
from typing import BinaryIO, NamedTuple, Protocol

import urllib3
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import NewConnectionError, ProtocolError, TimeoutError

_CHUNK_BYTES = 1 << 16
# Retries inside one run are for blips; anything slower is left to the next scheduled run, so
# one bad feed cannot hold a run for long. Timeouts are not retried: they already cost a timeout.
_RETRIES = 2
_BACKOFF_S = 0.5  # before the first retry; doubles for each further one
_MAX_RETRY_AFTER_S = 10.0  # a server asking for a longer pause gets it from the scheduler
_TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# The limits urllib applied before this client: a longer chain is a broken site, and a URL
# seen this often in one chain is a loop.
MAX_REDIRECTS = 10
MAX_VISITS_PER_URL = 4
DEFAULT_MAX_PER_HOST = 4
# Bodies of error and redirect responses are read (up to this much) only so that their
# connection can be reused; a larger one costs its connection instead.
_UNUSED_BODY_BYTES = 1 << 16


def _version() -> str:
    try:
        return metadata.version("wirestream")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "dev"


USER_AGENT = f"wirestream/{_version()}"


class ReadError(Exception):
    """An input could not be read; ``reason`` is the reject code it becomes."""

    reason = "unreadable_file"


class FetchError(ReadError):
    """An http(s) location could not be fetched; ``reason`` is one of the fetch reject codes.

    ``transient`` failures (a 5xx or 429 status, a dropped connection) are worth retrying;
    ``retry_after`` is the server's Retry-After header, if it sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str = "fetch_failed",
        transient: bool = False,
        retry_after: str | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after


class NotModified(ReadError):
    """The server answered 304 to a conditional request: nothing new, nothing to parse."""

    reason = "not_modified"


class InputTooLarge(ReadError):
    """An input is larger than the configured ``max_bytes``."""

    reason = "input_too_large"


# --- the feed-client interface -----------------------------------------------------------------


class FetchResult(NamedTuple):
    """A successful read: the body (gzip already decoded), the response headers (lower-cased;
    ``{}`` for a file) and the URL the body came from (the one asked for, or where its
    redirects led, which is what relative links in it are relative to)."""

    body: bytes
    headers: dict[str, str]
    url: str


class FeedFetcher(Protocol):
    """What readers and pollers fetch through: ``FeedClient``, or a fake in tests."""

    def fetch(self, url: str, *, timeout_s: float, max_bytes: int,
              request_headers: Mapping[str, str] | None = None) -> FetchResult:
        """The body of ``url``; raises ``NotModified`` on a 304, ``InputTooLarge`` past
        ``max_bytes`` and ``FetchError`` (with its reject reason) for any other failure."""
        ...

    def close(self) -> None:
        """Releases the connections; the fetcher is not used afterwards."""
        ...


class FeedFetcherFactory(Protocol):
    """Makes a worker's fetcher in a DoFn's ``setup()`` (``FeedClient`` itself is one)."""

    def __call__(self, *, max_per_host: int, max_hosts: int) -> FeedFetcher: ...


# --- pure decisions ----------------------------------------------------------------------------


def host_key(url: str) -> str:
    """The server a URL talks to, as politeness counts it: ``scheme://host:port``, lower-cased.

    >>> host_key("HTTP://Example.com/rss"), host_key("https://example.com:8443/a")
    ('http://example.com:80', 'https://example.com:8443')
    """
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # "http://host:x/": not fetchable; still one host for the limiter
        port = None
    default = 443 if scheme == "https" else 80
    return f"{scheme}://{(parts.hostname or '').lower()}:{port or default}"


def shard_of(location: str, shards: int) -> int:
    """Which of ``shards`` fetch shards polls a feed: all feeds of one host share a shard, so
    the per-host limit of the worker that owns the shard holds for the host as a whole."""
    digest = hashlib.sha256(host_key(location).encode()).digest()
    return int.from_bytes(digest[:8], "big") % shards


def retry_delay(attempt: int, retry_after: str | None, now: dt.datetime) -> float | None:
    """Seconds to wait before retrying a transient failure of attempt ``attempt`` (1-based).

    None means give up: the retries are spent, or the server's Retry-After (seconds or an HTTP
    date, relative to ``now``) asks for a longer pause than a run waits. Without a usable
    Retry-After the delay doubles from ``_BACKOFF_S``; a shorter Retry-After does not shorten it.
    """
    if attempt > _RETRIES:
        return None
    backoff = _BACKOFF_S * 2 ** (attempt - 1)
    asked = _retry_after_seconds(retry_after, now) if retry_after else None
    if asked is None:
        return backoff
    return None if asked > _MAX_RETRY_AFTER_S else max(backoff, asked)


def _retry_after_seconds(value: str, now: dt.datetime) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None  # unusable: fall back to our own backoff
    if when.tzinfo is None:  # HTTP dates are GMT
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())


def is_http_url(location: str) -> bool:
    try:
        scheme = urllib.parse.urlsplit(location).scheme
    except ValueError:  # "http://[x": not a URL anyone could fetch, and hostile feeds send them
        return False
    return scheme.lower() in ("http", "https")


def redirect_target(url: str, status: int, reason: str, location: str | None,
                    visited: collections.Counter[str]) -> str:
    """Where a redirect from ``url`` leads, or a ``too_many_redirects`` FetchError.

    ``visited`` counts the URLs of this chain so far (the caller adds each one it requests).
    Only http(s) targets are followed: a redirect to ftp: or file: stops here.
    """
    if not location:
        raise FetchError(f"HTTP {status}: {reason}", reason="too_many_redirects")
    target = urllib.parse.urljoin(url, location)
    if not is_http_url(target):
        raise FetchError(f"HTTP {status}: redirect to a non-http URL: {location}",
                         reason="too_many_redirects")
    if visited[target] > MAX_VISITS_PER_URL:
        raise FetchError(f"HTTP {status}: redirect loop ({location} requested "
                         f"{visited[target]} times)", reason="too_many_redirects")
    if sum(visited.values()) > MAX_REDIRECTS:
        raise FetchError(f"HTTP {status}: more than {MAX_REDIRECTS} redirects",
                         reason="too_many_redirects")
    return target


# --- politeness --------------------------------------------------------------------------------


class HostLimiter:
    """At most ``per_host`` holders of a slot per host at any moment; others wait their turn.

    Hosts are independent: a full host never delays a request to another one.
    """

    def __init__(self, per_host: int) -> None:
        if per_host < 1:
            raise ValueError(f"per_host must be at least 1, got {per_host}")
        self.per_host = per_host
        self._in_flight: collections.Counter[str] = collections.Counter()
        self._changed = threading.Condition()

    @contextlib.contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: self._in_flight[host] < self.per_host)
            self._in_flight[host] += 1
        try:
            yield
        finally:
            with self._changed:
                self._in_flight[host] -= 1
                if not self._in_flight[host]:
                    del self._in_flight[host]
                self._changed.notify_all()

    def in_flight(self, host: str) -> int:
        with self._changed:
            return self._in_flight[host]


# --- reading -----------------------------------------------------------------------------------


def read_capped(stream: BinaryIO, max_bytes: int, deadline: float | None = None) -> bytes:
    """Read to EOF, failing past ``max_bytes`` or (for the network) past a monotonic deadline.

    A stream with ``read1`` is read one network read at a time, so a server that drips bytes
    is stopped at the deadline instead of when a 64 KiB buffer has filled.
    """
    read = getattr(stream, "read1", None) if deadline is not None else None
    read = read or stream.read
    chunks: list[bytes] = []
    size = 0
    while chunk := read(min(_CHUNK_BYTES, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputTooLarge(f"input is larger than max_bytes={max_bytes}")
        # The socket timeout bounds each read; this bounds a server that drips bytes forever.
        if deadline is not None and time.monotonic() > deadline:
            raise FetchError("timed out while reading the response", reason="fetch_timeout")
    return b"".join(chunks)


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """A gzip body decoded, failing past ``max_bytes`` of output (a "zip bomb") or when the
    stream is not gzip or ends mid-way."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        decoded = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as err:
        raise FetchError(f"bad gzip response: {err}", reason="bad_content_encoding") from err
    if len(decoded) > max_bytes:
        raise InputTooLarge(f"decompressed input is larger than max_bytes={max_bytes}")
    if not decompressor.eof:
        raise FetchError("gzip response ends mid-stream", reason="bad_content_encoding")
    return decoded


def _status_error(status: int, reason: str, retry_after: str | None) -> FetchError:
    return FetchError(f"HTTP {status}: {reason}", reason="http_error",
                      transient=status in _TRANSIENT_STATUSES, retry_after=retry_after)


def _transport_error(err: Exception, timeout_s: float) -> FetchError:
    """The reject reason, and whether a retry may help, for what urllib3 raised."""
    if isinstance(err, ProtocolError) and any(isinstance(a, IncompleteRead) for a in err.args):
        return FetchError(f"connection closed early: {_cause(err)}", reason="truncated_response",
                          transient=True)
    # Before timeouts: urllib3 files a refused connection under its connect timeouts.
    if isinstance(err, NewConnectionError | ProtocolError | ConnectionError):
        # Refused, reset, dropped: the next attempt may reach a server that is up again.
        return FetchError(f"connection failed: {_cause(err)}", transient=True)
    if isinstance(err, TimeoutError):
        return FetchError(f"timed out: no answer within {timeout_s:g}s", reason="fetch_timeout")
    return FetchError(str(err) or type(err).__name__)


def _cause(err: Exception) -> str:
    """What went wrong without urllib3's pool and object names (they vary from run to run)."""
    while isinstance(err, Urllib3Error) and len(err.args) > 1 and isinstance(err.args[-1],
                                                                              Exception):
        err = err.args[-1]
    if isinstance(err, NewConnectionError):
        return str(err).rpartition(": ")[2]
    return str(err) or type(err).__name__


class FeedClient:
    """GETs feeds over pooled connections, at most ``max_per_host`` at a time per host.

    Thread-safe: share one per worker process (created in a DoFn's ``setup()``) and call
    ``fetch`` from as many threads as the run's concurrency allows.
    """

    def __init__(self, *, max_per_host: int = DEFAULT_MAX_PER_HOST, max_hosts: int = 64) -> None:
        self.limiter = HostLimiter(max_per_host)
        # One pool per host, as many idle keep-alive connections as the host may have requests
        # in flight; the least recently used hosts' pools are closed past max_hosts.
        self._pools = urllib3.PoolManager(num_pools=max_hosts, maxsize=max_per_host,
                                          block=False, retries=False)

    def close(self) -> None:
        self._pools.clear()

    def fetch(self, url: str, *, timeout_s: float, max_bytes: int,
              request_headers: Mapping[str, str] | None = None) -> FetchResult:
        """The body and lower-cased headers of ``url``, retried after transient failures as
        ``retry_delay`` decides (the host's slot is given back while waiting to retry).

        Raises ``NotModified`` on a 304, ``InputTooLarge`` past ``max_bytes`` and
        ``FetchError`` (with the reject reason) for everything else that fails.
        """
        attempt = 1
        while True:
            try:
                return self._fetch_following_redirects(url, timeout_s, max_bytes,
                                                       request_headers or {})
            except FetchError as err:
                delay = (retry_delay(attempt, err.retry_after, dt.datetime.now(dt.UTC))
                         if err.transient else None)
                if delay is None:
                    if attempt > 1:
                        err.args = (f"{err} (after {attempt} attempts)",)
                    raise
            time.sleep(delay)
            attempt += 1

    def _fetch_following_redirects(self, url: str, timeout_s: float, max_bytes: int,
                                   request_headers: Mapping[str, str]) -> FetchResult:
        # The deadline covers the whole chain, as urllib's did: a redirect buys no extra time.
        deadline = time.monotonic() + timeout_s
        visited: collections.Counter[str] = collections.Counter()
        while True:
            visited[url] += 1
            with self.limiter.slot(host_key(url)):
                status, reason, headers, data = self._get_once(
                    url, timeout_s, max_bytes, request_headers, deadline)
            if status not in _REDIRECT_STATUSES:
                break
            url = redirect_target(url, status, reason, headers.get("location"), visited)
        if status == 304:
            raise NotModified("HTTP 304: Not Modified")
        if 300 <= status < 400:  # a 3xx that is no redirect cannot be followed
            raise FetchError(f"HTTP {status}: {reason}", reason="too_many_redirects")
        if status >= 400:
            raise _status_error(status, reason, headers.get("retry-after"))
        return FetchResult(*self._decoded(data, headers, max_bytes), url)

    def _get_once(self, url: str, timeout_s: float, max_bytes: int,
                  request_headers: Mapping[str, str], deadline: float
                  ) -> tuple[int, str, dict[str, str], bytes]:
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip", **request_headers}
        try:
            response = self._pools.request(
                "GET", url, headers=headers, redirect=False, preload_content=False,
                decode_content=False, enforce_content_length=False,
                timeout=urllib3.Timeout(connect=timeout_s, read=timeout_s))
        except (Urllib3Error, OSError, HTTPException, ValueError) as err:
            raise _transport_error(err, timeout_s) from err
        response_headers = {k.lower(): v for k, v in response.headers.items()}
        is_success = 200 <= response.status < 300
        try:
            data = read_capped(response, max_bytes if is_success else _UNUSED_BODY_BYTES,
                               deadline)
        except InputTooLarge:
            response.close()  # a half-read connection must not go back to the pool
            if is_success:
                raise
            data = b""  # an error page or redirect body: unused, and its size is no fault
        except ReadError:
            response.close()
            raise
        except (Urllib3Error, OSError, HTTPException) as err:
            response.close()
            raise _transport_error(err, timeout_s) from err
        finally:
            response.release_conn()
        announced = response_headers.get("content-length", "").strip()
        # A server that closes early leaves a short body; urllib3 checks only when asked to.
        if is_success and announced.isdigit() and len(data) < int(announced):
            raise FetchError(f"connection closed after {len(data)} of {announced} bytes",
                             reason="truncated_response", transient=True)
        return response.status, response.reason or "", response_headers, data

    @staticmethod
    def _decoded(data: bytes, headers: dict[str, str], max_bytes: int
                 ) -> tuple[bytes, dict[str, str]]:
        if headers.get("content-encoding", "").strip().lower() not in ("gzip", "x-gzip"):
            return data, headers
        data = gunzip_capped(data, max_bytes)
        # The headers now describe the bytes returned, which are no longer gzip.
        headers = {k: v for k, v in headers.items() if k not in ("content-encoding",
                                                                  "content-length")}
        return data, headers


_shared_client: FeedClient | None = None
_shared_client_lock = threading.Lock()


def shared_client() -> FeedClient:
    """A process-wide client with the default per-host limit, for callers without their own
    (ad-hoc reads, ``feeds check`` of one input, tests)."""
    global _shared_client
    with _shared_client_lock:
        if _shared_client is None:
            _shared_client = FeedClient()
        return _shared_client
