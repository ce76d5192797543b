"""Build, run and record one run (batch, scheduled or streaming), with live progress."""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import datetime as dt
import gc
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import apache_beam as beam
import grpc
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions, TypeOptions

from pipeline import graph, history, layout, runrecord, storage
from pipeline.config import Config, to_plain
from pipeline.empty_tables import mark_empty_tables
from pipeline.entity_tables import load_entity_tables
from pipeline.feedstate import (
    FEED_POLLS,
    CycleReport,
    cycle_report,
    feed_health,
    is_due,
    read_feed_states,
    streaming_feed_health,
)
from pipeline.logs import worker_output_filtered
from pipeline.polling import is_url, polled_inputs
from pipeline.progress import READ, REJECTED, WRITTEN, ProgressChannel, read_tallies
from transforms.ner_model import model_meta

log = logging.getLogger("wirestream")


def model_info(config: Config) -> dict[str, Any] | None:
    """Fail before the pipeline starts when the model is missing; describe it for the record."""
    if not config.entities.enabled:
        return None
    meta = model_meta(config.entities.model)
    return {"name": config.entities.model, "version": meta.get("version"),
            "spacy_name": f"{meta.get('lang')}_{meta.get('name')}",
            "pipeline": list(meta.get("pipeline", ()))}  # as installed; NER runs only what it needs


def invoked_as() -> str:
    """The command to suggest for follow-ups: the path the user ran, e.g. .venv/bin/wirestream
    after ``make run``, else plain ``wirestream``."""
    program = sys.argv[0] if sys.argv else ""
    return program if Path(program).name == "wirestream" else "wirestream"


def run_id(now: dt.datetime, config_hash: str) -> str:
    return f"{graph.run_key(now)}-{config_hash[:8]}"


# --- progress: pure decisions and formatting ---------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Progress:
    elapsed_s: float
    read: int  # stories read, rejects at read time included
    written: int  # article rows written (new articles and new versions)
    rejected: int
    feeds: CycleReport | None = None  # a poll cycle's feeds (None: no feed was polled)


def progress_of(counters: dict[str, int], elapsed_s: float) -> Progress:
    """The numbers of a finished run, from its Beam counters (``namespace.name -> value``)."""
    counts = runrecord.outcome_counts(counters)
    feeds = cycle_report(counters)
    return Progress(elapsed_s, counts["stories_in"], counters.get("write.articles_rows", 0),
                    counts["rejects"], feeds if feeds.feeds else None)


def live_progress(tallies: dict[str, int], elapsed_s: float) -> Progress:
    """The numbers of a running job, from its counting steps (``pipeline.progress``)."""
    return Progress(elapsed_s, tallies[READ], tallies[WRITTEN], tallies[REJECTED])


# A rate means something only over enough stories and time: a few stories in the first
# second (model loading, the first bundle) would show "0 stories/s" or a wild number.
RATE_MIN_STORIES = 100
RATE_MIN_SECONDS = 2.0


def format_progress(p: Progress, final: bool = False) -> str:
    """``12.3s  read 10,000  written 9,850  rejected 12  813 stories/s``; the rate only from
    ``RATE_MIN_STORIES`` stories and ``RATE_MIN_SECONDS`` seconds on."""
    when = f"done in {p.elapsed_s:.1f}s" if final else f"{p.elapsed_s:.1f}s"
    line = f"{when}  read {p.read:,}  written {p.written:,}  rejected {p.rejected:,}"
    if p.read >= RATE_MIN_STORIES and p.elapsed_s >= RATE_MIN_SECONDS:
        line += f"  {p.read / p.elapsed_s:,.0f} stories/s"
    if p.feeds is not None:
        # Feeds not due are known at once, the others as their polls end.
        line += f"  feeds fetched {p.feeds.fetched:,}"
        if final:
            line += f" of {p.feeds.due:,} due"
        if p.feeds.pending:
            line += f", {p.feeds.pending:,} pending (cycle budget spent)"
    return line


def cycle_record(report: CycleReport, budget_s: float | None) -> dict[str, Any]:
    """The run record's account of a poll cycle: feeds due, fetched and still pending."""
    return {"feeds": report.feeds, "due": report.due, "fetched": report.fetched,
            "pending": report.pending, "overran": report.overran,
            "budget_seconds": None if budget_s is None else round(budget_s, 3)}


def overrun_warning(report: CycleReport, budget_s: float | None) -> str | None:
    """What a scheduler's log should say when a cycle could not fetch every due feed."""
    if not report.overran:
        return None
    return (f"poll cycle overran its budget of {budget_s:g}s: {report.due} feeds due, "
            f"{report.fetched} fetched, {report.pending} still pending (they stay due and go "
            "first next cycle; raise fetch.max_concurrency or the interval)")


