"""A layout v1 dataset: readers answer right, runs refuse it, ``compact`` migrates it to v2 in
place with every row kept once, and a migration killed at any step is finished by the next."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

from tests.conftest import FIXED_NOW, ROOT, data_files, query, run_cli
from tests.pipeline.test_compact import DUMPS, compactions_killed
from tests.pipeline.test_query import readme_questions
from tests.pipeline.v1_dataset import write_v1_copy

BEFORE = "2026-11-26"
SOURCES = "SELECT source, date, count(*) FROM {} GROUP BY ALL ORDER BY ALL"


def answers(out) -> list[list[tuple]]:
    """The README's questions, every row of every table, stories per source and day."""
    return [query(out, sql) for sql in [*readme_questions(), *DUMPS, SOURCES.format("articles"),
                                        SOURCES.format("entities")]]


def layout_files(out) -> list[str]:
    return sorted(str(p.relative_to(out)) for table in ("articles", "entities")
                  for p in (out / table).rglob("*.parquet"))


@pytest.fixture(scope="module")
def v1_dataset(samples_output, tmp_path_factory):
    """The samples (four sources, seven days) as wirestream wrote them before layout v2."""
    out = tmp_path_factory.mktemp("v1") / "out"
    write_v1_copy(samples_output, out)
    return out


@pytest.fixture(scope="module")
def migrated(v1_dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("migrated") / "out"
    shutil.copytree(v1_dataset, out)
    assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
    return out


def test_the_v1_copy_is_layout_v1(v1_dataset):
    files = layout_files(v1_dataset)
    assert files and all("/source=" in f for f in files)
    assert "source" not in pq.read_schema(v1_dataset / files[0]).names


def test_query_reads_a_v1_dataset_with_the_same_answers(samples_output, v1_dataset):
    assert answers(v1_dataset) == answers(samples_output)


def test_a_run_refuses_a_v1_dataset_and_names_compact(v1_dataset, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(v1_dataset, out)
    before = data_files(out)
    assert run_cli("run", "--input", ROOT / "samples/feeds/harbor-wire.rss.xml", "--output",
                   out, "--now", FIXED_NOW, "--progress-interval", "0") == 2
    message = capsys.readouterr().err
    assert message.startswith(f"wirestream: output {str(out)!r} holds 26 file(s) in layout v1 "
                              "(date=/source= partitions, e.g. articles/date=2026-11-20/"
                              "source=harbor-wire/")
    assert message.rstrip().endswith(f"run `wirestream compact --output {out}` to migrate it "
                                     "to layout v2 (date= partitions, source a column); "
                                     "compact is safe to interrupt and re-run")
    assert data_files(out) == before


def test_migration_keeps_every_row_once(samples_output, v1_dataset, migrated):
    assert answers(migrated) == answers(samples_output)
    assert query(migrated, "SELECT count(*), count(DISTINCT source) FROM articles") == [(16, 4)]


def test_migration_makes_one_v2_file_per_day_with_source_a_column(migrated):
    files = layout_files(migrated)
    assert [f.rsplit("/", 1)[0] for f in files] == [
        f"{table}/date=2026-11-{day}" for table in ("articles", "entities")
        for day in ("20", "21", "23", "24", "25", "26", "28")]
    assert all(f.rsplit("/", 1)[1].startswith("part-compacted-") for f in files)
    day = pq.read_table(next((migrated / "articles/date=2026-11-28").glob("*.parquet")))
    assert day.schema.metadata[b"wirestream.schema_version"] == b"3"
    # Sorted by source, then publication time: the row groups' statistics prune by source.
    assert day.column("source").to_pylist() == [
        "desk-export", "harbor-wire-web", "harbor-wire-web", "harbor-wire-web", "northline"]


def test_the_migration_is_recorded(migrated):
    [path] = (migrated / "_runs" / "commits" / "done").glob("compact-*.json")
    record = json.loads(path.read_text())
    assert [(p["partition"], p["files_in"], p["files_out"], p["rows"], p["migrated"])
            for p in record["partitions"]] == [
        (f"{table}/date=2026-11-{day}", files, 1, rows, True)
        for day, files, articles, entities in (("20", 1, 1, 16), ("21", 1, 1, 9),
                                               ("23", 1, 1, 9), ("24", 2, 2, 28),
                                               ("25", 3, 4, 33), ("26", 2, 2, 19),
                                               ("28", 3, 5, 55))
        for table, rows in (("articles", articles), ("entities", entities))]
    # Open days (2026-11-26 and -28) migrate too: a dataset is all v2 afterwards.


def test_migrating_again_changes_nothing_and_runs_work_again(migrated, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(migrated, out)
    reference = data_files(out)
    capsys.readouterr()
    assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"wirestream compact: nothing to compact (partitions dated before {BEFORE})"]
    assert data_files(out) == reference
    records = set((out / "_runs").glob("run*.json"))
    assert run_cli("run", "--input", ROOT / "samples/feeds/harbor-wire.rss.xml", "--source",
                   "harbor-wire", "--output", out, "--now", FIXED_NOW, "--set",
                   "entities.enabled=false", "--progress-interval", "0") == 0
    [new] = set((out / "_runs").glob("run*.json")) - records
    record = json.loads(new.read_text())
    assert (record["counts"]["articles_new"], record["counts"]["repolls_skipped"]) == (0, 5)


def test_a_migration_killed_at_any_step_is_finished_by_running_it_again(
        samples_output, v1_dataset, migrated, tmp_path, monkeypatch):
    reference, expected = data_files(migrated), answers(samples_output)
    # Every 7th write, move or delete: staging, journal, moves, deletes.
    for operation, out in compactions_killed(v1_dataset, tmp_path, monkeypatch, every=7):
        # Half migrated: some days v2, some v1, one maybe both; every row shows once.
        assert answers(out) == expected, f"crash at operation {operation}"
        assert run_cli("compact", "--output", out, "--before", BEFORE) == 0
        assert data_files(out) == reference, f"crash at operation {operation}"
    assert operation == 63  # 14 staged files, the journal, 14 moves, 26 deletes, ...
