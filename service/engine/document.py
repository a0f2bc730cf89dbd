"""The analysed article the rules read: text, mentions, sentences, quotes, publication date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from .attribution import People, source_in
from .positions import ByPosition, Claimed
from .scan import Mention, scan
from .text import Locator, Quote, Span, find_quotes, split_sentences
from .tokens import Tokens
from .wrapping import unwrapped

CONTEXT_REACH = 200  # characters either side of a claim that rules read for its context


@dataclass(slots=True)
class Found:
    """A claim a rule found: its type, span and normalised value (the `value` object)."""

    type: str
    start: int
    end: int
    value: dict[str, Any]
    links: dict[str, Any] = field(default_factory=dict)  # rule-private facts for the checks
    id: str = ""


class KeywordHits(ByPosition[re.Match[str]]):
    """Every match of one pattern in the text, looked up by position. With `triggers` (the
    lower-case words the pattern can start with) it is tried only where those words stand."""

    def __init__(
        self, pattern: re.Pattern[str], text: str, tokens: Tokens, triggers: frozenset[str] | None
    ) -> None:
        if triggers is None:
            matches = list(pattern.finditer(text))
        else:
            found = (pattern.match(text, start) for start in tokens.starts_of(triggers))
            matches = [m for m in found if m is not None]
        super().__init__(matches, re.Match.start)

    def nearest(self, start: int, end: int, at: int) -> re.Match[str] | None:
        """The match in [start, end) that starts nearest to `at`."""
        found = self.within(start, end)
        return min(found, key=lambda m: abs(m.start() - at)) if found else None


class Document:
    def __init__(self, text: str, published: dt.date | None = None) -> None:
        self.as_sent = text  # claims quote the text as the caller sent it
        text = unwrapped(text)  # what the rules read: a wrapped paragraph's breaks as spaces
        self.text = text
        self.published = published
        self.tokens = Tokens(text)
        self.mentions: list[Mention] = scan(text, self.tokens)
        self.sentences: list[Span] = split_sentences(text)
        self._people: People | None = None
        self.quotes: list[Quote] = [self._resolved(q) for q in find_quotes(text)]
        self.locate = Locator(self.sentences, self.quotes)
        # keyed by the pattern's identity: hashing a pattern hashes its whole source each time
        self._keywords: dict[int, tuple[re.Pattern[str], KeywordHits]] = {}
        # by a sentence's start: (its end, whether it holds a word a source is named by)
        self.sources_named: dict[int, tuple[int, bool]] = {}
        self._by_position: ByPosition[Mention] | None = None
        # the finds settled so far, filled by the pipeline from the highest-priority rule down
        self.claimed: Claimed[Found] = Claimed()

    @property
    def people(self) -> People:
        """The people the article names, found on first use (only quotations need them)."""
        if self._people is None:
            self._people = People(self.text)
        return self._people

    def _resolved(self, quote: Quote) -> Quote:
        """The quote with its speaker as the article names them: pronouns resolved."""
        if quote.pronoun:
            speaker = self.people.before(quote.start, quote.pronoun)
        elif quote.speaker:
            speaker = self.people.named(quote.speaker)
        else:
            return quote
        return Quote(quote.start, quote.end, speaker, quote.pronoun)

    def source(self, start: int, quote: Quote | None, sentence: Span | None) -> str | None:
        """Who the text says a claim at `start` comes from: the speaker of `quote`, or the source
        its sentence reports ('The ONS said ...', 'according to police'). `quote` and `sentence`
        are what `locate` answers for `start`, which the caller has asked already."""
        if quote is not None:
            return quote.speaker
        if sentence is None:
            return source_in(self, 0, len(self.text), start)
        return source_in(self, sentence.start, sentence.end, start)

    def keywords(
        self, pattern: re.Pattern[str], triggers: frozenset[str] | None = None
    ) -> KeywordHits:
        """`pattern`'s matches over the whole text, computed on first use. Give `triggers`, the
        lower-case words every match starts with, to try it only where they stand."""
        known = self._keywords.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        hits = KeywordHits(pattern, self.text, self.tokens, triggers)
        self._keywords[id(pattern)] = (pattern, hits)  # the pattern kept: its id stays its own
        return hits

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in [start, end), by bisection."""
        if self._by_position is None:
            self._by_position = ByPosition(self.mentions, attrgetter("start"))
        return self._by_position.within(start, end)

    def context(self, start: int, end: int, reach: int = CONTEXT_REACH) -> tuple[int, int]:
        """The sentence around [start, end), clipped to `reach` characters either side, so that
        rules look at a bounded window even in a sentence of a megabyte."""
        s_start, s_end = self.sentence_bounds(start)
        return max(s_start, start - reach), min(s_end, end + reach)

    def around(self, offset: int, before: int = 1, after: int = 1) -> tuple[int, int]:
        """The span from `before` sentences before the one holding `offset` to `after` after."""
        sentences = self.sentences
        if not sentences:
            return 0, len(self.text)
        index = max(0, bisect_right(self.locate.sentence_starts, offset) - 1)
        first = sentences[max(0, index - before)]
        last = sentences[min(len(sentences) - 1, index + after)]
        return first.start, last.end

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The sentence that holds `offset`, or the whole text when it falls between sentences.
        (`locate.sentence`'s search, written out: rules and checks ask this of every figure.)"""
        index = bisect_right(self.locate.sentence_starts, offset) - 1
        if index >= 0:
            span = self.sentences[index]
            if offset < span.end:
                return span.start, span.end
        return 0, len(self.text)
