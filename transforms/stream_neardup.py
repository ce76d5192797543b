"""Near-duplicate clusters in streaming: LSH band buckets kept in bounded, expiring state.

Batch clusters a whole run at once; a stream cannot wait for it. Here every band key of a
story's MinHash keys a stateful step that holds that bucket's most recent members (at most
``max_members``; a member is forgotten ``horizon_s`` of ingest time after it arrived, and an
event-time timer clears a bucket nobody joined for that long). A newcomer is checked against
the bucket's earlier members as in batch (MinHash estimate first, then the exact Jaccard of the
shingle sets) and the bucket reports the earliest cluster root among the verified ones, or the
newcomer itself. A second step keyed by story takes the earliest root over all its bands: the
story joins the cluster of the first-arrived story it is linked to, else it starts its own
(``cluster_id`` = its ``article_id``).

Where streaming differs from batch, by design:

* The representative is the first story to *arrive* (ingest time, ties by id), not the earliest
  published: a stream cannot wait for an earlier-published copy that may never come.
* A copy arriving more than ``horizon_s`` after every earlier copy in its buckets starts a new
  cluster.
* A bucket knows a member's cluster as far as that band's links show it. A copy C resembling only
  the middle of a chain (C like B, B like A, C unlike A) joins A's cluster when C and B share a
  band in which B met A, which near-copies nearly always do (at Jaccard 0.8 two stories share
  about 13 of 32 bands); otherwise C's ``cluster_id`` is B.
* Clusters written by earlier runs are not joined: the job starts with empty buckets.

Buckets settle their newcomers in arrival order (``stream_order``), so bundling does not change
the clusters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate, window
from apache_beam.utils.timestamp import Duration

from transforms.deadletters import NEAR_DUPLICATES, REJECTS, DeadLetters, failure
from transforms.neardup import MinHasher, band_keys, exact_jaccard, worth_exact_check
from transforms.records import Story
from transforms.state_keys import DeclareKeyedForState, KeyedForState, StateKey, state_key
from transforms.stream_order import Arrival, arrival_of, arrival_time, park, take_ready

BANDS = "bands"
UNSIGNED = "unsigned"

Signed = tuple[bytes, bytes]  # (minhash, shingle set), as MinHasher.sign gives them


class BandMember(NamedTuple):
    """A story remembered by one band bucket."""

    arrival: Arrival
    minhash: bytes
    shingle_set: bytes
    root: Arrival  # the earliest story of its cluster, as far as this band's links show


def own_cluster(story: Story) -> Story:
    """A story without near-copies (or too short to compare) is a cluster of its own."""
    return story._replace(cluster_id=story.article_id)


def band_root(arrival: Arrival, signed: Signed, members: Iterable[BandMember],
              threshold: float) -> Arrival:
    """The earliest root among earlier members verified as near-copies; else ``arrival``."""
    minhash, shingles = signed
    roots = [m.root for m in members
             if m.arrival < arrival and worth_exact_check(m.minhash, minhash, threshold)
             and exact_jaccard(m.shingle_set, shingles) >= threshold]
    return min(roots, default=arrival)


def settle_band(members: Sequence[BandMember], newcomers: Iterable[tuple[Arrival, Signed]], *,
                threshold: float, horizon_us: int, max_members: int
                ) -> tuple[list[tuple[Arrival, Arrival]], tuple[BandMember, ...]]:
    """((newcomer, its root) for each newcomer in order; the members to keep).

    Each newcomer sees only members that arrived less than ``horizon_us`` before it, then joins
    them; the bucket keeps its ``max_members`` most recent members.
    """
    kept = list(members)
    roots = []
    for arrival, signed in newcomers:
        kept = [m for m in kept if arrival[0] - m.arrival[0] < horizon_us]
        root = band_root(arrival, signed, kept, threshold)
        roots.append((arrival, root))
        kept = sorted([*kept, BandMember(arrival, *signed, root)],
                      key=lambda m: m.arrival)[-max_members:]
    return roots, tuple(kept)


class BandFailure(NamedTuple):
    """What a band bucket reports for a newcomer it could not settle: the story is rejected."""

    reason: str
    detail: str


def settle_band_one_by_one(members: Sequence[BandMember],
                           newcomers: Sequence[tuple[Arrival, Signed]], **settings
                           ) -> tuple[list[tuple[Arrival, Arrival | BandFailure]],
                                      tuple[BandMember, ...]]:
    """``settle_band`` for newcomers whose settling together raised: each on its own, so only
    the newcomer it raises on gets a ``BandFailure`` (and is not remembered)."""
    kept, roots = tuple(members), []
    for newcomer in newcomers:
        try:
            root, kept = settle_band(kept, [newcomer], **settings)
        except Exception as err:  # dead letter: this newcomer, not the bucket
            roots.append((newcomer[0], BandFailure(*failure(err))))
        else:
            roots += root
    return roots, kept


def cluster_id_of(roots: Iterable[Arrival]) -> str:
    """The story's cluster: named by the earliest root its bands reported."""
    return min(roots)[1]


