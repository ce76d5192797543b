"""What a run needs from the dataset's past, looked up instead of re-read.

Outcomes need, for each story of a run, the rows already written with its ``article_id``
(versions, re-polls) and with its content (copies). Reading every article row each run makes a
scheduled job slower every day; here the identity of every written row is also kept in an
index, a *claim* ``PriorArticle`` per row, stored twice:

    _state/index/by_id/bucket=<3 hex digits of the id's digest>/part-....parquet
    _state/index/by_content/bucket=<3 hex digits of the content key's digest>/part-....parquet

A run groups its stories by bucket and reads only those buckets (at most two per story, of the
256 in each index), keeping the claims whose id or content is one of its stories'.

Claims are written before the article rows they describe: a file of the run's claims in each
bucket they fall in; the write that would leave a bucket with more than ``MAX_BUCKET_FILES``
files merges them into one instead (the files merged are deleted only once the merged file is
in place, so a crash leaves overlapping files, read as their union). Files are sorted by key in
small row groups, so a look-up reads little more than the row groups of its keys. A claim
counts only once its article row exists: the few claims a lookup matches are checked against
the article partition of their publication date. So a run that died between the claims and the
articles, or a reprocess that changed a row, leaves claims that are simply not believed, and
the stories are written again; nothing in the index can make a story be skipped that was not
written.

The index is rebuilt from the articles by ``wirestream reindex`` (and once, automatically, by
the first run on a dataset written before the index existed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import commit, storage
from pipeline.empty_tables import holds_data
from pipeline.sinks import SIGNATURES_DIR, file_name, pane_key
from pipeline.storage import STAGING_DIR, DateRange, Location, StorageError
from transforms.dedup import PriorArticle, content_key
from transforms.identity import digest
from transforms.neardup import Signature, band_keys, prior_signature
from transforms.records import SCHEMA_VERSION

log = logging.getLogger(__name__)

INDEX_DIR = "_state/index"
BY_ID, BY_CONTENT = f"{INDEX_DIR}/by_id", f"{INDEX_DIR}/by_content"
MANIFEST = f"{INDEX_DIR}/manifest.json"
INDEX_VERSION = 1
BUCKET_DIGITS = 2  # 256 buckets per index: a 1M-story dataset has ~3,900 claims a bucket
CLAIM_COLUMNS = list(PriorArticle._fields)
CLAIM_SCHEMA = pa.schema([
    ("key", pa.string()),  # what the claim is filed under: the id, or the content key
    ("article_id", pa.string()), ("version", pa.int32()), ("content_hash", pa.string()),
    ("published_at", pa.timestamp("us", tz="UTC")), ("duplicate_of", pa.string()),
])
CLAIM_ORDER = [("key", "ascending"), ("article_id", "ascending"), ("version", "ascending"),
               ("content_hash", "ascending")]
# Reading a bucket that a concurrent run is rewriting can find a listed file gone; the run
# lists again (the new file holds everything the deleted one did).
READ_ATTEMPTS = 5
# A write adds a file of its own claims to each bucket it touches; the write that would make a
# bucket hold more files than this merges them into one instead (once every few writes).
MAX_BUCKET_FILES = 8
CLAIMS_PER_ROW_GROUP = 512
SIGNATURE_COLUMNS = ["article_id", "version", "minhash", "shingle_set", "cluster_id",
                     "published_at"]


def bucket_dir(index: str, key: str) -> str:
    """``<index>/bucket=<hex>``: where the claims of ``key`` (an id or a content key) live."""
    return f"{index}/bucket={digest(key)[:BUCKET_DIGITS]}"


def index_keys(article_id: str, content_hash: str) -> list[tuple[str, str]]:
    """``(bucket directory, key)`` of a row in each index: by id, and by content."""
    by_content = content_key(article_id, content_hash)
    return [(bucket_dir(BY_ID, article_id), article_id),
            (bucket_dir(BY_CONTENT, by_content), by_content)]


def claim_rows(row: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """An article row's claims: ``(bucket directory, claim row)`` in each index."""
    claim = {c: row[c] for c in CLAIM_COLUMNS}
    return [(directory, {"key": key, **claim})
            for directory, key in index_keys(row["article_id"], row["content_hash"])]


