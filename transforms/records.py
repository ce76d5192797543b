"""The records that flow between stages.

NamedTuples rather than dicts: they pickle compactly, are immutable, and their fields are the
documentation of the data contract (see DESIGN.md, "Output contract").
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

# The version in every file's metadata (``wirestream.schema_version``), and what it means:
# 1: the first contract, layout v1 (articles and entities in date=/source= partitions, source
#    only in the path);
# 2: articles.headline_prefix and entities.label_group added; still layout v1;
# 3: layout v2: articles and entities in date= partitions only, ``source`` a column of both,
#    rows sorted by (source, published_at, article_id); rejects unchanged (date=/stage=).
# pipeline/layout.py maps versions to layouts; ``wirestream compact`` migrates v1 to v2.
SCHEMA_VERSION = "3"


class InputSpec(NamedTuple):
    """One input as given by the user or the config: a path, glob or URL."""

    location: str
    format: str = "auto"  # auto | rss | text | jsonl | html
    source: str | None = None  # source id; derived from the location when None


class RawStory(NamedTuple):
    """A story as read from its input, before any cleaning."""

    source: str
    origin: str  # file path or URL, plus "#<entry index>" (feeds) or ":<line>" (JSONL)
    title: str
    text: str
    is_html: bool = False  # True when ``title``/``text`` may contain markup
    # True when a main-content extractor (trafilatura) already cut the text out of its page.
    extracted: bool = False
    feed_url: str | None = None
    url: str | None = None
    guid: str | None = None
    published_raw: str | None = None  # the date exactly as the input gave it
    language: str | None = None  # a hint from the input (feed language), not detection


class Reject(NamedTuple):
    """Input that could not become an article, kept whole so nothing is lost."""

    stage: str  # read | normalise | clean | entities | ...
    reason: str  # snake_case code, e.g. "malformed_json"
    detail: str
    origin: str
    payload: str
    source: str = "unknown"


class Credit(NamedTuple):
    role: str
    name: str


class Noise(NamedTuple):
    reason: str
    text: str


class EntitySummary(NamedTuple):
    entity_id: str
    name: str
    label: str  # the model's label (spaCy: PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, ...)
    label_group: str  # PERSON, ORG, LOC (GPE, LOC, FAC) or MISC: what entity_id hashes
    mentions: int


class Mention(NamedTuple):
    entity_id: str
    name: str  # canonical name
    text: str  # surface form
    label: str
    label_group: str
    start_char: int
    end_char: int
    in_title: bool


class Story(NamedTuple):
    """A cleaned story with its identity; becomes an article row once its outcome is known."""

    article_id: str
    content_hash: str
    source: str
    origin: str
    feed_url: str | None
    url: str | None
    guid: str | None
    title: str
    highlights: tuple[str, ...]
    dateline: str | None
    agency: str | None
    body: str
    credits: tuple[Credit, ...]
    related_headlines: tuple[str, ...]
    noise: tuple[Noise, ...]
    published_at: dt.datetime  # UTC; ingest time when the input gives none; never in the future
    published_raw: str | None
    ingested_at: dt.datetime
    language: str | None
    word_count: int
    # Filled by later stages:
    version: int = 1
    duplicate_of: str | None = None
    cluster_id: str | None = None
    entities: tuple[EntitySummary, ...] = ()
    mentions: tuple[Mention, ...] = ()
    headline_prefix: str | None = None  # the wire's desk prefix of the title ("UPDATE 1")
