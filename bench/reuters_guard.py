"""Reuters precision guard (issue 18): what the whole pipeline removes from clean wire copy.

    python bench/reuters_guard.py                          # all stories, both forms
    python bench/reuters_guard.py --limit 1500 --forms wrapped --keep /tmp/guard

Every Reuters-21578 story with a body is written as JSONL in two forms and run through the real
CLI (``wirestream run``, as ``python -m pipeline.cli run`` from this tree; learned boilerplate on
as configured by default, entities off: the guard is about cleaning):

* ``wrapped``: the body exactly as the SGML lines: hard-wrapped at ~65 columns, an indented line
  starting each paragraph or table row, the closing "Reuter" sign-off kept;
* ``joined``: the paragraphs joined into one line each, sign-off removed (``reuters_stories``).

The articles are read back with DuckDB and judged story by story against the input:

* lost a line: a ``noise`` entry other than the sign-off alone ("Reuter", any case, and the
  corpus's variants "REUTERS", "REUTER...", "REUTER^M");
* sentence cut: a noise text that starts or ends inside an input paragraph: whitespace
  normalised, no occurrence of it in the input begins at a paragraph's start and ends at a
  paragraph's end (a strict substring of one paragraph is the usual case; a text joined from
  several lines counts the same way). Paragraphs are separated by blank lines or begin with an
  indented line, so in the wrapped form every table row is one;
* empty body: an empty body where the input had a sentence (a paragraph of at least 5 words).

The bar: at most 0.2% of stories lose a line, no sentence is cut, no body is emptied, and every
story read comes out as an article (exact duplicates are written with ``duplicate_of``).

One JSON line per form goes to stdout; the first stories that lost lines go to stderr, and every
one of them, with the input lines around each lost line, to ``<report>/reuters_guard_<form>.jsonl``.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import ReutersStory, reuters_stories, reuters_wrapped_stories  # noqa: E402

NOW = "2026-01-01T00:00:00Z"
SOURCE = "reuters"
FORMS: dict[str, Callable[[int | None], list[ReutersStory]]] = {
    "wrapped": reuters_wrapped_stories,
    "joined": reuters_stories,
}
MAX_LOST_SHARE = 0.002  # the bar: at most 0.2% of stories lose a line
SENTENCE_WORDS = 5  # a paragraph of this many words counts as a sentence for "empty body"
SHOWN_STORIES = 30
SHOWN_LINES = 6  # per story on stderr; the report has them all
TOP_TEXTS = 20
# The agency sign-off alone on its line, as the corpus spells it: "Reuter", "REUTER", "REUTERS",
# "REUTER..." and "REUTER^M" (a carriage return typed out); "told Reuters." is a sentence's end.
# The wire's "MORE" (the story continues in a later take) is the same kind of wire marker, and
# is counted with it: removing it takes nothing from the story.
SIGN_OFF = re.compile(r"\s*(?:reuters?(?:\.\.\.)?(?:\^m)?|more)\s*", re.IGNORECASE)
WORD = re.compile(r"\w+")


class Loss(NamedTuple):
    reason: str
    text: str
    cut: bool  # starts or ends inside an input paragraph: the pipeline split a sentence
    matched: bool  # found in the input at all (False: the noise text was rewritten)
    before: str  # the input line (wrapped) or paragraph (joined) before the lost one
    line: str  # the input line the lost text starts in
    after: str


class Verdict(NamedTuple):
    guid: str
    losses: list[Loss]
    empty_body: bool
    unaccounted_words: list[str]  # input words in neither the body nor any noise entry


def normalise(text: str) -> str:
    return " ".join(text.split())


def is_sign_off(text: str) -> bool:
    return SIGN_OFF.fullmatch(text) is not None


def paragraphs(body: str) -> list[str]:
    """Whitespace-normalised paragraphs: a blank line or an indented line starts a new one."""
    found: list[list[str]] = []
    fresh = True
    for line in body.split("\n"):
        if not line.strip():
            fresh = True
            continue
        if fresh or line[:1].isspace():
            found.append([])
        found[-1].append(line.strip())
        fresh = False
    return [normalise(" ".join(p)) for p in found]


def write_input(form: str, path: Path, limit: int | None) -> dict[str, str]:
    """Write one form of the corpus as JSONL; return guid -> input body."""
    bodies = {}
    with path.open("w", encoding="utf-8") as out:
        for story in FORMS[form](limit):
            guid = str(story.newid)
            bodies[guid] = story.body
            out.write(json.dumps({"guid": guid, "title": story.title, "body": story.body,
                                  "published": story.date.isoformat()}) + "\n")
    return bodies


def run_pipeline(inputs: Path, out: Path) -> tuple[float, dict]:
    """``wirestream run`` in a fresh process; (wall seconds, the run record)."""
    # `python -m pipeline.cli` is the `wirestream` console script's entry point, run from ROOT so
    # the code measured is this tree's even where another checkout is installed editable.
    argv = [sys.executable, "-m", "pipeline.cli", "run", "--input", str(inputs),
            "--format", "jsonl", "--source", SOURCE, "--output", str(out),
            "--set", "entities.enabled=false", "--now", NOW, "--progress-interval", "0"]
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"wirestream run exited {done.returncode}: {done.stderr[-3000:]}")
    records = sorted((out / "_runs").glob("*.json"))
    if len(records) != 1:
        raise RuntimeError(f"expected one run record in {out / '_runs'}, found {len(records)}")
    return seconds, json.loads(records[0].read_text())


def read_articles(out: Path) -> dict[str, dict]:
    """guid -> {body, noise, duplicate_of} of every article row the run wrote."""
    import duckdb

    rows = duckdb.connect().execute(
        "SELECT guid, body, noise, duplicate_of FROM read_parquet(?, hive_partitioning=true)",
        [str(out / "articles" / "**" / "*.parquet")]).fetchall()
    articles: dict[str, dict] = {}
    for guid, body, noise, duplicate_of in rows:
        if guid in articles:
            raise RuntimeError(f"guid {guid} written twice: each story is read once")
        articles[guid] = {"body": body or "", "noise": noise or [],
                          "duplicate_of": duplicate_of}
    return articles


def _context(body: str, text: str) -> tuple[str, str, str]:
    """(line before, the line, line after) of the input where ``text`` starts."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    first = normalise(text.split("\n")[0])
    flat = [normalise(line) for line in lines]
    # The line itself; else the line a text joined from several lines begins with; else the
    # line a fragment of it sits in.
    at = next((i for i, line in enumerate(flat) if line == first), None)
    if at is None:
        at = next((i for i, line in enumerate(flat) if first.startswith(line + " ")), None)
    if at is None:
        at = next((i for i, line in enumerate(flat) if first and first in line), None)
    if at is None:
        return "", "", ""
    return (lines[at - 1] if at else "", lines[at],
            lines[at + 1] if at + 1 < len(lines) else "")


