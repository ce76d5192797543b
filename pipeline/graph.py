"""The pipeline graph: sources -> clean -> outcomes -> entities -> Parquet.

One graph, three modes that share every stage and differ in small branches:

* ``batch``: read every input once; outcomes against the dataset; writes in commit order.
* ``once`` (scheduled micro-batch): batch, but feeds are polled with the state of the last
  scheduled run (validators, body hash, seen items, backoff), committed after the data.
* ``streaming``: a ``PeriodicImpulse`` polls feeds and watches folders; element timestamps are
  the poll tick (ingest time); outcomes by a stateful DoFn with expiring state; writes in
  fixed ingest-time windows with late panes. Learned boilerplate and near-duplicate clusters
  are learned as the stream goes, in bounded per-source and per-band state; ``duplicate_of``
  is batch-only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import apache_beam as beam
from apache_beam.io.parquetio import ReadAllFromParquet
from apache_beam.metrics import Metrics
from apache_beam.transforms import trigger, window

from pipeline.config import Config, StreamingConfig
from pipeline.entity_tables import load_aliases, load_patterns
from pipeline.feedstate import FeedState, read_feed_states, write_feed_states
from pipeline.polling import (
    FEED_STATES,
    PollFeedsOnceFn,
    PollInputs,
    by_fetch_shard,
    fetch_settings,
    is_url,
    polled_inputs,
)
from pipeline.progress import READ, REJECTED, WRITTEN, CountForProgress, ProgressChannel
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
from pipeline.storage import Rebuild, dataset_files
from transforms.boilerplate import LearnBoilerplate, RemoveLearnedBoilerplate
from transforms.dedup import PriorArticle, ResolveOutcomes
from transforms.entities import ExtractEntities
from transforms.neardup import SIGNATURES, ClusterNearDuplicates, prior_signature, signature_row
from transforms.records import InputSpec, Reject
from transforms.stories import CleanStories
from transforms.stream_boilerplate import RemoveBoilerplateAsLearned
from transforms.stream_dedup import ResolveStreamingOutcomes
from transforms.stream_neardup import ClusterNearDuplicatesInStream, own_cluster

PRIOR_COLUMNS = list(PriorArticle._fields)


def run_key(now: dt.datetime) -> str:
    """Names this run's files; the same clock gives the same names (idempotent re-runs)."""
    return "run" + now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


class _CountRejectFn(beam.DoFn):
    """``occurred_at``: the batch run's clock; None (streaming): the element's ingest time."""

    def process(self, reject: Reject, occurred_at: dt.datetime | None,
                timestamp=beam.DoFn.TimestampParam):
        when = occurred_at or timestamp.to_utc_datetime(has_tz=True)
        Metrics.counter("rejects", reject.reason).inc()
        yield reject_partition(reject, when), reject_row(reject, when)


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


BATCH, ONCE, STREAMING = "batch", "once", "streaming"


@dataclasses.dataclass(frozen=True)
class Mode:
    """How a run reads and writes; ``start``/``stop`` (epoch seconds) bound a streaming run.

    In ``once`` mode ``stop`` is the poll cycle's budget: no fetch starts that could not end
    by then (None: no limit).
    """

    name: str = BATCH
    start: float = 0.0
    stop: float | None = None  # None: poll until stopped


BATCH_MODE = Mode()


def writer_windowing(settings: StreamingConfig) -> beam.WindowInto:
    """Fixed ingest-time windows; on time at the watermark, then one pane per late element.

    DISCARDING, so each pane holds only rows no earlier pane wrote: a late pane becomes a new
    file next to the first, never a rewrite of it.
    """
    return beam.WindowInto(
        window.FixedWindows(settings.window_seconds),
        trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
        allowed_lateness=settings.allowed_lateness_seconds,
        accumulation_mode=trigger.AccumulationMode.DISCARDING)


