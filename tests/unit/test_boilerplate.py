"""Unit tests of the corpus-learned boilerplate decisions (snippets invented for the tests)."""

from __future__ import annotations

import datetime as dt

from tests.records import make_story
from transforms.boilerplate import (
    distinct_source_lines,
    normalise_line,
    remove_learned_lines,
)
from transforms.records import Noise, Story

NOW = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
FOOTER = "Follow Harbour Daily on Mastodon for more ferry news"


def harbour_story(article_id: str, body: str, source: str = "harbour-daily") -> Story:
    return make_story(article_id, body, NOW, content_hash="hash-" + article_id, source=source,
                      origin="test", title="Pier", language="en",
                      noise=(Noise("credits", "(Reporting by Nora Vik)"),))


def test_normalise_line_folds_case_and_spaces_but_keeps_numbers():
    assert normalise_line("  Ferry  Fares\tRise ") == "ferry fares rise"
    assert normalise_line("Shares rose 3 pct") != normalise_line("Shares rose 4 pct")


def test_distinct_source_lines_counts_a_line_once_per_story():
    story = harbour_story("a", f"The pier opens.\n\n{FOOTER}\n\n{FOOTER.upper()}")
    assert distinct_source_lines(story) == {
        ("harbour-daily", "the pier opens."),
        ("harbour-daily", normalise_line(FOOTER)),
    }


def test_learned_lines_move_to_noise_and_identity_is_untouched():
    story = harbour_story("a", f"The pier opens on Monday.\n\n{FOOTER}\n\nFares stay the same.")
    cleaned = remove_learned_lines(story, {("harbour-daily", normalise_line(FOOTER))})
    assert cleaned.body == "The pier opens on Monday.\n\nFares stay the same."
    assert cleaned.noise == (*story.noise, Noise("learned_boilerplate", FOOTER))
    assert cleaned.word_count == 9
    assert (cleaned.article_id, cleaned.content_hash) == (story.article_id, story.content_hash)


def test_lines_learned_for_another_source_stay():
    story = harbour_story("a", f"The pier opens.\n\n{FOOTER}", source="fjord-post")
    assert remove_learned_lines(story, {("harbour-daily", normalise_line(FOOTER))}) is story


def test_a_learned_line_that_heads_a_table_stays():
    body = "\n\n".join(["The board reported these stocks.", "CURRENT WEEK YEAR", "WEEK AGO AGO",
                        "Wheat 1,234 1,100 900"])
    story = harbour_story("a1", body)
    learned = {("harbour-daily", normalise_line("CURRENT WEEK YEAR"))}
    assert remove_learned_lines(story, learned) is story


STANDINGS = ["Standings after games played on Friday (tabulate under won,",
             "lost, winning percentage and games behind):", "NORTHERN CONFERENCE",
             "COASTAL DIVISION", "W L PCT GB", "HARBOUR CITY 72 53 .576 -",
             "FJORDVIK 67 58 .536 5"]


def test_a_learned_heading_block_of_three_lines_above_the_rows_stays():
    # Every standings story of a sports desk carries the same headings: repetition is the
    # table's, not the page's.
    story = harbour_story("s1", "\n\n".join(STANDINGS))
    learned = {("harbour-daily", normalise_line(line)) for line in STANDINGS[2:5]}
    assert remove_learned_lines(story, learned) is story


def test_a_learned_half_of_a_wrapped_sentence_stays():
    story = harbour_story("s2", "\n\n".join(STANDINGS))
    learned = {("harbour-daily", normalise_line(STANDINGS[1]))}
    assert remove_learned_lines(story, learned) is story


def test_a_learned_half_of_a_sentence_stays_with_a_pages_line_after_it():
    # The page put its own line between the halves ("Sponsored"): the first half ends on a
    # word that needs the next, or leaves its bracket open.
    for half in ("Results from the", "Standings (tabulated under won, lost,"):
        story = harbour_story("s4", "\n\n".join(
            [half, "Sponsored", "Harbour Cup regatta races sailed on Sunday in a strong wind:",
             *STANDINGS[5:]]))
        assert remove_learned_lines(story, {("harbour-daily", normalise_line(half))}) is story

def test_a_learned_label_above_a_heading_block_is_removed():
    # Three short lines between it and the rows: beyond a table's heading block.
    label = "Follow the Harbour sports desk"
    story = harbour_story("s3", "\n\n".join([label, *STANDINGS[2:]]))
    cleaned = remove_learned_lines(story, {("harbour-daily", normalise_line(label))})
    assert cleaned.body == "\n\n".join(STANDINGS[2:])
    assert cleaned.noise[-1] == Noise("learned_boilerplate", label)
