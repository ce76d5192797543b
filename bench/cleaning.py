"""Cleaning quality on real pages, page by page, with every reference measured in the same run.

Run as ``python bench/cleaning.py`` from the project root (``--floors`` also prints the per-page
floors the test suite checks). Prints one JSON line per result:

- ``pages``: for each corpus (``noisy-pages``, ``extraction-dev``), path (``text``: the page's
  plain-text rendering; ``html``: the raw page) and system (wirestream; no cleaning, jusText on
  the same lines, trafilatura alone), the distribution of per-page scores (mean, median, p10,
  min), the 10 worst pages and every page's score. A page's score is the token F1 against its
  gold body, or, for pages with gold snippets only, the share of snippets judged right.
- ``html_vs_trafilatura``: page by page, wirestream's HTML path minus trafilatura alone.
- ``leave_one_site_out``: every site's pages scored with the knob values that do best on the
  other sites, so a knob tuned to a page shows.

The corpora are third-party text read from ``../shared/corpora`` (see its README for scoring);
the Reuters guard on clean wire copy is ``bench/reuters_guard.py``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import functools
import gzip
import html
import itertools
import json
import re
import statistics
import sys
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # a standalone script: the project packages sit beside it

from pipeline.sources import parse_html_page, parse_text_story  # noqa: E402
from transforms import cleaning  # noqa: E402
from transforms.cleaning import clean_story  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
CORPUS_NAMES = ("noisy-pages", "extraction-dev")
TOKEN_RE = re.compile(r"\w+")
WORST = 10


class Page(NamedTuple):
    corpus: str
    page_id: str
    site: str
    gold: str | None  # the gold body, or None for a page judged by snippets
    snippets: tuple[tuple[str, ...], tuple[str, ...]]  # (must stay, must go)


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


def page_score(body: str, page: Page) -> float:
    if page.gold is not None:
        return token_f1(body, page.gold)
    with_, without = page.snippets
    text = squash(body)
    right = sum(squash(s) in text for s in with_) + sum(squash(s) not in text for s in without)
    return right / (len(with_) + len(without))


# --- the pages ----------------------------------------------------------------------------------


def _sites(corpus_dir: Path) -> dict[str, str]:
    """Page id -> the site's host, where the corpus has an index; else each page is its own."""
    index = corpus_dir / "index.csv"
    if not index.exists():
        return {}
    with index.open(encoding="utf-8") as f:
        return {row["id"]: urllib.parse.urlsplit(row["url"]).hostname.removeprefix("www.")
                for row in csv.DictReader(f)}


@functools.cache
def pages(corpus: str) -> tuple[Page, ...]:
    corpus_dir = CORPORA / corpus
    sites = _sites(corpus_dir)
    found = []
    for path in sorted((corpus_dir / "gold").iterdir()):
        if path.name.endswith(".articleBody.txt"):
            page_id = path.name.removesuffix(".articleBody.txt")
            found.append(Page(corpus, page_id, sites.get(page_id, page_id),
                              path.read_text(encoding="utf-8"), ((), ())))
        elif path.name.endswith(".with_without.json"):
            page_id = path.name.removesuffix(".with_without.json")
            [entry] = json.loads(path.read_text(encoding="utf-8")).values()
            found.append(Page(corpus, page_id, sites.get(page_id, page_id), None,
                              (tuple(entry["with"]), tuple(entry["without"]))))
    return tuple(found)


def page_text(page: Page) -> str:
    return (CORPORA / page.corpus / "derived_text" / f"{page.page_id}.txt").read_text(
        encoding="utf-8")


@functools.cache
def page_html(page: Page) -> bytes:
    [path] = (CORPORA / page.corpus / "raw_html").glob(page.page_id + ".*")
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


# --- the systems under test and the references --------------------------------------------------


def no_cleaning(page: Page) -> str:
    return page_text(page)


def wirestream_text(page: Page) -> str:
    [raw] = parse_text_story(page_text(page).encode(), source="bench", origin=page.page_id)
    return clean_story(raw.title, raw.text).body


def justext_text(page: Page) -> str:
    """jusText's classifier on the same lines, each line given to it as one paragraph."""
    import justext

    paragraphs_html = "".join(f"<p>{html.escape(line)}</p>" for line in page_text(page).split("\n"))
    classified = justext.justext(f"<html><body>{paragraphs_html}</body></html>".encode(),
                                 justext.get_stoplist("English"))
    return "\n".join(p.text for p in classified if not p.is_boilerplate)


@functools.cache
def trafilatura_alone(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page_html(page), favor_precision=False,
                               include_comments=False) or ""


@functools.cache
def _extracted(page: Page):
    [raw] = parse_html_page(page_html(page), source="bench", origin=page.page_id)
    return raw


def wirestream_html(page: Page) -> str:
    raw = _extracted(page)
    return clean_story(raw.title, raw.text, is_html=raw.is_html, extracted=raw.extracted).body


