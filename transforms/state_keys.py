"""Keys of stateful steps: ``StateKey``, with a deterministic coder every runner handles alike.

A stateful step's state and timers live per key, so the key's coder must be deterministic: an
untyped key gets Beam's pickling ``FastPrimitivesCoder``, which is not (Beam warns "Key coder
... may not be deterministic" for each such step). The key is a ``StateKey`` instead, whose
coder (``StateKeyCoder``, registered for the type with ``beam.coders.registry``) is UTF-8: one
encoding per key. Not being one of Beam's standard coders, it reaches the Flink runner as
opaque length-prefixed bytes, as the untyped keys always did, rather than as a coder the runner
decodes itself (``str``: ``StringUtf8Coder``, ``bytes``: ``ByteArrayCoder``).

Measured with ``make flink-test`` (streaming on Flink, job server 2.62): keys typed ``str``,
``bytes`` and ``StateKey`` each failed the job, always at the one stateful step that also read
a side input (stream_dedup's outcomes), when it set a timer: a ClassCastException in
``FlinkKeyUtils.encodeKey`` for ``str``, "Key group 93 is not in KeyGroupRange{startKeyGroup=0,
endKeyGroup=63}" for the others. That step now gets its side input's rows from a stateless
step before it, and no stateful step reads a side input.

A step keyed by something else keys by ``state_key(...)`` of it and declares its output
``KeyedForState``; the value still carries whatever the step needs to read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import apache_beam as beam


class StateKey(str):
    """The key of a stateful step (see the module docstring); make one with ``state_key``."""

    __slots__ = ()


class StateKeyCoder(beam.coders.Coder):
    """``StateKey`` <-> its UTF-8 bytes: one encoding per key, so deterministic."""

    def encode(self, value: StateKey) -> bytes:
        return value.encode("utf-8")

    def decode(self, encoded: bytes) -> StateKey:
        return StateKey(encoded.decode("utf-8"))

    def is_deterministic(self) -> bool:
        return True

    def to_type_hint(self) -> type:
        return StateKey


beam.coders.registry.register_coder(StateKey, StateKeyCoder)

KeyedForState = tuple[StateKey, Any]  # the output type hint of a step that keys for state
_SEPARATOR = "\x1f"  # ASCII unit separator: in no id, source or location the key is made of


def state_key(*parts: str | int) -> StateKey:
    """The key of ``parts`` (an id, a source, a location, a shard, ``(article_id, version)``):
    the text of the parts, joined by a separator none of them may contain, so two different
    part lists never share a key."""
    texts = [str(part) for part in parts]
    if len(texts) > 1 and any(_SEPARATOR in text for text in texts):
        raise ValueError(f"state key parts {texts!r} contain the separator U+001F; "
                         "key by parts without it")
    return StateKey(_SEPARATOR.join(texts))


def _keyed(element: Any, key_of: Callable[[Any], str | int]) -> tuple[StateKey, Any]:
    return state_key(key_of(element)), element


def _as_keyed(element: tuple[StateKey, Any]) -> tuple[StateKey, Any]:
    return element


class KeyForState(beam.PTransform):
    """Element -> ``(state_key(key_of(element)), element)``, typed so the key coder is
    ``StateKeyCoder`` (see the module docstring)."""

    def __init__(self, key_of: Callable[[Any], str | int]) -> None:
        super().__init__()
        self._key_of = key_of

    def expand(self, pcoll: beam.PCollection) -> beam.PCollection:
        return pcoll | "Key" >> beam.Map(_keyed, self._key_of).with_output_types(KeyedForState)


class DeclareKeyedForState(beam.PTransform):
    """``(state_key, value)`` elements -> the same, typed ``KeyedForState``: for a tagged output
    of a multi-output step, which cannot be typed alone (Beam then warns about the others)."""

    def expand(self, pcoll: beam.PCollection) -> beam.PCollection:
        return pcoll | "Declare" >> beam.Map(_as_keyed).with_output_types(KeyedForState)
