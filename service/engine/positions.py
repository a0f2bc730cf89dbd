"""Items in text order, looked up by the window their start falls in (bisect, no scanning);
the claimed spans that do not overlap."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import Generic, Protocol, TypeVar

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


class Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=Span)


class Claimed(Generic[S]):
    """Spans that do not overlap, kept in order of start: whether one may join, whether one
    holds an offset. The pipeline settles the rules' finds into it, highest priority first."""

    def __init__(self) -> None:
        self.items: list[S] = []
        self._starts: list[int] = []

    def add(self, item: S) -> bool:
        """Add `item` unless it overlaps one already held; whether it was added."""
        index = bisect_left(self._starts, item.start)
        if index > 0 and self.items[index - 1].end > item.start:
            return False
        if index < len(self.items) and self.items[index].start < item.end:
            return False
        self._starts.insert(index, item.start)
        self.items.insert(index, item)
        return True

    def unheld(self, items: list[T], start: Callable[[T], int]) -> Iterator[tuple[int, T]]:
        """Each of `items` (in order of start) whose start no item held covers, with its index:
        one pass over both, no lookups."""
        held = iter(self.items)
        span = next(held, None)
        for index, item in enumerate(items):
            at = start(item)
            while span is not None and span.end <= at:
                span = next(held, None)
            if span is None or span.start > at:
                yield index, item

    def holds(self, offset: int) -> bool:
        """Whether an item held covers `offset`."""
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and self.items[index].end > offset
