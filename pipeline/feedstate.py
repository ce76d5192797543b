"""What a poller remembers about each input, and the pure decisions made from it.

The same decisions serve the streaming poller (state in Beam's per-key state, keyed by feed
URL) and scheduled runs (state in ``<output>/_state/feeds.json``, read at the start of a run and
written after its data): when a feed is due, which conditional-GET headers to send, how the
poll interval adapts to how often a feed changes, how far a failing feed backs off, and which
items are new. Nothing here does I/O except the state file and the run lock at the bottom.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from transforms.identity import digest
from transforms.records import RawStory

FEED_STATE_FILE = "_state/feeds.json"
LOCK_FILE = "_state/run.lock"
ADAPT_FASTER = 0.5  # a feed that changed is polled twice as often ...
ADAPT_SLOWER = 1.5  # ... and one that did not, half as often again, within the bounds
# Poll outcomes that fetch nothing: the feed was not due, or the cycle ran out of time first.
SKIPPED_NOT_DUE = "skipped_not_due"
PENDING = "pending"
POLL_OUTCOMES = (SKIPPED_NOT_DUE, PENDING, "not_modified", "unchanged_body", "changed", "failed")


@dataclasses.dataclass(frozen=True)
class PollSettings:
    interval_s: float  # the starting interval (per input, else the streaming default)
    min_interval_s: float
    max_interval_s: float
    backoff_base_s: float
    backoff_max_s: float
    seen_items_max: int


@dataclasses.dataclass(frozen=True)
class FeedState:
    """One feed's memory between polls; times are epoch seconds (ingest clock)."""

    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None  # servers change content without changing the ETag
    seen_items: tuple[str, ...] = ()  # item keys, oldest first, at most seen_items_max
    interval_s: float | None = None  # current adaptive interval; None: not polled yet
    next_poll_at: float = 0.0
    failures: int = 0  # consecutive failed polls
    # Health, for operators: the last poll's outcome, error reason (None when it worked) and
    # latency, and when the feed last answered at all (200 or 304).
    last_polled_at: float | None = None
    last_outcome: str | None = None
    last_error: str | None = None
    last_latency_s: float | None = None
    last_success_at: float | None = None


def is_due(state: FeedState, now: float) -> bool:
    return now >= state.next_poll_at


def conditional_headers(state: FeedState) -> dict[str, str]:
    """Validators from the last 200 response: a server that honours them answers 304."""
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def adapt_interval(current: float | None, changed: bool, settings: PollSettings) -> float:
    """Poll a changing feed more often and a quiet one less often, within the bounds."""
    base = settings.interval_s if current is None else current
    scaled = base * (ADAPT_FASTER if changed else ADAPT_SLOWER)
    return min(settings.max_interval_s, max(settings.min_interval_s, scaled))


def backoff_delay(failures: int, settings: PollSettings) -> float:
    """Seconds before retrying a feed after ``failures`` consecutive failures (>= 1)."""
    return min(settings.backoff_max_s, settings.backoff_base_s * 2 ** (failures - 1))


def after_not_modified(state: FeedState, now: float, settings: PollSettings) -> FeedState:
    """A 304: validators stay (a 304 carries none worth keeping); the feed is quiet."""
    interval = adapt_interval(state.interval_s, False, settings)
    return dataclasses.replace(state, interval_s=interval, next_poll_at=now + interval,
                               failures=0)


def after_body(state: FeedState, now: float, headers: Mapping[str, str], body_hash: str,
               settings: PollSettings) -> tuple[FeedState, bool]:
    """A 200: new validators; ``changed`` is whether the body differs from the last one."""
    changed = body_hash != state.body_hash
    interval = adapt_interval(state.interval_s, changed, settings)
    return dataclasses.replace(
        state, etag=headers.get("etag"), last_modified=headers.get("last-modified"),
        body_hash=body_hash, interval_s=interval, next_poll_at=now + interval,
        failures=0), changed


