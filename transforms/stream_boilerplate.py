"""Learned boilerplate in streaming: per-source line tallies with a warm-up, bounded in size.

Batch counts a whole run's stories per (source, line) before removing anything; a stream has to
learn as it goes. A stateful step keyed by source keeps, for each normalised body line (by a
64-bit digest, so every entry has the same small size), how many stories it was seen in, the
first ``min_stories`` of their ids (enough to tell a repeated story from a new one) and when it
was last seen. Each story first adds its own lines, then loses those the batch decision names
(``is_learned``: in at least ``min_stories`` stories of its source, and furniture-shaped or in
most of them) — but only after its source's first ``warmup_stories`` stories, so a fresh job
does not clean from a handful of counts. Those first stories, and each
line's first ``min_stories - 1`` stories, keep the line: the price of not waiting for the corpus.

At most ``max_tracked_lines`` lines are tallied per source: past that the least recently seen
go first (ties: fewer stories, then the digest), so a footer that keeps coming back stays
while the one-off lines of old stories make room. Stories are settled in arrival order
(``stream_order``), so bundling does not change what is removed. As in batch, only the body and
``noise`` change: ``article_id`` and ``content_hash`` are never touched.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import NamedTuple

import apache_beam as beam
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate, window

from transforms.boilerplate import distinct_source_lines, is_learned, remove_learned_lines
from transforms.deadletters import LEARNED_BOILERPLATE, REJECTS, DeadLetters, failure
from transforms.identity import digest
from transforms.records import Story
from transforms.state_keys import KeyForState, StateKey
from transforms.stream_order import Arrival, arrival_of, arrival_time, park, take_ready


class LineTally(NamedTuple):
    story_ids: tuple[str, ...]  # distinct article ids carrying the line, at most min_stories
    last_seen: Arrival
    stories: int = 0  # stories carrying the line (re-polls never reach this stage)


class SourceLines(NamedTuple):
    """What one source's stream has taught so far."""

    stories_seen: int
    lines: dict[str, LineTally]  # line_key(normalised line) -> tally


def line_key(normalised_line: str) -> str:
    return digest(normalised_line)[:16]


def tally_story(lines: dict[str, LineTally], keys: Iterable[str], article_id: str,
                arrival: Arrival, min_stories: int) -> None:
    """Count the story once for each of its line ``keys`` (in place)."""
    for key in keys:
        ids, stories = (lines[key].story_ids, lines[key].stories) if key in lines else ((), 0)
        if article_id not in ids:
            stories += 1
            if len(ids) < min_stories:
                ids += (article_id,)
        lines[key] = LineTally(ids, arrival, stories)


def evict_lines(lines: dict[str, LineTally], max_lines: int) -> None:
    """Drop the least recently seen lines (ties: fewer stories, then key) beyond ``max_lines``."""
    excess = len(lines) - max_lines
    if excess > 0:
        for key in heapq.nsmallest(excess, lines, key=lambda k: (
                lines[k].last_seen, len(lines[k].story_ids), k)):
            del lines[key]


def settle_source(state: SourceLines | None, stories: Iterable[tuple[Arrival, Story]], *,
                  min_stories: int, warmup_stories: int, max_tracked_lines: int
                  ) -> tuple[list[tuple[Arrival, Story]], SourceLines]:
    """(each story, cleaned once past the warm-up, in order; what the source has taught)."""
    seen = state.stories_seen if state else 0
    lines = dict(state.lines) if state else {}
    settled = []
    for arrival, story in stories:
        keyed = {line_key(line): (source, line) for source, line in distinct_source_lines(story)}
        tally_story(lines, keyed, story.article_id, arrival, min_stories)
        evict_lines(lines, max_tracked_lines)
        if seen >= warmup_stories:
            learned = {source_line for key, source_line in keyed.items()
                       if key in lines and is_learned(source_line[1], lines[key].stories,
                                                      seen + 1, min_stories)}
            story = remove_learned_lines(story, learned)
        seen += 1
        settled.append((arrival, story))
    return settled, SourceLines(seen, lines)


