"""Alias tables and patterns are read by the pipeline, checked before it starts, and handed to
the entity stage as data."""

from __future__ import annotations

import pytest

from pipeline.config import ConfigError, load_config
from pipeline.entity_tables import BUILTIN, load_aliases, load_patterns


def test_the_builtin_alias_table_is_on_by_default_and_merges_wire_forms():
    config = load_config(overrides=["inputs=[{location: x.txt}]"])
    assert config.entities.aliases == (BUILTIN,)
    index = load_aliases(config.entities.aliases)
    for form, canonical in [("US", "United States"), ("u.s.", "United States"),
                            ("USA", "United States"), ("Britain", "United Kingdom"),
                            ("UK", "United Kingdom"), ("EU", "European Union"),
                            ("U.N.", "United Nations"), ("United Nations", "United Nations")]:
        assert index[form.casefold()] == canonical
    assert "america" not in index  # ambiguous forms are left out


def test_own_tables_come_after_the_builtin_one_and_win(tmp_path):
    own = tmp_path / "own.yaml"
    own.write_text("Ultrasound: [US]\nOslo Bors: [Oslo Stock Exchange]\n")
    index = load_aliases((BUILTIN, str(own)))
    assert index["us"] == "Ultrasound" and index["u.s."] == "United States"
    assert index["oslo stock exchange"] == "Oslo Bors"
    # One table for a list of one; null or [] is no table.
    assert load_config(overrides=["inputs=[{location: x.txt}]", f"entities.aliases={own}"]
                       ).entities.aliases == (str(own),)
    assert load_aliases(load_config(overrides=["inputs=[{location: x.txt}]", "entities.aliases=[]"]
                                    ).entities.aliases) == {}


def test_bad_tables_are_config_errors_naming_the_key(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("United States: US\n")
    with pytest.raises(ConfigError, match=r"entities.aliases\[1\]: .*expected a name with a list"):
        load_aliases((BUILTIN, str(bad)))
    with pytest.raises(ConfigError, match=r"entities.aliases\[0\]: cannot read"):
        load_aliases((str(tmp_path / "missing.yaml"),))
    patterns = tmp_path / "patterns.jsonl"
    patterns.write_text('{"label": "ORG", "pattern": "Harbor Wire"}\n{"pattern": "B"}\n')
    with pytest.raises(ConfigError, match="entities.patterns: .*line 2: needs 'label'"):
        load_patterns(str(patterns))
    assert load_patterns(None) == []
