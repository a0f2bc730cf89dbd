"""The analysed article the rules read: text, mentions, sentences, quotes, publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .scan import Mention, scan
from .text import Locator, Quote, Span, find_quotes, split_sentences


@dataclass(slots=True)
class Found:
    """A claim a rule found: its type, span and normalised value (the `value` object)."""

    type: str
    start: int
    end: int
    value: dict[str, Any]
    links: dict[str, Any] = field(default_factory=dict)  # rule-private facts for the checks
    id: str = ""


class Document:
    def __init__(self, text: str, published: dt.date | None = None) -> None:
        self.text = text
        self.published = published
        self.mentions: list[Mention] = scan(text)
        self.sentences: list[Span] = split_sentences(text)
        self.quotes: list[Quote] = find_quotes(text)
        self.locate = Locator(self.sentences, self.quotes)

    def mentions_of(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The sentence that holds `offset`, or the whole text when it falls between sentences."""
        span = self.locate.sentence(offset)
        return (span.start, span.end) if span else (0, len(self.text))
