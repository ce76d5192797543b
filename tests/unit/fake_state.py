"""In-memory stand-ins for Beam's user state and timers, to drive a stateful DoFn by hand."""

from __future__ import annotations

from typing import Any


class FakeBag:
    def __init__(self) -> None:
        self.items: list = []

    def add(self, item: Any) -> None:
        self.items.append(item)

    def read(self) -> list:
        return list(self.items)

    def clear(self) -> None:
        self.items = []


class FakeValue:
    def __init__(self) -> None:
        self.value: Any = None

    def read(self) -> Any:
        return self.value

    def write(self, value: Any) -> None:
        self.value = value

    def clear(self) -> None:
        self.value = None


class FakeTimer:
    def __init__(self) -> None:
        self.at: Any = None

    def set(self, timestamp: Any) -> None:
        self.at = timestamp
