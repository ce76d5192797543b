"""Freshness of streaming output: seconds from an item appearing on a feed to its row in Parquet.

    python bench/freshness.py                  # Prism, 8 items, 1 s ticks, 2 s windows
    python bench/freshness.py --items 12 --window 5

Starts a feed server on 127.0.0.1, runs `wirestream run --streaming --runner prism` against it
in a subprocess, publishes one item every ``--every`` seconds once the first poll has been
answered, and watches the dataset with DuckDB until each item's row is queryable. Prints one
JSON line: the median and the spread, with the settings that bound them (poll interval, tick,
window: a row becomes visible when its window closes). Needs the Prism binary (`make prism`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.cli import PRISM_BINARY  # noqa: E402
from tests.changing_feeds import FeedServer, LiveFeed  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BODY = ("HARSTAD (Harbor Wire) - Item {n}: the port authority said ferry traffic on route {n} "
        "would resume after repairs, ending a week of delays for commuters and freight.")
WAIT_LIMIT_S = 60.0  # per item: a row not visible by then counts as lost, and the run fails


def visible_guids(output: Path) -> set[str]:
    files = sorted(str(p) for p in output.glob("articles/**/*.parquet"))
    if not files:
        return set()
    rows = duckdb.sql(f"SELECT guid FROM read_parquet({files!r})").fetchall()
    return {guid for (guid,) in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=8)
    parser.add_argument("--every", type=float, default=3.0, help="seconds between items")
    parser.add_argument("--tick", type=float, default=0.5)
    parser.add_argument("--poll", type=float, default=1.0, help="poll interval bounds, seconds")
    parser.add_argument("--window", type=float, default=2.0)
    args = parser.parse_args()
    if not PRISM_BINARY.is_file():
        print(json.dumps({"bench": "freshness", "skipped": f"no Prism binary at {PRISM_BINARY}: "
                          "run `make prism`"}))
        return 0
    feed = LiveFeed("Freshness")
    published: dict[str, float] = {}
    seen: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp, FeedServer({"/feed.xml": feed}) as server:
        output = Path(tmp) / "out"
        config = Path(tmp) / "config.yaml"
        config.write_text(json.dumps({
            "inputs": [{"location": server.url("/feed.xml"), "format": "rss", "source": "bench"}],
            "entities": {"enabled": False},
            "streaming": {"tick_seconds": args.tick, "poll_interval_seconds": args.poll,
                          "min_poll_interval_seconds": args.poll,
                          "max_poll_interval_seconds": args.poll,
                          "window_seconds": args.window}}))
        run_for = 15 + args.items * args.every + 2 * args.window
        job = subprocess.Popen(
            [str(ROOT / ".venv/bin/wirestream"), "run", "--config", str(config), "--output",
             str(output), "--streaming", "--runner", "prism", "--stop-after", f"{run_for}s",
             "--progress-interval", "0"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not server.statuses("/feed.xml"):  # the job is up once it has polled
                if job.poll() is not None:
                    raise SystemExit(f"the streaming job exited early ({job.returncode})")
                time.sleep(0.1)
            for n in range(args.items):
                guid = f"item-{n}"
                feed.publish(guid, f"Route {n} reopens", BODY.format(n=n),
                             dt.datetime.now(dt.UTC))
                published[guid] = time.monotonic()
                deadline = published[guid] + args.every
                while time.monotonic() < deadline or guid not in seen:
                    now = time.monotonic()
                    for new in visible_guids(output) - seen.keys():
                        seen[new] = now
                    if now - published[guid] > WAIT_LIMIT_S:
                        break
                    time.sleep(0.1)
        finally:
            job.terminate()
            job.wait(timeout=30)
    delays = sorted(seen[g] - published[g] for g in published if g in seen)
    print(json.dumps({
        "bench": "freshness", "runner": "PrismRunner", "items": args.items,
        "visible": len(delays), "median_s": round(statistics.median(delays), 2),
        "min_s": round(delays[0], 2), "max_s": round(delays[-1], 2),
        "poll_interval_s": args.poll, "tick_s": args.tick, "window_s": args.window,
        "note": "item on the feed server -> row queryable with DuckDB; at most about "
                "poll interval + window + watermark delay"}))
    return 0 if len(delays) == args.items else 1


if __name__ == "__main__":
    sys.exit(main())
