"""Partition layouts at news volume: how many files a year of hourly runs makes, and what a
DuckDB query over them costs (issue 22). No NLP: article rows are generated.

    python bench/layout_at_scale.py                          # 1,000 sources, 7 days
    python bench/layout_at_scale.py --sources 200 --days 3   # a quick look

Each simulated hour is one scheduled ``--once`` run: every source publishes a Poisson number
of stories (``--stories-per-source-day`` on average; 24 by default, a busy regional or wire
feed), and the run writes them as the layout says. The last simulated day is still open
(its hourly files as written); the earlier days are closed, and the compacted layouts hold
one file per partition for them, as automatic compaction of closed partitions would leave
them. Layouts:

* ``day_source``: ``date=/source=`` partitions, one file per partition per run (v1 today);
* ``day_source_compacted``: the same, closed days compacted to one file per partition;
* ``day_sorted``: ``date=`` partitions only, one file per run with rows sorted by source
  (row groups of ``--row-group-rows``, so a filter on source skips groups by their min/max);
* ``day_sorted_compacted``: the same, closed days compacted to one file per day.

Prints one JSON line per layout: files, bytes, mean file size, write seconds, three DuckDB
queries (best of ``--repeat``: all rows, one source over the whole period, one day by source)
and the file count extrapolated to a year of hourly runs over the same sources.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # a standalone script: the project packages sit beside it

from pipeline.sinks import partition_path  # noqa: E402

HOURS_PER_DAY = 24
DAYS_PER_YEAR = 365
START = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
# Words for generated bodies, so that Parquet's compression sees text rather than noise.
VOCABULARY = ("the port said on tuesday that shipping volumes rose by percent in the year to "
              "march while freight rates fell as new berths opened and the board approved a "
              "plan for rail links to inland depots officials added talks would resume").split()

ROWS_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("version", pa.int32()), ("source", pa.string()),
    ("title", pa.string()), ("body", pa.string()),
    ("published_at", pa.timestamp("us", tz="UTC")), ("word_count", pa.int32()),
])


def source_id(i: int) -> str:
    return f"src-{i:04d}"


def hourly_batches(sources: int, days: int, per_day: float,
                   seed: int) -> Iterator[tuple[dt.datetime, pa.Table]]:
    """One table of new article rows per simulated hour (a run), rows in source order."""
    rng = np.random.default_rng(seed)
    words = np.array(VOCABULARY)
    for hour in range(days * HOURS_PER_DAY):
        at = START + dt.timedelta(hours=hour)
        counts = rng.poisson(per_day / HOURS_PER_DAY, size=sources)
        n = int(counts.sum())
        owners = np.repeat(np.arange(sources), counts)
        lengths = rng.integers(150, 450, size=n)
        bodies = [" ".join(rng.choice(words, size=k)) for k in lengths]
        ids = [hashlib.sha1(f"{hour}/{i}".encode()).hexdigest()[:32] for i in range(n)]
        yield at, pa.table({
            "article_id": ids, "version": np.ones(n, dtype=np.int32),
            "source": [source_id(o) for o in owners],
            "title": [b[:60] for b in bodies], "body": bodies,
            "published_at": pa.array([at] * n, pa.timestamp("us", tz="UTC")),
            "word_count": lengths.astype(np.int32),
        }, schema=ROWS_SCHEMA)


def write(root: Path, relative: str, table: pa.Table, row_group_rows: int) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, row_group_size=row_group_rows, compression="zstd")


def by_source(table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
    sources = table.column("source").to_pylist()
    start = 0
    for i in range(1, len(sources) + 1):  # rows come in source order
        if i == len(sources) or sources[i] != sources[start]:
            yield sources[start], table.slice(start, i - start)
            start = i


def article_rows(table: pa.Table) -> pa.Table:
    """The rows as the dataset stores them: the partition columns come from the path."""
    return table.drop_columns(["source"])


class Layout:
    """Writes each run's rows as one layout does, then compacts closed days if it compacts."""

    def __init__(self, name: str, by_source_partition: bool, compacted: bool,
                 row_group_rows: int) -> None:
        self.name, self.by_source, self.compacted = name, by_source_partition, compacted
        self.row_group_rows = row_group_rows

    def write_run(self, root: Path, at: dt.datetime, rows: pa.Table) -> None:
        run = at.strftime("run%Y%m%dT%H%M%SZ")
        if self.by_source:
            for source, part in by_source(rows):
                write(root, f"{partition_path('articles', at.date(), source=source)}/"
                      f"part-{run}.parquet", article_rows(part), self.row_group_rows)
        else:
            write(root, f"{partition_path('articles', at.date())}/part-{run}.parquet",
                  rows, self.row_group_rows)

    def close_day(self, root: Path, day: dt.date) -> None:
        """Automatic compaction of a closed day: every partition's files become one file."""
        if not self.compacted:
            return
        day_dir = root / partition_path("articles", day)
        partitions = sorted({p.parent for p in day_dir.rglob("*.parquet")})
        for partition in partitions:
            files = sorted(partition.glob("*.parquet"))
            table = pa.concat_tables(pq.read_table(f, partitioning=None) for f in files)
            if "source" in table.column_names:
                table = table.sort_by("source")
            for f in files:
                f.unlink()
            write(partition.parent.parent, str(partition.relative_to(partition.parent.parent))
                  + "/part-compacted.parquet", table, self.row_group_rows)

    def files_per_year(self, sources: int, per_day: float) -> int:
        """Files a year of hourly runs leaves, in the steady state (the open day uncompacted)."""
        busy_share = 1 - math.exp(-per_day / HOURS_PER_DAY)  # a source with >= 1 story in an hour
        runs = DAYS_PER_YEAR * HOURS_PER_DAY
        per_run = sources * busy_share if self.by_source else 1
        if not self.compacted:
            return round(runs * per_run)
        per_closed_day = sources * (1 - math.exp(-per_day)) if self.by_source else 1
        return round((DAYS_PER_YEAR - 1) * per_closed_day + HOURS_PER_DAY * per_run)


