"""The whole graph passes Beam's construction-time type check.

Local runs skip that check to start sooner (``launcher.type_checks_while_building``): the graph
is the same on every run, so these builds check it once for all of them, in every mode, with one
process and with worker processes.
"""

from __future__ import annotations

import datetime as dt
import json

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions, TypeOptions
from apache_beam.typehints.decorators import TypeCheckError

from pipeline import graph
from pipeline.config import load_config
from pipeline.launcher import type_checks_while_building
from tests.conftest import ROOT

LOCAL = "configs/local.yaml"


def test_only_the_local_runner_skips_the_type_check():
    assert not type_checks_while_building("direct")
    assert [type_checks_while_building(r) for r in ("prism", "flink", "dataflow", "spark")] == [
        True, True, True, True]


def test_the_check_these_builds_rely_on_is_on_and_catches_a_mistyped_step():
    pipeline = beam.Pipeline(options=PipelineOptions(["--runner=FnApiRunner"]))
    assert pipeline.options.view_as(TypeOptions).pipeline_type_check
    words = pipeline | beam.Create(["a"]).with_output_types(str)
    with pytest.raises(TypeCheckError):
        _ = words | beam.Map(lambda n: n + 1).with_input_types(int)


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("mode", [graph.BATCH_MODE, graph.Mode(graph.ONCE, 0.0, None),
                                  graph.Mode(graph.STREAMING, 0.0, 60.0)],
                         ids=lambda mode: mode.name)
def test_every_graph_passes_the_type_check(mode, workers, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # configs/local.yaml names its inputs relative to the root
    config = load_config(LOCAL, [f"run.output={json.dumps(str(tmp_path))}",
                                 f"run.workers={workers}"])
    pipeline = beam.Pipeline(options=PipelineOptions(["--runner=FnApiRunner"]))
    graph.build(pipeline, config, dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC), mode)
    assert pipeline.options.view_as(TypeOptions).pipeline_type_check
