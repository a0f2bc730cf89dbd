"""The text's words and digit runs, found in one pass and indexed from lower-cased word to where
it stands, so that the scanner and the rules look words up instead of scanning the text again."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import accumulate, islice

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_LOWER_TOKEN = re.compile(r"([a-z]+|\d+)")
# The only characters whose lower case is longer than they are (U+0130) or is an ASCII letter
# (U+212A, the kelvin sign): with either, the lower-cased text is not read in its place.
_LOWER_CASE_MOVES = ("\u0130", "\u212a")
_BETWEEN_TOKENS = re.compile(r"[^a-z\d]")
CHUNK = 1 << 16  # characters split at once


class Tokens:
    def __init__(self, text: str) -> None:
        by_word: dict[str, list[int]] = {}
        if any(char in text for char in _LOWER_CASE_MOVES):
            pairs: Iterable[tuple[str, int]] = (
                (m.group().lower(), m.start()) for m in _TOKEN.finditer(text)
            )
        else:
            pairs = _lower_case_pairs(text.lower())
        for word, start in pairs:
            positions = by_word.get(word)
            if positions is None:
                by_word[word] = [start]
            else:
                positions.append(start)
        self._by_word = by_word

    def starts_of(self, words: Iterable[str]) -> list[int]:
        """Where any of `words` (lower case) starts, in text order."""
        found: list[int] = []
        for word in words:
            found.extend(self._by_word.get(word, ()))
        found.sort()
        return found

    def positions(self, word: str) -> list[int]:
        """Where `word` (lower case) starts, in text order."""
        return self._by_word.get(word, [])

    def digit_starts(self) -> list[int]:
        """Where every run of digits starts, in text order."""
        return self.starts_of(word for word in self._by_word if word[0].isdigit())


def _lower_case_pairs(lower: str) -> Iterator[tuple[str, int]]:
    """(token, start) in lower-cased text. split() and accumulate() do in C what a loop over
    match objects does in Python: the pieces alternate gap, token, gap, ..., and each starts
    where those before it end. A chunk is split at a time, cut between tokens, so that a long
    text never has all its pieces in memory at once."""
    offset = 0
    while offset < len(lower):
        cut = _BETWEEN_TOKENS.search(lower, offset + CHUNK)
        end = cut.start() if cut else len(lower)
        pieces = _LOWER_TOKEN.split(lower[offset:end])
        starts = islice(accumulate(map(len, pieces), initial=offset), 1, len(pieces), 2)
        yield from zip(pieces[1::2], starts, strict=True)
        offset = end
