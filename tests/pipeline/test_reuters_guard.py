"""Issue 18's Reuters precision guard on a slice, through the real CLI (bench/reuters_guard.py).

Both forms of the first 1,500 stories: as hard-wrapped in the SGML (sign-off kept) and with the
paragraphs joined. The bar is the issue's, not today's figures: at most 0.2% of stories lose a
line other than the sign-off, no sentence is cut, no body with a sentence comes out empty, and
every story read comes out as an article.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT, SHARED, require_shared

SLICE = 1500  # ~4 s of pipeline per form; big enough for learned boilerplate to see repeats


def _load_guard():
    """The bench script as a module (bench/ is not a package; it imports its sibling corpora)."""
    path = ROOT / "bench" / "reuters_guard.py"
    spec = importlib.util.spec_from_file_location("reuters_guard", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # NamedTuples defined in it need their module registered
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        # The bench puts bench/ first on sys.path; its cleaning.py, dedup.py ... must not shadow
        # anything for the rest of the session.
        sys.path[:] = saved
    return module


@pytest.fixture(scope="module")
def guard():
    require_shared(SHARED / "corpora" / "reuters21578")
    return _load_guard()


@pytest.mark.parametrize("form", ["wrapped", "joined"])
def test_reuters_slice_loses_no_line_but_the_sign_off(guard, form, tmp_path):
    summary = guard.guard(form, tmp_path / "work", SLICE, tmp_path)
    verdicts = summary.pop("verdicts")
    run = summary["run"]
    lost, cut = summary["lost_any_line"], summary["sentences_cut"]
    # Every part of the bar is checked before failing, so one run shows all that is wrong.
    failures = [f"{what}: {got}" for what, got, ok in (
        ("stories in / articles out", (run["stories_in"], summary["articles_out"]),
         run["stories_in"] == summary["articles_out"] == SLICE and run["reconciled"]),
        ("stories without an article", summary["stories_without_article"],
         summary["stories_without_article"] == 0),
        ("empty bodies", summary["empty_bodies"], summary["empty_bodies"] == 0),
        ("sentences cut (lines, stories)", (cut["lines"], cut["stories"]), cut["lines"] == 0),
        (f"stories losing a line (max share {guard.MAX_LOST_SHARE})",
         (lost["stories"], lost["share"]), lost["share"] <= guard.MAX_LOST_SHARE),
    ) if not ok]
    examples = [(v.guid, loss.reason, "CUT" if loss.cut else "", loss.text)
                for v in verdicts for loss in v.losses][:25]
    assert not failures, (
        f"{form}: " + "; ".join(failures) + f"\nby reason: {summary['by_reason']}"
        f"\nfirst lost lines: {examples}\nall of them: {summary['report']}")
