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
from pipeline.feedstate import write_feed_states
from pipeline.layout import ROW_GROUP_ROWS, SIGNATURES_DIR
from transforms.deadletters import (
    BUILD_ROWS,
    REJECTS,
    WRITE,
    DeadLetters,
    all_rejects,
    stage_counter,
)
from transforms.flatten import FlattenOwnCopies
from transforms.identity import digest, is_valid_source_id
from transforms.neardup import SIGNATURES, Signature, signature_row
from transforms.records import SCHEMA_VERSION, Reject, Story

UTC_TS = pa.timestamp("us", tz="UTC")

# Layout v2 (pipeline/layout.py): articles and entities carry ``source`` as a column.
ARTICLES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("version", pa.int32()), ("source", pa.string()),
    ("origin", pa.string()),
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
    ("article_id", pa.string()), ("version", pa.int32()), ("source", pa.string()),
    ("entity_id", pa.string()),
    ("name", pa.string()), ("text", pa.string()), ("label", pa.string()),
    ("label_group", pa.string()),
    ("start_char", pa.int32()), ("end_char", pa.int32()), ("in_title", pa.bool_()),
])

# State, not analytics: the MinHash of every written story, so later runs can link new copies.
SIGNATURES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("version", pa.int32()), ("minhash", pa.binary()),
    ("shingle_set", pa.binary()), ("cluster_id", pa.string()), ("published_at", UTC_TS),
])
FILES_WRITTEN_DIR = "_runs/written"  # a bounded run's list of the files it wrote

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
        "article_id": story.article_id, "version": story.version, "source": story.source,
        "origin": story.origin,
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
    return [{"article_id": story.article_id, "version": story.version, "source": story.source,
             **m._asdict()} for m in story.mentions]


def reject_row(reject: Reject, occurred_at: dt.datetime) -> dict:
    return {"reason": reject.reason, "detail": reject.detail, "origin": reject.origin,
            "payload": reject.payload, "occurred_at": occurred_at}


def article_partition(story: Story, table: str = "articles") -> str:
    """Layout v2: a story's articles and entities rows go by publication date only."""
    return partition_path(table, story.published_at.date())


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


# Row identities: what makes a row unique in its table; the sorted identities name its file.
def article_identity(row: dict) -> tuple:
    """Articles and signatures: one row per (article_id, version)."""
    return (row["article_id"], row["version"])


def entity_identity(row: dict) -> tuple:
    return (row["article_id"], row["version"], row["in_title"], row["start_char"])


def reject_identity(row: dict) -> tuple:
    return (row["origin"], row["reason"], row["detail"])


# Row order inside a file: by source first (layout v2), so each row group covers a narrow range
# of sources and readers skip the others' by the row groups' statistics.
def article_order(row: dict) -> tuple:
    return (row["source"], row["published_at"], row["article_id"], row["version"])


def entity_order(row: dict) -> tuple:
    return (row["source"], *entity_identity(row))


def arrow_table(rows: list[dict], schema: pa.Schema, table_name: str) -> pa.Table:
    """The rows as one Arrow table, schema version and table name in its metadata."""
    metadata = {b"wirestream.schema_version": SCHEMA_VERSION.encode(),
                b"wirestream.table": table_name.encode()}
    return pa.Table.from_pylist(rows, schema=schema.with_metadata(metadata))


def article_outcomes(row: dict) -> list[str]:
    """What an article row written counts as: a new article or a new version, and whether it
    was linked to an earlier copy."""
    return (["new_articles" if row["version"] == 1 else "new_versions"]
            + (["duplicates_linked"] if row["duplicate_of"] else []))


