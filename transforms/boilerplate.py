"""Corpus-learned boilerplate: lines that many distinct stories of one source share.

No rule knows a site's own footer ("Follow Harbour Daily on Mastodon"), but it shows itself by
repetition: it sits in the body of story after story from the same source. Counting distinct
stories per (source, normalised line) finds candidates; a quote that two stories of the same
event both carry is repeated too, which is why the threshold is many stories, never two (the
config check requires at least 3).

Repetition alone is no proof, though: facts recur ("Terms were not disclosed.", "Pay April
30", "Nine mths"). So a repeated line is boilerplate only when it also has the shape of page
furniture (a label: not a sentence, prose or a table row), or when it is in most of its
source's stories (a standing footer, whatever its shape); and a label next to a table row in
the story at hand is that table's label, and stays, as does half of a sentence a line break cut.

Removal happens after identity is fixed: ``article_id`` and ``content_hash`` never depend on
what else is in a run, so they are carried over untouched.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Mapping

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.cleaning import is_broken_off, is_fragment, is_label, is_table_heading
from transforms.deadletters import LEARNED_BOILERPLATE, REJECTS, DeadLetters
from transforms.grouping import GroupByKeyInShards
from transforms.records import Noise, Story

LEARNED_REASON = "learned_boilerplate"
# A line in more than this share of its source's stories is a standing footer whatever its shape.
STANDING_SHARE = 0.5

SourceLine = tuple[str, str]  # (source, normalised line)


def normalise_line(line: str) -> str:
    """The form lines are compared in: case-folded, single spaces.

    Digits stay: templated wire lines ("Shares rose 3 pct") differ only in their numbers.
    """
    return " ".join(line.casefold().split())


def body_lines(body: str) -> list[str]:
    """The body's paragraphs, as ``clean_story`` joins them."""
    return [paragraph for paragraph in body.split("\n\n") if paragraph.strip()]


def distinct_source_lines(story: Story) -> set[SourceLine]:
    """Each normalised body line of the story once, keyed by its source."""
    return {(story.source, normalise_line(line)) for line in body_lines(story.body)}


def lines_with_story_id(story: Story) -> list[tuple[SourceLine, str]]:
    """What learning counts: each distinct line of the story, with whose line it is."""
    return [(line, story.article_id) for line in distinct_source_lines(story)]


def is_learned(line: str, distinct_stories: int, source_stories: int, min_stories: int) -> bool:
    """Whether a normalised ``line`` in ``distinct_stories`` of its source's ``source_stories``
    is that source's boilerplate (see the module docstring)."""
    return distinct_stories >= min_stories and (
        is_label(line) or distinct_stories > STANDING_SHARE * source_stories)


def is_story_structure(lines: list[str], i: int) -> bool:
    """Whether line ``i`` of a body holds the story's structure however often it recurs: a
    table's label or heading block ("AMERICAN LEAGUE" / "EASTERN DIVISION" / "W L PCT GB"
    above the rows) or one half of a sentence a line break cut, known by the line after it
    ("Standings (tabulated under played, won, drawn, lost, goals" / "for, against, points):")
    or by its own end when a page put a line of its own between the halves."""
    return is_table_heading(lines, i) or is_fragment(lines, i) or is_broken_off(lines[i])


def learned_in(lines: list[str], source: str, learned: Container[SourceLine]) -> list[bool]:
    """Per body line of a story from ``source``, whether it goes as the source's boilerplate:
    known as such and not holding the story's structure (``is_story_structure``)."""
    return [(source, normalise_line(line)) in learned and not is_story_structure(lines, i)
            for i, line in enumerate(lines)]


def remove_learned_lines(story: Story, learned: Container[SourceLine]) -> Story:
    """Move body lines known as the source's boilerplate (``learned_in``) to ``noise``; ids
    stay as they are."""
    lines = body_lines(story.body)
    goes = learned_in(lines, story.source, learned)
    kept = [line for line, gone in zip(lines, goes, strict=True) if not gone]
    removed = [Noise(LEARNED_REASON, line) for line, gone in zip(lines, goes, strict=True) if gone]
    if not removed:
        return story
    body = "\n\n".join(kept)
    return story._replace(body=body, noise=story.noise + tuple(removed),
                          word_count=len(body.split()))


def repeated_lines(story_ids: Mapping[SourceLine, Iterable[str]], min_stories: int,
                   source_stories: Mapping[str, int]) -> Iterator[tuple[SourceLine, int]]:
    """(line, distinct stories) for the learned lines among ``story_ids`` (line -> the ids of
    the stories it is in; a re-polled story is there more than once), given how many distinct
    stories each source has."""
    for source_line, ids in story_ids.items():
        distinct = len(set(ids))
        source, line = source_line
        if is_learned(line, distinct, source_stories.get(source, 0), min_stories):
            yield source_line, distinct


class LearnBoilerplate(beam.PTransform):
    """Story -> ((source, normalised line), distinct stories) for lines in >= min_stories stories.

    A story counts once per line however often it was read (re-polls share an ``article_id``).
    The output is meant as a side input: ``beam.pvalue.AsDict`` of it, which is what
    ``RemoveLearnedBoilerplate`` builds.
    """

    def __init__(self, min_stories: int) -> None:
        super().__init__()
        self._min_stories = min_stories

    def expand(self, stories):
        source_stories = (stories
                          | "StoryOfSource" >> beam.Map(lambda s: (s.source, s.article_id))
                          | "DistinctStories" >> beam.Distinct()
                          | "CountPerSource" >> beam.combiners.Count.PerKey())
        return (stories
                | "LinesOfStory" >> beam.Map(lines_with_story_id)
                | "GroupByLine" >> GroupByKeyInShards()
                | "KeepRepeatedLines" >> beam.FlatMap(
                    repeated_lines, self._min_stories, beam.pvalue.AsDict(source_stories)))


class _RemoveLearnedLinesFn(beam.DoFn):
    def __init__(self) -> None:
        self.stories_changed = Metrics.counter("learned_boilerplate", "stories_changed")
        self.lines_removed = Metrics.counter("learned_boilerplate", "lines_removed")
        self.dead_letters = DeadLetters(LEARNED_BOILERPLATE)

    def process(self, story: Story, learned: Container[SourceLine]):
        try:
            cleaned = remove_learned_lines(story, learned)
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(story, err)
            return
        if cleaned is not story:
            self.stories_changed.inc()
            self.lines_removed.inc(len(cleaned.noise) - len(story.noise))
        yield cleaned


class RemoveLearnedBoilerplate(beam.PTransform):
    """Story -> Story without the lines ``LearnBoilerplate`` found (given as ``learned``), on
    ``stories``; a story the removal failed on becomes a ``Reject`` on ``rejects``."""

    def __init__(self, learned: beam.PCollection) -> None:
        super().__init__()
        self._learned = learned

    def expand(self, stories):
        return stories | "RemoveLearnedLines" >> beam.ParDo(
            _RemoveLearnedLinesFn(), beam.pvalue.AsDict(self._learned)
        ).with_outputs(REJECTS, main="stories")
