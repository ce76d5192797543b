"""Run records say when a run started and ended, how it ended, what it wrote and which code
wrote it, and a re-run never overwrites an earlier record."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import time

import apache_beam as beam
import pytest

from pipeline import graph, launcher, runrecord
from pipeline.config import load_config
from tests.conftest import FIXED_NOW, ROOT, run_cli

RUN_ID = "run20261128T120000Z-"
JSONL = ROOT / "samples/jsonl/desk-export.jsonl"


def records(out) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted((out / "_runs").glob("*.json"))}


def checkout_revision() -> dict:
    head = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()
    status = subprocess.run(["git", "-C", ROOT, "status", "--porcelain",
                             "--untracked-files=no"], capture_output=True, text=True,
                            check=True).stdout
    return {"version": "0.1.0", "git_commit": head, "git_dirty": bool(status.strip())}


def dataset_files(out) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*")
                  if p.is_file() and p.parts[len(out.parts)] != "_runs")


def test_a_rerun_with_the_same_clock_keeps_both_records(tmp_path):
    out = tmp_path / "out"
    run = ("run", "--input", JSONL, "--source", "desk", "--output", out, "--now", FIXED_NOW,
           "--set", "entities.enabled=false", "--progress-interval", "0")
    before = dt.datetime.now(dt.UTC)
    assert run_cli(*run) == 0
    written_first = dataset_files(out)
    assert run_cli(*run) == 0
    after = dt.datetime.now(dt.UTC)

    by_id = records(out)
    run_id = min(by_id)
    assert run_id.startswith(RUN_ID) and sorted(by_id) == [run_id, f"{run_id}-2"]
    first, second = by_id[run_id], by_id[f"{run_id}-2"]
    assert (first["run_id"], second["run_id"]) == (run_id, f"{run_id}-2")
    for record in (first, second):
        assert (record["status"], record["exit_code"], record["exit_reason"]) == (
            "succeeded", 0, None)
        started = dt.datetime.fromisoformat(record["started_at"])
        ended = dt.datetime.fromisoformat(record["ended_at"])
        assert started.utcoffset() == ended.utcoffset() == dt.timedelta(0)
        assert before - dt.timedelta(seconds=1) <= started <= ended <= after
        assert record["elapsed_seconds"] == round((ended - started).total_seconds(), 3)
        assert record["code"] == checkout_revision()
    # Everything the first run left in the dataset, the empty entities table's marker too.
    assert first["files_written"] == written_first
    assert "entities/date=1970-01-01/part-empty.parquet" in written_first
    # The second run re-polled every story; only the malformed line's reject is written again.
    [reject] = second["files_written"]
    assert reject.startswith("rejects/date=2026-11-28/stage=read/part-run20261128T120000Z-")


def test_a_run_whose_every_story_is_rejected_records_exit_status_3(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "cut off\n', encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("run", "--input", bad, "--output", out, "--now", FIXED_NOW, "--set",
                   "entities.enabled=false", "--progress-interval", "0") == 3
    [record] = records(out).values()
    assert (record["status"], record["exit_code"], record["exit_reason"]) == (
        "succeeded", 3, "every story read (1) was rejected")


class _FailFn(beam.DoFn):
    def process(self, element):
        raise ValueError("disk on fire")


class _CtrlCFn(beam.DoFn):
    """What Ctrl-C does: SIGINT to the process (the runner's main thread gets it)."""

    def process(self, element):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)  # the main thread stops the run meanwhile
        yield element


@pytest.mark.parametrize(("step", "status", "exit_code", "error"), [
    (_FailFn(), "failed", 1, "disk on fire"),
    (_CtrlCFn(), "interrupted", 130, "KeyboardInterrupt"),
])
def test_a_run_that_does_not_finish_records_how_it_ended(tmp_path, monkeypatch, step, status,
                                                         exit_code, error):
    out = tmp_path / "out"
    config = load_config(None, [f"inputs=[{{location: {JSONL}, source: desk}}]",
                                f"run.output={out}", f"run.now={FIXED_NOW}",
                                "entities.enabled=false"])
    build = graph.build

    def build_then_fail(pipeline, *args, **kwargs):
        build(pipeline, *args, **kwargs)
        _ = pipeline | "Stop" >> beam.Create([1]) | "Fail" >> beam.ParDo(step)

    monkeypatch.setattr(graph, "build", build_then_fail)
    with pytest.raises(BaseException) as raised:
        launcher.launch(config, config.run.now, ["--runner=FnApiRunner"], 0.0)
    [record] = records(out).values()
    assert (record["status"], record["exit_code"], record["exit_reason"]) == (
        status, exit_code, None)
    assert error in record["error"]
    # Ctrl-C reaches the CLI as KeyboardInterrupt (its message, exit 130) even when Beam
    # re-raised it from the step that was running as a RuntimeError.
    assert isinstance(raised.value, KeyboardInterrupt) == (status == "interrupted")
    assert record["code"] == checkout_revision()
    assert record["started_at"] <= record["ended_at"]


def test_code_revision_outside_a_checkout_is_the_version_alone(tmp_path):
    (tmp_path / "pipeline").mkdir()
    assert runrecord.code_revision(tmp_path / "pipeline") == {
        "version": "0.1.0", "git_commit": None, "git_dirty": None}


def test_unused_run_id_suffixes_repeats():
    assert runrecord.unused_run_id(set().__contains__, "r") == "r"
    assert runrecord.unused_run_id({"r.json", "r-2.json"}.__contains__, "r") == "r-3"
