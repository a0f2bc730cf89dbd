"""elapsed_time: '40 days since October 7', 'since 2015, nearly a decade', 'opened in 1894, is 129
years old' and 'a 73-year-old born in 1950' agree with the dates given and the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from operator import attrgetter

from ..document import Document, Found
from ..rules.phrases import OF_NEXT
from .result import CheckResult
from .tolerance import AT_LEAST, AT_MOST, BOUND_WORDS, bounds, figure

CODE = "elapsed_time"
DESCRIPTION = (
    "A time said to have passed since a date ('40 days since October 7', 'since 2015, nearly a "
    "decade', 'on 7 October, 40 days ago', 'two years ago, in 2022'), or stood or run since a "
    "start ('opened in 1894, is 129 years old'), matches the time from "
    "that date to publication; a time in years or months given with the years or months it "
    "ran ('for 11 years, from 2010 to 2021', 'for 11 years (2010-21)', '14 months, from March "
    "2023 to May 2024', '12 years as an MP, from 2010 to 2024', 'from 2010 to 2024, a total "
    "of 14 years') is the span between them; an age given with a birth date ('73, born "
    "in 1950', 'Born in March 1950, Smith is now 73') is the age "
    "on the day of publication, or on a date written between the birth date and the age "
    "('born on 21 April 1926, died on 8 September 2022 aged 96') or right after the age in its "
    "clause ('Born in 2001, he turned 18 in 2019'), unless the age is now's ('is now 73'), "
    "and no age at an event whose date is not told ('she was 40 when she died'), nor of "
    "someone else named by kin ('when his mother died aged 96'); a "
    "bare year or month allows the age before the birthday too. A birthday ('her 90th "
    "birthday in 2016') turns its age in the year written right after it, and an anniversary "
    "('the 80th anniversary of the D-Day landings on 6 June 1944', 'founded in 1886, is "
    "celebrating its 138th anniversary') falls that many years after its event, in the year "
    "written right after it or within a year of publication."
)
TOLERANCE = (
    "one unit of the stated duration (a day for days, a month for months, a year for years), "
    "10% more when hedged ('nearly a decade'); a bound is one-sided ('more than 400 days' "
    "agrees with any time from 399 days up, 'less than a year' with any up to two); a "
    "birthday or an anniversary is exact in the year it is said to fall in, and a year either "
    "side of publication when no year is written"
)

_SINCE = re.compile(  # '40 days since', '27 years, since 1997', '40 days ago on'
    r",?\s+(?:since|(?P<after>after)|ago\s*,?\s+(?:on|in))\s+(?:the\s+)?"
    # past the event the date is of: '1,000 days since Russia's full-scale invasion on'
    r"(?:(?:[\w’'-]+\s+){1,5}?(?:on|in)\s+)?$",
    re.IGNORECASE,
)
# a time measured to a past moment the text tells of: 'it was three years since'
_THEN_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.IGNORECASE)
# 'for 11 years, from 2010 to 2021', '11 years (2010-2021)', 'eight years, between 2014 and 2022'
_SPAN_LEAD = re.compile(  # past a few words of what ran: '12 years as an MP, from 2010 to 2024'
    r"(?:,?\s*(?:\(\s*(?:from\s+|between\s+)?|(?:from|between)\s+)"
    r"|(?:\s+[A-Za-z]+){1,4},\s*(?:from|between)\s+)$",
    re.IGNORECASE,
)
# 'from 2010 to 2024, a total of 12 years', 'between 2014 and 2022 - eight years -'
_SPAN_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_SPAN_THEN_TIME = re.compile(
    r"\s*(?:,\s*(?:(?:a\s+(?:total|period|span)\s+of|or|some)\s+)?|\(\s*|\s[–—-]\s*)$",
    re.IGNORECASE,
)
# a time stated for a span, and the dates the span is written in: '49 days, from 6 September'
_SPAN_GRANULARITY = {"year": "year", "month": "month", "day": "day", "week": "day"}
_SPAN_JOIN = re.compile(r"\s*(?:to|and|until|till|[-–])\s*$", re.IGNORECASE)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)  # 'on Saturday 7 October, 40 days ago'
_NOW = re.compile(r"\b(?:now|today|this\s+week)\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# 'since 2015, nearly a decade', 'since March 2015 - nearly a decade'
_APPOSED = re.compile(r"\s*(?:[,–—(]|\s-)\s*(?:(?:that\s+is|or|some)\s+)?")
# a start, then how long it has stood or run since: 'opened in 1894, is 130 years old', 'began in
# 2019, has now run for five years' (not 'began in 2019 and ran for five years', which ended)
_STARTED_IN = re.compile(
    r"\b(?:opened|built|founded|began|begun|started|established|launched|set\s+up|created|formed"
    r"|erected|constructed|introduced)\s+(?:in\s+|on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_STANDING = re.compile(
    r",?\s+(?:(?:and|it|which|that|now)\s+)?(?:(?:is|are)(?:\s+now)?"
    r"|(?P<has>(?:has|have)(?:\s+now)?\s+(?:run|been\s+running|lasted|been\s+going|gone\s+on"
    r"|been\s+open|existed|operated|stood)(?:\s+for)?))\s+(?:(?:nearly|almost|about|some|more"
    r"\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_OLD = re.compile(r"\s+old\b", re.IGNORECASE)
# from an anniversary to the date of its event: ' of the D-Day landings on ', ' of the attack,
# which took place in ' (not ' of D-Day, the King, who was crowned in ')
_OF_EVENT = re.compile(
    r"\s+of\s+(?:[^.;:!?,]{0,50}?|[^.;:!?,]{0,50}?,\s+(?:which|that|when)\s+[^.;:!?,]{0,30}?)"
    r"\b(?:on|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_IN_YEAR = re.compile(r"\s+(?:in|on)\s+(?:the\s+year\s+)?", re.IGNORECASE)
_BORN = re.compile(r"\bborn\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
_NOW_TRIGGERS = frozenset(["now", "today", "this"])
# another person the age is of, named by kin: 'when his mother died aged', 'her husband, '
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?(?:mother|father|mum|dad|parents?|wife|husband|"
    r"partner|son|daughter|child|children|brother|sister|grandmother|grandfather|grandson|"
    r"granddaughter|uncle|aunt|cousin|widow|widower)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_KIN_REACH = 64
_BIRTH_REACH = 4  # claims back from an age to its birth date: 'Born in 1950, Smith is now 73'
_NOW_REACH = 8  # 'is now 73'
_EVENT_REACH = 60  # characters from an age to the date it was reached: 'was 23 when she won ... in'
_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s(?:and|but|while)\s")
# an age at an event the text tells of: 'she was 43 when she died', 'was 23 at the time'
_AT_AN_EVENT = re.compile(r"\s+(?:when|at\s+the\s+time)\b", re.IGNORECASE)
_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    published = doc.published
    if published is None:
        return
    for index, claim in enumerate(claims):
        # (the last claim has none after it, but may be an age with its birth date before it)
        kinds = (claim.type, claims[index + 1].type) if index + 1 < len(claims) else None
        if claim.links.get("anniversary"):
            result = _anniversary(claims, index, doc, published)
        elif kinds == ("duration", "date"):
            result = _span(claim, claims[index + 1 : index + 3], doc) or _since(
                claim, claims[index + 1], doc, published
            )
        elif kinds == ("date", "date"):  # 'from 2010 to 2024, a total of 14 years'
            result = _span_then_time(claims[index : index + 3], doc)
        elif kinds == ("date", "duration"):  # '(2010-24), 14 years'; 'since 2015 - a decade'
            result = _span_then_time(claims[index : index + 2], doc) or _since_first(
                claim, claims[index + 1], doc, published
            )
        elif kinds == ("date", "age") and claims[index + 1].value["upper"] is None:
            # 'The bridge, opened in 1894, is 120 years old': an age of a thing since its start
            result = _since_first(claim, _as_years(claims[index + 1]), doc, published)
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
    if _THEN_BEFORE.search(doc.text, max(0, duration.start - 24), duration.start):
        return None  # 'By then it was three years since 2019': measured to a time told of
    s_start, s_end = doc.context(duration.start, date.end)  # bounded in a long sentence
    if since.group("after") and not doc.keywords(_NOW, _NOW_TRIGGERS).within(s_start, s_end):
        return None  # 'three years after 2019' dates an event; with 'now' it measures to today
    return _elapsed(duration, date, published)


def _span(duration: Found, dates: list[Found], doc: Document) -> CheckResult | None:
    """'for 11 years, from 2010 to 2021', 'for eight years (2014-2022)', '14 months, from March
    2023 to May 2024', 'for 49 days, from 6 September to 25 October 2022': the time from the
    first year, month or day to the last."""
    first, unit = dates[0], duration.value["unit"]
    granularity = _SPAN_GRANULARITY.get(unit)
    if granularity is None or first.value["granularity"] != granularity:
        return None
    if not _SPAN_LEAD.fullmatch(doc.text, duration.end, first.start):
        return None
    ends = _span_ends(dates, granularity, doc)
    if ends is None:
        return None
    last_written, last = ends
    return _span_result(duration, first, last_written, last, unit)


def _span_then_time(claims: list[Found], doc: Document) -> CheckResult | None:
    """'from 2010 to 2024, a total of 12 years', 'between 2014 and 2022 - eight years', 'From 6
    September to 25 October 2022, a total of 49 days': the years, months or days first, then
    the time they make."""
    first = claims[0]
    unit = first.value["granularity"]
    if unit not in _SPAN_GRANULARITY or not _SPAN_OPENS.search(
        doc.text, max(0, first.start - 8), first.start
    ):
        return None
    ends = _span_ends(claims, unit, doc)
    if ends is None:
        return None
    last_written, last = ends
    at = claims.index(last) + 1 if last is not None else 1
    duration = claims[at] if at < len(claims) else None
    if (
        duration is None
        or duration.type != "duration"
        or duration.value["unit"] != unit
        or not _SPAN_THEN_TIME.fullmatch(doc.text, (last or first).end, duration.start)
    ):
        return None
    return _span_result(duration, first, last_written, last, unit)


def _span_ends(dates: list[Found], unit: str, doc: Document) -> tuple[str, Found | None] | None:
    """The last year or month of a span that opens with `dates[0]`, as written ('2021'), and
    the claim that writes it, None when the first writes both ('2014-2022')."""
    first = dates[0]
    if first.value["through"]:  # '(2014-2022)'
        return first.value["through"], None
    last = dates[1] if len(dates) > 1 else None
    if (
        last is None
        or last.type != "date"
        or last.value["granularity"] != unit
        or last.value["date"] is None
        or not _SPAN_JOIN.fullmatch(doc.text, first.end, last.start)
    ):
        return None
    return last.value["date"], last


def _span_result(
    duration: Found, first: Found, last_written: str, last: Found | None, unit: str
) -> CheckResult:
    ids = _in_text_order(duration, first, last)
    elapsed = _count_of(last_written, unit) - _count_of(first.value["date"], unit)
    stated = duration.value["number"]
    ok = _agrees(elapsed, stated, duration.value["qualifier"])
    message = (
        f"From {first.value['date']} to {last_written} is {figure(round(elapsed, 1))} {unit}s; "
        f"the text says {_as_said(duration)}."
    )
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)


def _agrees(elapsed: float, stated: float, qualifier: str) -> bool:
    """Within a unit of the stated time; 10% more when hedged ('nearly a decade'); a bound is
    one-sided: 'more than 400 days' agrees with any time from 399 days up."""
    hedged = qualifier != "exact" and qualifier not in AT_LEAST | AT_MOST
    low, high = bounds(stated, qualifier, 0.1 * stated + 1 if hedged else 1)
    return low <= elapsed <= high


def _as_said(duration: Found) -> str:
    """The stated time, with its bound: 'more than 400'."""
    bound = _BOUND_WORDS.get(duration.value["qualifier"], "")
    return f"{bound}{figure(duration.value['number'])}"


_BOUND_WORDS = {**BOUND_WORDS, "fewer_than": "less than "}  # 'less than a year'


def _count_of(written: str, unit: str) -> float:
    """A date written 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as a count of years, months, days or
    weeks."""
    if unit in ("day", "week"):
        days = dt.date.fromisoformat(written).toordinal()
        return days if unit == "day" else days / 7
    year = int(written[:4])
    return year if unit == "year" else year * 12 + int(written[5:7])


def _since_first(
    date: Found, duration: Found, doc: Document, published: dt.date
) -> CheckResult | None:
    """'since 2015, nearly a decade', 'on 7 October, 40 days ago': the date, then the time
    that has passed since; 'The bridge, opened in 1894, is 130 years old', 'The inquiry, which
    began in 2019, has now run for five years': a start, then how long it has stood since."""
    text = doc.text
    if date.value["date"] is None:
        return None
    if _APPOSED.fullmatch(text, date.end, duration.start) and (
        _SINCE_BEFORE.search(text, max(0, date.start - 8), date.start)
        or _AGO.match(text, duration.end)
    ):
        return _elapsed(duration, date, published)
    if not _STARTED_IN.search(text, max(0, date.start - 24), date.start):
        return None
    standing = _STANDING.fullmatch(text, date.end, duration.start)
    if standing and (
        standing.group("has") or duration.type == "age" or _OLD.match(text, duration.end)
    ):
        return _elapsed(duration, date, published)
    return None


