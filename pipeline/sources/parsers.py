"""Parsers: the bytes of one input (a feed, a text story, JSONL or a JSON Feed, an HTML page)
in, ``RawStory``/``Reject`` records out.

Pure functions, testable and reusable without Beam. Nothing read is dropped silently: what
cannot become a story becomes a ``Reject`` with a reason code (see ``REJECT_REASONS``).
"""

from __future__ import annotations

import codecs
import io
import json
import re
from typing import Any

import feedparser
from feedparser.encodings import convert_to_utf8

from pipeline.fetching import is_http_url
from pipeline.sources.sniff import FORMATS, SNIFF_BYTES, has_feed_root
from pipeline.sources.xml_safety import (
    MAX_ENTITY_EXPANSION,
    entity_expansion,
    replace_non_character_refs,
)
from transforms.cleaning import continue_extraction, html_to_text
from transforms.identity import source_id_problem
from transforms.records import RawStory, Reject

# Every reason a reject of the read stage can carry: the parsers' here, reading's and fetching's
# (pipeline.sources.inputs, pipeline.fetching) below them.
REJECT_REASONS = (
    "malformed_feed",  # not a feed at all (nothing recovered, no RSS/Atom/RDF root)
    "empty_story",  # an entry, file or line with neither title nor text
    "undecodable_text",  # a text story that is not text in UTF-8 or cp1252
    "malformed_json",  # a JSONL line that is not JSON
    "not_an_object",  # a JSONL line that is JSON but not an object
    "invalid_field",  # a JSONL field of the wrong type
    "invalid_source",  # a JSONL line whose "source" is not a valid source id
    "no_article_found",  # an HTML page with no extractable article
    "fetch_failed",  # a URL that could not be fetched (connection refused or reset, bad URL)
    "http_error",  # the server answered with an error status (after retries when transient)
    "fetch_timeout",  # no answer, or the whole body not read, within fetch.timeout_seconds
    "truncated_response",  # the connection closed before the announced body was complete
    "bad_content_encoding",  # a gzip response that is not valid gzip
    "too_many_redirects",  # a redirect loop or chain urllib gives up on
    "unreadable_file",  # a file that could not be opened or decompressed
    "input_too_large",  # an input over the configured byte limit
    "entity_expansion",  # XML entities that would expand past a bound (a "billion laughs" bomb)
    "parse_failed",  # a parser raised: kept as a reject so one bad input cannot stop a run
)

STAGE = "read"  # the stage named in every reject of reading and parsing
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def reject(reason: str, detail: str, origin: str, payload: str, source: str) -> Reject:
    """A reject of the read stage."""
    return Reject(
        stage=STAGE, reason=reason, detail=detail, origin=origin, payload=payload, source=source
    )


def _entry_text(entry: Any) -> tuple[str, bool]:
    """The longest of the entry's content and summary, and whether it is HTML."""
    candidates = [*entry.get("content", []), entry.get("summary_detail")]
    best = max(
        (c for c in candidates if c and c.get("value")), key=lambda c: len(c["value"]), default=None
    )
    if best is None:
        return "", False
    return best["value"], best.get("type") in _HTML_TYPES


def _entry_url(entry: Any) -> str | None:
    link = entry.get("link")
    # feedparser copies a permalink-style guid into "link"; "urn:..." or "hd-1001" is no URL.
    if entry.get("guidislink") and not is_http_url(link or ""):
        return None
    return link


