"""Outcomes: new article, new version, re-poll, or duplicate of another article.

Batch decisions use everything written before (``PriorArticle`` rows read from the output
dataset), so scheduled re-runs over overlapping input add nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.metrics import Metrics

from transforms.deadletters import OUTCOMES, REJECTS, DeadLetters
from transforms.identity import content_hash
from transforms.records import Story

REPOLLS = "repolls"
EMPTY_CONTENT_HASH = content_hash("")


class PriorArticle(NamedTuple):
    """The identity columns of an article row already in the dataset."""

    article_id: str
    version: int
    content_hash: str
    published_at: dt.datetime
    duplicate_of: str | None


def story_order(story: Story) -> tuple:
    """Deterministic order among stories of one id: oldest first, whatever the input order."""
    return (story.published_at, story.ingested_at, story.content_hash, story.origin)


def resolve_versions(stories: Iterable[Story], prior: Iterable[PriorArticle]
                     ) -> tuple[list[Story], list[Story]]:
    """Split the stories of one ``article_id`` into (rows to write, re-polls).

    A content hash already written (or seen earlier in this run) is a re-poll; a new one becomes
    the next version.
    """
    prior = list(prior)
    seen = {p.content_hash for p in prior}
    version = max((p.version for p in prior), default=0)
    written, repolls = [], []
    for story in sorted(stories, key=story_order):
        if story.content_hash in seen:
            repolls.append(story)
            continue
        seen.add(story.content_hash)
        version += 1
        written.append(story._replace(version=version))
    return written, repolls


def content_key(article_id: str, chash: str) -> str:
    """What makes two articles copies: the same content, unless there is none.

    Title-only items (an empty body) are not copies of each other, however many there are.
    """
    return f"empty/{article_id}" if chash == EMPTY_CONTENT_HASH else chash


def link_duplicates(stories: Iterable[Story], prior: Iterable[PriorArticle]) -> list[Story]:
    """Mark stories sharing one content hash as copies of a single kept article.

    Rows already written win (they cannot be rewritten); otherwise the earliest
    ``published_at`` is kept, ties broken by ``article_id``.
    """
    stories = sorted(stories, key=lambda s: (s.published_at, s.article_id, s.version))
    prior_kept = sorted((p.published_at, p.article_id) for p in prior if p.duplicate_of is None)
    kept = prior_kept[0][1] if prior_kept else stories[0].article_id if stories else None
    return [s if s.article_id == kept else s._replace(duplicate_of=kept) for s in stories]


class _ResolveVersionsFn(beam.DoFn):
    def __init__(self) -> None:
        self.new = Metrics.counter("outcome", "new_article")
        self.versions = Metrics.counter("outcome", "new_version")
        self.repolls = Metrics.counter("outcome", REPOLLS)
        self.dead_letters = DeadLetters(OUTCOMES)

    def process(self, element: tuple[str, dict[str, list]]):
        _, grouped = element
        try:
            written, repolls = resolve_versions(grouped["new"], grouped["prior"])
        except Exception as err:  # dead letter: the stories of this id, not the run
            for story in grouped["new"]:
                yield self.dead_letters.letter(story, err)
            return
        for story in written:
            (self.versions if story.version > 1 else self.new).inc()
            yield story
        for story in repolls:
            self.repolls.inc()
            yield pvalue.TaggedOutput(REPOLLS, story)


class _LinkDuplicatesFn(beam.DoFn):
    def __init__(self) -> None:
        self.linked = Metrics.counter("outcome", "duplicate_linked")
        self.dead_letters = DeadLetters(OUTCOMES)

    def process(self, element: tuple[str, dict[str, list]]):
        _, grouped = element
        try:
            linked = link_duplicates(grouped["new"], grouped["prior"])
        except Exception as err:  # dead letter: the stories of this content, not the run
            for story in grouped["new"]:
                yield self.dead_letters.letter(story, err)
            return
        for story in linked:
            if story.duplicate_of:
                self.linked.inc()
            yield story


class ResolveOutcomes(beam.PTransform):
    """Stories -> rows to write (versioned, duplicates linked) on ``written``, plus ``repolls``
    and ``rejects`` (the stories of a group whose decision raised).

    ``prior`` is a PCollection of ``PriorArticle`` rows already in the dataset (may be empty).
    """

    def __init__(self, prior: beam.PCollection) -> None:
        super().__init__()
        self._prior = prior

    def expand(self, stories):
        versioned = (
            {"new": stories | "KeyById" >> beam.WithKeys(lambda s: s.article_id),
             "prior": self._prior | "KeyPriorById" >> beam.WithKeys(lambda p: p.article_id)}
            | "GroupById" >> beam.CoGroupByKey()
            | "ResolveVersions" >> beam.ParDo(_ResolveVersionsFn()).with_outputs(
                REPOLLS, REJECTS, main="written"))
        linked = (
            {"new": versioned.written | "KeyByContent" >> beam.WithKeys(
                lambda s: content_key(s.article_id, s.content_hash)),
             "prior": self._prior | "KeyPriorByContent" >> beam.WithKeys(
                 lambda p: content_key(p.article_id, p.content_hash))}
            | "GroupByContent" >> beam.CoGroupByKey()
            | "LinkDuplicates" >> beam.ParDo(_LinkDuplicatesFn()).with_outputs(
                REJECTS, main="written"))
        rejects = ((versioned[REJECTS], linked[REJECTS])
                   | "OutcomeRejects" >> beam.Flatten())
        return {"written": linked.written, REPOLLS: versioned[REPOLLS], REJECTS: rejects}
