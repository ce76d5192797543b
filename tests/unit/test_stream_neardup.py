"""Unit tests of streaming near-duplicate decisions and of the band step's state bounds."""

from __future__ import annotations

from apache_beam.utils.timestamp import Timestamp

from tests.unit.fake_state import FakeBag, FakeTimer, FakeValue
from transforms.neardup import MinHasher, band_keys
from transforms.state_keys import state_key
from transforms.stream_neardup import (
    BandMember,
    _SettleBandFn,
    band_root,
    cluster_id_of,
    settle_band,
)
from transforms.stream_order import settle_time, split_ready

PIER = ("The harbour board in Tromso voted on Tuesday to rebuild the old ferry pier before the "
        "winter storms, after engineers found cracks in three of its concrete pillars.")
SALMON = ("A salmon farmer in Bergen raised its harvest forecast for the year after mild sea "
          "temperatures sped up growth at its northern sites, sending its shares to a record.")
SECOND = 1_000_000
SIGNED = MinHasher(128, 5).sign(PIER)


def member(at_s: int, aid: str, root: tuple | None = None, text: str = PIER) -> BandMember:
    arrival = (at_s * SECOND, aid, 1)
    return BandMember(arrival, *MinHasher(128, 5).sign(text), root or arrival)


def test_band_root_is_the_earliest_root_of_verified_earlier_members():
    earliest = (0, "a", 1)
    members = [member(5, "b", root=earliest), member(3, "c"), member(4, "salmon", text=SALMON)]
    assert band_root((9 * SECOND, "d", 1), SIGNED, members, 0.8) == earliest
    # Members that arrived later are not earlier copies; no verified member: its own root.
    assert band_root((4 * SECOND, "e", 1), SIGNED, members[:1], 0.8) == (4 * SECOND, "e", 1)
    assert band_root((9 * SECOND, "d", 1), SIGNED, members[2:], 0.8) == (9 * SECOND, "d", 1)


def test_settle_band_keeps_the_most_recent_members_and_carries_the_root():
    newcomers = [((t * SECOND, f"s{t}", 1), SIGNED) for t in range(5)]
    roots, members = settle_band((), newcomers, threshold=0.8, horizon_us=600 * SECOND,
                                 max_members=2)
    first = (0, "s0", 1)
    assert roots == [(first, first)] + [((t * SECOND, f"s{t}", 1), first) for t in range(1, 5)]
    assert [m.arrival for m in members] == [(3 * SECOND, "s3", 1), (4 * SECOND, "s4", 1)]
    assert {m.root for m in members} == {first}


def test_settle_band_forgets_members_a_horizon_old():
    old = member(0, "old")
    roots, members = settle_band((old,), [((600 * SECOND, "new", 1), SIGNED)], threshold=0.8,
                                 horizon_us=600 * SECOND, max_members=64)
    assert roots == [((600 * SECOND, "new", 1), (600 * SECOND, "new", 1))]
    assert [m.arrival for m in members] == [(600 * SECOND, "new", 1)]
    roots, _ = settle_band((old,), [((599 * SECOND, "new", 1), SIGNED)], threshold=0.8,
                           horizon_us=600 * SECOND, max_members=64)
    assert roots == [((599 * SECOND, "new", 1), old.arrival)]


def test_cluster_id_is_named_by_the_earliest_root():
    assert cluster_id_of([(9, "z", 1), (5, "y", 2), (5, "x", 1), (9, "z", 1)]) == "x"


def test_settle_time_is_the_next_whole_millisecond():
    assert settle_time((2_000_000, "a", 1)) == Timestamp(micros=2_001_000)
    assert settle_time((2_000_999, "a", 1)) == Timestamp(micros=2_001_000)


def test_split_ready_takes_items_before_the_timer_in_arrival_order():
    pending = [((2_000, "b", 1), "B"), ((3_000, "c", 1), "C"), ((2_000, "a", 1), "A")]
    assert split_ready(pending, settle_time((2_000, "a", 1))) == (
        [((2_000, "a", 1), "A"), ((2_000, "b", 1), "B")], [((3_000, "c", 1), "C")])


def test_band_state_stays_bounded_over_a_long_run_and_expires():
    """A thousand copies hit one bucket, a few per settle; then the bucket goes idle."""
    fn = _SettleBandFn(threshold=0.8, horizon_s=600, max_members=8)
    pending, settle_at, members = FakeBag(), FakeValue(), FakeValue()
    settle, expire = FakeTimer(), FakeTimer()
    key = state_key(band_keys(SIGNED[0], 32)[0].hex())
    largest, roots = 0, []
    for tick in range(250):
        for i in range(4):
            fn.process((key, ((tick * 10 * SECOND, f"s{tick:03}-{i}", 1), SIGNED)),
                       pending=pending, settle_at=settle_at, settle=settle)
        assert settle.at == Timestamp(micros=tick * 10 * SECOND + 1000)
        roots += fn.settle_newcomers(now=settle.at, pending=pending, settle_at=settle_at,
                                     members_state=members, settle=settle, expire=expire)
        largest = max(largest, len(members.read()))
        assert pending.read() == [] and settle_at.read() is None
    assert largest == 8
    # Copies arrive every 10 s, within the 600 s horizon of the one before: one cluster.
    assert len(roots) == 1000 and {root[1] for _, root in roots} == {"s000-0"}
    assert expire.at == Timestamp(micros=2490 * SECOND) + 600
    fn.expire_members(members_state=members)
    assert members.read() is None
