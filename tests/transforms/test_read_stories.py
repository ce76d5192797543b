"""ReadStories on a real (FnApiRunner) pipeline: files in, stories and rejects out, counters."""

from __future__ import annotations

from pathlib import Path

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.sources import REJECT_REASONS, ReadStories, expand_inputs
from transforms.records import InputSpec

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lakeside Wire</title>
<item><title>Ferry fares frozen</title><guid isPermaLink="false">lw-1</guid>
<description>Fares stay the same until May.</description></item>
<item><title>Ice closes northern pier</title><guid isPermaLink="false">lw-2</guid>
<description>The pier shut on Monday.</description></item>
</channel></rss>
"""

JSONL = (
    b'{"title": "Lock gates replaced", "body": "The new gates open on Friday."}\n'
    b'{"title": "half a line\n'
    b'{"title": "Towpath reopens", "body": "Walkers are back."}\n'
)

TEXT = b"Harbour dues unchanged\n\nThe council kept harbour dues at last year's level.\n"


def _fields(pcoll: beam.PCollection, label: str, *names: str) -> beam.PCollection:
    return pcoll | label >> beam.Map(lambda record: tuple(getattr(record, n) for n in names))


def test_read_stories_routes_stories_and_rejects(tmp_path: Path) -> None:
    (tmp_path / "lakeside.xml").write_bytes(FEED)
    (tmp_path / "desk.jsonl").write_bytes(JSONL)
    (tmp_path / "dues.txt").write_bytes(TEXT)
    (tmp_path / "quiet.xml").write_bytes(b'<rss version="2.0"><channel></channel></rss>')
    specs = expand_inputs([InputSpec(str(tmp_path))])
    missing = str(tmp_path / "gone.xml")
    feed, jsonl, text = (str(tmp_path / n) for n in ("lakeside.xml", "desk.jsonl", "dues.txt"))

    pipeline = test_pipeline.TestPipeline(
        # Always an explicit runner: the default DirectRunner first tries to download Prism.
        options=PipelineOptions(["--runner=FnApiRunner"])
    )
    specs_pc = pipeline | "Specs" >> beam.Create(
        [*specs, InputSpec(missing, source="gone"), InputSpec(text, format="csv", source="x")]
    )
    result = specs_pc | "Read" >> ReadStories(timeout_s=5, max_bytes=1 << 20)

    assert_that(
        _fields(result.stories, "StoryFields", "origin", "source", "title", "text"),
        equal_to(
            [
                (f"{feed}#0", "lakeside", "Ferry fares frozen", "Fares stay the same until May."),
                (f"{feed}#1", "lakeside", "Ice closes northern pier", "The pier shut on Monday."),
                (f"{jsonl}:1", "desk", "Lock gates replaced", "The new gates open on Friday."),
                (f"{jsonl}:3", "desk", "Towpath reopens", "Walkers are back."),
                (
                    text,
                    "dues",
                    "Harbour dues unchanged",
                    "The council kept harbour dues at last year's level.",
                ),
            ]
        ),
        label="Stories",
    )
    assert_that(
        _fields(result.rejects, "RejectFields", "stage", "reason", "origin", "source", "payload"),
        equal_to(
            [
                ("read", "malformed_json", f"{jsonl}:2", "desk", '{"title": "half a line'),
                ("read", "unreadable_file", missing, "gone", ""),
                # A parser that raises (here: no parser for "csv") ends as a reject, not a crash.
                ("read", "parse_failed", text, "x", TEXT.decode()),
            ]
        ),
        label="Rejects",
    )
    run = pipeline.run()
    run.wait_until_finish()

    counters = {
        c.key.metric.name: c.committed
        for c in run.metrics().query(MetricsFilter().with_namespace("read"))["counters"]
    }
    assert counters == {
        "inputs": 6,
        "stories": 5,
        "empty_feeds": 1,
        "rejects_malformed_json": 1,
        "rejects_unreadable_file": 1,
        "rejects_parse_failed": 1,
    }
    assert {
        name.removeprefix("rejects_") for name in counters if name.startswith("rejects_")
    } <= set(REJECT_REASONS)
