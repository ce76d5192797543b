"""Issue 18: page noise injected into real wire stories with tables (bench/noise_injection.py).

The generator is checked on a story written here; the cleaning is checked on a fixed slice of
CoNLL-2003 (read at run time from ../shared/corpora) against floors measured on the cleaning of
the day. Raise the floors as the cleaning improves, towards the issue's targets (mean F1 0.98,
at most 2% of injected lines left).
"""

from __future__ import annotations

import importlib.util
import random
import statistics
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT, SHARED, require_shared


def _load_bench() -> ModuleType:
    # bench/ is a folder of scripts, not a package: load the module from its file.
    path = ROOT / "bench" / "noise_injection.py"
    spec = importlib.util.spec_from_file_location("bench_noise_injection", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ni = _load_bench()

SEED = 18  # the bench's default seed
SLICE = 150  # the first documents of valid.txt: about a second of cleaning per half

# Floors for the cleaning on SLICE, per template half: (mean token F1 at least, share of
# injected lines left at most). Measured on 2026-12-05 (fourth session: furniture by word
# classes and shape, teasers with figures and in runs, lists of names and digests kept):
# tuning 0.9894 / 0.0225, held_out 0.9879 / 0.0243; fifth session (headlines with initials,
# title-cased headlines between paragraphs that read on, headlines between the dateline and
# the lead, labels above the dateline judged without the teasers there): tuning 0.9902 /
# 0.0169, held_out 0.9876 / 0.0229; sixth session (labelled links in any wording, the page's
# head and footer around furniture, fact sheets and contents lists kept under noise): tuning
# 0.9929 / 0.0155, held_out 0.9903 / 0.0209; seventh session (numbered headline lists, share
# bars, bios, newsletters and page meters by word class, slugged headlines above a dateline,
# one shared stem as chance): tuning 0.9929 / 0.0155, held_out 0.9927 / 0.0135. Raise them
# with every improvement, towards F1 0.98 and 0.02 left (issue 18's bar).
FLOORS = {
    "tuning": (0.992, 0.016),
    "held_out": (0.992, 0.014),
}

STORY = ni.Document(
    "test-0001",
    "HARBOUR TOLLS RISE FOR WINTER",
    (
        "PORTVILLE 2031-02-03",
        "The harbour board raised mooring tolls by 4 percent on Monday, its first rise in "
        "three years.",
        "Moorings 120 118",
    ),
)
# The second title is the story's own: a teaser must never show it.
OTHER_TITLES = ("LIBRARY HOURS CUT IN THREE TOWNS .", "HARBOUR TOLLS RISE FOR WINTER")


def test_generator_is_deterministic_and_labels_every_injected_line():
    noisy = ni.inject_noise(STORY, "tuning", 7, OTHER_TITLES)

    assert noisy == ni.inject_noise(STORY, "tuning", 7, OTHER_TITLES)
    assert noisy.lines == (
        "Search",
        "Facebook | X | LinkedIn | Email | Print",
        "Subscribe | Sign in",
        "PORTVILLE 2031-02-03",
        "The quiet fight over night flights (video)",
        STORY.lines[1],
        "Promoted content",
        "Moorings 120 118",
        "(c) 2016 The Riverside Post Ltd",
        "Terms | Privacy | Cookies | Contact us",
    )
    assert noisy.injected == (0, 1, 2, 4, 6, 8, 9)
    assert [(label.family, label.template, label.position) for label in noisy.labels] == [
        ("navigation", "navigation/6", "before"),
        ("share_bar", "share_bar/6", "before"),
        ("navigation", "navigation/8", "before"),
        ("teaser_headline", "teaser_headline/4", "inside"),
        ("advertisement", "advertisement/10", "inside"),
        ("copyright", "copyright/2", "after"),
        ("footer_links", "footer_links/0", "after"),
    ]
    assert [label.text for label in noisy.labels] == [noisy.lines[i] for i in noisy.injected]


@pytest.mark.parametrize("half", ["tuning", "held_out"])
def test_injection_keeps_the_story_and_draws_only_its_half(half: str):
    parity = ni.HALVES.index(half)
    for seed in range(40):
        noisy = ni.inject_noise(STORY, half, seed, OTHER_TITLES)
        story = tuple(line for i, line in enumerate(noisy.lines) if i not in noisy.injected)
        assert story == STORY.lines
        assert len(noisy.labels) == len(noisy.injected)
        for label in noisy.labels:
            family, index = label.template.split("/")
            assert label.family == family in ni.FAMILY
            assert int(index) % 2 == parity
            assert label.position in ni.FAMILY[family].positions
            assert label.text.casefold() != STORY.title.casefold()
    assert ni.inject_noise(STORY, half, 1, OTHER_TITLES) != ni.inject_noise(
        STORY, half, 2, OTHER_TITLES)


def test_scoring_counts_lost_lines_and_injected_lines_left():
    noisy = ni.inject_noise(STORY, "tuning", 7, OTHER_TITLES)
    # A cleaner that drops the table row and keeps the advert.
    body = "\n\n".join([STORY.lines[0], STORY.lines[1], "Promoted content"])

    score = ni.score_document(STORY, noisy, ni.Output(body, {}))

    assert [(line.text, line.kind) for line in score.lost] == [("Moorings 120 118", "table")]
    assert [label.text for label in score.left] == ["Promoted content"]
    assert 0 < score.f1 < 1


@pytest.mark.parametrize("half", ["tuning", "held_out"])
def test_cleaning_keeps_stories_and_drops_injected_noise(half: str):
    corpus = require_shared(SHARED / "corpora" / "conll2003")
    documents = ni.conll_documents("valid", corpus)[:SLICE]
    scores = ni.run(documents, SEED, systems=["wirestream"], halves=[half])[("wirestream", half)]

    mean_f1 = statistics.fmean(s.f1 for s in scores)
    left = sum(len(s.left) for s in scores) / sum(len(s.injected) for s in scores)
    f1_floor, left_ceiling = FLOORS[half]
    worst = sorted(scores, key=lambda s: s.f1)[:3]
    detail = [(s.doc_id, round(s.f1, 3), [line.text[:60] for line in s.lost][:3],
               [label.text[:60] for label in s.left][:3]) for s in worst]
    assert mean_f1 >= f1_floor, (mean_f1, detail)
    assert left <= left_ceiling, (left, detail)


def test_a_desks_recurring_table_headings_survive_learned_boilerplate():
    # All of CoNLL-2003 as one source's stories, without noise: its standings repeat their
    # headings ("AMERICAN LEAGUE" / "EASTERN DIVISION" / "W L PCT GB") and the wrapped halves
    # of their captions day after day, as a sports desk's feed does. Learning may find those
    # lines, but must take none of them: it loses exactly what cleaning story by story loses.
    corpus = require_shared(SHARED / "corpora" / "conll2003")
    documents = [doc for split in ni.SPLITS for doc in ni.conll_documents(split, corpus)]
    clean = [ni.without_noise(doc) for doc in documents]
    outputs = [ni.wirestream(noisy) for noisy in clean]

    learned = ni.with_learned_boilerplate(outputs)

    def lost(outs: list) -> dict[str, list[str]]:
        scores = [ni.score_document(doc, noisy, out)
                  for doc, noisy, out in zip(documents, clean, outs, strict=True)]
        return {s.doc_id: [line.text for line in s.lost] for s in scores if s.lost}

    assert lost(learned) == lost(outputs)
    assert len(lost(outputs)) == 4  # of 1,162 documents, a cricket scorecard no longer among them


def test_a_table_only_storys_head_stays_under_a_mailing_lists_contents():
    # fresh-ah puts a mailing list's contents ("Today's Topics:", numbered replies and
    # forwards) above a baseball results story whose dateline and headings the list's links
    # split. The contents' label is no lead: the story starts at its dateline (it lost its
    # dateline and three headings once the replies were known noise, 2026-12-07).
    corpus = require_shared(SHARED / "corpora" / "conll2003")
    documents = [doc for split in ni.SPLITS for doc in ni.conll_documents(split, corpus)]
    bank = ni.BANKS["fresh-ah"]
    [half] = bank.halves
    [doc] = [doc for doc in documents if doc.doc_id == "train-0351"]
    noisy = ni.inject_noise(doc, half, SEED, ni.borrowed_titles(documents, bank, half), bank)
    assert noisy.lines[0] == "Today's Topics:"
    assert ni.score_document(doc, noisy, ni.wirestream(noisy)).lost == ()


# Every bank written after the bench halves, in the order they were written (fresh-a ... fresh-z,
# fresh-aa, ...).
FRESH_BANKS = sorted((name for name in ni.BANKS if name.startswith("fresh-")),
                     key=lambda name: (len(name), name))


@pytest.mark.parametrize("name", FRESH_BANKS)
def test_fresh_banks_keep_the_story_and_share_no_template_with_the_bench(name: str):
    bank = ni.BANKS[name]
    bench_templates = {t for family in ni.FAMILIES for t in family.templates}
    assert [f.name for f in bank.families] == [f.name for f in ni.FAMILIES]
    for family in bank.families:
        own = set(family.templates) - {"{headline}", "{other_title}", "{other_title_case}"}
        assert not own & bench_templates, (family.name, own & bench_templates)
    assert not set(bank.headline_patterns) - {"{Subject} {verb} {object}",
                                               "{Subject} {verb} {object} {tail}"} & set(
        ni.HEADLINE_PATTERNS)
    assert not set(bank.words["Subject"]) & set(ni.WORDS["Subject"])
    for seed in range(40):
        noisy = ni.inject_noise(STORY, name, seed, OTHER_TITLES, bank)
        story = tuple(line for i, line in enumerate(noisy.lines) if i not in noisy.injected)
        assert story == STORY.lines
        for label in noisy.labels:
            family, index = label.template.split("/")
            assert label.family == family
            assert 0 <= int(index) < len(bank.family(family).templates)
            assert label.position in bank.family(family).positions


@pytest.mark.parametrize("name", FRESH_BANKS[FRESH_BANKS.index("fresh-d"):])
def test_last_fresh_banks_share_no_template_headline_pattern_or_subject_with_any_other_bank(
        name: str):
    # fresh-d to fresh-h were written last, as checks on rules by word class and by structure:
    # none of their wordings may be one another bank already has (the bench halves or another
    # fresh bank).
    fresh = ni.BANKS[name]
    borrowed = {"{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}"}
    shared_patterns = {"{Subject} {verb} {object}", "{Subject} {verb} {object} {tail}"}
    for other in (bank for other_name, bank in ni.BANKS.items() if other_name != name):
        other_templates = {t for family in other.families for t in family.templates}
        for family in fresh.families:
            own = set(family.templates) - borrowed
            assert not own & other_templates, (other.name, family.name, own & other_templates)
        assert not (set(fresh.headline_patterns) - shared_patterns) & set(
            other.headline_patterns), other.name
        assert not set(fresh.words["Subject"]) & set(other.words["Subject"]), other.name
        assert not set(fresh.words["outlet"]) & set(other.words["outlet"]), other.name


def test_a_shouted_teaser_is_a_generated_headline_in_capitals():
    page = ni._Page(random.Random(3), "fresh-e", (), ni.BANKS["fresh-e"])
    assert page.fill("{HEADLINE}") == "JAZZ FESTIVAL WELCOMES TRIAL OF NIGHT OPENINGS"
