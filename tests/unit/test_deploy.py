"""Deployment files: the Airflow DAG compiles (Airflow is not installed here) and the operator's
arguments become the right ``wirestream run`` command line."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT

AIRFLOW = ROOT / "deploy" / "airflow"


def test_the_airflow_dag_is_valid_python():
    source = (AIRFLOW / "wirestream_dag.py").read_text()
    compile(source, "wirestream_dag.py", "exec")
    assert "BeamRunPythonPipelineOperator(" in source


def entry():
    spec = importlib.util.spec_from_file_location("wirestream_entry",
                                                  AIRFLOW / "wirestream_entry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_operator_arguments_become_wirestream_flags_then_beam_options():
    argv = ["--runner=DataflowRunner", "--config=/etc/wirestream.yaml", "--output=gs://b/news",
            "--once", "--max-reject-ratio=0.5", "--project=p", "--region=europe-west1",
            "--temp_location=gs://b/tmp", "--labels={\"airflow-version\": \"v3\"}"]
    assert entry().wirestream_argv(argv) == [
        "run", "--runner=dataflow", "--config=/etc/wirestream.yaml", "--output=gs://b/news",
        "--once", "--max-reject-ratio=0.5", "--", "--project=p", "--region=europe-west1",
        "--temp_location=gs://b/tmp", "--labels={\"airflow-version\": \"v3\"}"]
    assert entry().wirestream_argv(["--runner=DirectRunner", "--config=c.yaml"]) == [
        "run", "--runner=direct", "--config=c.yaml"]
