"""The pipeline graph: sources -> clean -> outcomes -> entities -> Parquet."""

from __future__ import annotations

import datetime as dt

import apache_beam as beam
import pyarrow.fs as pafs
from apache_beam.io.parquetio import ReadAllFromParquet
from apache_beam.metrics import Metrics

from pipeline.config import Config
from pipeline.sinks import (
    ARTICLES_SCHEMA,
    ENTITIES_SCHEMA,
    REJECTS_SCHEMA,
    WritePartitionedParquet,
    article_partition,
    article_row,
    entity_rows,
    reject_partition,
    reject_row,
)
from pipeline.sources import ReadStories, expand_inputs
from transforms.dedup import PriorArticle, ResolveOutcomes
from transforms.entities import ExtractEntities
from transforms.records import InputSpec, Reject
from transforms.stories import CleanStories

PRIOR_COLUMNS = list(PriorArticle._fields)


def run_key(now: dt.datetime) -> str:
    """Names this run's files; the same clock gives the same names (idempotent re-runs)."""
    return "run" + now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def prior_article_files(output: str) -> list[str]:
    """Article files already in the dataset: the state a scheduled re-run reads."""
    fs, root = pafs.FileSystem.from_uri(output) if "://" in output else (
        pafs.LocalFileSystem(), output)
    selector = pafs.FileSelector(f"{root.rstrip('/')}/articles", recursive=True,
                                 allow_not_found=True)
    scheme = output.split("://", 1)[0] + "://" if "://" in output else ""
    return sorted(scheme + info.path for info in fs.get_file_info(selector)
                  if info.is_file and info.base_name.endswith(".parquet")
                  and not info.base_name.startswith("."))


class _CountRejectFn(beam.DoFn):
    def process(self, reject: Reject, occurred_at: dt.datetime):
        Metrics.counter("rejects", reject.reason).inc()
        yield reject_partition(reject, occurred_at), reject_row(reject, occurred_at)


def build(pipeline: beam.Pipeline, config: Config, now: dt.datetime) -> None:
    """Wire the whole batch job onto ``pipeline``; ``now`` is the run's ingest time."""
    output = config.run.output
    key = run_key(now)
    inputs = expand_inputs(InputSpec(i.location, i.format, i.source) for i in config.inputs)
    prior_files = prior_article_files(output)

    read = (pipeline
            | "Inputs" >> beam.Create(inputs, reshuffle=False)
            | "Read" >> ReadStories(timeout_s=config.fetch.timeout_seconds,
                                    max_bytes=config.fetch.max_bytes))
    cleaned = read.stories | "CleanStories" >> CleanStories(now)
    prior = (pipeline
             | "PriorFiles" >> beam.Create(prior_files, reshuffle=False)
             | "ReadPrior" >> ReadAllFromParquet(columns=PRIOR_COLUMNS)
             | "ToPrior" >> beam.Map(lambda row: PriorArticle(**row)))
    # Re-polls (outcomes[REPOLLS]) are counted by ResolveOutcomes and deliberately not written.
    outcomes = cleaned.stories | "ResolveOutcomes" >> ResolveOutcomes(prior)
    articles = outcomes["written"]
    if config.entities.enabled:
        articles = articles | "ExtractEntities" >> ExtractEntities(
            config.entities.model, config.entities.batch_size)

    (articles
     | "KeyArticles" >> beam.Map(lambda s: (article_partition(s), article_row(s)))
     | "WriteArticles" >> WritePartitionedParquet(
         output, key, ARTICLES_SCHEMA, "articles",
         lambda r: (r["article_id"], r["version"])))
    (articles
     | "KeyEntities" >> beam.FlatMap(
         lambda s: [(article_partition(s, "entities"), row) for row in entity_rows(s)])
     | "WriteEntities" >> WritePartitionedParquet(
         output, key, ENTITIES_SCHEMA, "entities",
         lambda r: (r["article_id"], r["version"], r["in_title"], r["start_char"])))
    ((read.rejects, cleaned.rejects)
     | "AllRejects" >> beam.Flatten()
     | "KeyRejects" >> beam.ParDo(_CountRejectFn(), now)
     | "WriteRejects" >> WritePartitionedParquet(
         output, key, REJECTS_SCHEMA, "rejects",
         lambda r: (r["origin"], r["reason"], r["detail"])))
