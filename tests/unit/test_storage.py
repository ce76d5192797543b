"""Pure decisions of storage, commit and compaction: ranges, partitions, replacement plans."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.commit import Step, plan_steps
from pipeline.storage import DateRange, StorageError, locate, parse_date_range, partition_date
from pipeline.tools.compact import partitions_to_compact

D = dt.date


def test_date_range_includes_both_ends_and_one_date_is_one_day():
    assert parse_date_range("2026-11-24..2026-11-26") == DateRange(D(2026, 11, 24),
                                                                   D(2026, 11, 26))
    assert parse_date_range("2026-11-24") == DateRange(D(2026, 11, 24), D(2026, 11, 24))
    assert D(2026, 11, 26) in parse_date_range("2026-11-24..2026-11-26")
    assert D(2026, 11, 27) not in parse_date_range("2026-11-24..2026-11-26")


@pytest.mark.parametrize("text", ["2026-11-24...2026-11-26", "yesterday..today", "2026-13-01"])
def test_a_bad_date_range_names_the_input_and_the_form(text):
    with pytest.raises(StorageError) as err:
        parse_date_range(text)
    assert str(err.value) == (f"{text!r} is not a date range: write START..END, e.g. "
                              "2026-11-24..2026-11-26 (both included)")


def test_partition_date_reads_only_the_date_segment():
    assert partition_date("articles/date=2026-11-24/source=x/part-a.parquet") == D(2026, 11, 24)
    assert partition_date("articles/source=date=2026-11-24/part-a.parquet") is None
    assert partition_date("_runs/run.json") is None


def test_replacement_plan_moves_before_deleting_and_never_deletes_what_it_moves_in():
    staging = "_staging/reprocess-r1"
    staged = [f"{staging}/articles/date=2026-11-24/source=x/part-new.parquet",
              f"{staging}/articles/date=2026-11-26/source=x/part-same.parquet"]
    replaced = ["articles/date=2026-11-24/source=x/part-a.parquet",
                "articles/date=2026-11-24/source=x/part-b.parquet",
                "articles/date=2026-11-25/source=x/part-c.parquet",
                "articles/date=2026-11-26/source=x/part-same.parquet"]
    assert plan_steps(staged, staging, replaced) == [
        Step("articles/date=2026-11-24/source=x",
             ((staged[0], "articles/date=2026-11-24/source=x/part-new.parquet"),),
             ("articles/date=2026-11-24/source=x/part-a.parquet",
              "articles/date=2026-11-24/source=x/part-b.parquet")),
        Step("articles/date=2026-11-25/source=x", (),
             ("articles/date=2026-11-25/source=x/part-c.parquet",)),
        Step("articles/date=2026-11-26/source=x",
             ((staged[1], "articles/date=2026-11-26/source=x/part-same.parquet"),), ()),
    ]


def test_only_closed_partitions_with_several_files_are_compacted():
    files = ["rejects/date=2026-11-24/stage=read/part-1.parquet",
             "rejects/date=2026-11-24/stage=read/part-2.parquet",
             "rejects/date=2026-11-24/stage=clean/part-1.parquet",
             "rejects/date=2026-11-26/stage=read/part-1.parquet",
             "rejects/date=2026-11-26/stage=read/part-2.parquet"]
    assert partitions_to_compact(files, D(2026, 11, 26)) == {
        "rejects/date=2026-11-24/stage=read": files[:2]}


def test_local_and_object_store_paths_share_one_location_api(tmp_path):
    local = locate(str(tmp_path / "out"))
    assert (local.path("articles/x.parquet"), local.uri_of("articles/x.parquet")) == (
        f"{tmp_path}/out/articles/x.parquet", f"{tmp_path}/out/articles/x.parquet")
    assert local.files("articles") == []
    with pytest.raises(StorageError, match="use a local path, s3://bucket/path or gs://"):
        locate("ftp://host/out")