def _anniversary(
    claims: list[Found], index: int, doc: Document, published: dt.date
) -> CheckResult | None:
    """'the 80th anniversary of the D-Day landings on 6 June 1944', 'the 25th anniversary of the
    attack, which took place in 1999', 'The club, founded in 1886, is celebrating its 140th
    anniversary': the years from the event to the anniversary's year, written right after it
    ('its 90th anniversary in 2016') or else the year of publication, a year either side (one
    just past or to come)."""
    text = doc.text
    anniversary = claims[index]
    after = claims[index + 1] if index + 1 < len(claims) else None
    before = claims[index - 1] if index else None
    if (
        after is not None
        and _is_a_day(after)
        and _OF_EVENT.fullmatch(text, anniversary.end, after.start)
    ):
        event, rest = after, claims[index + 2 : index + 3]
    elif (
        before is not None
        and _is_a_day(before)
        and not OF_NEXT.match(text, anniversary.end)
        and _STARTED_IN.search(text, max(0, before.start - 24), before.start)
        and doc.sentence_bounds(before.start) == doc.sentence_bounds(anniversary.start)
    ):
        event, rest = before, claims[index + 1 : index + 2]
    else:
        return None
    if event.value["year_inferred"]:
        return None
    start = int(event.value["date"][:4])
    then = rest[0] if rest and _is_a_day(rest[0]) else None
    if then is not None and _IN_YEAR.fullmatch(text, anniversary.end, then.start):
        years = [int(then.value["date"][:4])]  # 'its 90th anniversary in 2016'
        when = then.value["date"][:4]
    else:
        then = None
        years = [published.year - 1, published.year, published.year + 1]
        when = f"{years[0]}-{years[-1]}, a year either side of publication ({published})"
    if years[-1] <= start:
        return None  # 'the 80th anniversary of D-Day on Thursday': the day it is marked
    possible = [year - start for year in years]
    stated = anniversary.value["number"]
    message = (
        f"From {start} to {when} is {_listed(possible)} years; the text says the "
        f"{text[anniversary.start : anniversary.end]}."
    )
    ok = stated in possible
    ids = _in_text_order(anniversary, event, then)
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)


