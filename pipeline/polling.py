"""Polling inputs: feeds by conditional GET, folders for new files; streaming and scheduled.

``poll_feed`` is one poll of one feed: it asks ``feedstate`` whether the feed is due and which
validators to send, fetches, and leaves a 304 or an unchanged body unparsed. ``FeedPoller``
polls the due feeds of a cycle at once (a bounded thread pool over one ``FeedClient``, which
keeps at most ``max_per_host`` requests on a host), so a slow feed costs its own timeout and
no one else's. Feeds are split into fetch shards by host (``shard_of``): each shard is polled
by one worker, so the per-host limit holds for the run, and shards spread over workers.

The streaming DoFn keeps each shard's ``FeedState``s in Beam state keyed by shard (a
``PeriodicImpulse`` asks every shard on every tick; each polls the feeds that are due);
scheduled runs pass the states in and out as data.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import hashlib
import os
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate
from apache_beam.transforms.periodicsequence import PeriodicImpulse
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Timestamp

from pipeline.config import Config, InputConfig
from pipeline.feedstate import (
    FEED_FAILURES,
    FEED_LAST_SUCCESS,
    FEED_LATENCY_MS,
    FEED_POLLS,
    PENDING,
    SKIPPED_NOT_DUE,
    FeedState,
    PollSettings,
    after_body,
    after_failure,
    after_not_modified,
    conditional_headers,
    is_due,
    may_start_fetch,
    new_items,
    poll_order,
    with_health,
)
from pipeline.fetching import (
    FeedClient,
    FeedFetcher,
    FeedFetcherFactory,
    NotModified,
    ReadError,
    shard_of,
)
from pipeline.sources import (
    InputNotFound,
    derive_source_id,
    expand_inputs,
    parse_location,
    read_location,
    read_reject,
)
from transforms.records import InputSpec, RawStory, Reject
from transforms.state_keys import KeyedForState, StateKey, state_key

REJECTS = "rejects"
FEED_STATES = "feed_states"
_STAGE = "read"


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def poll_settings(config: Config, spec: InputConfig) -> PollSettings:
    s = config.streaming
    return PollSettings(spec.poll_interval_seconds or s.poll_interval_seconds,
                        s.min_poll_interval_seconds, s.max_poll_interval_seconds,
                        s.backoff_base_seconds, s.backoff_max_seconds, s.seen_items_max)


@dataclasses.dataclass(frozen=True)
class FetchSettings:
    """How pollers fetch: limits of each request, how many run at once, and what makes each
    worker's fetcher (the real ``FeedClient`` unless a test hands in a fake)."""

    timeout_s: float
    max_bytes: int
    max_concurrency: int
    max_per_host: int
    client_factory: FeedFetcherFactory = FeedClient


def fetch_settings(config: Config) -> FetchSettings:
    f = config.fetch
    return FetchSettings(f.timeout_seconds, f.max_bytes, f.max_concurrency, f.max_per_host)


@dataclasses.dataclass(frozen=True)
class PolledInput:
    """An input with everything its poller needs; pickled into the pipeline."""

    spec: InputSpec  # source already resolved
    settings: PollSettings


def polled_inputs(config: Config) -> list[PolledInput]:
    return [PolledInput(InputSpec(i.location, i.format,
                                  i.source or derive_source_id(i.location)),
                        poll_settings(config, i))
            for i in config.inputs]


@dataclasses.dataclass(frozen=True)
class PollResult:
    state: FeedState
    # skipped_not_due | pending | not_modified | unchanged_body | changed | failed
    outcome: str
    records: tuple[RawStory | Reject, ...] = ()
    already_seen: int = 0


