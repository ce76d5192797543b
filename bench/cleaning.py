"""Cleaning quality on real pages, and the precision guard on clean wire text.

Run as ``python bench/cleaning.py`` from the project root. Prints one JSON line per result;
every reference (no cleaning, jusText, trafilatura alone) is measured in the same run. The
corpora are third-party text read from ``../shared/corpora`` (see its README for the scoring).
"""

from __future__ import annotations

import collections
import functools
import gzip
import html
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # a standalone script: the project packages sit beside it

import justext  # noqa: E402
import trafilatura  # noqa: E402

from pipeline.sources import parse_html_page, parse_text_story  # noqa: E402
from transforms import cleaning  # noqa: E402
from transforms.cleaning import clean_story  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
PAGES = CORPORA / "noisy-pages"
REUTERS = CORPORA / "reuters21578"

TOKEN_RE = re.compile(r"\w+")
BODY_RE = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
# The story's own sign-off: agency noise, not body text (see the precision guard).
SIGN_OFF_RE = re.compile(r"\s*\bReuter\b\s*$", re.IGNORECASE)
# Reuters-21578 writes control characters as numeric entities (&#3; ends every body).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower())


def token_f1(got: str, gold: str) -> float:
    """Bag-of-words F1 over lower-cased ``\\w+`` tokens (multiset intersection)."""
    got_bag, gold_bag = collections.Counter(tokens(got)), collections.Counter(tokens(gold))
    common = sum((got_bag & gold_bag).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(got_bag.values()), common / sum(gold_bag.values())
    return 2 * precision * recall / (precision + recall)


def squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def snippet_hits(body: str, with_: list[str], without: list[str]) -> tuple[int, int]:
    """(snippets judged right, snippets): ``with`` present, ``without`` absent."""
    text = squash(body)
    right = sum(squash(s) in text for s in with_) + sum(squash(s) not in text for s in without)
    return right, len(with_) + len(without)


# --- the systems under test and the references ----------------------------------------------


def raw_page(name: str) -> bytes:
    path = PAGES / "raw_html" / name
    return gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()


def text_lines(page_id: str) -> str:
    return (PAGES / "derived_text" / f"{page_id}.txt").read_text(encoding="utf-8")


def no_cleaning(page_id: str) -> str:
    return text_lines(page_id)


def wirestream_text(page_id: str) -> str:
    [raw] = parse_text_story(text_lines(page_id).encode(), source="bench", origin=page_id)
    return clean_story(raw.title, raw.text).body


def justext_text(page_id: str) -> str:
    """jusText's classifier on the same lines, each line given to it as one paragraph."""
    lines = text_lines(page_id).splitlines()
    paragraphs_html = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = f"<html><body>{paragraphs_html}</body></html>"
    classified = justext.justext(page.encode(), justext.get_stoplist("English"))
    return "\n".join(p.text for p in classified if not p.is_boilerplate)


def trafilatura_alone(html_name: str) -> str:
    return trafilatura.extract(raw_page(html_name), favor_precision=False,
                               include_comments=False) or ""


@functools.cache
def extracted(html_name: str):
    [raw] = parse_html_page(raw_page(html_name), source="bench", origin=html_name)
    return raw


def wirestream_html(html_name: str) -> str:
    raw = extracted(html_name)
    return clean_story(raw.title, raw.text, is_html=raw.is_html).body


# --- the page set ---------------------------------------------------------------------------


def html_name(page_id: str) -> str:
    return next(p.name for p in (PAGES / "raw_html").iterdir() if p.name.startswith(page_id + "."))


def f1_pages() -> dict[str, str]:
    return {p.name.removesuffix(".articleBody.txt"): p.read_text(encoding="utf-8")
            for p in sorted((PAGES / "gold").glob("*.articleBody.txt"))}


def snippet_pages() -> dict[str, tuple[list[str], list[str]]]:
    pages = {}
    for path in sorted((PAGES / "gold").glob("*.with_without.json")):
        [entry] = json.loads(path.read_text(encoding="utf-8")).values()
        pages[path.name.removesuffix(".with_without.json")] = (entry["with"], entry["without"])
    return pages


def score(system: Callable[[str], str], path: str) -> dict[str, float]:
    """Mean token F1 over the pages with a gold body, pooled snippet accuracy over the rest."""
    run = (lambda page_id: system(html_name(page_id))) if path == "html" else system
    f1s = {page_id: token_f1(run(page_id), gold) for page_id, gold in f1_pages().items()}
    right = total = 0
    for page_id, (with_, without) in snippet_pages().items():
        page_right, page_total = snippet_hits(run(page_id), with_, without)
        right, total = right + page_right, total + page_total
    return {
        "mean_token_f1": round(sum(f1s.values()) / len(f1s), 4),
        "snippet_accuracy": round(right / total, 4),
        "pages_f1": {k: round(v, 4) for k, v in f1s.items()},
    }


# --- leave-one-out over the constants tuned on these pages -----------------------------------

# The span's two knobs, around the shipped values (10 words, cost 6).
GRID = {"PROSE_MIN_WORDS": (6, 8, 10, 12, 15), "CHROME_LINE_COST": (2, 4, 6, 9, 12)}


def page_score(system: Callable[[str], str], path: str, page_id: str) -> float:
    got = system(html_name(page_id) if path == "html" else page_id)
    if page_id in f1_pages():
        return token_f1(got, f1_pages()[page_id])
    right, total = snippet_hits(got, *snippet_pages()[page_id])
    return right / total


def leave_one_out(system: Callable[[str], str], path: str) -> dict[str, object]:
    """Each page scored with the knob values that do best on the other twelve pages."""
    pages = [*f1_pages(), *snippet_pages()]
    shipped = {name: getattr(cleaning, name) for name in GRID}
    scores: dict[tuple[int, ...], dict[str, float]] = {}
    try:
        for values in itertools.product(*GRID.values()):
            for name, value in zip(GRID, values, strict=True):
                setattr(cleaning, name, value)
            scores[values] = {p: page_score(system, path, p) for p in pages}
    finally:
        for name, value in shipped.items():
            setattr(cleaning, name, value)
    held_out, chosen = {}, {}
    for page in pages:
        best = max(scores, key=lambda v: sum(s for p, s in scores[v].items() if p != page))
        held_out[page], chosen[page] = scores[best][page], dict(zip(GRID, best, strict=True))
    f1s = [held_out[p] for p in f1_pages()]
    sizes = {p: len(with_) + len(without) for p, (with_, without) in snippet_pages().items()}
    right = sum(held_out[p] * size for p, size in sizes.items())
    total = sum(sizes.values())
    return {
        "mean_token_f1": round(sum(f1s) / len(f1s), 4),
        "snippet_accuracy": round(right / total, 4),
        "knobs_chosen": sorted({tuple(c.values()) for c in chosen.values()}),
    }


# --- precision guard ------------------------------------------------------------------------


def reuters_bodies() -> Iterable[str]:
    for path in sorted(REUTERS.glob("reut2-*.sgm")):
        sgml = path.read_bytes().decode("utf-8", "replace")
        for match in BODY_RE.finditer(sgml):
            body = CONTROL_RE.sub("", html.unescape(match[1]))
            yield SIGN_OFF_RE.sub("", body)


def precision_guard() -> dict[str, object]:
    kept = total = bodies = 0
    removed: collections.Counter[str] = collections.Counter()
    for body in reuters_bodies():
        bodies += 1
        cleaned = clean_story("", body)
        got = collections.Counter(tokens(cleaned.body))
        want = collections.Counter(tokens(body))
        kept += sum((got & want).values())
        total += sum(want.values())
        removed.update(noise.text for noise in cleaned.noise)
    return {
        "bodies": bodies,
        "tokens": total,
        "token_survival": round(kept / total, 5),
        "top_removed_lines": removed.most_common(20),
    }


def main() -> None:
    if not PAGES.exists() or not REUTERS.exists():
        sys.exit(f"{CORPORA} is absent: the corpora are third-party text read at run time")
    results = [
        ("text", "no_cleaning", no_cleaning),
        ("text", "justext_same_lines", justext_text),
        ("text", "wirestream", wirestream_text),
        ("html", "trafilatura_alone", trafilatura_alone),
        ("html", "wirestream", wirestream_html),
    ]
    for path, system, run in results:
        print(json.dumps({"result": "noisy_pages", "path": path, "system": system,
                          **score(run, path)}), flush=True)
    for path, run in (("text", wirestream_text), ("html", wirestream_html)):
        print(json.dumps({"result": "noisy_pages_leave_one_out", "path": path,
                          "system": "wirestream", "knobs": list(GRID),
                          **leave_one_out(run, path)}), flush=True)
    print(json.dumps({"result": "precision_guard", "corpus": "reuters21578",
                      **precision_guard()}), flush=True)


if __name__ == "__main__":
    main()