def placement(flat: str, paras: list[str]) -> tuple[bool, bool]:
    """(found in the input, cuts a paragraph) for a whitespace-normalised noise text.

    The paragraphs are laid end to end with single spaces; the text is whole when one of its
    occurrences starts at a paragraph's start and ends at a paragraph's end.
    """
    joined = " ".join(paras)
    starts, ends, at = set(), set(), 0
    for p in paras:
        starts.add(at)
        at += len(p)
        ends.add(at)
        at += 1
    found = False
    at = joined.find(flat) if flat else -1
    while at >= 0:
        found = True
        if at in starts and at + len(flat) in ends:
            return True, False
        at = joined.find(flat, at + 1)
    return found, found


def judge(guid: str, body: str, article: dict) -> Verdict:
    """Compare one story's input body with its article row."""
    paras = paragraphs(body)
    losses = []
    for entry in article["noise"]:
        text = entry["text"] or ""
        if is_sign_off(text):
            continue
        matched, cut = placement(normalise(text), paras)
        losses.append(Loss(entry["reason"], text, cut, matched, *_context(body, text)))
    had_sentence = any(len(p.split()) >= SENTENCE_WORDS for p in paras if not is_sign_off(p))
    kept = collections.Counter(WORD.findall(article["body"].lower()))
    for entry in article["noise"]:
        kept.update(WORD.findall((entry["text"] or "").lower()))
    missing = collections.Counter(WORD.findall(body.lower())) - kept
    return Verdict(guid, losses, had_sentence and not article["body"].strip(),
                   sorted(missing.elements()))


