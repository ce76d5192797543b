"""Progress: pure decisions and formatting, the counting steps' tallies, and runs' lines on a
stderr that is no TTY."""

from __future__ import annotations

import re

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.cli import PRISM_BINARY, progress_interval
from pipeline.config import load_config
from pipeline.launcher import (
    Progress,
    format_progress,
    live_progress,
    progress_of,
    render_progress,
)
from pipeline.progress import (
    READ,
    REJECTED,
    WRITTEN,
    CountForProgress,
    ProgressChannel,
    read_tallies,
    tally_path,
    write_tally,
)
from tests.conftest import FIXED_NOW, ROOT, run_cli


def test_numbers_come_from_the_counters():
    counters = {"stage.read.emitted": 95, "stage.read.rejected": 5, "stage.clean.rejected": 2,
                "rejects.malformed_json": 5, "rejects.ValueError": 2, "write.articles_rows": 80}
    assert progress_of(counters, 4.0) == Progress(4.0, 100, 80, 7)
    assert live_progress({READ: 12, WRITTEN: 3, REJECTED: 1}, 2.5) == Progress(2.5, 12, 3, 1)


def test_format_and_render():
    p = Progress(12.34, 10_000, 9_850, 12)
    assert format_progress(p) == (
        "12.3s  read 10,000  written 9,850  rejected 12  810 stories/s")
    assert format_progress(Progress(0.0, 0, 0, 0), final=True) == (
        "done in 0.0s  read 0  written 0  rejected 0")


def test_rate_only_once_it_means_something():
    """No "0 stories/s" on small runs: the rate from 100 stories and 2 seconds on."""
    assert format_progress(Progress(4.1, 17, 16, 1), final=True) == (
        "done in 4.1s  read 17  written 16  rejected 1")
    assert format_progress(Progress(1.5, 500, 500, 0)) == (
        "1.5s  read 500  written 500  rejected 0")
    assert format_progress(Progress(2.0, 100, 99, 1)) == (
        "2.0s  read 100  written 99  rejected 1  50 stories/s")
    assert render_progress("x", is_tty=True) == "\rx\x1b[K"
    assert render_progress("x", is_tty=True, final=True) == "\rx\x1b[K\n"
    assert render_progress("x", is_tty=False) == "wirestream progress: x\n"


def test_interval_decision():
    assert progress_interval(None, is_tty=True) == 0.5
    assert progress_interval(None, is_tty=False) == 30.0
    assert progress_interval(2.0, is_tty=False) == 2.0
    assert progress_interval(-1.0, is_tty=True) == 0.0


def test_run_ends_with_a_final_progress_line_on_stderr(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    # A long interval: no periodic line can appear, so the output does not depend on timing.
    assert run_cli("run", "--config", "configs/local.yaml", "--output", tmp_path, "--now",
                   FIXED_NOW, "--set", "entities.enabled=false",
                   "--progress-interval", "3600") == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.startswith("wirestream progress")]
    assert len(lines) == 1
    assert re.fullmatch(r"wirestream progress: done in \d+\.\ds  read 17  written 16  "
                        r"rejected 1", lines[0])
    assert "progress" not in captured.out
    assert run_cli("run", "--config", "configs/local.yaml", "--output", tmp_path / "quiet",
                   "--now", FIXED_NOW, "--set", "entities.enabled=false",
                   "--progress-interval", "0") == 0
    assert "wirestream progress" not in capsys.readouterr().err


def test_tallies_sum_over_processes_and_instances(tmp_path):
    assert read_tallies(str(tmp_path)) == {READ: 0, WRITTEN: 0, REJECTED: 0}
    first, second = tally_path(str(tmp_path), READ), tally_path(str(tmp_path), READ)
    assert first != second  # one file per DoFn instance, so no two writers share one
    write_tally(first, 5)
    write_tally(second, 7)
    write_tally(first, 9)  # a later count replaces the earlier one
    write_tally(tally_path(str(tmp_path), REJECTED), 2)
    assert read_tallies(str(tmp_path)) == {READ: 16, WRITTEN: 0, REJECTED: 2}
    # A run whose directory is gone (cleaned up) does not fail over its progress.
    write_tally(tmp_path / "gone" / "read.1.x.tally", 3)


def test_counting_steps_report_every_element_in_one_and_in_two_worker_processes(tmp_path):
    for workers in (1, 2):
        channel = ProgressChannel(str(tmp_path / f"w{workers}"))
        (tmp_path / f"w{workers}").mkdir()
        argv = ["--runner=FnApiRunner"]
        if workers > 1:
            argv += [f"--direct_num_workers={workers}", "--direct_running_mode=multi_processing"]
        with beam.Pipeline(options=PipelineOptions(argv)) as p:
            stories = p | beam.Create(range(250))
            stories | "CountRead" >> CountForProgress(channel, READ)
            (stories | beam.Filter(lambda n: n % 10 == 0)
             | "CountRejected" >> CountForProgress(channel, REJECTED))
        assert read_tallies(channel.directory) == {READ: 250, WRITTEN: 0, REJECTED: 25}


def test_live_numbers_only_where_the_workers_share_this_machine():
    for runner, local in (("direct", True), ("prism", True), ("flink", False),
                          ("dataflow", False), ("spark", False)):
        assert load_config(None, ["inputs=[{location: a}]", f"run.runner={runner}"]
                           ).run.on_this_machine is local


@pytest.mark.parametrize("runner", [(), ("--workers", "2"), ("--runner", "prism")],
                         ids=["one_process", "two_worker_processes", "prism"])
def test_live_lines_while_a_run_goes_and_the_final_line_from_its_counters(tmp_path, capsys,
                                                                         monkeypatch, runner):
    """The live numbers come from the workers' tallies (this process, other processes, or
    Prism's loopback workers); the live lines never count more than the run did, and grow."""
    if "prism" in runner and not PRISM_BINARY.is_file():
        pytest.skip(f"Prism binary {PRISM_BINARY} is absent: run `make prism` (needs Go)")
    monkeypatch.chdir(ROOT)
    assert run_cli("run", "--config", "configs/local.yaml", "--output", tmp_path, "--now",
                   FIXED_NOW, "--set", "entities.enabled=false", *runner,
                   "--progress-interval", "0.05") == 0
    lines = [line for line in capsys.readouterr().err.splitlines()
             if line.startswith("wirestream progress")]
    assert lines[-1].startswith("wirestream progress: done in ")
    assert lines[-1].endswith("  read 17  written 16  rejected 1")
    live = [tuple(int(n) for n in re.fullmatch(
        r"wirestream progress: \d+\.\ds  read (\d+)  written (\d+)  rejected (\d+)", line
    ).groups()) for line in lines[:-1]]
    assert live, "a run of several seconds printed no line at a 0.05 s interval"
    assert all(a <= b for earlier, later in zip(live, live[1:], strict=False)
               for a, b in zip(earlier, later, strict=True))
    assert all(read <= 17 and written <= 16 and rejected <= 1 for read, written, rejected in live)
    assert live[-1][0] == 17  # read is over long before the job is
