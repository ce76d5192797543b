"""The read path through a fake feed client, in-process and without a server: a body, a
redirected feed, a failing URL (ReadStories on FnApiRunner), and a 304 to a conditional
re-poll (FeedPoller). The fake stands where ``FeedClient`` does: behind ``FeedFetcher``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.feedstate import FeedState, PollSettings
from pipeline.fetching import FetchError, FetchResult, NotModified
from pipeline.polling import FeedPoller, FetchSettings, PolledInput
from pipeline.sources import ReadStories
from transforms.records import InputSpec


def rss(*items: tuple[str, str, str]) -> bytes:
    """A feed of ``(guid, title, link)`` items; links may be relative."""
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f'<guid isPermaLink="false">{guid}</guid><description>{title}.</description></item>'
        for guid, title, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Fake wire</title>{entries}</channel></rss>").encode()


HARBOUR = "http://harbour.test/rss"
MOVED = "http://old.test/feed.xml"  # redirects to NEW_HOME
NEW_HOME = "http://new.test/wire/feed.xml"
GONE = "http://gone.test/rss"


class FakeServer:
    """What the fake client answers, as a server would: per URL a body and its ETag (a 304 when
    the request's If-None-Match is that ETag), the URL the body is served from after redirects,
    or an error."""

    def __init__(self, answers: Mapping[str, tuple[bytes, str, str] | FetchError]) -> None:
        self.answers = answers
        self.requests: list[tuple[str, dict[str, str]]] = []

    def answer(self, url: str, request_headers: Mapping[str, str]) -> FetchResult:
        self.requests.append((url, dict(request_headers)))
        answer = self.answers[url]
        if isinstance(answer, FetchError):
            raise answer
        body, etag, served_from = answer
        if request_headers.get("If-None-Match") == etag:
            raise NotModified("HTTP 304: Not Modified")
        return FetchResult(body, {"content-type": "application/rss+xml", "etag": etag},
                           served_from)


class FakeFeedClient:
    """A ``FeedFetcher`` over ``server`` (a class attribute: Beam makes the client in the
    DoFn's ``setup()``, in this process under FnApiRunner)."""

    server: ClassVar[FakeServer]

    def __init__(self, *, max_per_host: int, max_hosts: int) -> None:
        self.closed = False

    def fetch(self, url: str, *, timeout_s: float, max_bytes: int,
              request_headers: Mapping[str, str] | None = None) -> FetchResult:
        return self.server.answer(url, request_headers or {})

    def close(self) -> None:
        self.closed = True


def test_read_stories_fetches_through_the_client_it_is_given() -> None:
    FakeFeedClient.server = FakeServer({
        HARBOUR: (rss(("h-1", "Dues frozen", "https://harbour.test/dues"),
                      ("h-2", "Pier reopens", "pier.html")), '"h"', HARBOUR),
        MOVED: (rss(("n-1", "Ferry moved", "stories/ferry.html")), '"n"', NEW_HOME),
        GONE: FetchError("HTTP 410: Gone", reason="http_error"),
    })
    pipeline = test_pipeline.TestPipeline(options=PipelineOptions(["--runner=FnApiRunner"]))
    specs = pipeline | beam.Create([InputSpec(HARBOUR, "rss", "harbour"),
                                    InputSpec(MOVED, "rss", "moved"),
                                    InputSpec(GONE, "rss", "gone")])
    result = specs | ReadStories(timeout_s=5, max_bytes=1 << 20, client_factory=FakeFeedClient)

    assert_that(
        result.stories | "Stories" >> beam.Map(lambda s: (s.origin, s.feed_url, s.title, s.url)),
        equal_to([
            (f"{HARBOUR}#0", HARBOUR, "Dues frozen", "https://harbour.test/dues"),
            (f"{HARBOUR}#1", HARBOUR, "Pier reopens", "http://harbour.test/pier.html"),
            # The story keeps the feed's configured URL as its origin; its relative link
            # resolves against where the redirect led.
            (f"{MOVED}#0", MOVED, "Ferry moved", "http://new.test/wire/stories/ferry.html"),
        ]),
        label="StoriesAsRead")
    assert_that(
        result.rejects | "Rejects" >> beam.Map(
            lambda r: (r.stage, r.reason, r.detail, r.origin, r.source, r.payload)),
        equal_to([("read", "http_error", "HTTP 410: Gone", GONE, "gone", "")]),
        label="RejectsAsRead")
    pipeline.run().wait_until_finish()

    requested = sorted(url for url, _ in FakeFeedClient.server.requests)
    assert requested == sorted([HARBOUR, MOVED, GONE])


def test_a_conditional_repoll_answered_304_costs_no_parsing() -> None:
    FakeFeedClient.server = FakeServer({
        HARBOUR: (rss(("h-1", "Dues frozen", "https://harbour.test/dues")), '"h1"', HARBOUR)})
    settings = PollSettings(interval_s=60, min_interval_s=30, max_interval_s=600,
                            backoff_base_s=60, backoff_max_s=3600, seen_items_max=100)
    feed = PolledInput(InputSpec(HARBOUR, "rss", "harbour"), settings)
    poller = FeedPoller(FetchSettings(timeout_s=5, max_bytes=1 << 20, max_concurrency=2,
                                      max_per_host=1, client_factory=FakeFeedClient))
    try:
        [(_, first)] = poller.poll_all([(feed, FeedState())], now=1000.0)
        [(_, second)] = poller.poll_all([(feed, first.state)], now=first.state.next_poll_at)
    finally:
        poller.close()

    assert (first.outcome, [(s.origin, s.title) for s in first.records]) == (
        "changed", [(f"{HARBOUR}#0", "Dues frozen")])
    assert first.state.etag == '"h1"'
    assert FakeFeedClient.server.requests == [(HARBOUR, {}), (HARBOUR, {"If-None-Match": '"h1"'})]
    assert (second.outcome, second.records) == ("not_modified", ())
    assert (second.state.etag, second.state.last_outcome, second.state.failures) == (
        '"h1"', "not_modified", 0)
