"""Defences of the feed parser against hostile XML: entity expansion bombs and character
references to no character, both measured or repaired before feedparser sees the document.

External entities need no defence here: feedparser never fetches them.
"""

from __future__ import annotations

import re
import sys

# Entity text a feed may expand to. Real feeds declare a few short entities, if any; a bomb
# declares a few bytes that expand to gigabytes, which feedparser's fallback parser would build.
MAX_ENTITY_EXPANSION = 1 << 20
_ENTITY_DECL_RE = re.compile(rb"""<!ENTITY\s+([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)')""")
_ENTITY_REF_RE = re.compile(rb"&([\w.:-]+);")
_CHAR_REF_RE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


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


def replace_non_character_refs(document: bytes) -> bytes:
    """``document`` with character references to no character (surrogates, past U+10FFFF)
    replaced by one to U+FFFD, as an XML parser that recovers would."""

    def replace(match: re.Match[bytes]) -> bytes:
        code = int(match[1], 16) if match[1] else int(match[2])
        is_character = code <= sys.maxunicode and not 0xD800 <= code <= 0xDFFF
        return match[0] if is_character else b"&#xFFFD;"

    return _CHAR_REF_RE.sub(replace, document)
