"""LearnBoilerplate + RemoveLearnedBoilerplate on the FnApiRunner (snippets invented)."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from tests.unit.test_boilerplate import FOOTER, harbour_story
from transforms.boilerplate import LearnBoilerplate, RemoveLearnedBoilerplate, normalise_line
from transforms.records import Noise

QUOTE = "“We will rebuild the pier before winter,” the mayor said."
OPTIONS = PipelineOptions(["--runner=FnApiRunner"])


def stories():
    # Five stories carry the site footer; two stories of the same event share a quote; one
    # story is read twice (a re-poll shares its article_id and must count once).
    with_footer = [harbour_story(f"s{i}", f"Story {i} is about the harbour.\n\n{FOOTER}")
                   for i in range(4)]
    repoll = harbour_story("s3", f"Story 3 is about the harbour.\n\n{FOOTER}")
    quoting = [harbour_story(f"q{i}", f"Council meeting {i} ran late.\n\n{QUOTE}\n\n{FOOTER}")
               for i in range(2)]
    other_source = harbour_story("o1", f"The fjord froze.\n\n{FOOTER}", source="fjord-post")
    return [*with_footer, repoll, *quoting, other_source]


def test_learn_counts_distinct_stories_per_source_and_line():
    with TestPipeline(options=OPTIONS) as p:
        learned = p | beam.Create(stories()) | LearnBoilerplate(min_stories=3)
        # The quote is in two stories only; the re-poll of s3 does not make the footer's 7th.
        assert_that(learned, equal_to([(("harbour-daily", normalise_line(FOOTER)), 6)]))


def test_remove_takes_out_the_footer_keeps_the_shared_quote_and_the_ids():
    with TestPipeline(options=OPTIONS) as p:
        read = p | beam.Create(stories())
        learned = read | "Learn" >> LearnBoilerplate(min_stories=3)
        cleaned = (read | "Remove" >> RemoveLearnedBoilerplate(learned))["stories"]
        assert_that(
            cleaned | beam.Map(lambda s: (s.article_id, s.content_hash, s.body,
                                          s.noise[1:], s.word_count)),
            equal_to([
                *[(f"s{i}", f"hash-s{i}", f"Story {i} is about the harbour.",
                   (Noise("learned_boilerplate", FOOTER),), 6) for i in (0, 1, 2, 3, 3)],
                *[(f"q{i}", f"hash-q{i}", f"Council meeting {i} ran late.\n\n{QUOTE}",
                   (Noise("learned_boilerplate", FOOTER),), 15) for i in (0, 1)],
                ("o1", "hash-o1", f"The fjord froze.\n\n{FOOTER}", (), 12),
            ]))