CLAIM_METADATA = {b"wirestream.schema_version": SCHEMA_VERSION.encode(),
                  b"wirestream.table": b"index",
                  b"wirestream.index_version": str(INDEX_VERSION).encode()}


def claims_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=CLAIM_SCHEMA.with_metadata(CLAIM_METADATA))


def merged(tables: Sequence[pa.Table]) -> pa.Table:
    """One bucket's claims: the union of ``tables``, each claim once, in a fixed order (so
    the same claims always make the same file)."""
    union = pa.concat_tables([t.select(CLAIM_SCHEMA.names).cast(CLAIM_SCHEMA) for t in tables])
    distinct = union.group_by(CLAIM_SCHEMA.names, use_threads=False).aggregate([])
    return (distinct.select(CLAIM_SCHEMA.names).sort_by(CLAIM_ORDER)
            .replace_schema_metadata(CLAIM_METADATA))


def read_bucket(location: Location, directory: str, keys: Iterable[str] | None = None
                ) -> tuple[list[str], pa.Table]:
    """The files of a bucket and its claims (only those filed under ``keys`` when given: the
    files are sorted by key in small row groups, so the others are mostly not read), listed
    again if a file vanished meanwhile."""
    filters = None if keys is None else [("key", "in", sorted(keys))]
    for _ in range(READ_ATTEMPTS):
        files = location.files(directory)
        try:
            return files, merged([claims_table([])] + [
                pq.read_table(location.path(f), filesystem=location.fs, filters=filters)
                for f in files])
        except FileNotFoundError:
            continue
    raise StorageError(f"{location.uri_of(directory)}: files keep vanishing while read; is "
                       "another process rewriting the index? Try again, or run "
                       "`wirestream reindex`")


def write_claims(location: Location, relative: str, claims: pa.Table) -> str:
    return location.write_parquet(relative, claims, row_group_rows=CLAIMS_PER_ROW_GROUP)


def prior_articles(claims: pa.Table) -> list[PriorArticle]:
    return [PriorArticle(**{c: row[c] for c in CLAIM_COLUMNS}) for row in claims.to_pylist()]


def article_keys(location: Location, day: dt.date, ids: set[str]) -> set[tuple[str, int, str]]:
    """``(article_id, version, content_hash)`` of the article rows of ``ids`` published on
    ``day``: what proves a claim."""
    wanted = pa.array(sorted(ids), pa.string())
    keys = set()
    for relative in location.files(f"articles/date={day.isoformat()}"):
        table = pq.read_table(location.path(relative), filesystem=location.fs,
                              columns=["article_id", "version", "content_hash"])
        table = table.filter(pc.is_in(table["article_id"], value_set=wanted))
        keys.update(zip(*(table[c].to_pylist() for c in table.column_names), strict=True))
    return keys


def believed_claims(location: Location, claims: Iterable[PriorArticle],
                    skip_dates: DateRange | None = None) -> list[PriorArticle]:
    """The claims whose article row exists (checked in the partitions of their dates); claims
    dated in ``skip_dates`` (partitions a reprocess is rebuilding) are not believed."""
    by_day: dict[dt.date, list[PriorArticle]] = {}
    for claim in set(claims):
        day = claim.published_at.date()
        if skip_dates is None or day not in skip_dates:
            by_day.setdefault(day, []).append(claim)
    believed = []
    for day, day_claims in sorted(by_day.items()):
        keys = article_keys(location, day, {c.article_id for c in day_claims})
        believed += [c for c in day_claims if (c.article_id, c.version, c.content_hash) in keys]
    return sorted(believed, key=lambda c: (c.article_id, c.version, c.content_hash))


def look_up(location: Location, lookups: Sequence[tuple[str, str]],
            skip_dates: DateRange | None = None) -> list[PriorArticle]:
    """The believed claims filed under the given ``(bucket directory, key)`` pairs."""
    keys_by_dir: dict[str, set[str]] = {}
    for directory, key in lookups:
        keys_by_dir.setdefault(directory, set()).add(key)
    matched = []
    for directory, keys in sorted(keys_by_dir.items()):
        matched += prior_articles(read_bucket(location, directory, keys)[1])
    return believed_claims(location, matched, skip_dates)