def poll_feed(polled: PolledInput, state: FeedState, now: float, *, timeout_s: float,
              max_bytes: int, client: FeedFetcher | None = None) -> PollResult:
    """One poll of one feed at ``now``: new stories and rejects, and the state to keep
    (with the poll's health: outcome, error reason, fetch latency)."""
    spec, settings = polled.spec, polled.settings
    if not is_due(state, now):
        return PollResult(state, SKIPPED_NOT_DUE)
    started = time.monotonic()
    try:
        fetched = read_location(spec.location, timeout_s=timeout_s, max_bytes=max_bytes,
                                request_headers=conditional_headers(state), client=client)
    except NotModified:  # costs no parsing
        state = after_not_modified(state, now, settings)
        return PollResult(with_health(state, now, "not_modified", time.monotonic() - started),
                          "not_modified")
    except ReadError as err:
        state = after_failure(state, now, settings)
        return PollResult(with_health(state, now, "failed", time.monotonic() - started,
                                      err.reason),
                          "failed", (read_reject(err, spec.location, spec.source),))
    latency_s = time.monotonic() - started
    state, changed = after_body(state, now, fetched.headers,
                                hashlib.sha256(fetched.body).hexdigest(), settings)
    if not changed:  # same bytes under a new or missing ETag: nothing to parse either
        return PollResult(with_health(state, now, "unchanged_body", latency_s),
                          "unchanged_body")
    records = parse_location(spec, spec.source, fetched)
    stories = [r for r in records if isinstance(r, RawStory)]
    fresh, state = new_items(state, stories, settings)
    rejects = tuple(r for r in records if isinstance(r, Reject))
    return PollResult(with_health(state, now, "changed", latency_s), "changed",
                      (*fresh, *rejects), len(stories) - len(fresh))


class FeedPoller:
    """Polls the feeds of a cycle at once: ``max_concurrency`` threads over one fetcher
    (at most ``max_per_host`` of them on one host). One per worker, made in ``setup()``."""

    def __init__(self, fetch: FetchSettings) -> None:
        self._fetch = fetch
        self._client = fetch.client_factory(max_per_host=fetch.max_per_host,
                                            max_hosts=max(64, fetch.max_concurrency))
        self._threads = concurrent.futures.ThreadPoolExecutor(
            fetch.max_concurrency, thread_name_prefix="wirestream-fetch")

    def close(self) -> None:
        self._threads.shutdown(wait=True, cancel_futures=True)
        self._client.close()

    def poll_all(self, feeds: Sequence[tuple[PolledInput, FeedState]], now: float,
                 deadline: float | None = None) -> Iterator[tuple[PolledInput, PollResult]]:
        """Every feed's ``PollResult``, as polls finish; due feeds start most overdue first.

        ``deadline`` (epoch seconds): a feed whose fetch could not end by then is not started;
        it stays due and comes back ``pending``.
        """
        due, not_due = poll_order([state for _, state in feeds], now)
        for i in not_due:
            yield feeds[i][0], PollResult(feeds[i][1], SKIPPED_NOT_DUE)
        running = {self._threads.submit(self._poll_one, *feeds[i], now, deadline): feeds[i][0]
                   for i in due}
        for done in concurrent.futures.as_completed(running):
            yield running[done], done.result()

    def start(self, polled: PolledInput, state: FeedState, now: float
              ) -> concurrent.futures.Future:
        """One due feed's poll, started now on the pool: a future of its ``PollResult``."""
        return self._threads.submit(self._poll_one, polled, state, now, None)

    def _poll_one(self, polled: PolledInput, state: FeedState, now: float,
                  deadline: float | None) -> PollResult:
        # Decided when a thread is free, not when queued: the queue may outlast the budget.
        if not may_start_fetch(time.time(), deadline, self._fetch.timeout_s):
            return PollResult(state, PENDING)
        return poll_feed(polled, state, now, timeout_s=self._fetch.timeout_s,
                         max_bytes=self._fetch.max_bytes, client=self._client)


def by_fetch_shard(feed: tuple[PolledInput, FeedState], shards: int
                   ) -> tuple[int, tuple[PolledInput, FeedState]]:
    """Key a feed by its fetch shard (all feeds of a host share one)."""
    return shard_of(feed[0].spec.location, shards), feed


def feeds_by_shard(feeds: Sequence[PolledInput], shards: int) -> dict[int, list[PolledInput]]:
    grouped: dict[int, list[PolledInput]] = {}
    for polled in feeds:
        grouped.setdefault(shard_of(polled.spec.location, shards), []).append(polled)
    return dict(sorted(grouped.items()))


