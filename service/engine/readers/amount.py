"""Read any amount with its unit: money, a percentage, a measured quantity, a duration or a
plain number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .duration import read_duration, unit_follows
from .money import money_after_number, read_money_before_number
from .number import read_number
from .quantity import read_quantity
from .words import FRACTION_DENOMINATORS

PERCENT_AFTER = re.compile(
    r"(?P<points>\s*(?:-\s*)?percentage[\s-]points?\b)"
    r"|\s*(?:%|(?i:per\s?cent|percent|pc)(?![A-Za-z]))",
    re.IGNORECASE,
)


# 'points' alone are a poll's or an index's: 'fell 50 points'
_POINTS_AFTER = re.compile(r"\s+points?\b", re.IGNORECASE)
_BASIS_POINTS_AFTER = re.compile(r"\s*(?:-\s*)?(?:basis[\s-]points?|bps?)\b", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?:" + "|".join(sorted(FRACTION_DENOMINATORS, key=len, reverse=True)) + r")\b", re.I
)

_HALF = re.compile(r"(?i:half|halves)\b")
# a fraction of a point: ' of a percentage point', ' a percentage point' (after 'half')
_OF_A_POINT = re.compile(
    r"\s+(?:of\s+)?an?\s+(?P<percentage>percentage[\s-])?points?\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    # an ISO currency code, '%', 'percentage point', 'point', a quantity or a time unit, or None
    unit: str | None
    end: int


def read_amount(text: str, pos: int, limit: int | None = None) -> Amount | None:
    limit = len(text) if limit is None else limit
    money = read_money_before_number(text, pos, limit)
    if money is None:
        number = read_number(text, pos, limit)
        if number is None:
            return None
        money = money_after_number(text, number, limit)  # the number read once, for both
    if money is not None:
        return Amount(money.value, money.currency or money.name, money.end)
    percent = PERCENT_AFTER.match(text, number.end, limit)
    if percent:
        unit = "percentage point" if percent.group("points") else "%"
        return Amount(number.value, unit, percent.end())
    basis = _BASIS_POINTS_AFTER.match(text, number.end, limit)
    if basis:  # '25 basis points', '25bp': hundredths of a percentage point
        return Amount(number.value, "basis point", basis.end())
    points = _POINTS_AFTER.match(text, number.end, limit)
    if points:
        return Amount(number.value, "point", points.end())
    quantity = read_quantity(text, pos, limit)
    if quantity is not None:
        return Amount(quantity.number, quantity.unit, quantity.end)
    if unit_follows(text, number.end):  # 'from 14 to 18 weeks'
        duration = read_duration(text, pos, limit)
        if duration is not None:
            return Amount(duration.number, duration.unit, duration.end)
    if _FRACTION.search(text, pos, number.end):
        point = _OF_A_POINT.match(text, number.end, limit)
        if point:  # 'a quarter of a percentage point': 0.25 points, not a quarter of the figure
            unit = "percentage point" if point.group("percentage") else "point"
            return Amount(number.value, unit, point.end())
        if _FRACTION.fullmatch(text, pos, number.end) and not _HALF.match(text, pos):
            return None  # 'drop to seventh': an ordinal, where 'a seventh' is a fraction
        return Amount(number.value, "fraction", number.end)  # 'risen by a third', 'by half'
    return Amount(number.value, None, number.end)
