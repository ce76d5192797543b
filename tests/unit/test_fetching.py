"""The feed client's pure decisions, the per-host limiter, and the poll-cycle scheduling."""

from __future__ import annotations

import collections
import threading
import time

import pytest

from pipeline.feedstate import (
    CycleReport,
    FeedState,
    cycle_report,
    feed_health,
    may_start_fetch,
    poll_order,
    with_health,
)
from pipeline.fetching import (
    FetchError,
    HostLimiter,
    host_key,
    redirect_target,
    shard_of,
)

# --- hosts and shards ----------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "key"), [
    ("http://Example.COM/rss", "http://example.com:80"),
    ("http://example.com:80/other", "http://example.com:80"),
    ("https://example.com/rss", "https://example.com:443"),
    ("https://example.com:8443/a?b", "https://example.com:8443"),
    ("http://127.0.0.1:8123/feed-7.xml", "http://127.0.0.1:8123"),
    ("http://example.com:x/", "http://example.com:80"),  # not fetchable; still one host
])
def test_host_key_is_scheme_host_and_port(url, key):
    assert host_key(url) == key


def test_feeds_of_one_host_share_a_shard_and_hosts_spread_over_shards():
    one_host = {shard_of(f"http://127.0.0.1:8123/feed-{i}.xml", 4) for i in range(50)}
    assert len(one_host) == 1
    hosts = collections.Counter(shard_of(f"http://127.0.0.1:{8000 + i}/f.xml", 4)
                                for i in range(400))
    assert sorted(hosts) == [0, 1, 2, 3]
    assert min(hosts.values()) > 60  # 100 each on average
    assert shard_of("http://a.example/x", 1) == 0


# --- redirects -----------------------------------------------------------------------------------


def test_redirect_target_resolves_relative_locations():
    visited = collections.Counter({"http://a.example/old": 1})
    assert redirect_target("http://a.example/old", 301, "Moved", "/new", visited) == (
        "http://a.example/new")
    assert redirect_target("http://a.example/old", 302, "Found", "https://b.example/x",
                           visited) == "https://b.example/x"


@pytest.mark.parametrize(("location", "visited", "detail"), [
    (None, {}, "HTTP 302: Found"),
    ("ftp://a.example/feed", {}, "HTTP 302: redirect to a non-http URL: ftp://a.example/feed"),
    ("file:///etc/passwd", {}, "HTTP 302: redirect to a non-http URL: file:///etc/passwd"),
    ("/loop", {"http://a.example/loop": 5}, "HTTP 302: redirect loop (/loop requested 5 times)"),
    ("/next", {f"http://a.example/{i}": 1 for i in range(11)}, "HTTP 302: more than 10 redirects"),
])
def test_redirect_target_refuses_non_http_loops_and_long_chains(location, visited, detail):
    with pytest.raises(FetchError) as caught:
        redirect_target("http://a.example/start", 302, "Found", location,
                        collections.Counter(visited))
    assert (caught.value.reason, str(caught.value)) == ("too_many_redirects", detail)


def test_a_url_may_be_revisited_up_to_the_loop_limit():
    visited = collections.Counter({"http://a.example/loop": 4})
    assert redirect_target("http://a.example/loop", 302, "Found", "/loop", visited) == (
        "http://a.example/loop")


# --- the per-host limiter ------------------------------------------------------------------------


def test_host_limiter_holds_each_host_to_its_limit_and_hosts_apart():
    limiter = HostLimiter(2)
    peak: collections.Counter[str] = collections.Counter()
    lock = threading.Lock()

    def work(host: str) -> None:
        with limiter.slot(host):
            with lock:
                peak[host] = max(peak[host], limiter.in_flight(host))
                both = limiter.in_flight("a") + limiter.in_flight("b")
                peak["both"] = max(peak["both"], both)
            time.sleep(0.05)  # six threads per host ask at once: each host fills up

    threads = [threading.Thread(target=work, args=(host,)) for host in ["a", "b"] * 6]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    # A full host never held the other back: both were at their limit at the same moment.
    assert dict(peak) == {"a": 2, "b": 2, "both": 4}
    assert (limiter.in_flight("a"), limiter.in_flight("b")) == (0, 0)


