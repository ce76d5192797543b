"""Built once per session: a dataset of four scheduled polls (many small files per partition),
and a local Spark (starting it takes most of a Spark test's time)."""

from __future__ import annotations

import os
import sys

import pytest

from tests.conftest import run_cli
from tests.pipeline.wire_polls import write_polls


@pytest.fixture(scope="session")
def polled_dataset(tmp_path_factory):
    """Four polls of one feed with entities: 2-4 files in each partition of 2026-11-24..26."""
    work = tmp_path_factory.mktemp("polled")
    out = work / "out"
    for now, path in write_polls(work):
        assert run_cli("run", "--input", path, "--source", "northline", "--output", out,
                       "--now", now, "--progress-interval", "0") == 0
    return out


@pytest.fixture(scope="session")
def spark():
    """Spark in local mode, set up as the README tells Spark users to read the output."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter
    session = (SparkSession.builder.master("local[1]").appName("wirestream-test")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.shuffle.partitions", "1")  # 200 tasks for a few rows is slow
               # The README's setting: partition values stay text ("0042" is not 42).
               .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
