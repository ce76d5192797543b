"""Where the dataset lives: one function turns a URI into a filesystem, for every reader/writer.

Local paths, ``s3://`` and ``gs://`` go through the same code: ``locate(uri)`` picks the
``pyarrow.fs`` filesystem, and everything below the dataset root is a '/'-separated path
relative to it (``articles/date=2026-11-24/source=x/part-....parquet``). Beam's own
``FileSystems`` (sources, ``ReadAllFromParquet``) reads the same URIs.

An S3-compatible server (MinIO, Ceph, moto) is chosen the way every AWS SDK chooses it: the
``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL`` environment variable. boto3 (under Beam's S3
filesystem) reads it itself; ``locate`` hands it to pyarrow; ``beam_options`` forwards it as
``--s3_endpoint_url`` so Beam workers on other machines use it too. One setting, so the files a
run reads and the files it writes can never come from two different endpoints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

# The AWS SDKs' own variables, most specific first (as boto3 resolves them).
S3_ENDPOINT_VARIABLES = ("AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL")
STAGING_DIR = "_staging"  # written before being moved into the dataset; readers never look here
_DATE_SEGMENT = re.compile(r"(?:^|/)date=(\d{4}-\d{2}-\d{2})(?:/|$)")


class StorageError(ValueError):
    """The dataset location or its files cannot be used; the message says what to fix."""


@dataclasses.dataclass(frozen=True)
class DateRange:
    """Publication dates ``start..end``, both included."""

    start: dt.date
    end: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def parse_date_range(text: str) -> DateRange:
    """``2026-11-24..2026-11-26`` (both included; one date alone is a one-day range)."""
    start_text, sep, end_text = text.partition("..")
    try:
        start = dt.date.fromisoformat(start_text.strip())
        end = dt.date.fromisoformat(end_text.strip()) if sep else start
    except ValueError:
        raise StorageError(f"{text!r} is not a date range: write START..END, e.g. "
                           "2026-11-24..2026-11-26 (both included)") from None
    if end < start:
        raise StorageError(f"{text!r} ends before it starts: write START..END with START <= END")
    return DateRange(start, end)


def partition_date(relative_path: str) -> dt.date | None:
    """The ``date=`` partition of a dataset path, or None when it has none."""
    match = _DATE_SEGMENT.search(relative_path)
    return dt.date.fromisoformat(match.group(1)) if match else None


def s3_endpoint_url(environ: Mapping[str, str] = os.environ) -> str | None:
    """The S3-compatible endpoint the environment names, or None for AWS itself."""
    return next((environ[name] for name in S3_ENDPOINT_VARIABLES if environ.get(name)), None)


def beam_options(extra: Sequence[str], environ: Mapping[str, str] = os.environ) -> list[str]:
    """Beam options that make Beam's S3 filesystem use the endpoint the environment names.

    ``--s3_endpoint_url`` given by hand would point Beam's reads somewhere other than
    wirestream's writes, so it is refused in favour of the one setting both use.
    """
    if any(arg.split("=", 1)[0] == "--s3_endpoint_url" for arg in extra):
        raise StorageError("--s3_endpoint_url: set AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_S3) "
                           "instead; wirestream's writers read it and pass it on to Beam")
    endpoint = s3_endpoint_url(environ)
    return [f"--s3_endpoint_url={endpoint}"] if endpoint else []


@dataclasses.dataclass(frozen=True)
class Location:
    """A dataset root on a filesystem; ``relative`` paths below it use '/'."""

    uri: str  # as the user wrote it: out, /data/out, s3://bucket/out, gs://bucket/out
    fs: pafs.FileSystem
    root: str  # the root as a path on ``fs`` (no scheme)

    def path(self, relative: str) -> str:
        return f"{self.root}/{relative}" if relative else self.root

    def uri_of(self, relative: str) -> str:
        """The URI Beam's FileSystems and DuckDB open for ``relative``."""
        return f"{self.uri.rstrip('/')}/{relative}"

    def relative(self, path: str) -> str:
        return path[len(self.root) + 1:]

    def files(self, directory: str, suffix: str = ".parquet", recursive: bool = True) -> list[str]:
        """Relative paths of the finished files below ``directory`` (temporary files skipped);
        ``recursive=False``: those directly in it."""
        selector = pafs.FileSelector(self.path(directory), recursive=recursive,
                                     allow_not_found=True)
        return sorted(self.relative(info.path) for info in self.fs.get_file_info(selector)
                      if info.is_file and info.base_name.endswith(suffix)
                      and not info.base_name.startswith("."))

    def exists(self, relative: str) -> bool:
        return self.fs.get_file_info(self.path(relative)).type == pafs.FileType.File

    def move(self, source: str, destination: str) -> None:
        """Rename (local) or copy-then-delete (object stores); overwrites ``destination``."""
        self.fs.create_dir(self.path(destination).rpartition("/")[0], recursive=True)
        self.fs.move(self.path(source), self.path(destination))

    def delete(self, relative: str) -> None:
        """Delete a file; a file already gone is fine (steps are repeated after a crash)."""
        if self.exists(relative):
            self.fs.delete_file(self.path(relative))

    def delete_dir(self, relative: str) -> None:
        if self.fs.get_file_info(self.path(relative)).type == pafs.FileType.Directory:
            self.fs.delete_dir(self.path(relative))

    def read_json(self, relative: str) -> Any:
        with self.fs.open_input_stream(self.path(relative)) as stream:
            return json.loads(stream.read())

    def write_atomically(self, relative: str, write: Any) -> str:
        """Call ``write(temporary_path)``, then rename into place; returns the final path.

        The temporary name starts with '.' and does not end in the final suffix, so no reader
        globbing ``*.parquet`` or ``*.json`` sees a half-written file.
        """
        final = self.path(relative)
        directory, _, name = final.rpartition("/")
        self.fs.create_dir(directory, recursive=True)
        temporary = f"{directory}/.{name}.{uuid.uuid4().hex}.tmp"
        write(temporary)
        self.fs.move(temporary, final)
        return final

    def write_json(self, relative: str, document: Any) -> str:
        blob = json.dumps(document, indent=2, sort_keys=True, default=str).encode() + b"\n"

        def write(path: str) -> None:
            with self.fs.open_output_stream(path) as out:
                out.write(blob)

        return self.write_atomically(relative, write)

    def write_parquet(self, relative: str, table: pa.Table,
                      row_group_rows: int | None = None) -> str:
        """zstd Parquet; ``row_group_rows`` rows per row group (None: pyarrow's default)."""
        return self.write_atomically(
            relative, lambda path: pq.write_table(table, path, filesystem=self.fs,
                                                  compression="zstd",
                                                  row_group_size=row_group_rows))


