from transforms.entities import RawMention, clean_name, entity_id, normalise_mentions


def m(text: str, label: str, start: int = 0, in_title: bool = False) -> RawMention:
    return RawMention(text, label, start, start + len(text), in_title)


def test_clean_name_strips_article_possessive_and_punctuation():
    assert clean_name("the Harbour Authority's") == "Harbour Authority"
    assert clean_name("Lindqvist’s") == "Lindqvist"
    assert clean_name("“Nordhavn Shipping,”") == "Nordhavn Shipping"


def test_short_mentions_resolve_to_the_one_full_person_name_and_labels_are_voted():
    mentions, summary = normalise_mentions([
        m("Mara Lindqvist", "PERSON", 0), m("Lindqvist", "PERSON", 30),
        m("Lindqvist", "GPE", 60), m("Lindqvist", "PERSON", 90), m("Oslo", "GPE", 120),
        m("three", "CARDINAL", 140)])
    assert [(x.name, x.label, x.text) for x in mentions] == [
        ("Mara Lindqvist", "PERSON", "Mara Lindqvist"), ("Mara Lindqvist", "PERSON", "Lindqvist"),
        ("Mara Lindqvist", "PERSON", "Lindqvist"), ("Mara Lindqvist", "PERSON", "Lindqvist"),
        ("Oslo", "GPE", "Oslo")]
    assert [(e.name, e.label, e.mentions) for e in summary] == [
        ("Mara Lindqvist", "PERSON", 4), ("Oslo", "GPE", 1)]
    assert summary[0].entity_id == entity_id("Mara Lindqvist", "PERSON")


def test_different_short_names_and_ambiguous_parts_stay_apart():
    mentions, _ = normalise_mentions([
        m("Wang Yi", "PERSON"), m("Wang Tao", "PERSON"), m("Wang", "PERSON"),
        m("Yang", "PERSON"), m("US", "GPE"), m("US State Department", "ORG")])
    assert [x.name for x in mentions] == [
        "Wang Yi", "Wang Tao", "Wang", "Yang", "US", "US State Department"]


def test_entity_ids_are_stable_and_case_insensitive():
    assert entity_id("Oslo", "GPE") == entity_id("OSLO", "GPE")
    assert entity_id("Oslo", "GPE") != entity_id("Oslo", "ORG")


def test_headline_capitals_are_the_same_entity_spelled_in_mixed_case():
    mentions, summary = normalise_mentions([
        m("OSLO", "GPE", 0, True), m("Oslo", "GPE", 10), m("Oslo", "GPE", 40),
        m("LINDQVIST", "PERSON", 5, True), m("Mara Lindqvist", "PERSON", 20)])
    assert [(x.name, x.text, x.in_title) for x in mentions] == [
        ("Oslo", "OSLO", True), ("Oslo", "Oslo", False), ("Oslo", "Oslo", False),
        ("Mara Lindqvist", "LINDQVIST", True), ("Mara Lindqvist", "Mara Lindqvist", False)]
    assert [(e.name, e.mentions) for e in summary] == [("Oslo", 3), ("Mara Lindqvist", 2)]