def render_progress(line: str, is_tty: bool, final: bool = False) -> str:
    """A terminal gets one line redrawn in place; anything else gets plain log lines."""
    if is_tty:
        return f"\r{line}\x1b[K" + ("\n" if final else "")
    return f"wirestream progress: {line}\n"


# --- progress: the ticker ----------------------------------------------------------------------


class ProgressTicker(threading.Thread):
    """Emits a progress line from the run's tallies every ``interval`` seconds until stopped."""

    def __init__(self, channel: ProgressChannel, started: float, interval: float, is_tty: bool,
                 emit: Callable[[str], None]) -> None:
        super().__init__(name="wirestream-progress", daemon=True)
        self._channel, self._t0, self._interval = channel, started, interval
        self._is_tty, self._emit = is_tty, emit
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(self._interval):
            progress = live_progress(read_tallies(self._channel.directory),
                                     time.monotonic() - self._t0)
            self._emit(render_progress(format_progress(progress), self._is_tty))

    def stop(self) -> None:
        self._halt.set()
        self.join()


# glibc malloc settings for local multi-worker runs, measured on Reuters-21578 (19,043 stories,
# 2 workers); a value the user set wins. This process then only moves each stage's data between
# the workers, in chunks of tens of MB, and glibc's default mmap threshold rises to the largest
# chunk freed, so later chunks come from the heap and stay resident after they are freed: a
# fixed 128 KiB threshold here gives them back (runner process ~900 -> ~500 MiB). Not in the
# workers: there it slows NER's own large arrays by about 6%. The workers (they inherit the
# environment) get two malloc arenas instead of one per thread: about 70 MiB less each.
M_MMAP_THRESHOLD = -3  # mallopt parameter, glibc malloc.h
RUNNER_MMAP_THRESHOLD = 128 * 1024


def tune_malloc_for_local_workers() -> None:
    """Apply the settings above: ``mallopt`` in this process, the environment for workers."""
    os.environ.setdefault("MALLOC_ARENA_MAX", "2")
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        with contextlib.suppress(AttributeError):  # not glibc (macOS, musl): nothing to tune
            ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, RUNNER_MMAP_THRESHOLD)


def type_checks_while_building(runner: str) -> bool:
    """Whether Beam type-checks the graph as it is built (``pipeline_type_check``).

    Not on the local FnApiRunner: the graph is this package's own wiring, the same on every
    run, and tests/pipeline/test_graph_types.py builds it with the check on; skipped, a run
    starts about 0.2 s of CPU sooner (0.55 -> 0.35 s to build the batch graph). Elsewhere the
    types Beam infers while checking choose the coders of keyed state, which a streaming job
    on Prism, Flink or Dataflow keeps across restarts: those runs keep the check.
    """
    return runner != "direct"


@dataclasses.dataclass(frozen=True)
class ProgressSettings:
    interval_s: float  # 0: no progress output
    is_tty: bool
    emit: Callable[[str], None]


