"""Dead letters and stage counts: one convention for every per-story step.

A step that raises on one story turns that story into a ``Reject`` (``stage``: the step's
stage name, ``reason``: the exception type, ``detail``: its message, the story's ``origin`` and
the story itself as ``payload``) on a ``rejects`` output, and the run goes on. One helper rather
than Beam's ``with_exception_handling()``: most steps here are stateful, timer-driven or batched
DoFns (outcomes, near-duplicate buckets, NER batches, file writes), where the failing unit is
not the element Beam would hand to its dead-letter output, and a batch must be retried story by
story so that only the bad story is rejected.

Every stage counts what it received, emitted and rejected as Beam counters in the ``stage``
namespace (``stage.<stage>.received`` ...), which the run record reconciles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any, NamedTuple

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.metrics import Metrics
from apache_beam.transforms import window
from apache_beam.utils.timestamp import Timestamp

from transforms.flatten import FlattenOwnCopies
from transforms.records import RawStory, Reject, Story

REJECTS = "rejects"
STAGE_NAMESPACE = "stage"

# The stage names, as they appear in counters and in ``rejects/date=/stage=`` partitions.
READ = "read"
CLEAN = "clean"
LEARNED_BOILERPLATE = "learned_boilerplate"
OUTCOMES = "outcomes"
NEAR_DUPLICATES = "near_duplicates"
ENTITIES = "entities"
BUILD_ROWS = "build_rows"
WRITE = "write"


class Staged(NamedTuple):
    """What every stage returns: the stories that go on, the rejects it made, and the state
    it wants committed after the data (near-duplicate signatures, feed states; else None)."""

    stories: beam.PCollection
    rejects: beam.PCollection
    state: beam.PCollection | None = None


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def payload_of(item: Story | RawStory | dict) -> str:
    """The input kept whole in the reject row: raw text as read, a story or a row as JSON."""
    if isinstance(item, RawStory):
        return item.title + "\n\n" + item.text
    fields = item if isinstance(item, dict) else item._asdict()
    return json.dumps(fields, default=_plain, ensure_ascii=False, sort_keys=True)


def failure_reject(stage: str, reason: str, detail: str, item: Story | RawStory | dict,
                   origin: str | None = None, source: str | None = None) -> Reject:
    """The reject a story (or a table row) becomes when ``stage`` raised on it: ``reason`` is
    the exception's type, ``detail`` its message."""
    if origin is None:
        origin = item.get("origin") if isinstance(item, dict) else item.origin
    if source is None:
        source = getattr(item, "source", None) or "unknown"
    return Reject(stage, reason, detail, origin or "", payload_of(item), source)


def failure(err: BaseException) -> tuple[str, str]:
    """``(reason, detail)`` of an exception: its type's name and its message."""
    return type(err).__name__, str(err)


@dataclasses.dataclass
class DeadLetters:
    """A DoFn's dead-letter exit for ``stage``: ``letter`` makes the tagged reject and counts it.

    Created in a DoFn's ``__init__`` (counters pickle with the DoFn). ``counted_as``: the
    counter's name; ``rejected`` (the default) for stories, which the run record reconciles,
    another name for rows of a story that was kept (an entity row the writer refused).
    """

    stage: str
    counted_as: str = "rejected"

    def __post_init__(self) -> None:
        self.rejected = stage_counter(self.stage, self.counted_as)

    def letter(self, item: Story | RawStory | dict, err: BaseException | tuple[str, str],
               timestamp: float | Timestamp | None = None, **where: str
               ) -> pvalue.TaggedOutput:
        """``err``: the exception, or its ``failure`` when it was caught in another step;
        ``timestamp``: the story's own, for rejects made in a timer callback."""
        reason, detail = err if isinstance(err, tuple) else failure(err)
        self.rejected.inc()
        reject = failure_reject(self.stage, reason, detail, item, **where)
        if timestamp is not None:
            return pvalue.TaggedOutput(REJECTS, window.TimestampedValue(reject, timestamp))
        return pvalue.TaggedOutput(REJECTS, reject)


def stage_counter(stage: str, name: str) -> Any:
    """``stage.<stage>.<name>``: the one namespace stage counts live in."""
    return Metrics.counter(STAGE_NAMESPACE, f"{stage}.{name}")


class _CountFn(beam.DoFn):
    def __init__(self, stage: str, name: str) -> None:
        self._counter = stage_counter(stage, name)

    def process(self, element):
        self._counter.inc()
        yield element


class Count(beam.PTransform):
    """Counts elements passing by as ``stage.<stage>.<name>``; passes them on unchanged."""

    def __init__(self, stage: str, name: str) -> None:
        super().__init__()
        self._stage, self._name = stage, name

    def expand(self, pcoll):
        return pcoll | "Count" >> beam.ParDo(_CountFn(self._stage, self._name))


def all_rejects(rejects: list[beam.PCollection], label: str = "AllRejects") -> beam.PCollection:
    """Flatten the rejects of several steps, guarded (``transforms.flatten``): a stage's rejects
    may be read by more than the writer."""
    return tuple(rejects) | label >> FlattenOwnCopies()
