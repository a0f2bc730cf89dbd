"""elapsed_time: '40 days since October 7', 'since 2015, nearly a decade' and 'a 73-year-old born
in 1950' agree with the dates given and with the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult
from .tolerance import figure

CODE = "elapsed_time"
DESCRIPTION = (
    "A time said to have passed since a date ('40 days since October 7', 'since 2015, nearly a "
    "decade', 'on 7 October, 40 days ago', 'two years ago, in 2022') matches the time from "
    "that date to publication, and an age given with a birth date ('73, born in 1950', 'Born "
    "in March 1950, Smith is now 73') is the age on the day of publication (for a bare year, "
    "publication year minus birth year or one less, before the birthday)."
)
TOLERANCE = "one unit of the stated duration (a day for days, a month for months, a year for years)"

_SINCE = re.compile(
    r"\s+(?:since|(?P<after>after)|ago\s*,?\s+(?:on|in))\s+(?:the\s+)?$",  # '40 days ago on'
    re.IGNORECASE,
)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)  # 'on Saturday 7 October, 40 days ago'
_NOW = re.compile(r"\b(?:now|today|this\s+week)\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSED = re.compile(r"\s*[,–—(]\s*(?:(?:that\s+is|or|some)\s+)?")  # 'since 2015, nearly a decade'
_BORN = re.compile(r"\bborn\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
_NOW_TRIGGERS = frozenset(["now", "today", "this"])
_BIRTH_REACH = 4  # claims back from an age to its birth date: 'Born in 1950, Smith is now 73'
_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    published = doc.published
    if published is None:
        return
    for index, claim in enumerate(claims):
        # (the last claim has none after it, but may be an age with its birth date before it)
        kinds = (claim.type, claims[index + 1].type) if index + 1 < len(claims) else None
        if kinds == ("duration", "date"):
            result = _since(claim, claims[index + 1], doc, published)
        elif kinds == ("date", "duration"):
            result = _since_first(claim, claims[index + 1], doc, published)
        elif claim.type == "age":
            result = _born(claim, claims, index, doc, published)
        else:
            result = None
        if result:
            yield result


def _since(duration: Found, date: Found, doc: Document, published: dt.date) -> CheckResult | None:
    since = _SINCE.fullmatch(doc.text, duration.end, date.start)
    if not since or date.value["date"] is None:
        return None
    s_start, s_end = doc.context(duration.start, date.end)  # bounded in a long sentence
    if since.group("after") and not doc.keywords(_NOW, _NOW_TRIGGERS).within(s_start, s_end):
        return None  # 'three years after 2019' dates an event; with 'now' it measures to today
    return _elapsed(duration, date, published)


def _since_first(
    date: Found, duration: Found, doc: Document, published: dt.date
) -> CheckResult | None:
    """'since 2015, nearly a decade', 'on 7 October, 40 days ago': the date, then the time
    that has passed since."""
    if date.value["date"] is None or not _APPOSED.fullmatch(doc.text, date.end, duration.start):
        return None
    if not (
        _SINCE_BEFORE.search(doc.text, max(0, date.start - 8), date.start)
        or _AGO.match(doc.text, duration.end)
    ):
        return None
    return _elapsed(duration, date, published)


def _elapsed(duration: Found, date: Found, published: dt.date) -> CheckResult | None:
    unit = duration.value["unit"]
    if unit not in _DAYS:
        return None
    if date.value["granularity"] == "day":
        then = dt.date.fromisoformat(date.value["date"])
        elapsed = (published - then).days / _DAYS[unit]
    elif date.value["granularity"] == "year" and unit == "year" and not date.value["through"]:
        then = dt.date(int(date.value["date"]), 1, 1)
        elapsed = published.year - then.year
    else:
        return None
    stated = duration.value["number"]
    hedged = duration.value["qualifier"] != "exact"
    ok = abs(elapsed - stated) <= (0.1 * stated + 1 if hedged else 1)
    since_when = then.isoformat() if date.value["granularity"] == "day" else str(then.year)
    message = (
        f"From {since_when} to publication on {published.isoformat()} is "
        f"{figure(round(elapsed, 1))} {unit}s; the text says {figure(stated)}."
    )
    return CheckResult(
        CODE, "consistent" if ok else "inconsistent", message, (duration.id, date.id)
    )


def _born(age: Found, claims: list[Found], index: int, doc: Document, published: dt.date):
    """An age and the birth date in its sentence, after it ('73, born in 1950') or before it
    ('Born in March 1950, Smith is now 73')."""
    s_start, _ = doc.sentence_bounds(age.start)
    _, end = doc.context(age.start, age.end)  # bounded: a sentence of a megabyte costs no more
    later = [c for c in claims[index + 1 : index + 1 + _BIRTH_REACH] if c.start < end]
    earlier = [c for c in claims[max(0, index - _BIRTH_REACH) : index] if c.start >= s_start][::-1]
    for side in (later, earlier):
        for at, date in enumerate(side):
            if date.type == "age":
                break  # another person's age: the birth date beyond it is theirs
            if _is_birth(date, doc, s_start):
                # before the age, a birth date an age before it is that age's ('Smith, 40,
                # was born in 1950 and her son, 73, ...')
                if side is earlier and any(c.type == "age" for c in side[at:]):
                    return None
                return _age_at(age, date, published)
    return None
    return None


def _is_birth(date: Found, doc: Document, s_start: int) -> bool:
    return (
        date.type == "date"
        and date.value["date"] is not None
        and not date.value["through"]
        and date.value["granularity"] in ("year", "month", "day")
        and bool(_BORN.search(doc.text, max(s_start, date.start - 12), date.start))
    )


def _age_at(age: Found, date: Found, published: dt.date) -> CheckResult:
    """The ages a person born on `date` may be at publication: two for a bare year (before and
    after the birthday), one when the month settles it."""
    born = dt.date.fromisoformat(f"{date.value['date']}-01-01"[:10])
    years = published.year - born.year
    if date.value["granularity"] == "year" or (
        date.value["granularity"] == "month" and published.month == born.month
    ):
        possible = (years - 1, years)
    else:
        possible = (years - ((published.month, published.day) < (born.month, born.day)),)
    stated = age.value["years"]
    when = ("on " if date.value["granularity"] == "day" else "in ") + date.value["date"]
    ages = " or ".join(str(a) for a in possible)
    message = f"Born {when}, a person is {ages} on {published.isoformat()}; the text says {stated}."
    ok = stated in possible
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, (age.id, date.id))
