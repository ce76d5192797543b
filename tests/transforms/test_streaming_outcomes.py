"""Streaming outcomes and writer windows under TestStream: exact panes, files and expiry."""

from __future__ import annotations

import datetime as dt

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream as EventStream
from apache_beam.transforms import window
from apache_beam.utils.timestamp import Timestamp

from pipeline.config import StreamingConfig
from pipeline.graph import writer_windowing
from pipeline.sinks import ARTICLES_SCHEMA, WritePartitionedParquet, article_partition, article_row
from tests.records import make_story
from transforms import stream_dedup
from transforms.deadletters import REJECTS
from transforms.dedup import REPOLLS, PriorArticle
from transforms.stream_dedup import ResolveStreamingOutcomes

T0 = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
PUBLISHED = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)  # days before ingest: still written
HORIZON_S = 600
SETTINGS = StreamingConfig(window_seconds=60, allowed_lateness_seconds=3600,
                           dedup_horizon_seconds=HORIZON_S)


def story(article_id: str, chash: str, at_s: int) -> window.TimestampedValue:
    ingested = T0 + dt.timedelta(seconds=at_s)
    record = make_story(article_id, f"body {chash}", PUBLISHED, content_hash=chash,
                        origin="feed#0", guid=article_id, title="t", ingested_at=ingested,
                        language="en")
    return window.TimestampedValue(record, ingested.timestamp())


def at(seconds: int) -> Timestamp:
    return Timestamp.from_utc_datetime(T0) + seconds


def test_versions_repolls_late_panes_and_expiry(tmp_path):
    stream = (EventStream()
              .advance_watermark_to(at(0))
              .add_elements([story("a", "h1", 1), story("b", "h1", 2)])
              .add_elements([story("a", "h1", 30)])  # re-poll, same window: not written
              .add_elements([story("a", "h2", 70)])  # new content: version 2, next window
              .add_elements([story("old", "h9", 75)])  # already in the dataset: re-poll
              .advance_watermark_to(at(130))
              # Late for the first window (within the allowed lateness): a second pane, file.
              .add_elements([story("c", "h3", 5)])
              # No sighting of "a" for longer than the horizon: its state is cleared ...
              .advance_watermark_to(at(70 + HORIZON_S + 60))
              # ... so the same content comes back as a new article (documented trade-off).
              .add_elements([story("a", "h1", 70 + HORIZON_S + 61)])
              .advance_watermark_to_infinity())
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    with beam.Pipeline(options=options) as p:
        prior = {"old": [PriorArticle("old", 1, "h9", PUBLISHED, None)]}
        outcomes = p | stream | ResolveStreamingOutcomes(
            lambda article_id: prior.get(article_id, []), HORIZON_S)
        (outcomes["written"]
         | writer_windowing(SETTINGS)
         | beam.Map(lambda s: (article_partition(s), article_row(s)))
         | WritePartitionedParquet(str(tmp_path), "unused", ARTICLES_SCHEMA, "articles",
                                   lambda r: (r["article_id"], r["version"])))
        (outcomes[REPOLLS]
         | "RepollIds" >> beam.Map(lambda s: (s.article_id, s.content_hash))
         | beam.Map(lambda kv: (tmp_path / f"repoll-{kv[0]}-{kv[1]}").touch()))

    partition = tmp_path / "articles" / "date=2026-11-20"
    files = sorted((f.name.split("-")[1], sorted(zip(*pq.read_table(f).select(
        ["article_id", "version", "content_hash"]).to_pydict().values(), strict=True)))
        for f in partition.glob("*.parquet"))
    assert files == [
        ("20261128T120000", [("a", 1, "h1"), ("b", 1, "h1")]),
        ("20261128T120000", [("c", 1, "h3")]),  # the late pane
        ("20261128T120100", [("a", 2, "h2")]),
        ("20261128T121200", [("a", 1, "h1")]),  # after expiry
    ]
    assert sorted(f.name for f in tmp_path.glob("repoll-*")) == ["repoll-a-h1", "repoll-old-h9"]
    assert not list(tmp_path.rglob(".*.tmp"))


def test_writer_windowing_is_fixed_ingest_windows_with_late_discarding_panes():
    windowing = writer_windowing(SETTINGS).windowing
    assert windowing.windowfn == window.FixedWindows(60)
    assert str(windowing.triggerfn) == "AfterWatermark(late=AfterCount(1))"
    assert windowing.allowed_lateness == 3600
    assert windowing.accumulation_mode == beam.transforms.trigger.AccumulationMode.DISCARDING


def test_the_same_item_in_two_windows_is_written_once(tmp_path):
    stream = (EventStream()
              .advance_watermark_to(at(0))
              .add_elements([story("a", "h1", 10)])
              .advance_watermark_to(at(65))  # the first window [0 s, 60 s) has closed
              .add_elements([story("a", "h1", 70)])  # the next poll returns it again
              .advance_watermark_to_infinity())
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    with beam.Pipeline(options=options) as p:
        outcomes = p | stream | ResolveStreamingOutcomes(lambda _: [], HORIZON_S)
        (outcomes["written"]
         | writer_windowing(SETTINGS)
         | beam.Map(lambda s: (article_partition(s), article_row(s)))
         | WritePartitionedParquet(str(tmp_path), "unused", ARTICLES_SCHEMA, "articles",
                                   lambda r: (r["article_id"], r["version"])))
        (outcomes[REPOLLS]
         | "RepollTimes" >> beam.Map(lambda s, ts=beam.DoFn.TimestampParam: (
             tmp_path / f"repoll-{s.article_id}-{int((ts - at(0)).micros / 1e6)}").touch()))

    files = [(f.name.split("-")[1], pq.read_table(f).column("article_id").to_pylist())
             for f in (tmp_path / "articles").rglob("*.parquet")]
    assert files == [("20261128T120000", ["a"])]
    assert sorted(f.name for f in tmp_path.glob("repoll-*")) == ["repoll-a-70"]


def test_a_story_whose_outcome_raises_is_rejected_and_the_stream_goes_on(tmp_path, monkeypatch):
    """The poison story becomes a reject of stage ``outcomes`` at its own ingest time; the
    next story of the same id is decided as if the poison one had never come."""
    original = stream_dedup.resolve_versions

    def resolve_versions(stories, prior):
        stories = list(stories)
        if any(s.content_hash == "poison" for s in stories):
            raise ValueError("cannot decide this one")
        return original(stories, prior)
    monkeypatch.setattr(stream_dedup, "resolve_versions", resolve_versions)
    stream = (EventStream()
              .advance_watermark_to(at(0))
              .add_elements([story("a", "poison", 1), story("a", "h1", 2), story("b", "h2", 3)])
              .advance_watermark_to_infinity())
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    with beam.Pipeline(options=options) as p:
        outcomes = p | stream | ResolveStreamingOutcomes(lambda _: [], HORIZON_S)
        (outcomes["written"]
         | "Written" >> beam.Map(lambda s: (tmp_path / f"written-{s.article_id}-"
                                            f"{s.content_hash}-{s.version}").touch()))
        (outcomes[REJECTS]
         | "Rejected" >> beam.Map(lambda r, ts=beam.DoFn.TimestampParam: (
             tmp_path / f"reject-{r.stage}-{r.reason}-{r.origin}-{(ts - at(0)).micros // 10**6}"
         ).touch()))
    assert sorted(f.name for f in tmp_path.iterdir()) == [
        "reject-outcomes-ValueError-feed#0-1", "written-a-h1-1", "written-b-h2-1"]
