"""Polling inputs: feeds by conditional GET, folders for new files; streaming and scheduled.

``poll_feed`` is one poll of one feed: it asks ``feedstate`` whether the feed is due and which
validators to send, fetches, and leaves a 304 or an unchanged body unparsed. The streaming
DoFns keep ``FeedState`` in Beam state keyed by location (a ``PeriodicImpulse`` asks every
input on every tick; each answers only when due); scheduled runs pass it in and out as data.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Sequence
from typing import Any

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate
from apache_beam.transforms.periodicsequence import PeriodicImpulse
from apache_beam.utils.timestamp import MAX_TIMESTAMP

from pipeline.config import Config, InputConfig
from pipeline.feedstate import (
    FeedState,
    PollSettings,
    after_body,
    after_failure,
    after_not_modified,
    conditional_headers,
    is_due,
    new_items,
)
from pipeline.sources import (
    InputNotFound,
    NotModified,
    ReadError,
    derive_source_id,
    expand_inputs,
    parse_location,
    read_location,
    read_reject,
)
from transforms.records import InputSpec, RawStory, Reject

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
    outcome: str  # skipped_not_due | not_modified | unchanged_body | changed | failed
    records: tuple[RawStory | Reject, ...] = ()
    already_seen: int = 0


def poll_feed(polled: PolledInput, state: FeedState, now: float, *, timeout_s: float,
              max_bytes: int) -> PollResult:
    """One poll of one feed at ``now``: new stories and rejects, and the state to keep."""
    spec, settings = polled.spec, polled.settings
    if not is_due(state, now):
        return PollResult(state, "skipped_not_due")
    try:
        data, headers = read_location(spec.location, timeout_s=timeout_s, max_bytes=max_bytes,
                                      request_headers=conditional_headers(state))
    except NotModified:  # costs no parsing
        return PollResult(after_not_modified(state, now, settings), "not_modified")
    except ReadError as err:
        return PollResult(after_failure(state, now, settings), "failed",
                          (read_reject(err, spec.location, spec.source),))
    state, changed = after_body(state, now, headers, hashlib.sha256(data).hexdigest(), settings)
    if not changed:  # same bytes under a new or missing ETag: nothing to parse either
        return PollResult(state, "unchanged_body")
    records = parse_location(spec, spec.source, data, headers)
    stories = [r for r in records if isinstance(r, RawStory)]
    fresh, state = new_items(state, stories, settings)
    rejects = tuple(r for r in records if isinstance(r, Reject))
    return PollResult(state, "changed", (*fresh, *rejects), len(stories) - len(fresh))


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


# Beam finds state by parameter defaults; module-level singletons keep them declared once.
_FEED_STATE = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("feed", PickleCoder()))
_SEEN_FILES = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("files", PickleCoder()))
_NEXT_LOOK = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("next_look", PickleCoder()))


class PollFeedFn(beam.DoFn):
    """Streaming: ``(location, (PolledInput, tick))`` -> new stories; rejects on "rejects"."""

    def __init__(self, *, timeout_s: float, max_bytes: int) -> None:
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._counters = _PollCounters()

    def process(self, element, stored=_FEED_STATE):
        _, (polled, tick) = element
        result = poll_feed(polled, stored.read() or FeedState(), float(tick),
                           timeout_s=self._timeout_s, max_bytes=self._max_bytes)
        stored.write(result.state)
        yield from self._counters.emit(result)


class PollFeedsOnceFn(beam.DoFn):
    """Scheduled run: ``(PolledInput, FeedState)`` -> stories, rejects, and the state to commit."""

    def __init__(self, now: float, *, timeout_s: float, max_bytes: int) -> None:
        self._now = now
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._counters = _PollCounters()

    def process(self, element):
        polled, state = element
        result = poll_feed(polled, state, self._now, timeout_s=self._timeout_s,
                           max_bytes=self._max_bytes)
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
                data, headers = read_location(file_spec.location, timeout_s=self._timeout_s,
                                              max_bytes=self._max_bytes)
            except ReadError as err:
                records = [read_reject(err, file_spec.location, polled.spec.source)]
            else:
                records = parse_location(file_spec, polled.spec.source, data, headers)
            yield from self._counters.emit(PollResult(FeedState(), "changed", tuple(records)))
        seen_state.write(seen)


def each_per_tick(tick: Any, watched: Sequence[Any]) -> list[tuple[str, tuple[Any, Any]]]:
    """One ``(location, (input, tick))`` per watched feed or folder: keyed for its state."""
    return [(w.spec.location, (w, tick)) for w in watched]

class PollInputs(beam.PTransform):
    """Ticks every ``tick_s`` until ``stop`` (None: forever) -> stories and rejects.

    Each element is stamped with its tick (ingest time); state stays in the global window.
    """

    def __init__(self, inputs: Sequence[PolledInput], *, start: float, stop: float | None,
                 tick_s: float, timeout_s: float, max_bytes: int) -> None:
        super().__init__()
        self._feeds = [i for i in inputs if is_url(i.spec.location)]
        self._folders = [i for i in inputs if not is_url(i.spec.location)]
        self._start, self._stop, self._tick_s = start, stop, tick_s
        self._timeout_s, self._max_bytes = timeout_s, max_bytes

    def expand(self, pbegin):
        ticks = pbegin | "Tick" >> PeriodicImpulse(
            start_timestamp=self._start,
            stop_timestamp=MAX_TIMESTAMP if self._stop is None else self._stop,
            fire_interval=self._tick_s)
        feeds = (ticks
                 | "EveryFeed" >> beam.FlatMap(each_per_tick, self._feeds)
                 | "PollFeed" >> beam.ParDo(PollFeedFn(
                     timeout_s=self._timeout_s, max_bytes=self._max_bytes)
                 ).with_outputs(REJECTS, main="stories"))
        folders = (ticks
                   | "EveryFolder" >> beam.FlatMap(each_per_tick, self._folders)
                   | "WatchFiles" >> beam.ParDo(WatchFilesFn(
                       timeout_s=self._timeout_s, max_bytes=self._max_bytes)
                   ).with_outputs(REJECTS, main="stories"))
        return {
            "stories": (feeds.stories, folders.stories) | "AllStories" >> beam.Flatten(),
            REJECTS: (feeds[REJECTS], folders[REJECTS]) | "AllReadRejects" >> beam.Flatten(),
        }
