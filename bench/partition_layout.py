"""Partition layouts at news volumes: a year of hourly ``--once`` runs, how many files, how big,
how fast DuckDB answers over them.

    python bench/partition_layout.py                        # 1,000 sources, 7 days, hourly
    python bench/partition_layout.py --days 365             # the whole year (hours to write)
    python bench/partition_layout.py --sources 200 --days 3 # a quick look

Simulates hourly scheduled runs, each writing the stories published in its hour (Poisson,
``--rate`` stories per source per day, 300-word bodies from a fixed vocabulary so zstd
compresses them as it does wire text; ``--mentions`` entity rows per story), no NLP. The rows
have the real articles and entities schemas and are written in four layouts:

* ``day_source``: layout v1, ``date=/source=`` partitions, one file per partition a run
  touches, never compacted;
* ``day_source_auto``: the same, and after every run each closed ``date=/source=`` partition
  (``compaction.closed_after_days``) merged into one file; unbounded, so v1 gets its best case
  (with the v2 bound of ``max_partitions_per_run`` it falls behind: it closes ~2 partitions
  per source per day);
* ``day``: layout v2 as the sinks write it (``date=`` partitions, source a column, rows sorted
  by source, ``ROW_GROUP_ROWS``), never compacted;
* ``day_auto``: layout v2 and, after every run, the real ``auto_compact`` with the default
  ``compaction.*`` settings, as a ``--once`` run does it.

The simulated span is a scaled-down year: each layout prints the files and bytes it made and
the files a year would make (closed days at the rate measured here, plus the open days'
files), then DuckDB's median time (of 3, fresh connection each) for ``count(*)`` and for one
source's stories over the whole span. A last block rewrites the v2 compacted files with other
row-group sizes and times the per-source query again (the row-group decision in
pipeline/layout.py). One JSON line per result.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.config import CompactionConfig
from pipeline.layout import ROW_GROUP_ROWS, closed_before
from pipeline.sinks import (
    ARTICLES_SCHEMA,
    ENTITIES_SCHEMA,
    arrow_table,
    article_identity,
    article_order,
    entity_identity,
    entity_order,
    file_name,
    partition_path,
)
from pipeline.storage import locate
from pipeline.tools.compact import auto_compact

START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
WORDS = [f"w{i}" for i in range(5000)]  # a wire vocabulary: repeated words compress like text
NAMES = [f"Name {i}" for i in range(20000)]
TABLES = {"articles": (ARTICLES_SCHEMA, article_identity, article_order),
          "entities": (ENTITIES_SCHEMA, entity_identity, entity_order)}
ONE_SOURCE = "src-0007"
ROW_GROUP_CHOICES = (64, 256, 1024, 16384)


def simulate_hour(rng: np.random.Generator, hour: int, sources: int, rate: float,
                  mentions: int) -> dict[str, list[dict]]:
    """The rows one hourly run writes: stories published in that hour, ``rate`` per source
    per day, each with ``mentions`` entity rows."""
    ingested = START + dt.timedelta(hours=hour + 1)
    articles, entities = [], []
    for source_index, n in enumerate(rng.poisson(rate / 24, size=sources)):
        source = f"src-{source_index:04d}"
        for k in range(n):
            words = rng.integers(0, len(WORDS), size=300)
            body = " ".join(WORDS[w] for w in words)
            article_id = f"{hour:05d}-{source_index:04d}-{k}"
            published = START + dt.timedelta(hours=hour, minutes=int(rng.integers(60)))
            articles.append({
                "article_id": article_id, "version": 1, "source": source,
                "origin": f"https://{source}.example/feed#{k}", "title": body[:80],
                "highlights": [], "body": body, "credits": [], "related_headlines": [],
                "noise": [], "published_at": published, "ingested_at": ingested,
                "language": "en", "content_hash": f"h{article_id}", "word_count": 300,
                "entities": []})
            for m, name in enumerate(rng.integers(0, len(NAMES), size=mentions)):
                entities.append({
                    "article_id": article_id, "version": 1, "source": source,
                    "entity_id": f"e{name}", "name": NAMES[name], "text": NAMES[name],
                    "label": "ORG", "label_group": "ORG", "start_char": 10 * m,
                    "end_char": 10 * m + 6, "in_title": False})
    return {"articles": articles, "entities": entities}


def write_run(root: Path, run: int, day: dt.date, rows: dict[str, list[dict]],
              v1: bool) -> None:
    """One run's files, as the sinks write them (v1: one per source, no source column)."""
    location = locate(str(root))
    for table, table_rows in rows.items():
        schema, identity, order = TABLES[table]
        groups: dict[str | None, list[dict]] = defaultdict(list)
        for row in table_rows:
            groups[row["source"] if v1 else None].append(row)
        for source, group in groups.items():
            group.sort(key=order)
            data = arrow_table(group, schema, table)
            if v1:
                path = partition_path(table, day, source=source)
                data = data.drop_columns(["source"])
            else:
                path = partition_path(table, day)
            name = file_name(f"run{run:05d}", map(identity, group))
            location.write_parquet(f"{path}/{name}", data, None if v1 else ROW_GROUP_ROWS[table])


