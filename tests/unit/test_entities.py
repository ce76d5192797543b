import pytest
import spacy

from transforms.cleaning import split_headline_prefix
from transforms.entities import (
    UNDETERMINED,
    InvalidEntityConfig,
    RawMention,
    alias_index,
    as_written,
    casing_evidence,
    covers,
    decide_language,
    entity_id,
    is_prose,
    is_row_label,
    label_group,
    language_code,
    language_sample,
    missed_mentions,
    names_here,
    ner_input,
    normalise_mentions,
    parse_patterns,
    recase,
    recase_story,
    spans_of,
    trim_span,
)


def m(text: str, label: str, start: int = 0, in_title: bool = False) -> RawMention:
    return RawMention(text, label, start, start + len(text), in_title)


def ruler(*patterns: tuple[str, str]):
    """A blank English pipeline whose only "model" is an entity ruler: exact, known spans."""
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": label, "pattern": text} for label, text in patterns])
    return nlp


def tuples(mentions) -> list[tuple]:
    return [(x.name, x.label, x.text, x.start_char, x.end_char) for x in mentions]


def trimmed(text: str, label: str = "ORG") -> str:
    start, end = trim_span(text, label)
    return text[start:end]


def test_trim_span_strips_article_possessive_and_punctuation():
    assert trimmed("the Harbour Authority's") == "Harbour Authority"
    assert trimmed("Lindqvist’s", "PERSON") == "Lindqvist"
    assert trimmed("“Nordhavn Shipping,”") == "Nordhavn Shipping"
    assert trimmed("U.S.", "GPE") == "U.S."  # the final period belongs to the abbreviation


def test_trim_span_cuts_slugs_dates_scores_and_non_names():
    assert trim_span("CRICKET - ENGLAND", "ORG") == (10, 17)
    assert trim_span("AMSTERDAM 1996-08-28", "GPE") == (0, 9)
    assert trim_span("J. Crawley 106", "PERSON") == (0, 10)
    assert trim_span("Boeing 747", "PRODUCT") == (0, 10)  # numbers end product names
    # Two figures standing alone: a results row run into the name ends at its first figure.
    assert trimmed("Forfar 3 2 0 1 7 4 6", "MISC") == "Forfar"
    assert trimmed("Baltimore 5 SEATTLE 2") == "Baltimore"
    assert trimmed("Channel 4") == "Channel 4"
    assert trim_span("3 2 1 0", "CARDINAL") == (0, 0)
    assert trim_span("parliament", "ORG") == (0, 0)  # a name has a capital letter


def test_mention_offsets_follow_the_trimmed_name():
    body = "He met the Harbour Authority's chief."
    doc = ruler(("ORG", "the Harbour Authority's"))(body)
    mentions, _ = normalise_mentions(spans_of(doc, body, False))
    assert tuples(mentions) == [("Harbour Authority", "ORG", "Harbour Authority", 11, 28)]
    assert body[11:28] == "Harbour Authority"


def test_short_mentions_resolve_to_the_one_full_person_name_and_labels_are_voted():
    body = ("Antony Blinken met Xi Jinping. Xi said Blinken was welcome. "
            "Blinken flew home.")
    nlp = ruler(("PERSON", "Antony Blinken"), ("PERSON", "Xi Jinping"), ("PERSON", "Xi"),
                ("GPE", "Blinken"))
    mentions, summary = normalise_mentions(spans_of(nlp(body), body, False))
    assert tuples(mentions) == [
        ("Antony Blinken", "PERSON", "Antony Blinken", 0, 14),
        ("Xi Jinping", "PERSON", "Xi Jinping", 19, 29),
        ("Xi Jinping", "PERSON", "Xi", 31, 33),
        ("Antony Blinken", "PERSON", "Blinken", 39, 46),
        ("Antony Blinken", "PERSON", "Blinken", 60, 67)]
    assert [(e.name, e.label, e.mentions) for e in summary] == [
        ("Antony Blinken", "PERSON", 3), ("Xi Jinping", "PERSON", 2)]
    assert summary[0].entity_id == entity_id("Antony Blinken", "PERSON")