SYSTEMS: dict[str, dict[str, Callable[[Page], str]]] = {
    "text": {"wirestream": wirestream_text, "no_cleaning": no_cleaning,
             "justext_same_lines": justext_text},
    "html": {"wirestream": wirestream_html, "trafilatura_alone": trafilatura_alone},
}


def page_scores(corpus: str, system: Callable[[Page], str]) -> dict[str, float]:
    return {page.page_id: page_score(system(page), page) for page in pages(corpus)}


def distribution(scores: dict[str, float]) -> dict[str, object]:
    values = sorted(scores.values())
    return {
        "pages": len(values),
        "mean": round(statistics.fmean(values), 4),
        "median": round(statistics.median(values), 4),
        "p10": round(values[len(values) // 10], 4),
        "min": round(values[0], 4),
        "worst": [[page_id, round(score, 4)] for page_id, score in
                  sorted(scores.items(), key=lambda item: item[1])[:WORST]],
    }


# --- leave one site out over the knobs tuned on pages ------------------------------------------

# The span's knobs, around the shipped values (10 words, cost 6, 3 label lines).
GRID = {"PROSE_MIN_WORDS": (6, 8, 10, 12, 15), "CHROME_LINE_COST": (2, 4, 6, 9, 12),
        "CHROME_MIN_LINES": (2, 3, 5)}


def leave_one_site_out(corpus: str, path: str) -> dict[str, object]:
    """Each site's pages scored with the knob values that do best on every other site."""
    system = SYSTEMS[path]["wirestream"]
    shipped = {name: getattr(cleaning, name) for name in GRID}
    scores: dict[tuple[int, ...], dict[str, float]] = {}
    try:
        for values in itertools.product(*GRID.values()):
            for name, value in zip(GRID, values, strict=True):
                setattr(cleaning, name, value)
            scores[values] = page_scores(corpus, system)
    finally:
        for name, value in shipped.items():
            setattr(cleaning, name, value)
    by_site = collections.defaultdict(list)
    for page in pages(corpus):
        by_site[page.site].append(page.page_id)
    held_out: dict[str, float] = {}
    chosen = collections.Counter()
    for site_pages in by_site.values():
        best = max(scores, key=lambda v: sum(s for p, s in scores[v].items()
                                             if p not in site_pages))
        chosen[best] += 1
        held_out.update({p: scores[best][p] for p in site_pages})
    shipped_values = tuple(shipped.values())
    return {"sites": len(by_site), "held_out": distribution(held_out),
            "shipped_mean": round(statistics.fmean(scores[shipped_values].values()), 4),
            "knobs": list(GRID),
            "knobs_chosen": [[list(v), n] for v, n in chosen.most_common()]}


def html_vs_trafilatura(corpus: str) -> dict[str, object]:
    ours = page_scores(corpus, wirestream_html)
    reference = page_scores(corpus, trafilatura_alone)
    delta = {p: ours[p] - reference[p] for p in ours}
    return {"mean_delta": round(statistics.fmean(delta.values()), 4),
            "pages_worse_by_0.02": sorted(p for p, d in delta.items() if d < -0.02),
            "pages_better_by_0.02": sorted(p for p, d in delta.items() if d > 0.02),
            "worst_deltas": [[p, round(d, 4)] for p, d in
                             sorted(delta.items(), key=lambda item: item[1])[:WORST]]}


def wirestream_floors() -> dict[str, dict[str, float]]:
    """``<corpus>/<path>`` -> page id -> wirestream's score now: what the suite holds it to."""
    return {f"{corpus}/{path}": {p: round(s, 4) for p, s in
                                 page_scores(corpus, SYSTEMS[path]["wirestream"]).items()}
            for corpus in CORPUS_NAMES for path in SYSTEMS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-loso", action="store_true", help="skip leave-one-site-out")
    parser.add_argument("--floors", action="store_true",
                        help="print wirestream's per-page scores as floors JSON")
    args = parser.parse_args()
    if not CORPORA.exists():
        sys.exit(f"{CORPORA} is absent: the corpora are third-party text read at run time")
    for corpus in CORPUS_NAMES:
        for path, systems in SYSTEMS.items():
            for name, system in systems.items():
                scores = page_scores(corpus, system)
                print(json.dumps({"result": "pages", "corpus": corpus, "path": path,
                                  "system": name, **distribution(scores),
                                  "scores": {p: round(s, 4) for p, s in scores.items()}}),
                      flush=True)
        print(json.dumps({"result": "html_vs_trafilatura", "corpus": corpus,
                          **html_vs_trafilatura(corpus)}), flush=True)
        if not args.no_loso:
            for path in SYSTEMS:
                print(json.dumps({"result": "leave_one_site_out", "corpus": corpus,
                                  "path": path, **leave_one_site_out(corpus, path)}), flush=True)
    if args.floors:
        print(json.dumps({"result": "floors", **wirestream_floors()}))


if __name__ == "__main__":
    main()