def _listed(numbers: list[int]) -> str:
    """'79, 80 or 81'."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _as_years(age: Found) -> Found:
    """An age as the duration in years it is."""
    return replace(age, value={"number": age.value["years"], "unit": "year", "qualifier": "exact"})


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
    elif date.value["granularity"] == "month" and unit in ("month", "year"):
        then = dt.date.fromisoformat(date.value["date"] + "-01")
        elapsed = published.year * 12 + published.month - then.year * 12 - then.month
        elapsed = elapsed / 12 if unit == "year" else elapsed
    else:
        return None
    stated = duration.value["number"]
    ok = _agrees(elapsed, stated, duration.value["qualifier"])
    since_when = {"day": then.isoformat(), "month": then.isoformat()[:7]}.get(
        date.value["granularity"], str(then.year)
    )
    message = (
        f"From {since_when} to publication on {published.isoformat()} is "
        f"{figure(round(elapsed, 1))} {unit}s; the text says {_as_said(duration)}."
    )
    return CheckResult(
        CODE, "consistent" if ok else "inconsistent", message, (duration.id, date.id)
    )


def _born(age: Found, claims: list[Found], index: int, doc: Document, published: dt.date):
    """An age and the birth date in its sentence, after it ('73, born in 1950') or before it
    ('Born in March 1950, Smith is now 73'). A date between a birth date and the age is when
    the age was reached ('born on 21 April 1926, died on 8 September 2022 aged 96')."""
    s_start, _ = doc.sentence_bounds(age.start)
    if _KIN_BEFORE.search(doc.text, max(s_start, age.start - _KIN_REACH), age.start):
        return None  # 'Born in 1948, the King ..., when his mother died aged 96': hers
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
                if age.links.get("birthday"):  # 'her 90th birthday in 2016': turning 90 then
                    return _birthday(age, date, _reached_at(age, later, doc), published)
                event = next((c for c in side[:at] if _is_a_day(c)), None)
                if side is earlier and event is None:
                    event = _reached_at(age, later, doc)
                if side is earlier and event is not None:
                    return _age_at(age, date, _span_of(event), event)
                if side is earlier and _AT_AN_EVENT.match(doc.text, age.end):
                    return None  # 'Born in 1981, she was 43 when she died': when is not told
                return _age_at(age, date, (published, published), None)
    return None


def _reached_at(age: Found, later: list[Found], doc: Document) -> Found | None:
    """The date right after an age that says when it was reached ('Born in 2001, he turned 18
    in 2019', 'she was 23 when she won the title in 2019'): the next date in the same clause,
    unless the age is said to be now's ('is now 73')."""
    text = doc.text
    if _NOW.search(text, max(0, age.start - _NOW_REACH), age.start):
        return None
    date = next((c for c in later if c.type != "age"), None)
    if date is None or not _is_a_day(date) or date.start - age.end > _EVENT_REACH:
        return None
    return None if _CLAUSE_BREAK.search(text, age.end, date.start) else date


def _is_birth(date: Found, doc: Document, s_start: int) -> bool:
    return _is_a_day(date) and bool(
        _BORN.search(doc.text, max(s_start, date.start - 12), date.start)
    )


def _is_a_day(claim: Found) -> bool:
    """A date that names one year, month or day ('8 September 2022', 'in 1952')."""
    return (
        claim.type == "date"
        and claim.value["date"] is not None
        and not claim.value["through"]
        and claim.value["granularity"] in ("year", "month", "day")
    )


def _span_of(date: Found) -> tuple[dt.date, dt.date]:
    """The first and last day a date may be: all of 1950 for '1950', all of March for
    'March 1950', the day itself for '21 April 1926'."""
    written = date.value["date"]
    first = dt.date.fromisoformat(f"{written}-01-01"[:10])
    if date.value["granularity"] == "year":
        return first, first.replace(month=12, day=31)
    if date.value["granularity"] == "month":
        following = first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)
        return first, following - dt.timedelta(days=1)
    return first, first


