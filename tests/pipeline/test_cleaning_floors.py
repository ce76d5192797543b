"""Cleaning quality floors on real pages (issue 18), page by page, through bench/cleaning.py.

``cleaning_floors.json`` holds wirestream's per-page score on noisy-pages and extraction-dev,
text and HTML paths, from a measured run (``python bench/cleaning.py --no-loso --floors``).
A change fails here when any page falls more than ``PAGE_SLACK`` below its floor or a path's
mean drops by more than ``MEAN_SLACK``; raise the floors when cleaning gets better.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED, require_shared

FLOORS = json.loads((Path(__file__).with_name("cleaning_floors.json")).read_text())
PAGE_SLACK = 0.01  # trafilatura's output differs in the last token or two between runs
MEAN_SLACK = 0.005


@pytest.fixture(scope="module")
def bench():
    require_shared(SHARED / "corpora" / "extraction-dev")
    path = ROOT / "bench" / "cleaning.py"
    spec = importlib.util.spec_from_file_location("bench_cleaning", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its NamedTuple needs its module registered
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_no_page_falls_below_its_floor(bench, key):
    corpus, path = key.split("/")
    scores = bench.page_scores(corpus, bench.SYSTEMS[path]["wirestream"])
    floors = FLOORS[key]
    assert sorted(scores) == sorted(floors), "the corpus's pages changed: re-record the floors"
    below = {page: (round(score, 4), floors[page]) for page, score in scores.items()
             if score < floors[page] - PAGE_SLACK}
    assert below == {}, f"pages below their floor (score, floor): {below}"
    assert statistics.fmean(scores.values()) >= statistics.fmean(floors.values()) - MEAN_SLACK


def test_the_html_path_never_falls_far_below_trafilatura(bench):
    """The wire rules stand back where trafilatura has found the article (issue 18, point 5)."""
    delta = bench.html_vs_trafilatura("extraction-dev")
    assert delta["pages_worse_by_0.02"] == []
    assert delta["mean_delta"] > 0
