"""`wirestream run --reprocess START..END`: rebuilt partitions replace the old, one copy each."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from pipeline.storage import Location
from tests.conftest import query, run_cli
from tests.pipeline.wire_polls import archive

RANGE = "2026-11-24..2026-11-25"
NOW = "2026-11-29T08:00:00Z"
COPIES = """SELECT count(*), count(DISTINCT (article_id, version)) FROM articles"""
ENTITY_COPIES = """SELECT count(*), count(DISTINCT (article_id, version, in_title, start_char))
                   FROM entities"""


@pytest.fixture
def dataset(polled_dataset, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(polled_dataset, out)
    return out


def files_dated(out, day: str) -> list:
    """The articles, entities and near-duplicate state files of one date (not rejects)."""
    return [p for p in out.rglob("*.parquet")
            if f"date={day}" in p.parts and p.relative_to(out).parts[0] != "rejects"]


def reprocess(out, now: str = NOW, dates: str = RANGE) -> int:
    return run_cli("run", "--input", archive(out.parent), "--source", "northline", "--output",
                   out, "--now", now, "--reprocess", dates, "--progress-interval", "0")


def test_reprocess_replaces_the_range_and_leaves_one_copy_of_each_row(dataset):
    before = query(dataset, "SELECT article_id, date FROM articles ORDER BY ALL")
    outside = sorted(p.name for p in files_dated(dataset, "2026-11-26"))
    assert reprocess(dataset) == 0

    assert query(dataset, COPIES) == [(12, 12)]
    assert query(dataset, ENTITY_COPIES) == [(59, 59)]
    assert query(dataset, "SELECT count(*) FROM read_parquet("
                          f"'{dataset}/_state/signatures/**/*.parquet')") == [(12,)]
    # The same stories; rebuilt rows carry the reprocess clock. Two stories were future-dated
    # when first polled (so clamped into the range); seen from the later clock, they are not.
    assert query(dataset, "SELECT count(DISTINCT article_id) FROM articles") == [(12,)]
    assert {a for a, _ in before} == {a for (a,) in query(dataset,
                                                           "SELECT article_id FROM articles")}
    assert query(dataset, """SELECT CAST(date AS VARCHAR), CAST(ingested_at AS VARCHAR),
                             count(*) FROM articles GROUP BY ALL ORDER BY ALL""") == [
        ("2026-11-24", "2026-11-29 08:00:00+00", 4),
        ("2026-11-25", "2026-11-29 08:00:00+00", 4),
        ("2026-11-26", "2026-11-26 09:00:00+00", 1),
        ("2026-11-26", "2026-11-26 18:00:00+00", 1),
        ("2026-11-26", "2026-11-29 08:00:00+00", 2)]
    # Partitions outside the range keep their files; the range holds only the new run's.
    assert outside == sorted(p.name for p in files_dated(dataset, "2026-11-26")
                             if not p.name.startswith("part-run20261129T080000Z-"))
    in_range = [p.name for d in ("2026-11-24", "2026-11-25") for p in files_dated(dataset, d)]
    assert len(in_range) == 6  # articles, entities, signatures x two dates
    assert all(name.startswith("part-run20261129T080000Z-") for name in in_range)
    [record] = (dataset / "_runs" / "commits" / "done").glob("reprocess-*.json")
    assert json.loads(record.read_text())["status"] == "done"


def test_reprocessing_again_still_leaves_one_copy(dataset):
    assert reprocess(dataset) == 0
    assert reprocess(dataset, now="2026-11-29T09:00:00Z") == 0
    assert query(dataset, COPIES) == [(12, 12)]
    assert query(dataset, ENTITY_COPIES) == [(59, 59)]


def test_a_swap_killed_midway_is_finished_by_the_next_compact(dataset, monkeypatch):
    original = Location.delete

    def dies_before_deleting_old_articles(self, relative):
        if relative.startswith("articles/"):  # its new file has just been moved in
            raise RuntimeError("killed")
        original(self, relative)

    with monkeypatch.context() as mp:
        mp.setattr(Location, "delete", dies_before_deleting_old_articles)
        with pytest.raises(RuntimeError, match="killed"):
            reprocess(dataset)
    # Unfinished: a plain glob sees the moved-in files and the old ones; wirestream query
    # leaves out what the pending journal has replaced, so it sees each row once.
    copies, distinct = duckdb.sql("SELECT count(*), count(DISTINCT (article_id, version)) "
                                  f"FROM '{dataset}/articles/**/*.parquet'").fetchall()[0]
    assert (distinct, copies > distinct) == (12, True)
    assert query(dataset, COPIES) == [(12, 12)]
    assert run_cli("compact", "--output", dataset, "--before", "2000-01-01") == 0
    assert query(dataset, COPIES) == [(12, 12)]
    assert query(dataset, ENTITY_COPIES) == [(59, 59)]


def test_bad_range_is_refused_before_anything_runs(dataset, capsys):
    with pytest.raises(SystemExit) as exit_info:
        reprocess(dataset, dates="2026-11-25..2026-11-24")
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "wirestream run: error: argument --reprocess: '2026-11-25..2026-11-24' ends before it "
        "starts: write START..END with START <= END")
