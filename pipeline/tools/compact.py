"""``wirestream compact``: merge the small files of closed partitions, and migrate layout v1.

Scheduled runs add a file to every partition they touch; after a few days a partition is
dozens of small files that every query opens. A partition is closed once its date is before
``before`` (stories published long ago rarely arrive; ``layout.closed_before``). Each closed
partition with more than one file, one of them not yet compacted, is read with
``pyarrow.dataset``, sorted (articles and entities by source first: ``pipeline.layout``),
written to ``_staging/`` as files of about ``layout.TARGET_FILE_BYTES`` at most and then
swapped in through a journaled commit (see ``pipeline.commit``), so a crash at any point is
finished by running ``compact`` again and no row is lost or doubled.

Every partition that still holds layout v1 files (``articles``/``entities`` in
``date=/source=`` directories), whatever its date, is migrated the same way: the day's v1
files, with ``source`` taken from their directory into a column, and any v2 files of that
day become the day's v2 files. The commit replaces them one day at a time; readers of
``wirestream query`` see each row once throughout (``commit.listing_for_readers``).

Compacted files are named like every other (``part-compacted-<hash of the row identities>``),
so compacting the same rows again gives the same names and the same bytes. Runs compact by
themselves (``auto_compact``): a bounded number of partitions after each ``--once`` run, and
every ``compaction.interval_seconds`` during a streaming run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import logging
import math
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipeline import commit, layout
from pipeline.config import CompactionConfig
from pipeline.sinks import (
    ARTICLES_SCHEMA,
    ENTITIES_SCHEMA,
    REJECTS_SCHEMA,
    SIGNATURES_DIR,
    SIGNATURES_SCHEMA,
    file_name,
)
from pipeline.storage import STAGING_DIR, Location, StorageError, locate, partition_date
from transforms.identity import digest
from transforms.records import SCHEMA_VERSION

COMPACTED_KEY = "compacted"  # the run/window key in a compacted file's name
LOCK_FILE = "_runs/compact.lock"
log = logging.getLogger("wirestream")


@dataclasses.dataclass(frozen=True)
class Table:
    directory: str
    name: str  # wirestream.table in the Parquet metadata
    schema: pa.Schema
    order: tuple[str, ...]  # the row order in a file; enough columns that it is total
    identity: tuple[str, ...]  # what names the file (a row's identity, as the writer has it)
    row_group_rows: int | None = None  # None: pyarrow's default


TABLES = (
    Table("articles", "articles", ARTICLES_SCHEMA,
          ("source", "published_at", "article_id", "version"), ("article_id", "version"),
          layout.ROW_GROUP_ROWS["articles"]),
    Table("entities", "entities", ENTITIES_SCHEMA,
          ("source", "article_id", "version", "in_title", "start_char", "end_char",
           "entity_id"),
          ("article_id", "version", "in_title", "start_char", "end_char", "entity_id"),
          layout.ROW_GROUP_ROWS["entities"]),
    Table("rejects", "rejects", REJECTS_SCHEMA,
          ("origin", "reason", "detail", "occurred_at", "payload"),
          ("origin", "reason", "detail", "occurred_at", "payload")),
    Table(SIGNATURES_DIR, "signatures", SIGNATURES_SCHEMA, ("article_id", "version"),
          ("article_id", "version")),
)


class CompactionRunning(StorageError):
    """Another compaction of this dataset holds its lock."""


def is_compacted(relative_path: str) -> bool:
    return relative_path.rpartition("/")[2].startswith(f"part-{COMPACTED_KEY}-")


def partitions_to_compact(files: Sequence[str], before: dt.date) -> dict[str, list[str]]:
    """Partition directory -> its files, for the partitions a compaction rewrites: every one
    holding a file below it (a layout v1 file, an older signature file: migration, whatever
    its date), and the closed ones (dated before ``before``) with more than one file of which
    one at least is not compacted yet (a late story next to a compacted day; a day split into
    several compacted files stays as it is)."""
    partitions: dict[str, list[str]] = {}
    for path in sorted(files):
        partitions.setdefault(layout.compaction_partition(path), []).append(path)
    return {partition: members for partition, members in partitions.items()
            if any(map(layout.below_partition, members))
            or (_is_closed(partition, before) and len(members) > 1
                and not all(map(is_compacted, members)))}


def _is_closed(partition: str, before: dt.date) -> bool:
    day = partition_date(partition)
    return day is not None and day < before


def read_rows(location: Location, table: Table, files: Sequence[str]) -> pa.Table:
    """The rows of ``files`` in the table's schema (columns an older file lacks are null); a
    layout v1 file's ``source`` comes from its directory."""
    by_source: dict[str | None, list[str]] = {}
    for path in files:
        by_source.setdefault(layout.v1_source(path) if layout.is_v1_path(path) else None,
                             []).append(path)
    parts = []
    for source, paths in by_source.items():
        rows = pads.dataset([location.path(f) for f in paths], schema=table.schema,
                            format="parquet", filesystem=location.fs).to_table()
        if source is not None:
            index = rows.schema.get_field_index("source")
            rows = rows.set_column(index, table.schema.field("source"),
                                   pa.array([source] * rows.num_rows, pa.string()))
        parts.append(rows)
    return pa.concat_tables(parts)


