"""Readers for the third-party corpora in ../shared/corpora (never copied into the project)."""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REUTERS = SHARED / "corpora" / "reuters21578"

_ARTICLE = re.compile(r"<REUTERS\b[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
          for name in ("DATE", "TITLE", "DATELINE", "BODY")}
_CONTROL = re.compile(r"&#\d+;")
_SIGN_OFF = re.compile(r"\s*\bReuter\s*$", re.IGNORECASE)


class ReutersStory(NamedTuple):
    newid: int
    date: dt.datetime
    title: str
    dateline: str
    body: str  # reuters_stories: paragraphs joined by a blank line, the sign-off removed;
    # reuters_wrapped_stories: the SGML lines as they are


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"{path} is absent: the benchmarks read third-party corpora from ../shared")
    return path


def _paragraphs(raw: str) -> str:
    """Reuters wraps lines at ~65 columns and indents each new paragraph."""
    paragraphs: list[list[str]] = []
    for line in raw.split("\n"):
        if not line.strip():
            continue
        if line.startswith((" ", "\t")) or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return "\n\n".join(" ".join(p) for p in paragraphs)


def _parse_date(raw: str) -> dt.datetime:
    """``26-FEB-1987 15:01:01.79``; a few times in the corpus are corrupt: keep the day then."""
    day, _, time = raw.strip().partition(" ")
    try:
        parsed = dt.datetime.strptime(f"{day} {time.split('.')[0]}", "%d-%b-%Y %H:%M:%S")
    except ValueError:
        parsed = dt.datetime.strptime(day, "%d-%b-%Y")
    return parsed.replace(tzinfo=dt.UTC)


def reuters_stories(limit: int | None = None) -> list[ReutersStory]:
    """Every Reuters-21578 story with a body, in NEWID order, SGML entities decoded; the body's
    paragraphs joined into one line each and the "Reuter" sign-off removed."""
    return _sgml_stories(lambda raw: _paragraphs(_SIGN_OFF.sub("", raw)), limit)


def reuters_wrapped_stories(limit: int | None = None) -> list[ReutersStory]:
    """The same stories as ``reuters_stories``, each body exactly as its SGML lines.

    Real wire copy for the whole-pipeline guard: hard-wrapped lines at ~65 columns, the leading
    indentation that marks a new paragraph or table row, blank lines and the closing "Reuter"
    sign-off all kept. Only the SGML entities are decoded, the control characters removed and
    the trailing whitespace after the sign-off dropped.
    """
    return _sgml_stories(str.rstrip, limit)


def _sgml_stories(body_of: Callable[[str], str], limit: int | None) -> list[ReutersStory]:
    """Every story with more than a sign-off in its body, in NEWID order; ``body_of`` turns
    the decoded SGML body into the story's body."""
    stories = []
    for path in sorted(require(REUTERS).glob("reut2-*.sgm")):
        text = path.read_bytes().decode("latin-1")
        for newid, article in _ARTICLE.findall(text):
            fields = {k: (m.group(1) if (m := rx.search(article)) else "") for k, rx in
                      _FIELD.items()}
            raw = html.unescape(_CONTROL.sub("", fields["BODY"]))
            if not _SIGN_OFF.sub("", raw).strip():
                continue
            stories.append(ReutersStory(
                int(newid), _parse_date(fields["DATE"]),
                " ".join(html.unescape(_CONTROL.sub("", fields["TITLE"])).split()),
                " ".join(html.unescape(fields["DATELINE"]).split()), body_of(raw)))
    stories.sort(key=lambda s: s.newid)
    return stories[:limit] if limit else stories
