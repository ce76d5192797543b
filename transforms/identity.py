"""Identity and time: which story is which, and when it happened.

These decisions are fixed by the output contract (DESIGN.md, "Identity"): ``article_id`` never
depends on what else is in a run, so the same story gets the same id in every run and on every
runner.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re

from dateutil import parser as dateutil_parser
from w3lib.url import canonicalize_url, url_query_cleaner

SOURCE_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
SOURCE_ID_MAX_LEN = 64  # keeps partition path segments short

# Query parameters that identify a campaign, not a page.
TRACKING_PARAMS = (
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
    "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "taid",
)


# Partition values that a reader inferring Hive partition types (the default of DuckDB, Polars,
# pandas, pyarrow.dataset and Spark 4) reads as something other than text, measured one value
# a dataset: numbers ("1987"; "0042" becomes 42 in four of them; "1.5", "12.", "1e5", "1e-5",
# Spark's Java "1d"/"1f"), hex and binary ("0x10" -> 16 in DuckDB and pyarrow, "0b101" in
# DuckDB), dates ("2024-01-01"), and words: "true"/"false" (Polars Boolean), "inf" (Polars
# Float64, DuckDB DATE), "infinity" and "epoch" (DuckDB DATE). "nan", "null", "127.0.0.1",
# "2024-01", "1_000" and "0o17" stay text in all five.
NOT_TEXT_TO_READERS = re.compile(
    r"[0-9]+(?:\.[0-9]*)?(?:e-?[0-9]+)?[df]?|0x[0-9a-f]+|0b[01]+|[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"|true|false|inf|infinity|epoch")
TEXT_PREFIX = "src-"


def is_valid_source_id(value: str) -> bool:
    """Safe as a partition path segment (``[a-z0-9][a-z0-9._-]*``, no "..", at most 64 chars)
    and read back as text by every reader (see ``NOT_TEXT_TO_READERS``)."""
    return source_id_problem(value) is None


def has_source_id_shape(value: str) -> bool:
    """Safe as a partition path segment: ``[a-z0-9][a-z0-9._-]*``, no "..", at most 64 chars."""
    return (len(value) <= SOURCE_ID_MAX_LEN and SOURCE_ID.fullmatch(value) is not None
            and ".." not in value)


def source_id_problem(value: str) -> str | None:
    """Why ``value`` cannot be a source id (None when it can), with the fix."""
    if not has_source_id_shape(value):
        return ("use lower-case letters, digits, '.', '_' and '-', starting with a letter or "
                f"digit, at most {SOURCE_ID_MAX_LEN} characters (it becomes a directory name)")
    if NOT_TEXT_TO_READERS.fullmatch(value):
        return ("readers that infer partition types (DuckDB, Polars, pandas, pyarrow, Spark) "
                "would read it as a number, date or boolean, not as text ('0042' becomes 42): "
                f"use a name such as {as_text_source_id(value)!r}")
    return None


def as_text_source_id(value: str) -> str:
    """``value`` prefixed so that readers keep it text: "1987" -> "src-1987"."""
    if NOT_TEXT_TO_READERS.fullmatch(value) is None:
        return value
    return f"{TEXT_PREFIX}{value}"[:SOURCE_ID_MAX_LEN].rstrip("._-")


def digest(*parts: str) -> str:
    """A 128-bit hex digest of the parts; length prefixes keep ("ab", "c") != ("a", "bc")."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")  # a lone surrogate must not crash an id
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def canonical_url(url: str | None) -> str | None:
    """Scheme and host lower-cased, tracking parameters and fragment dropped, query sorted."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    cleaned = url_query_cleaner(url, TRACKING_PARAMS, remove=True, keep_fragments=False)
    return canonicalize_url(cleaned)


def article_id(source: str, url: str | None, guid: str | None, raw_title: str,
               raw_text: str, origin: str) -> str:
    """Canonical URL, else ``<source>/<guid>`` (GUIDs collide across feeds), else raw content.

    A story with none of these (a feed item with only a date or an author) has nothing of its
    own to hash: hashing the empty content would make every such item of every feed one
    article. It is identified by where it was read instead (``origin``: the feed location and
    the item's position), so re-reading the same feed gives the same id.
    """
    canonical = canonical_url(url)
    if canonical:
        return digest("url", canonical)
    if guid and guid.strip():
        return digest("guid", f"{source}/{guid.strip()}")
    if not raw_title.strip() and not raw_text.strip():
        return digest("origin", origin)
    return digest("raw", raw_title, raw_text)


def content_hash(body: str) -> str:
    """Hash of the body after per-story cleaning; whitespace and case do not make new content."""
    return digest(" ".join(body.casefold().split()))


def parse_published(raw: str | None) -> dt.datetime | None:
    """RFC 822 (RSS), ISO 8601 (Atom, JSON) and other common forms -> aware UTC, else None."""
    if not raw or not raw.strip():
        return None
    text = raw.strip()
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                parsed = dateutil_parser.parse(text)
            except (ValueError, OverflowError):
                return None
    if parsed.tzinfo is None:  # a date without zone is most often UTC in feeds
        parsed = parsed.replace(tzinfo=dt.UTC)
    try:
        return parsed.astimezone(dt.UTC)
    except OverflowError:  # "0001-01-01T00:00+01:00" is before year 1 in UTC: no usable date
        return None


def effective_published(raw: str | None, ingested_at: dt.datetime) -> dt.datetime:
    """The publication time used for partitioning: parsed, else ingest time; never in the future."""
    parsed = parse_published(raw)
    if parsed is None or parsed > ingested_at:
        return ingested_at
    return parsed