class _PollCounters:
    """Counters named like the batch reader's, so run records reconcile the same way."""

    def __init__(self) -> None:
        self.stories = Metrics.counter(_STAGE, "stories")
        self.already_seen = Metrics.counter("poll", "items_already_seen")

    def emit(self, result: PollResult):
        Metrics.counter("poll", result.outcome).inc()
        self.already_seen.inc(result.already_seen)
        for record in result.records:
            if isinstance(record, Reject):
                Metrics.counter(_STAGE, f"rejects_{record.reason}").inc()
                yield pvalue.TaggedOutput(REJECTS, record)
            else:
                self.stories.inc()
                yield record


def report_feed_poll(location: str, result: PollResult) -> None:
    """A streaming poll's health as Beam metrics (the run record's per-feed rows)."""
    Metrics.counter(FEED_POLLS, f"{location} {result.outcome}").inc()
    state = result.state
    if state.last_latency_s is not None:
        Metrics.distribution(FEED_LATENCY_MS, location).update(round(state.last_latency_s * 1000))
    Metrics.gauge(FEED_FAILURES, location).set(state.failures)
    if state.last_success_at is not None:
        Metrics.gauge(FEED_LAST_SUCCESS, location).set(round(state.last_success_at))


# Beam finds state and timers by parameter defaults; module-level singletons keep them declared
# once.
_SHARD_FEED_STATES = beam.DoFn.StateParam(
    userstate.ReadModifyWriteStateSpec("feeds", PickleCoder()))
_SEEN_FILES = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("files", PickleCoder()))
_NEXT_LOOK = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("next_look", PickleCoder()))
_FLUSH_SPEC = userstate.TimerSpec("flush", userstate.TimeDomain.WATERMARK)
_FLUSH = beam.DoFn.TimerParam(_FLUSH_SPEC)


class _InFlight:
    """Fetches a streaming poll started and did not wait for, by feed location, per worker
    process: a later tick of the same shard picks up their results (whichever DoFn instance
    handles it), and a feed is never fetched twice at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fetches: dict[str, concurrent.futures.Future] = {}

    def running(self, locations: Sequence[str]) -> dict[str, concurrent.futures.Future]:
        with self._lock:
            return {loc: self._fetches[loc] for loc in locations if loc in self._fetches}

    def add(self, location: str, fetch: concurrent.futures.Future) -> None:
        with self._lock:
            self._fetches[location] = fetch

    def take(self, location: str, fetch: concurrent.futures.Future) -> bool:
        """Claims a finished fetch's result; False if another call claimed it first."""
        with self._lock:
            if self._fetches.get(location) is not fetch:
                return False
            del self._fetches[location]
            return True


_IN_FLIGHT = _InFlight()


class _FeedPollerFn(beam.DoFn):
    """A DoFn with one ``FeedPoller`` (HTTP client and fetch threads) per worker, made in
    ``setup()``, and the poll counters."""

    def __init__(self, fetch: FetchSettings) -> None:
        self._fetch = fetch
        self._counters = _PollCounters()
        self._poller: FeedPoller | None = None

    def setup(self) -> None:
        self._poller = FeedPoller(self._fetch)

    def teardown(self) -> None:
        if self._poller is not None:
            self._poller.close()


