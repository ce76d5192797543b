"""Streaming on Prism and scheduled --once runs, against feeds on 127.0.0.1 that change.

The feeds change when they have been requested a given number of times (hooks), so what the
pipeline sees follows its own progress, not the clock. The streaming run stops by itself
(--stop-after); the only waiting is Prism's own run.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from pipeline.cli import EXIT_LOCKED, PRISM_BINARY
from pipeline.feedstate import RunLock, read_feed_states
from tests.changing_feeds import FeedServer, LiveFeed
from tests.conftest import query, run_cli

PUBLISHED = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
BODY = ("HARSTAD (Harbor Wire) - The port authority said on {day} that ferry traffic on the "
        "{route} route would resume after repairs to the {what}, ending a week of delays.")


def story(feed: LiveFeed, guid: str, n: int) -> None:
    feed.publish(guid, f"Ferry route {guid} reopens", BODY.format(
        day=["Monday", "Tuesday", "Wednesday", "Thursday"][n % 4], route=f"north-{guid}",
        what=["quay", "pier", "ramp", "bridge"][n % 4]), PUBLISHED + dt.timedelta(hours=n))


def feeds() -> dict[str, LiveFeed]:
    growing, steady = LiveFeed("Growing"), LiveFeed("Steady")
    plain, broken = LiveFeed("Plain", validators=False), LiveFeed("Broken", status=404)
    story(growing, "g1", 1)
    story(growing, "g2", 2)
    story(steady, "s1", 3)
    story(plain, "p1", 4)
    return {"/growing.xml": growing, "/steady.xml": steady, "/plain.xml": plain,
            "/broken.xml": broken}


def config_args(server: FeedServer, folder, *extra_inputs: dict) -> list[str]:
    """A config file (JSON is YAML) with the four feeds and ``extra_inputs``."""
    inputs = [{"location": server.url(f"/{name}.xml"), "format": "rss", "source": name}
              for name in ("growing", "steady", "plain", "broken")]
    path = folder / "config.yaml"
    path.write_text(json.dumps({"inputs": inputs + list(extra_inputs),
                                "entities": {"enabled": False}}))
    return ["--config", str(path)]


def guid_counts(out) -> list[tuple]:
    return query(out, "SELECT guid, count(*), max(version) FROM articles GROUP BY guid "
                      "ORDER BY guid")


needs_prism = pytest.mark.skipif(
    not PRISM_BINARY.is_file(),
    reason=f"Prism binary {PRISM_BINARY} is absent: run `make prism` (needs Go)")


@needs_prism
def test_streaming_on_prism_writes_new_items_once_with_304s_and_backoff(tmp_path, caplog):
    out, watched = tmp_path / "out", tmp_path / "drop"
    watched.mkdir()
    served = feeds()
    growing = served["/growing.xml"]
    growing.hooks[3] = lambda: story(growing, "g3", 5)
    growing.hooks[6] = lambda: story(growing, "g4", 6)

    def drop_file() -> None:  # a producer writing atomically: hidden name, then rename
        temporary = watched / ".desk.jsonl.part"
        temporary.write_text(json.dumps({"guid": "d1", "title": "Desk story on the ferry",
                                         "body": BODY.format(day="Friday", route="desk",
                                                             what="gangway"),
                                         "published": "2026-11-28T15:00:00Z"}) + "\n")
        os.replace(temporary, watched / "desk.jsonl")

    growing.hooks[4] = drop_file
    with FeedServer(served) as server:
        status = run_cli(
            "run", *config_args(server, tmp_path, {"location": str(watched), "source": "desk"}),
            "--output", out, "--streaming", "--runner", "prism", "--stop-after", "14s",
            "--set", "streaming.tick_seconds=0.5", "--set", "streaming.poll_interval_seconds=1",
            "--set", "streaming.min_poll_interval_seconds=0.5",
            "--set", "streaming.max_poll_interval_seconds=2",
            "--set", "streaming.backoff_base_seconds=1", "--set", "streaming.backoff_max_seconds=8",
            "--set", "streaming.window_seconds=2", "--progress-interval", "0")
        statuses = {path: server.statuses(path) for path in served}
        requests = {path: server.requests(path) for path in served}

    assert status == 0
    # Every stateful step is keyed by bytes and declares it (transforms/state_keys.py): Beam
    # warns neither about key coders nor about undeclared output types.
    assert [r.getMessage() for r in caplog.records
            if "Key coder" in r.getMessage() or "declared in type hints" in r.getMessage()] == []
    assert guid_counts(out) == [("d1", 1, 1), ("g1", 1, 1), ("g2", 1, 1), ("g3", 1, 1),
                                ("g4", 1, 1), ("p1", 1, 1), ("s1", 1, 1)]
    # Items published while the job ran were written in later windows than the first ones.
    first, later = query(out, "SELECT min(ingested_at) FILTER (guid = 'g1'), "
                              "min(ingested_at) FILTER (guid = 'g4') FROM articles")[0]
    assert later > first
    [record] = [json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")]
    counters, counts = record["counters"], record["counts"]
    assert (record["mode"], record["runner"], counts["reconciled"]) == (
        "streaming", "PrismRunner", True)

    # Feed by feed: every request the server answered is one poll in the run record's row for
    # that feed (200: changed or unchanged body, 304: not modified, 404: failed) ...
    rows = {row["source"]: row for row in record["feeds"]}
    assert sorted(rows) == ["broken", "growing", "plain", "steady"]
    for path, answered in requests.items():
        polls = rows[path.strip("/").removesuffix(".xml")]["polls"]
        assert sum(polls.values()) == len(answered), path
        assert polls.get("not_modified", 0) == statuses[path].count(304), path
        assert polls.get("changed", 0) + polls.get("unchanged_body", 0) == (
            statuses[path].count(200)), path
        assert polls.get("failed", 0) == statuses[path].count(404), path
    # ... and each feed's sequence is exact. A feed with validators sends the ETag of its
    # previous answer, so it gets 200 exactly when it changed since: the growing feed after
    # its 3rd and 6th requests (the hooks), the steady one only first. A runner may, rarely,
    # hand a poll its shard's state from before an earlier poll (Prism did once under load):
    # that request sends an older validator and gets a full 200, a refetch. One such stale poll
    # is tolerated: both feeds share the one fetch shard, so it shows as a refetch of each at
    # the same request (as it did once more under load). It is seen in the request log, and
    # the sequence accounts for it.
    refetched = {path: [i for i, r in enumerate(requests[path][1:], 1)
                        if r.sent != requests[path][i - 1].etag]
                 for path in ("/growing.xml", "/steady.xml")}
    assert len({i for polls in refetched.values() for i in polls}) <= 1, refetched
    for path, changes_after in (("/growing.xml", {3, 6}), ("/steady.xml", set())):
        answered = requests[path]
        assert answered[0].sent is None, path
        assert [r.status for r in answered] == [
            200 if i == 0 or i in changes_after or i in refetched[path] else 304
            for i in range(len(answered))], path
    assert len(requests["/growing.xml"]) >= 7
    steady_polls = rows["steady"]["polls"]
    assert steady_polls["not_modified"] >= 3
    assert steady_polls.get("changed", 0) + steady_polls.get("unchanged_body", 0) == (
        1 + len(refetched["/steady.xml"]))
    # Without validators every poll is a 200; the body never changes after the first.
    plain = statuses["/plain.xml"]
    assert set(plain) == {200}
    assert rows["plain"]["polls"]["changed"] == 1 or (
        any(refetched.values()) and rows["plain"]["polls"]["changed"] == 2)
    # The broken feed backs off (1, 2, 4, 8 s) while the growing one is polled every 0.5-2 s;
    # its health says so: every poll failed, none ever answered.
    broken = rows["broken"]
    assert 2 <= len(statuses["/broken.xml"]) <= 5
    assert broken["polls"] == {"failed": len(statuses["/broken.xml"])}
    assert (broken["consecutive_failures"], broken["last_success_at"]) == (
        len(statuses["/broken.xml"]), None)
    for name in ("growing", "steady", "plain"):
        row = rows[name]
        assert row["consecutive_failures"] == 0 and row["last_success_at"] is not None, name
        assert 0 <= row["latency_ms"]["mean"] <= row["latency_ms"]["max"] < 5000, name
    # Pooled: the same polls, and the stories they carried.
    served = [status for answered in statuses.values() for status in answered]
    assert counters["poll.not_modified"] == served.count(304)
    fetched_in_full = counters["poll.changed"] - counters["watch.files_read"]
    assert fetched_in_full + counters["poll.unchanged_body"] == served.count(200)
    assert counters["poll.failed"] == served.count(404)
    # Each failed poll is one reject row, which is what an analyst sees; the run record's
    # tallies agree with the rows (the counters are printed when they do not).
    failed_polls = len(statuses["/broken.xml"])
    assert query(out, "SELECT stage, reason, origin, count(*) FROM rejects GROUP BY ALL") == [
        ("read", "http_error", server.url("/broken.xml"), failed_polls)]
    assert (counts["rejects"], counts["rejects_by_reason"]) == (
        failed_polls, {"http_error": failed_polls}), counters
    assert counts["stories_in"] == 7 + counts["repolls_skipped"] + counts["rejects"]
    assert not list(out.rglob(".*.tmp"))


def test_once_three_times_writes_each_story_once_and_keeps_feed_state(tmp_path):
    out = tmp_path / "out"
    served = feeds()
    with FeedServer(served) as server:
        args = [*config_args(server, tmp_path), "--output", out, "--once",
                "--progress-interval", "0", "--set", "streaming.backoff_base_seconds=900"]
        assert run_cli("run", *args, "--now", "2026-11-28T12:00:00Z") == 0
        story(served["/growing.xml"], "g3", 5)
        assert run_cli("run", *args, "--now", "2026-11-28T12:10:00Z") == 0
        assert run_cli("run", *args, "--now", "2026-11-28T12:20:00Z") == 0
        statuses = {path: server.statuses(path) for path in served}

    assert guid_counts(out) == [("g1", 1, 1), ("g2", 1, 1), ("g3", 1, 1), ("p1", 1, 1),
                                ("s1", 1, 1)]
    assert statuses == {"/growing.xml": [200, 200, 304], "/steady.xml": [200, 304, 304],
                        "/plain.xml": [200, 200, 200],
                        # 12:00 fails; 12:10 is inside the 900 s backoff; 12:20 tries again.
                        "/broken.xml": [404, 404]}
    states = read_feed_states(str(out))
    assert states[server.url("/broken.xml")].failures == 2
    assert states[server.url("/steady.xml")].etag is not None
    runs = sorted((json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")),
                  key=lambda r: r["run_id"])
    assert [(r["mode"], r["counts"]["articles_new"], r["counters"].get("poll.not_modified", 0))
            for r in runs] == [("once", 4, 0), ("once", 1, 1), ("once", 0, 2)]


def test_once_exits_4_while_another_run_holds_the_lock(tmp_path, capsys):
    out = tmp_path / "out"
    with FeedServer(feeds()) as server, RunLock(str(out)):
        status = run_cli("run", *config_args(server, tmp_path), "--output", out, "--once")
    assert status == EXIT_LOCKED
    assert "another run is writing to this output" in capsys.readouterr().err
    assert not (out / "articles").exists()
