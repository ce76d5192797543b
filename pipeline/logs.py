"""What wirestream prints to stderr: warnings and errors, without Beam's known noise.

Used by the command line and by each local worker process, so a ``--workers 2`` run prints no
more than a one-process run.
"""

from __future__ import annotations

import logging

# Messages Beam logs on every local run that say nothing about the user's job.
BEAM_NOISE = (
    "apitools not found",  # on import: Google Cloud clients are absent; only Dataflow needs them
    "No semi_persistent_directory found",  # each local worker: a directory only Dataflow sets
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