class _WritePartitionFn(beam.DoFn):
    """``(partition, rows)`` -> one file. A group whose table cannot be built or written is
    retried row by row: the rows that fail alone become rejects (``dead_letters``), the others
    are written together (else one by one). Without ``dead_letters`` (the rejects table) a
    failure fails the run: there is no exit left for a row that cannot be kept."""

    def __init__(self, output: str, run_key: str, schema: pa.Schema, table_name: str,
                 identity: Callable[[dict], Sequence], dead_letters: DeadLetters | None,
                 outcomes: Callable[[dict], list[str]] | None,
                 order: Callable[[dict], tuple] | None, row_group_rows: int | None) -> None:
        self._output = output
        self._run_key = run_key
        self._schema = schema
        self._table_name = table_name
        self._identity = identity
        self._dead_letters = dead_letters
        self._outcomes = outcomes
        self._order = order
        self._row_group_rows = row_group_rows
        # Resolved where the pipeline is built, so remote workers need no environment variable.
        self._s3_endpoint = storage.s3_endpoint_url()
        self.rows = Metrics.counter("write", f"{table_name}_rows")
        self.files = Metrics.counter("write", f"{table_name}_files")

    def setup(self) -> None:
        self._location = storage.locate(self._output, self._s3_endpoint)

    def _write(self, partition: str, rows: list[dict], window: beam_window.BoundedWindow) -> str:
        table = arrow_table(rows, self._schema, self._table_name)
        name = file_name(pane_key(self._run_key, window), map(self._identity, rows))
        # Temporary name, then rename: a retried bundle rewrites the same file, never half of it.
        path = self._location.write_parquet(f"{partition}/{name}", table, self._row_group_rows)
        self.rows.inc(len(rows))
        self.files.inc()
        if self._outcomes is not None:
            stage_counter(WRITE, "emitted").inc(len(rows))
            for row in rows:
                for outcome in self._outcomes(row):
                    stage_counter(WRITE, outcome).inc()
        return path

    def _identity_key(self, row: dict) -> str:
        return json.dumps(self._identity(row), default=str)

    def _sorted(self, rows: Iterable[dict]) -> list[dict]:
        """The table's order, then the row's identity: a total order, so the same rows always
        make the same bytes. A row whose order columns cannot be compared (a bug upstream)
        leaves the group in identity order; the write then sends that row to the dead letters."""
        if self._order is None:
            return sorted(rows, key=self._identity_key)
        rows = list(rows)
        try:
            return sorted(rows, key=lambda r: (self._order(r), self._identity_key(r)))
        except (TypeError, KeyError):
            return sorted(rows, key=self._identity_key)

    def _reject(self, partition: str, row: dict, err: Exception) -> beam.pvalue.TaggedOutput:
        origin = row.get("origin") or f"{partition}/{'/'.join(map(str, self._identity(row)))}"
        return self._dead_letters.letter(row, err, origin=origin)

    def process(self, element, window=beam.DoFn.WindowParam):
        partition, rows = element
        rows = self._sorted(rows)
        if not rows:
            # Python's WindowInto asks for a closing pane even when it is empty (Beam's
            # ClosingBehavior EMIT_ALWAYS); Flink fires one per key as each streaming window
            # expires, Prism and the local runners do not. An empty pane adds no file.
            return
        if self._outcomes is not None:  # a table of stories: counted as the write stage
            stage_counter(WRITE, "received").inc(len(rows))
        try:
            yield self._write(partition, rows, window)
            return
        except Exception:
            if self._dead_letters is None:
                raise
        good = []
        for row in rows:
            try:
                arrow_table([row], self._schema, self._table_name)
            except Exception as err:  # dead letter: this row, not its partition
                yield self._reject(partition, row, err)
            else:
                good.append(row)
        if not good:
            return
        try:
            yield self._write(partition, good, window)
            return
        except Exception:  # each row alone: the ones whose write fails become rejects
            pass
        for row in good:
            try:
                yield self._write(partition, [row], window)
            except Exception as err:
                yield self._reject(partition, row, err)


class WaitOn(beam.PTransform):
    """Hold elements back until ``signal`` is complete (per window): orders dependent writes."""

    def __init__(self, signal: beam.PCollection) -> None:
        super().__init__()
        self._signal = signal

    def expand(self, pcoll):
        return pcoll | "Wait" >> beam.Map(lambda element, _: element,
                                          beam.pvalue.AsList(self._signal))