class PollFeedShardFn(_FeedPollerFn):
    """Streaming: ``(shard key, (shard, tick))`` -> new stories of the shard's due feeds; rejects on
    "rejects". The state is ``location -> FeedState`` of the shard's feeds.

    A tick waits at most ``tick_s`` for the fetches it starts: a slow or stalled feed goes on
    fetching in the background (and is not polled again meanwhile) while the tick's other
    results are emitted, so it holds up neither the shard's other feeds nor its next ticks (a
    freshly stalled feed delays its own tick by ``tick_s``, once). Its result is emitted, and
    its state kept, by the first tick of the shard that finds it finished. When the ticks end
    (``stop``), a timer waits for every fetch still running (:meth:`flush_in_flight`), so no
    poll is left unaccounted, in whatever order the runner handed the ticks over.
    """

    def __init__(self, feeds: dict[int, list[PolledInput]], fetch: FetchSettings, *,
                 tick_s: float = 1.0, stop: float | None = None) -> None:
        super().__init__(fetch)
        self._locations = {state_key(shard): [p.spec.location for p in polled]
                           for shard, polled in feeds.items()}
        self._feeds = feeds
        self._tick_s = tick_s
        self._stop = stop

    def process(self, element, stored=_SHARD_FEED_STATES, flush=_FLUSH):
        key, (shard, tick) = element
        now = float(tick)
        if self._stop is not None:
            flush.set(Timestamp.of(self._stop))
        states: dict[str, FeedState] = stored.read() or {}
        running = _IN_FLIGHT.running(self._locations[key])
        idle = [p for p in self._feeds[shard] if p.spec.location not in running]
        due, not_due = poll_order([states.get(p.spec.location, FeedState()) for p in idle], now)
        for _ in not_due:
            yield from self._counters.emit(PollResult(FeedState(), SKIPPED_NOT_DUE))
        started = []
        for i in due:
            polled = idle[i]
            fetch = self._poller.start(polled, states.get(polled.spec.location, FeedState()),
                                       now)
            _IN_FLIGHT.add(polled.spec.location, fetch)
            running[polled.spec.location] = fetch
            started.append(fetch)
        # Wait for this tick's fetches (most take milliseconds), not for slow ones carried
        # over from earlier ticks: those are taken up if they have finished meanwhile.
        concurrent.futures.wait(started, timeout=self._tick_s)
        yield from self._take_finished(running, states, stored)

    @userstate.on_timer(_FLUSH_SPEC)
    def flush_in_flight(self, key=beam.DoFn.KeyParam, stored=_SHARD_FEED_STATES):
        """At ``stop``, after the last tick: the shard's fetches still running, waited for. A
        tick cannot know it is the last (a runner may hand two over at once, or out of order);
        the watermark passing ``stop`` says so."""
        running = _IN_FLIGHT.running(self._locations[key])
        concurrent.futures.wait(list(running.values()))
        yield from self._take_finished(running, stored.read() or {}, stored)

    def _take_finished(self, running: dict[str, concurrent.futures.Future],
                       states: dict[str, FeedState], stored) -> Iterator[Any]:
        """The results of the finished fetches in ``running``, each emitted and kept in
        ``states`` once (by whichever tick claims it first)."""
        changed = False
        for location, fetch in running.items():
            if fetch.done() and _IN_FLIGHT.take(location, fetch):
                if fetch.cancelled():  # its poller closed before it started: still due
                    continue
                result = fetch.result()
                states[location] = result.state
                changed = True
                report_feed_poll(location, result)
                yield from self._counters.emit(result)
        if changed:  # a tick with nothing finished changes nothing: no state write
            stored.write(states)


class PollFeedsOnceFn(_FeedPollerFn):
    """Scheduled run: ``(shard, [(PolledInput, FeedState)])`` -> stories, rejects, and the
    state to commit. ``deadline`` (epoch seconds): the cycle's budget for starting fetches."""

    def __init__(self, now: float, fetch: FetchSettings, deadline: float | None = None) -> None:
        super().__init__(fetch)
        self._now = now
        self._deadline = deadline

    def process(self, element):
        _, feeds = element
        for polled, result in self._poller.poll_all(list(feeds), self._now, self._deadline):
            yield pvalue.TaggedOutput(FEED_STATES, (polled.spec.location, result.state))
            yield from self._counters.emit(result)


def file_signature(path: str) -> str:
    """Changes when a file is replaced or rewritten: size and modification time."""
    info = os.stat(path)
    return f"{info.st_size}:{info.st_mtime_ns}"