class _SignForBandsFn(beam.DoFn):
    """Story -> itself keyed by its node ``(article_id, version)``, and one
    ``(band key, (arrival, signed))`` per band (the key in hex: a ``StateKey`` is text)."""

    def __init__(self, num_perm: int, shingle_words: int, bands: int) -> None:
        self._num_perm = num_perm
        self._shingle_words = shingle_words
        self._bands = bands
        self.too_short = Metrics.counter("dedup", "too_short_for_minhash")
        self.dead_letters = DeadLetters(NEAR_DUPLICATES)

    def setup(self) -> None:
        self._hasher = MinHasher(self._num_perm, self._shingle_words)

    def process(self, story: Story, timestamp=beam.DoFn.TimestampParam):
        try:
            signed = self._hasher.sign(story.body)
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(story, err)
            return
        if signed is None:
            self.too_short.inc()
            yield pvalue.TaggedOutput(UNSIGNED, own_cluster(story))
            return
        arrival = arrival_of(story, timestamp)
        yield state_key(story.article_id, story.version), story
        for key in band_keys(signed[0], self._bands):
            yield pvalue.TaggedOutput(BANDS, (state_key(key.hex()), (arrival, signed)))


# Beam finds state and timers by parameter defaults; declared once at module level.
_SETTLE_SPEC = userstate.TimerSpec("settle", userstate.TimeDomain.WATERMARK)
_EXPIRE_SPEC = userstate.TimerSpec("expire", userstate.TimeDomain.WATERMARK)
_PENDING = beam.DoFn.StateParam(userstate.BagStateSpec("pending", PickleCoder()))
_SETTLE_AT = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("settle_at", PickleCoder()))
_MEMBERS = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("members", PickleCoder()))
_SETTLE = beam.DoFn.TimerParam(_SETTLE_SPEC)
_EXPIRE = beam.DoFn.TimerParam(_EXPIRE_SPEC)


class _SettleBandFn(beam.DoFn):
    """Keyed by band key: parks newcomers, settles them in order, emits ``(node key, root)``."""

    def __init__(self, threshold: float, horizon_s: float, max_members: int) -> None:
        self._threshold = threshold
        self._horizon = Duration.of(horizon_s)
        self._max_members = max_members
        self.expired = Metrics.counter("dedup", "band_state_expired")

    def process(self, element: tuple[StateKey, tuple[Arrival, Signed]], pending=_PENDING,
                settle_at=_SETTLE_AT, settle=_SETTLE):
        park(element[1], pending, settle_at, settle)

    @userstate.on_timer(_SETTLE_SPEC)
    def settle_newcomers(self, now=beam.DoFn.TimestampParam, pending=_PENDING,
                         settle_at=_SETTLE_AT, members_state=_MEMBERS, settle=_SETTLE,
                         expire=_EXPIRE):
        ready = take_ready(now, pending, settle_at, settle)
        settings = {"threshold": self._threshold, "horizon_us": self._horizon.micros,
                    "max_members": self._max_members}
        try:
            roots, members = settle_band(members_state.read() or (), ready, **settings)
        except Exception:  # retried one by one: only the newcomer it raises on is rejected
            roots, members = settle_band_one_by_one(members_state.read() or (), ready,
                                                    **settings)
        members_state.write(members)
        if members:
            # Once the newest member is past the horizon no newcomer can see any member.
            expire.set(arrival_time(members[-1].arrival) + self._horizon)
        for arrival, root in roots:
            yield state_key(arrival[1], arrival[2]), root

    @userstate.on_timer(_EXPIRE_SPEC)
    def expire_members(self, members_state=_MEMBERS):
        self.expired.inc()
        members_state.clear()


