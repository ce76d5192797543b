"""The command line as a user meets it: help, validation, and errors that name the fix."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, run_cli


def test_help_explains_every_run_flag(capsys):
    with pytest.raises(SystemExit) as exited:
        run_cli("run", "--help")
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for flag in ("--config", "--set", "--input", "--format", "--source", "--output", "--runner",
                 "--workers", "--now", "--max-reject-ratio", "FnApiRunner", "after '--'"):
        assert flag in text


def test_validate_config_prints_the_resolved_config(capsys):
    assert run_cli("validate-config", ROOT / "configs" / "local.yaml") == 0
    captured = capsys.readouterr()
    assert "source: desk-export" in captured.out
    assert "valid (config hash " in captured.err


def test_validate_config_names_the_bad_key(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("inputs: [{location: x}]\nentities: {modle: foo}\n")
    assert run_cli("validate-config", bad) == 2
    assert capsys.readouterr().err == (
        "wirestream: config error: unknown config key 'entities.modle' "
        "(did you mean 'entities.model'?)\n")


def test_validate_config_names_every_bad_key_at_once(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("inputs:\n  - {location: a, format: csv}\n"
                   "run: {ouput: x, workers: two, runner: local}\n"
                   "fetch:\n  timeout_seconds: -5\n")
    assert run_cli("validate-config", bad) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"wirestream: config error: 5 errors in {bad}:",
        "  unknown config key 'run.ouput' (did you mean 'run.output'?)",
        "  run.workers: expected a whole number, got 'two'",
        "  inputs[0].format: must be one of auto, rss, text, jsonl, html",
        "  run.runner: must be one of direct, prism, flink, dataflow, spark",
        "  fetch.timeout_seconds: must be positive"]


def test_yaml_syntax_error_names_the_file_line_and_column(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("inputs:\n  - location: a\nrun: {output: x\nfetch:\n  timeout_seconds: 5\n")
    assert run_cli("validate-config", bad) == 2
    assert capsys.readouterr().err == (
        f"wirestream: config error: config file '{bad}' is not valid YAML: {bad}:4:6: "
        "expected ',' or '}', but got ':' (while parsing a flow mapping at line 3, "
        "column 6)\n")


def test_missing_input_is_a_clear_error(tmp_path, capsys):
    assert run_cli("run", "--input", tmp_path / "nope" / "*.xml", "--output", tmp_path) == 2
    assert capsys.readouterr().err == (
        f"wirestream: no input matched '{tmp_path}/nope/*.xml': check the path or quote the "
        "glob\n")


def test_missing_model_fails_before_the_pipeline_with_the_fix(tmp_path, capsys):
    story = tmp_path / "s.txt"
    story.write_text("Headline\n\nBody.\n")
    assert run_cli("run", "--input", story, "--output", tmp_path / "out",
                   "--set", "entities.model=xx_no_such_pipeline") == 2
    err = capsys.readouterr().err
    assert "spaCy pipeline 'xx_no_such_pipeline' is not installed" in err
    assert "set entities.model" in err
    assert not (tmp_path / "out").exists()


def test_run_needs_something_to_read(capsys):
    assert run_cli("run", "--output", "x") == 2
    assert "pass --config FILE or at least one --input" in capsys.readouterr().err


def test_bad_source_id_on_the_command_line(tmp_path, capsys):
    assert run_cli("run", "--input", tmp_path, "--source", "../etc", "--output", tmp_path) == 2
    assert "inputs[0].source: '../etc' is not a valid source id" in capsys.readouterr().err


def test_a_stray_argument_is_refused_by_name_before_anything_runs(tmp_path, capsys):
    story = tmp_path / "s.txt"
    story.write_text("Headline\n\nBody.\n")
    out = tmp_path / "out"
    assert run_cli("run", "--input", story, "--workers", "2", "extra.txt", "--output", out) == 2
    assert capsys.readouterr().err == (
        "wirestream: config error: unexpected argument 'extra.txt': wirestream flags come "
        "first, Beam pipeline options after '--' (e.g. -- --flink_master=host:8081)\n")
    assert not out.exists()


def test_a_source_id_readers_would_read_as_a_number_is_refused_with_a_name_to_use(tmp_path,
                                                                                  capsys):
    assert run_cli("run", "--input", tmp_path, "--source", "0042", "--output", tmp_path) == 2
    assert capsys.readouterr().err == (
        "wirestream: config error: inputs[0].source: '0042' is not a valid source id: readers "
        "that infer partition types (DuckDB, Polars, pandas, pyarrow, Spark) would read it as a "
        "number, date or boolean, not as text ('0042' becomes 42): use a name such as "
        "'src-0042'\n")


@pytest.mark.parametrize(("option", "instead"), [
    ("--runner=PrismRunner", "--runner (run.runner)"),
    ("--direct_num_workers=4", "--workers N (run.workers)"),
    ("--direct_running_mode=multi_threading",
     "--workers N (run.workers; more than 1 runs worker processes)"),
])
def test_the_runner_and_its_workers_come_from_the_config_alone(tmp_path, capsys, option,
                                                               instead):
    """One source of truth: the run record, progress and worker set-up follow run.runner and
    run.workers, so Beam options after '--' may not contradict them."""
    out = tmp_path / "out"
    assert run_cli("run", "--input", tmp_path, "--output", out, "--", option) == 2
    assert capsys.readouterr().err == (
        f"wirestream: config error: {option.split('=')[0]} after '--': the runner and its "
        f"workers come from the config alone; use {instead}\n")
    assert not out.exists()
