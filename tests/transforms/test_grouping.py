"""GroupByKeyInShards on the FnApiRunner: the groups of a GroupByKey, a shard at a time."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms import window

from transforms.grouping import GroupByKeyInShards, merge_shard, shard_of

OPTIONS = PipelineOptions(["--runner=FnApiRunner"])
# Two records' pairs; "pier" is in both, "gull" twice in the second.
RECORDS = [[(("harbour", "pier"), "a"), (("harbour", "ferry"), "a")],
           [(("harbour", "pier"), "b"), (("harbour", "gull"), "b"), (("harbour", "gull"), "b")]]
GROUPS = [(("harbour", "ferry"), ["a"]), (("harbour", "gull"), ["b", "b"]),
          (("harbour", "pier"), ["a", "b"])]


def test_shard_of_is_crc32_of_the_key_whatever_its_type():
    assert shard_of(b"pier", 1024) == 0xABFC00DD % 1024 == 221  # CRC-32 of "pier"
    assert shard_of("pier", 1024) == shard_of(b"pier", 1024)
    assert shard_of(("harbour", "pier"), 1024) == shard_of("harbour\x1fpier", 1024)


def test_merge_shard_keeps_every_value_of_a_key_in_arrival_order():
    assert merge_shard([[("k", 1), ("j", 2)], [("k", 3)]]) == {"k": [1, 3], "j": [2]}


@pytest.mark.parametrize("shards, flush_every", [(1, 50_000), (3, 1), (1024, 2)])
def test_the_groups_are_those_of_group_by_key(shards, flush_every):
    """One shard, several, more shards than keys; flushing after every record or every two."""
    with TestPipeline(options=OPTIONS) as p:
        groups = (p
                  | beam.Create(RECORDS)
                  | GroupByKeyInShards(shards, flush_every)
                  | beam.FlatMap(lambda shard: shard.items())
                  | beam.MapTuple(lambda key, values: (key, sorted(values))))
        assert_that(groups, equal_to(GROUPS))


def test_windowed_input_is_refused_with_the_window_named():
    with pytest.raises(ValueError, match="global window only, not in FixedWindows"):
        with TestPipeline(options=OPTIONS) as p:
            _ = (p
                 | beam.Create(RECORDS)
                 | beam.WindowInto(window.FixedWindows(60))
                 | "Lines" >> GroupByKeyInShards())
