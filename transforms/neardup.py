"""Near-duplicates: MinHash over word shingles, LSH banding, verified pairs, clusters.

Syndicated copies of one story (a changed headline, a dropped paragraph, a boilerplate tail)
share a ``cluster_id``: the ``article_id`` of the cluster's representative, the earliest
published member (ties by id). Rows already written keep their cluster, so later copies join
it. Every choice is made by sort order, never by arrival order, so the result does not depend
on input order, runner or worker count.

LSH only proposes candidates. Each candidate pair is first screened by its MinHash estimate
(cheap, noisy: ±0.035 at 128 permutations) and then decided by the exact Jaccard of the two
shingle sets, so the threshold means what it says.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import re
from collections.abc import Iterable
from typing import NamedTuple

import apache_beam as beam
import numpy as np
from apache_beam import pvalue
from apache_beam.metrics import Metrics

from transforms.deadletters import NEAR_DUPLICATES, REJECTS, DeadLetters, failure
from transforms.flatten import FlattenOwnCopies
from transforms.grouping import GroupByKeyInShards
from transforms.records import Story

WORD = re.compile(r"\w+")
SIGNATURES = "signatures"
PAIRS = "pairs"
UNVERIFIED = "unverified"
# A bucket this large is a run of re-published copies; linking each member to the bucket's
# first member keeps the work linear and the resulting clusters the same.
MAX_PAIRWISE_BUCKET = 64
# Candidates whose estimate is this far below the threshold are not worth an exact check
# (more than four standard deviations at 128 permutations).
ESTIMATE_MARGIN = 0.15
_SHINGLE_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it loses no bits

Node = tuple[str, int]  # (article_id, version)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class Signature(NamedTuple):
    """A story's MinHash and shingle set, and what clustering needs to know about it."""

    article_id: str
    version: int
    source: str
    published_at: dt.datetime
    minhash: bytes  # num_perm little-endian uint32
    shingle_set: bytes  # sorted unique little-endian uint64 shingle hashes
    cluster_id: str | None = None  # set for rows already in the dataset

    @property
    def node(self) -> Node:
        return (self.article_id, self.version)

    def member(self) -> Member:
        published_us = (self.published_at - _EPOCH) // dt.timedelta(microseconds=1)
        return Member(published_us, self.article_id, self.version, self.cluster_id)


class Member(NamedTuple):
    """What an LSH bucket holds of a story: enough to order it and to settle its cluster.

    Sent between stages as a plain tuple (``tuple(member)``): there is one per story and band,
    and Beam encodes a tuple of primitives natively where it would pickle a NamedTuple.
    """

    published_us: int  # microseconds since the epoch
    article_id: str
    version: int
    cluster_id: str | None  # set for rows already in the dataset

    @property
    def node(self) -> Node:
        return (self.article_id, self.version)

    @property
    def order(self) -> tuple[int, str, int]:
        return (self.published_us, self.article_id, self.version)


class NearCopy(NamedTuple):
    """A verified pair: ``a`` precedes ``b`` in publication order."""

    a: Member
    b: Member
    jaccard: float


