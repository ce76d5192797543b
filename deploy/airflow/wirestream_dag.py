"""Airflow: a scheduled wirestream poll every 5 minutes and a daily compaction.

Install the project on the Airflow workers (``pip install -c constraints.txt .`` plus
``apache-airflow-providers-apache-beam``), copy this file and ``wirestream_entry.py`` into the
DAG folder, and set the Airflow Variables ``wirestream_config`` (a config YAML path) and
``wirestream_output`` (the dataset: a path, ``s3://...`` or ``gs://...``).

* ``poll`` runs ``wirestream run --once`` through ``BeamRunPythonPipelineOperator``: each run
  reads the feed state and prior article ids from the dataset, so a retried or overlapping run
  writes nothing twice; ``max_active_runs=1`` keeps two polls off one dataset (``--once`` also
  takes a lock and exits with its own status if another run holds it).
* ``compact`` merges yesterday's and older partitions (``wirestream compact``). It is not a Beam
  pipeline (pyarrow in one process), so a plain ``BashOperator`` runs it; a compaction that dies
  is finished by the next one.
"""

from __future__ import annotations

import datetime as dt
import os

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator
from airflow.providers.apache.beam.operators.beam import BeamRunPythonPipelineOperator

ENTRY = os.path.join(os.path.dirname(__file__), "wirestream_entry.py")
DEFAULTS = {"retries": 2, "retry_delay": dt.timedelta(minutes=1)}

with DAG(
    dag_id="wirestream_poll",
    schedule=dt.timedelta(minutes=5),
    start_date=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    catchup=False,  # a poll reads the feeds as they are now; missed slots need no backfill
    max_active_runs=1,
    default_args=DEFAULTS,
    tags=["wirestream"],
):
    BeamRunPythonPipelineOperator(
        task_id="poll",
        py_file=ENTRY,
        runner="DirectRunner",  # wirestream's local FnApiRunner; "DataflowRunner" needs
        # pipeline_options project, region, temp_location and sdk_container_image (README)
        pipeline_options={
            "config": Variable.get("wirestream_config"),
            "output": Variable.get("wirestream_output"),
            "once": True,
            "max-reject-ratio": 0.5,  # exit 3 (task fails, Airflow alerts) above half rejects
            "progress-interval": 0,
        },
    )

with DAG(
    dag_id="wirestream_compact",
    schedule="30 3 * * *",  # daily, after the night's late stories have arrived
    start_date=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    catchup=False,
    max_active_runs=1,  # one compaction per dataset at a time
    default_args=DEFAULTS,
    tags=["wirestream"],
):
    BashOperator(
        task_id="compact",
        # Partitions dated before yesterday are closed; {{ ds }} is the run's logical date.
        bash_command="wirestream compact --output {{ var.value.wirestream_output }} "
                     "--before {{ macros.ds_add(ds, -1) }}",
    )
