"""``wirestream compact``: merge the small files of closed partitions, one file per partition.

Scheduled runs add a few files to every partition they touch; after a few days a partition is
hundreds of small files that every query opens. A partition is closed once its date is before
``--before`` (stories published long ago rarely arrive). Each closed partition with more than
one file is read with ``pyarrow.dataset``, sorted by its row identity, written once to
``_staging/`` and then swapped in through a journaled commit (see ``pipeline.commit``), so a
crash at any point is finished by running ``compact`` again and no row is lost or doubled.

The new file is named like every other (``part-compacted-<hash of the row identities>``), so
compacting the same rows again gives the same name and the same bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipeline import commit
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


@dataclasses.dataclass(frozen=True)
class Table:
    directory: str
    name: str  # wirestream.table in the Parquet metadata
    schema: pa.Schema
    order: tuple[str, ...]  # identity first; enough columns that the order is total


TABLES = (
    Table("articles", "articles", ARTICLES_SCHEMA, ("article_id", "version")),
    Table("entities", "entities", ENTITIES_SCHEMA,
          ("article_id", "version", "in_title", "start_char", "end_char", "entity_id")),
    Table("rejects", "rejects", REJECTS_SCHEMA,
          ("origin", "reason", "detail", "occurred_at", "payload")),
    Table(SIGNATURES_DIR, "signatures", SIGNATURES_SCHEMA, ("article_id", "version")),
)


def closed_partitions(files: Sequence[str], before: dt.date) -> dict[str, list[str]]:
    """Partition directory -> its files, for partitions dated before ``before`` with 2+ files."""
    partitions: dict[str, list[str]] = {}
    for path in sorted(files):
        day = partition_date(path)
        if day is not None and day < before:
            partitions.setdefault(path.rpartition("/")[0], []).append(path)
    return {p: fs for p, fs in partitions.items() if len(fs) > 1}


def merge_partition(location: Location, table: Table, files: Sequence[str]) -> pa.Table:
    """The rows of ``files`` as one table in identity order, with the writer's metadata."""
    dataset = pads.dataset([location.path(f) for f in files], schema=table.schema,
                           format="parquet", filesystem=location.fs)
    merged = dataset.to_table().sort_by([(column, "ascending") for column in table.order])
    return merged.replace_schema_metadata({
        b"wirestream.schema_version": SCHEMA_VERSION.encode(),
        b"wirestream.table": table.name.encode()})


def compacted_name(table: Table, merged: pa.Table) -> str:
    identities = zip(*(merged.column(c).to_pylist() for c in table.order), strict=True)
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


def compact(output: str, before: dt.date) -> dict[str, Any]:
    """Compact every closed partition of ``output``; returns the commit journal (or a summary
    with no steps when there was nothing to do)."""
    location = locate(output)
    finished = commit.finish_pending(location)
    drop_abandoned_staging(location)
    plans = [(table, partition, files) for table in TABLES
             for partition, files in closed_partitions(location.files(table.directory),
                                                       before).items()]
    if not plans:
        return {"status": "nothing to compact", "before": before.isoformat(),
                "finished_pending": finished, "partitions": []}
    commit_id = "compact-" + digest(*(f for _, _, files in plans for f in files))[:16]
    staging = f"{STAGING_DIR}/{commit_id}"
    steps, partitions = [], []
    for table, partition, files in plans:
        merged = merge_partition(location, table, files)
        final = f"{partition}/{compacted_name(table, merged)}"
        staged = f"{staging}/{final}"
        location.write_parquet(staged, merged)
        expected = row_count(location, files)
        if row_count(location, [staged]) != expected:
            raise StorageError(f"compacting {partition}: {staged} does not hold the {expected} "
                               f"rows of its {len(files)} files; nothing was replaced")
        steps.append(commit.Step(partition, ((staged, final),),
                                 tuple(f for f in files if f != final)))
        partitions.append({"partition": partition, "files_in": len(files),
                           "rows": merged.num_rows, "file": final})
    journal = commit.begin(location, commit_id, "compact", staging, steps,
                           {"before": before.isoformat(), "finished_pending": finished,
                            "partitions": partitions})
    return commit.apply(location, journal)


def summary(result: dict[str, Any], output: str) -> str:
    """What a person reads after ``wirestream compact``."""
    lines = [f"wirestream compact: {result['status']} (partitions dated before "
             f"{result['before']})"]
    lines += [f"  finished an interrupted commit: {c}" for c in result["finished_pending"]]
    lines += [f"  {p['partition']}: {p['files_in']} files -> 1 ({p['rows']} rows)"
              for p in result["partitions"]]
    if result["partitions"]:
        lines.append(f"  record: {output.rstrip('/')}/{commit.journal_path(result['commit_id'])}")
    return "\n".join(lines)
