"""Outcomes in streaming: new article, new version or re-poll, decided per ``article_id``.

The batch stage groups a whole run by id; an unbounded stream cannot. Here a stateful DoFn keyed
by ``article_id`` remembers the content hashes written and the last version, and the same pure
``resolve_versions`` decides. An event-time timer, pushed back each time the id is seen, clears
the state once the id has not been seen for ``horizon_s`` of ingest time, so state stays
bounded on an endless run. A story re-polled after its id expired is written again as version
1: make the horizon longer than feeds keep items (the poller's seen-item memory, which it
checks first, is a second line of defence). What earlier runs wrote is looked up when an id
is first seen (or seen again after it expired), by a function the pipeline gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate
from apache_beam.utils.timestamp import Duration

from transforms.deadletters import OUTCOMES, REJECTS, DeadLetters
from transforms.dedup import REPOLLS, PriorArticle, resolve_versions
from transforms.records import Story
from transforms.state_keys import KeyForState, StateKey


class SeenArticle(NamedTuple):
    """What is remembered about one ``article_id``: enough for ``resolve_versions``."""

    content_hashes: tuple[str, ...]
    version: int


def seen_from_prior(prior: Iterable[PriorArticle]) -> SeenArticle | None:
    """The memory an id starts with when rows of it are already in the dataset."""
    prior = list(prior)
    if not prior:
        return None
    return SeenArticle(tuple(sorted({p.content_hash for p in prior})),
                       max(p.version for p in prior))


def resolve_against_seen(stories: Iterable[Story], seen: SeenArticle | None
                         ) -> tuple[list[Story], list[Story], SeenArticle]:
    """(rows to write, re-polls, what to remember) for stories of one id arriving now."""
    stories = list(stories)
    prior = []
    if seen is not None and stories:
        # resolve_versions reads only the hashes and the highest version of its prior rows.
        prior = [PriorArticle(stories[0].article_id, seen.version, h, stories[0].published_at,
                              None) for h in seen.content_hashes]
    written, repolls = resolve_versions(stories, prior)
    hashes = (seen.content_hashes if seen else ()) + tuple(s.content_hash for s in written)
    version = max([s.version for s in written] + [seen.version if seen else 0])
    return written, repolls, SeenArticle(hashes, version)


# Beam finds state and timers by parameter defaults; declared once at module level.
_EXPIRE_SPEC = userstate.TimerSpec("expire", userstate.TimeDomain.WATERMARK)
_SEEN = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("seen", PickleCoder()))
_EXPIRE = beam.DoFn.TimerParam(_EXPIRE_SPEC)
_TIMESTAMP = beam.DoFn.TimestampParam


class _ResolveStreamingVersionsFn(beam.DoFn):

    def __init__(self, look_up: Callable[[str], list[PriorArticle]], horizon_s: float) -> None:
        self._look_up = look_up
        self._horizon = Duration.of(horizon_s)
        self.new = Metrics.counter("outcome", "new_article")
        self.versions = Metrics.counter("outcome", "new_version")
        self.repolls = Metrics.counter("outcome", REPOLLS)
        self.expired = Metrics.counter("outcome", "state_expired")
        self.dead_letters = DeadLetters(OUTCOMES)

    def process(self, element: tuple[StateKey, Story], timestamp=_TIMESTAMP, seen_state=_SEEN,
                expire=_EXPIRE):
        story = element[1]
        try:
            seen = seen_state.read() or seen_from_prior(self._look_up(story.article_id))
            written, repolls, seen = resolve_against_seen([story], seen)
        except Exception as err:  # dead letter: the id's memory stays as it was
            yield self.dead_letters.letter(story, err)
            return
        seen_state.write(seen)
        expire.set(timestamp + self._horizon)
        for row in written:
            (self.versions if row.version > 1 else self.new).inc()
            yield row
        for row in repolls:
            self.repolls.inc()
            yield pvalue.TaggedOutput(REPOLLS, row)

    @userstate.on_timer(_EXPIRE_SPEC)
    def expire_state(self, seen_state=_SEEN):
        self.expired.inc()
        seen_state.clear()


class ResolveStreamingOutcomes(beam.PTransform):
    """Stories (global window) -> rows to write, plus ``repolls`` and ``rejects``; state expires
    after horizon.

    ``look_up``: ``article_id`` -> the ``PriorArticle`` rows of it already in the dataset
    (picklable), so a restarted job does not write them again. ``duplicate_of`` is batch-only
    for now.
    """

    def __init__(self, look_up: Callable[[str], list[PriorArticle]], horizon_s: float) -> None:
        super().__init__()
        self._look_up = look_up
        self._horizon_s = horizon_s

    def expand(self, stories):
        # No side input here: on Flink a stateful step that read one failed when it set a timer
        # for a typed key ("Key group 93 is not in KeyGroupRange{0..63}"; see state_keys).
        # Earlier rows are looked up by id when the state has none.
        return (stories
                | "KeyById" >> KeyForState(lambda s: s.article_id)
                | "ResolveVersions" >> beam.ParDo(
                    _ResolveStreamingVersionsFn(self._look_up, self._horizon_s)
                ).with_outputs(REPOLLS, REJECTS, main="written"))
