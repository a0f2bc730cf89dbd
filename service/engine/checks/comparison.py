"""comparison: a figure set against another by a per cent, a difference or a multiple ('£2,200 a
month, 40% higher than the national average of £1,300', '£2,400, double £1,300') agrees."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..scan import MONTH_NAMES, WEEKDAYS
from .result import CheckResult
from .tolerance import (
    APPROXIMATE,
    RELATIVE_FOR_APPROXIMATE,
    allowance,
    figure,
    relative_rounding,
    within,
    written_bounds,
)

CODE = "comparison"
DESCRIPTION = (
    "A figure set against another of the same kind in its sentence (money in one currency, "
    "counts, quantities or durations in one unit, shares), by a per cent ('£2,200 a "
    "month, 40% higher than the national average of £1,300': (A - B) / B; past a few words "
    "naming the figure, 'Some 150mm of rain fell, 40% more than ...', 'The £12bn overspend is "
    "33% higher than ...'; a premium or discount: "
    "'450p a share, a 40% premium to Friday's closing price of 320p'), by points between "
    "two shares ('6.1%, 50% higher than the UK rate of 4.1%'), by a difference in its own unit "
    "('152p a litre, 8p more than petrol at 144p', '300m long, 31m longer than the Titanic's "
    "269m') or by a multiple ('£2,400, double the "
    "national average of £1,300', 'three times the 130 beds at the old site', '£2.8bn, a third "
    "of the £8.4bn forecast', '£12bn, a third more than the £9bn forecast', 'more than 3.6 "
    "million hours, more than double the 1.75 million "
    "hours in 2022'), agrees with the "
    "two figures; the way it says ('higher', 'lower') is the way they go."
)
TOLERANCE = (
    "the rounding of the per cent or the difference as written (5% of it when hedged) and of "
    "the two figures when within 2.5% of them (5% when hedged); for a multiple, 5% of B x n, "
    "10% when hedged ('nearly double'); a bound ('more than 40% higher', 'more than double') "
    "is one-sided"
)
_FACTOR_SLACK, _HEDGED_FACTOR_SLACK = 0.05, 0.10

# between the per cent and the figure it is set against: ' higher than the national average of ',
# ' less than men, who earn '
_WHO_EARN = (
    r"(?:(?:who|which)\s+(?:earn|earns|earned|pay|pays|paid|get|gets|got|receive|receives|"
    r"cost|costs|charge|charges|average|averages)\s+)?"
)
_UP = "higher|more|greater|bigger|larger|dearer|above|longer|taller|deeper|wider|heavier|older"
_DOWN = "lower|less|fewer|smaller|cheaper|below|shorter|shallower|narrower|lighter|younger"
_PRICED_AGAINST = re.compile(r"\s+(?:premium|discount)\s+(?:to|on|over)\s+$", re.IGNORECASE)
_SET_AGAINST = re.compile(
    rf"\s+(?:(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:(?<=above|below)|\s+than)"
    # a price set against another: 'a 40% premium to Friday's closing price of 320p'
    r"|(?P<premium>premium)\s+(?:to|on|over)|discount\s+(?:to|on))"
    r"(?:\s+(?:that\s+(?:of|in)|in|for|among))?(?:\s+(?:the|an?|its|their))?"
    r"(?:\s+(?!than\b)[\w'’-]+){0,6}?(?:\s+(?:of|at|on))?\s*,?\s*" + _WHO_EARN + "$",
    re.IGNORECASE,
)
# between the first figure and the per cent: ', ', ' is ', ' – ', after a rate: '£2,200 a
# month, 40% higher', '152p a litre, 8p more', 'earn £28,000 on average, 14% less'
_RATE = (
    r"(?:\s+(?:a|per)\s+(?:year|month|week|day|hour|head|litre|gallon|kg|kilo|unit|share))?"
    r"(?:\s+on\s+average)?"
    r"(?:\s+(?:long|tall|high|wide|deep|heavy))?"  # a dimension: '300m long, 31m longer than'
)
# a few words naming what the figure is before the comma: '150mm of rain fell, more than double'
_NAMED = r"(?:\s+(?!(?:and|or|but|while|whereas|which|who|that|than)\b)[a-z][\w'’-]*){0,4}"
_LEAD = re.compile(  # ', is ' too: 'The tower, at 310m, is 20m taller than'; ', a 40% premium'
    _RATE
    + rf"(?:{_NAMED}(?:\s*[,(–—]\s*|,?\s+(?:is|was|are|were)\s+(?:now\s+)?)|\s+-\s+)"
    + r"(?:an?\s+)?$",
    re.IGNORECASE,
)
# when the figure was, after the words naming it: '210mm of rain fell in October, almost twice'
_WHEN = (
    rf"(?:\s+(?:in|on|during|last|this)\s+(?:{MONTH_NAMES}|{'|'.join(WEEKDAYS)}|(?:19|20)\d\d))?"
)
_MULTIPLE = re.compile(
    _RATE + rf"(?:{_NAMED}(?:{_WHEN}\s*[,(–—]\s*|\s+(?:is|was|are|were)\s+(?:now\s+)?)|\s+-\s+)"
    r"(?:(?P<hedge>more\s+than|over|nearly|almost|about|around|roughly|less\s+than)\s+)?"
    r"(?:(?P<double>double|twice)|(?P<half>half)|(?P<treble>treble|triple)"
    r"|(?P<fraction>(?:a|one)\s+(?:third|quarter|fifth|tenth)|two[-\s]thirds|three[-\s]quarters)"
    # 'a third more than the £9bn forecast': 4/3 of it
    r"(?:\s+(?:(?P<more>more|higher|greater|bigger|larger)|(?P<less>less|lower|smaller|fewer))"
    r"\s+than)?"
    r"|(?P<n>\d+(?:\.\d+)?|three|four|five|six|seven|eight|nine|ten)\s+times)"
    r"(?:\s+(?:that\s+(?:of|in)|as\s+(?:much|high|many|large)\s+as))?(?:\s+(?:the|an?|its|their))?"
    r"(?:\s+(?!than\b)[\w'’-]+){0,6}?(?:\s+(?:of|at|on))?\s*,?\s*$",
    re.IGNORECASE,
)
_FRACTIONS = {"a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1,
              "two thirds": 2 / 3, "three quarters": 0.75}  # fmt: skip
_WORD_FACTORS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}  # fmt: skip
_HEDGES = {"more than": "more_than", "over": "more_than", "less than": "fewer_than"}
_KINDS = ("money", "count", "quantity", "duration", "percentage")


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    text = doc.text
    for index, first in enumerate(claims):
        if not _a_figure(first) or index + 1 >= len(claims):
            continue
        following = claims[index + 1]
        if (
            following.type == "date"
            and index + 2 < len(claims)
            and _MULTIPLE.fullmatch(text, first.end, claims[index + 2].start)
        ):  # '210mm of rain fell in October, almost twice the average of 110mm': past the date
            following = claims[index + 2]
        multiple = _MULTIPLE.fullmatch(text, first.end, following.start)
        if multiple is not None:
            if _same_kind(first, following) and _same_sentence(doc, first, following):
                yield _compare_multiple(first, following, multiple, doc)
            continue
        if index + 2 >= len(claims):
            continue
        size, other = following, claims[index + 2]
        if (
            other.type == "date"
            and index + 3 < len(claims)
            and _PRICED_AGAINST.fullmatch(text, size.end, other.start)
        ):  # 'a 40% premium to Friday's closing price of 320p': the price on that day
            other = claims[index + 3]
        # the words before the figure set against first: in a list of figures they fail at once
        against = _SET_AGAINST.fullmatch(text, size.end, other.start)
        if (
            against is None
            or size.value.get("upper") is not None
            or size.links.get("gap")  # '8 points lower than the 60%': point_gap's
            or not (size.type == "percentage" or _same_kind(first, size))
            or not _same_kind(first, other)
            or not _same_sentence(doc, first, other)
            or not _LEAD.fullmatch(text, first.end, size.start)
        ):
            continue
        way = "up" if against.group("up") or against.group("premium") else "down"
        if size.type == "percentage":
            result = _compare_share(first, size, other, way, doc)
        else:  # 'Diesel costs 152p a litre, 8p more than petrol at 144p'
            result = _compare_difference(first, size, other, way, doc)
        if result is not None:
            yield result


def _a_figure(claim: Found) -> bool:
    value = claim.value
    if claim.type not in _KINDS or value.get("upper") is not None:
        return False
    return not (claim.type == "percentage" and value["points"])


def _same_kind(a: Found, b: Found) -> bool:
    """Two figures of one kind in one unit: money in one currency, quantities or durations in
    one unit, shares, counts."""
    if a.type != b.type or not _a_figure(b):
        return False
    if a.type == "money":
        return a.value["currency"] == b.value["currency"]
    if a.type in ("quantity", "duration"):
        return a.value["unit"] == b.value["unit"]
    return True


def _same_sentence(doc: Document, a: Found, b: Found) -> bool:
    return doc.sentence_bounds(a.start) == doc.sentence_bounds(b.start)


def _as_written(claim: Found, doc: Document) -> tuple[float, float]:
    """The lowest and highest the figure may be, given its rounding as written, or 5% either
    way when hedged ('about £2,400')."""
    hedged = claim.value["qualifier"] in APPROXIMATE
    least = RELATIVE_FOR_APPROXIMATE if hedged else 0.0
    return written_bounds(doc.text, claim.start, claim.end, claim.value["number"], least)


def _compare_share(
    first: Found, share: Found, other: Found, way: str, doc: Document
) -> CheckResult | None:
    a, b = first.value["number"], other.value["number"]
    stated = share.value["number"]
    ids = (first.id, share.id, other.id)
    wrong_way = _wrong_way(a, b, f"{figure(stated)}%", way, ids)
    if wrong_way is not None:
        return wrong_way
    lows, highs = _as_written(first, doc), _as_written(other, doc)
    slack = allowance(doc, share, stated)
    both_shares = first.type == "percentage"
    if share.value["points"] or both_shares:  # 'two points above': the gap between two shares
        gaps = [abs(x - y) for x in lows for y in highs]
        gap_ok = within(stated, gaps, slack, share.value["qualifier"])
        if share.value["points"]:
            arithmetic = f"{figure(a)}% - {figure(b)}% = {figure(round(abs(a - b), 2))} points"
            return _result(gap_ok, arithmetic, stated, " points", ids)
    else:
        gap_ok = False
    relatives = [abs(x - y) / y * 100 for x in lows for y in highs if y > 0]
    if not relatives:
        return None
    ok = gap_ok or within(stated, relatives, slack, share.value["qualifier"])
    high, low = (a, b) if a >= b else (b, a)
    arithmetic = f"({figure(high)} - {figure(low)}) / {figure(b)} = {abs(a - b) / b * 100:.2f}%"
    if both_shares:
        arithmetic += f", or {figure(round(abs(a - b), 2))} points"
    return _result(ok, arithmetic, stated, "%", ids)


def _compare_difference(
    first: Found, size: Found, other: Found, way: str, doc: Document
) -> CheckResult:
    a, b, stated = first.value["number"], other.value["number"], size.value["number"]
    ids = (first.id, size.id, other.id)
    wrong_way = _wrong_way(a, b, figure(stated), way, ids)
    if wrong_way is not None:
        return wrong_way
    gaps = [abs(x - y) for x in _as_written(first, doc) for y in _as_written(other, doc)]
    # the size's rounding as a share of it: its value may be scaled from what is written ('8p')
    slack = stated * relative_rounding(doc.text, size.start, size.end)
    if size.value["qualifier"] in APPROXIMATE:
        slack = max(slack, stated * RELATIVE_FOR_APPROXIMATE)
    ok = within(stated, gaps, slack, size.value["qualifier"])
    high, low = (a, b) if a >= b else (b, a)
    arithmetic = f"{figure(high)} - {figure(low)} = {figure(round(high - low, 6))}"
    return _result(ok, arithmetic, stated, "", ids)


def _wrong_way(a: float, b: float, stated: str, way: str, ids: tuple) -> CheckResult | None:
    """An answer when the text says A is higher than B and it is not, or lower and it is not."""
    going = "up" if a > b else "down" if a < b else "level"
    if going == way:
        return None
    word = "higher" if way == "up" else "lower"
    message = f"The text says {figure(a)} is {stated} {word} than {figure(b)}."
    return CheckResult(CODE, "inconsistent", message, ids)


def _compare_multiple(
    first: Found, other: Found, multiple: re.Match[str], doc: Document
) -> CheckResult:
    if multiple.group("double"):
        factor, word = 2.0, multiple.group("double").lower()
    elif multiple.group("half"):
        factor, word = 0.5, "half of"
    elif multiple.group("treble"):
        factor, word = 3.0, multiple.group("treble").lower()
    elif multiple.group("fraction"):  # 'a third of the £8.4bn forecast'
        word = " ".join(multiple.group("fraction").lower().replace("-", " ").split())
        factor, word = _FRACTIONS[word], f"{word} of"
        way = multiple.group("more") or multiple.group("less")
        if way:  # 'a third more than': 1 + 1/3 of it; 'a quarter less than': 1 - 1/4
            factor = 1 + factor if multiple.group("more") else 1 - factor
            word = f"{word[:-3]} {way.lower()} than"
    else:
        n = multiple.group("n").lower()
        factor = float(_WORD_FACTORS[n]) if n in _WORD_FACTORS else float(n)
        word = f"{n} times"
    hedge_words = " ".join((multiple.group("hedge") or "").lower().split())
    hedge = _HEDGES.get(hedge_words, "about" if hedge_words else "exact")
    a, b = first.value["number"], other.value["number"]
    expected = b * factor
    share = _HEDGED_FACTOR_SLACK if hedge == "about" else _FACTOR_SLACK
    slack = abs(expected) * share
    lows = _as_written(first, doc)
    ok = within(expected, list(lows), slack, hedge)  # 'more than double': A >= B x 2
    said = f"{hedge_words} {word}".strip()
    arithmetic = f"{figure(b)} x {figure(factor)} = {figure(expected)}"
    ids = (first.id, other.id)
    if ok:
        message = f"{arithmetic}; the text gives {figure(a)} as {said} it."
    else:
        message = f"{arithmetic}, but the text gives {figure(a)} as {said} it."
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)


def _result(ok: bool, arithmetic: str, stated: float, unit: str, ids: tuple) -> CheckResult:
    said = f"the text says {figure(stated)}{unit}"
    message = f"{arithmetic}, as {said}." if ok else f"{arithmetic}; {said}."
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)