def compact_v1_closed(root: Path, before: dt.date) -> None:
    """v1's compaction: every closed ``date=/source=`` directory with 2+ files, one file."""
    for table in TABLES:
        for directory in sorted((root / table).glob("date=*/source=*")):
            day = dt.date.fromisoformat(directory.parent.name.removeprefix("date="))
            files = sorted(directory.glob("*.parquet"))
            if day < before and len(files) > 1:
                merged = pa.concat_tables([pq.read_table(f) for f in files])
                pq.write_table(merged, directory / ".merging", compression="zstd")
                for f in files:
                    f.unlink()
                (directory / ".merging").rename(directory / "part-compacted.parquet")


def query_seconds(root: Path, v1: bool) -> dict[str, float]:
    scan = (f"read_parquet('{root}/articles/**/*.parquet', hive_partitioning = true, "
            "hive_types = {'date': DATE" + (", 'source': VARCHAR}" if v1 else "}") + ")")
    queries = {
        "count_star": f"SELECT count(*) FROM {scan}",
        "one_source": f"SELECT count(*), sum(length(body)) FROM {scan} "
                      f"WHERE source = '{ONE_SOURCE}'",
    }
    return {name: median_seconds(sql) for name, sql in queries.items()}


def median_seconds(sql: str) -> float:
    samples = []
    for _ in range(3):
        con = duckdb.connect()  # no cache carried over from the last repeat
        t0 = time.perf_counter()
        con.execute(sql).fetchall()
        samples.append(time.perf_counter() - t0)
    return round(statistics.median(samples), 4)


def table_stats(root: Path, table: str, days: int, open_from: dt.date) -> dict:
    """Files and bytes of one table, and the files a year of 365 days would hold."""
    files = list((root / table).rglob("*.parquet"))
    sizes = [f.stat().st_size for f in files]
    open_files = sum(1 for f in files if _day_of(f) >= open_from)
    closed_days = max(1, (open_from - START.date()).days)
    open_days = days - closed_days
    per_closed_day = (len(files) - open_files) / closed_days
    return {"files": len(files), "mean_file_kb": round(sum(sizes) / len(sizes) / 1024, 1),
            "total_mb": round(sum(sizes) / 2**20, 2),
            "files_per_year": round(per_closed_day * (365 - open_days) + open_files)}


def _day_of(path: Path) -> dt.date:
    segment = next(p for p in path.parts if p.startswith("date="))
    return dt.date.fromisoformat(segment.removeprefix("date="))


def row_group_block(root: Path) -> None:
    """The v2 compacted articles rewritten with other row-group sizes; the per-source query."""
    for rows in ROW_GROUP_CHOICES:
        for path in sorted((root / "articles").rglob("*.parquet")):
            table = pq.read_table(path)
            pq.write_table(table, path, compression="zstd", row_group_size=rows)
        sql = (f"SELECT count(*), sum(length(body)) FROM read_parquet('{root}/articles/**/"
               f"*.parquet', hive_partitioning = true, hive_types = {{'date': DATE}}) "
               f"WHERE source = '{ONE_SOURCE}'")
        sizes = [p.stat().st_size for p in (root / "articles").rglob("*.parquet")]
        print(json.dumps({"bench": "partition_layout_row_groups", "row_group_rows": rows,
                          "articles_mb": round(sum(sizes) / 2**20, 2),
                          "one_source_seconds": median_seconds(sql)}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--rate", type=float, default=6.0, help="stories per source per day")
    parser.add_argument("--mentions", type=int, default=8, help="entity rows per story")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--layouts", nargs="+",
                        default=["day_source", "day_source_auto", "day", "day_auto"])
    args = parser.parse_args()
    settings = CompactionConfig()
    end = START + dt.timedelta(days=args.days)
    open_from = closed_before(end, settings.closed_after_days)
    with tempfile.TemporaryDirectory(prefix="wirestream-layout-") as tmp:
        for layout in args.layouts:
            root = Path(tmp, layout)
            v1, auto = layout.startswith("day_source"), layout.endswith("_auto")
            rng = np.random.default_rng(args.seed)  # the same stories in every layout
            stories = 0
            write_s = compact_s = 0.0
            for hour in range(args.days * 24):
                rows = simulate_hour(rng, hour, args.sources, args.rate, args.mentions)
                stories += len(rows["articles"])
                t0 = time.perf_counter()
                # Published within the run's hour: one date per run.
                write_run(root, hour, (START + dt.timedelta(hours=hour)).date(), rows, v1)
                t1 = time.perf_counter()
                now = START + dt.timedelta(hours=hour + 1)
                if auto and v1:
                    compact_v1_closed(root, closed_before(now, settings.closed_after_days))
                elif auto:
                    auto_compact(str(root), now, settings)
                write_s += t1 - t0
                compact_s += time.perf_counter() - t1
            print(json.dumps({
                "bench": "partition_layout", "layout": layout, "sources": args.sources,
                "days": args.days, "rate_per_source_day": args.rate, "stories": stories,
                "scaled_down_year": args.days < 365,
                **{table: table_stats(root, table, args.days, open_from) for table in TABLES},
                "write_seconds": round(write_s, 1), "compact_seconds": round(compact_s, 1),
                "query_seconds": query_seconds(root, v1)}), flush=True)
            if layout == "day_auto":
                row_group_block(root)


if __name__ == "__main__":
    main()
