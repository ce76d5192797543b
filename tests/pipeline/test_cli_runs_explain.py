"""Issue 22: every run explains itself on the command line (exact summary lines)."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow.parquet as pq

from tests.changing_feeds import FeedServer, LiveFeed
from tests.conftest import FIXED_NOW, query, run_cli


def summary_lines(text: str, *labels: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip().startswith(labels)]


def test_once_that_does_nothing_says_why(tmp_path, capsys):
    """--once at 12:00 writes the feed's story; --once 5 s later requests nothing and says the
    feed is not due until when; --once an hour later gets a 304 and says so."""
    feed = LiveFeed("Harbor")
    feed.publish("h1", "Ferry route reopens", "The north ferry route reopened on Monday after "
                 "repairs to the quay, ending a week of delays for commuters.",
                 dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC))
    out = tmp_path / "out"
    with FeedServer({"/harbor.xml": feed}) as server:
        config = tmp_path / "feeds.yaml"
        config.write_text(json.dumps({
            "inputs": [{"location": server.url("/harbor.xml"), "format": "rss",
                        "source": "harbor"}],
            "run": {"output": str(out)}, "entities": {"enabled": False}}))
        outputs = []
        for now in ("2026-11-28T12:00:00Z", "2026-11-28T12:00:05Z", "2026-11-28T13:00:00Z"):
            capsys.readouterr()
            assert run_cli("run", "--config", config, "--once", "--now", now,
                           "--progress-interval", "0") == 0
            outputs.append(capsys.readouterr().out)
        statuses = server.statuses("/harbor.xml")

    labels = ("stories read", "articles written", "feeds", "not modified", "nothing written")
    assert summary_lines(outputs[0], *labels) == [
        "  stories read              1",
        "  articles written          1",
        "  feeds               1 due, 1 fetched",
        "  not modified (304)        0"]
    assert summary_lines(outputs[1], *labels) == [
        "  stories read              0",
        "  articles written          0",
        "  feeds               0 due, 0 fetched; 1 not due until 2026-11-28 12:02:30 UTC",
        "  not modified (304)        0",
        "  nothing written     no feed was due (the next at 2026-11-28 12:02:30 UTC): nothing "
        "was requested"]
    assert summary_lines(outputs[2], *labels) == [
        "  stories read              0",
        "  articles written          0",
        "  feeds               1 due, 1 fetched",
        "  not modified (304)        1",
        "  nothing written     every feed fetched was unchanged (not modified (304): 1, same "
        "body: 0)"]
    assert statuses == [200, 304]  # the not-due cycle made no request
    records = sorted((out / "_runs").glob("*.json"))
    reasons = [json.loads(p.read_text())["nothing_written_because"] for p in records]
    assert reasons[0] is None
    assert sorted(r for r in reasons if r) == [
        "every feed fetched was unchanged (not modified (304): 1, same body: 0)",
        "no feed was due (the next at 2026-11-28 12:02:30 UTC): nothing was requested"]


def test_a_run_that_rejects_everything_exits_3_and_points_at_the_rejects(tmp_path, capsys):
    broken = tmp_path / "broken.xml"
    broken.write_text("this is not a feed at all")
    out = tmp_path / "out"
    assert run_cli("run", "--input", broken, "--output", out, "--now", FIXED_NOW,
                   "--set", "entities.enabled=false", "--progress-interval", "0") == 3
    captured = capsys.readouterr()
    assert captured.err.splitlines()[-1] == "wirestream: every story read (1) was rejected"
    lines = captured.out.splitlines()
    assert summary_lines(captured.out, "stories read", "rejects", "nothing written") == [
        "  stories read              1",
        "  rejects                   1  (malformed_feed 1)",
        "  nothing written     every story read was rejected"]
    assert lines[-1] == (f"    wirestream query --output {out} \"SELECT stage, reason, origin, "
                         "detail FROM rejects ORDER BY ALL LIMIT 20\"")
    assert query(out, "SELECT stage, reason, origin FROM rejects") == [
        ("read", "malformed_feed", str(broken))]


def test_some_rejects_under_the_ratio_still_exit_0(tmp_path, capsys):
    """One good story and one broken feed: half rejected, max_reject_ratio 1.0 -> exit 0."""
    good = tmp_path / "desk.jsonl"
    good.write_text(json.dumps({"title": "Port reopens", "guid": "n-1",
                                "body": "OSLO (Northline) - The port reopened on Monday.",
                                "published": "2026-11-27T10:00:00Z"}) + "\n")
    broken = tmp_path / "broken.xml"
    broken.write_text("this is not a feed at all")
    out = tmp_path / "out"
    assert run_cli("run", "--input", good, "--input", broken, "--output", out, "--now",
                   FIXED_NOW, "--set", "entities.enabled=false", "--progress-interval",
                   "0") == 0
    assert "FROM articles GROUP BY ALL" in capsys.readouterr().out.splitlines()[-1]


def test_two_feeds_on_one_host_get_their_own_sources(tmp_path, capsys):
    """Ad hoc URL inputs are named after host and path, so two feeds of one host do not merge
    into one source `127.0.0.1`."""
    harbor, ports = LiveFeed("Harbor"), LiveFeed("Ports")
    harbor.publish("h1", "Ferry route reopens", "The north ferry route reopened on Monday.",
                   dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC))
    ports.publish("p1", "Port fees rise", "The port authority raised its fees on Tuesday.",
                  dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC))
    out = tmp_path / "out"
    with FeedServer({"/harbor.xml": harbor, "/wire/ports.rss": ports}) as server:
        assert run_cli("run", "--input", server.url("/harbor.xml"),
                       "--input", server.url("/wire/ports.rss"), "--output", out, "--now",
                       FIXED_NOW, "--set", "entities.enabled=false",
                       "--progress-interval", "0") == 0
    capsys.readouterr()
    assert run_cli("query", "--output", out, "--format", "csv",
                   "SELECT source, title FROM articles ORDER BY source") == 0
    assert capsys.readouterr().out.splitlines() == [
        "source,title",
        "127.0.0.1-harbor,Ferry route reopens",
        "127.0.0.1-wire-ports,Port fees rise"]
    # Layout v2: one file for the day, the two sources in its source column, sorted.
    [day] = (out / "articles" / "date=2026-11-27").iterdir()
    assert pq.read_table(day, columns=["source"]).column("source").to_pylist() == [
        "127.0.0.1-harbor", "127.0.0.1-wire-ports"]
