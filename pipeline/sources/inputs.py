"""What to read: configured locations as concrete inputs (globs and directories expanded, a
source id for each), and the bytes of one input (a file through Beam's FileSystems, a URL
through a ``FeedFetcher``)."""

from __future__ import annotations

import lzma
import os
import re
import unicodedata
import urllib.parse
import zlib
from collections.abc import Iterable, Mapping

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline.fetching import (
    FeedFetcher,
    FetchResult,
    ReadError,
    is_http_url,
    read_capped,
    shared_client,
)
from pipeline.sources.sniff import COMPRESSION_SUFFIXES, FORMAT_BY_EXTENSION, strip_suffixes
from transforms.identity import (
    SOURCE_ID_MAX_LEN,
    as_text_source_id,
    digest,
    has_source_id_shape,
    is_valid_source_id,
)
from transforms.records import InputSpec

_GLOB_RE = re.compile(r"[*?\[]")


# --- source ids --------------------------------------------------------------------------------


def derive_source_id(location: str) -> str:
    """A source id for an ad-hoc input: the URL host and path, else the file name without
    extensions.

    A URL's host alone would merge two feeds of one site into one source, so its path (and
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
        path = strip_suffixes(parts.path.rstrip("/"),
                              (*COMPRESSION_SUFFIXES, *FORMAT_BY_EXTENSION))
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
    raw = strip_suffixes(raw, (*COMPRESSION_SUFFIXES, *FORMAT_BY_EXTENSION))
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


# --- reading -----------------------------------------------------------------------------------


def read_location(
    location: str,
    *,
    timeout_s: float,
    max_bytes: int,
    request_headers: Mapping[str, str] | None = None,
    client: FeedFetcher | None = None,
) -> FetchResult:
    """The bytes of one input, its response headers (lower-cased; ``{}`` for files) and where
    they came from.

    http(s) URLs are fetched (gzip handled, ``timeout_s`` for the whole read; ``request_headers``
    such as If-None-Match are sent, and a 304 raises ``NotModified``); anything else goes
    through Beam's FileSystems, so local, gs:// and s3:// paths work and .gz/.bz2/... files are
    decompressed. Raises ``InputTooLarge`` past ``max_bytes`` (after decompression),
    ``FetchError`` for network failures and ``ReadError`` for unreadable files. URLs go through
    ``client`` (its connections and per-host limit), else a process-wide ``FeedClient``.
    """
    if is_http_url(location):
        return (client or shared_client()).fetch(
            location, timeout_s=timeout_s, max_bytes=max_bytes, request_headers=request_headers
        )
    try:
        with FileSystems.open(location, compression_type=CompressionTypes.AUTO) as stream:
            return FetchResult(read_capped(stream, max_bytes), {}, location)
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
