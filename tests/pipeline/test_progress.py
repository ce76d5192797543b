"""Progress: pure decisions and formatting, and one run's final line when stderr is no TTY."""

from __future__ import annotations

import re

from pipeline.cli import progress_interval
from pipeline.launcher import Progress, format_progress, progress_of, render_progress
from tests.conftest import FIXED_NOW, ROOT, run_cli


def test_numbers_come_from_the_counters():
    counters = {"stage.read.emitted": 95, "stage.read.rejected": 5, "stage.clean.rejected": 2,
                "rejects.malformed_json": 5, "rejects.ValueError": 2, "write.articles_rows": 80}
    assert progress_of(counters, 4.0, 3, 9) == Progress(4.0, 100, 80, 7, 3, 9)


def test_format_and_render():
    p = Progress(12.34, 10_000, 9_850, 12, 5, 14)
    assert format_progress(p) == (
        "12.3s  stage 5/14  read 10,000  written 9,850  rejected 12  810 stories/s")
    assert format_progress(Progress(0.0, 0, 0, 0, 0, 0), final=True) == (
        "done in 0.0s  read 0  written 0  rejected 0")


def test_rate_only_once_it_means_something():
    """No "0 stories/s" on small runs: the rate from 100 stories and 2 seconds on."""
    assert format_progress(Progress(4.1, 17, 16, 1, 24, 24), final=True) == (
        "done in 4.1s  stage 24/24  read 17  written 16  rejected 1")
    assert format_progress(Progress(1.5, 500, 500, 0, 3, 9)) == (
        "1.5s  stage 3/9  read 500  written 500  rejected 0")
    assert format_progress(Progress(2.0, 100, 99, 1, 3, 9)) == (
        "2.0s  stage 3/9  read 100  written 99  rejected 1  50 stories/s")
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
    assert re.fullmatch(r"wirestream progress: done in \d+\.\ds  stage (\d+)/\1  read 17  "
                        r"written 16  rejected 1", lines[0])
    assert "progress" not in captured.out
    assert run_cli("run", "--config", "configs/local.yaml", "--output", tmp_path / "quiet",
                   "--now", FIXED_NOW, "--set", "entities.enabled=false",
                   "--progress-interval", "0") == 0
    assert "wirestream progress" not in capsys.readouterr().err
