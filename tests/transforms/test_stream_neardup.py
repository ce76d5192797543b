"""ClusterNearDuplicatesInStream under TestStream: clusters across windows, expiry, bounds."""

from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream as EventStream
from apache_beam.transforms import window
from apache_beam.utils.timestamp import Timestamp

from tests.records import make_story
from transforms.stream_neardup import ClusterNearDuplicatesInStream

T0 = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
HORIZON_S = 600
PIER = ("The harbour board in Tromso voted on Tuesday to rebuild the old ferry pier before the "
        "winter storms, after engineers found cracks in three of its concrete pillars. Work will "
        "start in January and cost about 40 million crowns, the board said in a statement, and "
        "ferries will use the cargo quay until the new pier opens late next summer.")
# A syndicated copy: the last sentence's ending reworded (exact Jaccard 0.84 with PIER).
PIER_COPY = PIER.replace("late next summer.", "next year.")
SALMON = ("A salmon farmer in Bergen raised its harvest forecast for the year after mild sea "
          "temperatures sped up growth at its northern sites, sending its shares to a record.")


def story(article_id: str, body: str, at_s: int) -> window.TimestampedValue:
    ingested = T0 + dt.timedelta(seconds=at_s)
    record = make_story(article_id, body, T0, origin="feed#0", guid=article_id, title="t",
                        ingested_at=ingested, language="en")
    return window.TimestampedValue(record, ingested.timestamp())


def at(seconds: int) -> Timestamp:
    return Timestamp.from_utc_datetime(T0) + seconds


def cluster(stream: EventStream, tmp_path, max_band_members: int = 64) -> list[tuple]:
    """Run the stream: sorted (article_id, cluster_id, element timestamp in seconds)."""
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    with beam.Pipeline(options=options) as p:
        clustered = (p | stream | ClusterNearDuplicatesInStream(
            num_perm=128, bands=32, shingle_words=5, threshold=0.8, horizon_s=HORIZON_S,
            max_band_members=max_band_members))["stories"]
        (clustered
         | beam.Map(lambda s, ts=beam.DoFn.TimestampParam: (
             tmp_path / f"{s.article_id}={s.cluster_id}={(ts - at(0)).micros / 1e6}").touch()))
    # (Metrics of stateful steps are not reported by this runner: outcomes are asserted.)
    return sorted((aid, cid, float(second)) for aid, cid, second in (
        f.name.split("=") for f in tmp_path.iterdir()))


def test_a_near_copy_in_a_later_window_joins_the_first_storys_cluster(tmp_path):
    stream = (EventStream()
              .advance_watermark_to(at(0))
              .add_elements([story("pier", PIER, 1), story("salmon", SALMON, 2),
                             story("short", "Too short.", 3)])
              .advance_watermark_to(at(65))
              .add_elements([story("copy", PIER_COPY, 70)])
              .advance_watermark_to_infinity())
    # Each story goes on with its own ingest time (the writer windows by it).
    assert cluster(stream, tmp_path) == [("copy", "pier", 70.0), ("pier", "pier", 1.0),
                                         ("salmon", "salmon", 2.0), ("short", "short", 3.0)]


def test_copies_arriving_in_one_tick_cluster_by_id_whatever_their_order(tmp_path):
    stream = (EventStream()
              .advance_watermark_to(at(0))
              .add_elements([story("c", PIER, 5), story("b", PIER_COPY, 5)])
              .add_elements([story("a", PIER, 5)])
              .advance_watermark_to_infinity())
    assert cluster(stream, tmp_path) == [("a", "a", 5.0), ("b", "a", 5.0), ("c", "a", 5.0)]


def test_after_the_horizon_the_band_state_is_gone_and_a_copy_starts_a_new_cluster(tmp_path):
    stream = (EventStream()
              .advance_watermark_to(at(0))
              .add_elements([story("first", PIER, 1)])
              .advance_watermark_to(at(1 + HORIZON_S - 1))
              .add_elements([story("within", PIER_COPY, HORIZON_S)])  # 599 s after "first"
              # "within" arrived last at 600 s: its buckets are cleared at 1200 s.
              .advance_watermark_to(at(2 * HORIZON_S + 1))
              .add_elements([story("after", PIER, 2 * HORIZON_S + 1)])
              .advance_watermark_to_infinity())
    assert cluster(stream, tmp_path) == [("after", "after", 1201.0), ("first", "first", 1.0),
                                         ("within", "first", 600.0)]


def test_a_bucket_keeps_at_most_max_members_and_later_copies_still_join_the_first(tmp_path):
    stream = EventStream().advance_watermark_to(at(0))
    for i in range(6):  # six copies hit the same 32 buckets, one tick apart
        stream = stream.add_elements([story(f"s{i}", PIER, 10 + i)]).advance_watermark_to(
            at(11 + i))
    # "s0" left every bucket when "s2" arrived; the members that stayed carry its cluster.
    assert cluster(stream.advance_watermark_to_infinity(), tmp_path, max_band_members=2) == [
        (f"s{i}", "s0", 10.0 + i) for i in range(6)]
