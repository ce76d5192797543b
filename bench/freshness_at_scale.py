"""Streaming freshness over many feeds, some stalled or failing: are healthy feeds held up?

    python bench/freshness_at_scale.py                      # 200 feeds, 60 new items, Prism
    python bench/freshness_at_scale.py --feeds 100 --items 40 --every 0.5

Starts feed servers on 127.0.0.1 only (``--hosts`` ports), serving N feeds like
bench/feeds_at_scale.py: 5% stall (accept, answer nothing, close after the fetch timeout plus
a second), 2% fail (503 or a connection reset), the rest are healthy RSS feeds with an ETag
(a matching If-None-Match gets a 304). Then, twice in one bench run, each into a fresh output:

* ``no_stalls``: `wirestream run --streaming --runner prism --stop-after ...` over the healthy
  and failing feeds only;
* ``with_stalls``: the same over every feed, stalled ones included.

In each run, once every healthy feed has been polled and its first item written (start-up,
reported apart), one new item appears on a healthy feed (round robin over a shuffled order)
every ``--every`` seconds, ``--items`` in all; the bench
reads the dataset back with DuckDB every ``--look`` seconds until each item's row is
queryable (or the run ends). Freshness = time the row was first seen - time the item appeared
on the server. Prints one JSON line per run and a comparison line; every loop is bounded (the
job stops by itself after --stop-after, the bench kills it if it outlives that by 60 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.server
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from email.utils import format_datetime
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.feeds_at_scale import (  # noqa: E402
    WORDS,
    LoopbackServers,
    add_fetch_options,
    answer_fault,
    feed_kind,
)
from pipeline.cli import PRISM_BINARY  # noqa: E402
from tests.fault_server import send_complete  # noqa: E402


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    feeds: dict[str, int]  # path -> feed number
    sites: Sites


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 15

    def do_GET(self) -> None:
        sites = self.server.sites
        n = self.server.feeds.get(self.path)
        kind = feed_kind(n) if n is not None else "missing"
        sites.log(n, kind)
        if answer_fault(self, kind, sites.stop, sites.stall_s):
            return
        if kind != "healthy":
            body = b"busy\n" if kind == "http_503" else b"no such feed\n"
            send_complete(self, 503 if kind == "http_503" else 404, body)
            return
        body, etag = sites.body(n)
        if self.headers.get("If-None-Match") == etag:
            send_complete(self, 304, b"", [("ETag", etag)])
            return
        send_complete(self, 200, body, [("ETag", etag), ("Content-Type", "application/rss+xml")])

    def log_message(self, format: str, *args: object) -> None:
        pass


def item_xml(n: int, k: int, published: dt.datetime) -> str:
    rng = random.Random(n * 1000 + k)
    text = " ".join(" ".join(rng.sample(WORDS, 10)).capitalize() + "." for _ in range(4))
    return (f"<item><guid isPermaLink=\"false\">f{n}-i{k}</guid>"
            f"<title>Feed {n} item {k}: {rng.choice(WORDS)} {rng.choice(WORDS)}</title>"
            f"<description>PORT {n} (Bench Wire) - {text}</description>"
            f"<pubDate>{format_datetime(published)}</pubDate></item>")


class Sites(LoopbackServers):
    """``hosts`` servers on 127.0.0.1 serving feeds 0..feeds-1 in blocks; healthy feeds start
    with one item and gain more through ``publish``."""

    def __init__(self, feeds: int, hosts: int, stall_s: float) -> None:
        self.stop = threading.Event()
        self.stall_s = stall_s
        self._lock = threading.Lock()
        self._items: dict[int, list[str]] = {}
        self.requests: dict[int, int] = {}  # feed -> requests answered (or stalled)
        self._servers = []
        self.urls: list[str] = []
        start = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
        for _ in range(hosts):
            server = _Server(("127.0.0.1", 0), _Handler)
            server.feeds, server.sites = {}, self
            self._servers.append(server)
        for n in range(feeds):
            server = self._servers[n * hosts // feeds]
            server.feeds[f"/feed-{n}.xml"] = n
            self.urls.append(f"http://127.0.0.1:{server.server_address[1]}/feed-{n}.xml")
            self._items[n] = [item_xml(n, 0, start)]

    def log(self, n: int | None, kind: str) -> None:
        if n is not None:
            with self._lock:
                self.requests[n] = self.requests.get(n, 0) + 1

    def body(self, n: int) -> tuple[bytes, str]:
        with self._lock:
            items = list(self._items[n])
        body = (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                f"<title>Bench feed {n}</title><language>en</language>"
                f"{''.join(reversed(items))}</channel></rss>").encode()
        return body, f'"{n}-{len(items)}"'

    def publish(self, n: int) -> str:
        """A new item on feed ``n``, from now on; its guid."""
        with self._lock:
            k = len(self._items[n])
            self._items[n].append(item_xml(n, k, dt.datetime.now(dt.UTC)))
        return f"f{n}-i{k}"


def visible_guids(output: Path) -> set[str]:
    files = sorted(str(p) for p in output.glob("articles/**/*.parquet"))
    if not files:
        return set()
    return {g for (g,) in duckdb.sql(f"SELECT guid FROM read_parquet({files!r})").fetchall()}


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 2)


def run_streaming(name: str, feeds: list[int], sites: Sites, args: argparse.Namespace,
                  work: Path) -> dict:
    out = work / name / "out"
    config = work / name / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(json.dumps({
        "inputs": [{"location": sites.urls[n], "format": "rss",
                    "source": f"site{urllib.parse.urlsplit(sites.urls[n]).port}"}
                   for n in feeds],
        "fetch": {"timeout_seconds": args.timeout, "max_concurrency": args.concurrency,
                  "max_per_host": args.per_host},
        "streaming": {"tick_seconds": args.tick, "poll_interval_seconds": args.poll,
                      "min_poll_interval_seconds": args.poll,
                      "max_poll_interval_seconds": args.poll,
                      "backoff_base_seconds": args.backoff, "backoff_max_seconds": 4 * args.backoff,
                      "window_seconds": args.window},
        "entities": {"enabled": False}}))
    healthy = [n for n in feeds if feed_kind(n) == "healthy"]
    before = {n: sites.requests.get(n, 0) for n in feeds}
    run_for = 2 * args.startup + args.items * args.every + args.tail
    started = time.monotonic()
    job = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run", "--config", str(config), "--output",
         str(out), "--streaming", "--runner", "prism", "--stop-after", f"{run_for:.0f}s",
         "--progress-interval", "0"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    published: dict[str, float] = {}
    seen: dict[str, float] = {}
    hard_stop = started + run_for + 60

    def look() -> None:
        now = time.monotonic()
        for guid in visible_guids(out) - seen.keys():
            seen[guid] = now

    try:
        # Up once every healthy feed has been polled (the first items are then on their way).
        while any(sites.requests.get(n, 0) == before[n] for n in healthy):
            if job.poll() is not None or time.monotonic() > started + args.startup:
                raise SystemExit(f"{name}: the job did not poll every feed in "
                                 f"{args.startup} s (exit {job.returncode})")
            time.sleep(0.2)
        first_poll_s = time.monotonic() - started
        # Steady state: publish once the first items' rows are written (start-up is reported,
        # not counted as freshness).
        initial = {f"f{n}-i0" for n in healthy}
        while not initial <= visible_guids(out):
            if job.poll() is not None or time.monotonic() > started + 2 * args.startup:
                raise SystemExit(f"{name}: the first items were not written in "
                                 f"{2 * args.startup} s (exit {job.returncode})")
            time.sleep(args.look)
        first_rows_s = time.monotonic() - started
        order = random.Random(7).sample(healthy, len(healthy))
        next_look = time.monotonic()
        for i in range(args.items):
            guid = sites.publish(order[i % len(order)])
            published[guid] = time.monotonic()
            until = published[guid] + args.every
            while time.monotonic() < until:
                if time.monotonic() >= next_look:
                    look()
                    next_look = time.monotonic() + args.look
                time.sleep(min(0.05, max(0.0, until - time.monotonic())))
        while published.keys() - seen.keys() and job.poll() is None:
            look()
            time.sleep(args.look)
        look()
    finally:
        if job.poll() is None:
            if published.keys() <= seen.keys():
                os.killpg(job.pid, signal.SIGTERM)  # all seen: no need to wait for --stop-after
            try:
                job.wait(timeout=max(1.0, hard_stop - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(job.pid, signal.SIGKILL)
                job.wait(timeout=30)
    delays = [seen[g] - published[g] for g in published if g in seen]
    requests = {kind: sum(sites.requests.get(n, 0) - before[n] for n in feeds
                          if feed_kind(n) == kind)
                for kind in ("healthy", "stall", "http_503", "reset")}
    return {
        "bench": "freshness_at_scale", "run": name, "runner": "PrismRunner",
        "feeds": len(feeds), "healthy": len(healthy),
        "stalled": sum(feed_kind(n) == "stall" for n in feeds),
        "failing": sum(feed_kind(n) in ("http_503", "reset") for n in feeds),
        "items": len(published), "visible": len(delays),
        "p50_s": percentile(delays, 0.5), "p95_s": percentile(delays, 0.95),
        "max_s": percentile(delays, 1.0),
        "mean_s": round(statistics.fmean(delays), 2) if delays else None,
        "in_order_s": [round(seen[g] - published[g], 1) for g in published if g in seen],
        "first_poll_after_s": round(first_poll_s, 1),
        "first_rows_after_s": round(first_rows_s, 1), "requests": requests,
        "exit": job.returncode,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    add_fetch_options(parser, hosts=10)
    parser.add_argument("--items", type=int, default=60, help="new items per run")
    parser.add_argument("--every", type=float, default=0.5, help="seconds between new items")
    parser.add_argument("--backoff", type=float, default=5.0,
                        help="streaming.backoff_base_seconds (max: 4x): stalls come back often")
    parser.add_argument("--tick", type=float, default=0.5, help="streaming.tick_seconds")
    parser.add_argument("--poll", type=float, default=1.0, help="poll interval, seconds")
    parser.add_argument("--window", type=float, default=2.0, help="streaming.window_seconds")
    parser.add_argument("--look", type=float, default=0.5, help="seconds between reads")
    parser.add_argument("--startup", type=float, default=45.0,
                        help="seconds allowed until every healthy feed has been polled (and "
                             "again until their first items are written)")
    parser.add_argument("--tail", type=float, default=30.0,
                        help="seconds the job runs on after the last item")
    args = parser.parse_args()
    if not PRISM_BINARY.is_file():
        print(json.dumps({"bench": "freshness_at_scale",
                          "skipped": f"no Prism binary at {PRISM_BINARY}: run `make prism`"}))
        return 0
    results = {}
    with tempfile.TemporaryDirectory() as tmp, \
            Sites(args.feeds, args.hosts, stall_s=args.timeout + 1.0) as sites:
        everything = list(range(args.feeds))
        for name, feeds in (("no_stalls", [n for n in everything if feed_kind(n) != "stall"]),
                            ("with_stalls", everything)):
            results[name] = run_streaming(name, feeds, sites, args, Path(tmp))
            print(json.dumps(results[name]), flush=True)
    base, stalls = results["no_stalls"], results["with_stalls"]
    settings = {"timeout_s": args.timeout, "tick_s": args.tick, "poll_interval_s": args.poll,
                "window_s": args.window, "backoff_base_s": args.backoff,
                "max_concurrency": args.concurrency, "max_per_host": args.per_host,
                "hosts": args.hosts}
    all_seen = all(r["visible"] == r["items"] for r in results.values())
    print(json.dumps({"bench": "freshness_at_scale", "summary": {
        "p50_s": {"no_stalls": base["p50_s"], "with_stalls": stalls["p50_s"]},
        "p95_s": {"no_stalls": base["p95_s"], "with_stalls": stalls["p95_s"]},
        "every_item_visible": all_seen, "settings": settings,
        "note": "item on the server -> row queryable with DuckDB, healthy feeds only"}}))
    return 0 if all_seen else 1


if __name__ == "__main__":
    sys.exit(main())
