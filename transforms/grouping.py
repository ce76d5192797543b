"""Grouping many small keys: a GroupByKey that sends lists, not one element per pair.

Learning boilerplate groups about 20 (source, line) pairs per story, and LSH banding 32 (band,
story) pairs; nearly every key is seen once. A plain GroupByKey pays Beam's per-element cost
(a DoFn call, a windowed value, an encode and a decode on each side of the shuffle) for every
pair and again for every one-member group: on Reuters-21578 that was 600,000 elements for
banding alone. Here a record's pairs enter as one element, each bundle sends one list per
shard, and each shard arrives as one dict.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.transforms import window

# Enough shards to spread over a cluster's workers, few enough that a bundle of tens of
# thousands of pairs sends a few lists per shard.
DEFAULT_SHARDS = 1024
# Pairs a bundle holds before it sends them: bounds the buffer (a few MB), whatever the bundle.
FLUSH_EVERY = 50_000


def shard_of(key: bytes | str | tuple[str, ...], shards: int) -> int:
    """The shard of ``key``, the same in every process (``hash()`` of a str is not)."""
    if isinstance(key, tuple):
        key = "\x1f".join(key)
    if isinstance(key, str):
        key = key.encode("utf-8")
    return zlib.crc32(key) % shards


def merge_shard(lists: Iterable[list[tuple[Hashable, Any]]]) -> dict[Hashable, list]:
    """The lists one shard received -> key -> all its values."""
    grouped: dict[Hashable, list] = defaultdict(list)
    for pairs in lists:
        for key, value in pairs:
            grouped[key].append(value)
    return dict(grouped)


class _BufferByShardFn(beam.DoFn):
    def __init__(self, shards: int, flush_every: int) -> None:
        self._shards = shards
        self._flush_every = flush_every

    def start_bundle(self) -> None:
        self._buffer: dict[int, list] = defaultdict(list)
        self._buffered = 0

    def process(self, pairs: Iterable[tuple[Any, Any]]) -> Iterator[tuple[int, list]]:
        for pair in pairs:
            self._buffer[shard_of(pair[0], self._shards)].append(pair)
            self._buffered += 1
        if self._buffered >= self._flush_every:
            yield from self._drain()

    def finish_bundle(self) -> Iterator[window.WindowedValue]:
        for shard_pairs in self._drain():
            yield window.GlobalWindows.windowed_value(shard_pairs)

    def _drain(self) -> Iterator[tuple[int, list]]:
        buffer, self._buffer, self._buffered = self._buffer, defaultdict(list), 0
        yield from buffer.items()


class GroupByKeyInShards(beam.PTransform):
    """Lists of ``(key, value)`` pairs (a record's lines, bands, ...) -> one
    ``{key: [values]}`` dict per shard that received any.

    The same groups as ``GroupByKey`` of all the pairs, delivered a shard at a time. Keys are
    bytes, str or tuples of str. Bounded input in the global window only: a bundle's last
    lists leave when it finishes, outside any element's window.
    """

    def __init__(self, shards: int = DEFAULT_SHARDS, flush_every: int = FLUSH_EVERY) -> None:
        super().__init__()
        self._shards = shards
        self._flush_every = flush_every

    def expand(self, pairs):
        if not isinstance(pairs.windowing.windowfn, window.GlobalWindows):
            raise ValueError(f"{self.label} groups in the global window only, not in "
                             f"{type(pairs.windowing.windowfn).__name__}")
        return (pairs
                | "BufferByShard" >> beam.ParDo(_BufferByShardFn(self._shards,
                                                                 self._flush_every))
                | "GroupShards" >> beam.GroupByKey()
                | "MergeShard" >> beam.Map(lambda shard_lists: merge_shard(shard_lists[1])))
