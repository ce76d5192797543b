"""The writer under streaming semantics: windows and late panes need no redesign."""

from __future__ import annotations

import datetime as dt

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream as EventStream
from apache_beam.transforms import trigger, window
from apache_beam.utils.timestamp import Timestamp

from pipeline.sinks import WritePartitionedParquet

SCHEMA = pa.schema([("article_id", pa.string()), ("version", pa.int32())])
PARTITION = "articles/date=2026-11-28"


def row(aid: str) -> tuple[str, dict]:
    return PARTITION, {"article_id": aid, "version": 1}


def test_each_window_and_each_late_pane_gets_its_own_file(tmp_path):
    t0 = Timestamp.from_utc_datetime(dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC))
    stream = (EventStream()
              .advance_watermark_to(t0)
              .add_elements([window.TimestampedValue(row("a"), t0 + 1),
                             window.TimestampedValue(row("b"), t0 + 2)])
              .add_elements([window.TimestampedValue(row("c"), t0 + 61)])
              .advance_watermark_to(t0 + 120)
              # Late for the first window, within the allowed lateness: a second pane.
              .add_elements([window.TimestampedValue(row("d"), t0 + 3)])
              .advance_watermark_to_infinity())
    options = PipelineOptions(["--runner=BundleBasedDirectRunner"])
    options.view_as(StandardOptions).streaming = True
    with beam.Pipeline(options=options) as p:
        (p
         | stream
         | beam.WindowInto(window.FixedWindows(60), trigger=trigger.AfterWatermark(
             late=trigger.AfterCount(1)), allowed_lateness=3600,
             accumulation_mode=trigger.AccumulationMode.DISCARDING)
         | WritePartitionedParquet(str(tmp_path), "unused-in-streaming", SCHEMA, "articles",
                                   lambda r: (r["article_id"], r["version"])))
    files = sorted((tmp_path / PARTITION).glob("*.parquet"))
    contents = sorted((f.name.split("-")[1], pq.read_table(f).column("article_id").to_pylist())
                      for f in files)
    assert contents == [("20261128T120000", ["a", "b"]), ("20261128T120000", ["d"]),
                        ("20261128T120100", ["c"])]
    assert not list(tmp_path.rglob(".*.tmp"))  # no temporary file left visible
