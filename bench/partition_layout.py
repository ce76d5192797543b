"""Partition layouts at news volumes: how many files, how big, how fast a query over them.

    python bench/partition_layout.py                       # 14 days x 200 sources, hourly runs
    python bench/partition_layout.py --days 30 --sources 500 --rate 6

Simulates hourly scheduled (``--once``) runs, each writing the stories published in its hour
(Poisson, ``--rate`` stories per source per day, bodies of about 300 words drawn from a fixed
vocabulary, so zstd compresses them as it would wire text), in four layouts:

* ``day_source``: v1, ``date=/source=`` partitions, one file per partition a run touches;
* ``day``: ``date=`` partitions only, one file per run, rows sorted by source (the source a
  column, so row-group statistics let a reader skip other sources' rows);
* ``day_source_compacted`` and ``day_compacted``: the same after ``wirestream compact``-style
  merging of every day into one file per partition.

No NER and no pipeline: the files are written the way the sinks write them (zstd Parquet), so
the count and sizes are what a year of runs would leave; the whole pipeline's cost per run is
bench/throughput.py's subject. For each layout it prints one JSON line: files, mean file size,
total bytes, the files a year over ``--year-sources`` sources would make (from the same
rates), and DuckDB's median time (of 3) for three queries: one source over the whole range,
stories per day, one source on one day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
WORDS = [f"w{i}" for i in range(5000)]  # a wire vocabulary: repeated words compress like text
SCHEMA = pa.schema([("article_id", pa.string()), ("source", pa.string()),
                    ("title", pa.string()), ("body", pa.string()),
                    ("published_at", pa.timestamp("us", tz="UTC"))])


def simulate(sources: int, days: int, rate: float, seed: int) -> list[list[dict]]:
    """Per hourly run, the stories it reads: published in that hour, ``rate`` per source/day."""
    rng = np.random.default_rng(seed)
    runs = []
    for hour in range(days * 24):
        counts = rng.poisson(rate / 24, size=sources)
        rows = []
        for source, n in enumerate(counts):
            for k in range(n):
                words = rng.integers(0, len(WORDS), size=300)
                rows.append({
                    "article_id": f"{hour}-{source}-{k}", "source": f"src-{source:04d}",
                    "title": " ".join(WORDS[w] for w in words[:10]),
                    "body": " ".join(WORDS[w] for w in words),
                    "published_at": START + dt.timedelta(hours=hour,
                                                         minutes=int(rng.integers(60)))})
        runs.append(rows)
    return runs


def write(path: Path, rows: list[dict], schema: pa.Schema) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, compression="zstd")


def write_layout(root: Path, runs: list[list[dict]], by_source: bool, compacted: bool) -> None:
    """Each run's files (or, compacted, each day's rows merged into one file per partition)."""
    schema = SCHEMA.remove(SCHEMA.get_field_index("source")) if by_source else SCHEMA
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for hour, rows in enumerate(runs):
        for row in rows:
            day = row["published_at"].date().isoformat()
            key = (day, row["source"]) if by_source else (day,)
            groups[key if compacted else (*key, hour)].append(row)
    for key, rows in groups.items():
        parts = [f"date={key[0]}"] + ([f"source={key[1]}"] if by_source else [])
        name = "part-compacted.parquet" if compacted else f"part-run{key[-1]:05d}.parquet"
        rows = sorted(rows, key=lambda r: (r["source"], r["article_id"]))
        cleaned = [{k: v for k, v in r.items() if k != "source"} for r in rows] if by_source \
            else rows
        write(root.joinpath(*parts, name), cleaned, schema)


def query_seconds(root: Path, by_source: bool, day: str) -> dict[str, float]:
    source = "source = 'src-0007'"
    scan = (f"read_parquet('{root}/**/*.parquet', hive_partitioning = true, "
            "hive_types = {'date': DATE" + (", 'source': VARCHAR}" if by_source else "}") + ")")
    queries = {
        "one_source_all_days": f"SELECT count(*) FROM {scan} WHERE {source}",
        "stories_per_day": f"SELECT date, count(*) FROM {scan} GROUP BY date",
        "one_source_one_day": f"SELECT count(*) FROM {scan} WHERE {source} "
                              f"AND date = DATE '{day}'",
    }
    times = {}
    for name, sql in queries.items():
        samples = []
        for _ in range(3):
            con = duckdb.connect()  # no cache carried over from the last repeat
            t0 = time.perf_counter()
            con.execute(sql).fetchall()
            samples.append(time.perf_counter() - t0)
        times[name] = round(statistics.median(samples), 4)
    return times


def year_files(layout: str, year_sources: int, rate: float) -> int:
    """Files a year of hourly runs over ``year_sources`` sources makes, from the same rates."""
    touched_hourly = year_sources * (1 - math.exp(-rate / 24))  # partitions one run writes
    touched_daily = year_sources * (1 - math.exp(-rate))
    return round({"day_source": 8760 * touched_hourly, "day": 8760,
                  "day_source_compacted": 365 * touched_daily, "day_compacted": 365}[layout])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("--rate", type=float, default=6.0, help="stories per source per day")
    parser.add_argument("--year-sources", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    runs = simulate(args.sources, args.days, args.rate, args.seed)
    stories = sum(map(len, runs))
    middle_day = (START + dt.timedelta(days=args.days // 2)).date().isoformat()
    with tempfile.TemporaryDirectory(prefix="wirestream-layout-") as tmp:
        for layout in ("day_source", "day", "day_source_compacted", "day_compacted"):
            root = Path(tmp, layout)
            by_source = layout.startswith("day_source")
            t0 = time.perf_counter()
            write_layout(root, runs, by_source, layout.endswith("compacted"))
            write_s = time.perf_counter() - t0
            sizes = [p.stat().st_size for p in root.rglob("*.parquet")]
            print(json.dumps({
                "bench": "partition_layout", "layout": layout, "sources": args.sources,
                "days": args.days, "rate_per_source_day": args.rate, "stories": stories,
                "files": len(sizes), "mean_file_kb": round(sum(sizes) / len(sizes) / 1024, 1),
                "total_mb": round(sum(sizes) / 2**20, 2), "write_seconds": round(write_s, 2),
                f"files_per_year_{args.year_sources}_sources": year_files(
                    layout, args.year_sources, args.rate),
                "query_seconds": query_seconds(root, by_source, middle_day)}), flush=True)


if __name__ == "__main__":
    main()
