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
    SIGNATURES_DIR,
    SIGNATURES_SCHEMA,
    WaitOn,
    WritePartitionedParquet,
    article_partition,
    article_row,
    entity_rows,
    partition_path,
    reject_partition,
    reject_row,
)
from pipeline.sources import ReadStories, expand_inputs
from transforms.boilerplate import LearnBoilerplate, RemoveLearnedBoilerplate
from transforms.dedup import PriorArticle, ResolveOutcomes
from transforms.entities import ExtractEntities
from transforms.neardup import SIGNATURES, ClusterNearDuplicates, prior_signature, signature_row
from transforms.records import InputSpec, Reject
from transforms.stories import CleanStories

PRIOR_COLUMNS = list(PriorArticle._fields)


def run_key(now: dt.datetime) -> str:
    """Names this run's files; the same clock gives the same names (idempotent re-runs)."""
    return "run" + now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def dataset_files(output: str, table: str) -> list[str]:
    """Parquet files already in ``<output>/<table>``: the state a scheduled re-run reads."""
    fs, root = pafs.FileSystem.from_uri(output) if "://" in output else (
        pafs.LocalFileSystem(), output)
    selector = pafs.FileSelector(f"{root.rstrip('/')}/{table}", recursive=True,
                                 allow_not_found=True)
    scheme = output.split("://", 1)[0] + "://" if "://" in output else ""
    return sorted(scheme + info.path for info in fs.get_file_info(selector)
                  if info.is_file and info.base_name.endswith(".parquet")
                  and not info.base_name.startswith("."))


class _CountRejectFn(beam.DoFn):
    def process(self, reject: Reject, occurred_at: dt.datetime):
        Metrics.counter("rejects", reject.reason).inc()
        yield reject_partition(reject, occurred_at), reject_row(reject, occurred_at)


def committed_signatures(pipeline: beam.Pipeline, output: str,
                         prior_articles: beam.PCollection) -> beam.PCollection:
    """Signatures of earlier runs whose article rows exist.

    Articles and signatures are written side by side; a run that died between the two left
    either an article without a signature (its copies are not linked: nothing is lost) or a
    signature without an article (ignored here, and the article is written again).
    """
    signatures = (pipeline
                  | "PriorSignatureFiles" >> beam.Create(
                      dataset_files(output, SIGNATURES_DIR), reshuffle=False)
                  | "ReadPriorSignatures" >> ReadAllFromParquet()
                  | "ToSignature" >> beam.Map(prior_signature))
    return (
        {"signature": signatures | "KeySignatureByNode" >> beam.WithKeys(lambda s: s.node),
         "article": prior_articles | "KeyArticleByNode" >> beam.WithKeys(
             lambda p: (p.article_id, p.version))}
        | "JoinWithArticles" >> beam.CoGroupByKey()
        | "KeepCommitted" >> beam.FlatMap(
            lambda kv: kv[1]["signature"] if kv[1]["article"] else []))


def build(pipeline: beam.Pipeline, config: Config, now: dt.datetime) -> None:
    """Wire the whole batch job onto ``pipeline``; ``now`` is the run's ingest time."""
    output = config.run.output
    key = run_key(now)
    inputs = expand_inputs(InputSpec(i.location, i.format, i.source) for i in config.inputs)

    read = (pipeline
            | "Inputs" >> beam.Create(inputs, reshuffle=False)
            | "Read" >> ReadStories(timeout_s=config.fetch.timeout_seconds,
                                    max_bytes=config.fetch.max_bytes))
    cleaned = read.stories | "CleanStories" >> CleanStories(now)
    prior = (pipeline
             | "PriorFiles" >> beam.Create(dataset_files(output, "articles"), reshuffle=False)
             | "ReadPrior" >> ReadAllFromParquet(columns=PRIOR_COLUMNS)
             | "ToPrior" >> beam.Map(lambda row: PriorArticle(**row)))
    # Re-polls (outcomes[REPOLLS]) are counted by ResolveOutcomes and deliberately not written.
    stories = cleaned.stories
    if config.cleaning.learn_boilerplate:
        learned = stories | "LearnBoilerplate" >> LearnBoilerplate(
            config.cleaning.boilerplate_min_stories)
        stories = stories | "RemoveLearnedBoilerplate" >> RemoveLearnedBoilerplate(learned)
    outcomes = stories | "ResolveOutcomes" >> ResolveOutcomes(prior)
    articles = outcomes["written"]
    if config.dedup.near_duplicates:
        clustered = articles | "ClusterNearDuplicates" >> ClusterNearDuplicates(
            committed_signatures(pipeline, output, prior),
            num_perm=config.dedup.num_perm, bands=config.dedup.bands,
            shingle_words=config.dedup.shingle_words, threshold=config.dedup.threshold)
        articles = clustered["stories"]
    if config.entities.enabled:
        articles = articles | "ExtractEntities" >> ExtractEntities(
            model=config.entities.model, batch_size=config.entities.batch_size,
            languages=config.entities.languages, aliases_path=config.entities.aliases,
            patterns_path=config.entities.patterns)

    # Commit order: entities, then articles, then near-duplicate state. A run killed in
    # between leaves articles whose entities exist (a re-run skips those articles as re-polls)
    # and never state that points at an article which was not written.
    entity_files = (
        articles
        | "KeyEntities" >> beam.FlatMap(
            lambda s: [(article_partition(s, "entities"), row) for row in entity_rows(s)])
        | "WriteEntities" >> WritePartitionedParquet(
            output, key, ENTITIES_SCHEMA, "entities",
            lambda r: (r["article_id"], r["version"], r["in_title"], r["start_char"])))
    article_files = (
        articles
        | "KeyArticles" >> beam.Map(lambda s: (article_partition(s), article_row(s)))
        | "AfterEntities" >> WaitOn(entity_files)
        | "WriteArticles" >> WritePartitionedParquet(
            output, key, ARTICLES_SCHEMA, "articles",
            lambda r: (r["article_id"], r["version"])))
    if config.dedup.near_duplicates:
        (clustered[SIGNATURES]
         | "KeySignatures" >> beam.Map(
             lambda s: (partition_path(SIGNATURES_DIR, s.published_at.date(), source=s.source),
                        signature_row(s)))
         | "AfterArticles" >> WaitOn(article_files)
         | "WriteSignatures" >> WritePartitionedParquet(
             output, key, SIGNATURES_SCHEMA, "signatures",
             lambda r: (r["article_id"], r["version"])))
    ((read.rejects, cleaned.rejects)
     | "AllRejects" >> beam.Flatten()
     | "KeyRejects" >> beam.ParDo(_CountRejectFn(), now)
     | "WriteRejects" >> WritePartitionedParquet(
         output, key, REJECTS_SCHEMA, "rejects",
         lambda r: (r["origin"], r["reason"], r["detail"])))
