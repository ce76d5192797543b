"""Sources: turn input locations (feeds, text, JSONL, HTML pages; files, globs, URLs) into records.

The parse functions are pure (bytes in, ``RawStory``/``Reject`` out) so they can be tested and
reused without Beam. ``read_location`` and ``expand_inputs`` do the I/O; ``ReadStories`` wires
them into a pipeline. Nothing read is dropped silently: what cannot become a story becomes a
``Reject`` with a reason code (see ``REJECT_REASONS``).
"""

from __future__ import annotations

import codecs
import concurrent.futures
import io
import json
import lzma
import os
import re
import sys
import unicodedata
import urllib.parse
import zlib
from collections.abc import Iterable
from typing import Any

import apache_beam as beam
import feedparser
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from feedparser.encodings import convert_to_utf8

from pipeline.fetching import (
    DEFAULT_MAX_PER_HOST,
    FeedClient,
    ReadError,
    is_http_url,
    read_capped,
    shard_of,
    shared_client,
)

# The fetch errors and helpers are re-exported: callers have always found them here.
from pipeline.fetching import USER_AGENT as USER_AGENT
from pipeline.fetching import FetchError as FetchError
from pipeline.fetching import InputTooLarge as InputTooLarge
from pipeline.fetching import NotModified as NotModified
from pipeline.fetching import retry_delay as retry_delay
from transforms.identity import (
    SOURCE_ID_MAX_LEN,
    as_text_source_id,
    digest,
    has_source_id_shape,
    is_valid_source_id,
    source_id_problem,
)
from transforms.records import InputSpec, RawStory, Reject

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

FORMATS = ("rss", "text", "jsonl", "html")

_STAGE = "read"
_COMPRESSION_SUFFIXES = (".gz", ".bz2", ".deflate", ".zst", ".zstd", ".xz", ".lzma")
_FORMAT_BY_EXTENSION = {
    ".xml": "rss",
    ".rss": "rss",
    ".atom": "rss",
    ".rdf": "rss",
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}
_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_HTML_ROOTS = frozenset({"html", "head", "body"})
_FIRST_TAG_RE = re.compile(rb"<([A-Za-z][\w.:-]*)")
# XML declaration, comments and DOCTYPE before the root element; group 1 is the DOCTYPE's name.
_PROLOG_RE = re.compile(
    rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE\s+([\w.:-]+)[^>]*>)*", re.DOTALL | re.IGNORECASE
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GLOB_RE = re.compile(r"[*?\[]")
_SNIFF_BYTES = 4096
# Entity text a feed may expand to. Real feeds declare a few short entities, if any; a bomb
# declares a few bytes that expand to gigabytes, which feedparser's fallback parser would build.
_MAX_ENTITY_EXPANSION = 1 << 20
_ENTITY_DECL_RE = re.compile(rb"""<!ENTITY\s+([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)')""")
_ENTITY_REF_RE = re.compile(rb"&([\w.:-]+);")
_CHAR_REF_RE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


# --- identifiers and formats -------------------------------------------------------------------


def _strip_suffixes(name: str, suffixes: Iterable[str]) -> str:
    """Drop known suffixes repeatedly, so "wire.rss.xml.gz" -> "wire"."""
    suffixes = tuple(suffixes)
    while True:
        lowered = name.lower()
        suffix = next((s for s in suffixes if lowered.endswith(s) and len(name) > len(s)), None)
        if suffix is None:
            return name
        name = name[: -len(suffix)]