def timed(query: Callable[[], object], repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        query()
        best = min(best, time.perf_counter() - t0)
    return round(best, 4)


def measure(layout: Layout, args: argparse.Namespace, work: Path) -> dict[str, object]:
    root = work / layout.name
    t0 = time.perf_counter()
    rows = 0
    last_day = None
    for at, table in hourly_batches(args.sources, args.days, args.stories_per_source_day,
                                    args.seed):
        if last_day is not None and at.date() != last_day:
            layout.close_day(root, last_day)
        layout.write_run(root, at, table)
        rows += table.num_rows
        last_day = at.date()
    write_s = time.perf_counter() - t0
    files = list(root.rglob("*.parquet"))
    size = sum(f.stat().st_size for f in files)
    glob = f"{root}/articles/**/*.parquet"
    scan = f"read_parquet('{glob}', hive_partitioning=true)"
    con = duckdb.connect()
    one_source = source_id(args.sources // 2)
    first_day = START.date().isoformat()
    [(counted,)] = con.sql(f"select count(*) from {scan}").fetchall()
    assert counted == rows, (layout.name, counted, rows)
    return {
        "bench": "layout_at_scale", "layout": layout.name, "sources": args.sources,
        "days": args.days, "stories_per_source_day": args.stories_per_source_day,
        "rows": rows, "files": len(files), "bytes": size,
        "mean_file_kb": round(size / len(files) / 1024, 1),
        "write_seconds": round(write_s, 2),
        "query_seconds": {
            "count_all": timed(lambda: con.sql(f"select count(*) from {scan}").fetchall(),
                               args.repeat),
            "one_source_all_days": timed(lambda: con.sql(
                f"select count(*), sum(word_count) from {scan} "
                f"where source = '{one_source}'").fetchall(), args.repeat),
            "one_day_by_source": timed(lambda: con.sql(
                f"select source, count(*) from {scan} where date = '{first_day}' "
                "group by source").fetchall(), args.repeat),
        },
        "files_per_year": layout.files_per_year(args.sources, args.stories_per_source_day),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--stories-per-source-day", type=float, default=24.0)
    parser.add_argument("--row-group-rows", type=int, default=16_384)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--layouts", default="day_source,day_source_compacted,day_sorted,"
                        "day_sorted_compacted")
    args = parser.parse_args()
    layouts = {
        "day_source": Layout("day_source", True, False, args.row_group_rows),
        "day_source_compacted": Layout("day_source_compacted", True, True, args.row_group_rows),
        "day_sorted": Layout("day_sorted", False, False, args.row_group_rows),
        "day_sorted_compacted": Layout("day_sorted_compacted", False, True, args.row_group_rows),
    }
    work = Path(tempfile.mkdtemp(prefix="layout_at_scale_"))
    try:
        for name in args.layouts.split(","):
            print(json.dumps(measure(layouts[name], args, work)), flush=True)
            shutil.rmtree(work / name, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