class WritePartitionedParquet(beam.PTransform):
    """PCollection of ``(partition_path, row_dict)`` -> Parquet files: the file paths on
    ``files``, and on ``rejects`` the rows that could not be written (counted by
    ``dead_letters``; None: a row that cannot be written fails the run). ``outcomes``: what
    each row written counts as (``stage.write.<outcome>``). ``order``: the row order inside a
    file (default: by identity); ``row_group_rows``: rows per row group (default pyarrow's)."""

    def __init__(self, output: str, run_key: str, schema: pa.Schema, table_name: str,
                 identity: Callable[[dict], Sequence], dead_letters: DeadLetters | None = None,
                 outcomes: Callable[[dict], list[str]] | None = None,
                 order: Callable[[dict], tuple] | None = None,
                 row_group_rows: int | None = None) -> None:
        super().__init__()
        self._fn = _WritePartitionFn(output, run_key, schema, table_name, identity,
                                     dead_letters, outcomes, order, row_group_rows)

    def expand(self, keyed_rows):
        return (keyed_rows
                | "GroupByPartition" >> beam.GroupByKey()
                | "WriteFiles" >> beam.ParDo(self._fn).with_outputs(REJECTS, main="files"))


ENTITY_ROWS = "entity_rows"


class _BuildRowsFn(beam.DoFn):
    """Story -> its keyed article row, and its keyed entity rows on ``entity_rows``; a story
    whose rows cannot be built becomes a reject."""

    def __init__(self) -> None:
        self.received = stage_counter(BUILD_ROWS, "received")
        self.emitted = stage_counter(BUILD_ROWS, "emitted")
        self.dead_letters = DeadLetters(BUILD_ROWS)

    def process(self, story: Story):
        self.received.inc()
        try:
            article = (article_partition(story), article_row(story))
            entities = [(article_partition(story, "entities"), row) for row in entity_rows(story)]
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(story, err)
            return
        self.emitted.inc()
        yield article
        for keyed in entities:
            yield beam.pvalue.TaggedOutput(ENTITY_ROWS, keyed)


class _KeyRejectFn(beam.DoFn):
    """``occurred_at``: the batch run's clock; None (streaming): the element's ingest time."""

    def process(self, reject: Reject, occurred_at: dt.datetime | None,
                timestamp=beam.DoFn.TimestampParam):
        when = occurred_at or timestamp.to_utc_datetime(has_tz=True)
        Metrics.counter("rejects", reject.reason).inc()
        yield reject_partition(reject, when), reject_row(reject, when)


def _signature_partition(sig: Signature) -> tuple[str, dict]:
    return (partition_path(SIGNATURES_DIR, sig.published_at.date()),
            signature_row(sig))


def files_written_path(run_key: str) -> str:
    return f"{FILES_WRITTEN_DIR}/{run_key}.json"


def record_files_written(paths: list[str], target: str, output: str, run_key: str) -> None:
    """Write the list of files below ``target`` that a bounded run wrote (relative, sorted),
    for its run record: listing the dataset afterwards would cost more every day."""
    root = storage.locate(target)
    storage.locate(output).write_json(files_written_path(run_key), sorted(
        root.relative(path) for path in paths if path.startswith(root.root + "/")))


