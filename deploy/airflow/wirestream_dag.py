"""Airflow 3: a scheduled wirestream poll every 5 minutes and a daily compaction.

Airflow needs nothing of wirestream's: both tasks run the ``wirestream`` executable of the
project's own venv (``pip install -c constraints.txt .``), so Beam and Airflow never share one
environment. Copy this file into the DAG folder and set these Airflow Variables (or the
``AIRFLOW_VAR_<NAME>`` environment variables); they are read when a task runs, so the file
imports with none of them set:

* ``wirestream_bin``: the ``bin`` directory holding ``wirestream``. Default: the directory of
  the Python running this DAG file, for a project installed into Airflow's own venv.
* ``wirestream_config``: the config YAML (its inputs are the feeds polled). Required by ``poll``.
* ``wirestream_output``: the dataset (a path, ``s3://...`` or ``gs://...``). Default: the
  config's ``run.output`` for ``poll``; required by ``compact``.
* ``wirestream_beam_options``: Beam pipeline options for ``poll`` when the config's
  ``run.runner`` is flink, dataflow or spark, space-separated (``--project=p --region=r ...``).

``WIRESTREAM_AIRFLOW_RETRIES`` (environment of the DAG processor, default 2) sets both tasks'
retries; CI sets it to 0 so a failure ends the run at once.

* ``poll`` runs ``wirestream run --once``: each run reads the feed state and prior article ids
  from the dataset, so a retried or overlapping run writes nothing twice; ``max_active_runs=1``
  keeps two polls off one dataset (``--once`` also takes a lock and exits with its own status if
  another run holds it). A plain ``BashOperator``, not the Beam provider's
  ``BeamRunPythonPipelineOperator``: that one refuses to build without
  ``apache-airflow-providers-google`` even for the DirectRunner and runs ``python3`` from PATH.
* ``compact`` merges yesterday's and older partitions (``wirestream compact --before <the run's
  day>``; the day is the one the run was due on, ``dag_run.run_after`` in UTC, which under
  Airflow 3's logical dates is also ``ds``). It is not a Beam pipeline (pyarrow in one process);
  a compaction that dies is finished by the next one.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG

DEFAULT_BIN = os.path.dirname(sys.executable)
DEFAULTS = {"retries": int(os.environ.get("WIRESTREAM_AIRFLOW_RETRIES", "2")),
            "retry_delay": dt.timedelta(minutes=1)}
ENV = {
    "WIRESTREAM_BIN": "{{ var.value.get('wirestream_bin', '" + DEFAULT_BIN + "') }}",
    "WIRESTREAM_CONFIG": "{{ var.value.get('wirestream_config', '') }}",
    "WIRESTREAM_OUTPUT": "{{ var.value.get('wirestream_output', '') }}",
    "WIRESTREAM_BEAM_OPTIONS": "{{ var.value.get('wirestream_beam_options', '') }}",
}
# Fails the task with a message naming what is missing, rather than `command not found`.
CHECK_BIN = ('test -x "$WIRESTREAM_BIN/wirestream" || { echo "no wirestream in $WIRESTREAM_BIN: '
             'set the Airflow Variable wirestream_bin to the project venv\'s bin" >&2; exit 2; }; ')

POLL = CHECK_BIN + (
    ': "${WIRESTREAM_CONFIG:?set the Airflow Variable wirestream_config (a config YAML)}"; '
    'exec "$WIRESTREAM_BIN/wirestream" run --once --config "$WIRESTREAM_CONFIG" '
    '${WIRESTREAM_OUTPUT:+--output "$WIRESTREAM_OUTPUT"} '
    '--max-reject-ratio 0.5 '  # exit 3 (task fails, Airflow alerts) above half rejects
    '--progress-interval 0'
    # Beam options for --runner flink/dataflow/spark, split on spaces (no quoting).
    '${WIRESTREAM_BEAM_OPTIONS:+ -- $WIRESTREAM_BEAM_OPTIONS}')

COMPACT = CHECK_BIN + (
    ': "${WIRESTREAM_OUTPUT:?set the Airflow Variable wirestream_output (the dataset)}"; '
    'exec "$WIRESTREAM_BIN/wirestream" compact --output "$WIRESTREAM_OUTPUT" '
    "--before {{ dag_run.run_after.strftime('%Y-%m-%d') }}")

with DAG(
    dag_id="wirestream_poll",
    schedule=dt.timedelta(minutes=5),
    start_date=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    catchup=False,  # a poll reads the feeds as they are now; missed slots need no backfill
    max_active_runs=1,
    default_args=DEFAULTS,
    tags=["wirestream"],
):
    BashOperator(task_id="poll", bash_command=POLL, env=ENV, append_env=True)

with DAG(
    dag_id="wirestream_compact",
    schedule="30 3 * * *",  # daily, after the night's late stories have arrived
    start_date=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    catchup=False,
    max_active_runs=1,  # one compaction per dataset at a time
    default_args=DEFAULTS,
    tags=["wirestream"],
):
    # Partitions dated before the day the run is due are closed: yesterday's and older.
    BashOperator(task_id="compact", bash_command=COMPACT, env=ENV, append_env=True)