def derive_source_id(location: str) -> str:
    """A source id for an ad-hoc input: the URL host and path, else the file name without
    extensions.

    A URL's host alone would merge two feeds of one site into one partition, so its path (and
    query) follow the host, extensions dropped, each run of other characters a ``-``; an id
    past the length limit keeps a hash of the whole URL so that long paths stay apart. The
    result always satisfies ``is_valid_source_id`` (it ends up in output paths), falling back
    to "unknown" when nothing usable is left.

    >>> derive_source_id("feeds/Reuters World.xml"), derive_source_id("https://www.example.com/rss")
    ('reuters-world', 'example.com-rss')
    """
    if is_http_url(location):
        parts = urllib.parse.urlsplit(location)
        host = (parts.hostname or "").removeprefix("www.")
        path = _strip_suffixes(parts.path.rstrip("/"),
                               (*_COMPRESSION_SUFFIXES, *_FORMAT_BY_EXTENSION))
        path_id = _slug(f"{path} {parts.query}".replace(".", "-"), limit=None)
        host_id = _slug(host, limit=None)
        if not host_id:
            return _slug(path_id) or "unknown"
        whole = f"{host_id}-{path_id}" if path_id else host_id
        if len(whole) > SOURCE_ID_MAX_LEN:
            tag = digest(location)[:8]
            whole = f"{whole[:SOURCE_ID_MAX_LEN - 9].rstrip('._-')}-{tag}"
        whole = as_text_source_id(whole)
        return whole if is_valid_source_id(whole) else "unknown"
    # Both separators: a Windows path must not leave "dir\\file" in the id.
    names = [p for p in re.split(r"[/\\]", location) if p]
    raw = names[-1] if names else ""
    raw = _strip_suffixes(raw, (*_COMPRESSION_SUFFIXES, *_FORMAT_BY_EXTENSION))
    return _slug(raw) or "unknown"


def host_source_id(url: str) -> str:
    """The id of a URL's host alone ("https://www.example.com/rss" -> "example.com")."""
    return _slug((urllib.parse.urlsplit(url).hostname or "").removeprefix("www.")) or "unknown"


def _slug(raw: str, limit: int | None = SOURCE_ID_MAX_LEN) -> str:
    """``raw`` as a valid source id, or "" when nothing usable is left."""
    # Fold accents to ASCII ("Française" -> "francaise") rather than losing the letters.
    ascii_name = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9._-]+", "-", ascii_name.lower())
    slug = re.sub(r"\.{2,}", ".", slug)
    slug = slug[:limit].strip("._-")
    if limit is None:  # a part of an id ("2024" in a URL path): only its shape matters here
        return slug if has_source_id_shape(slug[:SOURCE_ID_MAX_LEN]) else ""
    slug = as_text_source_id(slug)  # a whole id: "1987.jsonl" -> "src-1987"
    return slug if is_valid_source_id(slug) else ""


def _normalised_head(head: bytes) -> bytes:
    # Dropping NULs and BOMs lets UTF-16/32 markup be recognised by its ASCII tag names.
    head = head.replace(b"\x00", b"")
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        head = head.removeprefix(bom)
    return head.lstrip()


def _root_name(head: bytes) -> str:
    """The local name of the root element of a normalised head ("rdf:RDF" -> "rdf"), or ""."""
    prolog = _PROLOG_RE.match(head)
    tag = _FIRST_TAG_RE.match(head, prolog.end())
    # A DOCTYPE names the root when the root element itself is past the sniffed bytes.
    root = tag.group(1) if tag else prolog.group(1) or b""
    return root.decode("ascii").lower().rpartition(":")[2]


def sniff_format(head: bytes) -> str:
    """The input format from the first bytes of the content alone (extension ignored)."""
    return _sniff_format(head)


def _sniff_format(head: bytes) -> str:
    head = _normalised_head(head)
    if head.startswith(b"{"):
        return "jsonl"
    if not head.startswith(b"<"):
        return "text"
    name = _root_name(head)
    if name in _FEED_ROOTS:
        return "rss"
    if name in _HTML_ROOTS:
        return "html"
    return "rss" if head.startswith(b"<?xml") else "html"


def detect_format(location: str, head: bytes) -> str:
    """The input format: by extension (after .gz/.bz2/...), else by sniffing the first bytes.

    Returns one of ``FORMATS``. ``head`` is the start of the (decompressed) content.
    """
    path = urllib.parse.urlsplit(location).path if is_http_url(location) else location
    name = _strip_suffixes(path, _COMPRESSION_SUFFIXES)
    extension = os.path.splitext(name)[1].lower()
    return _FORMAT_BY_EXTENSION.get(extension) or _sniff_format(head)


# --- parsers -----------------------------------------------------------------------------------


