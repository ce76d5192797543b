"""Live progress of local runs, through Beam's public API: counting steps that write tallies.

Beam's local runners report metrics only when the job is done (``FnApiRunner`` returns from
``run()`` at the end; its per-bundle metrics are not public). So the graph gets three counting
steps (stories read, article rows handed to the writer, rejects), plain DoFns whose instances
each keep a count and write it now and then to a file of their own in a per-run directory on
this machine. That works wherever the DoFns run: in this process (one worker), in worker
processes (``--workers N``) and in Prism's loopback workers. The launcher's ticker sums the
files. Remote runners get no channel: their workers cannot reach this machine's disk, and they
have their own UIs (the final line, from the job's metrics, is shown for every runner).

A tally counts elements as processed, so a retried bundle is counted twice: good enough for a
progress line, and the final line comes from the job's committed counters.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
import uuid
from collections import Counter
from pathlib import Path

import apache_beam as beam

READ, WRITTEN, REJECTED = "read", "written", "rejected"
TALLY_SUFFIX = ".tally"
# Often enough for a line redrawn twice a second, rare enough to cost nothing per story.
FLUSH_EVERY_S = 0.2


@dataclasses.dataclass(frozen=True)
class ProgressChannel:
    """Where a local run's counting steps leave their tallies: a directory on this machine."""

    directory: str


def tally_path(directory: str, name: str) -> Path:
    """A file of one DoFn instance's own: ``<name>.<pid>.<random>.tally``."""
    return Path(directory) / f"{name}.{os.getpid()}.{uuid.uuid4().hex}{TALLY_SUFFIX}"


def write_tally(path: Path, count: int) -> None:
    """Replace the tally atomically, so a reader sees the old count or the new one."""
    partial = path.with_suffix(".partial")
    # Progress is advisory: a full disk or a directory already cleaned up must not fail a
    # run, and the final line comes from the job's own counters anyway.
    with contextlib.suppress(OSError):
        partial.write_text(str(count))
        os.replace(partial, path)


def read_tallies(directory: str) -> dict[str, int]:
    """Each counting step's total over all the processes that ran it (0 when none has yet)."""
    totals: Counter[str] = Counter({READ: 0, WRITTEN: 0, REJECTED: 0})
    for path in Path(directory).glob(f"*{TALLY_SUFFIX}"):
        with contextlib.suppress(OSError, ValueError):  # written atomically; may not exist yet
            totals[path.name.split(".", 1)[0]] += int(path.read_text())
    return dict(totals)


class _TallyFn(beam.DoFn):
    """Counts its elements into a tally file; outputs nothing."""

    def __init__(self, directory: str, name: str) -> None:
        self._directory, self._name = directory, name

    def setup(self) -> None:
        self._path = tally_path(self._directory, self._name)
        self._count = 0
        self._flushed_at = time.monotonic()

    def process(self, element: object) -> None:
        self._count += 1
        now = time.monotonic()
        if now - self._flushed_at >= FLUSH_EVERY_S:
            write_tally(self._path, self._count)
            self._flushed_at = now

    def finish_bundle(self) -> None:
        write_tally(self._path, self._count)
        self._flushed_at = time.monotonic()


class CountForProgress(beam.PTransform):
    """Counts a collection's elements into the run's progress channel under ``name``."""

    def __init__(self, channel: ProgressChannel, name: str) -> None:
        super().__init__()
        self._channel, self._name = channel, name

    def expand(self, pcoll: beam.PCollection) -> beam.PCollection:
        return pcoll | "Tally" >> beam.ParDo(_TallyFn(self._channel.directory, self._name))
