"""Polling many feeds at once: politeness per host, a stalled feed, a cycle over its budget.

Traffic goes only to servers on 127.0.0.1 that the tests start and stop; every held or stalled
response ends by itself (``tests.fault_server.MAX_WAIT_S``).
"""

from __future__ import annotations

import json
import time

import yaml
from apache_beam.utils.timestamp import Timestamp

from pipeline.feedstate import CycleReport, FeedState, PollSettings
from pipeline.launcher import cycle_record, overrun_warning
from pipeline.polling import FeedPoller, FetchSettings, PolledInput, PollFeedShardFn
from tests.conftest import query, run_cli
from tests.fault_server import FeedServer, InFlight, counted, rss_feed, stall, static
from transforms.records import InputSpec, RawStory
from transforms.state_keys import state_key

SETTINGS = PollSettings(interval_s=300, min_interval_s=60, max_interval_s=3600,
                        backoff_base_s=60, backoff_max_s=3600, seen_items_max=100)


def feed_items(n: int) -> tuple[str, ...]:
    return tuple(f"Harbour note {n}-{k}" for k in range(3))


def polled(url: str, source: str) -> PolledInput:
    return PolledInput(InputSpec(url, "rss", source), SETTINGS)


def test_fifty_feeds_on_one_host_have_at_most_four_requests_in_flight(tmp_path):
    in_flight = InFlight()
    routes = {f"/feed-{n}.xml": counted(rss_feed(*feed_items(n)), in_flight, hold_s=0.2)
              for n in range(50)}
    out = tmp_path / "out"
    with FeedServer(routes) as server:
        config = tmp_path / "feeds.yaml"
        config.write_text(yaml.safe_dump({
            "inputs": [{"location": server.url(path), "format": "rss",
                        "source": path[1:].removesuffix(".xml")} for path in routes],
            "fetch": {"timeout_seconds": 5, "max_concurrency": 16, "max_per_host": 4},
            "cleaning": {"learn_boilerplate": False}, "dedup": {"near_duplicates": False},
            "entities": {"enabled": False}}))
        assert run_cli("run", "--config", config, "--output", out, "--once",
                       "--progress-interval", "0") == 0
        hits = dict(server.hits)

    # Sixteen threads wanted in; the host never had more than four requests at once.
    assert in_flight.peak == 4
    assert hits == {path: 1 for path in routes}
    assert query(out, "SELECT count(*), count(DISTINCT source) FROM articles") == [(150, 50)]
    [record] = [json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")]
    assert record["poll_cycle"] == {"feeds": 50, "due": 50, "fetched": 50, "pending": 0,
                                    "overran": False, "budget_seconds": None,
                                    "not_modified": 0, "unchanged_body": 0,
                                    "next_due_at": None}
    health = record["feeds"]
    assert len(health) == 50
    assert {(h["last_outcome"], h["last_error"], h["consecutive_failures"]) for h in health} == {
        ("changed", None, 0)}
    assert all(0.2 <= h["latency_seconds"] < 5 for h in health)


def test_a_stalled_feed_costs_only_its_own_timeout():
    routes = {"/stall": stall(),
              **{f"/feed-{n}.xml": static(rss_feed(*feed_items(n))) for n in range(20)}}
    poller = FeedPoller(FetchSettings(timeout_s=1.0, max_bytes=100_000, max_concurrency=8,
                                      max_per_host=4))
    try:
        with FeedServer(routes) as server:
            feeds = [(polled(server.url(path), "wire"), FeedState()) for path in routes]
            started = time.monotonic()
            finished_at = {}
            for feed, result in poller.poll_all(feeds, now=1000.0):
                finished_at[feed.spec.location] = (time.monotonic() - started, result)
    finally:
        poller.close()

    stalled_s, stalled = finished_at.pop(server.url("/stall"))
    assert (stalled.outcome, [r.reason for r in stalled.records]) == ("failed", ["fetch_timeout"])
    assert (stalled.state.failures, stalled.state.last_error) == (1, "fetch_timeout")
    assert 1.0 <= stalled_s < 1.5
    # The twenty healthy feeds went through the host's other three slots meanwhile.
    assert {result.outcome for _, result in finished_at.values()} == {"changed"}
    assert sum(len(result.records) for _, result in finished_at.values()) == 60
    assert max(seconds for seconds, _ in finished_at.values()) < 1.0


def test_a_cycle_over_its_budget_leaves_the_rest_pending_and_unchanged():
    in_flight = InFlight()
    routes = {f"/feed-{n}.xml": counted(rss_feed(*feed_items(n)), in_flight, hold_s=0.5)
              for n in range(6)}
    poller = FeedPoller(FetchSettings(timeout_s=1.0, max_bytes=100_000, max_concurrency=2,
                                      max_per_host=2))
    try:
        with FeedServer(routes) as server:
            feeds = [(polled(server.url(path), "wire"), FeedState(next_poll_at=n))
                     for n, path in enumerate(routes)]
            # Time for the first two fetches (they may take the 1 s timeout), not the next two.
            results = dict(poller.poll_all(feeds, now=1000.0, deadline=time.time() + 1.3))
    finally:
        poller.close()

    outcomes = {feed.spec.location.rpartition("/")[2]: r.outcome for feed, r in results.items()}
    # Most overdue first: feeds 0 and 1 were fetched, the others wait for the next cycle.
    assert outcomes == {"feed-0.xml": "changed", "feed-1.xml": "changed",
                        "feed-2.xml": "pending", "feed-3.xml": "pending",
                        "feed-4.xml": "pending", "feed-5.xml": "pending"}
    pending_states = {int(feed.spec.location.rpartition("-")[2].removesuffix(".xml")): r.state
                      for feed, r in results.items() if r.outcome == "pending"}
    assert pending_states == {n: FeedState(next_poll_at=n) for n in (2, 3, 4, 5)}
    report = CycleReport(feeds=6, due=6, fetched=2, pending=4)
    assert cycle_record(report, 1.3) == {"feeds": 6, "due": 6, "fetched": 2, "pending": 4,
                                         "overran": True, "budget_seconds": 1.3}
    assert overrun_warning(report, 1.3) == (
        "poll cycle overran its budget of 1.3s: 6 feeds due, 2 fetched, 4 still pending (they "
        "stay due and go first next cycle; raise fetch.max_concurrency or the interval)")
    assert overrun_warning(CycleReport(6, 6, 6, 0), 1.3) is None


class _Stored:
    """Stands in for a Beam ReadModifyWriteState in a direct call of the streaming DoFn."""

    def __init__(self) -> None:
        self.value = None
        self.writes = 0

    def read(self):
        return self.value

    def write(self, value) -> None:
        self.value = value
        self.writes += 1


class _Timer:
    """Stands in for a Beam timer in a direct call of the streaming DoFn."""

    def __init__(self) -> None:
        self.times: list[Timestamp] = []

    def set(self, timestamp: Timestamp) -> None:
        self.times.append(timestamp)


def test_a_streaming_tick_waits_for_no_stalled_feed_and_a_later_tick_takes_it_up():
    routes = {"/stall": stall(),
              **{f"/feed-{n}.xml": static(rss_feed(*feed_items(n))) for n in range(10)}}
    fetch = FetchSettings(timeout_s=1.0, max_bytes=100_000, max_concurrency=8, max_per_host=4)
    with FeedServer(routes) as server:
        feeds = [polled(server.url(path), "wire") for path in routes]
        shard_fn = PollFeedShardFn({0: feeds}, fetch, tick_s=0.3, stop=1010.0)
        shard_fn.setup()
        stored = _Stored()
        try:
            started = time.monotonic()
            first = list(shard_fn.process((state_key(0), (0, 1000.0)), stored=stored,
                                           flush=_Timer()))
            first_s = time.monotonic() - started
            # The stalled fetch is still running: the next tick neither waits for it nor
            # starts it again (the other feeds are not due for 300 s).
            second = list(shard_fn.process((state_key(0), (0, 1000.3)), stored=stored,
                                            flush=_Timer()))
            second_s = time.monotonic() - started - first_s
            time.sleep(max(0.0, started + 1.6 - time.monotonic()))  # its timeout has passed
            third = list(shard_fn.process((state_key(0), (0, 1001.6)), stored=stored,
                                           flush=_Timer()))
            hits = dict(server.hits)
        finally:
            shard_fn.teardown()

    assert first_s < 0.9 and second_s < 0.5
    assert len(first) == 30 and all(isinstance(s, RawStory) for s in first)
    assert second == []
    [reject] = third
    assert (reject.tag, reject.value.reason) == ("rejects", "fetch_timeout")
    assert hits == {path: 1 for path in routes}
    states = stored.value
    assert states[server.url("/stall")].failures == 1
    assert {states[server.url(f"/feed-{n}.xml")].last_outcome for n in range(10)} == {"changed"}
    assert stored.writes == 2  # the first tick and the one that took up the stalled fetch


def test_a_fetch_still_running_when_the_ticks_end_is_waited_for_whatever_their_order():
    # The later tick comes first (a runner may hand ticks over out of order): it starts both
    # feeds and leaves the stalled one running; the earlier tick, handled last, has nothing due.
    # Neither can know it is the last: the timer they set for the stop takes the fetch up.
    routes = {"/stall": stall(), "/feed.xml": static(rss_feed(*feed_items(0)))}
    fetch = FetchSettings(timeout_s=1.0, max_bytes=100_000, max_concurrency=4, max_per_host=4)
    with FeedServer(routes) as server:
        shard_fn = PollFeedShardFn({0: [polled(server.url(path), "wire") for path in routes]},
                                   fetch, tick_s=0.3, stop=1000.6)
        shard_fn.setup()
        stored, timer = _Stored(), _Timer()
        try:
            later = list(shard_fn.process((state_key(0), (0, 1000.3)), stored=stored,
                                          flush=timer))
            earlier = list(shard_fn.process((state_key(0), (0, 1000.0)), stored=stored,
                                            flush=timer))
            flushed = list(shard_fn.flush_in_flight(key=state_key(0), stored=stored))
            again = list(shard_fn.flush_in_flight(key=state_key(0), stored=stored))
            hits = dict(server.hits)
        finally:
            shard_fn.teardown()
    assert timer.times == [Timestamp.of(1000.6)] * 2
    assert [type(o).__name__ for o in later] == ["RawStory"] * 3
    assert earlier == []
    assert [(o.tag, o.value.reason) for o in flushed] == [("rejects", "fetch_timeout")]
    assert again == []
    assert hits == {"/stall": 1, "/feed.xml": 1}
    assert stored.value[server.url("/stall")].failures == 1
