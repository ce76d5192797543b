"""A layout v1 copy of a dataset, as wirestream wrote it before layout v2 (schema version 2):
articles and entities in ``date=/source=`` directories, ``source`` only in the path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

V1_TABLES = ("articles", "entities")
V1_MARKER = "{table}/date=1970-01-01/source=_empty/part-empty.parquet"


def write_v1_copy(dataset: Path, copy: Path) -> None:
    """Copy ``dataset`` (layout v2) to ``copy`` in layout v1: each articles/entities file split
    by source into its ``source=`` directory (same file name, no ``source`` column, schema
    version 2); everything else (rejects, ``_state/``, ``_runs/``) copied as it is, but for
    v2's layout marker (``_state/layout.json``), which no v1 dataset had."""
    shutil.copytree(dataset, copy, ignore=lambda directory, names: [
        n for n in names if Path(directory) == dataset and n in V1_TABLES
        or Path(directory) == dataset / "_state" and n == "layout.json"])
    for table in V1_TABLES:
        (copy / table).mkdir(exist_ok=True)
        for path in sorted((dataset / table).rglob("*.parquet")):
            rows = pq.read_table(path)
            metadata = {**rows.schema.metadata, b"wirestream.schema_version": b"2"}
            if rows.num_rows == 0:  # the empty-table marker
                target = copy / V1_MARKER.format(table=table)
                target.parent.mkdir(parents=True, exist_ok=True)
                pq.write_table(rows.drop_columns(["source"]).replace_schema_metadata(metadata),
                               target)
                continue
            for source in sorted(set(rows.column("source").to_pylist())):
                part = rows.filter(pc.equal(rows.column("source"), source)).drop_columns(
                    ["source"]).replace_schema_metadata(metadata)
                target = copy / path.parent.relative_to(dataset) / f"source={source}" / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                pq.write_table(part, target, compression="zstd")