def shingles(text: str, size: int) -> list[bytes]:
    """Word ``size``-grams of the lower-cased text; none for texts shorter than one shingle.

    The readable definition: :func:`shingle_hashes` computes the same set, hashed."""
    words = WORD.findall(text.lower())
    return [" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)]


@functools.lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    # A news vocabulary repeats, so each distinct word is hashed once per worker.
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _avalanche(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: every input bit flips about half of the output bits."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """The sorted unique 64-bit hashes of the text's word ``size``-grams (see :func:`shingles`).

    Each word is hashed once; a shingle's hash is a polynomial over its words' hashes (numpy,
    wrapping at 2**64), avalanched. This is the hot loop of the stage: one vectorised pass per
    story instead of a string join and two digests per shingle.
    """
    words = WORD.findall(text.lower())
    count = len(words) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint64)
    word_hashes = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(size):
        hashes = hashes * _SHINGLE_BASE + word_hashes[offset:offset + count]
    return np.unique(_avalanche(hashes))


def exact_jaccard(a: bytes, b: bytes) -> float:
    set_a, set_b = np.frombuffer(a, "<u8"), np.frombuffer(b, "<u8")
    common = len(np.intersect1d(set_a, set_b, assume_unique=True))
    return common / (len(set_a) + len(set_b) - common)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (uint32, wrapping): mixes each value before permuting."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


class MinHasher:
    """Deterministic MinHash signatures: ``num_perm`` affine permutations of 32-bit values.

    The scheme is datasketch 2.0's "affine32" with seed 1, value for value, so that signatures
    already written to a dataset stay comparable with new ones: each permutation is
    ``a * fmix32(h) + b`` modulo 2**32 (``a`` odd, so it is a bijection), its parameters drawn
    from ``numpy.random.RandomState(1)``. Computed here rather than through datasketch, whose
    import brings SciPy (0.3-0.6 s a process, for a dozen lines of numpy) and whose batch
    update hashes each value in a Python call.
    """

    SEED = 1

    def __init__(self, num_perm: int, shingle_words: int) -> None:
        draw = np.random.RandomState(self.SEED)
        self._a = draw.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        self._b = draw.randint(0, 1 << 32, num_perm, dtype=np.uint32)
        self._shingle_words = shingle_words

    def sign(self, text: str) -> tuple[bytes, bytes] | None:
        """(minhash, shingle set), or None for a text too short to compare."""
        hashes = shingle_hashes(text, self._shingle_words)
        if not len(hashes):
            return None  # exact copies of short texts are still caught by content_hash
        # The permutations act on 32-bit values: the low half of each shingle hash.
        low = _fmix32((hashes & np.uint64(0xFFFFFFFF)).astype(np.uint32))
        minhash = (low[:, np.newaxis] * self._a + self._b).min(axis=0)
        return minhash.astype("<u4").tobytes(), hashes.astype("<u8").tobytes()


def estimated_jaccard(a: bytes, b: bytes) -> float:
    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))


def band_keys(minhash: bytes, bands: int) -> list[bytes]:
    """One key per band: its number and its slice of the signature. Two signatures that agree
    on a whole band become candidates."""
    width = len(minhash) // bands
    return [b.to_bytes(2, "big") + minhash[b * width:(b + 1) * width] for b in range(bands)]


def worth_exact_check(minhash_a: bytes, minhash_b: bytes, threshold: float) -> bool:
    """The MinHash estimate leaves a real chance that the exact Jaccard reaches ``threshold``."""
    return estimated_jaccard(minhash_a, minhash_b) >= threshold - ESTIMATE_MARGIN


def candidate_pairs(bucket: Iterable[Member]) -> Iterable[tuple[Member, Member]]:
    """The pairs of one LSH bucket, earlier member first; pairs of rows already written are
    settled. Whether a pair is worth an exact check is decided where both signatures meet."""
    members = sorted(bucket, key=lambda m: m.order)
    if len(members) > MAX_PAIRWISE_BUCKET:
        pairs: Iterable = ((members[0], m) for m in members[1:])
    else:
        pairs = itertools.combinations(members, 2)
    for a, b in pairs:
        if a.cluster_id is None or b.cluster_id is None:
            yield a, b


def assign_clusters(pairs: Iterable[NearCopy]) -> dict[Node, str]:
    """Connected components -> ``cluster_id`` for each new node that has a near-copy.

    A component containing rows already written takes the cluster of its earliest such row;
    otherwise the cluster is named by its earliest member.
    """
    parent: dict[Node, Node] = {}
    info: dict[Node, Member] = {}

    def find(node: Node) -> Node:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for pair in pairs:
        for s in (pair.a, pair.b):
            info.setdefault(s.node, s)
            parent.setdefault(s.node, s.node)
        root_a, root_b = find(pair.a.node), find(pair.b.node)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    components: dict[Node, list[Member]] = {}
    for node in parent:
        components.setdefault(find(node), []).append(info[node])
    assignment = {}
    for members in components.values():
        written = sorted((m for m in members if m.cluster_id), key=lambda m: m.order)
        earliest = min(members, key=lambda m: m.order)
        cluster = written[0].cluster_id if written else earliest.article_id
        assignment.update({m.node: cluster for m in members if m.cluster_id is None})
    return assignment


class _SignFn(beam.DoFn):
    """Story -> itself on the main output and its ``Signature`` on ``signatures`` (none for a
    text too short to compare); a story signing raised on becomes a reject."""

    def __init__(self, num_perm: int, shingle_words: int) -> None:
        self._num_perm = num_perm
        self._shingle_words = shingle_words
        self.too_short = Metrics.counter("dedup", "too_short_for_minhash")
        self.dead_letters = DeadLetters(NEAR_DUPLICATES)

    def setup(self) -> None:
        self._hasher = MinHasher(self._num_perm, self._shingle_words)

    def process(self, story: Story):
        try:
            signed = self._hasher.sign(story.body)
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(story, err)
            return
        yield story
        if signed is None:
            self.too_short.inc()
            return
        yield pvalue.TaggedOutput(SIGNATURES, Signature(
            story.article_id, story.version, story.source, story.published_at, *signed))


def _propose_pairs(buckets: dict[bytes, list[tuple]]):
    """Candidate pairs of one shard's LSH buckets, keyed by the pair."""
    for members in buckets.values():
        if len(members) < 2:  # nearly every bucket: no pair to propose
            continue
        for a, b in candidate_pairs(Member._make(m) for m in members):
            yield (a.node, b.node), (tuple(a), tuple(b))


def verify_pairs(signed: tuple[bytes, bytes], pairs: Iterable[tuple[tuple, tuple, tuple]],
                 threshold: float) -> tuple[list[NearCopy], int]:
    """(the verified near-copies, how many candidates needed an exact check) among ``pairs``
    whose ``b`` is the story signed ``signed``: each ``(a, b, a's (minhash, shingle set))``
    screened by the MinHash estimate, decided by the exact Jaccard."""
    minhash, shingle_set = signed
    verified, checked = [], 0
    for a, b, (other_minhash, other_shingle_set) in pairs:
        if not worth_exact_check(minhash, other_minhash, threshold):
            continue
        checked += 1
        jaccard = exact_jaccard(shingle_set, other_shingle_set)
        if jaccard >= threshold:
            verified.append(NearCopy(Member._make(a), Member._make(b), round(jaccard, 4)))
    return verified, checked


class _VerifyPairsFn(beam.DoFn):
    """Joined by node: the node's signature, and the candidate pairs it is the ``b`` of (each
    with ``a``'s signature) -> verified ``NearCopy`` pairs; a node whose check raised goes to
    ``unverified`` with the failure, and its story becomes a reject where clusters are set."""

    def __init__(self, threshold: float) -> None:
        self._threshold = threshold
        self.checked = Metrics.counter("dedup", "candidate_pairs")
        self.verified = Metrics.counter("dedup", "near_copy_pairs")

    def process(self, element: tuple[Node, dict[str, list]]):
        node, joined = element
        if not joined["signed"]:
            return
        try:
            verified, checked = verify_pairs(joined["signed"][0], joined["pairs"],
                                             self._threshold)
        except Exception as err:  # dead letter: this node's story, not the run
            yield pvalue.TaggedOutput(UNVERIFIED, (node, failure(err)))
            return
        self.checked.inc(checked)
        self.verified.inc(len(verified))
        yield from verified


def _band_members(sig: Signature, bands: int) -> list[tuple[bytes, tuple]]:
    member = tuple(sig.member())
    return [(key, member) for key in band_keys(sig.minhash, bands)]


def _attach_a_signature(element: tuple[Node, dict[str, list]]):
    _, joined = element
    if joined["signed"]:
        for a, b in joined["pairs"]:
            yield Member._make(b).node, (a, b, joined["signed"][0])


class ClusterNearDuplicates(beam.PTransform):
    """Stories -> stories with ``cluster_id``; also ``signatures`` (state to keep), ``pairs``
    (the verified ``NearCopy`` pairs behind the clusters) and ``rejects`` (stories whose
    signing or checking raised).

    ``prior``, applied to the run's signatures, gives the ``Signature`` rows of stories
    already written (with their cluster) that may be near-copies of them; None: no history.
    """

    def __init__(self, *, num_perm: int, bands: int, shingle_words: int, threshold: float,
                 prior: beam.PTransform | None = None) -> None:
        super().__init__()
        self._prior = prior
        self._num_perm = num_perm
        self._bands = bands
        self._shingle_words = shingle_words
        self._threshold = threshold

    def expand(self, stories):
        signing = stories | "Sign" >> beam.ParDo(
            _SignFn(self._num_perm, self._shingle_words)
        ).with_outputs(SIGNATURES, REJECTS, main="stories")
        signed = signing[SIGNATURES]
        prior = (signed | "PriorSignatures" >> self._prior if self._prior is not None
                 else stories.pipeline | "NoPrior" >> beam.Create([]))
        # ``signed`` is read again below (SignatureClusterId): a guarded Flatten (Flink).
        everyone = (signed, prior) | "WithPrior" >> FlattenOwnCopies()
        # Plain tuples of bytes and primitives from here to the verified pairs: see Member.
        signed_by_node = everyone | "SignedByNode" >> beam.Map(
            lambda s: (s.node, (s.minhash, s.shingle_set)))
        candidates = (
            everyone
            | "KeyByBand" >> beam.Map(_band_members, self._bands)
            | "GroupByBand" >> GroupByKeyInShards()
            | "ProposePairs" >> beam.FlatMap(_propose_pairs)
            | "GroupByPair" >> beam.GroupByKey()  # a pair can share several bands
            | "OnePerPair" >> beam.Map(lambda kv: next(iter(kv[1]))))
        with_a = (
            {"pairs": candidates | "KeyByA" >> beam.Map(lambda ab: (Member._make(ab[0]).node, ab)),
             "signed": signed_by_node}
            | "JoinA" >> beam.CoGroupByKey()
            | "AttachA" >> beam.FlatMap(_attach_a_signature))
        verified = (
            {"pairs": with_a, "signed": signed_by_node}
            | "JoinB" >> beam.CoGroupByKey()
            | "VerifyPairs" >> beam.ParDo(_VerifyPairsFn(self._threshold)).with_outputs(
                UNVERIFIED, main=PAIRS))
        pairs = verified[PAIRS]
        assignment = (pairs
                      | "AllPairs" >> beam.combiners.ToList()
                      | "Components" >> beam.Map(assign_clusters))
        side = pvalue.AsSingleton(assignment)
        clustered = signing.stories | "SetClusterId" >> beam.ParDo(
            _SetClusterFn(), side, pvalue.AsDict(verified[UNVERIFIED])
        ).with_outputs(REJECTS, main="stories")
        rejects = ((signing[REJECTS], clustered[REJECTS])
                   | "NearDuplicateRejects" >> beam.Flatten())
        return {
            "stories": clustered.stories,
            SIGNATURES: signed | "SignatureClusterId" >> beam.Map(_signature_with_cluster, side),
            PAIRS: pairs,
            REJECTS: rejects,
        }


def with_cluster(story: Story, assignment: dict[Node, str]) -> Story:
    """The story with the cluster its near-copies put it in (its own when it has none)."""
    return story._replace(cluster_id=assignment.get((story.article_id, story.version),
                                                    story.article_id))


class _SetClusterFn(beam.DoFn):
    def __init__(self) -> None:
        self.dead_letters = DeadLetters(NEAR_DUPLICATES)

    def process(self, story: Story, assignment: dict[Node, str],
                unverified: dict[Node, tuple[str, str]]):
        failed = unverified.get((story.article_id, story.version))
        if failed is not None:
            yield self.dead_letters.letter(story, failed)
            return
        try:
            yield with_cluster(story, assignment)
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(story, err)


def _signature_with_cluster(sig: Signature, assignment: dict[Node, str]) -> Signature:
    return sig._replace(cluster_id=assignment.get(sig.node, sig.article_id))


def signature_row(sig: Signature) -> dict:
    return {"article_id": sig.article_id, "version": sig.version, "minhash": sig.minhash,
            "shingle_set": sig.shingle_set, "cluster_id": sig.cluster_id,
            "published_at": sig.published_at}


def prior_signature(row: dict) -> Signature:
    """A signature row read back from the state dataset (its source lives in the path)."""
    return Signature(row["article_id"], row["version"], "", row["published_at"],
                     row["minhash"], row["shingle_set"], row["cluster_id"])
