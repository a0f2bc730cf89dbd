"""Items in text order, looked up by the window their start falls in (bisect, no scanning)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class ByPosition(Generic[T]):
    def __init__(self, items: list[T], start: Callable[[T], int]) -> None:
        self.items = items  # already in order of start
        self._starts = [start(item) for item in items]

    def within(self, start: int, end: int) -> list[T]:
        """The items that start in [start, end)."""
        return self.items[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def count(self, start: int, end: int) -> int:
        """How many items start in [start, end)."""
        return bisect_left(self._starts, end) - bisect_left(self._starts, start)
