"""Exact entity tables of short wire stories written for this test (issue 21), end to end with
the real model: no agency, dateline bracket or headline prefix becomes an entity; the dateline
place is one place whatever its casing and whatever the version; companies are organisations
and people people; the built-in alias table merges US/U.S./United States; a table of numbers
keeps its language and its entities."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXED_NOW, query, run_cli

TITLE = "Kelso port halts grain loading after conveyor fire"
BODY = (
    "KELSO (Tidewater Wire) – Bulk terminal operator Brannock Grain Carriers halted all loading "
    "at the port of Kelso on Thursday after a fire damaged its main conveyor, chief executive "
    "Ailsa Fenwick said.\n\n"
    "Fenwick told Tidewater Wire that repairs would take at least two weeks. Brannock ships "
    "about a third of its wheat to the United States, and US millers had already asked for "
    "later delivery dates, she said.\n\n"
    "Morvane Logistics, which runs the rail link to the terminal, said trains would be held in "
    "Kelso until loading resumes.")
UPDATE = (
    "\n\nOlwen Carrick, a spokeswoman for the Kelso harbour board, said no one was hurt and that "
    "U.S. inspectors would visit the site next week.")
TABLE = (
    "KELSO (Tidewater Wire) – Grain loaded at Kelso in October, tonnes:\n\n"
    "Wheat 41,200 vs 38,900\nBarley 12,050 vs 13,400\nRapeseed 3,310 vs 2,980\n"
    "Total 56,560 vs 55,280\n\nSource: Kelso Harbour Board")
STORIES = [
    {"guid": "tw-1", "title": TITLE, "body": BODY, "published": "2026-11-26T08:00:00Z"},
    {"guid": "tw-2", "title": "UPDATE 1-" + TITLE, "body": BODY + UPDATE,
     "published": "2026-11-26T10:00:00Z"},
    {"guid": "tw-3", "title": "Kelso grain loadings in October", "body": TABLE,
     "published": "2026-11-26T12:00:00Z"},
]

PLACE = ("Kelso", "GPE", "LOC")
FIRE = [
    (*PLACE, "Kelso", True),
    (*PLACE, "KELSO", False),  # the dateline: a place, spelt as the story spells it
    ("Brannock Grain Carriers", "ORG", "ORG", "Brannock Grain Carriers", False),
    (*PLACE, "Kelso", False),
    ("Ailsa Fenwick", "PERSON", "PERSON", "Ailsa Fenwick", False),
    ("Ailsa Fenwick", "PERSON", "PERSON", "Fenwick", False),
    ("United States", "GPE", "LOC", "United States", False),
    ("United States", "GPE", "LOC", "US", False),
    ("Morvane Logistics", "ORG", "ORG", "Morvane Logistics", False),
    (*PLACE, "Kelso", False),
]


@pytest.fixture(scope="module")
def wire_output(tmp_path_factory):
    work = tmp_path_factory.mktemp("wire")
    stories = work / "tidewater.jsonl"
    stories.write_text("".join(json.dumps(s) + "\n" for s in STORIES))
    assert run_cli("run", "--input", stories, "--source", "tidewater", "--output",
                   work / "out", "--now", FIXED_NOW) == 0
    return work / "out"


def entity_table(output, guid: str) -> list[tuple]:
    return query(output, f"""
        SELECT e.name, e.label, e.label_group, e.text, e.in_title
        FROM entities e JOIN articles a USING (article_id, version)
        WHERE a.guid = '{guid}' ORDER BY e.in_title DESC, e.start_char""")


def test_the_story_and_its_update_have_the_same_exact_entities(wire_output):
    assert entity_table(wire_output, "tw-1") == FIRE
    assert entity_table(wire_output, "tw-2") == FIRE + [
        ("Olwen Carrick", "PERSON", "PERSON", "Olwen Carrick", False),
        (*PLACE, "Kelso", False),
        ("United States", "GPE", "LOC", "U.S.", False)]


def test_furniture_is_in_its_fields_not_in_the_entities(wire_output):
    assert query(wire_output, "SELECT guid, headline_prefix, dateline, agency, language "
                              "FROM articles ORDER BY guid") == [
        ("tw-1", None, "KELSO", "Tidewater Wire", "en"),
        ("tw-2", "UPDATE 1", "KELSO", "Tidewater Wire", "en"),
        ("tw-3", None, "KELSO", "Tidewater Wire", "en")]
    names = {name for (name,) in query(wire_output, "SELECT DISTINCT name FROM entities")}
    assert not {n for n in names if "Tidewater" in n or "UPDATE" in n or "(" in n}


def test_a_table_of_numbers_keeps_its_language_and_entities(wire_output):
    assert entity_table(wire_output, "tw-3") == [
        (*PLACE, "Kelso", True), (*PLACE, "KELSO", False), (*PLACE, "Kelso", False),
        (*PLACE, "Kelso", False)]


def test_entity_summaries_carry_the_label_group(wire_output):
    rows = query(wire_output, """
        SELECT e.name, e.label, e.label_group, e.mentions
        FROM (SELECT unnest(entities) AS e FROM articles WHERE guid = 'tw-1')""")
    assert rows == [("Kelso", "GPE", "LOC", 4), ("Ailsa Fenwick", "PERSON", "PERSON", 2),
                    ("United States", "GPE", "LOC", 2),
                    ("Brannock Grain Carriers", "ORG", "ORG", 1),
                    ("Morvane Logistics", "ORG", "ORG", 1)]
