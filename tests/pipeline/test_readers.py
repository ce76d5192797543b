"""DuckDB, Polars and pandas read the output with typed columns and prune on date and source.

Pruning is proven by corrupting everything outside the filter: the files of other dates, and,
inside the kept date's file, the data of every row group of other sources (layout v2: source
is a column, rows sorted by it, and each row group's statistics say which sources it holds).
The filtered read still works, so that data was never read; the unfiltered read fails, so the
corruption is real.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline import sinks
from tests.conftest import FIXED_NOW, ROOT, run_cli

PARTITIONING = ds.partitioning(pa.schema([("date", pa.date32())]), flavor="hive")
# DuckDB and Polars read the first file's footer to learn the schema whatever the filter, so
# the first date's file stays readable; the files of the other dates are corrupted.
FIRST_DATE = dt.date(2026, 11, 20)
# The kept source and date: 2026-11-28 has 5 stories of 3 sources.
KEPT = ("harbor-wire-web", dt.date(2026, 11, 28))


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    out = tmp_path_factory.mktemp("readers")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        # One row per row group, so that one day's file has row groups of several sources.
        mp.setitem(sinks.ROW_GROUP_ROWS, "articles", 1)
        assert run_cli("run", "--config", "configs/local.yaml", "--output", out, "--now",
                       FIXED_NOW, "--set", "entities.enabled=false",
                       "--progress-interval", "0") == 0
    return out / "articles"


def duckdb_read(root, where: str = "true") -> list[tuple]:
    return duckdb.sql(f"""
        SELECT date, source, count(*) FROM read_parquet('{root}/**/*.parquet',
            hive_partitioning = true, hive_types = {{'date': DATE}})
        WHERE {where} GROUP BY ALL ORDER BY ALL""").fetchall()


def polars_read(root, *filters: pl.Expr) -> pl.DataFrame:
    return (pl.scan_parquet(f"{root}/**/*.parquet", hive_partitioning=True,
                            hive_schema={"date": pl.Date})
            .filter(*filters or [pl.lit(True)]).select("date", "source", "title").collect())


def pandas_read(root, filters=None) -> pd.DataFrame:
    return pd.read_parquet(root, partitioning=PARTITIONING, dtype_backend="pyarrow",
                           filters=filters)


def test_partition_columns_are_typed(articles):
    rows = duckdb_read(articles)
    assert rows[0] == (dt.date(2026, 11, 20), "harbor-wire", 1)
    assert sum(n for *_, n in rows) == 16
    frame = polars_read(articles)
    assert frame.schema["date"] == pl.Date and frame.schema["source"] == pl.String
    assert frame.height == 16
    df = pandas_read(articles)
    assert str(df["date"].dtype) == "date32[day][pyarrow]"
    assert str(df["source"].dtype) == "string[pyarrow]"
    assert df["date"].iloc[0] == dt.date(2026, 11, 20)


def corrupt_other_sources(path, source: str) -> int:
    """Overwrite the data of every row group whose ``source`` statistics are not ``source``
    (the footer stays intact); how many row groups were corrupted."""
    metadata = pq.ParquetFile(path).metadata
    data = bytearray(path.read_bytes())
    corrupted = 0
    for index in range(metadata.num_row_groups):
        group = metadata.row_group(index)
        chunks = [group.column(i) for i in range(group.num_columns)]
        [stats] = [c.statistics for c in chunks if c.path_in_schema == "source"]
        if stats.min == stats.max == source:
            continue
        for chunk in chunks:
            start = min(o for o in (chunk.dictionary_page_offset, chunk.data_page_offset)
                        if o is not None)
            data[start:start + chunk.total_compressed_size] = b"\xff" * chunk.total_compressed_size
        corrupted += 1
    path.write_bytes(bytes(data))
    return corrupted


def test_filters_prune_dates_by_directory_and_sources_by_row_group(articles):
    [kept] = (articles / f"date={KEPT[1]}").glob("*.parquet")
    assert pq.ParquetFile(kept).metadata.num_row_groups == 5
    assert corrupt_other_sources(kept, KEPT[0]) == 2  # desk-export's and northline's
    for path in articles.rglob("*.parquet"):
        if path != kept and f"date={FIRST_DATE}" not in str(path):
            path.write_bytes(b"not parquet")  # opening this file would fail every reader

    with pytest.raises(duckdb.Error):
        duckdb_read(articles)
    with pytest.raises(duckdb.Error):  # the kept day's other row groups are corrupt too
        duckdb_read(articles, f"date = DATE '{KEPT[1]}'")
    assert duckdb_read(articles, f"source = '{KEPT[0]}' AND date = DATE '{KEPT[1]}'") == [
        (KEPT[1], KEPT[0], 3)]

    with pytest.raises(pl.exceptions.PolarsError):
        polars_read(articles)
    with pytest.raises(pl.exceptions.PolarsError):
        polars_read(articles, pl.col("date") == KEPT[1])
    frame = polars_read(articles, pl.col("source") == KEPT[0], pl.col("date") == KEPT[1])
    assert frame.select("date", "source").rows() == [(KEPT[1], KEPT[0])] * 3

    with pytest.raises(pa.ArrowException):
        pandas_read(articles)
    with pytest.raises(OSError):  # pyarrow: "Couldn't deserialize thrift"
        pandas_read(articles, [("date", "==", KEPT[1])])
    df = pandas_read(articles, [("source", "==", KEPT[0]), ("date", "==", KEPT[1])])
    assert len(df) == 3 and set(df["source"]) == {KEPT[0]}
