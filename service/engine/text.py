"""Split an article into sentences and quotations, each with offsets into the original text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vs etc gen col lt sgt capt rev hon jr sr inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec fig approx est govt dept".split()
)

# A sentence ends at . ! ? (plus closing quotes/brackets) before white space and a capital,
# digit or opening quote, or at a line break. The leading lookahead lets the regex skip ahead
# to the few characters that can end a sentence instead of trying both branches everywhere.
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # where a paragraph ends
_BOUNDARY = re.compile(
    r"""(?=[.!?\n])(?:(?P<stop>[.!?]+[\"”’)\]]*)(?=\s+[\"“‘(\[]*[A-Z0-9])|(?P<para>\n\s*))"""
)
_WORD_BEFORE = re.compile(r"(\w+)$")
_QUOTE_MARK = re.compile(r'[“”"\n]')

# Verbs that attribute words to someone; quotations and reported sources each add their own.
REPORTING_VERBS = (
    "said says added adds wrote writes told tells explained argued insisted warned stated "
    "declared claimed"
).split()
SPEECH_VERBS = rf"(?:{'|'.join([*REPORTING_VERBS, 'continued', 'replied'])})"
# White space within a line: a name never runs across a line break into the next paragraph.
SAME_LINE_SPACE = r"[^\S\n]"
SENTENCE_STOPS = (".", "!", "?")  # a quotation ending in one closes its sentence
_NAME = (
    rf"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady)\.?{SAME_LINE_SPACE})?"
    rf"[A-Z][\w’'-]+(?:{SAME_LINE_SPACE}+[A-Z][\w’'-]+){{0,3}}"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
_PRONOUN_ALONE = re.compile(_PRONOUN)
# Someone named by their role: 'a government spokesperson', 'the health secretary'
ROLE = (
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|"
    r"official|officials|minister|secretary|chancellor|source|sources)(?![\w-])"
)
# 'But Dr Adrian Boyle said:': a sentence's opening word is no part of the name
OPENING_WORDS = r"(?:But|And|Yet|So|However|Meanwhile|Still|Now|Then)"
_LEADING_CONJUNCTION = re.compile(rf"^{OPENING_WORDS}\s+")
# A lower-case word of a title before a name: 'said Met Office chief meteorologist Paul Gundersen'
_TITLE_WORD = (
    r"(?!(?:in|on|at|to|of|for|and|that|it|as|with|by|from|after|before|when|while|but|"
    r"this|last|the|a|an)\b)[a-z][\w-]*"
)
# The attribution after a quotation stands in its paragraph: 'X said' opening the next paragraph
# introduces what follows it.
_SPEAKER_AFTER = re.compile(
    rf"""{SAME_LINE_SPACE}*(?:,{SAME_LINE_SPACE}*)?(?:
        (?P<pron>{_PRONOUN})\s+{SPEECH_VERBS}
      | {SPEECH_VERBS}\s+(?:{_NAME}\s+)?(?:{_TITLE_WORD}\s+){{1,3}}(?P<titled>{_NAME})
      | {SPEECH_VERBS}\s+(?P<name_late>{_NAME})
      | according\s+to\s+(?P<according>(?:the\s+)?{_NAME})
      | (?P<name>{_NAME})\s+{SPEECH_VERBS}
      | {ROLE},{SAME_LINE_SPACE}*(?P<role_named>{_NAME}),{SAME_LINE_SPACE}*{SPEECH_VERBS}
      | {SPEECH_VERBS}{SAME_LINE_SPACE}+(?:the|its|their|his|her){SAME_LINE_SPACE}+
        [^,“”"\n]{{1,50}}?,{SAME_LINE_SPACE}*(?P<said_role_named>{_NAME})(?={SAME_LINE_SPACE}*[.,;!?])
      | (?P<name_role>{_NAME}),{SAME_LINE_SPACE}*{ROLE},{SAME_LINE_SPACE}*{SPEECH_VERBS}
      | (?P<role>{ROLE})\s+{SPEECH_VERBS}
      | {SPEECH_VERBS}\s+(?P<role_late>{ROLE})
    )\b""",
    re.VERBOSE,
)
_SPEAKER_BEFORE = re.compile(
    rf"(?:(?P<name>{_NAME}|{ROLE})(?:,[^,“”\"]{{1,60}},?)?\s+{SPEECH_VERBS}"
    # 'said:', 'told reporters,', and whom they told before a colon: 'told MPs:', 'told the BBC:'
    rf"(?:(?:\s+[a-z]+){{0,3}}\s*[:,]?|(?:\s+[\w’'-]+){{1,5}}\s*:)"
    rf"|in\s+(?P<words_of>{_NAME})['’]s\s+words,?)\s*$"
)


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class Quote:
    start: int
    end: int
    speaker: str | None
    pronoun: str | None = None  # 'she' in '..., she said', for the document to resolve


def split_sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space, covering every non-blank character."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("stop"):
            word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if word and (word.group(1).lower() in ABBREVIATIONS or _is_initial(word.group(1))):
                continue
            end = match.end()
        else:
            end = match.start()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def find_quotes(text: str) -> list[Quote]:
    """Quotations in curly or straight double quotes; an unclosed quote that reopens in the
    next paragraph (the newspaper convention) continues there."""
    quotes: list[Quote] = []
    open_at = -1
    last_break = -1
    for mark in _QUOTE_MARK.finditer(text):
        index, char = mark.start(), mark.group()
        if char == "\n":
            last_break = index
        elif char == "“" or (char == '"' and open_at < 0 and _opens(text, index)):
            if open_at < 0:
                open_at = index
            elif last_break < open_at:
                open_at = index  # a stray opening mark in the same paragraph: restart here
        elif open_at >= 0:
            speaker, pronoun = _speaker(text, open_at, index + 1)
            if speaker is None and pronoun is None and quotes:
                speaker, pronoun = _continued(text, quotes[-1], open_at)
            quotes.append(Quote(open_at, index + 1, speaker, pronoun))
            open_at = -1
    return quotes


def _continued(text: str, previous: Quote, start: int) -> tuple[str | None, str | None]:
    """A quotation that opens the paragraph right after one attributed to someone, with only
    that attribution between them, goes on in the same voice (the newspaper convention)."""
    between = text[previous.end : start]
    if len(between) > 120 or '"' in between or "“" in between:
        return None, None
    if "\n" in between and between[between.rfind("\n") :].strip():
        return None, None  # in a new paragraph, the quotation must open it
    if "\n" not in between and len(between) > 40:
        said = _SPEAKER_AFTER.match(between)  # in the same paragraph, only the attribution
        if not said or between[said.end() :].strip(" .,"):
            return None, None
    if not re.search(SPEECH_VERBS, between):
        return None, None
    return previous.speaker, previous.pronoun


def _opens(text: str, index: int) -> bool:
    return index == 0 or (not text[index - 1].isalnum() and text[index - 1] not in ".,!?;:")


_ATTRIBUTION_ENDS = re.compile(r"[^\S\n]*(?:[.,!?;:]|$)", re.MULTILINE)


def _speaker(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(the name, or the pronoun) the attribution next to a quotation gives."""
    after = _SPEAKER_AFTER.match(text, end, min(len(text), end + 80))
    if (
        after
        and text[end - 2 : end - 1] in SENTENCE_STOPS
        and not _ATTRIBUTION_ENDS.match(text, after.end())
    ):
        after = None  # '“... hole.” Mayor Sadiq Khan said 5 stations shut': a new sentence
    if after:
        if after.group("pron"):
            return None, after.group("pron")
        names = ("role_named", "said_role_named", "name_role", "name", "titled", "name_late",
                 "according", "role", "role_late")  # fmt: skip
        name = next((after.group(n) for n in names if after.group(n)), None)
        return (" ".join(name.split()) if name else None), None
    window = max(0, start - 80)
    line_start = text.rfind("\n", window, start) + 1
    before = _SPEAKER_BEFORE.search(text, max(line_start, window), start)
    if not before:
        return None, None
    name = _LEADING_CONJUNCTION.sub(
        "", " ".join((before.group("name") or before.group("words_of")).split())
    )
    if _PRONOUN_ALONE.fullmatch(name):
        return None, name  # 'She said: "..."': whom the pronoun means is read later
    return name, None


class Locator:
    """Answers 'which sentence / quote holds offset i' by binary search."""

    def __init__(self, sentences: list[Span], quotes: list[Quote]) -> None:
        self.sentences = sentences
        self.quotes = quotes
        self.sentence_starts = [s.start for s in sentences]
        self._quote_starts = [q.start for q in quotes]

    def sentence(self, offset: int) -> Span | None:
        index = bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def quote(self, offset: int) -> Quote | None:
        index = bisect_right(self._quote_starts, offset) - 1
        if index >= 0 and offset < self.quotes[index].end:
            return self.quotes[index]
        return None