def merge_partition(location: Location, table: Table, files: Sequence[str]) -> pa.Table:
    """The rows of ``files`` as one table in the table's order, with the writer's metadata."""
    merged = read_rows(location, table, files).sort_by(
        [(column, "ascending") for column in table.order])
    return merged.replace_schema_metadata({
        b"wirestream.schema_version": SCHEMA_VERSION.encode(),
        b"wirestream.table": table.name.encode()})


def split_for_size(rows: pa.Table, input_bytes: int, target_bytes: int) -> list[pa.Table]:
    """``rows`` cut into consecutive slices of about ``target_bytes`` (sized by the bytes of
    the files they came from), so each file covers a narrow range of the sort order."""
    pieces = max(1, math.ceil(input_bytes / target_bytes))
    size = math.ceil(rows.num_rows / pieces) or 1
    return [rows.slice(start, size) for start in range(0, rows.num_rows, size)]


def compacted_name(table: Table, rows: pa.Table) -> str:
    identities = zip(*(rows.column(c).to_pylist() for c in table.identity), strict=True)
    return file_name(COMPACTED_KEY, identities)


def row_count(location: Location, files: Sequence[str]) -> int:
    """Rows in ``files``, from their footers."""
    return sum(pq.ParquetFile(location.path(f), filesystem=location.fs).metadata.num_rows
               for f in files)


def drop_abandoned_staging(location: Location) -> None:
    """Staging of a compaction that died before its journal was written (nothing refers to
    it once pending commits are finished; compactions of one dataset run one at a time)."""
    selector = pafs.FileSelector(location.path(STAGING_DIR), allow_not_found=True)
    for info in location.fs.get_file_info(selector):
        if info.type == pafs.FileType.Directory and info.base_name.startswith("compact-"):
            location.delete_dir(location.relative(info.path))