# --- in the pipeline ----------------------------------------------------------------------------


class _OnDatasetFn(beam.DoFn):
    """A step that reads or writes the dataset at ``output``, opened once per worker with the
    S3 endpoint resolved where the graph is built (remote workers need no variable)."""

    def __init__(self, output: str) -> None:
        self._output = output
        self._s3_endpoint = storage.s3_endpoint_url()

    def setup(self) -> None:
        self._location = storage.locate(self._output, self._s3_endpoint)


class _LookUpBucketFn(_OnDatasetFn):
    """``(bucket directory, keys)`` -> the claims of that bucket filed under one of the keys."""

    def process(self, element: tuple[str, Iterable[str]]):
        directory, keys = element
        for claim in prior_articles(read_bucket(self._location, directory, keys)[1]):
            yield claim.published_at.date().isoformat(), claim


class _BelieveFn(_OnDatasetFn):
    """``(date, claims)`` -> the claims whose article row exists."""

    def __init__(self, output: str, skip_dates: DateRange | None) -> None:
        super().__init__(output)
        self._skip_dates = skip_dates

    def process(self, element: tuple[str, Iterable[PriorArticle]]):
        _, claims = element
        yield from believed_claims(self._location, claims, self._skip_dates)


class LookUpPriorArticles(beam.PTransform):
    """Stories -> the ``PriorArticle`` rows already written with their ids or contents.

    Reads the index buckets the stories fall in, never the whole dataset; ``skip_dates``: the
    partitions a reprocess rebuilds (their rows count as not written).
    """

    def __init__(self, output: str, skip_dates: DateRange | None = None) -> None:
        super().__init__()
        self._output, self._skip_dates = output, skip_dates

    def expand(self, stories):
        return (stories
                | "IndexKeys" >> beam.FlatMap(lambda s: index_keys(s.article_id, s.content_hash))
                | "ByBucket" >> beam.GroupByKey()
                | "ReadBuckets" >> beam.ParDo(_LookUpBucketFn(self._output))
                | "ByDate" >> beam.GroupByKey()
                | "BelieveClaims" >> beam.ParDo(_BelieveFn(self._output, self._skip_dates)))


class PriorLookup:
    """``article_id`` -> its believed claims: streaming's look-up when an id is first seen
    (picklable; opens the dataset on first use, in the worker)."""

    def __init__(self, output: str) -> None:
        self._output = output
        self._s3_endpoint = storage.s3_endpoint_url()
        self._location: Location | None = None

    def __call__(self, article_id: str) -> list[PriorArticle]:
        if self._location is None:
            self._location = storage.locate(self._output, self._s3_endpoint)
        return look_up(self._location, index_keys(article_id, "")[:1])

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_location": None}


def days_around(days: Iterable[dt.date], horizon_days: int) -> list[dt.date]:
    """The publication dates within ``horizon_days`` of any of ``days``."""
    return sorted({day + dt.timedelta(days=k) for day in days
                   for k in range(-horizon_days, horizon_days + 1)})


def _folded(parts: np.ndarray) -> np.ndarray:
    """The last axis (uint32 values) folded into one uint64 (FNV-style, wrapping)."""
    folded = np.zeros(parts.shape[:-1], np.uint64)
    for k in range(parts.shape[-1]):
        folded = folded * np.uint64(0x100000001B3) + parts[..., k].astype(np.uint64)
    return folded


def shares_a_band(minhash: pa.ChunkedArray, wanted_bands: set[bytes], bands: int) -> pa.Array:
    """Which signatures may share a band with ``wanted_bands`` (a superset, never fewer):
    each band of each MinHash and of each wanted key is folded to one number with its band's
    number added, so a day of signatures is screened in one ``isin``. Two different bands
    may fold alike; that only lets a signature through to the exact check by ``band_keys``."""
    if not wanted_bands or not len(minhash):
        return pa.array(np.zeros(len(minhash), bool))
    rows = np.frombuffer(b"".join(minhash.to_pylist()), "<u4").reshape(len(minhash), bands, -1)
    wanted = sorted(wanted_bands)
    wanted_rows = np.stack([np.frombuffer(key[2:], "<u4") for key in wanted])
    wanted_band = np.array([int.from_bytes(key[:2], "big") for key in wanted], np.uint64)
    candidates = _folded(rows) + np.arange(bands, dtype=np.uint64)
    return pa.array(np.isin(candidates, _folded(wanted_rows) + wanted_band).any(axis=1))


