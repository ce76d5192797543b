"""``articles_current``: the README's SQL in DuckDB and in Spark, and ``wirestream query``'s
view, agree on a dataset with a new version, an exact copy and a near-copy.

The SQL is taken from README.md, so the documentation cannot drift from what is tested.
"""

from __future__ import annotations

import re
import shutil

from pyspark.sql import functions as F

from pipeline.tools.query import ARTICLES_CURRENT_SQL, connect
from tests.conftest import FIXED_NOW, ROOT, run_cli

LATER = "2026-11-29T12:00:00Z"
EDITED_GUID = "hw-2026-1121"
# 5 harbor-wire items (hw-2026-1125 and its "UPDATE 1" are one story) and 5 desk-export stories
# (one a syndicated exact copy): 10 rows, then hw-2026-1121's version 2: 11 rows, 8 stories.
ROWS, STORIES = 11, 8


def readme_articles_current() -> str:
    section = (ROOT / "README.md").read_text().split("### One row per story")[1]
    [sql] = re.findall(r"```sql\n(.*?)```", section.split("\n## ")[0], flags=re.DOTALL)
    return sql


def build_dataset(tmp_path):
    feed = tmp_path / "harbor-wire.rss.xml"
    shutil.copy(ROOT / "samples/feeds/harbor-wire.rss.xml", feed)
    config = tmp_path / "config.yaml"
    config.write_text(f"""
inputs:
  - {{location: {feed}, source: harbor-wire}}
  - {{location: {ROOT}/samples/jsonl/desk-export.jsonl, format: jsonl, source: desk-export}}
entities: {{enabled: false}}
""", encoding="utf-8")
    out = tmp_path / "out"
    run = ("run", "--config", config, "--output", out, "--progress-interval", "0")
    assert run_cli(*run, "--now", FIXED_NOW) == 0
    # The feed corrects one story: same guid, new text, so a new version of the same article.
    text = feed.read_text(encoding="utf-8")
    item = text.index(EDITED_GUID)
    feed.write_text(text[:item] + text[item:].replace(
        "will ballot its members next week", "will ballot its members on Friday", 1),
        encoding="utf-8")
    assert run_cli(*run, "--now", LATER) == 0
    return out


def test_readme_sql_is_the_query_view():
    assert readme_articles_current() == ARTICLES_CURRENT_SQL


def test_articles_current_in_duckdb_spark_and_the_query_view(tmp_path, spark):
    out = build_dataset(tmp_path)
    con = connect(str(out))
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(ROWS,)]
    assert con.execute("SELECT max(version) FROM articles WHERE guid = ?",
                       [EDITED_GUID]).fetchall() == [(2,)]
    view = set(con.execute("SELECT article_id, version FROM articles_current").fetchall())
    readme_duckdb = set(con.execute(
        f"SELECT article_id, version FROM ({readme_articles_current()})").fetchall())

    (spark.read.parquet(str(out / "articles")).withColumn("date", F.to_date("date"))
     .createOrReplaceTempView("articles"))
    spark.sql(readme_articles_current()).createOrReplaceTempView("articles_current")
    readme_spark = {(r.article_id, r.version) for r in spark.sql(
        "SELECT article_id, version FROM articles_current").collect()}

    assert len(view) == STORIES
    assert readme_duckdb == view and readme_spark == view
    assert con.execute("""SELECT guid, version FROM articles_current
                          WHERE guid IN ('hw-2026-1121', 'hw-2026-1125', 'hw-2026-1126',
                                         'synd-hw-7730125') ORDER BY guid""").fetchall() == [
        ("hw-2026-1121", 2), ("hw-2026-1126", 1)]
    assert spark.table("articles_current").columns == [
        d[0] for d in con.execute("SELECT * FROM articles_current LIMIT 0").description]
