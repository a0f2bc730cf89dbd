"""rate_total: a rate and the total it makes over a stated time ('£12m over three years, or £4m
a year', '4,000 in October, 130 a day'), and one rate given again per another period."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from ..document import Document, Found
from ..rules.phrases import PER_PERIOD
from .result import CheckResult
from .tolerance import (
    APPROXIMATE,
    RELATIVE_FOR_APPROXIMATE,
    amount,
    bounds,
    figure,
    relative_rounding,
)

CODE = "rate_total"
DESCRIPTION = (
    "A sum of money or a count given as a rate and as the total it makes over a stated time, "
    "tied by 'or', 'a total of', 'works out at', a dash or brackets ('£12m over three years, or "
    "£4m a year'; '£4m a year for three years, a total of £12m'), or set off by commas right "
    "after the time ('£3.6m over three years, £1.2m a year, on roads'), makes rate x time = "
    "total; "
    "a rate given again per another period ('£2.4bn a year works out at £200m a month', '£50 a "
    "week, or £2,600 a year', '£1.2m a month on temporary accommodation, £14.4m a year.') is "
    "the same rate; a total over a named year or month makes the "
    "rate per day, week or month after it ('4,000 crossed in October, 130 a day')."
)
TOLERANCE = (
    "the rounding of every figure as written ('£4m' is £3.5m to £4.5m, so three years of it "
    "£10.5m to £13.5m); 5% more when a figure is hedged; 1% more between periods of uneven "
    "length (a year is 52.18 weeks, a month 30.44 days)"
)

_PERIOD_AFTER = re.compile(rf"{PER_PERIOD}|\s+(?P<annually>annually)\b", re.IGNORECASE)
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.436875, "year": 365.2425}
_EXACT_RATIOS = {("year", "month"): 12.0, ("week", "day"): 7.0}
# what ties a rate to its total or to itself per another period
_TIED = re.compile(
    r"\bor\b|\bequivalent\s+to\b|\bworks?\s+out\s+(?:at|as)\b|\bworking\s+out\s+at\b|"
    r"\ba\s+total\s+of\b|\bin\s+total\b|\bin\s+all\b|\btotall?ing\b|\(|\s[–—-]\s",
    re.IGNORECASE,
)
# between a total over a named span and its rate: '..., an average of', ' - about', ', or'
_RATE_TIE = re.compile(r"[,(–—]|\s-\s|\bor\b|\baverage\b", re.IGNORECASE)
_OWN_SPAN_AFTER = re.compile(
    PER_PERIOD + r"\s+(?:in|during|over|at|for|since|by|from|until|before|after|between|this"
    r"|last|next|when|while)\b",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"\b(?:last|this|the\s+past|the\s+last)\s+year\b", re.IGNORECASE)
_APART = re.compile(r"[;:]|\b(?:while|whereas|but|compared|than|and)\b", re.IGNORECASE)
_SET_OFF_COMMA = re.compile(r",\s*")
_NAMED_THEN_COMMA = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas)\b)[\w'’-]+){0,4},\s*", re.IGNORECASE
)
_CLOSED = re.compile(r"\s*(?:[,.;]|$)")  # a rate set off ends there: '..., £1.2m a year, on roads'
_REACH = 4  # claims from a rate to its total, past its duration and a date
_CALENDAR_SLACK = 0.01


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    used: set[str] = set()
    for index, claim in enumerate(claims):
        period = _period(claim, doc)
        if period is None or claim.id in used:
            continue
        s_start, s_end = doc.sentence_bounds(claim.start)
        near = [
            c
            for c in claims[max(0, index - _REACH) : index + _REACH + 1]
            if c is not claim and s_start <= c.start < s_end
        ]
        other_rate = _rate_again(claim, period, near, doc)
        if other_rate is not None:
            used.update((claim.id, other_rate[0].id))
            yield _compare_rates(claim, period, *other_rate, doc)
            continue
        total = _total_over(claim, period, near, doc)
        if total is not None:
            used.add(claim.id)
            yield _compare_total(claim, period, *total, doc)
            continue
        spanned = _total_in_span(claim, period, near, doc)
        if spanned is not None:
            used.add(claim.id)
            yield _compare_spanned(claim, period, *spanned, doc)


def _amount(claim: Found) -> tuple[str, float] | None:
    """A money claim's (currency, sum) or a count's ('count', number); None for others."""
    if claim.type == "money" and claim.value["upper"] is None:
        return claim.value["currency"] or claim.value["currency_name"] or "", claim.value["number"]
    if claim.type == "count" and claim.value["upper"] is None and not claim.value["vague"]:
        return "count", claim.value["number"]
    return None


def _period(claim: Found, doc: Document) -> str | None:
    """'year' for '£4m a year', '£4m per year' or '£4m annually'."""
    if _amount(claim) is None:
        return None
    after = _PERIOD_AFTER.match(doc.text, claim.end)
    if after is None:
        return None
    return "year" if after.group("annually") else after.group("period").lower()


def _tied(doc: Document, first: Found, last: Found) -> bool:
    """The words from the first claim to the last tie them ('..., or ...') and start no other
    clause ('£4m a year, while £12m ...')."""
    between = doc.text[first.end : last.start]
    return bool(_TIED.search(between)) and not _APART.search(between)


def _rate_again(rate: Found, period: str, near: list[Found], doc: Document):
    """The same rate per another period right after it: ('£2.4bn a year', '£200m a month')."""
    kind = _amount(rate)[0]
    for other in near:
        if other.start < rate.end or other.type == "date":
            continue  # '£2.4bn a year in 2024, or £200m a month': past the date
        if _amount(other) is None or _amount(other)[0] != kind:
            return None
        again = _period(other, doc)
        if again is None or again == period:
            return None
        if not (_tied(doc, rate, other) or _restated(doc, rate, other)):
            return None
        return other, again
    return None


def _restated(doc: Document, rate: Found, other: Found) -> bool:
    """'spends £1.2m a month on temporary accommodation, £14.4m a year.': the rate again, set
    off by a comma after what it is spent on, closing the clause (not a list of rates for
    other things: '£1.2m a month on housing, £5m a year on roads')."""
    text = doc.text
    first, second = _PERIOD_AFTER.match(text, rate.end), _PERIOD_AFTER.match(text, other.end)
    return bool(
        _NAMED_THEN_COMMA.fullmatch(text, first.end(), other.start)
        and _CLOSED.match(text, second.end())
    )


def _total_over(rate: Found, period: str, near: list[Found], doc: Document):
    """The duration in the rate's unit of time and the total of the same kind beside them, tied
    to the rate: '£12m over three years, or £4m a year' -> (total, duration)."""
    durations = [c for c in near if c.type == "duration" and c.value["unit"] == period]
    kind = _amount(rate)[0]
    totals = [
        c for c in near if _amount(c) is not None and _amount(c)[0] == kind and not _period(c, doc)
    ]
    if len(durations) != 1 or len(totals) != 1:
        return None
    duration, total = durations[0], totals[0]
    first, last = (total, rate) if total.start < rate.start else (rate, total)
    if not (_tied(doc, first, last) or _set_off(doc, total, duration, rate)):
        return None
    return total, duration


def _set_off(doc: Document, total: Found, duration: Found, rate: Found) -> bool:
    """'£4.5m over three years, £1.2m a year, on roads': the rate set off by commas right
    after the total's duration, as a restatement of it."""
    text = doc.text
    period = _PERIOD_AFTER.match(text, rate.end)
    return (
        total.end <= duration.start
        and _SET_OFF_COMMA.fullmatch(text, duration.end, rate.start) is not None
        and _CLOSED.match(text, period.end()) is not None
    )


