"""Layout v1/v2 decisions, compaction planning and what readers see during a commit: pure
functions, exact values."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from pipeline import commit, layout, storage
from pipeline.sinks import article_partition, partition_path
from pipeline.tools.compact import partitions_to_compact, split_for_size
from tests.records import make_story

D = dt.date


def test_v2_paths_have_no_source_and_v1_paths_are_recognised():
    story = make_story("a", "Body.", dt.datetime(2026, 11, 24, 23, 59, tzinfo=dt.UTC),
                       source="harbor-wire")
    assert article_partition(story) == "articles/date=2026-11-24"
    assert article_partition(story, "entities") == "entities/date=2026-11-24"
    assert partition_path("rejects", D(2026, 11, 24), stage="read") == (
        "rejects/date=2026-11-24/stage=read")
    assert layout.is_v1_path("articles/date=2026-11-24/source=x/part-a.parquet")
    assert layout.is_v1_path("entities/date=1970-01-01/source=_empty/part-empty.parquet")
    assert not layout.is_v1_path("articles/date=2026-11-24/part-a.parquet")
    assert not layout.is_v1_path("_state/signatures/date=2026-11-24/source=x/part-a.parquet")
    assert not layout.is_v1_path("rejects/date=2026-11-24/stage=read/part-a.parquet")
    assert layout.v1_source("articles/date=2026-11-24/source=0042/part-a.parquet") == "0042"


def test_compaction_partitions():
    assert layout.compaction_partition("articles/date=2026-11-24/source=x/part-a.parquet") == (
        "articles/date=2026-11-24")
    assert layout.compaction_partition("entities/date=2026-11-24/part-a.parquet") == (
        "entities/date=2026-11-24")
    assert layout.compaction_partition("rejects/date=2026-11-24/stage=read/part-a.parquet") == (
        "rejects/date=2026-11-24/stage=read")
    # Signatures are written by day now; an older date=/source= file merges into its day.
    assert layout.compaction_partition(
        "_state/signatures/date=2026-11-24/source=x/part-a.parquet") == (
        "_state/signatures/date=2026-11-24")
    assert layout.compaction_partition("_state/signatures/date=2026-11-24/part-a.parquet") == (
        "_state/signatures/date=2026-11-24")
    assert layout.below_partition("_state/signatures/date=2026-11-24/source=x/part-a.parquet")
    assert layout.below_partition("articles/date=2026-11-24/source=x/part-a.parquet")
    assert not layout.below_partition("_state/signatures/date=2026-11-24/part-a.parquet")
    assert not layout.below_partition("rejects/date=2026-11-24/stage=read/part-a.parquet")
    assert not layout.below_partition("_state/index/by_id/bucket=0a/part-a.parquet")


@pytest.mark.parametrize(("now", "grace", "first_open"), [
    ("2026-11-26T00:00:00+00:00", 1, D(2026, 11, 25)),
    ("2026-11-25T23:59:59+00:00", 1, D(2026, 11, 24)),
    ("2026-11-26T01:00:00+02:00", 1, D(2026, 11, 24)),  # 23:00 UTC the day before
    ("2026-11-26T00:00:00+00:00", 0, D(2026, 11, 26)),
])
def test_closed_before(now, grace, first_open):
    assert layout.closed_before(dt.datetime.fromisoformat(now), grace) == first_open


def test_refuse_v1_names_compact():
    layout.refuse_v1("out", ["articles/date=2026-11-24/part-a.parquet"])
    with pytest.raises(layout.OldLayout) as err:
        layout.refuse_v1("out", ["articles/date=2026-11-24/part-a.parquet",
                                 "entities/date=2026-11-24/source=x/part-a.parquet"])
    assert str(err.value) == (
        "output 'out' holds 1 file(s) in layout v1 (date=/source= partitions, e.g. "
        "entities/date=2026-11-24/source=x/part-a.parquet): run `wirestream compact --output "
        "out` to migrate it to layout v2 (date= partitions, source a column); compact is safe "
        "to interrupt and re-run")


def test_partitions_to_compact():
    files = [
        "articles/date=2026-11-23/part-compacted-1.parquet",  # closed, compacted: left alone
        "articles/date=2026-11-23/part-compacted-2.parquet",
        "articles/date=2026-11-24/part-compacted-1.parquet",  # closed, a late file: again
        "articles/date=2026-11-24/part-run2-a.parquet",
        "articles/date=2026-11-25/part-run1-a.parquet",  # open: left alone
        "articles/date=2026-11-25/part-run2-a.parquet",
        "articles/date=2026-11-26/source=x/part-run1-a.parquet",  # v1, open: migrated
        "articles/date=2026-11-26/part-run2-b.parquet",
        "articles/date=2026-11-22/part-run1-a.parquet",  # closed, one file: left alone
    ]
    assert partitions_to_compact(files, D(2026, 11, 25)) == {
        "articles/date=2026-11-24": ["articles/date=2026-11-24/part-compacted-1.parquet",
                                     "articles/date=2026-11-24/part-run2-a.parquet"],
        "articles/date=2026-11-26": ["articles/date=2026-11-26/part-run2-b.parquet",
                                     "articles/date=2026-11-26/source=x/part-run1-a.parquet"],
    }


def test_split_for_size():
    rows = pa.table({"n": list(range(10))})
    assert [t.column("n").to_pylist() for t in split_for_size(rows, 250, 100)] == [
        [0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert [t.num_rows for t in split_for_size(rows, 99, 100)] == [10]
    assert split_for_size(rows.slice(0, 0), 10, 100) == []


def test_hidden_files_during_a_commit():
    journal = {"steps": [
        {"moves": [["_staging/c/a/d=1/new.parquet", "a/d=1/new.parquet"]],
         "deletes": ["a/d=1/old1.parquet", "a/d=1/old2.parquet"]},
        {"moves": [["_staging/c/a/d=2/n1.parquet", "a/d=2/n1.parquet"],
                   ["_staging/c/a/d=2/n2.parquet", "a/d=2/n2.parquet"]],
         "deletes": ["a/d=2/old.parquet"]},
    ]}
    # Step 1 moved in (its staged file gone): hide what it deletes. Step 2 half moved: hide
    # what it moved, keep what it replaces.
    present = {"a/d=1/new.parquet", "a/d=1/old1.parquet", "a/d=1/old2.parquet",
               "a/d=2/n1.parquet", "_staging/c/a/d=2/n2.parquet", "a/d=2/old.parquet"}
    assert commit.hidden_files([journal], present) == {
        "a/d=1/old1.parquet", "a/d=1/old2.parquet", "a/d=2/n1.parquet"}
    # Nothing moved yet: nothing to hide.
    staged = {"_staging/c/a/d=1/new.parquet", "_staging/c/a/d=2/n1.parquet",
              "_staging/c/a/d=2/n2.parquet", "a/d=1/old1.parquet"}
    assert commit.hidden_files([journal], staged) == set()


def test_finished_commits_leave_the_pending_directory(tmp_path):
    """Runs read ``_runs/commits/`` on every start: it holds only unfinished commits, so what
    a run reads there does not grow with the compactions of the dataset's past."""
    location = storage.locate(str(tmp_path))
    location.write_parquet("_staging/c1/a/d=1/new.parquet", pa.table({"n": [1, 2]}))
    location.write_parquet("a/d=1/old.parquet", pa.table({"n": [1]}))
    steps = commit.plan_steps(["_staging/c1/a/d=1/new.parquet"], "_staging/c1",
                              ["a/d=1/old.parquet"])
    journal = commit.begin(location, "c1", "compact", "_staging/c1", steps, {})
    assert [j["commit_id"] for j in commit.pending_journals(location)] == ["c1"]
    done = commit.apply(location, journal)
    assert commit.pending_journals(location) == []
    assert location.files("_runs/commits", ".json") == ["_runs/commits/done/c1.json"]
    assert location.read_json("_runs/commits/done/c1.json") == done
    assert location.files("a") == ["a/d=1/new.parquet"]
    # An older wirestream kept finished journals beside the pending ones: the next writer's
    # finish_pending files them under done/ and applies only what is pending.
    location.write_json("_runs/commits/c0.json", {**done, "commit_id": "c0"})
    assert commit.finish_pending(location) == []
    assert location.files("_runs/commits", ".json") == [
        "_runs/commits/done/c0.json", "_runs/commits/done/c1.json"]
