"""One scheduled poll cycle over many feeds, some stalled or failing: how long does it take?

    python bench/feeds_at_scale.py                      # 100 and 1,000 feeds, 1 and 2 workers
    python bench/feeds_at_scale.py --feeds 5000 --hosts 125     # 40 feeds per host, as 1,000/25

Starts feed servers on 127.0.0.1 only (``--hosts`` ports, one "site" each; feeds are spread
over them in blocks), serving N generated RSS feeds of 3 items each. 5% of the feeds stall
(accept the request, answer nothing, close after the fetch timeout plus a second), 2% fail (half
answer 503, half reset the connection); the rest are healthy. For each size and worker count it
runs `wirestream run --once` twice in a subprocess, each into a fresh output:

* the reference: the same config listing only the healthy feeds, which is "the time to fetch
  and parse the healthy feeds with the configured concurrency" (Beam start-up included);
* the cycle: every feed, healthy, stalled and failing.

The issue's bound is cycle <= 1.5 x (fetch.timeout_seconds + reference). The cycle's output is
read back with DuckDB: every healthy feed's 3 items must be there, and every other feed must be
one reject. Prints one JSON line per (feeds, workers) and a summary line. NER is off (the bench
measures polling; NER's cost per story is bench/throughput.py's subject).
"""

from __future__ import annotations

import argparse
import http.server
import json
import random
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fault_server import send_complete  # noqa: E402

STALLED_PER_100 = 5
FAILING_PER_100 = 2  # one 503, one connection reset
WORDS = ("harbour ferry pier council tender budget winter storm engineer crane cargo tide "
         "vessel hull mayor tunnel bridge school grant museum library festival stadium runway "
         "fuel tariff rent housing river turbine grid cable station platform timetable quay "
         "berth dredging shipyard license nurse hospital concert rink plough airport price dam "
         "fibre road catch season vote contract passenger pillar crack fishing").split()


def feed_kind(n: int) -> str:
    """healthy | stall | http_503 | reset. 37 is prime to 100, so the faulty feeds spread over
    the blocks of feeds each host serves instead of piling onto one host."""
    slot = (n * 37) % 100
    if slot < STALLED_PER_100:
        return "stall"
    if slot < STALLED_PER_100 + FAILING_PER_100:
        return "http_503" if slot % 2 else "reset"
    return "healthy"


def feed_body(n: int) -> bytes:
    """Three items of generated text, distinct from every other feed's."""
    rng = random.Random(n)
    items = []
    for k in range(3):
        words = " ".join(rng.sample(WORDS, 12))
        body = (f"PORT {n} (Bench Wire) - {words.capitalize()}. "
                + " ".join(" ".join(rng.sample(WORDS, 10)).capitalize() + "." for _ in range(4)))
        items.append(f"<item><guid isPermaLink=\"false\">f{n}-i{k}</guid>"
                     f"<title>Feed {n} item {k}: {rng.choice(WORDS)} {rng.choice(WORDS)}</title>"
                     f"<description>{body}</description>"
                     f"<pubDate>Fri, 27 Nov 2026 0{k}:00:00 GMT</pubDate></item>")
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
            f"<title>Bench feed {n}</title><language>en</language>{''.join(items)}"
            "</channel></rss>").encode()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    feeds: dict[str, int]  # path -> feed number
    stall_s: float
    stop: threading.Event


def answer_fault(handler: http.server.BaseHTTPRequestHandler, kind: str,
                 stop: threading.Event, stall_s: float) -> bool:
    """Answer a stalling or resetting feed's request (True), or leave it to the caller."""
    if kind == "stall":
        stop.wait(stall_s)  # bounded: the client gave up already
    elif kind == "reset":
        # SO_LINGER 0: close() sends a TCP reset instead of a clean end.
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                      struct.pack("ii", 1, 0))
    else:
        return False
    handler.close_connection = True
    return True


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, so the client can reuse connections
    timeout = 15  # an idle kept-alive connection ends by itself

    def do_GET(self) -> None:
        n = self.server.feeds.get(self.path)
        kind = feed_kind(n) if n is not None else "missing"
        if answer_fault(self, kind, self.server.stop, self.server.stall_s):
            return
        status, body = {"healthy": (200, None), "http_503": (503, b"busy\n"),
                        "missing": (404, b"no such feed\n")}[kind]
        body = feed_body(n) if body is None else body
        send_complete(self, status, body, [
            ("Content-Type", "application/rss+xml" if status == 200 else "text/plain")])

    def log_message(self, format: str, *args: object) -> None:
        pass


class LoopbackServers:
    """HTTP servers on 127.0.0.1 (``_servers``), served on daemon threads inside a with-block
    and shut down at its end, with ``stop`` set first so stalled answers end too."""

    stop: threading.Event
    _servers: list[http.server.ThreadingHTTPServer]

    def __enter__(self):
        self._threads = [threading.Thread(target=s.serve_forever, daemon=True)
                         for s in self._servers]
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)