def _total_in_span(rate: Found, period: str, near: list[Found], doc: Document):
    """A total over a named year or month, then the rate it makes, tied: '1,234 people died in
    2023, an average of more than three a day', 'helped 52,000 families last year - about
    1,000 a week', '4,000 crossed in October, 130 a day' -> (total, days in the span, the span
    as written: 'in 2023', 'last year')."""
    if _OWN_SPAN_AFTER.match(doc.text, rate.end):
        return None  # '12 a day in the worst week': a rate over a span of its own
    kind = _amount(rate)[0]
    before = [c for c in near if c.end <= rate.start]
    totals = [c for c in before if _amount(c) is not None and _amount(c)[0] == kind]
    if not totals or _period(totals[-1], doc):
        return None
    total = totals[-1]
    between = [c for c in before if c.start >= total.end]
    if any(c.type != "date" for c in between) or len(between) > 1:
        return None
    text = doc.text[total.end : rate.start]
    if _APART.search(text) or not _RATE_TIE.search(text):
        return None
    if between:
        days = _days_in(between[0])
        span = f"in {doc.text[between[0].start : between[0].end]}"
    elif a_year := _A_YEAR.search(text):
        days, span = _DAYS["year"], a_year.group()
    else:
        return None
    if not days or _DAYS[period] * 2 > days or (period == "month" and days < 365):
        return None  # a rate per a part of the span: a month's total is no rate per month
    return total, days, span