_STORY = beam.DoFn.StateParam(userstate.ReadModifyWriteStateSpec("story", PickleCoder()))
_ROOTS = beam.DoFn.StateParam(userstate.BagStateSpec("roots", PickleCoder()))


class _ChooseClusterFn(beam.DoFn):
    """Keyed by node: the story and one root per band in, the story with its cluster out."""

    def __init__(self, bands: int) -> None:
        self._bands = bands
        self.joined = Metrics.counter("dedup", "stream_joined_cluster")
        self.dead_letters = DeadLetters(NEAR_DUPLICATES)

    def process(self, element: tuple[StateKey, Story | Arrival | BandFailure],
                timestamp=beam.DoFn.TimestampParam, story_state=_STORY, roots_state=_ROOTS):
        _, value = element
        if isinstance(value, Story):
            story_state.write((value, timestamp))
        else:
            roots_state.add(value)
        parked, roots = story_state.read(), list(roots_state.read())
        if parked is None or len(roots) < self._bands:
            return
        story, story_timestamp = parked
        story_state.clear()
        roots_state.clear()
        failed = next((r for r in roots if isinstance(r, BandFailure)), None)
        if failed is not None:
            yield self.dead_letters.letter(story, tuple(failed), story_timestamp)
            return
        try:
            clustered = story._replace(cluster_id=cluster_id_of(roots))
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(story, err, story_timestamp)
            return
        if clustered.cluster_id != story.article_id:
            self.joined.inc()
        # Roots come from timers set just after the story's timestamp; the story goes on
        # with its own ingest time, which the writer windows by.
        yield window.TimestampedValue(clustered, story_timestamp)


class ClusterNearDuplicatesInStream(beam.PTransform):
    """Stories (global window, ingest-time timestamps) -> stories with ``cluster_id`` on
    ``stories``, and ``rejects``: stories whose signing or settling raised."""

    def __init__(self, *, num_perm: int, bands: int, shingle_words: int, threshold: float,
                 horizon_s: float, max_band_members: int) -> None:
        super().__init__()
        self._num_perm = num_perm
        self._bands = bands
        self._shingle_words = shingle_words
        self._threshold = threshold
        self._horizon_s = horizon_s
        self._max_band_members = max_band_members

    def expand(self, stories):
        # Only the keyed outputs are typed (state_keys), the band keys by a step of their own:
        # typing one tagged output makes Beam warn about the others left untyped, and typing
        # those ``Any`` failed on Flink (ClassCastException in a Flatten with untyped inputs).
        signed = stories | "SignForBands" >> beam.ParDo(
            _SignForBandsFn(self._num_perm, self._shingle_words, self._bands)
        ).with_output_types(KeyedForState).with_outputs(BANDS, UNSIGNED, REJECTS,
                                                        main="stories")
        roots = (signed[BANDS]
                 | "TypeBandKeys" >> DeclareKeyedForState()
                 | "SettleBands" >> beam.ParDo(
                     _SettleBandFn(self._threshold, self._horizon_s, self._max_band_members)
                 ).with_output_types(KeyedForState))
        clustered = ((signed["stories"], roots)
                     | "StoriesWithRoots" >> beam.Flatten()
                     | "ChooseCluster" >> beam.ParDo(_ChooseClusterFn(self._bands)
                                                     ).with_outputs(REJECTS, main="stories"))
        return {"stories": (clustered.stories, signed[UNSIGNED])
                | "WithTooShort" >> beam.Flatten(),
                REJECTS: (signed[REJECTS], clustered[REJECTS])
                | "NearDuplicateRejects" >> beam.Flatten()}
