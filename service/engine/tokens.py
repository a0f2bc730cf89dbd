"""The text's words and digit runs, found in one pass, with an index from lower-cased word to
where it stands, so that rules look words up instead of scanning the text again."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Za-z]+|\d+")


class Tokens:
    def __init__(self, text: str) -> None:
        self.spans: list[tuple[int, str]] = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
        self._by_word: dict[str, list[int]] | None = None

    def starts_of(self, words: frozenset[str]) -> list[int]:
        """Where any of `words` (lower case) starts, in text order."""
        if self._by_word is None:
            by_word: dict[str, list[int]] = {}
            for start, token in self.spans:
                by_word.setdefault(token.lower(), []).append(start)
            self._by_word = by_word
        found: list[int] = []
        for word in words:
            found.extend(self._by_word.get(word, ()))
        found.sort()
        return found
