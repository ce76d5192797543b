"""Every table has a file that readers accept, from the first run on, even with no rows yet.

A table without files has no directory, and every reader fails on it: DuckDB ("No files found"),
Polars, pandas and pyarrow (``FileNotFoundError``), Spark (``PATH_NOT_FOUND``). So a table
with no data file gets one schema-only Parquet file, the *empty-table marker*::

    articles/date=1970-01-01/part-empty.parquet             (and entities: layout v2)
    rejects/date=1970-01-01/stage=_empty/part-empty.parquet

It sits at the same depth as real partitions, so a Hive reader sees the partition columns
(``date``, and ``stage`` for rejects) typed as usual and 0 rows; a file at the table root
instead breaks DuckDB with ``hive_types`` and, next to real partitions, DuckDB and Polars
("Hive partition mismatch"). The name starts with neither ``_`` nor ``.``, which Spark and
pyarrow skip as hidden files; ``_empty`` is no valid stage, so it never meets a real
partition, and no run or compaction names a data file ``part-empty``. Once the table has a
data file the marker is deleted; a reader listing the table in between sees both, which is
still 0 extra rows.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.fs as pafs

from pipeline import storage
from pipeline.sinks import ARTICLES_SCHEMA, ENTITIES_SCHEMA, REJECTS_SCHEMA
from transforms.records import SCHEMA_VERSION

# Table -> (its partition column below date=, if any, its schema).
TABLES: dict[str, tuple[str | None, pa.Schema]] = {
    "articles": (None, ARTICLES_SCHEMA),
    "entities": (None, ENTITIES_SCHEMA),
    "rejects": ("stage", REJECTS_SCHEMA),
}
MARKER_DATE = dt.date(1970, 1, 1)
MARKER_VALUE = "_empty"
MARKER_NAME = "part-empty.parquet"


def marker_path(table: str) -> str:
    """``<table>/date=1970-01-01/[<key>=_empty/]part-empty.parquet``, relative to the
    dataset."""
    key, _ = TABLES[table]
    below_date = f"{key}={MARKER_VALUE}/" if key else ""
    return f"{table}/date={MARKER_DATE.isoformat()}/{below_date}{MARKER_NAME}"


def marker_table(table: str) -> pa.Table:
    """No rows, the table's schema and the metadata every data file carries."""
    _, schema = TABLES[table]
    metadata = {b"wirestream.schema_version": SCHEMA_VERSION.encode(),
                b"wirestream.table": table.encode(), b"wirestream.empty_table": b"true"}
    return schema.with_metadata(metadata).empty_table()


def mark_empty_tables(output: str) -> list[str]:
    """Give each table without data files its marker, and take the marker away from tables
    that have data now; the markers written (relative paths)."""
    location = storage.locate(output)
    written = []
    for table in TABLES:
        marker = marker_path(table)
        marked, has_data = location.exists(marker), holds_data(location, table)
        if has_data and marked:
            location.delete(marker)
            directory = marker.rpartition("/")[0]
            while directory != table:  # the marker's directories, deepest first
                _remove_if_empty(location, directory)
                directory = directory.rpartition("/")[0]
        elif not has_data and not marked:
            location.write_parquet(marker, marker_table(table))
            written.append(marker)
    return written


def holds_data(location: storage.Location, table: str) -> bool:
    """Whether ``table`` has a data file. One listing of its date directories and a walk of
    the marker's date at most: never a walk of the whole table, which grows with history."""
    marker = marker_path(table)
    marker_date = marker.split("/")[1]
    dates = location.fs.get_file_info(pafs.FileSelector(location.path(table),
                                                        allow_not_found=True))
    return any(info.base_name != marker_date
               or any(f != marker for f in location.files(f"{table}/{marker_date}"))
               for info in dates if info.base_name.startswith("date="))


def _remove_if_empty(location: storage.Location, directory: str) -> None:
    # A story may really be dated 1970-01-01: that date's directory then stays.
    path = location.path(directory)
    if location.fs.get_file_info(path).type != pafs.FileType.Directory:
        return  # object stores have no directories to leave behind
    if not location.fs.get_file_info(pafs.FileSelector(path)):
        location.fs.delete_dir(path)
