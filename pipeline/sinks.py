"""Hive-partitioned Parquet: one function owns the path, one DoFn writes files atomically.

Why not ``WriteToParquet``/``WriteToFiles``: they lose or mislabel data for partitioned
streaming output (see the field notes). Here rows are keyed by partition, grouped (per window
when streaming), and each group becomes one file named by the window (or run) key and a hash of
the row identities inside, written under a temporary name and renamed: a retried bundle
rewrites the same file, and new rows never overwrite old ones.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence

import apache_beam as beam
import pyarrow as pa
from apache_beam.metrics import Metrics
from apache_beam.transforms import window as beam_window

from pipeline import storage
from transforms.identity import digest, is_valid_source_id
from transforms.records import SCHEMA_VERSION, Reject, Story

UTC_TS = pa.timestamp("us", tz="UTC")

ARTICLES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("version", pa.int32()), ("origin", pa.string()),
    ("feed_url", pa.string()), ("url", pa.string()), ("guid", pa.string()),
    ("title", pa.string()), ("headline_prefix", pa.string()),
    ("highlights", pa.list_(pa.string())), ("dateline", pa.string()),
    ("agency", pa.string()), ("body", pa.string()),
    ("credits", pa.list_(pa.struct([("role", pa.string()), ("name", pa.string())]))),
    ("related_headlines", pa.list_(pa.string())),
    ("noise", pa.list_(pa.struct([("reason", pa.string()), ("text", pa.string())]))),
    ("published_at", UTC_TS), ("published_raw", pa.string()), ("ingested_at", UTC_TS),
    ("language", pa.string()), ("content_hash", pa.string()), ("cluster_id", pa.string()),
    ("duplicate_of", pa.string()), ("word_count", pa.int32()),
    ("entities", pa.list_(pa.struct([("entity_id", pa.string()), ("name", pa.string()),
                                     ("label", pa.string()), ("label_group", pa.string()),
                                     ("mentions", pa.int32())]))),
])

ENTITIES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("version", pa.int32()), ("entity_id", pa.string()),
    ("name", pa.string()), ("text", pa.string()), ("label", pa.string()),
    ("label_group", pa.string()),
    ("start_char", pa.int32()), ("end_char", pa.int32()), ("in_title", pa.bool_()),
])

# State, not analytics: the MinHash of every written story, so later runs can link new copies.
SIGNATURES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("version", pa.int32()), ("minhash", pa.binary()),
    ("shingle_set", pa.binary()), ("cluster_id", pa.string()), ("published_at", UTC_TS),
])
SIGNATURES_DIR = "_state/signatures"

REJECTS_SCHEMA = pa.schema([
    ("reason", pa.string()), ("detail", pa.string()), ("origin", pa.string()),
    ("payload", pa.string()), ("occurred_at", UTC_TS),
])


def partition_path(table: str, date: dt.date, **partitions: str) -> str:
    """``<table>/date=YYYY-MM-DD/<key>=<value>/...``: the only place partition paths are made.

    Values are validated source ids or stage names; anything else is refused rather than
    allowed to reach the file system.
    """
    parts = [table, f"date={date.isoformat()}"]
    for key, value in partitions.items():
        if not is_valid_source_id(value):
            raise ValueError(f"unsafe partition value {key}={value!r}")
        parts.append(f"{key}={value}")
    return "/".join(parts)


def article_row(story: Story) -> dict:
    return {
        "article_id": story.article_id, "version": story.version, "origin": story.origin,
        "feed_url": story.feed_url, "url": story.url, "guid": story.guid, "title": story.title,
        "headline_prefix": story.headline_prefix,
        "highlights": list(story.highlights), "dateline": story.dateline, "agency": story.agency,
        "body": story.body, "credits": [c._asdict() for c in story.credits],
        "related_headlines": list(story.related_headlines),
        "noise": [n._asdict() for n in story.noise], "published_at": story.published_at,
        "published_raw": story.published_raw, "ingested_at": story.ingested_at,
        "language": story.language, "content_hash": story.content_hash,
        "cluster_id": story.cluster_id, "duplicate_of": story.duplicate_of,
        "word_count": story.word_count, "entities": [e._asdict() for e in story.entities],
    }


def entity_rows(story: Story) -> list[dict]:
    return [{"article_id": story.article_id, "version": story.version, **m._asdict()}
            for m in story.mentions]


def reject_row(reject: Reject, occurred_at: dt.datetime) -> dict:
    return {"reason": reject.reason, "detail": reject.detail, "origin": reject.origin,
            "payload": reject.payload, "occurred_at": occurred_at}


def article_partition(story: Story, table: str = "articles") -> str:
    return partition_path(table, story.published_at.date(), source=story.source)


def reject_partition(reject: Reject, occurred_at: dt.datetime) -> str:
    return partition_path("rejects", occurred_at.date(), stage=reject.stage)


def file_name(pane_key: str, identities: Iterable[Sequence]) -> str:
    """``part-<window or run key>-<hash of the sorted row identities>.parquet``."""
    ids = sorted("\x1e".join(map(str, ident)) for ident in identities)
    return f"part-{pane_key}-{digest(*ids)[:16]}.parquet"


def pane_key(run_key: str, window: beam_window.BoundedWindow) -> str:
    """The run key in batch (global window); the window bounds when streaming."""
    if isinstance(window, beam_window.GlobalWindow):
        return run_key
    start = window.start.to_utc_datetime().strftime("%Y%m%dT%H%M%S")
    end = window.end.to_utc_datetime().strftime("%Y%m%dT%H%M%S")
    return f"{start}-{end}"


class _WritePartitionFn(beam.DoFn):
    def __init__(self, output: str, run_key: str, schema: pa.Schema, table_name: str,
                 identity: Callable[[dict], Sequence]) -> None:
        self._output = output
        self._run_key = run_key
        self._schema = schema
        self._table_name = table_name
        self._identity = identity
        # Resolved where the pipeline is built, so remote workers need no environment variable.
        self._s3_endpoint = storage.s3_endpoint_url()
        self.rows = Metrics.counter("write", f"{table_name}_rows")
        self.files = Metrics.counter("write", f"{table_name}_files")

    def setup(self) -> None:
        self._location = storage.locate(self._output, self._s3_endpoint)

    def process(self, element, window=beam.DoFn.WindowParam):
        partition, rows = element
        rows = list(rows)
        if not rows:
            # Python's WindowInto asks for a closing pane even when it is empty (Beam's
            # ClosingBehavior EMIT_ALWAYS); Flink fires one per key as each streaming window
            # expires, Prism and the local runners do not. An empty pane adds no file.
            return
        rows = sorted(rows, key=lambda r: json.dumps(self._identity(r), default=str))
        metadata = {b"wirestream.schema_version": SCHEMA_VERSION.encode(),
                    b"wirestream.table": self._table_name.encode()}
        table = pa.Table.from_pylist(rows, schema=self._schema.with_metadata(metadata))
        name = file_name(pane_key(self._run_key, window), map(self._identity, rows))
        # Temporary name, then rename: a retried bundle rewrites the same file, never half of it.
        path = self._location.write_parquet(f"{partition}/{name}", table)
        self.rows.inc(len(rows))
        self.files.inc()
        yield path


class WaitOn(beam.PTransform):
    """Hold elements back until ``signal`` is complete (per window): orders dependent writes."""

    def __init__(self, signal: beam.PCollection) -> None:
        super().__init__()
        self._signal = signal

    def expand(self, pcoll):
        return pcoll | "Wait" >> beam.Map(lambda element, _: element,
                                          beam.pvalue.AsList(self._signal))


class WritePartitionedParquet(beam.PTransform):
    """PCollection of ``(partition_path, row_dict)`` -> Parquet files; outputs the file paths."""

    def __init__(self, output: str, run_key: str, schema: pa.Schema, table_name: str,
                 identity: Callable[[dict], Sequence]) -> None:
        super().__init__()
        self._fn = _WritePartitionFn(output, run_key, schema, table_name, identity)

    def expand(self, keyed_rows):
        return (keyed_rows
                | "GroupByPartition" >> beam.GroupByKey()
                | "WriteFiles" >> beam.ParDo(self._fn))
