"""Does a run's cost follow its input or the dataset's history? A 20-story run, timed.

    python bench/history.py                          # histories of 0, 10k, 100k and 1M stories
    python bench/history.py --sizes 0 10000 --repeats 1

For each size a synthetic history is generated (no NLP: article rows and near-duplicate
signatures written straight as Parquet, as a scheduled job leaves them after its daily
compaction: one file a day of articles (layout v2) and one of signatures; 1,000 stories a day
over 10 sources) and its id index
is built by ``pipeline.history.rebuild_index``, the code ``wirestream reindex`` runs. Then
``wirestream run`` adds 20 new stories, published on the history's last day, in a fresh
process; wall time and peak RSS (``/usr/bin/time``) of that run, against the same run into an
empty dataset measured in the same invocation. Each repeat adds 20 other stories, so every run
does the same work. Prints one JSON line per size and a summary line with the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import storage  # noqa: E402
from pipeline.history import rebuild_index  # noqa: E402
from pipeline.layout import LAYOUT_MARKER, ROW_GROUP_ROWS  # noqa: E402
from pipeline.sinks import (  # noqa: E402
    ARTICLES_SCHEMA,
    SIGNATURES_DIR,
    SIGNATURES_SCHEMA,
    arrow_table,
    partition_path,
)
from transforms.identity import content_hash, digest  # noqa: E402

STORIES_PER_DAY = 1000
SOURCES = 10
LAST_DAY = dt.date(2026, 11, 27)
NOW = "2026-11-28T12:00:00Z"
NEW_STORIES = 20
WORDS = ("market shares rose after the central bank said inflation eased while exporters "
         "reported stronger orders and the government announced new spending on roads "
         "ports and rail lines across the northern provinces").split()


def history_rows(n: int, seed: int = 7) -> dict[tuple[dt.date, str], list[int]]:
    """Story numbers by (publication day, source): ``n`` stories back from ``LAST_DAY``."""
    days = max(1, -(-n // STORIES_PER_DAY))
    rng = np.random.default_rng(seed)
    sources = rng.integers(0, SOURCES, size=n)
    by_partition: dict[tuple[dt.date, str], list[int]] = {}
    for i in range(n):
        day = LAST_DAY - dt.timedelta(days=days - 1 - i // STORIES_PER_DAY)
        by_partition.setdefault((day, f"wire{sources[i]}"), []).append(i)
    return by_partition


def body(i: int) -> str:
    rng = np.random.default_rng(i)
    return " ".join(WORDS[k] for k in rng.integers(0, len(WORDS), size=60)) + f" story {i}."


def write_history(root: Path, n: int) -> float:
    """The dataset a scheduled job would have left after ``n`` stories; seconds taken."""
    started = time.perf_counter()
    rng = np.random.default_rng(11)
    days_articles: dict[dt.date, list[dict]] = {}
    days_signatures: dict[dt.date, list[dict]] = {}
    for (day, source), numbers in sorted(history_rows(n).items()):
        published = dt.datetime.combine(day, dt.time(12), dt.UTC)
        for i in numbers:
            text = body(i)
            article_id = digest("history", str(i))
            days_articles.setdefault(day, []).append({
                "article_id": article_id, "version": 1, "source": source,
                "origin": f"history#{i}",
                "feed_url": None, "url": f"https://example.com/{i}", "guid": None,
                "title": f"Story {i}", "headline_prefix": None, "highlights": [],
                "dateline": None, "agency": None, "body": text, "credits": [],
                "related_headlines": [], "noise": [], "published_at": published,
                "published_raw": None, "ingested_at": published, "language": "en",
                "content_hash": content_hash(text), "cluster_id": article_id,
                "duplicate_of": None, "word_count": 62, "entities": []})
            days_signatures.setdefault(day, []).append({
                "article_id": article_id, "version": 1,
                "minhash": rng.integers(0, 2**32, size=128, dtype=np.uint32).tobytes(),
                "shingle_set": np.sort(rng.integers(0, 2**63, size=58,
                                                    dtype=np.uint64)).tobytes(),
                "cluster_id": article_id, "published_at": published})
    for day, rows in days_articles.items():  # layout v2: a day's file, sorted by source
        directory = root / partition_path("articles", day)
        directory.mkdir(parents=True, exist_ok=True)
        rows.sort(key=lambda row: (row["source"], row["article_id"]))
        pq.write_table(arrow_table(rows, ARTICLES_SCHEMA, "articles"),
                       directory / "part-compacted-history.parquet", compression="zstd",
                       row_group_size=ROW_GROUP_ROWS["articles"])
    for day, rows in days_signatures.items():  # a day's file, as compaction leaves it
        directory = root / partition_path(SIGNATURES_DIR, day)
        directory.mkdir(parents=True, exist_ok=True)
        rows.sort(key=lambda row: row["article_id"])
        pq.write_table(pa.Table.from_pylist(rows, schema=SIGNATURES_SCHEMA),
                       directory / "part-compacted-history.parquet", compression="zstd")
    # As the runs that wrote it left it: checked to be layout v2 (else the first run checks).
    storage.locate(str(root)).write_json(LAYOUT_MARKER, {"layout": 2})
    return time.perf_counter() - started


def new_stories(path: Path, repeat: int) -> None:
    published = dt.datetime.combine(LAST_DAY, dt.time(15), dt.UTC).isoformat()
    with path.open("w", encoding="utf-8") as out:
        for k in range(NEW_STORIES):
            i = 10_000_000 + repeat * NEW_STORIES + k
            out.write(json.dumps({"title": f"Fresh story {i}", "body": body(i),
                                  "guid": f"new-{i}", "published": published}) + "\n")


class Timed(NamedTuple):
    wall_s: float
    cpu_s: float  # user + system: what the run itself costs, whatever else the machine runs
    peak_rss: int  # bytes


def timed_run(dataset: Path, stories: Path, ner: bool) -> Timed:
    """Wall time, CPU time and peak RSS of ``wirestream run`` adding ``stories`` to ``dataset``."""
    argv = ["/usr/bin/time", "-f", "%e %U %S %M", sys.executable, "-m", "pipeline.cli", "run",
            "--input", str(stories), "--format", "jsonl", "--source", "wire0",
            "--output", str(dataset), "--now", NOW]
    if not ner:
        argv += ["--set", "entities.enabled=false"]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"run failed: {done.stderr[-2000:]}")
    wall, user, system, kib = done.stderr.strip().splitlines()[-1].split()
    return Timed(float(wall), float(user) + float(system), int(kib) * 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ner", action="store_true", help="run entity extraction too")
    parser.add_argument("--keep", type=Path, help="keep generated histories here (reused)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wirestream-history-"))
    results = []
    try:
        for size in args.sizes:
            dataset = (args.keep or work) / f"history-{size}"
            generated = index_s = None
            if size and not (dataset / "_state" / "index" / "manifest.json").exists():
                generated = write_history(dataset, size)
                started = time.perf_counter()
                rebuild_index(str(dataset))
                index_s = time.perf_counter() - started
            history, empty = [], []
            for repeat in range(args.repeats):
                stories = work / f"new-{size}-{repeat}.jsonl"
                new_stories(stories, repeat)
                fresh = work / f"empty-{size}-{repeat}"
                empty.append(timed_run(fresh, stories, args.ner))
                shutil.rmtree(fresh)
                if size:
                    history.append(timed_run(dataset, stories, args.ner))
            runs = history if size else empty
            base_s, run_s = (statistics.median(t.wall_s for t in ts) for ts in (empty, runs))
            base_cpu, run_cpu = (statistics.median(t.cpu_s for t in ts) for ts in (empty, runs))
            base_rss, run_rss = (statistics.median(t.peak_rss for t in ts)
                                 for ts in (empty, runs))
            result = {
                "bench": "history", "history_stories": size, "new_stories": NEW_STORIES,
                "ner": args.ner, "repeats": args.repeats,
                "empty_dataset_s": round(base_s, 2), "with_history_s": round(run_s, 2),
                "time_ratio": round(run_s / base_s, 3),
                "empty_dataset_cpu_s": round(base_cpu, 2), "with_history_cpu_s": round(run_cpu, 2),
                "cpu_ratio": round(run_cpu / base_cpu, 3),
                "empty_dataset_peak_rss_mb": round(base_rss / 2**20),
                "with_history_peak_rss_mb": round(run_rss / 2**20),
                "memory_ratio": round(run_rss / base_rss, 3),
                "runs_s": [round(t.wall_s, 2) for t in history],
                "runs_cpu_s": [round(t.cpu_s, 2) for t in history],
                "generate_s": generated and round(generated, 1),
                "reindex_s": index_s and round(index_s, 1)}
            results.append(result)
            print(json.dumps(result), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"bench": "history_summary",
                      "time_ratio": {r["history_stories"]: r["time_ratio"] for r in results},
                      "cpu_ratio": {r["history_stories"]: r["cpu_ratio"] for r in results},
                      "memory_ratio": {r["history_stories"]: r["memory_ratio"]
                                       for r in results},
                      "bar": "<= 1.2 each"}))


if __name__ == "__main__":
    main()