def launch(config: Config, now: dt.datetime, beam_argv: Sequence[str], started: float,
           progress: ProgressSettings | None = None,
           mode: graph.Mode = graph.BATCH_MODE,
           rebuild: graph.Rebuild | None = None) -> tuple[dict[str, Any], str]:
    """Run the pipeline to completion; write the run record; return it with a summary.

    A streaming run ends when its ``mode.stop`` passes (the impulse stops, the last windows
    close) or on Ctrl-C, which cancels the job: files appear only by rename, so a stopped
    job leaves no half-written file visible.
    """
    started_at = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=time.monotonic() - started)
    model = model_info(config)
    options = PipelineOptions(list(beam_argv))
    options.view_as(StandardOptions).streaming = mode.name == graph.STREAMING
    if not type_checks_while_building(config.run.runner):
        options.view_as(TypeOptions).pipeline_type_check = False
    show = progress is not None and progress.interval_s > 0
    worker_processes = config.run.runner == "direct" and config.run.workers > 1
    if worker_processes:
        tune_malloc_for_local_workers()
    not_due: dict[str, float] = {}
    if mode.name == graph.ONCE:  # before the cycle: its feeds' next poll times
        before = read_feed_states(config.run.output)
        not_due = {loc: state.next_poll_at for loc, state in before.items()
                   if loc in {p.spec.location for p in polled_inputs(config)}
                   and not is_due(state, now.timestamp())}
    written_to = rebuild.staging if rebuild else config.run.output
    # Before the graph: outcomes look the past up in the id index (built once if missing).
    prepared = layout.remember_v2(config.run.output) + history.ensure_index(config.run.output)
    channel = None
    try:
        with contextlib.ExitStack() as cleanup:
            if worker_processes:
                cleanup.enter_context(worker_output_filtered())
            # Live numbers only where the workers share this machine's disk; remote runners
            # show their own UIs, and every runner gets the final line from the job's counters.
            if show and config.run.on_this_machine:
                channel = ProgressChannel(cleanup.enter_context(
                    tempfile.TemporaryDirectory(prefix="wirestream-progress-")))
            pipeline = beam.Pipeline(options=options)
            graph.build(pipeline, config, now, mode, rebuild, load_entity_tables(config),
                        channel)
            # Readers work on every table from the start (a streaming run's rows come later).
            prepared += mark_empty_tables(config.run.output)
            if channel is not None:
                ticker = ProgressTicker(channel, started, progress.interval_s, progress.is_tty,
                                        progress.emit)
                ticker.start()
                cleanup.callback(ticker.stop)  # runs before the directory is removed
            # Frozen for the run: what is built by now (Beam, the graph) lives until the run
            # ends, and the collector need not walk it again in every full collection.
            gc.freeze()
            cleanup.callback(gc.unfreeze)
            result = pipeline.run()
            try:
                result.wait_until_finish()
            except KeyboardInterrupt:
                log.warning("interrupted: cancelling the job")
                # Beam's own SIGINT handler (portable runners) may already have stopped the
                # job server, and with it the job; then there is nothing left to cancel.
                with contextlib.suppress(ValueError, grpc.RpcError):
                    result.cancel()
                raise
    except BaseException as err:
        # The record says how the run ended, then the error goes on to the CLI.
        status = runrecord.ended_by(err)
        config_hash = config.fingerprint()
        record = runrecord.build_record(
            run_id=run_id(now, config_hash), now=now, config_hash=config_hash,
            config=to_plain(config), model=model, runner=config.run.beam_runner,
            started_at=started_at, ended_at=dt.datetime.now(dt.UTC), counter_values={},
            status=status, files=runrecord.files_written(written_to, started_at))
        record.update(mode=mode.name, error=f"{type(err).__name__}: {err}"[:2000])
        runrecord.write_run_record(config.run.output, record)
        if status == runrecord.INTERRUPTED and not isinstance(err, KeyboardInterrupt):
            raise KeyboardInterrupt from err  # the CLI's Ctrl-C message and exit status
        raise
    prepared += mark_empty_tables(config.run.output)
    counter_values = runrecord.counters(result)
    elapsed = time.monotonic() - started
    if show:
        final = progress_of(counter_values, elapsed)
        progress.emit(render_progress(format_progress(final, final=True), progress.is_tty,
                                      final=True))
    files = runrecord.recorded_files_written(config.run.output, graph.run_key(now))
    if files is None:  # streaming: what changed since the run started
        files = runrecord.files_written(written_to, started_at)
    elif written_to == config.run.output:  # and what was written around it and is still there
        dataset = storage.locate(config.run.output)
        files = sorted({*files, *(f for f in prepared if dataset.exists(f))})
    config_hash = config.fingerprint()
    rid = run_id(now, config_hash)
    record = runrecord.build_record(
        run_id=rid, now=now, config_hash=config_hash, config=to_plain(config), model=model,
        runner=config.run.beam_runner, started_at=started_at, ended_at=dt.datetime.now(dt.UTC),
        counter_values=counter_values, files=files)
    record["mode"] = mode.name
    if mode.name == graph.ONCE:
        report = cycle_report(counter_values)
        budget_s = None if mode.stop is None else mode.stop - mode.start
        record["poll_cycle"] = cycle_record(report, budget_s)
        record["poll_cycle"]["not_modified"] = counter_values.get("poll.not_modified", 0)
        record["poll_cycle"]["unchanged_body"] = counter_values.get("poll.unchanged_body", 0)
        record["poll_cycle"]["next_due_at"] = (
            dt.datetime.fromtimestamp(min(not_due.values()), dt.UTC).isoformat()
            if not_due else None)
        feeds = {p.spec.location: p.spec.source for p in polled_inputs(config)
                 if is_url(p.spec.location)}
        record["feeds"] = feed_health(read_feed_states(config.run.output), feeds)
        warning = overrun_warning(report, budget_s)
        if warning is not None:
            log.warning(warning)
    elif mode.name == graph.STREAMING:
        # Feed states live in Beam state; the poller reported each poll as metrics instead.
        feeds = {p.spec.location: p.spec.source for p in polled_inputs(config)
                 if is_url(p.spec.location)}
        distributions, gauges = runrecord.distributions_and_gauges(result)
        record["feeds"] = streaming_feed_health(counter_values, distributions, gauges, feeds)
        record["counters"] = {k: v for k, v in record["counters"].items()
                              if not k.startswith(FEED_POLLS + ".")}
    record["nothing_written_because"] = runrecord.nothing_written_because(record)
    record["exit_code"], record["exit_reason"] = runrecord.exit_status(
        record, config.run.max_reject_ratio)
    path = runrecord.write_run_record(config.run.output, record)
    return record, runrecord.summary(record, config.run.output, path, invoked_as())
