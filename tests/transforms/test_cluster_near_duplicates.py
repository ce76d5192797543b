"""ClusterNearDuplicates on Beam: the same clusters whatever the input order."""

from __future__ import annotations

import datetime as dt
import random

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from tests.records import make_story
from transforms.neardup import PAIRS, ClusterNearDuplicates
from transforms.records import Story

T0 = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
PIER = ("The harbour board in Tromso voted on Tuesday to rebuild the old ferry pier before the "
        "winter storms, after engineers found cracks in three of its concrete pillars. Work will "
        "start in January and cost about 40 million crowns, the board said in a statement.")
AIRLINE = ("Shares in a Lisbon airline fell sharply on Friday after it cancelled fourteen winter "
           "routes to inspect engines on part of its fleet. The carrier said most passengers "
           "would be rebooked on partner flights within two days. Engineers from the engine "
           "maker are expected in Lisbon next week, and the airline hopes to restore the routes "
           "in time for the spring timetable if no further faults are found.")
SALMON = ("A salmon farmer in Bergen raised its harvest forecast for the year after mild sea "
          "temperatures sped up growth at its northern sites, sending its shares to a record.")


def story(aid: str, body: str, hours: int) -> Story:
    return make_story(aid, body, T0 + dt.timedelta(hours=hours))


STORIES = [
    story("pier", PIER, 1),
    story("pier-syndicated", PIER + " Ferries will use a temporary berth meanwhile.", 3),
    story("pier-earlier-copy", PIER.replace("Tuesday", "Tuesday evening"), 0),
    story("airline", AIRLINE, 2),
    story("airline-copy", AIRLINE.replace("sharply", "steeply"), 5),
    story("salmon", SALMON, 4),
    story("short", "Port closed.", 6),
]
EXPECTED = [("pier", "pier-earlier-copy"), ("pier-syndicated", "pier-earlier-copy"),
            ("pier-earlier-copy", "pier-earlier-copy"), ("airline", "airline"),
            ("airline-copy", "airline"), ("salmon", "salmon"), ("short", "short")]


def test_clusters_do_not_depend_on_input_order():
    for seed in (1, 2, 3):
        shuffled = STORIES[:]
        random.Random(seed).shuffle(shuffled)
        with TestPipeline(argv=["--runner=FnApiRunner"]) as p:
            out = (p | beam.Create(shuffled)
                   | ClusterNearDuplicates(num_perm=128, bands=32, shingle_words=5,
                                           threshold=0.8))
            assert_that(out["stories"] | beam.Map(lambda s: (s.article_id, s.cluster_id)),
                        equal_to(EXPECTED), label="clusters")
            # The two pier copies differ from each other by more than the threshold allows;
            # each is close to the original, so all three still form one cluster.
            assert_that(out[PAIRS] | beam.Map(lambda pair: (pair.a.article_id,
                                                            pair.b.article_id, pair.jaccard)),
                        equal_to([("pier-earlier-copy", "pier", 0.8043),
                                  ("pier", "pier-syndicated", 0.8542),
                                  ("airline", "airline-copy", 0.8551)]), label="pairs")
