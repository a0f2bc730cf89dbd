"""Read a cardinal or an ordinal number at a position in the text.

Every reader takes (text, pos, limit) and returns the value and where its phrase ends, or None.
The scanner and the claim rules call them at mentions; the Duckling test calls them on whole
forms, so both measure the same normalisation."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from .words import FRACTION_DENOMINATORS, ORDINALS, SCALES, TENS, UNITS

# Scale words and abbreviations that multiply the number before them.
WORD_SCALES = {
    **SCALES,
    "billions": 1e9, "millions": 1e6, "thousands": 1e3, "hundred": 100, "hundreds": 100,
    "dozen": 12, "dozens": 12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5,
    "lkhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7,
    "krores": 1e7, "kr": 1e7,
}  # fmt: skip
ATTACHED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "g": 1e9, "tn": 1e12}
_SPELLED = {**UNITS, **TENS, "nought": 0, "naught": 0, "nil": 0}
_FRACTION_WORDS = {word: 1 / denominator for word, denominator in FRACTION_DENOMINATORS.items()}
_PAIRS = re.compile(
    r"(?i:a\s+(?:pair|couple))\b"
)  # exactly two, as Duckling and AP style read them

VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"  # '3½ hours', '2¼m': fractions written as one character
_DIGITS = re.compile(
    r"(?P<num>\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    rf"(?:/(?P<den>\d+)|(?P<vulgar>[{VULGAR}]))?"
    r"(?P<attached>(?i:bn|mn|tn|k|m|b|g)(?![A-Za-z]))?"
)
_WORD = re.compile(r"[\s,]*(?P<w>[A-Za-z]+(?:[-—–][A-Za-z]+)?)")
_SPACE = re.compile(r"\s*")
_SIGN = re.compile(r"(?:(?P<symbol>[-−])\s*|(?P<word>(?i:minus|negative))\s+)")
_POINT_DIGITS = re.compile(r"\s+(?i:point)\s+(?P<digits>\d+)")
MAX_DIGITS = 30  # longer digit runs are identifiers or junk, never figures to report
# thousands separators: the comma, and the no-break and thin spaces of French and SI style
_SEPARATORS = re.compile("[,\u00a0\u202f\u2009]")
_LEADING_POINT = re.compile(r"(?i:point)\s+(?P<digits>\d+)\b")
_PAREN_RESTATED = re.compile(r"\s*\((?P<inner>[^()]{1,40})\)")


@dataclass(slots=True)  # not frozen, as Mention: made for every figure read
class Read:
    value: float
    end: int


def integral(value: float) -> float | int:
    """The value as written: a scale's binary rounding undone ('8.2bn' is 8.2 * 1e9, which is
    8199999999.999999 in floating point), and an int when whole."""
    if isinstance(value, float) and math.isfinite(value):
        value = float(f"{value:.15g}")  # a float holds 15 significant digits faithfully
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def read_number(
    text: str, pos: int, limit: int | None = None, *, attached: bool = True
) -> Read | None:
    """A cardinal number at `pos`: '1,200', '1.2M', 'three hundred and forty-two',
    'two point two million', '30 lakh', '-504', 'minus 1,200,000', '1/5', 'forty-five (45)'.

    With `attached=False` a letter right after the digits is left alone: in '9m' it is a unit
    (metres), not a scale (million)."""
    limit = len(text) if limit is None else limit
    sign = 1
    sign_match = _SIGN.match(text, pos, limit)
    start = pos
    if sign_match:
        sign, start = -1, sign_match.end()
    read = _read_digits(text, start, limit, attached) or _read_words(text, start, limit)
    if read is None:
        read = _read_special(text, start, limit)
        if read is None:
            return None
    restated = _PAREN_RESTATED.match(text, read.end, limit)
    if restated:  # "forty-five (45)", "45 (forty five)": a restatement, if it agrees
        inner = read_number(restated.group("inner"), 0)
        if (
            inner
            and inner.end == len(restated.group("inner").strip())
            and inner.value == read.value
        ):
            read = Read(read.value, restated.end())
    return Read(integral(sign * read.value), read.end)


def read_number_and_unit(
    text: str, pos: int, limit: int, unit: re.Pattern[str]
) -> tuple[Read, re.Match[str]] | None:
    """A number with the letters after it left alone, then what `unit` matches: '9m', '12 km'."""
    number = read_number(text, pos, limit, attached=False)
    if number is None:
        return None
    match = unit.match(text, number.end, limit)
    return (number, match) if match else None


def _read_special(text: str, pos: int, limit: int) -> Read | None:
    """'a pair', 'a couple' (two, as Duckling and AP style read them) and 'point 77'."""
    pair = _PAIRS.match(text, pos, limit)
    if pair:
        return Read(2, pair.end())
    point = _LEADING_POINT.match(text, pos, limit)
    if point:
        return Read(float(f"0.{point.group('digits')}"), point.end())
    return None


def _read_digits(text: str, pos: int, limit: int, attached: bool = True) -> Read | None:
    match = _DIGITS.match(text, pos, limit)
    if not match or len(match.group("num")) > MAX_DIGITS:
        return None  # a run of 30+ digits is an identifier, not a number
    num, den, vulgar = match.group("num", "den", "vulgar")
    value = float(_SEPARATORS.sub("", num))
    # without `attached`, letters after the figure are left alone (an unmatched group ends at -1)
    end = match.end() if attached else max(match.end(g) for g in ("num", "den", "vulgar"))
    if den:
        denominator = int(den)
        if denominator == 0:
            return None
        value /= denominator
    else:
        if vulgar:
            if "." in num:
                return None  # '2.5½' is no number
            value += unicodedata.numeric(vulgar)
        if match.group("attached") and attached:
            value *= ATTACHED_SCALES[match.group("attached").lower()]
        elif not vulgar:
            point = _POINT_DIGITS.match(text, end, limit)
            if point and "." not in num:
                value = float(f"{_SEPARATORS.sub('', num)}.{point.group('digits')}")
                end = point.end()
    value, end = _apply_scale_words(text, end, limit, value)
    return Read(value, end)


def _apply_scale_words(text: str, end: int, limit: int, value: float) -> tuple[float, int]:
    """'3 million', '30 lakh', '200 dozens', 'three thousand millions'."""
    while True:
        word = _WORD.match(text, end, limit)
        if not word or word.group("w").lower() not in WORD_SCALES:
            return value, end
        if "," in text[end : word.start("w")]:
            return value, end
        value *= WORD_SCALES[word.group("w").lower()]
        end = word.end()


def _read_words(text: str, pos: int, limit: int) -> Read | None:
    """Spelled numbers, with 'point' decimals, 'and a half' style fractions and scale words."""
    tokens: list[tuple[str, int]] = []
    end = pos
    while True:
        word = _WORD.match(text, end, limit)
        if not word or (tokens and "," in text[end : word.start("w")]):
            break
        lower = re.sub(r"[-—–]", "-", word.group("w").lower())
        if not (_is_number_word(lower) or lower in ("and", "a", "an", "point", "of")):
            head = lower.split("-")[0]
            if "-" in lower and _is_number_word(head):  # "eight-mile": the number ends at '-'
                tokens.append((head, word.start("w") + len(head)))
            break
        tokens.append((lower, word.end()))
        end = word.end()
    return _evaluate_words(tokens)


def _is_number_word(word: str) -> bool:
    parts = word.split("-")
    return all(p in _SPELLED or p in WORD_SCALES or p in _FRACTION_WORDS for p in parts) or (
        _split_joined(word) is not None
    )


_JOINED = {tens + unit: [tens, unit] for tens in TENS for unit in UNITS}


def _split_joined(word: str) -> list[str] | None:
    """'twentyfive' -> ['twenty', 'five'] (forms written without the hyphen)."""
    return _JOINED.get(word)


def _evaluate_words(tokens: list[tuple[str, int]]) -> Read | None:
    """Evaluate the longest prefix of `tokens` that is a well-formed number."""
    best: Read | None = None
    total = 0.0
    current = 0.0
    largest = 0.0  # the largest scale applied so far, for "three thousand millions"
    seen = False
    last_small: float | None = None
    index = 0
    while index < len(tokens):
        word, end = tokens[index]
        parts = _split_joined(word) or word.split("-")
        if word in ("a", "an"):
            nxt = tokens[index + 1][0] if index + 1 < len(tokens) else ""
            if seen or not (nxt in WORD_SCALES or nxt in _FRACTION_WORDS):
                break
            current, seen, last_small = 1.0, True, None
        elif word == "and":
            fraction = _fraction_after(tokens, index + 1)
            if fraction is not None and seen:
                value, used = fraction
                whole = total + current + value
                # 'one and a half million': the scale after the fraction takes the whole of it
                after = index + used + 1
                scale = WORD_SCALES.get(tokens[after][0], 0) if after < len(tokens) else 0
                if scale >= 1000 and not total:
                    best = Read(integral(whole * scale), tokens[after][1])
                else:
                    best = Read(whole, tokens[index + used][1])
                break
            index += 1
            continue
        elif word == "point":
            if not seen and index + 1 < len(tokens):
                seen = True  # "point 77": no whole part
            digits = []
            look = index + 1
            while look < len(tokens) and tokens[look][0] in UNITS and UNITS[tokens[look][0]] < 10:
                digits.append(str(UNITS[tokens[look][0]]))
                look += 1
            if not digits:
                break
            value = float(f"{int(total + current)}.{''.join(digits)}")
            end = tokens[look - 1][1]
            scale_end = look
            while scale_end < len(tokens) and tokens[scale_end][0] in SCALES:
                value *= SCALES[tokens[scale_end][0]]
                end = tokens[scale_end][1]
                scale_end += 1
            return Read(value, end)
        elif word == "of":
            break
        elif all(p in _SPELLED for p in parts):
            value = sum(_SPELLED[p] for p in parts)
            if last_small is not None and not (last_small >= 20 and value < 10):
                break
            current += value
            last_small = value
            seen = True
        elif word in ("hundred", "hundreds"):
            current = (current or 1) * 100
            last_small = None
        elif word in WORD_SCALES:
            factor = WORD_SCALES[word]
            if factor >= 1000 and factor > largest and total and not current:
                total *= factor
                largest = factor
            elif factor >= 1000:
                total += (current or 1) * factor
                current = 0
                largest = max(largest, factor)
            else:
                current = (current or 1) * factor
            last_small = None
            seen = True
        elif word in _FRACTION_WORDS:  # 'a third', 'two thirds', 'half'
            if seen and (total or current >= 10):
                break  # 'twenty thirds' is no fraction
            current = (current if seen else 1) * _FRACTION_WORDS[word]
            best = _of_a_scale(tokens, index + 1, total + current, end)
            break
        elif not seen and len(parts) == 2 and parts[0] in UNITS and parts[1] in _FRACTION_WORDS:
            fraction = UNITS[parts[0]] * _FRACTION_WORDS[parts[1]]  # 'two-thirds'
            best = _of_a_scale(tokens, index + 1, fraction, end)
            break
        else:
            break
        best = Read(total + current, end) if seen else best
        index += 1
    return best


def _of_a_scale(tokens: list[tuple[str, int]], index: int, fraction: float, end: int) -> Read:
    """A fraction, or the fraction of the scale after it: 'half a million', 'a quarter of a
    million', 'three-quarters of a billion', 'half a dozen'."""
    if index < len(tokens) and tokens[index][0] == "of":
        index += 1
    if index + 1 < len(tokens) and tokens[index][0] in ("a", "an"):
        scale = WORD_SCALES.get(tokens[index + 1][0], 0)
        if scale >= 12:  # 'half a dozen' too
            return Read(round(fraction * scale), tokens[index + 1][1])  # a whole number of units
    return Read(fraction, end)


