"""The pipeline graph, read like its diagram (README, "Development"):

    batch, once:  Read -> Clean -> RemoveBoilerplate -> Outcomes -> NearDuplicates
                       -> Entities -> WriteTables
    streaming:    Read -> Clean -> Outcomes -> RemoveBoilerplate -> NearDuplicates
                       -> WindowForWriting -> Entities -> WriteTables

Every stage is a labelled composite defined here (one hop to the transforms it wires) and
returns a ``Staged``: the stories that go on, its rejects, and state to commit after the data.
``WriteTables`` (``pipeline/sinks.py``) owns each table's partitions, row identity and commit
order. Nothing is read while the graph is built: what a run needs from the dataset's past (ids
and content hashes of its own stories, near-copy candidates published within the horizon) is
looked up by steps of the graph (``pipeline.history``), never the dataset as a whole; the feed
states are read by a step too, and the entity tables by the launcher.

Modes:

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
from apache_beam.transforms import trigger, window

from pipeline.config import Config, DedupConfig, EntitiesConfig, StreamingConfig
from pipeline.entity_tables import EntityTables
from pipeline.feedstate import FeedState, read_feed_states
from pipeline.history import CommittedSignatures, LookUpPriorArticles, PriorLookup, WriteClaims
from pipeline.polling import (
    FEED_STATES,
    PolledInput,
    PollFeedsOnceFn,
    PollInputs,
    by_fetch_shard,
    fetch_settings,
    is_url,
    polled_inputs,
)
from pipeline.progress import READ, REJECTED, WRITTEN, CountForProgress, ProgressChannel
from pipeline.sinks import WriteTables
from pipeline.sources import ReadStories, expand_inputs
from pipeline.storage import DateRange, Rebuild
from transforms import deadletters
from transforms.boilerplate import LearnBoilerplate, RemoveLearnedBoilerplate
from transforms.deadletters import REJECTS, Count, Staged, all_rejects
from transforms.dedup import ResolveOutcomes
from transforms.entities import ExtractEntities
from transforms.neardup import SIGNATURES, ClusterNearDuplicates
from transforms.records import InputSpec
from transforms.stories import CleanStories
from transforms.stream_boilerplate import RemoveBoilerplateAsLearned
from transforms.stream_dedup import ResolveStreamingOutcomes
from transforms.stream_neardup import ClusterNearDuplicatesInStream, own_cluster


def run_key(now: dt.datetime) -> str:
    """Names this run's files; the same clock gives the same names (idempotent re-runs)."""
    return "run" + now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


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


# --- steps that read the dataset (run time, never while building) ------------------------------


def feeds_with_states(output: str, feeds: list[PolledInput]) -> list[tuple[PolledInput,
                                                                            FeedState]]:
    """Each polled feed with the state the last scheduled run committed (fresh when none)."""
    states = read_feed_states(output)
    return [(p, states.get(p.spec.location, FeedState())) for p in feeds]


# --- the stages ---------------------------------------------------------------------------------


def counted(stage: str, stories: beam.PCollection, rejects: beam.PCollection,
            state: beam.PCollection | None = None) -> Staged:
    """A stage's result, its stories counted as emitted (its received were counted on the way
    in, and the dead letters count the rejects as they make them)."""
    return Staged(stories | "CountEmitted" >> Count(stage, "emitted"), rejects, state)


