"""Hostile and broken input: what happens to every story, and proof that none is lost.

    .venv/bin/python bench/robustness.py

Two pipeline runs, in-process through the CLI, with a fixed clock and no entity model:

- feedparser's own test suite (../shared/corpora/feedparser-tests, read at run time), every
  file one input; the HTTP cases are served from 127.0.0.1 with their recorded headers;
- a fault-injecting feed server on 127.0.0.1 (tests/fault_server.py): error statuses, stalls,
  drips, truncation, bad gzip, redirect loops, oversized bodies, wrong charsets, beside feeds
  that work.

Prints one table per kind of row, then one JSON line per row. "lost" is the run record's
stories in minus articles, versions, re-polls and rejects: it must be 0.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import SHARED, require  # noqa: E402

from pipeline.cli import main  # noqa: E402
from pipeline.tools.query import connect  # noqa: E402
from tests.fault_server import (  # noqa: E402
    RSS_TYPE,
    FeedServer,
    Responder,
    fault_routes,
    recorded_headers,
    rss_feed,
    static,
    working_routes,
)

CORPUS = SHARED / "corpora" / "feedparser-tests"
NOW = "2026-11-28T12:00:00Z"
TIMEOUT_S = 1
MAX_BYTES = 100_000


# Every route of the fault run; the working ones show that a bad neighbour changes nothing.
FAULTS: dict[str, Responder] = (fault_routes(MAX_BYTES) | working_routes()
                                | {"/empty": static(rss_feed(), [RSS_TYPE])})


def run(inputs: list[dict[str, str]], out: Path, *settings: str) -> dict:
    """One pipeline run over ``inputs`` (config entries) with ``key=value`` settings; returns
    its run record's counts."""
    config = out.parent / f"{out.name}.yaml"
    config.write_text(yaml.safe_dump({"inputs": inputs}))
    args = ["run", "--config", str(config), "--output", str(out), "--now", NOW,
            "--progress-interval", "0", "--set", "entities.enabled=false"]
    args += [arg for setting in settings for arg in ("--set", setting)]
    with contextlib.redirect_stdout(io.StringIO()):  # the run's summary; the table says it all
        code = main(args)
    if code != 0:
        sys.exit(f"wirestream run exited {code} for {out.name}")
    [record] = (out / "_runs").glob("*.json")
    return json.loads(record.read_text())["counts"]


def run_row(name: str, tried: int, counts: Mapping) -> dict:
    accounted = (counts["articles_new"] + counts["versions_new"] + counts["repolls_skipped"]
                 + counts["rejects"])
    return {
        "kind": "run", "run": name, "tried": tried, "stories_in": counts["stories_in"],
        "articles": counts["articles_new"], "versions": counts["versions_new"],
        "repolls": counts["repolls_skipped"], "rejects": counts["rejects"],
        "rejects_by_reason": counts["rejects_by_reason"], "empty_feeds": counts["empty_feeds"],
        "lost": counts["stories_in"] - accounted,
    }


def corpus_row(work: Path) -> dict:
    with open(CORPUS / "INDEX.csv", newline="", encoding="utf-8") as index:
        rows = list(csv.DictReader(index))
    http = {row["path"] for row in rows if row["http_case"] == "True"}
    routes = {f"/{row['path']}": static((CORPUS / row["path"]).read_bytes(),
                                        recorded_headers(row["http_headers"]).items())
              for row in rows if row["path"] in http}
    with FeedServer(routes) as server:
        # A source per file: file names repeat across the suite's folders.
        inputs = [{"location": server.url(f"/{row['path']}") if row["path"] in http
                   else str(CORPUS / row["path"]), "source": f"fp{number:04d}"}
                  for number, row in enumerate(rows)]
        counts = run(inputs, work / "corpus")
    return run_row(f"feedparser-tests ({len(http)} over HTTP)", len(rows), counts)


def fault_rows(work: Path) -> list[dict]:
    out = work / "faults"
    with FeedServer(FAULTS) as server:
        counts = run([{"location": server.url(path), "source": "faults"} for path in FAULTS], out,
                     f"fetch.timeout_seconds={TIMEOUT_S}", f"fetch.max_bytes={MAX_BYTES}")
        hits = dict(server.hits)
        urls = {server.url(path): path for path in FAULTS}
    db = connect(str(out))
    rejected = dict(db.execute("SELECT origin, reason FROM rejects").fetchall())
    written = db.execute("SELECT regexp_replace(origin, '#[0-9]+$', ''), count(*) "
                         "FROM articles GROUP BY ALL").fetchall()
    articles = dict(written)
    rows = [{"kind": "fault", "fault": path, "requests": hits.get(path, 0),
             "outcome": (f"reject: {rejected[url]}" if url in rejected
                         else f"articles: {articles[url]}" if url in articles
                         else "empty feed")}
            for url, path in urls.items()]
    return [*rows, run_row(f"faults ({len(FAULTS)} routes)", len(FAULTS), counts)]


def table(rows: list[dict], columns: list[str]) -> str:
    cells = [[str(row[c]) if not isinstance(row[c], dict)
              else ", ".join(f"{k} {v}" for k, v in row[c].items()) or "-" for c in columns]
             for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def main_bench() -> int:
    require(CORPUS / "INDEX.csv")
    with tempfile.TemporaryDirectory(prefix="wirestream-robustness-") as tmp:
        work = Path(tmp)
        rows = [corpus_row(work), *fault_rows(work)]
    runs = [r for r in rows if r["kind"] == "run"]
    print(table([r for r in rows if r["kind"] == "fault"], ["fault", "requests", "outcome"]))
    print()
    print(table(runs, ["run", "tried", "stories_in", "articles", "versions", "repolls",
                       "rejects", "empty_feeds", "lost", "rejects_by_reason"]))
    print()
    for row in rows:
        print(json.dumps(row, sort_keys=True, ensure_ascii=False))
    lost = sum(r["lost"] for r in runs)
    if lost:
        print(f"{lost} stories lost: the run records do not reconcile", file=sys.stderr)
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main_bench())