def _reject(reason: str, detail: str, origin: str, payload: str, source: str) -> Reject:
    return Reject(
        stage=_STAGE, reason=reason, detail=detail, origin=origin, payload=payload, source=source
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


def entity_expansion(document: bytes) -> float:
    """Bytes that references to the document's internal XML entities would expand to.

    ``document`` is UTF-8. Nested entities are followed (a "billion laughs" bomb counts in
    full, a cycle is infinite), so the bound holds whatever the XML parser does with them.
    """
    declared: dict[bytes, bytes] = {}
    for match in _ENTITY_DECL_RE.finditer(document):
        # XML: the first declaration of an entity is binding.
        declared.setdefault(match[1], match[2] if match[2] is not None else match[3])
    if not declared:
        return 0
    sizes: dict[bytes, float] = {}

    def size(name: bytes) -> float:
        if name not in sizes:
            sizes[name] = float("inf")  # while being computed: a reference back is a cycle
            value = declared[name]
            refs = [r for r in _ENTITY_REF_RE.findall(value) if r in declared]
            literal = len(value) - sum(len(r) + 2 for r in refs)
            sizes[name] = literal + sum(size(r) for r in refs)
        return sizes[name]

    try:
        return sum(size(r) for r in _ENTITY_REF_RE.findall(document) if r in declared)
    except RecursionError:  # a chain of entities deeper than Python's stack: no feed does that
        return float("inf")


def _replace_non_character_refs(document: bytes) -> bytes:
    """``document`` with character references to no character (surrogates, past U+10FFFF)
    replaced by one to U+FFFD, as an XML parser that recovers would."""

    def replace(match: re.Match[bytes]) -> bytes:
        code = int(match[1], 16) if match[1] else int(match[2])
        is_character = code <= sys.maxunicode and not 0xD800 <= code <= 0xDFFF
        return match[0] if is_character else b"&#xFFFD;"

    return _CHAR_REF_RE.sub(replace, document)


def parse_feed(
    data: bytes, *, source: str, origin: str, headers: dict[str, str] | None = None
) -> list[RawStory | Reject]:
    """One ``RawStory`` per entry of an RSS/Atom/RDF feed; origins are ``<origin>#<index>``.

    ``headers`` are the HTTP response headers (they decide the encoding and the base URI).
    Entries of an ill-formed ("bozo") feed that feedparser recovers are kept. A document that
    yields no entries and is not recognisably a feed (no feed version, no rss/feed/rdf/channel
    root: an HTML page, garbage, an empty file) becomes one ``malformed_feed`` reject.
    A well-formed feed with no entries returns ``[]``: that is not bad data, the caller counts it.
    Every entry feedparser returns is a story, even one with neither title nor text: it is an
    item of the feed (a link, an enclosure, a date), and identity gives it an id of its own.
    A document whose entities would expand past ``_MAX_ENTITY_EXPANSION`` bytes is never
    parsed: it becomes one ``entity_expansion`` reject. External entities are never fetched.
    """
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    if is_http_url(origin):
        # Relative links in a fetched feed resolve against the feed's own URL.
        response_headers.setdefault("content-location", origin)
    # Measured on the UTF-8 text feedparser itself parses, so UTF-16 or UTF-7 hides nothing.
    document = convert_to_utf8(response_headers, data, {})
    expansion = entity_expansion(document)
    if expansion > _MAX_ENTITY_EXPANSION:
        detail = (
            f"XML entities would expand to {expansion:.0f} bytes (limit {_MAX_ENTITY_EXPANSION})"
        )
        return [
            _reject("entity_expansion", detail, origin, data.decode("utf-8", "replace"), source)
        ]
    repaired = _replace_non_character_refs(document)
    if repaired != document:
        # feedparser's fallback parser raises on "&#xD800;" (and past U+10FFFF), which would lose
        # every entry of the feed; it parses the repaired UTF-8 text instead, declared as such.
        data, response_headers["content-type"] = repaired, "application/xml; charset=utf-8"
    # A stream, not bytes: feedparser opens bytes that name an existing file as that file.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=response_headers)
    entries = parsed.get("entries", [])
    # feedparser leaves "version" empty for some valid feeds (CDF), so the root element counts too.
    is_feed = parsed.get("version") or (
        _root_name(_normalised_head(data[:_SNIFF_BYTES])) in _FEED_ROOTS
    )
    if not entries and not is_feed:
        detail = (
            str(parsed["bozo_exception"]) if parsed.get("bozo") else "not an RSS, Atom or RDF feed"
        )
        return [_reject("malformed_feed", detail, origin, data.decode("utf-8", "replace"), source)]
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
            _reject("undecodable_text", detail, origin, data.decode("utf-8", "replace"), source)
        ]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return [_reject("empty_story", "blank text file", origin, text, source)]
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
        return _reject("invalid_field", error, origin, line, source)
    line_source = obj.get("source")
    if line_source is not None:
        problem = (source_id_problem(line_source) if isinstance(line_source, str)
                   else "not a string")
        if problem is not None:
            detail = f"source {line_source!r} is not a valid source id: {problem}"
            return _reject("invalid_source", detail, origin, line, source)
        source = line_source
    title = obj.get("title") or ""
    text = (obj["body"] if obj.get("body") is not None else obj.get("text")) or ""
    if not title.strip() and not text.strip():
        return _reject("empty_story", "no title and no body", origin, line, source)
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
        return _reject("not_an_object", detail, origin, payload, source)
    for key in _JSON_FEED_STRING_FIELDS:
        if item.get(key) is not None and not isinstance(item[key], str):
            detail = f"{key!r} must be a string, not {type(item[key]).__name__}"
            return _reject("invalid_field", detail, origin, payload, source)
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
                _reject("invalid_field", detail, origin, data.decode("utf-8", "replace"), source)
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
            records.append(_reject("malformed_json", str(err), line_origin, line, source))
            continue
        if not isinstance(obj, dict):
            detail = f"expected a JSON object, got {type(obj).__name__}"
            records.append(_reject("not_an_object", detail, line_origin, line, source))
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
    if not title.strip() and not text.strip():
        payload = data.decode("utf-8", "replace")
        return [
            _reject(
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
    data: bytes, *, fmt: str, source: str, origin: str, headers: dict[str, str] | None = None
) -> list[RawStory | Reject]:
    """Parse ``data`` as ``fmt`` (one of ``FORMATS``); ``headers`` only matter for feeds."""
    if fmt == "rss":
        return parse_feed(data, source=source, origin=origin, headers=headers)
    if fmt == "text":
        return parse_text_story(data, source=source, origin=origin)
    if fmt == "jsonl":
        return parse_jsonl(data, source=source, origin=origin)
    if fmt == "html":
        return parse_html_page(
            data, source=source, origin=origin, url=origin if is_http_url(origin) else None
        )
    raise ValueError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")


# --- I/O ---------------------------------------------------------------------------------------


def read_location(
    location: str,
    *,
    timeout_s: float,
    max_bytes: int,
    request_headers: dict[str, str] | None = None,
    client: FeedClient | None = None,
) -> tuple[bytes, dict[str, str]]:
    """The bytes of one input and its response headers (lower-cased; ``{}`` for files).

    http(s) URLs are fetched (gzip handled, ``timeout_s`` for the whole read; ``request_headers``
    such as If-None-Match are sent, and a 304 raises ``NotModified``); anything else goes
    through Beam's FileSystems, so local, gs:// and s3:// paths work and .gz/.bz2/... files are
    decompressed. Raises ``InputTooLarge`` past ``max_bytes`` (after decompression),
    ``FetchError`` for network failures and ``ReadError`` for unreadable files. URLs go through
    ``client`` (its connections and per-host limit), else a process-wide default client.
    """
    if is_http_url(location):
        return (client or shared_client()).fetch(
            location, timeout_s=timeout_s, max_bytes=max_bytes, request_headers=request_headers
        )
    try:
        with FileSystems.open(location, compression_type=CompressionTypes.AUTO) as stream:
            return read_capped(stream, max_bytes), {}
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as err:
        raise ReadError(str(err) or type(err).__name__) from err


def _visible(paths: Iterable[str], root: str) -> list[str]:
    """Paths with no hidden (dot) component below ``root``."""
    visible = []
    for path in paths:
        below = path[len(root) :] if path.startswith(root) else path.rpartition("/")[2]
        if not any(part.startswith(".") for part in below.split("/")):
            visible.append(path)
    return visible


def _matched_files(location: str) -> list[str]:
    if _GLOB_RE.search(location):
        root = location[: _GLOB_RE.search(location).start()].rpartition("/")[0]
        return _visible((m.path for m in FileSystems.match([location])[0].metadata_list), root)
    # "dir/" names a directory, which Beam would match as only the files directly in it.
    if not location.endswith("/"):
        exact = [
            m.path
            for m in FileSystems.match([location])[0].metadata_list
            if not os.path.isdir(m.path)  # a local directory matches as itself
        ]
        if exact:
            return exact
    # A directory (or an object-store prefix): every file below it.
    root = location.rstrip("/")
    listing = FileSystems.match([f"{root}/**"])[0].metadata_list
    return _visible((m.path for m in listing), root)


class InputNotFound(ValueError):
    """A configured path or glob matches no file."""


def expand_inputs(specs: Iterable[InputSpec]) -> list[InputSpec]:
    """Concrete inputs: globs and directories become files (recursively, hidden ones skipped).

    URLs are kept as they are. Every result has a source (given, or derived from its file
    name or host). Raises ``InputNotFound`` naming any location that matches nothing. The result
    is sorted and free of repeats so runs are deterministic.
    """
    expanded: set[InputSpec] = set()
    for spec in specs:
        if is_http_url(spec.location):
            locations = [spec.location]
        else:
            locations = _matched_files(spec.location)
            if not locations:
                raise InputNotFound(
                    f"no input matched {spec.location!r}: check the path or quote the glob"
                )
        for location in locations:
            source = spec.source or derive_source_id(location)
            expanded.add(InputSpec(location=location, format=spec.format, source=source))
    return sorted(expanded)


# --- Beam --------------------------------------------------------------------------------------


def read_reject(err: ReadError, location: str, source: str) -> Reject:
    """The reject an input that could not be read becomes."""
    return _reject(err.reason, str(err), location, "", source)


def parse_location(
    spec: InputSpec, source: str, data: bytes, headers: dict[str, str]
) -> list[RawStory | Reject]:
    """Parse what was read from ``spec.location`` (format detected when ``auto``)."""
    fmt = (
        spec.format
        if spec.format != "auto"
        else detect_format(spec.location, data[:_SNIFF_BYTES])
    )
    try:
        return parse_input(data, fmt=fmt, source=source, origin=spec.location, headers=headers)
    # The dead-letter path: a parser bug on one input keeps that input and the run going.
    except Exception as err:
        detail = f"{type(err).__name__}: {err}"
        return [
            _reject("parse_failed", detail, spec.location, data.decode("utf-8", "replace"), source)
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
                 max_per_host: int = DEFAULT_MAX_PER_HOST) -> None:
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._max_concurrency = max_concurrency
        self._max_per_host = max_per_host
        self._inputs = beam.metrics.Metrics.counter(_STAGE, "inputs")
        self._stories = beam.metrics.Metrics.counter(_STAGE, "stories")
        self._empty_feeds = beam.metrics.Metrics.counter(_STAGE, "empty_feeds")
        self._client: FeedClient | None = None  # None (no setup()): the shared client
        self._threads: concurrent.futures.ThreadPoolExecutor | None = None

    def setup(self) -> None:
        self._client = FeedClient(max_per_host=self._max_per_host,
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
            data, headers = read_location(
                spec.location, timeout_s=self._timeout_s, max_bytes=self._max_bytes,
                client=self._client
            )
        except ReadError as err:
            return [read_reject(err, spec.location, source)]
        return parse_location(spec, source, data, headers)

    def _emit(self, records: list[RawStory | Reject]):
        self._inputs.inc()
        if not records:
            # A feed (or JSONL file) with no items: not bad data, but visible in the counts.
            self._empty_feeds.inc()
        for record in records:
            if isinstance(record, Reject):
                beam.metrics.Metrics.counter(_STAGE, f"rejects_{record.reason}").inc()
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
    they are split by host into ``shards`` groups, which spread over workers as files do.
    """

    def __init__(self, *, timeout_s: float, max_bytes: int, max_concurrency: int = 1,
                 max_per_host: int = DEFAULT_MAX_PER_HOST, shards: int = 1) -> None:
        super().__init__()
        self._read = {"timeout_s": timeout_s, "max_bytes": max_bytes,
                      "max_concurrency": max_concurrency, "max_per_host": max_per_host}
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
