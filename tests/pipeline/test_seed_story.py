"""Acceptance: the seed story (a scraped Reuters copy) through the CLI with the real model."""

from __future__ import annotations

import re

import pytest

from tests.conftest import FIXED_NOW, SEED_STORY, query, require_shared, run_cli


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory):
    seed = require_shared(SEED_STORY)
    out = tmp_path_factory.mktemp("seed")
    assert run_cli("run", "--input", seed, "--format", "text", "--source", "reuters-web",
                   "--output", out, "--now", FIXED_NOW) == 0
    return out


def expected_paragraphs() -> list[str]:
    """The story's own prose, computed from the file: lead to the 'strategic ambiguity' line."""
    lines = [" ".join(line.split()) for line in SEED_STORY.read_text().splitlines()]
    paragraphs = [line for line in lines if line]
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("BEIJING (Reuters)"))
    last = next(i for i, p in enumerate(paragraphs) if "strategic ambiguity" in p)
    return [p for p in paragraphs[first:last + 1] if not p.startswith("See also")]


def test_body_is_exactly_the_story_prose(seed_output):
    [(body,)] = query(seed_output, "SELECT body FROM articles")
    got = body.split("\n\n")
    expected = expected_paragraphs()
    prose = [p for p in expected if len(p.split()) > 4]  # the one-line subheading may stay
    assert len(prose) == 28
    assert [p for p in got if len(p.split()) > 4] == prose
    assert set(got) <= set(expected)
    for gone in ("See also", "Coverage by", "Trust Principles", "Pamuk", "Leave a Reply",
                 "Your email address"):
        assert gone not in body


def test_structure_fields(seed_output):
    [(title, highlights, dateline, agency, related, source, date)] = query(
        seed_output, "SELECT title, highlights, dateline, agency, related_headlines, source, "
        "CAST(date AS VARCHAR) FROM articles")
    see_also = [re.sub(r"^See also\s+", "", " ".join(line.split()))
                for line in SEED_STORY.read_text().splitlines() if line.startswith("See also")]
    assert len(see_also) == 3
    assert related == see_also
    assert title == SEED_STORY.read_text().splitlines()[0].strip()
    bullets = [line.strip().lstrip("•").strip() for line in SEED_STORY.read_text().splitlines()
               if line.strip().startswith("•")]
    assert len(bullets) == 4
    assert highlights == bullets
    assert (dateline, agency) == ("BEIJING", "Reuters")
    assert (source, date) == ("reuters-web", "2026-11-28")  # undated: ingest date


def test_credits(seed_output):
    rows = query(seed_output, "SELECT c.role, c.name FROM (SELECT unnest(credits) AS c "
                              "FROM articles)")
    assert rows == [
        ("coverage", "Humeyra Pamuk"),
        *[("additional reporting", n) for n in (
            "Jason Zhieu", "Sophie Yu", "Yu Lun Tian", "Dominic Button", "Joe Cash",
            "Jenny Kao", "Ben Blanchard")],
        *[("writing", n) for n in ("Humeyra Pamuk", "John Geddy", "Doina Chiacou")],
        *[("editing", n) for n in ("Simon Cameron Moore", "Andrew Heavens", "Lisa Shumaker")],
    ]


def test_entities(seed_output):
    names = {(name, label) for name, label in query(
        seed_output, "SELECT DISTINCT name, label FROM entities")}
    assert {("Xi Jinping", "PERSON"), ("Antony Blinken", "PERSON"), ("Beijing", "GPE")} <= names
    found = {name for name, _ in names}
    for unrelated in ("Kola Peninsula", "Bondi Junction", "Sydney", "Tigray"):
        assert unrelated not in found
    # Offsets index into the body (or the title when in_title).
    mismatched = query(seed_output, """
        SELECT e.text FROM entities e JOIN articles a USING (article_id, version)
        WHERE e.text <> substr(CASE WHEN e.in_title THEN a.title ELSE a.body END,
                               e.start_char + 1, e.end_char - e.start_char)""")
    assert mismatched == []
    # The summary column agrees with the mention rows.
    [(summary_total, rows)] = query(seed_output, """
        SELECT (SELECT sum(e.mentions) FROM (SELECT unnest(entities) AS e FROM articles)),
               (SELECT count(*) FROM entities)""")
    assert summary_total == rows


def test_noise_is_kept_with_reasons(seed_output):
    reasons = [r for (r,) in query(
        seed_output, "SELECT n.reason FROM (SELECT unnest(noise) AS n FROM articles)")]
    assert reasons.count("related_link") == 3
    assert "credits" in reasons and "comment_form" in reasons and "author_bio" in reasons
