"""Stories cross every stage boundary pickled: they must come back equal, with their types."""

from __future__ import annotations

import datetime as dt
import pickle

import apache_beam as beam

from tests.records import make_story
from transforms.records import Credit, EntitySummary, Mention, Noise, Story

AT = dt.datetime(2026, 12, 5, 7, 30, tzinfo=dt.UTC)


def a_full_story() -> Story:
    return make_story(
        "a1", "OSLO, Dec 5 (Wirestream) - The port reopened.", AT,
        credits=(Credit("reporting", "Kari Nordmann"), Credit("editing", "Ola Berg")),
        noise=(Noise("related_link", "See also: Ferries halted"),),
        entities=(EntitySummary("e1", "Oslo", "GPE", "LOC", 2),),
        mentions=(Mention("e1", "Oslo", "OSLO", "GPE", "LOC", 0, 4, False),
                  Mention("e1", "Oslo", "Oslo", "GPE", "LOC", 5, 9, True)),
        cluster_id="c1", version=2, headline_prefix="UPDATE 1")


def test_a_story_round_trips_through_pickle_and_beams_coder_with_its_record_types():
    story = a_full_story()
    coder = beam.coders.registry.get_coder(Story)
    for back in (pickle.loads(pickle.dumps(story)), coder.decode(coder.encode(story))):
        assert back == story
        assert type(back) is Story
        assert [type(x) for x in back.credits + back.noise + back.entities + back.mentions] == [
            Credit, Credit, Noise, EntitySummary, Mention, Mention]
        assert back.mentions[1].in_title is True and back.credits[0].name == "Kari Nordmann"
        assert back._replace(body="x").body == "x"


def test_a_story_pickles_as_plain_tuples_not_as_records():
    # One reference to the Story class, none to the nested record classes: those are rebuilt
    # from tuples, which is what makes the round trip cheap.
    pickled = pickle.dumps(a_full_story())
    assert b"Mention" not in pickled and b"EntitySummary" not in pickled
    assert b"_story_from_tuples" in pickled