def committed_signatures(location: Location, day: dt.date, wanted_bands: set[bytes],
                         bands: int) -> list[Signature]:
    """The signatures of stories published on ``day`` that share an LSH band with
    ``wanted_bands`` (the run's) and whose article rows exist (a run that failed to write an
    article leaves its signature unbelieved, and the story is written again)."""
    rows = []
    for relative in location.files(f"{SIGNATURES_DIR}/date={day.isoformat()}"):
        table = pq.read_table(location.path(relative), filesystem=location.fs,
                              columns=SIGNATURE_COLUMNS)
        rows += [row for row in table.filter(shares_a_band(table["minhash"], wanted_bands,
                                                           bands)).to_pylist()
                 if not wanted_bands.isdisjoint(band_keys(row["minhash"], bands))]
    if not rows:
        return []
    written = {(article_id, version) for article_id, version, _ in
               article_keys(location, day, {row["article_id"] for row in rows})}
    return [prior_signature(row) for row in rows
            if (row["article_id"], row["version"]) in written]


class _CommittedSignaturesFn(_OnDatasetFn):
    def __init__(self, output: str, bands: int) -> None:
        super().__init__(output)
        self._bands = bands

    def process(self, day: str, wanted_bands: list[bytes]):
        yield from committed_signatures(self._location, dt.date.fromisoformat(day),
                                        set(wanted_bands), self._bands)


class CommittedSignatures(beam.PTransform):
    """The run's signatures -> committed signatures that may be near-copies of them: those
    sharing an LSH band with one of them, among stories published within ``horizon_days``
    (syndicated copies appear within days), so a run reads days of signatures, never all.
    ``skip_dates``: partitions a reprocess rebuilds."""

    def __init__(self, output: str, horizon_days: int, bands: int,
                 skip_dates: DateRange | None) -> None:
        super().__init__()
        self._output, self._horizon_days, self._bands = output, horizon_days, bands
        self._skip_dates = skip_dates

    def expand(self, signed):
        horizon_days, skip, bands = self._horizon_days, self._skip_dates, self._bands
        wanted_bands = beam.pvalue.AsList(
            signed | "BandKeys" >> beam.FlatMap(lambda sig: band_keys(sig.minhash, bands)))
        return (signed
                # ISO strings: a date has no deterministic coder to group by.
                | "PublishedOn" >> beam.Map(lambda sig: sig.published_at.date().isoformat())
                | "Dates" >> beam.Distinct()
                | "AllDates" >> beam.combiners.ToList()
                | "WithinHorizon" >> beam.FlatMap(lambda days: [
                    day.isoformat()
                    for day in days_around(map(dt.date.fromisoformat, days), horizon_days)
                    if skip is None or day not in skip])
                | "SpreadDays" >> beam.Reshuffle()
                | "ReadDays" >> beam.ParDo(_CommittedSignaturesFn(self._output, bands),
                                           wanted_bands))


class _WriteIntoBucketFn(_OnDatasetFn):
    """``(bucket directory, claim rows)`` -> a file of them added to the bucket, or, when the
    bucket would hold more than ``MAX_BUCKET_FILES``, the bucket merged into one file; yields
    the path written. A write costs its own claims, a merge the bucket's (amortised)."""

    def __init__(self, output: str, run_key: str) -> None:
        super().__init__(output)
        self._run_key = run_key

    def process(self, element: tuple[str, Iterable[dict[str, Any]]],
                window=beam.DoFn.WindowParam):
        directory, new = element
        new = list(new)
        if not new:
            # Flink fires an empty closing pane per key as each streaming window expires (see
            # sinks._WritePartitionFn): it adds no claim, so no file.
            return
        files = self._location.files(directory)
        old = claims_table([])
        if len(files) >= MAX_BUCKET_FILES:
            files, old = read_bucket(self._location, directory)
        claims = merged([old, claims_table(new)])
        identities = zip(*(claims[c].to_pylist() for c in ("key", "article_id", "version")),
                         strict=True)
        written = f"{directory}/{file_name(pane_key(self._run_key, window), identities)}"
        path = write_claims(self._location, written, claims)
        if old.num_rows:  # a merge: the files read go, once the file holding them is in place
            for relative in files:
                if relative != written:
                    self._location.delete(relative)
        yield path


