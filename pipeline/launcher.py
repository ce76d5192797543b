"""Build, run and record one batch run."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Sequence
from typing import Any

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import graph, runrecord
from pipeline.config import Config, to_plain
from transforms.entities import load_ner_pipeline

log = logging.getLogger("wirestream")


def model_info(config: Config) -> dict[str, Any] | None:
    """Fail before the pipeline starts when the model is missing; describe it for the record."""
    if not config.entities.enabled:
        return None
    nlp = load_ner_pipeline(config.entities.model)
    return {"name": config.entities.model, "version": nlp.meta.get("version"),
            "spacy_name": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
            "pipes": list(nlp.pipe_names)}


def run_id(now: dt.datetime, config_hash: str) -> str:
    return f"{graph.run_key(now)}-{config_hash[:8]}"


def launch(config: Config, now: dt.datetime, beam_argv: Sequence[str],
           started: float) -> tuple[dict[str, Any], str]:
    """Run the pipeline to completion; write the run record; return it with a summary."""
    model = model_info(config)
    options = PipelineOptions(list(beam_argv))
    runner = options.get_all_options()["runner"]
    pipeline = beam.Pipeline(options=options)
    graph.build(pipeline, config, now)
    result = pipeline.run()
    result.wait_until_finish()
    config_hash = config.fingerprint()
    rid = run_id(now, config_hash)
    record = runrecord.build_record(
        run_id=rid, now=now, config_hash=config_hash, config=to_plain(config), model=model,
        runner=runner, elapsed_s=time.monotonic() - started,
        counter_values=runrecord.counters(result))
    path = runrecord.write_run_record(config.run.output, rid, record)
    return record, runrecord.summary(record, config.run.output, path)