class Read(beam.PTransform):
    """Inputs -> raw stories and read rejects; in ``once`` mode also the feed states to commit.

    Feeds are split by host into one fetch shard per worker: each shard is one element that a
    worker polls concurrently, and all feeds of a host stay within one per-host limit.
    """

    def __init__(self, config: Config, now: dt.datetime, mode: Mode) -> None:
        super().__init__()
        self._config, self._now, self._mode = config, now, mode

    def expand(self, begin):
        config, mode = self._config, self._mode
        fetch = fetch_settings(config)
        shards = config.run.workers
        if mode.name == STREAMING:
            polled = begin | "PollInputs" >> PollInputs(
                polled_inputs(config), start=mode.start, stop=mode.stop,
                tick_s=config.streaming.tick_seconds, fetch=fetch, shards=shards)
            return self._counted(polled["stories"], polled[REJECTS], None)
        files = [i for i in config.inputs if mode.name == BATCH or not is_url(i.location)]
        inputs = expand_inputs(InputSpec(i.location, i.format, i.source) for i in files)
        read = (begin
                | "Inputs" >> beam.Create(inputs, reshuffle=False)
                | "ReadInputs" >> ReadStories(
                    timeout_s=fetch.timeout_s, max_bytes=fetch.max_bytes,
                    max_concurrency=fetch.max_concurrency, max_per_host=fetch.max_per_host,
                    shards=shards))
        if mode.name == BATCH:
            return self._counted(read.stories, read.rejects, None)
        feeds = [p for p in polled_inputs(config) if is_url(p.spec.location)]
        polled = (begin
                  | "Dataset" >> beam.Create([config.run.output], reshuffle=False)
                  | "FeedsWithStates" >> beam.FlatMap(feeds_with_states, feeds)
                  | "ByFetchShard" >> beam.Map(by_fetch_shard, shards)
                  | "GroupShards" >> beam.GroupByKey()
                  | "PollFeeds" >> beam.ParDo(
                      PollFeedsOnceFn(self._now.timestamp(), fetch, mode.stop)
                  ).with_outputs(REJECTS, FEED_STATES, main="stories"))
        return self._counted((read.stories, polled.stories) | "AllStories" >> beam.Flatten(),
                             (read.rejects, polled.rejects) | "AllReadRejects" >> beam.Flatten(),
                             polled[FEED_STATES])

    @staticmethod
    def _counted(stories, rejects, state) -> Staged:
        # Reading makes a story or a reject of each item; the inputs are files and feeds.
        return Staged(stories | "CountReadEmitted" >> Count(deadletters.READ, "emitted"),
                      rejects | "CountReadRejected" >> Count(deadletters.READ, "rejected"),
                      state)


class Clean(beam.PTransform):
    """Raw stories -> cleaned stories with their identity; ``ingested_at``: the batch run's
    clock, None (streaming) for each element's own ingest time; ``learned_furniture``: the
    furniture model judges the lines the rules keep (``cleaning.learned_furniture``)."""

    def __init__(self, ingested_at: dt.datetime | None, learned_furniture: bool = True) -> None:
        super().__init__()
        self._ingested_at = ingested_at
        self._learned_furniture = learned_furniture

    def expand(self, raw):
        received = raw | "CountReceived" >> Count(deadletters.CLEAN, "received")
        cleaned = received | "CleanStories" >> CleanStories(self._ingested_at,
                                                            self._learned_furniture)
        return counted(deadletters.CLEAN, cleaned.stories, cleaned[REJECTS])


class RemoveBoilerplate(beam.PTransform):
    """Stories -> stories without the lines many stories of their source share: learned over
    the whole run (bounded), or as the stream goes (``streaming`` settings given)."""

    def __init__(self, min_stories: int, streaming: StreamingConfig | None) -> None:
        super().__init__()
        self._min_stories, self._streaming = min_stories, streaming

    def expand(self, stories):
        stage = deadletters.LEARNED_BOILERPLATE
        received = stories | "CountReceived" >> Count(stage, "received")
        if self._streaming is None:
            learned = received | "LearnBoilerplate" >> LearnBoilerplate(self._min_stories)
            removed = received | "RemoveLearnedBoilerplate" >> RemoveLearnedBoilerplate(learned)
        else:
            removed = received | "RemoveBoilerplateAsLearned" >> RemoveBoilerplateAsLearned(
                min_stories=self._min_stories,
                warmup_stories=self._streaming.boilerplate_warmup_stories,
                max_tracked_lines=self._streaming.boilerplate_max_tracked_lines)
        return counted(stage, removed["stories"], removed[REJECTS])


class Outcomes(beam.PTransform):
    """Stories -> the rows to write (new articles, new versions, linked duplicates); re-polls
    are counted and go no further. What was written before is looked up in the dataset's id
    index (``pipeline.history``), never re-read whole. ``skip_dates``: partitions a reprocess
    rebuilds; ``horizon_s``: streaming, how long an id is remembered."""

    def __init__(self, output: str, skip_dates: DateRange | None = None,
                 horizon_s: float | None = None) -> None:
        super().__init__()
        self._output, self._skip_dates, self._horizon_s = output, skip_dates, horizon_s

    def expand(self, stories):
        received = stories | "CountReceived" >> Count(deadletters.OUTCOMES, "received")
        if self._horizon_s is None:
            prior = received | "PriorArticles" >> LookUpPriorArticles(self._output,
                                                                      self._skip_dates)
            resolved = received | "ResolveOutcomes" >> ResolveOutcomes(prior)
        else:
            resolved = received | "ResolveOutcomes" >> ResolveStreamingOutcomes(
                PriorLookup(self._output), self._horizon_s)
        # Re-polls are counted (outcome.repolls) and deliberately not written.
        return counted(deadletters.OUTCOMES, resolved["written"], resolved[REJECTS])


