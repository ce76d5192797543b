"""Compaction that runs by itself: ``--once`` runs merge closed days, a bounded number per run;
a late story for a compacted day lands and is compacted again; the setting turns it off."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
from pathlib import Path

from pipeline.config import CompactionConfig
from pipeline.tools.compact import CompactWhileStreaming
from tests.conftest import query, run_cli
from tests.pipeline.wire_polls import item, write_polls

ONCE = ("run", "--once", "--source", "northline", "--set", "entities.enabled=false",
        "--progress-interval", "0")
PER_DAY = ("SELECT date, count(*), count(DISTINCT article_id) FROM articles "
           "GROUP BY ALL ORDER BY ALL")


def files_per_day(out: Path) -> dict[str, list[str]]:
    return {d.name: sorted(p.name.split("-")[1] for p in d.glob("*.parquet"))
            for d in sorted((out / "articles").glob("date=*"))}


def poll(out: Path, path: Path, now: str, *settings: str) -> list[dict]:
    """One --once run; the commit journals its compaction wrote."""
    journals = out / "_runs" / "commits" / "done"
    before = set(journals.glob("*.json"))
    assert run_cli(*ONCE, "--input", path, "--output", out, "--now", now,
                   *(a for s in settings for a in ("--set", s))) == 0
    return [json.loads(p.read_text()) for p in sorted(set(journals.glob("*.json")) - before)]


def test_once_runs_compact_closed_days_and_late_stories_are_compacted_later(tmp_path, capsys):
    out = tmp_path / "out"
    polls = write_polls(tmp_path)
    for now, path in polls[:2]:  # 2026-11-25: no day is closed yet
        assert poll(out, path, now) == []
    # Stories dated 2026-11-26 seen on the 25th are dated by their poll (never in the future).
    assert files_per_day(out) == {f"date=2026-11-{d}": ["run20261125T090000Z",
                                                        "run20261125T180000Z"]
                                  for d in (24, 25)}
    capsys.readouterr()
    # 2026-11-26 09:00: 2026-11-24 is closed (one whole day has passed after it).
    [journal] = poll(out, polls[2][1], polls[2][0])
    assert capsys.readouterr().out.splitlines()[-1] == (
        "  compacted           2 closed partition(s): 6 files -> 2")
    assert [(p["partition"], p["files_in"], p["rows"]) for p in journal["partitions"]] == [
        ("articles/date=2026-11-24", 3, 4), ("_state/signatures/date=2026-11-24", 3, 4)]
    assert files_per_day(out)["date=2026-11-24"] == ["compacted"]

    # A late story for the compacted day, polled on 2026-11-27 with the rest of the feed.
    late = {**item(0), "guid": "n-late", "title": "A late story",
            "published": "2026-11-24T23:50:00Z", "body": item(0)["body"] + " Late addition."}
    feed = tmp_path / "late.jsonl"
    feed.write_text(polls[3][1].read_text() + json.dumps(late) + "\n")
    [journal] = poll(out, feed, "2026-11-27T09:00:00Z")
    assert [(p["partition"], p["files_in"], p["rows"]) for p in journal["partitions"]] == [
        ("articles/date=2026-11-24", 2, 5),  # the compacted file and the late story's
        ("_state/signatures/date=2026-11-24", 2, 5),
        ("articles/date=2026-11-25", 4, 6),
        ("rejects/date=2026-11-25/stage=read", 2, 2),
        ("_state/signatures/date=2026-11-25", 4, 6)]
    assert files_per_day(out) == {"date=2026-11-24": ["compacted"],
                                  "date=2026-11-25": ["compacted"],
                                  "date=2026-11-26": ["run20261126T090000Z",
                                                      "run20261127T090000Z"]}
    assert query(out, PER_DAY) == [(dt.date(2026, 11, d), n, n)
                                   for d, n in ((24, 5), (25, 6), (26, 2))]


def test_compaction_work_per_run_is_bounded_and_can_be_turned_off(tmp_path, capsys):
    out = tmp_path / "out"
    polls = write_polls(tmp_path)
    for now, path in polls:
        assert poll(out, path, now, "compaction.enabled=false") == []
    before = files_per_day(out)
    assert [len(names) for names in before.values()] == [3, 4, 2]

    capsys.readouterr()
    # 2026-11-28: 2026-11-24 .. -26 are closed; one partition per run, oldest first.
    later = "2026-11-28T09:00:00Z"
    [journal] = poll(out, polls[3][1], later, "compaction.max_partitions_per_run=1")
    assert capsys.readouterr().out.splitlines()[-1] == (
        "  compacted           1 closed partition(s): 3 files -> 1; 7 more next run")
    assert [p["partition"] for p in journal["partitions"]] == ["articles/date=2026-11-24"]
    [journal] = poll(out, polls[3][1], later, "compaction.max_partitions_per_run=10")
    assert [p["partition"] for p in journal["partitions"]] == [
        "_state/signatures/date=2026-11-24",
        "articles/date=2026-11-25", "rejects/date=2026-11-25/stage=read",
        "_state/signatures/date=2026-11-25",
        "articles/date=2026-11-26", "rejects/date=2026-11-26/stage=read",
        "_state/signatures/date=2026-11-26"]
    assert [len(names) for names in files_per_day(out).values()] == [1, 1, 1]
    assert query(out, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(12, 12)]


def test_a_streaming_run_compacts_as_it_starts_and_then_every_interval(polled_dataset,
                                                                        tmp_path):
    """The thread a streaming run keeps beside its job (wall clock: the polled days are long
    closed); stopped, it does nothing more."""
    out = tmp_path / "out"
    shutil.copytree(polled_dataset, out)
    lines: list[str] = []
    compacted = threading.Event()

    def emit(line: str) -> None:
        lines.append(line)
        compacted.set()

    # Every day looked at: by the wall clock the polled days are older than any lookback.
    compactor = CompactWhileStreaming(
        str(out), CompactionConfig(max_partitions_per_run=2, lookback_days=100_000), emit)
    compactor.start()
    assert compacted.wait(120), "no compaction as the streaming run started"
    compactor.stop()
    # Oldest first: 2026-11-24's articles and entities (3 files each); 9 partitions wait.
    assert lines == ["compacted           2 closed partition(s): 6 files -> 2; "
                     "9 more next run\n"]
    assert files_per_day(out)["date=2026-11-24"] == ["compacted"]
    assert len(files_per_day(out)["date=2026-11-25"]) == 4


def test_a_run_compacts_only_the_days_within_its_lookback(tmp_path, capsys):
    """A run's compaction lists the last ``lookback_days`` closed days, never the whole
    dataset: days older than that wait for ``wirestream compact``."""
    out = tmp_path / "out"
    polls = write_polls(tmp_path)
    for now, path in polls:
        assert poll(out, path, now, "compaction.enabled=false") == []
    before = files_per_day(out)
    # 2026-12-10: the first open day is 12-09, the last 7 closed days 12-02 .. 12-08.
    assert poll(out, polls[3][1], "2026-12-10T09:00:00Z") == []
    assert files_per_day(out) == before
    [journal] = poll(out, polls[3][1], "2026-12-10T10:00:00Z", "compaction.lookback_days=16",
                     "compaction.max_partitions_per_run=10")
    assert [p["partition"] for p in journal["partitions"]] == [
        "articles/date=2026-11-24", "_state/signatures/date=2026-11-24",
        "articles/date=2026-11-25", "rejects/date=2026-11-25/stage=read",
        "_state/signatures/date=2026-11-25", "articles/date=2026-11-26",
        "rejects/date=2026-11-26/stage=read", "_state/signatures/date=2026-11-26"]
