"""What wirestream prints to stderr: warnings and errors, without Beam's known noise.

The command line's own records and, filtered by ``worker_output_filtered``, what local worker
processes print, so a ``--workers 2`` run prints no more than a one-process run.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import threading
from collections.abc import Iterator

# Messages Beam logs on every local run that say nothing about the user's job.
BEAM_NOISE = (
    "apitools not found",  # on import: Google Cloud clients are absent; only Dataflow needs them
    "No semi_persistent_directory found",  # each local worker: a directory only Dataflow sets
    # Prism runs: Beam announces the runner's process as it starts and stops it, and Prism
    # notes each no-op step Beam leaves in the graph (a reshuffle a local Create skips).
    "Really starting service at",
    "Really destroying service at",
    "empty transform, with payload and identical input and output pcollection",
)
# A local worker process prints its records to the user's terminal itself; Beam's runner also
# relays each one through this logger ("Worker: severity: WARN ... message: ..."), so without
# this every worker warning would show twice, the second time wrapped in a log-entry dump.
RELAY_LOGGER = "apache_beam.runners.portability.local_job_service"


def worth_showing(record: logging.LogRecord) -> bool:
    """Warnings and errors, except Beam's known noise and the runner's copies of worker records.

    A level check as well as the logger's: Beam's worker harness lowers the root logger to INFO.
    """
    message = record.getMessage()
    if record.name == RELAY_LOGGER and message.startswith("Worker: "):
        return False
    return record.levelno >= logging.WARNING and not any(n in message for n in BEAM_NOISE)


def log_warnings_to_stderr() -> None:
    """Route warnings and errors to stderr; records below WARNING and Beam's noise are dropped.

    Call it before importing Beam: Beam logs on import, and Python's first log call gives the
    root logger a default handler that this setup would then leave in place.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(worth_showing)


# How Beam's worker processes print a record: logging's default format, "INFO:name:message"
# (Beam logs a warning on import, before any handler exists, which gives their root logger
# Python's default handler; the harness then lowers its level to INFO).
_WORKER_RECORD = re.compile(r"^(DEBUG|INFO|WARNING):[\w.]+:(.*)$")


def worker_line_worth_showing(line: str) -> bool:
    """A line a local worker process printed: its warnings and errors (tracebacks included),
    not its INFO records about channels and harness, nor Beam's known noise."""
    match = _WORKER_RECORD.match(line)
    if match is None:
        return True
    return match[1] == "WARNING" and not any(n in match[2] for n in BEAM_NOISE)


@contextlib.contextmanager
def worker_output_filtered() -> Iterator[None]:
    """While it lasts, what child processes write to stderr passes ``worker_line_worth_showing``.

    Beam starts its local worker processes (``--direct_running_mode=multi_processing``) with
    this process's stderr and its own command line, so their output can only be filtered where
    it lands: file descriptor 2 becomes a pipe that a thread reads line by line. This process's
    own writes (``sys.stderr``: progress lines, its log handler) still go straight to stderr.
    """
    sys.stderr.flush()
    real = os.dup(2)
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)
    before = sys.stderr
    if _writes_to_fd_2(before):  # else (a test's capture) it does not pass through the pipe
        sys.stderr = open(real, "w", buffering=1, closefd=False)
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is before:
                handler.setStream(sys.stderr)
    sink = os.dup(real)  # the forwarder's own: it may outlive this context by a moment

    def forward() -> None:
        with open(read_end, encoding="utf-8", errors="replace") as lines, \
                open(sink, "w", buffering=1) as out:
            for line in lines:
                if worker_line_worth_showing(line.rstrip("\n")):
                    out.write(line)

    forwarder = threading.Thread(target=forward, name="wirestream-worker-stderr", daemon=True)
    forwarder.start()
    try:
        yield
    finally:
        os.dup2(real, 2)  # the pipe's last writer in this process goes: the forwarder sees EOF
        # once every worker process has exited too (they have, when the run is over).
        forwarder.join(timeout=5)
        if sys.stderr is not before:
            for handler in logging.getLogger().handlers:
                if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
                    handler.setStream(before)
            sys.stderr.close()
            sys.stderr = before
        os.close(real)


def _writes_to_fd_2(stream: object) -> bool:
    try:
        return stream.fileno() == 2  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return False
