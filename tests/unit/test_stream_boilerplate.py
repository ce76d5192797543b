"""Unit tests of streaming learned boilerplate: warm-up, distinct stories, bounded tallies."""

from __future__ import annotations

from tests.unit.test_boilerplate import FOOTER, harbour_story
from transforms.boilerplate import normalise_line
from transforms.records import Noise
from transforms.stream_boilerplate import (
    LineTally,
    evict_lines,
    line_key,
    settle_source,
    tally_story,
)

QUOTE = "“We will rebuild the pier before winter,” the mayor said."
FOOTER_KEY = line_key(normalise_line(FOOTER))


def arrivals(*stories):
    return [((t, s.article_id, s.version), s) for t, s in enumerate(stories)]


def settle(stories, state=None, **limits):
    settings = {"min_stories": 3, "warmup_stories": 2, "max_tracked_lines": 100} | limits
    settled, learned = settle_source(state, arrivals(*stories), **settings)
    return [s.body for _, s in settled], learned


def test_lines_go_only_after_the_warm_up_and_once_in_min_stories_stories():
    stories = [harbour_story(f"s{i}", f"Story {i} on the pier.\n\n{FOOTER}") for i in range(5)]
    bodies, learned = settle(stories, warmup_stories=3)
    # s2 is the footer's third story but still warm-up; s3 and s4 lose it.
    assert bodies == [f"Story {i} on the pier.\n\n{FOOTER}" for i in range(3)] + [
        "Story 3 on the pier.", "Story 4 on the pier."]
    assert learned.stories_seen == 5
    assert learned.lines[FOOTER_KEY].story_ids == ("s0", "s1", "s2")  # capped at min_stories


def test_a_quote_shared_by_two_stories_survives_and_a_re_read_story_counts_once():
    stories = [harbour_story("q0", f"Council met.\n\n{QUOTE}"),
               harbour_story("q1", f"Council voted.\n\n{QUOTE}"),
               harbour_story("q1", f"Council voted.\n\n{QUOTE}")]  # a new version of q1
    bodies, learned = settle(stories, warmup_stories=0)
    assert bodies == ["Council met.\n\n" + QUOTE] + ["Council voted.\n\n" + QUOTE] * 2
    assert learned.lines[line_key(normalise_line(QUOTE))].story_ids == ("q0", "q1")


def test_removal_moves_the_line_to_noise_and_keeps_identity():
    stories = [harbour_story(f"s{i}", f"Story {i}.\n\n{FOOTER}") for i in range(3)]
    settled, _ = settle_source(None, arrivals(*stories), min_stories=3, warmup_stories=0,
                               max_tracked_lines=100)
    last = settled[-1][1]
    assert last.noise[-1] == Noise("learned_boilerplate", FOOTER)
    assert (last.article_id, last.content_hash, last.word_count) == ("s2", "hash-s2", 2)


def test_state_carries_over_between_settles():
    first = [harbour_story(f"s{i}", f"Story {i}.\n\n{FOOTER}") for i in range(2)]
    _, learned = settle(first)
    bodies, _ = settle([harbour_story("s2", f"Story 2.\n\n{FOOTER}")], state=learned)
    assert bodies == ["Story 2."]


def test_tracked_lines_are_capped_least_recent_first():
    stories = [harbour_story(f"s{i}", f"Only in story {i}.\n\n{FOOTER}") for i in range(6)]
    _, learned = settle(stories, max_tracked_lines=3)
    # The footer is seen by every story; of the one-off lines only the two newest stay.
    assert set(learned.lines) == {FOOTER_KEY, line_key("only in story 4."),
                                  line_key("only in story 5.")}


def test_eviction_breaks_ties_by_fewer_stories_then_key():
    lines = {"b": LineTally(("x",), (1, "x", 1)), "a": LineTally(("x",), (1, "x", 1)),
             "c": LineTally(("x", "y"), (1, "y", 1)), "d": LineTally(("x",), (2, "z", 1))}
    evict_lines(lines, 2)
    assert set(lines) == {"c", "d"}
    evict_lines(lines, 5)
    assert set(lines) == {"c", "d"}


def test_tally_counts_a_story_once_per_line_and_keeps_min_stories_ids():
    lines: dict[str, LineTally] = {}
    for aid in ("a", "a", "b", "c", "d"):
        tally_story(lines, ["k"], aid, (0, aid, 1), min_stories=3)
    assert lines == {"k": LineTally(("a", "b", "c"), (0, "d", 1), 4)}
