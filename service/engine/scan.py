"""One pass over the text that finds every number-like mention the claim rules parse around."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from .readers.number import MAX_DIGITS, VULGAR, read_number, read_ordinal
from .readers.words import (
    FRACTION_DENOMINATORS,
    ORDINALS,
    TENS,
    UNITS,
    VAGUE_LOWER_BOUNDS,
    WORD_NUMBER_WORD,
)
from .tokens import Tokens

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
# every month name and abbreviation as one alternation, longest first: 'September|Sept|Sep'
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
SUPERLATIVES = (
    "largest biggest highest lowest smallest oldest youngest longest shortest worst best "
    "fastest slowest deadliest richest poorest busiest greatest strongest weakest wettest "
    "driest hottest coldest warmest heaviest most least sunniest windiest snowiest coolest "
    "cheapest costliest safest sharpest steepest tallest deepest widest closest fewest"
).split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ordinal_words = "|".join(sorted(ORDINALS, key=len, reverse=True))
_tens_words = "|".join(TENS)
# Units written straight after the digits ('70mph', '12km', '2GW'): the number still counts.
_GLUED_UNITS = (
    "mph|kph|km|kms|kg|kgs|mg|ml|mm|cm|ft|in|lb|lbs|oz|ha|mw|gw|kw|kwh|mwh|gwh|twh|yds|pc|bp|bps"
)
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("May", "June", "July")]
_month_names = "|".join(sorted(_FULL_MONTHS, key=len, reverse=True))
# only an abbreviation takes the full stop after it ('Nov. 16'); '30 June.' ends a sentence
_month_abbreviations = "|".join(sorted(set(MONTHS) - set(_FULL_MONTHS), key=len, reverse=True))
_fraction_words = "|".join(sorted(FRACTION_DENOMINATORS, key=len, reverse=True))
_small_words = "two|three|four|five|six|seven|eight|nine"
_FRACTION_STARTS = frozenset(["a", "one", *_small_words.split("|"), "half"])
# 'one and a half million', 'one point five billion': a spelled number goes on to these
_SCALE_WORDS = "(?:thousand|million|billion|trillion)"
_DIGIT_WORDS = "zero|oh|nought|one|two|three|four|five|six|seven|eight|nine"
# 'a few hundred', 'several thousand', 'a couple of million': at least two of the scale
_FEW_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9}

# Each reading of a mention, with the lower-case words it can start with (None: a digit run).
# Alternatives are tried left to right at each position, so longer readings come first.
_READINGS: list[tuple[str, frozenset[str] | None]] = [
    (r"(?P<iso>(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-]))", None),
    (r"(?P<decade>(?<![\w-])(?:1[0-9]|20)\d0s\b)", None),
    (
        r"(?P<years>(?<![\w.,-])(?:1[89]|20)\d\d[-–/](?:(?:1[89]|20)\d\d|\d\d)(?![\w-]|[.,/]\d))",
        None,
    ),
    (r"(?P<ordnum>(?<![\w.,-])\d{1,4}(?:st|nd|rd|th)\b)", None),
    (
        rf"""(?<![\w.,:/])(?:(?<![A-Za-z]-)|(?<=(?i:mid)-))
        (?P<digits>(?:\d{{1,3}}(?:[,\u00a0\u202f\u2009]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)[{VULGAR}]?)
        (?:(?P<abbr>(?i:bn|mn|tn|m|k)|p|c|C|F)|\s+(?P<scale>(?i:thousand|million|billion|trillion)))?
        (?:(?!\w|[.,:]\d)|(?=(?i:{_GLUED_UNITS})\b))""",
        None,
    ),
    (rf"""\b(?P<vague>(?i:{"|".join(VAGUE_LOWER_BOUNDS)}))\b""", frozenset(VAGUE_LOWER_BOUNDS)),
    (
        rf"""\b(?P<few>(?i:(?:a\s+few|several|a\s+couple\s+of)\s+
        (?P<few_scale>{"|".join(_FEW_SCALES)})))\b""",
        frozenset(["a", "several"]),
    ),
    (
        rf"""\b(?P<partscale>(?i:(?:(?:a|one|{_small_words})[\s-]+(?:{_fraction_words})|half)
        \s+(?:of\s+)?an?\s+(?:dozen|thousand|million|billion|trillion)))\b""",
        _FRACTION_STARTS,
    ),
    (
        rf"""\b(?P<fraction>(?i:(?:a|one|{_small_words})[\s-]+(?:{_fraction_words})|half))\b""",
        _FRACTION_STARTS,
    ),
    (
        rf"""\b(?P<ordword>(?i:(?:(?:{_tens_words})-)?(?:{_ordinal_words})))\b""",
        frozenset([*TENS, *ORDINALS]),
    ),
    (
        rf"""\b(?P<words>(?i:(?:a[\s-]+)?(?:{WORD_NUMBER_WORD})
        (?:(?:[\s-]+and[\s-]+|[\s-]+)(?:{WORD_NUMBER_WORD}))*
        (?:[\s-]+and[\s-]+(?:a|one|three)[\s-]+(?:half|quarters?)(?:\s+{_SCALE_WORDS})?
          |\s+point(?:\s+(?:{_DIGIT_WORDS}))+(?:\s+{_SCALE_WORDS})?)?))\b
        (?![\s-]+(?i:{_fraction_words})\b)""",
        frozenset(["a", *WORD_NUMBER_WORD.split("|")]),
    ),
    (
        rf"""\b(?P<month>(?:{_month_names})\b|(?:{_month_abbreviations})\b\.?)""",
        frozenset(m.lower() for m in MONTHS),
    ),
    (rf"""\b(?P<weekday>{"|".join(WEEKDAYS)})\b""", frozenset(d.lower() for d in WEEKDAYS)),
    (
        rf"""\b(?P<superlative>(?i:{"|".join(SUPERLATIVES)}))\b""",
        frozenset(s.lower() for s in SUPERLATIVES),
    ),
]


def _readings(kept: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(kept), re.VERBOSE)


def _readings_at_words() -> dict[str, re.Pattern[str]]:
    """For each word that can start a mention, the readings that can start with it, in their
    order, as one pattern (words with the same readings share it)."""
    patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
    at_word = {}
    for word in set().union(*(starts for _, starts in _READINGS if starts)):
        kept = tuple(source for source, starts in _READINGS if starts and word in starts)
        if kept not in patterns:
            patterns[kept] = _readings(list(kept))
        at_word[word] = patterns[kept]
    return at_word


# At a digit run, only the readings of digits are tried; at a word, only those that can start
# with it, in the same order: a reading that cannot start there would fail at every step, and
# trying each in turn was most of the scanner's time (about 140 words fail at each 'a').
_AT_DIGITS = _readings([source for source, starts in _READINGS if starts is None])
_AT_WORD = _readings_at_words()


# not frozen: a frozen dataclass sets each field through object.__setattr__, which made making
# a mention 4x slower, and the scanner makes one for every figure in the text
@dataclass(slots=True)
class Mention:
    """A number-like span: `kind` is iso, ordinal, number, negative (a number with a minus
    sign), vague, month, weekday, superlative, fraction (whose value is (numerator,
    denominator)) or years (a span of years, whose value is (first, last))."""

    kind: str
    start: int
    end: int
    value: float | int | str | None
    spelled: bool = False


def _fraction(phrase: str) -> tuple[int, int]:
    """'two-thirds' -> (2, 3), 'a quarter' -> (1, 4), 'half' -> (1, 2)."""
    words = re.split(r"[\s-]+", phrase.lower())
    if len(words) == 1:
        return 1, 2
    numerator = 1 if words[0] in ("a", "one") else UNITS[words[0]]
    return numerator, FRACTION_DENOMINATORS[words[-1]]


def _skip_article(text: str, start: int) -> int:
    index = start + 1
    while text[index].isspace() or text[index] == "-":
        index += 1
    return index


_MAX_YEAR_SPAN = 50
# The kinds a measured figure takes: a percentage, a quantity or a change may be negative;
# a count, a sum of money, a tally or a date never is.
FIGURES = frozenset({"number", "negative"})


def _signed(text: str, start: int) -> bool:
    """Whether a minus sign stands alone before the digits at `start`: '-5C', 'growth of −0.3%',
    but not '2-5', 'Covid-19' or a dash between words."""
    return (
        start > 0
        and text[start - 1] in "-−"
        and (start == 1 or text[start - 2].isspace() or text[start - 2] in "([")
    )


def _year_span(text: str, start: int, end: int) -> Mention | None:
    """'2022-23', '2022/23', '1939-45', '1997-2010': a span of years, when the second year comes
    after the first and not too far ('2023-11' is November; '2010-2099' is no span)."""
    first = int(text[start : start + 4])
    second = text[start + 5 : end]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if second == "00" and first % 100 == 99:
        last = first + 1  # '1999-00'
    if 0 < last - first <= _MAX_YEAR_SPAN:
        return Mention("years", start, end, (first, last))
    return None


def scan(text: str, tokens: Tokens | None = None) -> list[Mention]:
    """Every mention in `text`, in order of position: the readings are tried, anchored, only at
    digit runs and at words that can start a mention."""
    tokens = tokens or Tokens(text)
    mentions: list[Mention] = []
    append = mentions.append
    covered = 0
    tried = [(position, _AT_DIGITS) for position in tokens.digit_starts()]
    for word, pattern in _AT_WORD.items():
        tried.extend((position, pattern) for position in tokens.positions(word))
    tried.sort(key=itemgetter(0))
    for position, pattern in tried:
        if position < covered:
            continue
        match = pattern.match(text, position)
        if match is None:
            continue
        covered = match.end()
        kind = match.lastgroup
        start, end = match.span()
        # lastgroup names the scale word when there is one
        if pattern is _AT_DIGITS and match.group("digits"):
            digits = match.group("digits")
            if len(digits) > MAX_DIGITS:
                continue  # an identifier or a code, not a figure
            if _signed(text, start):
                read = read_number(text, start - 1, end)
                if read is not None:
                    append(Mention("negative", start - 1, end, read.value))
                continue
            if digits.isdigit() and not (match.group("abbr") or match.group("scale")):
                append(Mention("number", start, end, int(digits)))  # the common case, fast
                continue
            read = read_number(text, start, end)
            if read is not None:
                append(Mention("number", start, end, read.value))
        elif kind == "partscale":  # 'half a million', 'a quarter of a million'
            read = read_number(text, start, end)
            if read is not None:
                append(Mention("number", start, read.end, read.value, spelled=True))
        elif kind == "words":
            read = read_number(text, start, end)
            if read is None and match.group("words")[:2].lower() == "a ":
                # "a" is an article before a plain number word ("a one-off"), not "a hundred"
                start = _skip_article(text, start)
                read = read_number(text, start, end)
            if read is not None:
                append(Mention("number", start, read.end, read.value, spelled=True))
        elif kind == "ordnum" or kind == "ordword":
            read = read_ordinal(text, start, end)
            if read is not None:
                append(Mention("ordinal", start, end, read.value))
        elif kind == "vague":
            append(Mention("vague", start, end, VAGUE_LOWER_BOUNDS[match.group(kind).lower()]))
        elif kind == "few":
            append(Mention("vague", start, end, 2 * _FEW_SCALES[match.group("few_scale").lower()]))
        elif kind == "month":
            append(Mention("month", start, end, MONTHS[match.group(kind).rstrip(".")]))
        elif kind == "weekday":
            append(Mention("weekday", start, end, WEEKDAYS.index(match.group(kind))))
        elif kind == "fraction":
            append(Mention("fraction", start, end, _fraction(match.group(kind))))
        elif kind == "superlative":
            append(Mention("superlative", start, end, match.group(kind).lower()))
        elif kind == "decade":
            append(Mention("decade", start, end, int(match.group(kind)[:4])))
        elif kind == "years":
            span = _year_span(text, start, end)
            if span is None:  # two numbers, read as the digits pattern reads them
                covered = start + 4
                span = Mention("number", start, covered, int(text[start:covered]))
            append(span)
        elif kind == "iso":
            append(Mention("iso", start, end, match.group(kind)))
    return mentions