def _fraction_after(tokens: list[tuple[str, int]], index: int) -> tuple[float, int] | None:
    """'(a|an|one|two|three) (half|quarter[s])' after 'and'; returns (value, tokens used)."""
    count = 1.0
    used = 0
    if index < len(tokens) and tokens[index][0] in ("a", "an", "one", "two", "three"):
        count = {"a": 1, "an": 1}.get(tokens[index][0], UNITS.get(tokens[index][0], 1))
        used = 1
    if index + used < len(tokens) and tokens[index + used][0] in _FRACTION_WORDS:
        return count * _FRACTION_WORDS[tokens[index + used][0]], used + 1
    return None


_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)\b")
_ORDINAL_WORDS = re.compile(
    r"(?i:(?P<tens>"
    + "|".join(TENS)
    + r")[\s\-—–]?)?(?P<unit>(?i:"
    + "|".join(sorted(ORDINALS, key=len, reverse=True))
    + r"))\b"
)


def read_ordinal(text: str, pos: int, limit: int | None = None) -> Read | None:
    """'first', '3rd', 'twenty-fifth', 'twenty fifth', 'twentyfifth', 'forty—second'."""
    limit = len(text) if limit is None else limit
    digits = _ORDINAL_DIGITS.match(text, pos, limit)
    if digits:
        return Read(int(digits.group(1)), digits.end())
    words = _ORDINAL_WORDS.match(text, pos, limit)
    if not words:
        return None
    value = ORDINALS[words.group("unit").lower()]
    if words.group("tens"):
        if value >= 10:
            return None
        value += TENS[words.group("tens").lower()]
    return Read(value, words.end())


def skip_space(text: str, pos: int, limit: int) -> int:
    return _SPACE.match(text, pos, limit).end()
