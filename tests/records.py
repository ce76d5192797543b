"""Story records for tests and benchmarks: the defaults once, only what a test cares about named."""

from __future__ import annotations

import datetime as dt
from typing import Any

from transforms.records import Story


def make_story(article_id: str, body: str, at: dt.datetime, **fields: Any) -> Story:
    """A cleaned story published and ingested at ``at``; ``fields`` override any column."""
    defaults: dict[str, Any] = dict(
        article_id=article_id, content_hash=article_id, source="wire", origin=article_id,
        feed_url=None, url=None, guid=None, title=article_id, highlights=(), dateline=None,
        agency=None, body=body, credits=(), related_headlines=(), noise=(), published_at=at,
        published_raw=None, ingested_at=at, language=None, word_count=len(body.split()))
    return Story(**(defaults | fields))