def parse_feed(
    data: bytes, *, source: str, origin: str, headers: dict[str, str] | None = None,
    base_url: str | None = None,
) -> list[RawStory | Reject]:
    """One ``RawStory`` per entry of an RSS/Atom/RDF feed; origins are ``<origin>#<index>``.

    ``headers`` are the HTTP response headers (they decide the encoding and the base URI);
    ``base_url`` is where a fetched feed came from after redirects (default: ``origin``).
    Entries of an ill-formed ("bozo") feed that feedparser recovers are kept. A document that
    yields no entries and is not recognisably a feed (no feed version, no rss/feed/rdf/channel
    root: an HTML page, garbage, an empty file) becomes one ``malformed_feed`` reject.
    A well-formed feed with no entries returns ``[]``: that is not bad data, the caller counts it.
    Every entry feedparser returns is a story, even one with neither title nor text: it is an
    item of the feed (a link, an enclosure, a date), and identity gives it an id of its own.
    A document whose entities would expand past ``MAX_ENTITY_EXPANSION`` bytes is never
    parsed: it becomes one ``entity_expansion`` reject. External entities are never fetched.
    """
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    base_url = base_url or origin
    if is_http_url(base_url):
        # Relative links in a fetched feed resolve against the URL it was served from.
        response_headers.setdefault("content-location", base_url)
    # Measured on the UTF-8 text feedparser itself parses, so UTF-16 or UTF-7 hides nothing.
    document = convert_to_utf8(response_headers, data, {})
    expansion = entity_expansion(document)
    if expansion > MAX_ENTITY_EXPANSION:
        detail = (
            f"XML entities would expand to {expansion:.0f} bytes (limit {MAX_ENTITY_EXPANSION})"
        )
        return [
            reject("entity_expansion", detail, origin, data.decode("utf-8", "replace"), source)
        ]
    repaired = replace_non_character_refs(document)
    if repaired != document:
        # feedparser's fallback parser raises on "&#xD800;" (and past U+10FFFF), which would lose
        # every entry of the feed; it parses the repaired UTF-8 text instead, declared as such.
        data, response_headers["content-type"] = repaired, "application/xml; charset=utf-8"
    # A stream, not bytes: feedparser opens bytes that name an existing file as that file.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=response_headers)
    entries = parsed.get("entries", [])
    # feedparser leaves "version" empty for some valid feeds (CDF), so the root element counts too.
    is_feed = parsed.get("version") or has_feed_root(data[:SNIFF_BYTES])
    if not entries and not is_feed:
        detail = (
            str(parsed["bozo_exception"]) if parsed.get("bozo") else "not an RSS, Atom or RDF feed"
        )
        return [reject("malformed_feed", detail, origin, data.decode("utf-8", "replace"), source)]
    language = parsed.get("feed", {}).get("language")
    records: list[RawStory | Reject] = []
    for index, entry in enumerate(entries):
        entry_origin = f"{origin}#{index}"
        title = entry.get("title", "")
        text, text_is_html = _entry_text(entry)
        title_is_html = entry.get("title_detail", {}).get("type") in _HTML_TYPES
        records.append(
            RawStory(
                source=source,
                origin=entry_origin,
                title=title,
                text=text,
                is_html=text_is_html or title_is_html,
                feed_url=origin,
                url=_entry_url(entry),
                guid=entry.get("id"),
                published_raw=entry.get("published") or entry.get("updated") or None,
                language=language,
            )
        )
    return records