def locate(uri: str, s3_endpoint: str | None = None) -> Location:
    """The filesystem and root for a dataset URI: the one place this decision is made.

    ``s3_endpoint`` is the endpoint resolved where the pipeline was built (so remote workers
    use it without the environment variable); by default the environment decides.
    """
    if "://" not in uri:
        return Location(uri, pafs.LocalFileSystem(), os.path.abspath(uri).rstrip("/") or "/")
    scheme, _, rest = uri.partition("://")
    endpoint = s3_endpoint or s3_endpoint_url()
    if scheme == "s3" and endpoint:
        # An S3-compatible server has no region of its own to look up; the SDK default is fine.
        region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
        return Location(uri, pafs.S3FileSystem(endpoint_override=endpoint, region=region),
                        rest.rstrip("/"))
    try:
        fs, root = pafs.FileSystem.from_uri(uri)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
        raise StorageError(f"output {uri!r}: {err} (use a local path, s3://bucket/path or "
                           "gs://bucket/path)") from None
    return Location(uri, fs, root.rstrip("/"))


def dataset_files(output: str, table: str, skip_dates: DateRange | None = None) -> list[str]:
    """URIs of the Parquet files of ``<output>/<table>``: the state a scheduled run reads.

    ``skip_dates`` leaves out the partitions a reprocess is rebuilding, so their stories count
    as new rather than as re-polls of the rows about to be replaced.
    """
    location = locate(output)
    return [location.uri_of(f) for f in location.files(table)
            if skip_dates is None or not _dated_in(f, skip_dates)]


def files_in_dates(location: Location, tables: Iterable[str], dates: DateRange) -> list[str]:
    """Relative paths of the files of ``tables`` whose ``date=`` partition lies in ``dates``."""
    return [f for table in tables for f in location.files(table) if _dated_in(f, dates)]


def _dated_in(relative_path: str, dates: DateRange) -> bool:
    day = partition_date(relative_path)
    return day is not None and day in dates


@dataclasses.dataclass(frozen=True)
class Rebuild:
    """A reprocess run: rebuild the partitions of ``dates``, writing into ``staging`` (a URI
    below the dataset's ``_staging/``) from which the files are moved in when the run is done."""

    dates: DateRange
    staging: str
