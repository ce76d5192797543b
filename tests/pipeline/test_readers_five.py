"""Five readers read a dataset exactly as the README tells them to: DuckDB, Polars, pandas,
pyarrow.dataset and Spark (local mode).

The dataset has an empty table (no rejects; entities off), which only the empty-table marker
makes readable, and a source id that readers would read as a number: ``0042``. wirestream now
refuses such ids, but datasets written before it did hold them (``compact`` carries them from
a v1 partition name into the ``source`` column); the files' ``src-0042`` is rewritten to
make that dataset. In layout v2 ``source`` is a string column inside the files, so no reader
can turn it into a number; ``date`` is the one partition of articles and entities (rejects:
``date`` and ``stage``). Every reader is held to the same exact answers: row counts per
source, column types (``date`` a date, ``source`` a string), and one query into the nested
``credits`` (list of structs).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from pyspark.sql import functions as F

from tests.conftest import FIXED_NOW, ROOT, run_cli

ROWS_PER_SOURCE = {"0042": 3, "harbor-wire": 5, "northline": 3}
# Editing credits per source: ('0042', 2) has the text stories' "Editing by" lines.
EDITING_CREDITS = {"0042": 2, "harbor-wire": 2}
REJECT_COLUMNS = ["reason", "detail", "origin", "payload", "occurred_at", "date", "stage"]
FIRST_DATE = dt.date(2026, 11, 20)

CONFIG = f"""
inputs:
  - {{location: {ROOT}/samples/feeds/harbor-wire.rss.xml, source: harbor-wire}}
  - {{location: {ROOT}/samples/feeds/northline-news.atom.xml, source: northline}}
  - {{location: {ROOT}/samples/text, format: text, source: src-0042}}