class WriteTables(beam.PTransform):
    """``{"stories", "rejects", "signatures"?, "feed_states"?}`` -> the dataset's tables.

    Owns each table's partition key (``article_partition``, ``reject_partition``,
    ``_signature_partition``), row identity (the ``*_identity`` functions: they name the files)
    and, when ``occurred_at`` is given (a bounded run, whose clock it is), the commit order:
    entities, then the articles' claims in the id index (``claims``: ``history.WriteClaims``),
    then articles, then near-duplicate signatures, then feed states. A run killed in between
    leaves articles whose entities and claims exist (a re-run skips those articles as
    re-polls), claims whose article is missing (not believed: the story is written again),
    never a signature or feed state pointing at an article which was not written. Streaming
    (``occurred_at`` None) writes each window as it closes, claims beside the articles; a
    retried bundle rewrites the same file names.

    A story whose rows cannot be built or whose article row cannot be written becomes a reject
    (stages ``build_rows``, ``write``); entity and signature rows that cannot be written become
    rejects of their own (the article is written; nothing is lost: the row is the payload).
    """

    def __init__(self, target: str, output: str, run_key: str,
                 occurred_at: dt.datetime | None, claims: beam.PTransform | None = None) -> None:
        super().__init__()
        self._target, self._output, self._run_key = target, output, run_key
        self._occurred_at, self._claims = occurred_at, claims

    def _writer(self, schema: pa.Schema, table: str, identity: Callable[[dict], Sequence],
                dead_letters: DeadLetters | None = None,
                outcomes: Callable[[dict], list[str]] | None = None,
                order: Callable[[dict], tuple] | None = None) -> WritePartitionedParquet:
        return WritePartitionedParquet(self._target, self._run_key, schema, table, identity,
                                       dead_letters, outcomes, order, ROW_GROUP_ROWS.get(table))

    def expand(self, tables: dict):
        ordered = self._occurred_at is not None
        rows = tables["stories"] | "BuildRows" >> beam.ParDo(_BuildRowsFn()).with_outputs(
            ENTITY_ROWS, REJECTS, main="articles")
        entities = rows[ENTITY_ROWS] | "WriteEntities" >> self._writer(
            ENTITIES_SCHEMA, "entities", entity_identity,
            DeadLetters(WRITE, counted_as="entities_rows_rejected"), order=entity_order)
        articles = rows.articles
        if ordered:
            articles = articles | "AfterEntities" >> WaitOn(entities.files)
        if self._claims is not None:
            claims = articles | "WriteClaims" >> self._claims
            if ordered:
                articles = articles | "AfterClaims" >> WaitOn(claims)
        articles = articles | "WriteArticles" >> self._writer(
            ARTICLES_SCHEMA, "articles", article_identity, DeadLetters(WRITE), article_outcomes,
            article_order)
        rejects = [tables[REJECTS], rows[REJECTS], entities[REJECTS], articles[REJECTS]]
        if tables.get(SIGNATURES) is not None:
            signatures = tables[SIGNATURES] | "KeySignatures" >> beam.Map(_signature_partition)
            if ordered:
                signatures = signatures | "AfterArticles" >> WaitOn(articles.files)
            signatures = signatures | "WriteSignatures" >> self._writer(
                SIGNATURES_SCHEMA, "signatures", article_identity,
                DeadLetters(WRITE, counted_as="signatures_rows_rejected"))
            rejects.append(signatures[REJECTS])
        reject_files = (
            all_rejects(rejects, "AllRejects")
            | "KeyRejects" >> beam.ParDo(_KeyRejectFn(), self._occurred_at)
            | "WriteRejects" >> self._writer(REJECTS_SCHEMA, "rejects", reject_identity))
        if ordered:
            everything = [entities.files, articles.files, reject_files.files]
            everything += [signatures.files] if tables.get(SIGNATURES) is not None else []
            everything += [claims] if self._claims is not None else []
            target, output, run_key = self._target, self._output, self._run_key
            # These file lists are read elsewhere too: a guarded Flatten (apache/beam#34647).
            (tuple(everything)
             | "AllFilesWritten" >> FlattenOwnCopies()
             | "ListFilesWritten" >> beam.combiners.ToList()
             | "RecordFilesWritten" >> beam.Map(record_files_written, target, output, run_key))
        if tables.get("feed_states") is not None:
            # These file lists are read elsewhere too: a guarded Flatten (apache/beam#34647).
            written = ((articles.files, reject_files.files)
                       | "DataWritten" >> FlattenOwnCopies())
            output = self._output
            (tables["feed_states"]
             | "AfterData" >> WaitOn(written)
             | "AllFeedStates" >> beam.combiners.ToList()
             | "CommitFeedStates" >> beam.Map(lambda states: write_feed_states(output,
                                                                               dict(states))))


