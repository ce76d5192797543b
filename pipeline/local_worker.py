"""The worker process of local multi-worker runs: Beam's SDK worker, releasing finished output.

Beam 2.77's SDK harness keeps a finished stage's bundle processor cached for reuse (evicted
after 60 s idle), and each of the processor's ``DataOutputOperation`` keeps the output stream it
just closed. That stream holds its buffer, grown to the largest flush: Beam flushes at 10 MB, so
up to 16 MiB per stage output. In a batch run every stage is one bundle per worker, so a worker
holds one such buffer for each stage it ran recently, and during NER those are the stages just
before it. Reuters-21578 (19,043 stories), 2 workers, entities off: peak RSS per worker
659 / 652 -> 506 / 452 MiB when the stream is dropped at the end of the bundle.

It also logs like the command line (``pipeline.logs``): without it, each worker prints Beam's
INFO records about its channels and harness to the user's terminal.

``LocalRunner`` (pipeline.launcher) starts ``python -m pipeline.local_worker`` instead of
``python -m apache_beam.runners.worker.sdk_worker_main``; arguments and environment are Beam's.
"""

from __future__ import annotations

import sys

from pipeline.logs import log_warnings_to_stderr

BEAM_WORKER_MODULE = "apache_beam.runners.worker.sdk_worker_main"
WORKER_MODULE = "pipeline.local_worker"


def release_output_streams_after_bundles() -> None:
    """Make each ``DataOutputOperation`` let go of its stream once it has closed it.

    Nothing writes to a closed stream: the next bundle sets a new one before it starts
    (``BundleProcessor.process_bundle``). Idempotent.
    """
    from apache_beam.runners.worker import bundle_processor

    operation = bundle_processor.DataOutputOperation
    if getattr(operation.finish, "releases_stream", False):
        return
    close_stream = operation.finish

    def finish(self) -> None:
        close_stream(self)
        self.output_stream = None

    finish.releases_stream = True  # type: ignore[attr-defined]
    operation.finish = finish


def worker_command(command: str) -> str:
    """Beam's local worker command (``<python> -m <Beam's worker module>``) with this module in
    its place; any other command (an environment the user chose) unchanged."""
    program, flag, module = command.rpartition(" -m ")
    return f"{program}{flag}{WORKER_MODULE}" if flag and module == BEAM_WORKER_MODULE else command


def main() -> None:
    log_warnings_to_stderr()  # before Beam is imported: it logs on import
    from apache_beam.runners.worker import sdk_worker_main

    release_output_streams_after_bundles()
    sdk_worker_main.main(sys.argv)


if __name__ == "__main__":
    main()
