"""The text's words and digit runs, found in one pass and indexed from lower-cased word to where
it stands, so that the scanner and the rules look words up instead of scanning the text again."""

from __future__ import annotations

import re
from collections.abc import Iterable

_TOKEN = re.compile(r"[A-Za-z]+|\d+")


class Tokens:
    def __init__(self, text: str) -> None:
        by_word: dict[str, list[int]] = {}
        for match in _TOKEN.finditer(text):
            positions = by_word.get(word := match.group().lower())
            if positions is None:
                by_word[word] = [match.start()]
            else:
                positions.append(match.start())
        self._by_word = by_word

    def starts_of(self, words: Iterable[str]) -> list[int]:
        """Where any of `words` (lower case) starts, in text order."""
        found: list[int] = []
        for word in words:
            found.extend(self._by_word.get(word, ()))
        found.sort()
        return found

    def digit_starts(self) -> list[int]:
        """Where every run of digits starts, in text order."""
        return self.starts_of(word for word in self._by_word if word[0].isdigit())