def after_failure(state: FeedState, now: float, settings: PollSettings) -> FeedState:
    """A failed poll: back off this feed only; its interval and validators are kept."""
    failures = state.failures + 1
    return dataclasses.replace(state, failures=failures,
                               next_poll_at=now + backoff_delay(failures, settings))


def with_health(state: FeedState, now: float, outcome: str, latency_s: float,
                error: str | None = None) -> FeedState:
    """``state`` after a poll at ``now`` that ended in ``outcome`` (``error``: its reason)."""
    return dataclasses.replace(
        state, last_polled_at=now, last_outcome=outcome, last_error=error,
        last_latency_s=round(latency_s, 3),
        last_success_at=state.last_success_at if error else now)


# --- one poll cycle: which feeds, in what order, and whether there is time for one more -------


def poll_order(states: Sequence[FeedState], now: float) -> tuple[list[int], list[int]]:
    """Indexes of the feeds due at ``now`` in the order to start them, and of the feeds not due.

    Feeds that answered last time go first, most overdue first (so feeds a cycle left pending
    lead the next one); feeds that failed last time (timeouts, errors) go after them, so the
    stalled ones cannot take every request slot while healthy feeds wait.
    """
    due = sorted((i for i, s in enumerate(states) if is_due(s, now)),
                 key=lambda i: (states[i].failures > 0, states[i].next_poll_at, i))
    return due, [i for i, s in enumerate(states) if not is_due(s, now)]


def may_start_fetch(clock: float, deadline: float | None, timeout_s: float) -> bool:
    """Whether a fetch started at ``clock`` still ends (by its timeout) before ``deadline``."""
    return deadline is None or clock + timeout_s <= deadline


@dataclasses.dataclass(frozen=True)
class CycleReport:
    """What one poll cycle did with its feeds; ``pending`` ones were due but not started."""

    feeds: int
    due: int
    fetched: int
    pending: int

    @property
    def overran(self) -> bool:
        return self.pending > 0


def cycle_report(counters: Mapping[str, int]) -> CycleReport:
    """A cycle's report from Beam counters (``poll.<outcome> -> feeds``)."""
    outcomes = {name: counters.get(f"poll.{name}", 0) for name in POLL_OUTCOMES}
    not_due, pending = outcomes[SKIPPED_NOT_DUE], outcomes[PENDING]
    feeds = sum(outcomes.values())
    return CycleReport(feeds, feeds - not_due, feeds - not_due - pending, pending)


def _iso(epoch: float | None) -> str | None:
    return None if epoch is None else dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat()


def feed_health(states: Mapping[str, FeedState], sources: Mapping[str, str]
                ) -> list[dict[str, Any]]:
    """One row per feed of ``sources`` (location -> source id) for the run record, so a dead
    or slow feed is visible: the last poll's outcome, error and latency, when the feed last
    answered, its consecutive failures and when it is due next."""
    rows = []
    for location, source in sorted(sources.items()):
        state = states.get(location, FeedState())
        rows.append({
            "location": location, "source": source, "last_outcome": state.last_outcome,
            "last_error": state.last_error, "latency_seconds": state.last_latency_s,
            "last_polled_at": _iso(state.last_polled_at),
            "last_success_at": _iso(state.last_success_at),
            "consecutive_failures": state.failures,
            "next_poll_at": _iso(state.next_poll_at) if state.next_poll_at else None})
    return rows


# Streaming keeps FeedStates in Beam state, out of reach of the run record; its poller reports
# each poll as Beam metrics instead (names below, ``<namespace>.<name>`` in the record):
FEED_POLLS = "feed_polls"  # counter "<location> <outcome>": polls of the feed by outcome
FEED_LATENCY_MS = "feed_latency_ms"  # distribution per location: fetch latency, milliseconds
FEED_FAILURES = "feed_failures"  # gauge per location: consecutive failures after its last poll
FEED_LAST_SUCCESS = "feed_last_success"  # gauge per location: epoch seconds it last answered


