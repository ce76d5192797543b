"""Reading inputs in a pipeline: ``ReadStories`` reads and parses expanded ``InputSpec``s,
stories on its main output, rejects on "rejects"; URLs go through a ``FeedFetcher`` per
worker, a ``FeedClient`` unless the caller hands in another factory."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterable

import apache_beam as beam

from pipeline.fetching import (
    DEFAULT_MAX_PER_HOST,
    FeedClient,
    FeedFetcher,
    FeedFetcherFactory,
    FetchResult,
    ReadError,
    is_http_url,
    shard_of,
)
from pipeline.sources.inputs import derive_source_id, read_location
from pipeline.sources.parsers import STAGE, parse_input, reject
from pipeline.sources.sniff import SNIFF_BYTES, detect_format
from transforms.records import InputSpec, RawStory, Reject


def read_reject(err: ReadError, location: str, source: str) -> Reject:
    """The reject an input that could not be read becomes."""
    return reject(err.reason, str(err), location, "", source)


def parse_location(spec: InputSpec, source: str, fetched: FetchResult) -> list[RawStory | Reject]:
    """Parse what was read from ``spec.location`` (format detected when ``auto``)."""
    data = fetched.body
    fmt = (
        spec.format
        if spec.format != "auto"
        else detect_format(spec.location, data[:SNIFF_BYTES])
    )
    try:
        return parse_input(data, fmt=fmt, source=source, origin=spec.location,
                           headers=fetched.headers, base_url=fetched.url)
    # The dead-letter path: a parser bug on one input keeps that input and the run going.
    except Exception as err:
        detail = f"{type(err).__name__}: {err}"
        return [
            reject("parse_failed", detail, spec.location, data.decode("utf-8", "replace"), source)
        ]


def read_group(spec: InputSpec, shards: int) -> tuple[str, InputSpec]:
    """Key an input for reading: URLs by fetch shard (a shard's URLs are fetched at once, under
    one per-host limit), each file on its own (files spread over workers one by one)."""
    if is_http_url(spec.location):
        return f"urls:{shard_of(spec.location, shards)}", spec
    return f"file:{spec.location}", spec


class ReadInputFn(beam.DoFn):
    """Reads and parses one ``InputSpec``: stories on the main output, rejects on "rejects"."""

    def __init__(self, *, timeout_s: float, max_bytes: int, max_concurrency: int = 1,
                 max_per_host: int = DEFAULT_MAX_PER_HOST,
                 client_factory: FeedFetcherFactory = FeedClient) -> None:
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._max_concurrency = max_concurrency
        self._max_per_host = max_per_host
        self._client_factory = client_factory
        self._inputs = beam.metrics.Metrics.counter(STAGE, "inputs")
        self._stories = beam.metrics.Metrics.counter(STAGE, "stories")
        self._empty_feeds = beam.metrics.Metrics.counter(STAGE, "empty_feeds")
        self._client: FeedFetcher | None = None  # None (no setup()): the shared client
        self._threads: concurrent.futures.ThreadPoolExecutor | None = None

    def setup(self) -> None:
        self._client = self._client_factory(max_per_host=self._max_per_host,
                                            max_hosts=max(64, self._max_concurrency))
        self._threads = concurrent.futures.ThreadPoolExecutor(
            self._max_concurrency, thread_name_prefix="wirestream-read")

    def teardown(self) -> None:
        if self._threads is not None:
            self._threads.shutdown(wait=True, cancel_futures=True)
        if self._client is not None:
            self._client.close()

    def _records(self, spec: InputSpec) -> list[RawStory | Reject]:
        source = spec.source or derive_source_id(spec.location)
        try:
            fetched = read_location(
                spec.location, timeout_s=self._timeout_s, max_bytes=self._max_bytes,
                client=self._client
            )
        except ReadError as err:
            return [read_reject(err, spec.location, source)]
        return parse_location(spec, source, fetched)

    def _emit(self, records: list[RawStory | Reject]):
        self._inputs.inc()
        if not records:
            # A feed (or JSONL file) with no items: not bad data, but visible in the counts.
            self._empty_feeds.inc()
        for record in records:
            if isinstance(record, Reject):
                beam.metrics.Metrics.counter(STAGE, f"rejects_{record.reason}").inc()
                yield beam.pvalue.TaggedOutput("rejects", record)
            else:
                self._stories.inc()
                yield record

    # No return annotation: Beam would read it as the output type of both outputs.
    def process(self, spec: InputSpec):
        yield from self._emit(self._records(spec))


class ReadInputGroupFn(ReadInputFn):
    """Reads a group of ``read_group``: ``(key, [InputSpec])``, URLs fetched at once."""

    def process(self, group: tuple[str, Iterable[InputSpec]]):
        _, specs = group
        specs = list(specs)
        if self._threads is None or len(specs) == 1:
            reads: Iterable[list[RawStory | Reject]] = map(self._records, specs)
        else:
            reads = self._threads.map(self._records, specs)
        for records in reads:
            yield from self._emit(records)


class ReadStories(beam.PTransform):
    """PCollection[InputSpec] (expanded) -> DoFnResult with ``.stories`` and ``.rejects``.

    URLs are fetched ``max_concurrency`` at a time per worker, at most ``max_per_host`` per host;
    they are split by host into ``shards`` groups, which spread over workers as files do. Each
    worker fetches through the ``FeedFetcher`` that ``client_factory`` makes in ``setup()``.
    """

    def __init__(self, *, timeout_s: float, max_bytes: int, max_concurrency: int = 1,
                 max_per_host: int = DEFAULT_MAX_PER_HOST, shards: int = 1,
                 client_factory: FeedFetcherFactory = FeedClient) -> None:
        super().__init__()
        self._read = {"timeout_s": timeout_s, "max_bytes": max_bytes,
                      "max_concurrency": max_concurrency, "max_per_host": max_per_host,
                      "client_factory": client_factory}
        self._shards = shards

    def expand(self, inputs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            inputs
            | "ByReadGroup" >> beam.Map(read_group, self._shards)
            # Spreads the groups (each file, each shard of URLs) over workers.
            | "GroupReads" >> beam.GroupByKey()
            | "ReadInput"
            >> beam.ParDo(ReadInputGroupFn(**self._read)).with_outputs("rejects", main="stories")
        )
