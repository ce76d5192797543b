"""Deployment files: the Airflow DAG file (Airflow is not installed here; its operators are
stubbed) builds both DAGs with nothing configured, and its shell commands run the configured
``wirestream`` with the right arguments. ``deploy/airflow/ci-test.sh`` runs the DAGs under real
Airflow 3 in CI."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import types

import pytest

from tests.conftest import ROOT

AIRFLOW = ROOT / "deploy" / "airflow"
SOURCE = (AIRFLOW / "wirestream_dag.py").read_text()


class Recorder:
    """Stands in for ``DAG`` and ``BashOperator``: records what the DAG file builds."""

    dags: list[dict] = []
    tasks: list[dict] = []

    def __init__(self, **kwargs):
        self.kwargs = kwargs

    def __enter__(self):
        Recorder.dags.append(self.kwargs)
        return self

    def __exit__(self, *exc):
        return False


class Bash(Recorder):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        Recorder.tasks.append(kwargs)


@pytest.fixture
def dag_module(monkeypatch):
    Recorder.dags, Recorder.tasks = [], []
    names = ["airflow", "airflow.sdk", "airflow.providers", "airflow.providers.standard",
             "airflow.providers.standard.operators", "airflow.providers.standard.operators.bash"]
    for name in names:
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    sys.modules["airflow.sdk"].DAG = Recorder
    sys.modules["airflow.providers.standard.operators.bash"].BashOperator = Bash
    monkeypatch.setenv("WIRESTREAM_AIRFLOW_RETRIES", "0")
    spec = importlib.util.spec_from_file_location("wirestream_dag", AIRFLOW / "wirestream_dag.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_dag_file_uses_airflow_3_imports_and_reads_no_variable_when_parsed():
    assert "from airflow.sdk import DAG" in SOURCE
    for old in ("airflow.operators.bash", "from airflow import DAG", "airflow.models",
                "Variable.get", "BeamRunPythonPipelineOperator("):
        assert old not in SOURCE


def test_both_dags_build_with_nothing_configured(dag_module):
    assert [d["dag_id"] for d in Recorder.dags] == ["wirestream_poll", "wirestream_compact"]
    assert all(d["max_active_runs"] == 1 and d["default_args"]["retries"] == 0
               for d in Recorder.dags)
    assert [t["task_id"] for t in Recorder.tasks] == ["poll", "compact"]
    assert Recorder.tasks[0]["env"]["WIRESTREAM_BIN"] == (
        "{{ var.value.get('wirestream_bin', '" + dag_module.DEFAULT_BIN + "') }}")


def run(command, tmp_path, **env):
    """``command`` in bash with ``env``; ``wirestream`` in WIRESTREAM_BIN prints its arguments."""
    fake = tmp_path / "bin" / "wirestream"
    fake.parent.mkdir(exist_ok=True)
    fake.write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n')
    fake.chmod(0o755)
    env = {"PATH": "/usr/bin:/bin", "WIRESTREAM_BIN": str(fake.parent), **env}
    return subprocess.run(["bash", "-c", command], env=env, capture_output=True, text=True)


def test_poll_runs_the_configured_wirestream_once(dag_module, tmp_path):
    done = run(dag_module.POLL, tmp_path, WIRESTREAM_CONFIG="/etc/w.yaml", WIRESTREAM_OUTPUT="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:-1] == [
        "run", "--once", "--config", "/etc/w.yaml", "--max-reject-ratio", "0.5",
        "--progress-interval", "0"]
    done = run(dag_module.POLL, tmp_path, WIRESTREAM_CONFIG="/etc/w.yaml",
               WIRESTREAM_OUTPUT="s3://b/news")
    assert done.stdout.split("\n")[4:6] == ["--output", "s3://b/news"]
    done = run(dag_module.POLL, tmp_path, WIRESTREAM_CONFIG="c.yaml",
               WIRESTREAM_BEAM_OPTIONS="--project=p --region=europe-west1")
    assert done.stdout.split("\n")[-5:-1] == [
        "0", "--", "--project=p", "--region=europe-west1"]


def test_poll_and_compact_fail_saying_what_is_not_configured(dag_module, tmp_path):
    done = run(dag_module.POLL, tmp_path, WIRESTREAM_CONFIG="", WIRESTREAM_OUTPUT="")
    assert done.returncode != 0 and "set the Airflow Variable wirestream_config" in done.stderr
    done = run(dag_module.COMPACT, tmp_path, WIRESTREAM_OUTPUT="")
    assert done.returncode != 0 and "set the Airflow Variable wirestream_output" in done.stderr
    done = run(dag_module.POLL, tmp_path, WIRESTREAM_BIN=str(tmp_path / "none"),
               WIRESTREAM_CONFIG="c.yaml")
    assert done.returncode == 2 and "set the Airflow Variable wirestream_bin" in done.stderr


def test_compaction_takes_the_partitions_before_the_day_the_run_is_due(dag_module, tmp_path):
    # Airflow 3: a run due at 2026-12-04 03:30 UTC has run_after (and logical date) that day;
    # "before 2026-12-04" is yesterday's and older partitions, as the docstring says.
    template = "{{ dag_run.run_after.strftime('%Y-%m-%d') }}"
    assert template in dag_module.COMPACT
    command = dag_module.COMPACT.replace(template, "2026-12-04")
    done = run(command, tmp_path, WIRESTREAM_OUTPUT="/data/news")
    assert done.stdout.split("\n")[:-1] == [
        "compact", "--output", "/data/news", "--before", "2026-12-04"]
    assert "yesterday's and older" in dag_module.__doc__
