"""One bad story never fails a run: a poison story raises in each stage in turn.

Each case patches one stage's own function (in this process: the local runner and Prism's
loopback workers run here) to raise for the poison story only. The run must exit 0, the poison
story must be the one reject, named by its stage, every other story must be written, and the
run record's counts must reconcile.
"""

from __future__ import annotations

import json

import pytest

from pipeline import sinks
from pipeline.cli import PRISM_BINARY
from pipeline.sources import read
from tests.conftest import FIXED_NOW, query, run_cli
from transforms import boilerplate, dedup, entities, neardup, stories
from transforms.identity import article_id

POISON_GUID = "poison"
POISON_TITLE = "Poison pill story for the harbour"
FOOTER = "Follow Harbour Daily on Mastodon for more."
GUIDS = [f"story-{i}" for i in range(5)]
BODIES = [
    "The harbour board voted on Tuesday to rebuild the old ferry pier before the winter storms.",
    "Fishermen in the northern bay reported the largest herring catch in a decade this week.",
    "The city council approved a new bus line connecting the airport with the central station.",
    "A storm closed the coastal road for six hours and cut power to three thousand homes.",
    "The museum reopened its maritime hall after two years of repairs to the wooden roof.",
]


class Injected(RuntimeError):
    """What the patched stage raises for the poison story."""


def story_line(guid: str, title: str, body: str, published: str = "2026-11-27T09:00:00Z"
               ) -> str:
    return json.dumps({"title": title, "body": f"{body}\n\n{FOOTER}", "guid": guid,
                       "published": published}) + "\n"


def poisoned(original, is_poison):
    """``original``, raising ``Injected`` when ``is_poison`` says so of its arguments."""
    def patched(*args, **kwargs):
        if is_poison(*args, **kwargs):
            raise Injected("injected failure for the poison story")
        return original(*args, **kwargs)
    return patched


def _any_poison(stories_of_id, *_args) -> bool:
    return any(s.guid == POISON_GUID for s in stories_of_id)


def _patch_outcomes(mp: pytest.MonkeyPatch) -> None:
    original = dedup.resolve_versions

    def resolve_versions(stories_of_id, prior):
        stories_of_id = list(stories_of_id)
        if _any_poison(stories_of_id):
            raise Injected("injected failure for the poison story")
        return original(stories_of_id, prior)
    mp.setattr(dedup, "resolve_versions", resolve_versions)


def _patch_verification(mp: pytest.MonkeyPatch) -> None:
    """Raises when checking the pairs whose later story is the poison one (a near-copy of
    story-0 published an hour later, so the ``b`` of their pair)."""
    original = neardup.verify_pairs
    poison_id = article_id("harbour", None, POISON_GUID, "", "", "")

    def verify_pairs(signed, pairs, threshold):
        pairs = list(pairs)
        if any(neardup.Member._make(b).article_id == poison_id for _, b, _ in pairs):
            raise Injected("injected failure for the poison story")
        return original(signed, pairs, threshold)
    mp.setattr(neardup, "verify_pairs", verify_pairs)


# case -> (the stage it raises in, how to make it raise on the poison story, whether the run
# needs entities)
CASES = {
    "read": ("read", lambda mp: mp.setattr(read, "parse_input", poisoned(
        read.parse_input, lambda data, **kw: kw["origin"].endswith("poison.jsonl"))), False),
    "clean": ("clean", lambda mp: mp.setattr(stories, "clean_story", poisoned(
        stories.clean_story, lambda title, *a, **kw: title == POISON_TITLE)), False),
    "learned_boilerplate": ("learned_boilerplate", lambda mp: mp.setattr(
        boilerplate, "remove_learned_lines", poisoned(
            boilerplate.remove_learned_lines, lambda story, *a: story.guid == POISON_GUID)),
        False),
    "outcomes": ("outcomes", _patch_outcomes, False),
    "near_duplicate_signing": ("near_duplicates", lambda mp: mp.setattr(
        neardup, "shingle_hashes", poisoned(
            neardup.shingle_hashes, lambda text, *a: text.startswith("Poison body"))), False),
    "near_duplicate_verification": ("near_duplicates", _patch_verification, False),
    "language_and_ner": ("entities", lambda mp: mp.setattr(entities, "ner_input", poisoned(
        entities.ner_input, lambda title, *a: title == POISON_TITLE)), True),
    "row_building": ("build_rows", lambda mp: mp.setattr(sinks, "article_row", poisoned(
        sinks.article_row, lambda story: story.guid == POISON_GUID)), False),
    "writing": ("write", lambda mp: mp.setattr(sinks, "arrow_table", poisoned(
        sinks.arrow_table, lambda rows, *a: any(r.get("guid") == POISON_GUID for r in rows))),
        False),
}