def _full_years(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _birthday(age: Found, birth: Found, event: Found | None, published: dt.date) -> CheckResult:
    """A birthday turns a person born in one year the age of the years since, in the year of
    `event`, or around publication: a year either side, for one just past or to come."""
    born = int(birth.value["date"][:4])
    if event is None:
        years = range(published.year - 1, published.year + 2)
        when = f"around {published.isoformat()} (a year either side)"
    else:
        years = [int(event.value["date"][:4])]
        when = f"in {years[0]}"
    possible = [year - born for year in years]
    stated = age.value["years"]
    turns = _listed(possible)
    message = f"Born in {born}, a person turns {turns} {when}; the text says {stated}."
    ids = _in_text_order(age, birth, event)
    return CheckResult(CODE, "consistent" if stated in possible else "inconsistent", message, ids)


def _age_at(
    age: Found, birth: Found, on: tuple[dt.date, dt.date], event: Found | None
) -> CheckResult:
    """The ages a person born on `birth` may be on a day in `on`: publication, or the date of
    `event`. A bare year or month leaves two ages where the birthday may fall either side."""
    earliest, latest = _span_of(birth)
    possible = tuple(range(_full_years(latest, on[0]), _full_years(earliest, on[1]) + 1))
    stated = age.value["years"]
    born = ("on " if birth.value["granularity"] == "day" else "in ") + birth.value["date"]
    when = f"on {on[0].isoformat()}" if event is None else f"on {event.value['date']}"
    if event is not None and event.value["granularity"] != "day":
        when = f"in {event.value['date']}"
    ages = " or ".join(str(a) for a in possible)
    message = f"Born {born}, a person is {ages} {when}; the text says {stated}."
    ok = stated in possible
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message,
                       _in_text_order(age, birth, event))  # fmt: skip


def _in_text_order(*claims: Found | None) -> tuple[str, ...]:
    """The ids of the claims given (None for one not written), in the order of the text."""
    return tuple(c.id for c in sorted(filter(None, claims), key=attrgetter("start")))
