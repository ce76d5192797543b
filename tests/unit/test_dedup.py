import datetime as dt
import random

from tests.records import make_story
from transforms.dedup import (
    EMPTY_CONTENT_HASH,
    PriorArticle,
    content_key,
    link_duplicates,
    resolve_versions,
)
from transforms.records import Story

T0 = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)


def story(aid: str, chash: str, hours: int = 0, origin: str = "o") -> Story:
    return make_story(aid, "b", T0 + dt.timedelta(hours=hours), content_hash=chash,
                      source="s", origin=origin, title="t", ingested_at=T0)


def test_same_content_again_is_a_repoll_new_content_a_version():
    stories = [story("a", "h2", 2), story("a", "h1", 1), story("a", "h1", 3, "again")]
    for order in (stories, list(reversed(stories))):
        written, repolls = resolve_versions(order, [])
        assert [(s.content_hash, s.version) for s in written] == [("h1", 1), ("h2", 2)]
        assert [s.origin for s in repolls] == ["again"]


def test_versions_continue_after_prior_rows():
    prior = [PriorArticle("a", 1, "h1", T0, None), PriorArticle("a", 2, "h2", T0, None)]
    written, repolls = resolve_versions([story("a", "h2"), story("a", "h3")], prior)
    assert [(s.content_hash, s.version) for s in written] == [("h3", 3)]
    assert [s.content_hash for s in repolls] == ["h2"]


def test_duplicates_link_to_earliest_then_lowest_id_whatever_the_order():
    group = [story("c", "h", 1), story("b", "h", 1), story("a", "h", 2)]
    for _ in range(5):
        random.shuffle(group)
        linked = {s.article_id: s.duplicate_of for s in link_duplicates(group, [])}
        assert linked == {"b": None, "c": "b", "a": "b"}


def test_rows_already_written_stay_the_kept_copy():
    prior = [PriorArticle("z", 1, "h", T0 + dt.timedelta(days=3), None),
             PriorArticle("y", 1, "h", T0, "z")]
    linked = link_duplicates([story("a", "h")], prior)
    assert [(s.article_id, s.duplicate_of) for s in linked] == [("a", "z")]


def test_empty_bodies_are_not_copies_of_each_other():
    assert content_key("a", EMPTY_CONTENT_HASH) != content_key("b", EMPTY_CONTENT_HASH)
    assert content_key("a", "h") == content_key("b", "h") == "h"
