"""RemoveBoilerplateAsLearned under TestStream: warm-up, shared quotes, capped tallies."""

from __future__ import annotations

import datetime as dt
import json

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream as EventStream
from apache_beam.transforms import window
from apache_beam.utils.timestamp import Timestamp

from tests.unit.test_boilerplate import FOOTER, harbour_story
from transforms.stream_boilerplate import RemoveBoilerplateAsLearned

T0 = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
QUOTE = "“We will rebuild the pier before winter,” the mayor said."


def story(article_id: str, body: str, at_s: int, source: str = "harbour-daily"
          ) -> window.TimestampedValue:
    ingested = T0 + dt.timedelta(seconds=at_s)
    return window.TimestampedValue(harbour_story(article_id, body, source)._replace(
        ingested_at=ingested), ingested.timestamp())


def at(seconds: int) -> Timestamp:
    return Timestamp.from_utc_datetime(T0) + seconds


def tick_by_tick(*ticks: list[window.TimestampedValue]) -> EventStream:
    """One poll tick per list: its stories, then the watermark past them."""
    stream = EventStream().advance_watermark_to(at(0))
    for i, stories in enumerate(ticks):
        stream = stream.add_elements(stories).advance_watermark_to(at(10 * i + 9))
    return stream.advance_watermark_to_infinity()


def clean(stream: EventStream, tmp_path, **limits) -> list[tuple]:
    """Run the stream: sorted (article_id, body, learned lines removed, timestamp s)."""
    settings = {"min_stories": 3, "warmup_stories": 2, "max_tracked_lines": 100} | limits
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    with beam.Pipeline(options=options) as p:
        cleaned = (p | stream | RemoveBoilerplateAsLearned(**settings))["stories"]
        (cleaned
         | beam.Map(lambda s, ts=beam.DoFn.TimestampParam: (
             s.article_id, s.body, sum(n.reason == "learned_boilerplate" for n in s.noise),
             (ts - at(0)).micros / 1e6))
         | beam.Map(lambda row: (tmp_path / row[0]).write_text(json.dumps(row))))
    return sorted(tuple(json.loads(f.read_text())) for f in tmp_path.iterdir())


def test_learned_lines_go_only_after_the_warm_up_and_shared_quotes_survive(tmp_path):
    stream = tick_by_tick(
        # One tick, handed over in reverse: settled by id all the same, so s0 and s1 are the
        # warm-up and s2 (the footer's third story) is the first one cleaned.
        [story(f"s{i}", f"Story {i}.\n\n{FOOTER}", 5) for i in (2, 1, 0)],
        [story("q0", f"Council met.\n\n{QUOTE}\n\n{FOOTER}", 12)],
        [story("q1", f"Council voted.\n\n{QUOTE}\n\n{FOOTER}", 25),
         story("o1", f"The fjord froze.\n\n{FOOTER}", 25, source="fjord-post")])
    assert clean(stream, tmp_path) == [
        ("o1", f"The fjord froze.\n\n{FOOTER}", 0, 25.0),  # another source: its own warm-up
        ("q0", f"Council met.\n\n{QUOTE}", 1, 12.0),
        ("q1", f"Council voted.\n\n{QUOTE}", 1, 25.0),
        ("s0", f"Story 0.\n\n{FOOTER}", 0, 5.0),
        ("s1", f"Story 1.\n\n{FOOTER}", 0, 5.0),
        ("s2", "Story 2.", 1, 5.0),
    ]


def test_tracked_lines_are_capped_so_a_line_pushed_out_is_counted_afresh(tmp_path):
    stream = tick_by_tick(
        [story("a0", f"Alpha.\n\n{FOOTER}", 1)],
        [story("a1", f"Beta.\n\n{FOOTER}", 11)],
        # Three stories of new lines push the footer out of the three tracked lines ...
        *[[story(f"n{i}", f"Gamma {i}.\n\nDelta {i}.", 21 + 10 * i)] for i in range(3)],
        # ... so it needs three more stories before it goes again.
        *[[story(f"b{i}", f"Epsilon {i}.\n\n{FOOTER}", 51 + 10 * i)] for i in range(3)])
    rows = clean(stream, tmp_path, warmup_stories=0, max_tracked_lines=3)
    assert [(aid, removed) for aid, _, removed, _ in rows] == [
        ("a0", 0), ("a1", 0), ("b0", 0), ("b1", 0), ("b2", 1), ("n0", 0), ("n1", 0), ("n2", 0)]
