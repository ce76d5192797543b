import datetime as dt
import hashlib

from transforms.neardup import (
    MinHasher,
    NearCopy,
    Signature,
    assign_clusters,
    band_keys,
    candidate_pairs,
    exact_jaccard,
    shingle_hashes,
    shingles,
    worth_exact_check,
)

T0 = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
BODY = ("The harbour board in Tromso voted on Tuesday to rebuild the old ferry pier before the "
        "winter storms, after engineers found cracks in three of its concrete pillars.")


def sig(aid: str, hours: int = 0, cluster: str | None = None, text: str = BODY) -> Signature:
    minhash, shingle_bytes = MinHasher(128, 5).sign(text)
    return Signature(aid, 1, "s", T0 + dt.timedelta(hours=hours), minhash, shingle_bytes,
                     cluster)


def test_shingles_are_lower_cased_word_ngrams():
    assert shingles("Port  CLOSED, ships wait.", 2) == [b"port closed", b"closed ships",
                                                         b"ships wait"]
    assert shingles("Too short", 5) == []


def test_shingle_hashes_are_one_per_distinct_shingle():
    text = "The port closed; the port closed again. THE PORT CLOSED"
    # 10 words, 8 shingles; "the port closed" three times
    assert len(shingles(text, 3)) == 8
    hashes = shingle_hashes(text, 3)
    assert len(hashes) == len(set(shingles(text, 3))) == 6
    assert list(hashes) == sorted(hashes)
    assert len(shingle_hashes("Too short", 5)) == 0


def test_shingle_hashes_depend_on_word_order():
    assert set(shingle_hashes("a b", 2)).isdisjoint(shingle_hashes("b a", 2))
    assert set(shingle_hashes("x a b", 2)) > set(shingle_hashes("a b", 2))


def test_exact_jaccard_of_shingle_sets():
    a = shingle_hashes("a b c d e f", 2).tobytes()  # ab bc cd de ef
    b = shingle_hashes("a b c d e x", 2).tobytes()  # ab bc cd de ex
    assert exact_jaccard(a, b) == 4 / 6
    assert exact_jaccard(a, a) == 1.0


def test_signatures_are_deterministic_and_similar_texts_share_bands():
    first, second = MinHasher(128, 5).sign(BODY), MinHasher(128, 5).sign(BODY)
    assert first == second
    edited = BODY.replace("Tuesday", "Wednesday")
    shared = set(band_keys(first[0], 32)) & set(band_keys(MinHasher(128, 5).sign(edited)[0], 32))
    assert len(shared) >= 8
    assert MinHasher(128, 5).sign("Four words only here") is None


def test_signatures_are_datasketch_affine32_values():
    # Signatures already in a dataset were made by datasketch 2.0 (scheme "affine32", seed 1):
    # new ones must be the same values, or no new story would match an old one. Pinned from
    # datasketch itself; 38,088 Reuters titles and bodies gave identical bytes.
    minhash, shingle_set = MinHasher(128, 5).sign(BODY)
    assert len(minhash) == 128 * 4
    assert minhash[:16].hex() == "db79b40059d86301091f1c003abe7004"
    assert hashlib.sha256(minhash).hexdigest()[:16] == "c715c554f837c77c"
    assert shingle_set == shingle_hashes(BODY, 5).astype("<u8").tobytes()


def test_candidate_pairs_in_publication_order_skip_pairs_already_settled():
    bucket = [sig("new"), sig("old1", -5, "old1"), sig("old2", -4, "old1"), sig("x", 1)]
    pairs = [(a.article_id, b.article_id)
             for a, b in candidate_pairs(s.member() for s in bucket)]
    assert pairs == [("old1", "new"), ("old1", "x"), ("old2", "new"), ("old2", "x"),
                     ("new", "x")]


def test_only_pairs_whose_estimate_can_reach_the_threshold_get_an_exact_check():
    other = ("Shares in a Lisbon airline fell sharply on Friday after it cancelled fourteen winter "
             "routes to inspect engines on part of its fleet, the company said.")
    edited = BODY.replace("Tuesday", "Wednesday")
    assert worth_exact_check(sig("a").minhash, sig("b", text=edited).minhash, 0.8)
    assert not worth_exact_check(sig("a").minhash, sig("b", text=other).minhash, 0.8)


def test_clusters_are_named_by_the_earliest_member_whatever_the_order():
    a, b, c = sig("a", 2).member(), sig("b", 1).member(), sig("c", 3).member()
    for edges in ([NearCopy(a, c, 0.9), NearCopy(b, a, 0.9)],
                  [NearCopy(b, a, 0.9), NearCopy(a, c, 0.9)]):
        assert assign_clusters(edges) == {("a", 1): "b", ("b", 1): "b", ("c", 1): "b"}


def test_rows_already_written_keep_their_cluster_and_new_copies_join_it():
    old_early = sig("old-early", -10, "cluster-1").member()
    old_late = sig("old-late", -5, "cluster-2").member()
    new = sig("new", 0).member()
    assignment = assign_clusters([NearCopy(old_late, new, 0.9), NearCopy(old_early, new, 0.85)])
    assert assignment == {("new", 1): "cluster-1"}