def streaming_feed_health(counters: Mapping[str, int], distributions: Mapping[str, Mapping],
                          gauges: Mapping[str, int], sources: Mapping[str, str]
                          ) -> list[dict[str, Any]]:
    """One row per feed of ``sources`` (location -> source id) from a streaming run's metrics:
    its polls by outcome, fetch latency (mean and max, ms), consecutive failures after its
    last poll, and when it last answered (200 or 304)."""
    polls: dict[str, dict[str, int]] = {}
    for name, value in counters.items():
        if name.startswith(FEED_POLLS + "."):
            location, outcome = name[len(FEED_POLLS) + 1:].rsplit(" ", 1)
            polls.setdefault(location, {})[outcome] = value
    rows = []
    for location, source in sorted(sources.items()):
        latency = distributions.get(f"{FEED_LATENCY_MS}.{location}")
        success = gauges.get(f"{FEED_LAST_SUCCESS}.{location}")
        rows.append({
            "location": location, "source": source,
            "polls": dict(sorted(polls.get(location, {}).items())),
            "latency_ms": None if not latency or not latency["count"] else {
                "mean": round(latency["sum"] / latency["count"], 1), "max": latency["max"]},
            "consecutive_failures": gauges.get(f"{FEED_FAILURES}.{location}"),
            "last_success_at": _iso(success) if success else None})
    return rows


def item_key(story: RawStory) -> str:
    """An item as a poller recognises it: its identity plus its raw content.

    An edited item (same guid, new text) gets a new key, so it reaches dedup as a new version.
    """
    return digest(story.source, story.guid or story.url or "", story.title, story.text)[:24]


def new_items(state: FeedState, stories: Iterable[RawStory], settings: PollSettings
              ) -> tuple[list[RawStory], FeedState]:
    """The stories not seen in recent polls, and the state remembering them (capped)."""
    seen = set(state.seen_items)
    fresh, keys = [], []
    for story in stories:
        key = item_key(story)
        if key not in seen:
            seen.add(key)
            fresh.append(story)
            keys.append(key)
    remembered = (state.seen_items + tuple(keys))[-settings.seen_items_max:]
    return fresh, dataclasses.replace(state, seen_items=remembered)


# --- scheduled runs: the state file and the lock -------------------------------------------------


def feed_state_from_plain(data: Mapping[str, Any]) -> FeedState:
    return FeedState(**{**data, "seen_items": tuple(data.get("seen_items", ()))})


def read_feed_states(output: str) -> dict[str, FeedState]:
    """``location -> FeedState`` from the last committed scheduled run ({} before the first)."""
    path = Path(output) / FEED_STATE_FILE
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {location: feed_state_from_plain(state) for location, state in data.items()}


def write_feed_states(output: str, states: Mapping[str, FeedState]) -> str:
    """Merge ``states`` into the state file atomically (feeds not polled keep their state)."""
    merged = {**read_feed_states(output), **states}
    path = Path(output) / FEED_STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps({k: dataclasses.asdict(v) for k, v in sorted(merged.items())},
                                    indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return str(path)


class RunLocked(RuntimeError):
    """Another scheduled run holds the output's lock."""


class RunLock:
    """An exclusive ``flock`` on ``<output>/_state/run.lock`` for the length of a run.

    The kernel drops the lock when the holder exits, however it exits, so a killed run never
    leaves a stale lock behind. Local output directories only (flock needs a local file).
    """

    def __init__(self, output: str) -> None:
        if "://" in output:
            raise RunLocked(f"--once and --every need a local --output for their lock file; "
                            f"{output!r} is remote")
        self.path = Path(output) / LOCK_FILE
        self._file: IO[str] | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise RunLocked(f"another run is writing to this output (lock {self.path} held by "
                            f"{holder}); not starting") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        self._file = handle
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._file is not None
        self._file.truncate(0)
        fcntl.flock(self._file, fcntl.LOCK_UN)
        self._file.close()
        self._file = None