RUNNERS = ["direct", pytest.param("prism", marks=pytest.mark.skipif(
    not PRISM_BINARY.is_file(), reason=f"Prism binary {PRISM_BINARY} is absent: `make prism`"))]


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("case", list(CASES))
def test_a_poison_story_is_rejected_by_its_stage_and_the_run_goes_on(tmp_path, monkeypatch,
                                                                     case, runner):
    good = tmp_path / "stories.jsonl"
    good.write_text("".join(story_line(g, f"Harbour news {i}", b)
                            for i, (g, b) in enumerate(zip(GUIDS, BODIES, strict=True))))
    poison = tmp_path / "poison.jsonl"
    # A near-copy of story-0, an hour later.
    poison.write_text(story_line(POISON_GUID, POISON_TITLE, f"Poison body: {BODIES[0]}",
                                 "2026-11-27T10:00:00Z"))
    stage, patch, needs_entities = CASES[case]
    patch(monkeypatch)
    out = tmp_path / "out"
    assert run_cli(
        "run", "--input", good, "--input", poison, "--format", "jsonl", "--source", "harbour",
        "--output", out, "--now", FIXED_NOW, "--runner", runner, "--progress-interval", "0",
        "--set", f"entities.enabled={'true' if needs_entities else 'false'}",
        "--set", "cleaning.learn_boilerplate=true", "--set", "cleaning.boilerplate_min_stories=3",
        "--set", "dedup.near_duplicates=true") == 0

    rejects = query(out, "SELECT stage, reason, detail, origin, payload FROM rejects")
    assert len(rejects) == 1
    [(reject_stage, reason, detail, origin, payload)] = rejects
    if stage == "read":  # the reader's own dead letter: the whole input, kept as read
        assert (reject_stage, reason, origin) == ("read", "parse_failed", str(poison))
        assert detail == "Injected: injected failure for the poison story"
        assert payload == poison.read_text()
    else:
        assert (reject_stage, reason, detail) == (
            stage, "Injected", "injected failure for the poison story")
        assert origin == f"{poison}:1"
        assert POISON_TITLE in payload
    assert query(out, "SELECT guid FROM articles ORDER BY guid") == [(g,) for g in GUIDS]
    [record] = (out / "_runs").glob("*.json")
    counts = json.loads(record.read_text())["counts"]
    assert (counts["stories_in"], counts["articles_new"], counts["rejects"],
            counts["rejects_by_stage"], counts["reconciled"]) == (6, 5, 1, {stage: 1}, True)


def test_a_failing_ner_batch_rejects_only_its_bad_story(tmp_path, monkeypatch):
    """The NER batch holds every story; only the poison one becomes a reject, and the others
    have their entities."""
    CASES["language_and_ner"][1](monkeypatch)
    stories_file = tmp_path / "stories.jsonl"
    stories_file.write_text(
        story_line("oslo", "Ferry news", "Mara Lindqvist spoke in Oslo on Monday.")
        + story_line(POISON_GUID, POISON_TITLE, "Poison body from Bergen."))
    out = tmp_path / "out"
    assert run_cli("run", "--input", stories_file, "--format", "jsonl", "--source", "harbour",
                   "--output", out, "--now", FIXED_NOW, "--progress-interval", "0",
                   "--set", "entities.batch_size=64") == 0
    assert query(out, "SELECT stage, reason FROM rejects") == [("entities", "Injected")]
    # The footer ("Follow Harbour Daily on Mastodon for more.") is furniture: no entity of it.
    assert query(out, "SELECT DISTINCT name FROM entities ORDER BY name") == [
        ("Mara Lindqvist",), ("Oslo",)]