def _decode_text(data: bytes) -> str | None:
    """Text from bytes: a BOM decides, else UTF-8, else cp1252 (older wire archives), else None."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            candidates = (encoding,)
            break
    else:
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def parse_text_story(data: bytes, *, source: str, origin: str) -> list[RawStory | Reject]:
    """A plain-text story: the first non-empty line is the title, the rest is the text.

    Decoding tries a BOM, then UTF-8, then cp1252. Bytes that decode to neither, or that contain
    NUL characters (binary data), become ``undecodable_text``; a blank file ``empty_story``.
    """
    text = _decode_text(data)
    if text is None or "\x00" in text:
        detail = "not UTF-8 or cp1252 text" if text is None else "contains NUL bytes: binary data"
        return [
            reject("undecodable_text", detail, origin, data.decode("utf-8", "replace"), source)
        ]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return [reject("empty_story", "blank text file", origin, text, source)]
    body = "\n".join(lines[start + 1 :]).strip("\n")
    return [RawStory(source=source, origin=origin, title=lines[start].strip(), text=body)]


_JSONL_STRING_FIELDS = ("title", "body", "text", "url", "language")
# Ids and dates often arrive as numbers in JSON exports; they are kept as their string form.
_JSONL_SCALAR_FIELDS = ("guid", "id", "published")


def _jsonl_field_error(obj: dict[str, Any]) -> str | None:
    for key in _JSONL_STRING_FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return f"{key!r} must be a string, not {type(obj[key]).__name__}"
    for key in _JSONL_SCALAR_FIELDS:
        value = obj.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, (str, int, float))
        ):
            return f"{key!r} must be a string or a number, not {type(value).__name__}"
    return None


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)


_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _as_text(value: str) -> str:
    """A JSON string as text: a "\\ud800" escape is valid JSON but no character, and no UTF-8
    writer (Beam's coders, Parquet) can encode it, so it becomes U+FFFD, as a decoder would."""
    return _LONE_SURROGATE_RE.sub("\ufffd", value)


def _text_fields(story: RawStory) -> RawStory:
    return story._replace(
        **{field: _as_text(value) for field, value in story._asdict().items()
           if isinstance(value, str)}
    )


def _jsonl_record(obj: dict[str, Any], *, source: str, origin: str, line: str) -> RawStory | Reject:
    error = _jsonl_field_error(obj)
    if error is not None:
        return reject("invalid_field", error, origin, line, source)
    line_source = obj.get("source")
    if line_source is not None:
        problem = (source_id_problem(line_source) if isinstance(line_source, str)
                   else "not a string")
        if problem is not None:
            detail = f"source {line_source!r} is not a valid source id: {problem}"
            return reject("invalid_source", detail, origin, line, source)
        source = line_source
    title = obj.get("title") or ""
    text = (obj["body"] if obj.get("body") is not None else obj.get("text")) or ""
    if not title.strip() and not text.strip():
        return reject("empty_story", "no title and no body", origin, line, source)
    guid = obj["guid"] if obj.get("guid") is not None else obj.get("id")
    return _text_fields(RawStory(
        source=source,
        origin=origin,
        title=title,
        text=text,
        url=obj.get("url"),
        guid=_as_str(guid),
        published_raw=_as_str(obj.get("published")),
        language=obj.get("language"),
    ))


_JSON_FEED_VERSION = "https://jsonfeed.org/version/"
_JSON_FEED_STRING_FIELDS = (
    "title",
    "content_html",
    "content_text",
    "summary",
    "url",
    "date_published",
    "date_modified",
    "language",
)


def _json_feed(data: bytes) -> dict[str, Any] | None:
    """The document as a JSON Feed (jsonfeed.org) object, or None when it is not one."""
    try:
        document = json.loads(data.removeprefix(codecs.BOM_UTF8))
    # RecursionError: nesting deeper than the decoder's stack ("[[[[..."), which no feed has.
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        return None
    is_feed = isinstance(document, dict) and str(document.get("version", "")).startswith(
        _JSON_FEED_VERSION
    )
    return document if is_feed else None


def _json_feed_item(item: Any, *, language: Any, source: str, origin: str) -> RawStory | Reject:
    payload = _as_text(json.dumps(item, ensure_ascii=False, sort_keys=True))
    if not isinstance(item, dict):
        detail = f"expected a JSON object, got {type(item).__name__}"
        return reject("not_an_object", detail, origin, payload, source)
    for key in _JSON_FEED_STRING_FIELDS:
        if item.get(key) is not None and not isinstance(item[key], str):
            detail = f"{key!r} must be a string, not {type(item[key]).__name__}"
            return reject("invalid_field", detail, origin, payload, source)
    html, text = item.get("content_html"), item.get("content_text")
    return _text_fields(RawStory(
        source=source,
        origin=origin,
        title=item.get("title") or "",
        text=html or text or item.get("summary") or "",
        is_html=bool(html),
        feed_url=origin.rpartition("#")[0],
        url=item.get("url"),
        guid=_as_str(item.get("id")),
        published_raw=item.get("date_published") or item.get("date_modified"),
        language=item.get("language") or (language if isinstance(language, str) else None),
    ))


def parse_jsonl(data: bytes, *, source: str, origin: str) -> list[RawStory | Reject]:
    """One story per JSON object line; origins are ``<origin>:<line number>`` (1-based).

    Keys used: title, body (or text), url, guid (or id), published, source, language; others are
    ignored. A per-line "source" replaces ``source`` only when it is a valid source id. Blank
    lines are skipped. Each bad line becomes a reject carrying the raw line as its payload.
    A whole document that is a JSON Feed (jsonfeed.org, which feedparser 6.0 does not read) is
    one story per item instead, with feed-style origins ``<origin>#<index>``.
    """
    feed = _json_feed(data)
    if feed is not None:
        items = feed.get("items")
        if not isinstance(items, list):
            detail = "a JSON Feed's 'items' must be a list"
            return [
                reject("invalid_field", detail, origin, data.decode("utf-8", "replace"), source)
            ]
        language = feed.get("language")
        return [
            _json_feed_item(item, language=language, source=source, origin=f"{origin}#{index}")
            for index, item in enumerate(items)
        ]
    records: list[RawStory | Reject] = []
    for number, raw in enumerate(data.removeprefix(codecs.BOM_UTF8).split(b"\n"), start=1):
        if not raw.strip():
            continue
        line_origin = f"{origin}:{number}"
        line = raw.rstrip(b"\r").decode("utf-8", "replace")
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as err:
            records.append(reject("malformed_json", str(err), line_origin, line, source))
            continue
        if not isinstance(obj, dict):
            detail = f"expected a JSON object, got {type(obj).__name__}"
            records.append(reject("not_an_object", detail, line_origin, line, source))
            continue
        records.append(_jsonl_record(obj, source=source, origin=line_origin, line=line))
    return records


def parse_html_page(
    data: bytes, *, source: str, origin: str, url: str | None = None
) -> list[RawStory | Reject]:
    """The main article of a whole HTML page, extracted as plain text by trafilatura.

    Paragraphs are separated by newlines; title, date and canonical URL come from the page's
    metadata (``url`` is the fallback). A page with no article becomes ``no_article_found``.
    """
    # Imported on first use: trafilatura is slow to import and only HTML inputs need it.
    import trafilatura

    doc = trafilatura.bare_extraction(
        data, url=url, favor_precision=False, include_comments=False, with_metadata=True
    )
    title = (doc.title or "") if doc is not None else ""
    text = (doc.text or "") if doc is not None else ""
    # A page that is not UTF-8 decodes with replacements here: the extractor's paragraphs are
    # then not found in it and the extraction stands as it is.
    text = continue_extraction(text, html_to_text(data.decode("utf-8", "replace")))
    if not title.strip() and not text.strip():
        payload = data.decode("utf-8", "replace")
        return [
            reject(
                "no_article_found", "no article text found in the page", origin, payload, source
            )
        ]
    return [
        RawStory(
            source=source,
            origin=origin,
            title=title,
            text=text,
            url=doc.url or url,
            published_raw=doc.date,
            language=doc.language,
            extracted=True,
        )
    ]


def parse_input(
    data: bytes, *, fmt: str, source: str, origin: str, headers: dict[str, str] | None = None,
    base_url: str | None = None,
) -> list[RawStory | Reject]:
    """Parse ``data`` as ``fmt`` (one of ``FORMATS``); ``headers`` only matter for feeds.

    ``base_url``: the URL ``data`` was served from, after redirects (default: ``origin``);
    relative links in feeds and pages resolve against it.
    """
    base_url = base_url or origin
    if fmt == "rss":
        return parse_feed(data, source=source, origin=origin, headers=headers, base_url=base_url)
    if fmt == "text":
        return parse_text_story(data, source=source, origin=origin)
    if fmt == "jsonl":
        return parse_jsonl(data, source=source, origin=origin)
    if fmt == "html":
        return parse_html_page(
            data, source=source, origin=origin, url=base_url if is_http_url(base_url) else None
        )
    raise ValueError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")
