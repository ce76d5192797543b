import pytest

from transforms.state_keys import state_key


def test_a_state_key_is_the_utf8_text_of_its_parts_joined_by_the_unit_separator():
    assert state_key("wire") == b"wire"
    assert state_key(3) == b"3"
    assert state_key("3f2a", 2) == b"3f2a\x1f2"
    assert state_key("Zürich") == "Zürich".encode()


def test_parts_that_contain_the_separator_are_refused_rather_than_confused():
    assert state_key("a\x1fb") == b"a\x1fb"  # one part: nothing to confuse it with
    with pytest.raises(ValueError, match=r"contain the separator U\+001F; key by parts"):
        state_key("a\x1fb", 1)