def _read(pipeline: beam.Pipeline, config: Config, now: dt.datetime, mode: Mode):
    """Stories and read rejects; in ``once`` mode also the feed states to commit."""
    fetch = fetch_settings(config)
    # Feeds are split by host into one fetch shard per worker: each shard is one element that
    # a worker polls concurrently, and all feeds of a host stay within one per-host limit.
    shards = config.run.workers
    if mode.name == STREAMING:
        polled = pipeline | "PollInputs" >> PollInputs(
            polled_inputs(config), start=mode.start, stop=mode.stop,
            tick_s=config.streaming.tick_seconds, fetch=fetch, shards=shards)
        return polled["stories"], polled["rejects"], None
    files = [i for i in config.inputs if mode.name == BATCH or not is_url(i.location)]
    inputs = expand_inputs(InputSpec(i.location, i.format, i.source) for i in files)
    read = (pipeline
            | "Inputs" >> beam.Create(inputs, reshuffle=False)
            | "Read" >> ReadStories(timeout_s=fetch.timeout_s, max_bytes=fetch.max_bytes,
                                    max_concurrency=fetch.max_concurrency,
                                    max_per_host=fetch.max_per_host, shards=shards))
    if mode.name == BATCH:
        return read.stories, read.rejects, None
    states = read_feed_states(config.run.output)
    feeds = [(p, states.get(p.spec.location, FeedState()))
             for p in polled_inputs(config) if is_url(p.spec.location)]
    polled = (pipeline
              | "Feeds" >> beam.Create(feeds, reshuffle=False)
              | "ByFetchShard" >> beam.Map(by_fetch_shard, shards)
              | "GroupShards" >> beam.GroupByKey()
              | "PollFeeds" >> beam.ParDo(PollFeedsOnceFn(now.timestamp(), fetch, mode.stop)
                                          ).with_outputs("rejects", FEED_STATES, main="stories"))
    return ((read.stories, polled.stories) | "AllStories" >> beam.Flatten(),
            (read.rejects, polled.rejects) | "AllReadRejects" >> beam.Flatten(),
            polled[FEED_STATES])