def test_host_limiter_gives_a_slot_back_when_the_holder_fails():
    limiter = HostLimiter(1)
    with pytest.raises(RuntimeError), limiter.slot("a"):
        raise RuntimeError("fetch failed")
    with limiter.slot("a"):
        assert limiter.in_flight("a") == 1


def test_host_limiter_needs_a_positive_limit():
    with pytest.raises(ValueError, match="per_host must be at least 1, got 0"):
        HostLimiter(0)


# --- scheduling a cycle --------------------------------------------------------------------------


def test_poll_order_puts_the_most_overdue_first_and_leaves_the_not_due():
    states = [FeedState(next_poll_at=50), FeedState(next_poll_at=200), FeedState(),
              FeedState(next_poll_at=100), FeedState(next_poll_at=50)]
    assert poll_order(states, now=100) == ([2, 0, 4, 3], [1])


def test_poll_order_starts_feeds_that_failed_last_time_after_the_others():
    states = [FeedState(next_poll_at=10, failures=1), FeedState(next_poll_at=90),
              FeedState(next_poll_at=5, failures=3), FeedState(next_poll_at=200, failures=1)]
    assert poll_order(states, now=100) == ([1, 2, 0], [3])
    assert poll_order([], now=100) == ([], [])


@pytest.mark.parametrize(("clock", "deadline", "may"), [
    (100.0, None, True),
    (100.0, 110.0, True),  # ends by its timeout exactly at the deadline
    (100.5, 110.0, False),
    (120.0, 110.0, False),
])
def test_a_fetch_starts_only_if_its_timeout_ends_by_the_deadline(clock, deadline, may):
    assert may_start_fetch(clock, deadline, timeout_s=10.0) is may


def test_cycle_report_counts_due_fetched_and_pending_feeds():
    counters = {"poll.skipped_not_due": 3, "poll.pending": 2, "poll.changed": 4,
                "poll.not_modified": 5, "poll.failed": 1, "poll.unchanged_body": 1,
                "poll.items_already_seen": 40, "read.stories": 12}
    report = cycle_report(counters)
    assert report == CycleReport(feeds=16, due=13, fetched=11, pending=2)
    assert report.overran is True
    assert cycle_report({"poll.changed": 2}).overran is False
    assert cycle_report({}) == CycleReport(0, 0, 0, 0)


# --- feed health ---------------------------------------------------------------------------------


def test_health_keeps_the_last_success_through_failures():
    ok = with_health(FeedState(), 1000.0, "changed", 0.25049)
    assert (ok.last_polled_at, ok.last_outcome, ok.last_error, ok.last_latency_s,
            ok.last_success_at) == (1000.0, "changed", None, 0.25, 1000.0)
    failed = with_health(ok, 1060.0, "failed", 5.0, "fetch_timeout")
    assert (failed.last_polled_at, failed.last_outcome, failed.last_error,
            failed.last_latency_s, failed.last_success_at) == (
        1060.0, "failed", "fetch_timeout", 5.0, 1000.0)


def test_feed_health_rows_for_the_run_record():
    states = {"http://a/x": FeedState(next_poll_at=1_800_000_300.0, failures=2,
                                      last_polled_at=1_800_000_000.0, last_outcome="failed",
                                      last_error="http_error", last_latency_s=0.012,
                                      last_success_at=1_799_990_000.0)}
    assert feed_health(states, {"http://b/y": "bee", "http://a/x": "ay"}) == [
        {"location": "http://a/x", "source": "ay", "last_outcome": "failed",
         "last_error": "http_error", "latency_seconds": 0.012,
         "last_polled_at": "2027-01-15T08:00:00+00:00",
         "last_success_at": "2027-01-15T05:13:20+00:00", "consecutive_failures": 2,
         "next_poll_at": "2027-01-15T08:05:00+00:00"},
        {"location": "http://b/y", "source": "bee", "last_outcome": None, "last_error": None,
         "latency_seconds": None, "last_polled_at": None, "last_success_at": None,
         "consecutive_failures": 0, "next_poll_at": None},
    ]