def test_different_short_names_and_ambiguous_parts_stay_apart():
    mentions, _ = normalise_mentions([
        m("Wang Gang", "PERSON"), m("Wang Tao", "PERSON"), m("Wang", "PERSON"),
        m("Yang", "PERSON"), m("Xi Jinping", "PERSON"), m("Xi", "PERSON"), m("Yi", "PERSON"),
        m("US", "GPE"), m("US State Department", "ORG")])
    assert [x.name for x in mentions] == [
        "Wang Gang", "Wang Tao", "Wang", "Yang", "Xi Jinping", "Xi Jinping", "Yi", "US",
        "US State Department"]
    assert len({x.entity_id for x in mentions}) == 8


def test_long_spelling_variants_are_one_entity_short_or_different_names_are_not():
    mentions, summary = normalise_mentions([
        m("Humeyra Pamuk", "PERSON"), m("Humeyra Pamuk", "PERSON"), m("Humera Pamuk", "PERSON"),
        m("Xi Jinping", "PERSON"), m("Li Jinping", "PERSON"), m("Wang Yi", "PERSON"),
        m("Wang Ye", "PERSON")])
    assert [x.name for x in mentions] == [
        "Humeyra Pamuk", "Humeyra Pamuk", "Humeyra Pamuk", "Xi Jinping", "Li Jinping",
        "Wang Yi", "Wang Ye"]
    assert [(e.name, e.mentions) for e in summary][0] == ("Humeyra Pamuk", 3)


def test_alias_table_merges_forms_into_the_canonical_name():
    aliases = alias_index({"United States": ["US", "U.S.", "America"]})
    mentions, summary = normalise_mentions([
        m("US", "GPE"), m("the United States", "GPE", 10), m("U.S.", "GPE", 40),
        m("America's", "GPE", 50)], aliases)
    assert tuples(mentions) == [
        ("United States", "GPE", "US", 0, 2), ("United States", "GPE", "United States", 14, 27),
        ("United States", "GPE", "U.S.", 40, 44), ("United States", "GPE", "America", 50, 57)]
    assert [(e.name, e.mentions) for e in summary] == [("United States", 4)]


def test_alias_table_rejects_a_form_under_two_names_and_bad_shapes():
    with pytest.raises(InvalidEntityConfig, match="'US' is listed under both"):
        alias_index({"United States": ["US"], "Ultrasound": ["US"]})
    with pytest.raises(InvalidEntityConfig, match="expected a name with a list of aliases"):
        alias_index({"United States": "US"})


def test_patterns_are_json_lines_with_label_and_pattern():
    assert parse_patterns(['{"label": "ORG", "pattern": "Harbor Wire"}', "", " "]) == [
        {"label": "ORG", "pattern": "Harbor Wire"}]
    with pytest.raises(InvalidEntityConfig, match="patterns line 2: needs 'label'"):
        parse_patterns(['{"label": "ORG", "pattern": "A"}', '{"pattern": "B"}'])
    with pytest.raises(InvalidEntityConfig, match="patterns line 1: not JSON"):
        parse_patterns(["{label: ORG}"])


def test_label_groups_are_person_org_loc_and_misc():
    assert [label_group(x) for x in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT",
                                     "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")] == [
        "PERSON", "ORG", "LOC", "LOC", "LOC", "MISC", "MISC", "MISC", "MISC", "MISC", "MISC"]


def test_entity_ids_are_stable_case_insensitive_and_by_label_group():
    assert entity_id("Oslo", "GPE") == entity_id("OSLO", "GPE")
    assert entity_id("Oslo", "GPE") == entity_id("Oslo", "LOC") == entity_id("Oslo", "FAC")
    assert entity_id("Oslo", "GPE") != entity_id("Oslo", "ORG")
    assert entity_id("Oslo", "NORP") == entity_id("Oslo", "EVENT")  # both MISC