def build(pipeline: beam.Pipeline, config: Config, now: dt.datetime,
          mode: Mode = BATCH_MODE, rebuild: Rebuild | None = None,
          progress: ProgressChannel | None = None) -> None:
    """Wire the whole job onto ``pipeline``; ``now`` is the run's ingest time (batch, once).

    ``rebuild`` (``--reprocess``): prior articles leave out the dates being rebuilt, so their
    stories are written again, into a staging root that replaces those partitions afterwards.
    ``progress``: where a local run counts stories read, written and rejected as it goes.
    """
    output = config.run.output
    target = rebuild.staging if rebuild else output
    key = run_key(now)
    streaming = mode.name == STREAMING

    stories, read_rejects, feed_states = _read(pipeline, config, now, mode)
    if progress is not None:
        stories | "CountRead" >> CountForProgress(progress, READ)
        read_rejects | "CountReadRejects" >> CountForProgress(progress, READ)
    cleaned = stories | "CleanStories" >> CleanStories(None if streaming else now)
    prior = (pipeline
             | "PriorFiles" >> beam.Create(
                 dataset_files(output, "articles", rebuild.dates if rebuild else None),
                 reshuffle=False)
             | "ReadPrior" >> ReadAllFromParquet(columns=PRIOR_COLUMNS)
             | "ToPrior" >> beam.Map(lambda row: PriorArticle(**row)))
    # Re-polls (outcomes[REPOLLS]) are counted by the outcome stage and deliberately not written.
    stories = cleaned.stories
    if config.cleaning.learn_boilerplate and not streaming:
        learned = stories | "LearnBoilerplate" >> LearnBoilerplate(
            config.cleaning.boilerplate_min_stories)
        stories = stories | "RemoveLearnedBoilerplate" >> RemoveLearnedBoilerplate(learned)
    if streaming:
        articles = (stories
                    | "ResolveOutcomes" >> ResolveStreamingOutcomes(
                        prior, config.streaming.dedup_horizon_seconds))["written"]
        # After outcomes: re-polls are not written, so they neither count as stories of their
        # source nor cost state.
        if config.cleaning.learn_boilerplate:
            articles = articles | "RemoveBoilerplateAsLearned" >> RemoveBoilerplateAsLearned(
                min_stories=config.cleaning.boilerplate_min_stories,
                warmup_stories=config.streaming.boilerplate_warmup_stories,
                max_tracked_lines=config.streaming.boilerplate_max_tracked_lines)
        if config.dedup.near_duplicates:
            articles = articles | "ClusterNearDuplicates" >> ClusterNearDuplicatesInStream(
                num_perm=config.dedup.num_perm, bands=config.dedup.bands,
                shingle_words=config.dedup.shingle_words, threshold=config.dedup.threshold,
                horizon_s=config.streaming.near_duplicate_horizon_seconds,
                max_band_members=config.streaming.max_band_members)
        else:
            articles = articles | "OwnCluster" >> beam.Map(own_cluster)
        articles = articles | "WindowForWriting" >> writer_windowing(config.streaming)
    else:
        articles = (stories | "ResolveOutcomes" >> ResolveOutcomes(prior))["written"]
    near_duplicates = config.dedup.near_duplicates and not streaming
    if near_duplicates:
        clustered = articles | "ClusterNearDuplicates" >> ClusterNearDuplicates(
            committed_signatures(pipeline, output, prior),
            num_perm=config.dedup.num_perm, bands=config.dedup.bands,
            shingle_words=config.dedup.shingle_words, threshold=config.dedup.threshold)
        articles = clustered["stories"]
    if config.entities.enabled:
        articles = articles | "ExtractEntities" >> ExtractEntities(
            model=config.entities.model, batch_size=config.entities.batch_size,
            languages=config.entities.languages,
            aliases=load_aliases(config.entities.aliases or ()),
            patterns=load_patterns(config.entities.patterns),
            spread_over_workers=not config.run.in_one_process,
            # A name's label checked against the whole run needs the whole run: bounded only.
            across_run=not streaming)

    # Commit order (bounded runs): entities, then articles, then near-duplicate state, then
    # feed state. A run killed in between leaves articles whose entities exist (a re-run skips
    # those articles as re-polls), never state that points at an article which was not written,
    # and never feed state claiming items whose rows are missing. Streaming writes each window
    # as it closes; a retried bundle rewrites the same file names.
    entity_files = (
        articles
        | "KeyEntities" >> beam.FlatMap(
            lambda s: [(article_partition(s, "entities"), row) for row in entity_rows(s)])
        | "WriteEntities" >> WritePartitionedParquet(
            target, key, ENTITIES_SCHEMA, "entities",
            lambda r: (r["article_id"], r["version"], r["in_title"], r["start_char"])))
    keyed_articles = articles | "KeyArticles" >> beam.Map(
        lambda s: (article_partition(s), article_row(s)))
    if not streaming:
        keyed_articles = keyed_articles | "AfterEntities" >> WaitOn(entity_files)
    if progress is not None:
        keyed_articles | "CountWritten" >> CountForProgress(progress, WRITTEN)
    article_files = keyed_articles | "WriteArticles" >> WritePartitionedParquet(
        target, key, ARTICLES_SCHEMA, "articles", lambda r: (r["article_id"], r["version"]))
    if near_duplicates:
        (clustered[SIGNATURES]
         | "KeySignatures" >> beam.Map(
             lambda s: (partition_path(SIGNATURES_DIR, s.published_at.date(), source=s.source),
                        signature_row(s)))
         | "AfterArticles" >> WaitOn(article_files)
         | "WriteSignatures" >> WritePartitionedParquet(
             target, key, SIGNATURES_SCHEMA, "signatures",
             lambda r: (r["article_id"], r["version"])))
    rejects = (read_rejects, cleaned.rejects) | "AllRejects" >> beam.Flatten()
    if streaming:
        rejects = rejects | "WindowRejectsForWriting" >> writer_windowing(config.streaming)
    if progress is not None:
        rejects | "CountRejected" >> CountForProgress(progress, REJECTED)
    reject_files = (
        rejects
        | "KeyRejects" >> beam.ParDo(_CountRejectFn(), None if streaming else now)
        | "WriteRejects" >> WritePartitionedParquet(
            target, key, REJECTS_SCHEMA, "rejects",
            lambda r: (r["origin"], r["reason"], r["detail"])))
    if feed_states is not None:
        (feed_states
         | "AfterData" >> WaitOn((article_files, reject_files)
                                 | "DataWritten" >> beam.Flatten())
         | "AllFeedStates" >> beam.combiners.ToList()
         | "CommitFeedStates" >> beam.Map(lambda states: write_feed_states(output,
                                                                           dict(states))))
