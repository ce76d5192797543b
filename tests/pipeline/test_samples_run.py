"""End to end on the bundled samples: every outcome of the output contract, read back by DuckDB."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXED_NOW, ROOT, data_files, query, run_cli

LOCAL = ROOT / "configs" / "local.yaml"
NO_NER = ("--set", "entities.enabled=false")


def run_samples(out: Path, *extra: str, now: str = FIXED_NOW) -> int:
    return run_cli("run", "--config", LOCAL, "--output", out, "--now", now, *extra)


@pytest.fixture(scope="module")
def monkeypatch_module():
    # configs/local.yaml names inputs relative to the project root, like `make run`.
    mp = pytest.MonkeyPatch()
    mp.chdir(ROOT)
    yield mp
    mp.undo()


def test_articles_per_partition(samples_output):
    rows = query(samples_output, "SELECT source, count(*) FROM articles GROUP BY ALL ORDER BY 1")
    assert rows == [("desk-export", 5), ("harbor-wire", 5), ("harbor-wire-web", 3),
                    ("northline", 3)]


def test_malformed_line_is_a_reject_with_its_origin(samples_output):
    rows = query(samples_output, "SELECT stage, reason, origin, CAST(date AS VARCHAR) "
                                 "FROM rejects")
    assert rows == [("read", "malformed_json", "samples/jsonl/desk-export.jsonl:5",
                     "2026-11-28")]


def test_syndicated_copy_points_at_the_earlier_story(samples_output):
    rows = query(samples_output, """
        SELECT c.guid, k.guid FROM articles c JOIN articles k ON c.duplicate_of = k.article_id""")
    assert rows == [("synd-hw-7730125", "desk-2026-11-25-0117")]


def test_future_date_is_clamped_and_missing_date_is_ingest_time(samples_output):
    rows = query(samples_output, """
        SELECT guid, CAST(published_at AS VARCHAR), published_raw, CAST(date AS VARCHAR)
        FROM articles WHERE published_at = TIMESTAMPTZ '2026-11-28 12:00:00+00' ORDER BY guid""")
    assert [(r[0], r[2]) for r in rows] == [
        ("desk-2027-03-01-0008", "2027-03-01T09:00:00+01:00"),
        ("tag:northline.example,2026:story-tromso-nordlys-cancellations", None),
    ] + [(None, None)] * 3  # the three text stories carry no date
    assert {r[3] for r in rows} == {"2026-11-28"}


def test_partition_columns_are_only_in_the_path_and_source_is_a_column(samples_output):
    import pyarrow.parquet as pq

    for f in samples_output.rglob("*.parquet"):
        meta = pq.read_metadata(f)
        names = set(meta.schema.names)
        assert not names & {"date", "stage"}, f
        # Layout v2: source is a column of articles and entities, not a partition.
        table = f.relative_to(samples_output).parts[0]
        assert ("source" in names) == (table in ("articles", "entities")), f
        assert meta.metadata[b"wirestream.schema_version"] == b"3"


def test_run_record_reconciles(samples_output):
    [record_file] = (samples_output / "_runs").glob("*.json")
    counts = json.loads(record_file.read_text())["counts"]
    assert counts["stories_in"] == 17
    assert (counts["articles_new"], counts["versions_new"], counts["repolls_skipped"],
            counts["rejects"]) == (16, 0, 0, 1)
    assert counts["duplicates_linked"] == 1
    assert counts["reconciled"] is True


def test_rerun_is_all_repolls_and_changed_body_is_a_version(tmp_path, monkeypatch_module):
    out = tmp_path / "out"
    assert run_samples(out, *NO_NER) == 0
    articles_before = data_files(out / "articles")
    assert run_samples(out, *NO_NER, now="2026-11-28T12:05:00Z") == 0
    assert data_files(out / "articles") == articles_before  # no article written twice
    # Rejects are an event log: the still-malformed line is recorded again, at the new time.
    assert query(out, "SELECT CAST(occurred_at AS VARCHAR) FROM rejects ORDER BY 1") == [
        ("2026-11-28 12:00:00+00",), ("2026-11-28 12:05:00+00",)]
    records = sorted((out / "_runs").glob("*.json"))
    counts = json.loads(records[-1].read_text())["counts"]
    assert (counts["articles_new"], counts["repolls_skipped"], counts["rejects"]) == (0, 16, 1)

    changed = tmp_path / "changed.jsonl"
    line = json.loads((ROOT / "samples/jsonl/desk-export.jsonl").read_text().splitlines()[0])
    line["body"] += "\n\nThe operator said a further update would follow on Friday."
    changed.write_text(json.dumps(line) + "\n")
    assert run_cli("run", "--input", changed, "--source", "desk-export", "--output", out,
                   "--now", "2026-11-28T12:10:00Z", *NO_NER) == 0
    rows = query(out, f"SELECT version, body LIKE '%further update%' FROM articles "
                      f"WHERE guid = '{line['guid']}' ORDER BY version")
    assert rows == [(1, False), (2, True)]


def test_same_clock_gives_byte_identical_files(tmp_path, monkeypatch_module):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_samples(first, *NO_NER) == 0
    assert run_samples(second, *NO_NER) == 0
    assert data_files(first) == data_files(second)
    assert len(data_files(first)) > 0


def test_reject_ratio_gate(tmp_path, monkeypatch_module):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "ok", "body": "fine"}\n{not json\n')
    assert run_cli("run", "--input", bad, "--output", tmp_path / "o", "--now", FIXED_NOW,
                   "--max-reject-ratio", "0.4", *NO_NER) == 3
    shutil.rmtree(tmp_path / "o")


def test_two_worker_processes_write_the_same_bytes(tmp_path, monkeypatch_module, capfd):
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_samples(one) == 0
    assert run_samples(two, "--workers", "2") == 0
    assert data_files(one) == data_files(two)
    # The worker processes log like the command line: no Beam INFO records, no known noise.
    logged = capfd.readouterr().err
    assert [line for line in logged.splitlines() if line.startswith(("INFO", "WARNING"))] == []
