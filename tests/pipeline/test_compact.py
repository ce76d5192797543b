"""`wirestream compact`: one file per closed partition, every query unchanged, crash-safe."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline import commit
from pipeline.storage import Location
from tests.conftest import data_files, query, run_cli
from tests.pipeline.test_query import readme_questions

BEFORE = "2026-11-26"
DUMPS = [  # every row of every table, in a total order
    "SELECT * EXCLUDE (noise, credits, entities, highlights, related_headlines), "
    "to_json(noise), to_json(credits), to_json(entities), to_json(highlights), "
    "to_json(related_headlines) FROM articles ORDER BY article_id, version",
    "SELECT * FROM entities ORDER BY ALL",
    "SELECT * FROM rejects ORDER BY ALL",
]
SIGNATURES = "SELECT * FROM read_parquet('{out}/_state/signatures/**/*.parquet', " \
             "hive_partitioning = true) ORDER BY article_id, version"


def answers(out) -> list[list[tuple]]:
    return [query(out, sql) for sql in readme_questions() + DUMPS
            + [SIGNATURES.format(out=out)]]


def parquet_files(out) -> dict[str, list[str]]:
    """Partition directory -> its file names (the id index is left out: each write keeps its
    buckets at one file, and compact does not touch it)."""
    files: dict[str, list[str]] = {}
    for path in sorted(out.rglob("*.parquet")):
        if not str(path.relative_to(out)).startswith("_state/index/"):
            files.setdefault(str(path.parent.relative_to(out)), []).append(path.name)
    return files


@pytest.fixture
def dataset(polled_dataset, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(polled_dataset, out)
    return out


@pytest.fixture(scope="module")
def compacted(polled_dataset, tmp_path_factory):
    """The polled dataset compacted once, without interruption (the reference)."""
    out = tmp_path_factory.mktemp("compacted") / "out"
    shutil.copytree(polled_dataset, out)
    assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
    return out


def test_every_query_answers_the_same_after_compaction(polled_dataset, compacted):
    before = answers(polled_dataset)
    assert [len(a) for a in before[5:]] == [12, 59, 4, 12]  # the dumps are not vacuous
    assert answers(compacted) == before


def test_closed_partitions_become_one_file_and_open_ones_are_untouched(polled_dataset,
                                                                     compacted):
    old, new = parquet_files(polled_dataset), parquet_files(compacted)
    assert sorted(new) == sorted(old)
    for partition, names in new.items():
        if "date=2026-11-26" in partition:
            assert names == old[partition]
        else:
            assert len(old[partition]) >= 2
            [name] = names
            assert name.startswith("part-compacted-")
    assert list((compacted / "_staging").rglob("*")) == []  # the staged file moved in


def test_the_compaction_is_recorded(compacted):
    [path] = (compacted / "_runs" / "commits" / "done").glob("compact-*.json")
    record = json.loads(path.read_text())
    assert (record["kind"], record["status"], record["before"]) == ("compact", "done", BEFORE)
    # Oldest day first, tables in order within a day (a bounded compaction's order).
    assert [(p["partition"], p["files_in"], p["files_out"], p["rows"])
            for p in record["partitions"]] == [
        ("articles/date=2026-11-24", 3, 1, 4),
        ("entities/date=2026-11-24", 3, 1, 18),
        ("_state/signatures/date=2026-11-24", 3, 1, 4),
        ("articles/date=2026-11-25", 4, 1, 6),
        ("entities/date=2026-11-25", 4, 1, 28),
        ("rejects/date=2026-11-25/stage=read", 2, 1, 2),
        ("_state/signatures/date=2026-11-25", 4, 1, 6),
    ]


def test_compacting_again_changes_nothing(compacted, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(compacted, out)
    assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
    assert data_files(out) == data_files(compacted)


def test_a_later_run_still_sees_compacted_articles_as_written(compacted, tmp_path,
                                                              polled_dataset):
    out = tmp_path / "out"
    shutil.copytree(compacted, out)
    poll = polled_dataset.parent / "poll3.jsonl"
    assert run_cli("run", "--input", poll, "--source", "northline", "--output", out, "--now",
                   "2026-11-27T09:00:00Z", "--set", "entities.enabled=false",
                   "--progress-interval", "0") == 0
    record = json.loads(sorted((out / "_runs").glob("run*.json"))[-1].read_text())
    assert (record["counts"]["articles_new"], record["counts"]["repolls_skipped"]) == (0, 12)


def test_signatures_of_the_older_date_source_layout_are_read_and_merged_into_their_day(
        polled_dataset, compacted, tmp_path):
    # Signatures used to be written below date=/source=: move the dataset's there, as an
    # older wirestream left them. They are read where they are, and compaction moves them up,
    # open days included (a migration, like layout v1's).
    out = tmp_path / "out"
    shutil.copytree(polled_dataset, out)
    for path in sorted((out / "_state" / "signatures").rglob("*.parquet")):
        older = path.parent / "source=northline" / path.name
        older.parent.mkdir(exist_ok=True)
        path.rename(older)
    rows = ("SELECT article_id, version, minhash, shingle_set, cluster_id, published_at "
            "FROM read_parquet('{out}/_state/signatures/**/*.parquet') ORDER BY ALL")
    expected = query(compacted, rows.format(out=compacted))
    assert len(expected) == 12
    assert query(out, rows.format(out=out)) == expected
    assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
    files = parquet_files(out)
    assert sorted(p for p in files if p.startswith("_state/signatures/")) == [
        "_state/signatures/date=2026-11-24", "_state/signatures/date=2026-11-25",
        "_state/signatures/date=2026-11-26"]
    assert [len(files[f"_state/signatures/date=2026-11-2{d}"]) for d in (4, 5, 6)] == [1, 1, 1]
    assert query(out, SIGNATURES.format(out=out)) == query(compacted,
                                                           SIGNATURES.format(out=compacted))


class Crash(Exception):
    """Stands in for the process dying at one file-system operation."""


def compactions_killed(dataset, tmp_path, monkeypatch, every: int = 1):
    """``(operation, out)``: a copy of ``dataset`` whose compaction died at its
    ``operation``-th write, move or delete (every ``every``-th operation in turn), until one
    that ran to its end; the caller checks the half-done dataset and finishes it."""
    operation = 0
    while True:
        out = tmp_path / f"crash{operation}"
        shutil.copytree(dataset, out)
        with monkeypatch.context() as mp:
            crash_at(mp, operation)
            try:
                run_cli("compact", "--output", out, "--before", BEFORE)
            except Crash:
                crashed = True
            else:
                crashed = False
        yield operation, out
        shutil.rmtree(out)
        if not crashed:
            return
        operation += every


def crash_at(monkeypatch, operation: int) -> None:
    """Make the ``operation``-th write, move or delete (0-based) raise ``Crash``."""
    count = iter(range(10_000))
    for name in ("write_atomically", "move", "delete", "delete_dir"):
        original = getattr(Location, name)

        def failing(self, *args, _original=original):
            if next(count) == operation:
                raise Crash(operation)
            return _original(self, *args)

        monkeypatch.setattr(Location, name, failing)


def test_a_compaction_killed_at_any_step_is_finished_by_running_it_again(
        polled_dataset, compacted, tmp_path, monkeypatch):
    reference = data_files(compacted)
    before = answers(polled_dataset)
    for operation, out in compactions_killed(polled_dataset, tmp_path, monkeypatch):
        # Killed anywhere, `wirestream query` sees every row once (the pending journal says
        # which files a half-applied step has replaced); a plain glob (here over the
        # near-duplicate state) may see a partition twice but never misses a row.
        after = answers(out)
        assert after[:-1] == before[:-1], f"crash at operation {operation}"
        assert sorted(set(after[-1])) == sorted(set(before[-1]))
        assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
        assert data_files(out) == reference, f"crash at operation {operation}"
    # 7 staged files, the journal, 7 moves, 23 deletes, the journal filed as done, the
    # pending one deleted, the staging dir.
    assert operation == 41


def test_pending_commit_is_reported_when_finished(polled_dataset, tmp_path, monkeypatch,
                                                  capsys):
    out = tmp_path / "out"
    shutil.copytree(polled_dataset, out)
    with monkeypatch.context() as mp:
        mp.setattr(commit, "apply", lambda location, journal: journal)  # dies after planning
        assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
    capsys.readouterr()
    assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
    [path] = (out / "_runs" / "commits" / "done").glob("compact-*.json")
    assert capsys.readouterr().out.splitlines() == [
        f"wirestream compact: nothing to compact (partitions dated before {BEFORE})",
        f"  finished an interrupted commit: {path.stem}",
    ]