@contextlib.contextmanager
def compaction_lock(output: str) -> Iterator[None]:
    """An exclusive ``flock`` on ``<output>/_runs/compact.lock`` while a compaction runs (local
    outputs; the kernel drops it however the process ends). Object stores have no such lock:
    there, run one compaction per dataset at a time."""
    if "://" in output:
        yield
        return
    path = Path(output) / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    handle: IO[str] = path.open("a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CompactionRunning(f"another compaction of {output!r} is running (lock "
                                    f"{path}); try again when it has finished") from None
        yield
    finally:
        handle.close()  # closing drops the lock


def table_files(location: Location, table: Table, since: dt.date | None) -> list[str]:
    """The files of ``table``; with ``since``, only those of dates from ``since`` on (one
    listing of the date directories, then a walk of those dates alone)."""
    if since is None:
        return location.files(table.directory)
    dates = location.fs.get_file_info(pafs.FileSelector(location.path(table.directory),
                                                        allow_not_found=True))
    return [f for info in sorted(dates, key=lambda i: i.base_name)
            if (day := partition_date(f"{info.base_name}/")) is not None and day >= since
            for f in location.files(f"{table.directory}/{info.base_name}")]


def compact(output: str, before: dt.date, tables: Sequence[Table] = TABLES,
            max_partitions: int | None = None,
            target_bytes: int = layout.TARGET_FILE_BYTES,
            since: dt.date | None = None) -> dict[str, Any]:
    """Compact the closed partitions of ``output`` and migrate its layout v1 partitions;
    returns the commit journal (or a summary with no steps when there was nothing to do).

    ``max_partitions`` bounds the work: that many partitions, oldest first (a scheduled run's
    share); the rest wait for the next call. ``since``: look at partitions of that date and
    later only (a scheduled run's window: its cost must not grow with the dataset's age).
    """
    location = locate(output)
    with compaction_lock(output):
        finished = commit.finish_pending(location)
        drop_abandoned_staging(location)
        plans = [(table, partition, files) for table in tables
                 for partition, files in partitions_to_compact(
                     table_files(location, table, since), before).items()]
        plans.sort(key=lambda plan: (partition_date(plan[1]) or dt.date.min,
                                     tables.index(plan[0]), plan[1]))
        waiting = 0 if max_partitions is None else max(0, len(plans) - max_partitions)
        plans = plans[:max_partitions]
        if not plans:
            return {"status": "nothing to compact", "before": before.isoformat(),
                    "finished_pending": finished, "partitions": [], "waiting": 0}
        commit_id = "compact-" + digest(*(f for _, _, files in plans for f in files))[:16]
        staging = f"{STAGING_DIR}/{commit_id}"
        steps, partitions = [], []
        for table, partition, files in plans:
            step, summary_row = _stage_partition(location, staging, table, partition, files,
                                                 target_bytes)
            steps.append(step)
            partitions.append(summary_row)
        journal = commit.begin(location, commit_id, "compact", staging, steps,
                               {"before": before.isoformat(), "finished_pending": finished,
                                "partitions": partitions, "waiting": waiting})
        return commit.apply(location, journal)


def _stage_partition(location: Location, staging: str, table: Table, partition: str,
                     files: Sequence[str], target_bytes: int) -> tuple[commit.Step, dict]:
    """Write one partition's merged files below ``staging``; the commit step that swaps them
    in, and the partition's line of the record."""
    merged = merge_partition(location, table, files)
    input_bytes = sum(info.size for info in location.fs.get_file_info(
        [location.path(f) for f in files]))
    moves = []
    for rows in split_for_size(merged, input_bytes, target_bytes):
        final = f"{partition}/{compacted_name(table, rows)}"
        location.write_parquet(f"{staging}/{final}", rows, table.row_group_rows)
        moves.append((f"{staging}/{final}", final))
    expected = row_count(location, files)
    if row_count(location, [staged for staged, _ in moves]) != expected:
        raise StorageError(f"compacting {partition}: the staged files do not hold the "
                           f"{expected} rows of its {len(files)} files; nothing was replaced")
    finals = {final for _, final in moves}
    step = commit.Step(partition, tuple(moves), tuple(f for f in files if f not in finals))
    return step, {"partition": partition, "files_in": len(files), "files_out": len(moves),
                  "rows": merged.num_rows, "migrated": any(map(layout.is_v1_path, files)),
                  "files": sorted(finals)}


def auto_compact(output: str, now: dt.datetime,
                 settings: CompactionConfig) -> dict[str, Any] | None:
    """A run's share of compaction (``compaction.*``): up to ``max_partitions_per_run`` closed
    partitions, among the ``lookback_days`` days before the first open one. Signatures too: a
    run reads a horizon of days of them, and an uncompacted day holds a file per run that
    wrote it (older days, e.g. a late story for last month, wait for a manual ``compact``). None
    when turned off, or when another compaction holds the lock (that one does the work)."""
    if not settings.enabled:
        return None
    before = layout.closed_before(now, settings.closed_after_days)
    try:
        return compact(output, before, TABLES, settings.max_partitions_per_run,
                       since=before - dt.timedelta(days=settings.lookback_days))
    except CompactionRunning as err:
        log.info("compaction skipped: %s", err)
        return None


def auto_summary(result: dict[str, Any] | None) -> str | None:
    """One line for a run's output when its compaction did something, else None."""
    if result is None or not (result["partitions"] or result["finished_pending"]):
        return None
    files_in = sum(p["files_in"] for p in result["partitions"])
    files_out = sum(p["files_out"] for p in result["partitions"])
    line = (f"  compacted           {len(result['partitions'])} closed partition(s): "
            f"{files_in} files -> {files_out}")
    if result["finished_pending"]:
        line += f"; finished {len(result['finished_pending'])} interrupted commit(s)"
    if result["waiting"]:
        line += f"; {result['waiting']} more next run"
    return line


class CompactWhileStreaming(threading.Thread):
    """Compacts every ``settings.interval_seconds`` while a streaming job runs, the first time
    as it starts. A failed compaction is logged and finished by the next (its journal)."""

    def __init__(self, output: str, settings: CompactionConfig,
                 emit: Callable[[str], None]) -> None:
        super().__init__(name="wirestream-compaction", daemon=True)
        self._output, self._settings, self._emit = output, settings, emit
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                line = auto_summary(auto_compact(self._output, dt.datetime.now(dt.UTC),
                                                 self._settings))
            except Exception as err:  # a streaming job must not die of its housekeeping
                log.warning("compaction failed (%s: %s); the next one finishes it",
                            type(err).__name__, err)
            else:
                if line is not None:
                    self._emit(line.strip() + "\n")
            self._halt.wait(self._settings.interval_seconds)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def summary(result: dict[str, Any], output: str) -> str:
    """What a person reads after ``wirestream compact``."""
    lines = [f"wirestream compact: {result['status']} (partitions dated before "
             f"{result['before']})"]
    lines += [f"  finished an interrupted commit: {c}" for c in result["finished_pending"]]
    lines += [f"  {p['partition']}: {p['files_in']} files -> {p['files_out']} "
              f"({p['rows']} rows{', migrated to layout v2' if p['migrated'] else ''})"
              for p in result["partitions"]]
    if result.get("waiting"):
        lines.append(f"  {result['waiting']} more partition(s) left for the next compaction")
    if result["partitions"]:
        record = commit.done_journal_path(result["commit_id"])
        lines.append(f"  record: {output.rstrip('/')}/{record}")
    return "\n".join(lines)