def test_headline_capitals_are_the_same_entity_spelled_in_mixed_case():
    mentions, summary = normalise_mentions([
        m("OSLO", "GPE", 0, True), m("Oslo", "GPE", 10), m("Oslo", "GPE", 40),
        m("LINDQVIST", "PERSON", 5, True), m("Mara Lindqvist", "PERSON", 20)])
    assert [(x.name, x.text, x.in_title) for x in mentions] == [
        ("Oslo", "OSLO", True), ("Oslo", "Oslo", False), ("Oslo", "Oslo", False),
        ("Mara Lindqvist", "LINDQVIST", True), ("Mara Lindqvist", "Mara Lindqvist", False)]
    assert [(e.name, e.mentions) for e in summary] == [("Oslo", 3), ("Mara Lindqvist", 2)]


def test_shouted_lines_are_recased_from_the_story_and_keep_their_length():
    title = "XI, BLINKEN AGREE TO STABILIZE US-CHINA TIES"
    body = ("BEIJING (Reuters) – Xi Jinping met Antony Blinken in Beijing. The US and China "
            "talked.\nLONDON 2026-11-28\nIT and US officials said so.")
    evidence = casing_evidence((title, body), {"china", "us", "the", "london", "it"})
    assert evidence["china"] == "China" and evidence["us"] == "US"
    assert "the" not in evidence  # only ever seen starting a sentence
    assert "london" not in evidence  # only ever shouted
    new_title, new_body = recase_story(title, body)
    assert new_title == "Xi, Blinken agree to stabilize US-China ties"
    # The dateline's capitals take the story's casing; "London" has no evidence but its
    # line is shouted; "IT" leads a mixed-case line but has no other casing: it stays.
    assert new_body == body.replace("BEIJING", "Beijing").replace("LONDON", "London")
    assert len(new_body) == len(body)
    assert recase("WANG SAID", {}) == "Wang said"


def test_missed_mentions_are_other_occurrences_of_found_names_and_person_parts():
    title = "Lebed aide hopeful"
    body = "Alexander Lebed flew to Grozny. Lebed said Grozny was calm. Lebedev did not."
    found = spans_of(ruler(("PERSON", "Alexander Lebed"), ("GPE", "Grozny"))(body), body,
                     False)[:2]
    missed = missed_mentions(found, title, body)
    assert [(x.text, x.label, x.start_char, x.in_title) for x in missed] == [
        ("Lebed", "PERSON", 0, True), ("Lebed", "PERSON", 32, False),
        ("Grozny", "GPE", 43, False)]


def test_mentions_found_in_recased_text_keep_the_original_characters():
    found = [m("Oslo", "GPE", 0, True), m("Oslo", "GPE", 4)]
    assert [x.text for x in as_written(found, "OSLO PORT", "The Oslo port")] == ["OSLO", "Oslo"]


def test_language_tag_wins_then_a_confident_detection_on_enough_words():
    def detect(text: str) -> tuple[str, float]:
        return ("fr", 0.99) if "le" in text.split() else ("pcm", 0.3)

    french = ["le", "port", "de", "la", "ville", "a", "rouvert", "mardi"]
    assert language_code("en-US") == "en" and language_code("EN_gb") == "en"
    assert decide_language("en-GB", ["le"] * 9, detect) == "en"
    assert decide_language(None, french, detect) == "fr"
    assert decide_language(None, french[:7], detect) == UNDETERMINED  # too few words
    assert decide_language(None, ["le", "port"] * 5, detect) == UNDETERMINED  # too few different
    assert decide_language(None, list("abcdefgh"), detect) == UNDETERMINED  # unsure
    # The stage falls back on the language it is for, never on "another language".
    assert decide_language(None, ["the", "port"], detect, fallback="en") == "en"
    assert decide_language(None, list("abcdefgh"), detect, fallback="en") == "en"
    assert covers(("en",), "en") and covers(("en",), UNDETERMINED)
    assert not covers(("en",), "fr")


