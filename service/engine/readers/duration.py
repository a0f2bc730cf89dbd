"""Read a duration at a position: '40 days', 'an hour and a half', 'half a day', '1/2 hour',
'a quarter of an hour', '2 years, 3 months', '1 hour thirty', 'two decades'.

A compound duration is given in the smallest unit it names: a year is 12 months or 365 days, a
month 30 days ('2 years and 3 months' is 27 months, '1 hour thirty' is 90 minutes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .number import read_number

SECONDS = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86_400, "week": 604_800,
    "month": 2_592_000, "year": 31_536_000,
}  # fmt: skip
# unit word (lower case, singular) -> (canonical unit, how many of it)
_UNIT_WORDS = {
    "second": ("second", 1), "sec": ("second", 1), "s": ("second", 1),
    "minute": ("minute", 1), "min": ("minute", 1), "hour": ("hour", 1), "hr": ("hour", 1),
    "h": ("hour", 1), "day": ("day", 1), "week": ("week", 1), "wk": ("week", 1),
    "fortnight": ("week", 2), "month": ("month", 1), "quarter": ("month", 3),
    "year": ("year", 1), "yr": ("year", 1), "decade": ("year", 10), "century": ("year", 100),
}  # fmt: skip
_NEXT_SMALLER = {"hour": "minute", "minute": "second", "day": "hour", "year": "month"}
_UNIT = re.compile(
    r"(?:\s+(?:more|additional|extra|less|fewer|long|whole|full))?\s*(?:-\s*)?(?:of\s+(?:an?\s+)?)?"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|fortnights?|"
    r"months?|quarters?|years?|yrs?|decades?|century|centuries|s)(?![A-Za-z])",
    re.IGNORECASE,
)
_ARTICLE_UNIT = re.compile(r"(?i:an?|one)\s+(?=[a-z])")
_HALF_BEFORE = re.compile(r"(?i:half)(?:\s+an?)?\s+|1/2\s*")
# 'a quarter of an hour', 'three-quarters of an hour': the share of one unit, in the next smaller
_QUARTERS_BEFORE = re.compile(r"(?i:(?P<n>a|one|three)[\s-]+quarters?\s+of\s+an?\s+)")
_AND_A_HALF = re.compile(r"\s+(?i:and)\s+(?:(?i:an?)\s+)?(?i:half)\b")
_JOIN = re.compile(r"\s*,?\s*(?:(?i:and)\s+)?")


@dataclass(frozen=True, slots=True)
class Duration:
    number: float
    unit: str  # canonical: second, minute, hour, day, week, month, year
    end: int

    @property
    def seconds(self) -> float:
        return self.number * SECONDS[self.unit]


_UNIT_SOON = re.compile(r"\s*(?:and\s+an?\s+half\s+)?")


def unit_follows(text: str, pos: int) -> bool:
    """Whether a unit of time follows `pos` (a cheap check before reading)."""
    return _UNIT.match(text, _UNIT_SOON.match(text, pos).end()) is not None


def read_duration(text: str, pos: int, limit: int | None = None) -> Duration | None:
    """A duration at `pos`, with any further parts joined by ',' or 'and'."""
    limit = len(text) if limit is None else limit
    first = _part(text, pos, limit)
    if first is None:
        return None
    parts = [first[:2]]
    end = first[2]
    while True:
        join = _JOIN.match(text, end, limit)
        part = _part(text, join.end(), limit)
        if part is not None and SECONDS[part[1]] < SECONDS[parts[-1][1]]:
            parts.append(part[:2])
            end = part[2]
            continue
        bare = _bare_minor(text, join.end(), limit, parts[-1][1])
        if bare is not None:  # "1 hour thirty", "2 hour and 10"
            parts.append(bare[:2])
            end = bare[2]
        break
    smallest = parts[-1][1]
    number = sum(_in_unit(amount, unit, smallest) for amount, unit in parts)
    number = int(number) if float(number).is_integer() else round(number, 10)
    return Duration(number, smallest, end)


def _in_unit(amount: float, unit: str, target: str) -> float:
    if unit == "year" and target == "month":
        return amount * 12
    return amount * SECONDS[unit] / SECONDS[target]


def _part(text: str, pos: int, limit: int) -> tuple[float, str, int] | None:
    """One 'number unit' part, as (amount, canonical unit, end)."""
    half = _HALF_BEFORE.match(text, pos, limit)
    quarters = None if half else _QUARTERS_BEFORE.match(text, pos, limit)
    if half or quarters:  # "half an hour", "half a day", "1/2 hour", "a quarter of an hour"
        unit = _UNIT.match(text, (half or quarters).end(), limit)
        if unit:
            name, count = _unit(unit)
            smaller = _smaller_for_half(name)
            share = 0.5 if half else (3 if quarters.group("n").lower() == "three" else 1) / 4
            return _in_unit(share * count, name, smaller), smaller, unit.end()
    amount = None
    number = read_number(text, pos, limit)
    if number is not None and number.value >= 0:
        amount, after = number.value, number.end
    else:
        article = _ARTICLE_UNIT.match(text, pos, limit)
        if article:
            amount, after = 1, article.end()
    if amount is None:
        return None
    half_first = _AND_A_HALF.match(text, after, limit)
    if half_first:  # "5 and a half minutes"
        amount, after = amount + 0.5, half_first.end()
    unit = _UNIT.match(text, after, limit)
    if not unit:
        return None
    name, count = _unit(unit)
    amount *= count
    end = unit.end()
    half_more = _AND_A_HALF.match(text, end, limit)
    if half_more:  # "an hour and a half"
        smaller = _smaller_for_half(name)
        amount = _in_unit(amount + 0.5, name, smaller)
        name, end = smaller, half_more.end()
    return amount, name, end


def _unit(match: re.Match[str]) -> tuple[str, int]:
    word = match.group("unit").lower()
    if word == "centuries":
        word = "century"
    elif word.endswith("s") and word[:-1] in _UNIT_WORDS:
        word = word[:-1]
    return _UNIT_WORDS[word]


def _smaller_for_half(unit: str) -> str:
    """Half an hour is 30 minutes, half a day 12 hours: a half goes in the next smaller unit."""
    return {"hour": "minute", "day": "hour", "minute": "second", "month": "day"}.get(unit, unit)


def _bare_minor(text: str, pos: int, limit: int, unit: str) -> tuple[float, str, int] | None:
    smaller = _NEXT_SMALLER.get(unit)
    number = read_number(text, pos, limit) if smaller else None
    if number is None or not 0 < number.value < 60:
        return None
    rest = text[number.end : limit]
    if rest.strip(" .,;:!?)") and not rest[:1].isspace():
        return None
    if rest.strip() and re.match(r"\s*[A-Za-z0-9]", rest):
        return None  # "1 hour 30 people": the number belongs to what follows
    return number.value, smaller, number.end