class WatchFilesFn(beam.DoFn):
    """Streaming: ``(location, (PolledInput, tick))`` -> stories of files not read before.

    The state is the files read so far (path -> signature), keyed by the watched location, so
    each file is read once (again only if it is replaced). Producers should write a hidden
    temporary name and rename it: hidden files are never listed.
    """

    def __init__(self, *, timeout_s: float, max_bytes: int) -> None:
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._counters = _PollCounters()
        self.files = Metrics.counter("watch", "files_read")

    def process(self, element, seen_state=_SEEN_FILES, next_look=_NEXT_LOOK):
        _, (polled, tick) = element
        if float(tick) < (next_look.read() or 0.0):
            return
        next_look.write(float(tick) + polled.settings.interval_s)
        seen: dict[str, str] = seen_state.read() or {}
        try:
            files = expand_inputs([polled.spec])
        except InputNotFound:  # an empty watched folder is normal
            return
        for file_spec in files:
            signature = file_signature(file_spec.location)
            if seen.get(file_spec.location) == signature:
                continue
            seen[file_spec.location] = signature
            self.files.inc()
            try:
                fetched = read_location(file_spec.location, timeout_s=self._timeout_s,
                                        max_bytes=self._max_bytes)
            except ReadError as err:
                records = [read_reject(err, file_spec.location, polled.spec.source)]
            else:
                records = parse_location(file_spec, polled.spec.source, fetched)
            yield from self._counters.emit(PollResult(FeedState(), "changed", tuple(records)))
        seen_state.write(seen)


def each_per_tick(tick: Any, watched: Sequence[Any]) -> list[tuple[StateKey, tuple[Any, Any]]]:
    """One ``(location key, (input, tick))`` per watched folder: keyed for its state."""
    return [(state_key(w.spec.location), (w, tick)) for w in watched]


def each_shard_per_tick(tick: Any, shards: Sequence[int]) -> list[tuple[StateKey, tuple[int, Any]]]:
    """One ``(shard key, (shard, tick))`` per fetch shard: keyed for the shard's feed states."""
    return [(state_key(shard), (shard, tick)) for shard in shards]


class PollInputs(beam.PTransform):
    """Ticks every ``tick_s`` until ``stop`` (None: forever) -> stories and rejects.

    Each element is stamped with its tick (ingest time); state stays in the global window.
    Feeds are polled ``shards`` shards at a time (keyed, so a runner spreads them over workers).
    """

    def __init__(self, inputs: Sequence[PolledInput], *, start: float, stop: float | None,
                 tick_s: float, fetch: FetchSettings, shards: int = 1) -> None:
        super().__init__()
        self._feeds = feeds_by_shard([i for i in inputs if is_url(i.spec.location)], shards)
        self._folders = [i for i in inputs if not is_url(i.spec.location)]
        self._start, self._stop, self._tick_s = start, stop, tick_s
        self._fetch = fetch

    def expand(self, pbegin):
        ticks = pbegin | "Tick" >> PeriodicImpulse(
            start_timestamp=self._start,
            stop_timestamp=MAX_TIMESTAMP if self._stop is None else self._stop,
            fire_interval=self._tick_s)
        feeds = (ticks
                 | "EveryShard" >> beam.FlatMap(each_shard_per_tick, list(self._feeds)
                                                ).with_output_types(KeyedForState)
                 | "PollFeeds" >> beam.ParDo(PollFeedShardFn(
                     self._feeds, self._fetch, tick_s=self._tick_s, stop=self._stop)
                 ).with_outputs(REJECTS, main="stories"))
        folders = (ticks
                   | "EveryFolder" >> beam.FlatMap(each_per_tick, self._folders
                                                 ).with_output_types(KeyedForState)
                   | "WatchFiles" >> beam.ParDo(WatchFilesFn(
                       timeout_s=self._fetch.timeout_s, max_bytes=self._fetch.max_bytes)
                   ).with_outputs(REJECTS, main="stories"))
        return {
            "stories": (feeds.stories, folders.stories) | "AllStories" >> beam.Flatten(),
            REJECTS: (feeds[REJECTS], folders[REJECTS]) | "AllReadRejects" >> beam.Flatten(),
        }
