"""The dataset's two partition layouts, and how to tell which one a file belongs to.

Layout v1 (files of schema versions 1 and 2)::

    articles/date=YYYY-MM-DD/source=<source>/part-....parquet   source only in the path
    entities/date=YYYY-MM-DD/source=<source>/part-....parquet

Layout v2 (schema version 3)::

    articles/date=YYYY-MM-DD/part-....parquet   source a string column inside the files
    entities/date=YYYY-MM-DD/part-....parquet

v1 made one file per source a run touched: at news rates (a few stories per source per day)
that is one file per story, millions a year over 1,000 sources (bench/partition_layout.py).
v2 makes one file per run per day, and compaction merges a closed day into files of up to
``TARGET_FILE_BYTES``. A source filter still skips most of the data: rows are sorted by
(source, published_at, article_id) and written in row groups of ``ROW_GROUP_ROWS``, so the
min/max statistics of ``source`` in each row group let DuckDB, Polars, pyarrow and Spark skip
the row groups of other sources without decompressing them.

``rejects`` keeps ``date=/stage=`` in both layouts (a stage is a handful of values, and rejects
are an event log read by stage). ``_state/signatures`` (near-duplicate signatures, not an
analytics table) had ``date=/source=`` too and is now written as ``date=`` alone: a run reads
the signatures of the days within its horizon, and one file a closed day is what keeps that
read the same size however many sources and runs wrote the day. Its older ``source=`` files
are read where they are and merged into their day by the next compaction; since no reader
takes anything from their path, they are not layout v1 and no run refuses them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pipeline.storage import StorageError, locate

# Tables whose partitions lost ``source=`` in v2.
SOURCE_COLUMN_TABLES = ("articles", "entities")
SIGNATURES_DIR = "_state/signatures"
# Tables compacted a day at a time: files below a ``date=`` directory merge into it.
DAY_PARTITIONED = (*SOURCE_COLUMN_TABLES, SIGNATURES_DIR)

# Rows per row group, per table. A per-source query reads only the row groups whose source
# range holds its source. Measured (bench/partition_layout.py, 1,000 sources, 6 stories each a
# day, 5 days, compacted): against one row group per file, 64-row groups made the articles 28%
# bigger, 256 rows 6%, 1,024 rows 1.5%; one source's query took 0.026-0.112 s at 256 rows,
# 0.059-0.070 s at 1,024 and 0.056-0.063 s with one group per file (three runs on a loaded
# machine: at 22 MB every choice reads in milliseconds, so time does not decide). What grows
# with the data is the share read: at 256 article rows (~0.2 MB of zstd wire text) a day of
# 1,000 sources is ~23 row groups of ~43 sources, so one source's query reads ~1/23 of each
# day it spans (a year: ~70 MB instead of 1.6 GB), for 6% more bytes. Entity rows are ~8 per
# story and ~60 times smaller: 2,048 rows cover as many stories.
ROW_GROUP_ROWS = {"articles": 256, "entities": 2048}
# Compaction writes a closed day as files of at most about this many bytes (estimated from
# the input files' sizes; merged files compress at least as well). 128 MiB is what Spark reads
# as one task (spark.sql.files.maxPartitionBytes) and ~600 row groups for DuckDB to scan in
# parallel, while a day of 1,000 sources at news rates (~5 MB of articles, measured) stays
# one file: 365 files a table a year instead of millions.
TARGET_FILE_BYTES = 128 * 2**20


# Written once a check found no v1 file (or compact migrated the last one): later runs read
# this instead of listing every file of the tables, which grows with history.
LAYOUT_MARKER = "_state/layout.json"


class OldLayout(StorageError):
    """The dataset (or part of it) is in layout v1; the message says to run ``compact``."""


def migrate_hint(output: str) -> str:
    return (f"run `wirestream compact --output {output}` to migrate it to layout v2 (date= "
            "partitions, source a column); compact is safe to interrupt and re-run")


def is_v1_path(relative_path: str) -> bool:
    """Whether a dataset file sits in a v1 ``date=/source=`` partition of articles/entities."""
    table, _, rest = relative_path.partition("/")
    return table in SOURCE_COLUMN_TABLES and any(
        part.startswith("source=") for part in rest.split("/")[:-1])


def v1_source(relative_path: str) -> str:
    """The source id a v1 file's directory names."""
    return next(part.removeprefix("source=") for part in relative_path.split("/")[:-1]
                if part.startswith("source="))


def compaction_partition(relative_path: str) -> str:
    """The directory a file is compacted into: for articles, entities and signatures its path
    up to the ``date=`` directory (v1 files and older signature files migrate into it),
    elsewhere the file's own directory."""
    directories = relative_path.split("/")[:-1]
    dated = next((i for i, part in enumerate(directories) if part.startswith("date=")), None)
    if dated is not None and "/".join(directories[:dated]) in DAY_PARTITIONED:
        return "/".join(directories[:dated + 1])
    return "/".join(directories)


def below_partition(relative_path: str) -> bool:
    """Whether a file sits deeper than its compaction partition (a layout v1 file, an older
    ``date=/source=`` signature file): compaction moves it up, whatever its date."""
    return relative_path.rpartition("/")[0] != compaction_partition(relative_path)


def v1_files(files: Iterable[str]) -> list[str]:
    return [f for f in files if is_v1_path(f)]


def refuse_v1(output: str, files: Iterable[str]) -> None:
    """Raise ``OldLayout`` when any of ``files`` is in layout v1: a run would add v2 files
    next to them, and a reprocess would replace only part of them."""
    old = v1_files(files)
    if old:
        raise OldLayout(f"output {output!r} holds {len(old)} file(s) in layout v1 "
                        f"(date=/source= partitions, e.g. {old[0]}): {migrate_hint(output)}")


def closed_before(now: dt.datetime, grace_days: int) -> dt.date:
    """The first date still open at ``now`` (run clock, UTC): partitions dated before it are
    closed. With ``grace_days`` 1, day D closes at the start of D+2, so stories of D published
    late in the evening, or updated the next morning, still land in an open partition; a story
    that comes later still lands (as a new file) and its partition is compacted again."""
    return now.astimezone(dt.UTC).date() - dt.timedelta(days=grace_days)


def known_v2(output: str) -> bool:
    """True when the layout marker says the dataset was found to be v2; else the tables are
    listed once and ``OldLayout`` raised for a v1 file (False: no v1 file, no marker yet)."""
    location = locate(output)
    if location.exists(LAYOUT_MARKER):
        return True
    refuse_v1(output, [f for table in SOURCE_COLUMN_TABLES for f in location.files(table)])
    return False


def remember_v2(output: str) -> list[str]:
    """Before a run writes: refuse a v1 dataset (``OldLayout``), else make sure the layout
    marker exists; the files written (relative paths)."""
    if known_v2(output):
        return []
    locate(output).write_json(LAYOUT_MARKER, {"layout": 2})
    return [LAYOUT_MARKER]