def _days_in(date: Found) -> float | None:
    """The days of a year or a month a date names ('2023', 'October'), or None."""
    value = date.value
    if value["date"] is None or value["through"]:
        return None
    year = int(value["date"][:4])
    if value["granularity"] == "year":
        return 366.0 if calendar.isleap(year) else 365.0
    if value["granularity"] == "month":
        return float(calendar.monthrange(year, int(value["date"][5:7]))[1])
    return None


def _compare_spanned(
    rate: Found, period: str, total: Found, days: float, span: str, doc: Document
) -> CheckResult:
    text = doc.text
    periods = 12.0 if period == "month" else days / _DAYS[period]
    made = _amount(total)[1] / periods
    stated = _amount(rate)[1]
    slack = _slack(doc, rate, stated) + _slack(doc, total, made) + made * _CALENDAR_SLACK
    low, high = bounds(stated, rate.value["qualifier"], slack)  # 'more than three a day': one way
    ok = low <= made <= high
    message = (
        f"{text[total.start : total.end]} {span} is {_written(rate, made)} a {period}; the "
        f"text says {text[rate.start : rate.end]}"
    )
    return _result(ok, message, made != stated, total, rate)


def _slack(doc: Document, claim: Found, value: float) -> float:
    """How far `value`, which the claim's figure makes, may be off: its rounding as written,
    and 5% more when hedged."""
    slack = abs(value) * relative_rounding(doc.text, claim.start, claim.end)
    if claim.value.get("qualifier", "exact") in APPROXIMATE:
        slack += abs(value) * RELATIVE_FOR_APPROXIMATE
    return slack


def _compare_total(
    rate: Found, period: str, total: Found, duration: Found, doc: Document
) -> CheckResult:
    text = doc.text
    per = _amount(rate)[1]
    times = duration.value["number"]
    made = per * times
    stated = _amount(total)[1]
    slack = _slack(doc, rate, made) + _slack(doc, total, stated) + 1e-9
    if duration.value["qualifier"] in APPROXIMATE:
        slack += made * RELATIVE_FOR_APPROXIMATE
    ok = abs(made - stated) <= slack
    message = (
        f"{text[rate.start : rate.end]} a {period} for {figure(times)} {period}"
        f"{'' if times == 1 else 's'} is "
        f"{_written(rate, made)}; the text says {text[total.start : total.end]}"
    )
    return _result(ok, message, made != stated, rate, duration, total)


def _compare_rates(
    rate: Found, period: str, other: Found, other_period: str, doc: Document
) -> CheckResult:
    text = doc.text
    made = _amount(rate)[1] / _periods_in(period, other_period)
    stated = _amount(other)[1]
    slack = _slack(doc, rate, made) + _slack(doc, other, stated) + 1e-9
    if {(period, other_period), (other_period, period)}.isdisjoint(_EXACT_RATIOS):
        slack += made * _CALENDAR_SLACK  # '£52,000 a year (£1,000 a week)': 52.18 weeks
    ok = abs(made - stated) <= slack
    message = (
        f"{text[rate.start : rate.end]} a {period} is {_written(rate, made)} a "
        f"{other_period}; the text says {text[other.start : other.end]}"
    )
    return _result(ok, message, made != stated, rate, other)


def _periods_in(period: str, other: str) -> float:
    """How many of `other` make one `period`: 12 months a year, 52.18 weeks, 1/7 of a week a
    day."""
    if (period, other) in _EXACT_RATIOS:
        return _EXACT_RATIOS[(period, other)]
    if (other, period) in _EXACT_RATIOS:
        return 1 / _EXACT_RATIOS[(other, period)]
    return _DAYS[period] / _DAYS[other]


def _written(claim: Found, value: float) -> str:
    """`value` in the claim's kind, as a desk writes it: '£15m', '£2.4bn', '£996.6', '300,000'."""
    kind = _amount(claim)[0]
    return amount(value, None if kind == "count" else kind)


def _result(ok: bool, message: str, inexact: bool, *claims: Found) -> CheckResult:
    if ok and inexact:
        message += ", within the rounding of the figures"
    ids = tuple(c.id for c in sorted(claims, key=lambda c: c.start))
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message + ".", ids)
