"""Stateful streaming steps that decide in ingest order, whatever the bundling.

A step that remembers earlier stories decides differently depending on which story it sees
first, and runners hand over one poll tick's stories in any order and any bundles. So such a
step parks each arriving item in a pending bag and settles the pending items in ``Arrival``
order once the watermark says nothing earlier can still come: an event-time timer fires when
the watermark reaches its timestamp, and elements at exactly the watermark may still arrive,
so the timer is set just after the earliest pending item: at the next whole millisecond, since
runners may keep timers in milliseconds only (Prism does; a timer one microsecond later came
back truncated, before the item, and was set again forever).

"First to arrive" therefore means the earliest ingest time, ties by ``(article_id, version)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from apache_beam.utils.timestamp import Timestamp

from transforms.records import Story

Arrival = tuple[int, str, int]  # (ingest time in microseconds, article_id, version)
Item = TypeVar("Item")
MILLISECOND = 1000  # in microseconds


def arrival_of(story: Story, timestamp: Timestamp) -> Arrival:
    return (timestamp.micros, story.article_id, story.version)


def arrival_time(arrival: Arrival) -> Timestamp:
    """The element timestamp a settled story goes on with: its own ingest time."""
    return Timestamp(micros=arrival[0])


def settle_time(arrival: Arrival) -> Timestamp:
    """When items that arrived at ``arrival``'s time are complete (see the module docstring)."""
    return Timestamp(micros=(arrival[0] // MILLISECOND + 1) * MILLISECOND)


def split_ready(pending: Iterable[tuple[Arrival, Item]], now: Timestamp
                ) -> tuple[list[tuple[Arrival, Item]], list[tuple[Arrival, Item]]]:
    """(items the watermark ``now`` has completed, in arrival order; items still waiting)."""
    ready, waiting = [], []
    for item in pending:
        (ready if item[0][0] < now.micros else waiting).append(item)
    return sorted(ready, key=lambda item: item[0]), waiting


def park(item: tuple[Arrival, Item], pending, settle_at, settle) -> None:
    """Add ``item`` to the ``pending`` bag; the ``settle`` timer fires once it is complete.

    ``settle_at`` remembers when the timer is due, so an earlier item can move it forward
    without reading the whole bag.
    """
    pending.add(item)
    due = settle_time(item[0])
    scheduled = settle_at.read()
    if scheduled is None or due < scheduled:
        settle.set(due)
        settle_at.write(due)


def take_ready(now: Timestamp, pending, settle_at, settle) -> list[tuple[Arrival, Item]]:
    """In the ``settle`` timer: the complete items in arrival order; the rest stay parked."""
    ready, waiting = split_ready(pending.read(), now)
    pending.clear()
    settle_at.clear()
    for item in waiting:
        park(item, pending, settle_at, settle)
    return ready