class NearDuplicates(beam.PTransform):
    """Stories -> stories with ``cluster_id``; batch also gives the signatures to commit.

    ``output``: the dataset whose committed signatures within ``settings.horizon_days`` are
    candidates too (batch; ``skip_dates``: partitions a reprocess rebuilds); ``horizon_s`` and
    ``max_band_members``: streaming's bounded band buckets. With near-duplicates off each story
    is its own cluster (streaming) or keeps ``cluster_id`` empty (batch).
    """

    def __init__(self, settings: DedupConfig, output: str | None = None,
                 skip_dates: DateRange | None = None, *, horizon_s: float | None = None,
                 max_band_members: int | None = None) -> None:
        super().__init__()
        self._settings, self._output, self._skip_dates = settings, output, skip_dates
        self._horizon_s, self._max_band_members = horizon_s, max_band_members

    def expand(self, stories):
        stage, s = deadletters.NEAR_DUPLICATES, self._settings
        received = stories | "CountReceived" >> Count(stage, "received")
        minhash = {"num_perm": s.num_perm, "bands": s.bands, "shingle_words": s.shingle_words,
                   "threshold": s.threshold}
        if not s.near_duplicates:
            stories = (received | "OwnCluster" >> beam.Map(own_cluster)
                       if self._horizon_s is not None else received)
            return counted(stage, stories, received.pipeline | "NoRejects" >> beam.Create([]))
        if self._horizon_s is None:
            clustered = received | "ClusterNearDuplicates" >> ClusterNearDuplicates(
                **minhash, prior=CommittedSignatures(self._output, s.horizon_days, s.bands,
                                                     self._skip_dates))
            return counted(stage, clustered["stories"], clustered[REJECTS],
                           clustered[SIGNATURES])
        clustered = received | "ClusterNearDuplicates" >> ClusterNearDuplicatesInStream(
            **minhash, horizon_s=self._horizon_s, max_band_members=self._max_band_members)
        return counted(stage, clustered["stories"], clustered[REJECTS])


class Entities(beam.PTransform):
    """Stories -> stories with language and entities (when enabled; else unchanged).

    ``across_run``: check each name's label against the whole run (bounded runs only);
    ``spread_over_workers``: False when one process runs everything.
    """

    def __init__(self, settings: EntitiesConfig, tables: EntityTables, *,
                 spread_over_workers: bool, across_run: bool) -> None:
        super().__init__()
        self._settings, self._tables = settings, tables
        self._spread_over_workers, self._across_run = spread_over_workers, across_run

    def expand(self, stories):
        s = self._settings
        received = stories | "CountReceived" >> Count(deadletters.ENTITIES, "received")
        if not s.enabled:
            return counted(deadletters.ENTITIES, received,
                           received.pipeline | "NoRejects" >> beam.Create([]))
        extracted = received | "ExtractEntities" >> ExtractEntities(
            model=s.model, batch_size=s.batch_size, languages=s.languages,
            aliases=self._tables.aliases, patterns=self._tables.patterns,
            spread_over_workers=self._spread_over_workers, across_run=self._across_run)
        return counted(deadletters.ENTITIES, extracted["stories"], extracted[REJECTS])


def count_for_progress(progress: ProgressChannel | None, read: Staged,
                       written: beam.PCollection, rejects: beam.PCollection) -> None:
    """Side branches that count, for a local run's progress line, the stories read (rejects
    at read time included), the stories handed to the writer and every reject."""
    if progress is None:
        return
    read.stories | "CountReadForProgress" >> CountForProgress(progress, READ)
    read.rejects | "CountReadRejectsForProgress" >> CountForProgress(progress, READ)
    written | "CountWrittenForProgress" >> CountForProgress(progress, WRITTEN)
    rejects | "CountRejectedForProgress" >> CountForProgress(progress, REJECTED)


# --- the two graphs -----------------------------------------------------------------------------