def test_language_sample_is_the_lower_case_words_of_prose_lines():
    assert language_sample("PORT REOPENS", "Oslo port reopened on Monday after 3 days.") == [
        "port", "reopened", "on", "after", "days"]
    # Table rows, short lines and lists of names are no prose, whatever their words.
    table = "Net loss 299,000 vs profit 1,025,000\nSales 25.4 mln vs 17.8 mln\nYear"
    assert language_sample("KELSO LINES 4TH QTR LOSS", table) == []
    # A row of spelt-out numbers passes as prose, but has too few different words to detect.
    words = language_sample("", "Shr loss nine cts vs profit 35 cts\n" * 3)
    assert decide_language(None, words, lambda text: ("pcm", 0.9), fallback="en") == "en"
    assert not is_prose("Kelso Lines, Tidewater Bank, Arno Vessel")
    assert is_prose("The ferry operator said on Monday it would add two routes.")


def test_headline_desk_prefixes_are_split_off_and_names_with_dashes_are_not():
    assert split_headline_prefix("UPDATE 1-Rotterdam terminal halts night shifts") == (
        "UPDATE 1", 9)
    assert split_headline_prefix("RPT-UPDATE 2-Oslo port reopens") == ("RPT-UPDATE 2", 13)
    assert split_headline_prefix("CORRECTED-Ferry operator orders ships") == ("CORRECTED", 10)
    assert split_headline_prefix("FACTBOX - What the strike means") == ("FACTBOX", 10)
    for title in ("US-China talks resume", "F-16 deal signed", "Update on the strike",
                  "EXCLUSIVE-"):
        assert split_headline_prefix(title) == (None, 0)


def test_wire_furniture_is_blanked_the_place_is_a_place_and_the_agency_no_entity():
    title = "UPDATE 1-Kelso port reopens"
    body = "KELSO (Tidewater Wire) – The port of Kelso reopened, Tidewater Wire was told."
    x = ner_input(title, body, "KELSO", "Tidewater Wire")
    assert x.title == " " * 9 + "Kelso port reopens" and len(x.title) == len(title)
    assert x.body.startswith(" " * 5 + " " + " " * 16 + " – The port of Kelso")
    assert len(x.body) == len(body)
    assert x.place == RawMention("Kelso", "GPE", 0, 5, False)
    assert ner_input(title, body, None, None).place is None  # the cleaner found no dateline
    kelso, agency = body.index("Kelso"), body.rindex("Tidewater Wire")
    found = [x.place, m("Kelso", "PERSON", kelso), m("Tidewater Wire", "ORG", agency)]
    mentions, summary = normalise_mentions(as_written(found, title, body),
                                           places={"kelso": "Kelso"},
                                           agencies=("Tidewater Wire",))
    assert tuples(mentions) == [("Kelso", "GPE", "KELSO", 0, 5),
                                ("Kelso", "GPE", "Kelso", kelso, kelso + 5)]
    assert [(e.name, e.label, e.label_group, e.mentions) for e in summary] == [
        ("Kelso", "GPE", "LOC", 2)]
    assert {x.label_group for x in mentions} == {"LOC"}


def test_an_organisation_word_or_a_persons_role_settles_the_label():
    body = ("Kelso Bulk Carriers hired Edda Brun, chief executive of Arno Vessel. "
            "Kelso said chief executive Tove Lind and Arno Vessel agreed.")
    found = [m("Kelso Bulk Carriers", "PERSON", 0), m("Edda Brun", "ORG", 26),
             m("Arno Vessel", "ORG", 56), m("Tove Lind", "GPE", body.index("Tove")),
             m("Arno Vessel", "ORG", body.rindex("Arno"))]
    mentions, _ = normalise_mentions(found, title="", body=body)
    assert [(x.name, x.label, x.label_group) for x in mentions] == [
        ("Kelso Bulk Carriers", "ORG", "ORG"), ("Edda Brun", "PERSON", "PERSON"),
        ("Arno Vessel", "ORG", "ORG"), ("Tove Lind", "PERSON", "PERSON"),
        ("Arno Vessel", "ORG", "ORG")]


def test_names_end_at_line_breaks_and_lone_initials_are_no_names():
    mentions, _ = normalise_mentions([m("NORTH LEAGUE\nKelso Rovers", "ORG", 0),
                                      m("A.", "PERSON", 30)])
    assert tuples(mentions) == [("NORTH LEAGUE", "ORG", "NORTH LEAGUE", 0, 12),
                                ("Kelso Rovers", "ORG", "Kelso Rovers", 13, 25)]


