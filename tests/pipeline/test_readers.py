"""DuckDB, Polars and pandas read the output with typed partitions and prune on date/source.

Pruning is proven by corrupting every file outside the filter: the filtered read still works,
so those files were never opened; the unfiltered read fails, so the corruption is real.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from tests.conftest import FIXED_NOW, ROOT, run_cli

PARTITIONING = ds.partitioning(pa.schema([("date", pa.date32()), ("source", pa.string())]),
                               flavor="hive")
# The first partition in path order: DuckDB and Polars read the first file's footer to learn the
# schema whatever the filter, so that file must stay readable; every other one is corrupted.
KEPT = ("harbor-wire", dt.date(2026, 11, 20))


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    out = tmp_path_factory.mktemp("readers")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        assert run_cli("run", "--config", "configs/local.yaml", "--output", out, "--now",
                       FIXED_NOW, "--set", "entities.enabled=false",
                       "--progress-interval", "0") == 0
    return out / "articles"


def duckdb_read(root, where: str = "true") -> list[tuple]:
    return duckdb.sql(f"""
        SELECT date, source, count(*) FROM read_parquet('{root}/**/*.parquet',
            hive_partitioning = true, hive_types = {{'date': DATE, 'source': VARCHAR}})
        WHERE {where} GROUP BY ALL ORDER BY ALL""").fetchall()


def polars_read(root, *filters: pl.Expr) -> pl.DataFrame:
    return (pl.scan_parquet(f"{root}/**/*.parquet", hive_partitioning=True,
                            hive_schema={"date": pl.Date, "source": pl.String})
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


def test_filters_prune_partitions(articles):
    fragments = list(ds.dataset(articles, format="parquet", partitioning=PARTITIONING)
                     .get_fragments(filter=(ds.field("source") == KEPT[0])
                                    & (ds.field("date") == KEPT[1])))
    [kept] = fragments
    assert "date=2026-11-20/source=harbor-wire/" in kept.path
    for path in articles.rglob("*.parquet"):
        if str(path) != kept.path:
            path.write_bytes(b"not parquet")  # opening this file would fail every reader

    with pytest.raises(duckdb.Error):
        duckdb_read(articles)
    assert duckdb_read(articles, f"source = '{KEPT[0]}' AND date = DATE '{KEPT[1]}'") == [
        (KEPT[1], KEPT[0], 1)]

    with pytest.raises(pl.exceptions.PolarsError):
        polars_read(articles)
    frame = polars_read(articles, pl.col("source") == KEPT[0], pl.col("date") == KEPT[1])
    assert frame.rows() == [(KEPT[1], KEPT[0], frame["title"][0])] and frame.height == 1

    with pytest.raises(pa.ArrowException):
        pandas_read(articles)
    df = pandas_read(articles, [("source", "==", KEPT[0]), ("date", "==", KEPT[1])])
    assert len(df) == 1 and df["source"].iloc[0] == KEPT[0]
