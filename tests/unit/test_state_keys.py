import apache_beam as beam
import pytest
from apache_beam.typehints.native_type_compatibility import convert_to_beam_type

from transforms.state_keys import KeyedForState, StateKey, StateKeyCoder, state_key


def test_a_state_key_is_the_text_of_its_parts_joined_by_the_unit_separator():
    assert [state_key("wire"), state_key(3), state_key("3f2a", 2)] == ["wire", "3", "3f2a\x1f2"]
    assert type(state_key("wire")) is StateKey


def test_parts_that_contain_the_separator_are_refused_rather_than_confused():
    assert state_key("a\x1fb") == "a\x1fb"  # one part: nothing to confuse it with
    with pytest.raises(ValueError, match=r"contain the separator U\+001F; key by parts"):
        state_key("a\x1fb", 1)


def test_the_key_coder_is_registered_deterministic_utf8():
    coder = beam.coders.registry.get_coder(convert_to_beam_type(KeyedForState)).key_coder()
    assert type(coder) is StateKeyCoder and coder.is_deterministic()
    assert coder.encode(state_key("Zürich", 1)) == b"Z\xc3\xbcrich\x1f1"
    decoded = coder.decode(b"Z\xc3\xbcrich\x1f1")
    assert (decoded, type(decoded)) == ("Zürich\x1f1", StateKey)