def test_table_row_labels_and_calendar_words_are_no_names():
    text = "Shr 41 cts vs 33 cts\nAttendance : 40,000\nJapan 2 Syria 1\nShr said the board."
    assert is_row_label(m("Shr", "PERSON", 0), text)
    assert is_row_label(m("Attendance", "PERSON", 21), text)
    assert not is_row_label(m("Japan", "GPE", 41), text)  # places lead results rows
    assert not is_row_label(m("Shr", "PERSON", 57), text)  # not followed by a number
    text = "Avg shrs 51.7 mln vs 43.4 mln\nAtherton not out 45"
    assert is_row_label(m("Avg", "PERSON", 0), text)  # the label's second word in lower case
    assert not is_row_label(m("Atherton", "PERSON", 30), text)  # a batsman's row: two words
    text = "NOTE: Revs include Kelso Mills.\nRevs 337.3 mln vs 315.2 mln"
    assert is_row_label(m("Revs 337.3", "PERSON", 32), text)  # the model took the number in
    # What the model found in prose (its call) is no name again where it labels a row.
    assert names_here(m("Revs", "PERSON", 6), "", text)
    assert not names_here(m("Revs", "PERSON", 32), "", text)
    assert normalise_mentions([m("Oct", "PERSON"), m("Monday", "ORG", 9)]) == ([], [])


def test_a_name_the_run_settles_is_relabelled_unless_the_story_says_otherwise():
    import collections
    import datetime as dt

    from tests.records import make_story
    from transforms.entities import settle_across_run, settled_label

    votes = collections.Counter({("LOC", "GPE"): 9, ("LOC", "LOC"): 1, ("PERSON", "PERSON"): 1})
    assert settled_label(votes) == ("LOC", "GPE")
    assert settled_label(collections.Counter({("LOC", "GPE"): 2})) is None  # too few stories
    assert settled_label(collections.Counter({("LOC", "GPE"): 2, ("ORG", "ORG"): 2})) is None

    body = "Harlow said the Kelso port was shut. Edda Brun, a spokeswoman, agreed."
    mentions, summaries = normalise_mentions(
        [m("Harlow", "PERSON", 0), m("Edda Brun", "PERSON", 37)], title="", body=body)
    story = make_story("s", body, dt.datetime(2026, 11, 28, tzinfo=dt.UTC),
                       mentions=tuple(mentions), entities=tuple(summaries))
    settled = {"harlow": ("LOC", "GPE"), "edda brun": ("ORG", "ORG")}
    relabelled = settle_across_run(story, settled)
    # "Harlow" has only the model's word for it: the run wins. "Edda Brun, a spokeswoman"
    # is a person whatever the run says.
    assert [(x.name, x.label, x.label_group, x.entity_id) for x in relabelled.mentions] == [
        ("Harlow", "GPE", "LOC", entity_id("Harlow", "GPE")),
        ("Edda Brun", "PERSON", "PERSON", entity_id("Edda Brun", "PERSON"))]
    assert [(e.name, e.label_group) for e in relabelled.entities] == [
        ("Edda Brun", "PERSON"), ("Harlow", "LOC")]
    assert settle_across_run(story, {}) is story


def test_office_titles_are_no_organisations_and_an_apposition_names_a_company():
    from transforms.entities import is_office_word

    text = "Secretary of State Edda Brun met Treasury Secretary Tove Lind in the State."
    assert is_office_word(m("State", "ORG", 13), text)
    assert is_office_word(m("Treasury", "ORG", 33), text)
    assert not is_office_word(m("State", "ORG", text.rindex("State")), text)
    body = "It bought ships from Varnholt, Norway's largest ferry operator, in May."
    mentions, _ = normalise_mentions([m("Varnholt", "GPE", 21)], title="", body=body)
    assert [(x.name, x.label) for x in mentions] == [("Varnholt", "ORG")]
    body = "Cruise line Polaris Voyages said its ships would call."
    mentions, _ = normalise_mentions([m("Polaris Voyages", "PERSON", 12)], title="", body=body)
    assert [(x.name, x.label) for x in mentions] == [("Polaris Voyages", "ORG")]
