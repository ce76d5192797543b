"""RawStory -> Story: per-story cleaning plus identity and time, or a reject with a reason."""

from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms import window
from apache_beam.utils.timestamp import Timestamp

from transforms.cleaning import clean_story
from transforms.deadletters import CLEAN, REJECTS, DeadLetters
from transforms.identity import article_id, content_hash, effective_published
from transforms.records import RawStory, Story


def to_story(raw: RawStory, ingested_at: dt.datetime, learned_furniture: bool = True) -> Story:
    """Clean one story and fix its identity (``learned_furniture``: with the furniture model).

    Sources decide what is a story; cleaning never takes one away. A story with nothing left
    (a feed item whose only text was a script) is still written: its ``noise`` says what went.
    """
    cleaned = clean_story(raw.title, raw.text, is_html=raw.is_html, extracted=raw.extracted,
                          furniture_model="shipped" if learned_furniture else None)
    return Story(
        article_id=article_id(raw.source, raw.url, raw.guid, raw.title, raw.text, raw.origin),
        content_hash=content_hash(cleaned.body),
        source=raw.source, origin=raw.origin, feed_url=raw.feed_url, url=raw.url,
        guid=raw.guid, title=cleaned.title, highlights=cleaned.highlights,
        dateline=cleaned.dateline, agency=cleaned.agency, body=cleaned.body,
        credits=cleaned.credits, related_headlines=cleaned.related_headlines,
        noise=cleaned.noise, published_at=effective_published(raw.published_raw, ingested_at),
        published_raw=raw.published_raw, ingested_at=ingested_at, language=raw.language,
        word_count=len(cleaned.body.split()), headline_prefix=cleaned.headline_prefix,
    )


def ingest_time(fixed: dt.datetime | None, element_timestamp: Timestamp) -> dt.datetime:
    """A batch run's one clock, else (streaming) the poll tick the story was read at."""
    if fixed is not None:
        return fixed
    return element_timestamp.to_utc_datetime(has_tz=True)


class _CleanStoryFn(beam.DoFn):
    def __init__(self, ingested_at: dt.datetime | None, learned_furniture: bool) -> None:
        self._ingested_at = ingested_at
        self._learned_furniture = learned_furniture
        self.cleaned = Metrics.counter("clean", "stories")
        self.dead_letters = DeadLetters(CLEAN)

    def process(self, raw: RawStory, timestamp=beam.DoFn.TimestampParam):
        ingested_at = ingest_time(self._ingested_at, timestamp)
        try:
            story = to_story(raw, ingested_at, self._learned_furniture)
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(raw, err)
            return
        self.cleaned.inc()
        # Element time is ingest time, so writer windows never drop a late-published story.
        yield window.TimestampedValue(story, ingested_at.timestamp())


class CleanStories(beam.PTransform):
    """RawStory -> Story on the main output, Reject on ``rejects``.

    ``ingested_at`` is the batch run's clock; None (streaming) takes each element's timestamp.
    ``learned_furniture``: the furniture model judges the lines the cleaning rules keep.
    """

    def __init__(self, ingested_at: dt.datetime | None, learned_furniture: bool = True) -> None:
        super().__init__()
        self._ingested_at = ingested_at
        self._learned_furniture = learned_furniture

    def expand(self, raw_stories):
        return raw_stories | "Clean" >> beam.ParDo(
            _CleanStoryFn(self._ingested_at, self._learned_furniture)).with_outputs(
                REJECTS, main="stories")
