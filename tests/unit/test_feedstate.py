"""Polling decisions, the scheduled-run state file and lock, and the streaming CLI checks."""

from __future__ import annotations

import argparse
import dataclasses

import pytest

from pipeline.cli import check_mode_flags, parse_duration, prism_args
from pipeline.config import ConfigError, load_config
from pipeline.feedstate import (
    FeedState,
    PollSettings,
    RunLock,
    RunLocked,
    adapt_interval,
    after_body,
    after_failure,
    after_not_modified,
    backoff_delay,
    conditional_headers,
    is_due,
    item_key,
    new_items,
    read_feed_states,
    streaming_feed_health,
    write_feed_states,
)
from transforms.records import RawStory

SETTINGS = PollSettings(interval_s=100, min_interval_s=40, max_interval_s=200,
                        backoff_base_s=30, backoff_max_s=200, seen_items_max=3)


def raw(guid: str, text: str = "text") -> RawStory:
    return RawStory(source="wire", origin=f"feed#{guid}", title=guid, text=text, guid=guid)


def test_conditional_headers_send_the_last_validators():
    assert conditional_headers(FeedState()) == {}
    assert conditional_headers(FeedState(etag='"v1"', last_modified="Sat, 28 Nov 2026")) == {
        "If-None-Match": '"v1"', "If-Modified-Since": "Sat, 28 Nov 2026"}


def test_interval_adapts_to_change_within_bounds():
    assert adapt_interval(None, True, SETTINGS) == 50
    assert adapt_interval(None, False, SETTINGS) == 150
    assert adapt_interval(50, True, SETTINGS) == 40  # not below the minimum
    assert adapt_interval(150, False, SETTINGS) == 200  # not above the maximum


def test_backoff_doubles_per_failure_up_to_the_cap():
    assert [backoff_delay(n, SETTINGS) for n in (1, 2, 3, 4)] == [30, 60, 120, 200]


def test_a_304_keeps_validators_and_slows_down():
    state = FeedState(etag='"v1"', body_hash="x", interval_s=100, failures=2)
    assert after_not_modified(state, 1000, SETTINGS) == dataclasses.replace(
        state, interval_s=150, next_poll_at=1150, failures=0)


def test_a_200_with_the_same_body_is_unchanged_even_under_a_new_etag():
    state = FeedState(etag='"v1"', body_hash="x", interval_s=100)
    new, changed = after_body(state, 1000, {"etag": '"v2"'}, "x", SETTINGS)
    assert (changed, new.etag, new.last_modified, new.interval_s, new.next_poll_at) == (
        False, '"v2"', None, 150, 1150)
    new, changed = after_body(state, 1000, {"last-modified": "Sun"}, "y", SETTINGS)
    assert (changed, new.etag, new.last_modified, new.body_hash, new.next_poll_at) == (
        True, None, "Sun", "y", 1050)


def test_a_failure_backs_off_only_by_its_own_count():
    state = after_failure(after_failure(FeedState(etag='"v1"', interval_s=100), 0, SETTINGS),
                          30, SETTINGS)
    assert (state.failures, state.next_poll_at, state.etag, state.interval_s) == (
        2, 90, '"v1"', 100)
    assert not is_due(state, 89) and is_due(state, 90)


def test_new_items_skips_seen_ones_and_remembers_a_capped_window():
    fresh, state = new_items(FeedState(), [raw("a"), raw("b"), raw("a")], SETTINGS)
    assert [s.guid for s in fresh] == ["a", "b"]
    fresh, state = new_items(state, [raw("a"), raw("b", "edited"), raw("c")], SETTINGS)
    assert [(s.guid, s.text) for s in fresh] == [("b", "edited"), ("c", "text")]
    assert state.seen_items == (item_key(raw("b")), item_key(raw("b", "edited")),
                                item_key(raw("c")))


def test_state_file_round_trips_and_merges(tmp_path):
    assert read_feed_states(str(tmp_path)) == {}
    a = FeedState(etag='"1"', seen_items=("k1",), interval_s=50, next_poll_at=9.5)
    write_feed_states(str(tmp_path), {"http://a": a})
    write_feed_states(str(tmp_path), {"http://b": FeedState(failures=1)})
    assert read_feed_states(str(tmp_path)) == {"http://a": a, "http://b": FeedState(failures=1)}
    assert [p.name for p in (tmp_path / "_state").iterdir()] == ["feeds.json"]