def build(pipeline: beam.Pipeline, config: Config, now: dt.datetime,
          mode: Mode = BATCH_MODE, rebuild: Rebuild | None = None,
          tables: EntityTables | None = None,
          progress: ProgressChannel | None = None) -> None:
    """Wire the whole job onto ``pipeline``; ``now`` is the run's ingest time (batch, once).

    ``rebuild`` (``--reprocess``): prior articles leave out the dates being rebuilt, so their
    stories are written again, into a staging root that replaces those partitions afterwards.
    ``tables``: the entity stage's alias and pattern tables, read by the caller.
    ``progress``: where a local run counts stories read, written and rejected as it goes.
    """
    tables = tables or EntityTables({}, [])
    if mode.name == STREAMING:
        build_streaming(pipeline, config, now, mode, tables, progress)
    else:
        build_batch(pipeline, config, now, mode, rebuild, tables, progress)


def build_batch(pipeline: beam.Pipeline, config: Config, now: dt.datetime, mode: Mode,
                rebuild: Rebuild | None, tables: EntityTables,
                progress: ProgressChannel | None = None) -> None:
    """Read -> Clean -> RemoveBoilerplate -> Outcomes -> NearDuplicates -> Entities ->
    WriteTables, in commit order; ``once`` mode also commits the polled feeds' states."""
    output = config.run.output
    read = pipeline | "Read" >> Read(config, now, mode)
    clean = read.stories | "Clean" >> Clean(now, config.cleaning.learned_furniture)
    stages = [read, clean]
    if config.cleaning.learn_boilerplate:
        stages.append(stages[-1].stories | "RemoveBoilerplate" >> RemoveBoilerplate(
            config.cleaning.boilerplate_min_stories, streaming=None))
    rebuilt = rebuild.dates if rebuild else None
    stages.append(stages[-1].stories | "Outcomes" >> Outcomes(output, rebuilt))
    near = stages[-1].stories | "NearDuplicates" >> NearDuplicates(config.dedup, output, rebuilt)
    stages.append(near)
    stages.append(stages[-1].stories | "Entities" >> Entities(
        config.entities, tables, spread_over_workers=not config.run.in_one_process,
        # A name's label checked against the whole run needs the whole run.
        across_run=True))
    rejects = all_rejects([s.rejects for s in stages])
    count_for_progress(progress, read, stages[-1].stories, rejects)
    written = {"stories": stages[-1].stories, REJECTS: rejects, SIGNATURES: near.state,
               "feed_states": read.state}
    ({name: pcoll for name, pcoll in written.items() if pcoll is not None}
     | "WriteTables" >> WriteTables(rebuild.staging if rebuild else output, output,
                                    run_key(now), occurred_at=now,
                                    claims=WriteClaims(output, run_key(now))))


def build_streaming(pipeline: beam.Pipeline, config: Config, now: dt.datetime, mode: Mode,
                    tables: EntityTables, progress: ProgressChannel | None = None) -> None:
    """Read -> Clean -> Outcomes -> RemoveBoilerplate -> NearDuplicates -> WindowForWriting ->
    Entities -> WriteTables, each window written as it closes.

    Learned boilerplate comes after outcomes: re-polls are not written, so they neither count
    as stories of their source nor cost state.
    """
    output, settings = config.run.output, config.streaming
    read = pipeline | "Read" >> Read(config, now, mode)
    clean = read.stories | "Clean" >> Clean(None, config.cleaning.learned_furniture)
    stages = [read, clean, clean.stories | "Outcomes" >> Outcomes(
        output, horizon_s=settings.dedup_horizon_seconds)]
    if config.cleaning.learn_boilerplate:
        stages.append(stages[-1].stories | "RemoveBoilerplate" >> RemoveBoilerplate(
            config.cleaning.boilerplate_min_stories, streaming=settings))
    stages.append(stages[-1].stories | "NearDuplicates" >> NearDuplicates(
        config.dedup, horizon_s=settings.near_duplicate_horizon_seconds,
        max_band_members=settings.max_band_members))
    windowed = stages[-1].stories | "WindowForWriting" >> writer_windowing(settings)
    stages.append(windowed | "Entities" >> Entities(
        config.entities, tables, spread_over_workers=not config.run.in_one_process,
        across_run=False))
    # Rejects of every stage into the writer's windows (a Flatten needs one windowing).
    rejects = all_rejects([s.rejects | f"WindowRejects{i}" >> writer_windowing(settings)
                           for i, s in enumerate(stages)])
    count_for_progress(progress, read, stages[-1].stories, rejects)
    ({"stories": stages[-1].stories, REJECTS: rejects}
     | "WriteTables" >> WriteTables(output, output, run_key(now), occurred_at=None,
                                    claims=WriteClaims(output, run_key(now))))