entities: {{enabled: false}}
"""


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("five-readers")
    (root / "config.yaml").write_text(CONFIG, encoding="utf-8")
    out = root / "out"
    assert run_cli("run", "--config", root / "config.yaml", "--output", out, "--now",
                   FIXED_NOW, "--progress-interval", "0") == 0
    for path in sorted((out / "articles").rglob("*.parquet")):
        rows = pq.read_table(path)
        renamed = pc.replace_substring_regex(rows.column("source"), "^src-0042$", "0042")
        pq.write_table(rows.set_column(rows.schema.get_field_index("source"), "source",
                                       renamed), path)
    assert not list((out / "rejects").glob("date=*/stage=read")), "rejects must be empty"
    return out


# Table -> its partitions below date= (articles and entities have none: layout v2).
BELOW_DATE = {"articles": [], "entities": [], "rejects": ["stage"]}


def hive(table: str) -> ds.Partitioning:
    """pandas' and pyarrow's partitioning, as in the README."""
    return ds.partitioning(pa.schema([("date", pa.date32())] + [
        (key, pa.string()) for key in BELOW_DATE[table]]), flavor="hive")


def test_duckdb(dataset):
    def read(table: str) -> str:
        types = "".join(f", '{key}': VARCHAR" for key in BELOW_DATE[table])
        return (f"read_parquet('{dataset}/{table}/**/*.parquet', hive_partitioning = true, "
                f"hive_types = {{'date': DATE{types}}})")

    articles = read("articles")
    assert dict(duckdb.sql(f"SELECT source, count(*) FROM {articles} GROUP BY ALL").fetchall()
                ) == ROWS_PER_SOURCE
    assert duckdb.sql(f"SELECT any_value(typeof(date)), any_value(typeof(source)), min(date) "
                      f"FROM {articles}"
                      ).fetchall() == [("DATE", "VARCHAR", FIRST_DATE)]
    assert dict(duckdb.sql(f"""SELECT source, count(*) FROM (
        SELECT source, unnest(credits) AS c FROM {articles}) WHERE c.role = 'editing'
        GROUP BY ALL""").fetchall()) == EDITING_CREDITS
    rejects = duckdb.sql(f"SELECT * FROM {read('rejects')}")
    assert (rejects.columns, rejects.fetchall()) == (REJECT_COLUMNS, [])
    assert duckdb.sql(f"SELECT count(*) FROM {read('entities')}").fetchall() == [(0,)]


def test_polars(dataset):
    def scan(table: str) -> pl.LazyFrame:
        return pl.scan_parquet(f"{dataset}/{table}/**/*.parquet", hive_partitioning=True,
                               hive_schema={"date": pl.Date, **{
                                   key: pl.String for key in BELOW_DATE[table]}})

    articles = scan("articles").collect()
    assert dict(articles.group_by("source").len().iter_rows()) == ROWS_PER_SOURCE
    assert (articles.schema["date"], articles.schema["source"]) == (pl.Date, pl.String)
    assert articles["date"].min() == FIRST_DATE
    editing = (articles.select("source", "credits").explode("credits")
               .filter(pl.col("credits").struct.field("role") == "editing")
               .group_by("source").len())
    assert dict(editing.iter_rows()) == EDITING_CREDITS
    rejects = scan("rejects").collect()
    assert (rejects.columns, rejects.height) == (REJECT_COLUMNS, 0)
    assert scan("entities").collect().height == 0


def test_pandas(dataset):
    def read(table: str) -> pd.DataFrame:
        return pd.read_parquet(dataset / table, partitioning=hive(table),
                               dtype_backend="pyarrow")

    articles = read("articles")
    assert articles.groupby("source").size().to_dict() == ROWS_PER_SOURCE
    assert (str(articles["date"].dtype), str(articles["source"].dtype)) == (
        "date32[day][pyarrow]", "string[pyarrow]")
    assert articles["date"].min() == FIRST_DATE
    credits = articles[["source", "credits"]].explode("credits").dropna()
    editing = credits[credits["credits"].map(lambda c: c["role"] == "editing")]
    assert editing.groupby("source").size().to_dict() == EDITING_CREDITS
    rejects = read("rejects")
    assert (list(rejects.columns), len(rejects)) == (REJECT_COLUMNS, 0)
    assert len(read("entities")) == 0


def test_pyarrow_dataset(dataset):
    def table(name: str) -> pa.Table:
        return ds.dataset(dataset / name, format="parquet", partitioning=hive(name)).to_table()

    articles = table("articles")
    counts = articles.group_by("source").aggregate([([], "count_all")])
    assert dict(zip(*counts.to_pydict().values(), strict=True)) == ROWS_PER_SOURCE
    assert (articles.schema.field("date").type, articles.schema.field("source").type) == (
        pa.date32(), pa.string())
    assert pc.min(articles["date"]).as_py() == FIRST_DATE
    credits = pa.table({
        "source": pc.list_parent_indices(articles["credits"]).to_numpy(),
        "role": pc.struct_field(pc.list_flatten(articles["credits"]), "role")})
    sources = articles["source"].to_pylist()
    editing = [sources[i] for i, role in zip(*credits.to_pydict().values(), strict=True)
               if role == "editing"]
    assert {s: editing.count(s) for s in set(editing)} == EDITING_CREDITS
    rejects = table("rejects")
    assert (rejects.column_names, rejects.num_rows) == (REJECT_COLUMNS, 0)
    assert table("entities").num_rows == 0


def test_spark(dataset, spark):
    def read(table: str):
        # Partition values stay text (the session fixture); `date` made a date, as the README.
        return spark.read.parquet(str(dataset / table)).withColumn("date", F.to_date("date"))

    articles = read("articles")
    articles.createOrReplaceTempView("articles")
    assert dict(spark.sql("SELECT source, count(*) FROM articles GROUP BY source").collect()
                ) == ROWS_PER_SOURCE
    types = dict(articles.dtypes)
    assert (types["date"], types["source"]) == ("date", "string")
    assert spark.sql("SELECT min(date) FROM articles").collect()[0][0] == FIRST_DATE
    editing = spark.sql("""SELECT source, count(*) FROM articles
                           LATERAL VIEW explode(credits) AS c WHERE c.role = 'editing'
                           GROUP BY source""").collect()
    assert dict(editing) == EDITING_CREDITS
    rejects = read("rejects")
    assert (rejects.columns, rejects.count()) == (REJECT_COLUMNS, 0)
    assert dict(rejects.dtypes)["date"] == "date"
    assert read("entities").count() == 0