def test_run_lock_is_exclusive_and_released(tmp_path):
    with RunLock(str(tmp_path)):
        with pytest.raises(RunLocked, match="another run is writing to this output"):
            RunLock(str(tmp_path)).__enter__()
    with RunLock(str(tmp_path)):
        pass
    with pytest.raises(RunLocked, match="need a local --output"):
        RunLock("s3://bucket/out")


def test_durations():
    assert [parse_duration(t) for t in ("90", "30s", "5m", "1.5h", "1d")] == [
        90, 30, 300, 5400, 86400]
    for bad in ("", "5x", "-1m", "0s", "m"):
        with pytest.raises(argparse.ArgumentTypeError, match="is not a duration"):
            parse_duration(bad)


def test_prism_location_defaults_to_the_built_binary(tmp_path):
    binary = tmp_path / "prism"
    assert prism_args(["--prism_location=/x"], binary) == []
    with pytest.raises(RuntimeError, match="run `make prism`"):
        prism_args([], binary)
    binary.write_bytes(b"")
    assert prism_args([], binary) == [f"--prism_location={binary}"]


def test_mode_flags_that_cannot_work_fail_naming_the_fix():
    def args(**kw):
        return argparse.Namespace(**{"streaming": False, "every": None, "stop_after": None,
                                     **kw})

    direct = load_config(None, ["inputs=[{location: x}]"])
    with pytest.raises(ConfigError, match="--streaming needs --runner prism, flink, dataflow"):
        check_mode_flags(args(streaming=True), direct)
    with pytest.raises(ConfigError, match="--stop-after only applies to --streaming"):
        check_mode_flags(args(stop_after=5.0), direct)
    fixed = load_config(None, ["inputs=[{location: x}]", "run.now=2026-11-28T12:00:00Z"])
    with pytest.raises(ConfigError, match="cannot apply to --streaming or --every"):
        check_mode_flags(args(every=60.0), fixed)


def test_streaming_config_errors_name_the_key():
    base = ["inputs=[{location: x}]"]
    for override, message in (
            ("streaming.window_seconds=0", "streaming.window_seconds: must be positive"),
            ("streaming.max_poll_interval_seconds=10", "streaming.max_poll_interval_seconds"),
            ("streaming.backoff_max_seconds=1", "streaming.backoff_max_seconds"),
            ("inputs=[{location: x, poll_interval_seconds: 0}]",
             "inputs[0].poll_interval_seconds: must be positive")):
        with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
            load_config(None, [*base, override])


def test_streaming_feed_health_rows_come_from_the_pollers_metrics():
    a, b, idle = "http://127.0.0.1:1/a.xml", "http://127.0.0.1:1/b.xml", "http://h/idle.xml"
    counters = {f"feed_polls.{a} changed": 1, f"feed_polls.{a} not_modified": 4,
                f"feed_polls.{b} failed": 3, "poll.changed": 1, "read.stories": 3}
    distributions = {f"feed_latency_ms.{a}": {"count": 5, "sum": 60, "min": 4, "max": 30},
                     f"feed_latency_ms.{b}": {"count": 3, "sum": 3000, "min": 1000,
                                              "max": 1000}}
    gauges = {f"feed_failures.{a}": 0, f"feed_failures.{b}": 3,
              f"feed_last_success.{a}": 1_796_400_000}
    rows = streaming_feed_health(counters, distributions, gauges,
                                 {a: "a", b: "b", idle: "idle"})
    assert rows == [
        {"location": a, "source": "a", "polls": {"changed": 1, "not_modified": 4},
         "latency_ms": {"mean": 12.0, "max": 30}, "consecutive_failures": 0,
         "last_success_at": "2026-12-04T16:00:00+00:00"},
        {"location": b, "source": "b", "polls": {"failed": 3},
         "latency_ms": {"mean": 1000.0, "max": 1000}, "consecutive_failures": 3,
         "last_success_at": None},
        {"location": idle, "source": "idle", "polls": {}, "latency_ms": None,
         "consecutive_failures": None, "last_success_at": None}]
