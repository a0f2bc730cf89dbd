"""Normalise written numbers: digits with separators and scale words, and spelled-out English."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}  # fmt: skip
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                       "tn": 1_000_000_000_000}  # fmt: skip

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
}  # fmt: skip

# Vague amounts read as a lower bound: "thousands" means at least 2,000.
VAGUE_LOWER_BOUNDS = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000,
    "millions": 2_000_000, "billions": 2_000_000_000,
}  # fmt: skip

_WORD_NUMBER_WORDS = sorted([*UNITS, *TENS, "hundred", "dozen", *SCALES], key=len, reverse=True)
WORD_NUMBER_WORD = "|".join(_WORD_NUMBER_WORDS)
_TOKEN = re.compile(r"[a-z]+")


def parse_digits(digits: str) -> float | int:
    """'1,200' -> 1200, '3.5' -> 3.5; thousands separators are commas."""
    cleaned = digits.replace(",", "")
    if "." in cleaned:
        return float(cleaned)
    return int(cleaned)


def parse_words(phrase: str) -> int | None:
    """'three hundred and forty-two' -> 342; None when the words do not form one number."""
    total = 0
    current = 0
    seen_any = False
    last_small = None  # the last unit/ten word, to reject "five six"
    for token in _TOKEN.findall(phrase.lower()):
        if token == "and":
            continue
        if token == "a":  # "a hundred", "a million"
            if seen_any:
                return None
            current = 1
            seen_any = True
            last_small = None
            continue
        if token in UNITS or token in TENS:
            value = UNITS.get(token, TENS.get(token))
            if last_small is not None and not (last_small in TENS.values() and value < 10):
                return None
            current += value
            last_small = value
        elif token == "hundred":
            current = (current or 1) * 100
            last_small = None
        elif token == "dozen":
            current = (current or 1) * 12
            last_small = None
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
            last_small = None
        else:
            return None
        seen_any = True
    if not seen_any:
        return None
    return total + current


def scale(value: float | int, word: str | None) -> float | int:
    """Apply a scale word or abbreviation ('million', 'bn') and keep integers integral."""
    if not word:
        return value
    factor = SCALES.get(word.lower()) or SCALE_ABBREVIATIONS.get(word.lower())
    if factor is None:
        return value
    result = value * factor
    return int(result) if float(result).is_integer() else result