def summarise(form: str, verdicts: list[Verdict], missing: list[str]) -> dict:
    """The form's figures against the issue's bar (stories = verdicts + missing articles)."""
    stories = len(verdicts) + len(missing)
    lost = [v for v in verdicts if v.losses]
    by_reason: dict[str, dict[str, int]] = {}
    for v in lost:
        for reason in {loss.reason for loss in v.losses}:
            by_reason.setdefault(reason, {"stories": 0, "lines": 0})["stories"] += 1
        for loss in v.losses:
            by_reason[loss.reason]["lines"] += 1
    cuts = [loss for v in verdicts for loss in v.losses if loss.cut]
    texts = collections.Counter(normalise(loss.text) for v in lost for loss in v.losses)
    share = len(lost) / stories if stories else 0.0
    empty = sum(v.empty_body for v in verdicts)
    return {
        "bench": "reuters_guard", "form": form, "stories": stories,
        "lost_any_line": {"stories": len(lost), "share": round(share, 5)},
        "by_reason": dict(sorted(by_reason.items(), key=lambda kv: -kv[1]["stories"])),
        "sentences_cut": {"lines": len(cuts), "stories": sum(
            any(loss.cut for loss in v.losses) for v in verdicts)},
        "empty_bodies": empty,
        "stories_without_article": len(missing),
        "noise_not_found_in_input": sum(not loss.matched for v in lost for loss in v.losses),
        "stories_with_unaccounted_words": sum(bool(v.unaccounted_words) for v in verdicts),
        "top_removed_texts": texts.most_common(TOP_TEXTS),
        "passes": share <= MAX_LOST_SHARE and not cuts and not empty and not missing,
    }


def write_report(path: Path, verdicts: Iterable[Verdict], missing: list[str]) -> None:
    """Every story that lost a line, an emptied body, unaccounted words or no article."""
    with path.open("w", encoding="utf-8") as out:
        for guid in missing:
            out.write(json.dumps({"guid": guid, "no_article": True}) + "\n")
        for v in verdicts:
            if v.losses or v.empty_body or v.unaccounted_words:
                out.write(json.dumps({
                    "guid": v.guid, "empty_body": v.empty_body,
                    "lost": [loss._asdict() for loss in v.losses],
                    "unaccounted_words": v.unaccounted_words}) + "\n")


def show(form: str, verdicts: list[Verdict]) -> None:
    """The first stories that lost lines, on stderr (stdout stays one JSON line per form)."""
    lost = [v for v in verdicts if v.losses]
    print(f"-- {form}: {len(lost)} stories lost lines; the first {SHOWN_STORIES}:",
          file=sys.stderr)
    for v in lost[:SHOWN_STORIES]:
        for loss in v.losses[:SHOWN_LINES]:
            mark = " CUT" if loss.cut else ""
            print(f"  {v.guid:>6} {loss.reason}{mark}: {loss.text!r}", file=sys.stderr)
        if len(v.losses) > SHOWN_LINES:
            print(f"  {v.guid:>6} ... and {len(v.losses) - SHOWN_LINES} more lines (see the "
                  "report)", file=sys.stderr)


def guard(form: str, workdir: Path, limit: int | None, report_dir: Path) -> dict:
    """Run one form through the pipeline and judge it; the summary, with timing and counts."""
    workdir.mkdir(parents=True, exist_ok=True)
    inputs, out = workdir / f"reuters_{form}.jsonl", workdir / f"out_{form}"
    if out.exists():  # a run reads the ids already in its output: a second run adds nothing
        shutil.rmtree(out)
    bodies = write_input(form, inputs, limit)
    seconds, record = run_pipeline(inputs, out)
    articles = read_articles(out)
    verdicts = [judge(guid, body, articles[guid]) for guid, body in bodies.items()
                if guid in articles]
    missing = [guid for guid in bodies if guid not in articles]
    report = report_dir / f"reuters_guard_{form}.jsonl"
    write_report(report, verdicts, missing)
    counts = record["counts"]
    summary = summarise(form, verdicts, missing)
    summary.update({
        "seconds": round(seconds, 1), "pipeline_seconds": record.get("elapsed_seconds"),
        "run": {k: counts.get(k) for k in ("stories_in", "articles_new", "versions_new",
                                           "repolls_skipped", "rejects", "duplicates_linked",
                                           "reconciled")},
        "articles_out": len(articles),
        "duplicates_written": sum(a["duplicate_of"] is not None for a in articles.values()),
        "report": str(report),
    })
    summary["passes"] = summary["passes"] and counts.get("stories_in") == len(articles)
    summary["verdicts"] = verdicts  # for show() and tests; dropped before printing
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N stories (default all)")
    parser.add_argument("--forms", nargs="+", choices=list(FORMS), default=list(FORMS))
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the JSONL inputs and pipeline outputs in this directory")
    parser.add_argument("--report", type=Path, default=None,
                        help="directory for reuters_guard_<form>.jsonl (default: --keep, "
                        "else a new temporary directory that is not removed)")
    args = parser.parse_args()
    report_dir = args.report or args.keep or Path(tempfile.mkdtemp(prefix="reuters_guard_"))
    report_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reuters_guard_run_") as tmp:
        workdir = args.keep or Path(tmp)
        for form in args.forms:
            summary = guard(form, workdir, args.limit, report_dir)
            show(form, summary.pop("verdicts"))
            print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
