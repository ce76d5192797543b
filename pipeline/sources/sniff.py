"""What format an input is: by its name's extension, else by sniffing its first bytes.

Pure functions over a location string and the start of the (decompressed) content.
"""

from __future__ import annotations

import codecs
import os
import re
import urllib.parse
from collections.abc import Iterable

from pipeline.fetching import is_http_url

FORMATS = ("rss", "text", "jsonl", "html")

SNIFF_BYTES = 4096  # how much of an input's start format detection looks at
COMPRESSION_SUFFIXES = (".gz", ".bz2", ".deflate", ".zst", ".zstd", ".xz", ".lzma")
FORMAT_BY_EXTENSION = {
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


def strip_suffixes(name: str, suffixes: Iterable[str]) -> str:
    """Drop known suffixes repeatedly, so "wire.rss.xml.gz" -> "wire"."""
    suffixes = tuple(suffixes)
    while True:
        lowered = name.lower()
        suffix = next((s for s in suffixes if lowered.endswith(s) and len(name) > len(s)), None)
        if suffix is None:
            return name
        name = name[: -len(suffix)]


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


def has_feed_root(head: bytes) -> bool:
    """Whether the document starting with ``head`` has an RSS, Atom, RDF or CDF root element."""
    return _root_name(_normalised_head(head)) in _FEED_ROOTS


def sniff_format(head: bytes) -> str:
    """The input format from the first bytes of the content alone (extension ignored)."""
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
    name = strip_suffixes(path, COMPRESSION_SUFFIXES)
    extension = os.path.splitext(name)[1].lower()
    return FORMAT_BY_EXTENSION.get(extension) or sniff_format(head)
