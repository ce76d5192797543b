"""An empty table has its schema-only marker file; the first rows take it away."""

from __future__ import annotations

import pyarrow.parquet as pq

from pipeline.empty_tables import mark_empty_tables, marker_path, marker_table
from pipeline.sinks import REJECTS_SCHEMA
from tests.conftest import FIXED_NOW, ROOT, run_cli

MARKER = "rejects/date=1970-01-01/stage=_empty/part-empty.parquet"


def test_the_marker_comes_and_goes_with_the_tables_rows(tmp_path):
    out = tmp_path / "out"
    run = ("run", "--output", out, "--set", "entities.enabled=false", "--progress-interval",
           "0")
    assert run_cli(*run, "--input", ROOT / "samples/feeds/harbor-wire.rss.xml",
                   "--now", FIXED_NOW) == 0
    assert sorted(str(p.relative_to(out)) for p in (out / "rejects").rglob("*")) == [
        "rejects/date=1970-01-01", "rejects/date=1970-01-01/stage=_empty", MARKER]
    marker = pq.read_table(out / MARKER)
    assert (marker.num_rows, marker.schema.names) == (0, REJECTS_SCHEMA.names)
    assert marker.schema.metadata[b"wirestream.empty_table"] == b"true"

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "cut off\n', encoding="utf-8")
    assert run_cli(*run, "--input", bad, "--now", "2026-11-29T12:00:00Z") == 3
    assert [str(p.relative_to(out)) for p in (out / "rejects").glob("date=*")] == [
        "rejects/date=2026-11-29"]
    # entities.enabled=false: still no entity rows, so that marker stays.
    assert (out / "entities/date=1970-01-01/part-empty.parquet").is_file()


def test_a_story_dated_1970_keeps_its_partition_when_the_marker_goes(tmp_path):
    real = tmp_path / "articles/date=1970-01-01/part-x.parquet"
    real.parent.mkdir(parents=True)
    pq.write_table(marker_table("articles"), real)
    pq.write_table(marker_table("articles"), tmp_path / marker_path("articles"))

    assert mark_empty_tables(str(tmp_path)) == [marker_path("entities"), marker_path("rejects")]
    assert sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "articles").rglob("*")) == [
        "articles/date=1970-01-01", "articles/date=1970-01-01/part-x.parquet"]