class WriteClaims(beam.PTransform):
    """Article rows (``(partition, row)``) -> their claims added to the index; the paths
    written. Per window when streaming."""

    def __init__(self, output: str, run_key: str) -> None:
        super().__init__()
        self._output, self._run_key = output, run_key

    def expand(self, keyed_articles):
        return (keyed_articles
                | "ToClaims" >> beam.FlatMap(lambda partition_and_row: claim_rows(
                    partition_and_row[1]))
                | "ByBucket" >> beam.GroupByKey()
                | "WriteIntoBuckets" >> beam.ParDo(
                    _WriteIntoBucketFn(self._output, self._run_key)))


# --- the index as a whole ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class IndexBuilt:
    articles: int  # article rows indexed
    files: int  # index files written


def rebuild_index(output: str, commit_id: str | None = None) -> IndexBuilt:
    """Build the index from the articles, staged and swapped in by a journaled commit (a crash
    is finished by the next ``reindex``, ``compact`` or ``run --reprocess``); idempotent."""
    location = storage.locate(output)
    commit.finish_pending(location)
    commit_id = commit_id or "reindex-" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    staging = f"{STAGING_DIR}/{commit_id}"
    # Every file, the empty-table marker too (it has no rows).
    articles = pa.concat_tables(
        [claims_table([]).drop_columns(["key"])]
        + [pq.read_table(location.path(f), filesystem=location.fs, columns=CLAIM_COLUMNS)
           for f in location.files("articles")]).cast(CLAIM_SCHEMA.remove(0))
    # One chunk: ``take`` from a table of a chunk per file walks every chunk per bucket
    # (23 of 45 s at a million articles, a thousand files).
    articles = articles.combine_chunks()
    for index, keys in ((BY_ID, articles["article_id"].to_pylist()),
                        (BY_CONTENT, [content_key(i, h) for i, h in zip(
                            articles["article_id"].to_pylist(),
                            articles["content_hash"].to_pylist(), strict=True)])):
        keyed = articles.add_column(0, "key", pa.array(keys, pa.string()))
        rows_by_bucket: dict[str, list[int]] = {}
        for row, key in enumerate(keys):
            rows_by_bucket.setdefault(bucket_dir(index, key), []).append(row)
        for directory, rows in sorted(rows_by_bucket.items()):
            claims = merged([keyed.take(rows)])
            name = f"part-reindex-{digest(*claims['key'].to_pylist())[:16]}.parquet"
            write_claims(location, f"{staging}/{directory}/{name}", claims)
    staged = location.files(staging)
    replaced = location.files(INDEX_DIR)
    journal = commit.begin(location, commit_id, "reindex", staging,
                           commit.plan_steps(staged, staging, replaced), {})
    commit.apply(location, journal)
    write_manifest(location, articles.num_rows)
    return IndexBuilt(articles=articles.num_rows, files=len(staged))


def write_manifest(location: Location, articles: int) -> None:
    location.write_json(MANIFEST, {
        "index_version": INDEX_VERSION, "bucket_digits": BUCKET_DIGITS,
        "built_from_articles": articles})


def ensure_index(output: str) -> list[str]:
    """Before a run: the index exists, or is made now: empty for an empty dataset, built from
    the articles for a dataset written before the index (or whose index was deleted). The
    files written (relative paths)."""
    location = storage.locate(output)
    if location.exists(MANIFEST):
        return []
    if holds_data(location, "articles"):
        log.warning("%s has no id index (%s): building it from the articles once; "
                    "`wirestream reindex` does the same", output, MANIFEST)
        rebuild_index(output)
        return [*location.files(INDEX_DIR), MANIFEST]
    write_manifest(location, 0)
    return [MANIFEST]