class FeedSites(LoopbackServers):
    """``hosts`` servers on 127.0.0.1 (one port each) serving feeds 0..feeds-1 in blocks."""

    def __init__(self, feeds: int, hosts: int, stall_s: float) -> None:
        self.stop = threading.Event()
        self._servers = []
        self.urls: list[str] = []
        for _ in range(hosts):
            server = _Server(("127.0.0.1", 0), _Handler)
            server.feeds, server.stall_s, server.stop = {}, stall_s, self.stop
            self._servers.append(server)
        for n in range(feeds):
            server = self._servers[n * hosts // feeds]
            server.feeds[f"/feed-{n}.xml"] = n
            self.urls.append(f"http://127.0.0.1:{server.server_address[1]}/feed-{n}.xml")


def run_once(urls: list[str], work: Path, name: str, args: argparse.Namespace,
             workers: int) -> tuple[float, Path]:
    """One `wirestream run --once` over ``urls`` into a fresh output; its wall seconds."""
    out = work / name / "out"
    config = work / name / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(json.dumps({
        "inputs": [{"location": url, "format": "rss",
                    "source": f"site{urllib.parse.urlsplit(url).port}"} for url in urls],
        "run": {"workers": workers},
        "fetch": {"timeout_seconds": args.timeout, "max_concurrency": args.concurrency,
                  "max_per_host": args.per_host},
        "entities": {"enabled": False}}))
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "--config", str(config), "--output",
         str(out), "--once", "--progress-interval", "0"],
        cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=args.run_limit)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"{name}: wirestream exited {done.returncode}\n{done.stderr[-3000:]}")
    return seconds, out


def written(out: Path) -> tuple[dict[str, int], dict[str, int], dict]:
    """Items per feed URL, rejects per reason, and the run record's poll cycle."""
    files = sorted(str(p) for p in out.glob("articles/**/*.parquet"))
    per_feed = dict(duckdb.sql(f"SELECT feed_url, count(*) FROM read_parquet({files!r}) "
                               "GROUP BY ALL").fetchall()) if files else {}
    reject_files = sorted(str(p) for p in out.glob("rejects/**/*.parquet"))
    rejects = dict(duckdb.sql(f"SELECT reason, count(*) FROM read_parquet({reject_files!r}) "
                              "GROUP BY ALL ORDER BY 1").fetchall()) if reject_files else {}
    [record] = [json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")]
    return per_feed, rejects, record["poll_cycle"]


def measure(feeds: int, workers: int, args: argparse.Namespace, work: Path) -> dict:
    with FeedSites(feeds, args.hosts, stall_s=args.timeout + 1.0) as sites:
        healthy = [u for n, u in enumerate(sites.urls) if feed_kind(n) == "healthy"]
        reference_s, _ = run_once(healthy, work, f"ref-{feeds}-{workers}", args, workers)
        cycle_s, out = run_once(sites.urls, work, f"all-{feeds}-{workers}", args, workers)
    per_feed, rejects, cycle = written(out)
    bound_s = 1.5 * (args.timeout + reference_s)
    all_healthy_written = per_feed == {u: 3 for u in healthy}
    return {
        "bench": "feeds_at_scale", "feeds": feeds, "workers": workers,
        "healthy": len(healthy), "stalled": sum(feed_kind(n) == "stall" for n in range(feeds)),
        "failing": feeds - len(healthy) - sum(feed_kind(n) == "stall" for n in range(feeds)),
        "hosts": args.hosts, "timeout_seconds": args.timeout,
        "max_concurrency": args.concurrency, "max_per_host": args.per_host,
        "cycle_seconds": round(cycle_s, 2), "healthy_only_seconds": round(reference_s, 2),
        "bound_seconds": round(bound_s, 2), "within_bound": cycle_s <= bound_s,
        "every_healthy_feed_written": all_healthy_written,
        "articles": sum(per_feed.values()), "rejects_by_reason": rejects, "poll_cycle": cycle,
    }


def add_fetch_options(parser: argparse.ArgumentParser, *, hosts: int) -> None:
    """The options both feed benches share: how many loopback servers, and the fetch settings
    (``fetch.*`` in the config) the runs use."""
    parser.add_argument("--hosts", type=int, default=hosts, help="servers (ports) on 127.0.0.1")
    parser.add_argument("--timeout", type=float, default=5.0, help="fetch.timeout_seconds")
    parser.add_argument("--concurrency", type=int, default=64, help="fetch.max_concurrency")
    parser.add_argument("--per-host", type=int, default=4, help="fetch.max_per_host")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    add_fetch_options(parser, hosts=25)
    parser.add_argument("--run-limit", type=float, default=900.0,
                        help="seconds after which one wirestream run counts as hung")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for feeds in args.feeds:
            for workers in args.workers:
                result = measure(feeds, workers, args, Path(tmp))
                print(json.dumps(result), flush=True)
                results.append(result)
    print(json.dumps({"bench": "feeds_at_scale", "summary": {
        f"{r['feeds']} feeds, {r['workers']} worker(s)": {
            "cycle_seconds": r["cycle_seconds"], "bound_seconds": r["bound_seconds"],
            "within_bound": r["within_bound"],
            "every_healthy_feed_written": r["every_healthy_feed_written"]}
        for r in results}}))
    ok = all(r["within_bound"] and r["every_healthy_feed_written"] for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