def settle_source_one_by_one(state: SourceLines | None, stories: list[tuple[Arrival, Story]],
                             **settings: int
                             ) -> tuple[list[tuple[Arrival, Story | tuple[str, str]]],
                                        SourceLines | None]:
    """``settle_source`` for stories whose settling together raised: each on its own, so only
    the story it raises on gets its ``failure`` in place of the cleaned story (and teaches
    nothing)."""
    settled: list[tuple[Arrival, Story | tuple[str, str]]] = []
    for arrival, story in stories:
        try:
            one, state = settle_source(state, [(arrival, story)], **settings)
        except Exception as err:  # dead letter: this story, not its source's stream
            settled.append((arrival, failure(err)))
        else:
            settled += one
    return settled, state


# Beam finds state and timers by parameter defaults; declared once at module level.
_SETTLE_SPEC = userstate.TimerSpec("settle", userstate.TimeDomain.WATERMARK)
_PENDING = beam.DoFn.StateParam(userstate.BagStateSpec("pending", PickleCoder()))
_SETTLE_AT = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("settle_at", PickleCoder()))
_LEARNED = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("learned", PickleCoder()))
_SETTLE = beam.DoFn.TimerParam(_SETTLE_SPEC)


class _RemoveBoilerplateAsLearnedFn(beam.DoFn):
    """Keyed by source: parks stories, settles them in arrival order against the tallies."""

    def __init__(self, min_stories: int, warmup_stories: int, max_tracked_lines: int) -> None:
        self._min_stories = min_stories
        self._warmup_stories = warmup_stories
        self._max_tracked_lines = max_tracked_lines
        self.stories_changed = Metrics.counter("learned_boilerplate", "stories_changed")
        self.lines_removed = Metrics.counter("learned_boilerplate", "lines_removed")
        self.dead_letters = DeadLetters(LEARNED_BOILERPLATE)

    def process(self, element: tuple[StateKey, Story], timestamp=beam.DoFn.TimestampParam,
                pending=_PENDING, settle_at=_SETTLE_AT, settle=_SETTLE):
        story = element[1]
        park((arrival_of(story, timestamp), story), pending, settle_at, settle)

    @userstate.on_timer(_SETTLE_SPEC)
    def settle_stories(self, now=beam.DoFn.TimestampParam, pending=_PENDING,
                       settle_at=_SETTLE_AT, learned_state=_LEARNED, settle=_SETTLE):
        ready = take_ready(now, pending, settle_at, settle)
        settings = {"min_stories": self._min_stories, "warmup_stories": self._warmup_stories,
                    "max_tracked_lines": self._max_tracked_lines}
        try:
            settled, learned = settle_source(learned_state.read(), ready, **settings)
        except Exception:  # retried one by one: only the story it raises on is rejected
            settled, learned = settle_source_one_by_one(learned_state.read(), ready, **settings)
        if learned is not None:
            learned_state.write(learned)
        for (arrival, cleaned), (_, story) in zip(settled, ready, strict=True):
            if isinstance(cleaned, tuple) and not isinstance(cleaned, Story):
                yield self.dead_letters.letter(story, cleaned, arrival_time(arrival))
                continue
            if cleaned is not story:
                self.stories_changed.inc()
                self.lines_removed.inc(len(cleaned.noise) - len(story.noise))
            # Emitted from a timer just after the story's timestamp; it goes on with its own
            # ingest time, which the writer windows by.
            yield window.TimestampedValue(cleaned, arrival_time(arrival))


class RemoveBoilerplateAsLearned(beam.PTransform):
    """Stories (global window) -> stories without the lines their source's stream has taught,
    on ``stories``; a story whose settling raised becomes a reject on ``rejects``.

    See the module docstring for the warm-up and the bound on tracked lines.
    """

    def __init__(self, *, min_stories: int, warmup_stories: int, max_tracked_lines: int) -> None:
        super().__init__()
        self._min_stories = min_stories
        self._warmup_stories = warmup_stories
        self._max_tracked_lines = max_tracked_lines

    def expand(self, stories):
        return (stories
                | "KeyBySource" >> KeyForState(lambda s: s.source)
                | "RemoveLearnedLines" >> beam.ParDo(_RemoveBoilerplateAsLearnedFn(
                    self._min_stories, self._warmup_stories, self._max_tracked_lines)
                ).with_outputs(REJECTS, main="stories"))
