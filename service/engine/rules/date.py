"""Dates: '2023-11-16', 'October 7', '16 November 2023', 'November 2023', 'in 2019', 'Thursday',
'2022-23'.

A date without a year takes the year that puts it nearest to the publication date; a bare
weekday is the most recent such day on or before publication, or the next one when the
sentence speaks of the future ('will', 'next')."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..document import Document, Found
from ..scan import MONTH_NAMES, MONTHS, WEEKDAYS, Mention
from .phrases import IRREGULAR_PAST, NAMED_BY_A_FIGURE, NOT_PAST_ENDINGS

TYPE = "date"
PRIORITY = 40

_DAY_AFTER_MONTH = re.compile(r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?")
_YEAR_AFTER_MONTH = re.compile(r",?\s+(?P<year>\d{4})\b")
# a comma, semicolon or colon, but not the comma in '£2,171' or the colon in '10:30'
_CLAUSE_MARK = re.compile(r"[,;:](?!(?<=\d[,:])\d)")
# A clause that sets an aim or weighs a chance looks ahead: 'a target of 78% by March', 'the
# chance of a rate cut in June', 'made a cut in November more likely'
_AIMED = re.compile(
    r"\b(?:targets?|aims?|deadline|pledged?|promised?|chances?|odds|likelihood|probability|"
    r"(?:more|less)\s+likely)\b",  # not 'were likely to be higher than in January'
    re.IGNORECASE,
)
# Words before a month named alone that make it a date: 'in September', 'last March'
_MONTH_LEAD = re.compile(
    r"(?:\b(?P<which>last|next|this)|\b(?P<onward>until|till|by|from)|\b(?:in|since|during|"
    r"before|after|early|late|end\s+of|start\s+of))\s+$|\bmid-$",
    re.IGNORECASE,
)
_MONTH_AFTER_DAY = re.compile(r"\s+(?:of\s+)?")
_YEAR_AFTER = re.compile(r",?\s+(?P<year>\d{4})\b")
# a span's end that gives its start the year: ' to 25 October 2022' after '6 September'
_SPAN_END_YEAR = re.compile(
    r"\s*(?:to|until|till|and|-|–|—)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<month>{MONTH_NAMES})\.?,?\s+(?P<year>\d{{4}})\b"
)
# after a month alone: 'in July last year', 'March next year'
_WHICH_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b", re.I)
_YEAR_LEAD = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|during|before|after|between|early|late|mid|is|was|"
    r"be|to|as|the|a|its|their|Q[1-4]|H[12])|\w['’]s)\s+$"  # "Labour's 2023", 'in Q3 2023'
    r"|\bmid-$",  # 'by mid-2025'
    re.IGNORECASE,
)
# a year as the subject of its sentence or clause: '2023 was the hottest year', 'Ofqual said
# 2023 had been a year of return', where a count takes a plural verb ('2023 were arrested')
_YEAR_AS_SUBJECT = re.compile(
    r"\s+(?:was|is|had\s+been|has\s+been|will\s+be|saw|marked|brought|proved|became)\b"
)
_SUBJECT_LEAD = re.compile(
    r"(?:^|\n\s*|[.!?;:]\s+|\b(?:said|says|that|and|but|while|because|although|if)\s+)[\"“‘']?$",
    re.IGNORECASE,
)
_DAY_JOIN = re.compile(r"\s*(?:and|or|to|&|[-–])\s*")
_LISTED = re.compile(r",?\s+(?:and|or)\s+|,\s+")  # 'between 2017 and 2022', 'in 2019, 2020'
# between a weekday and its date: 'Thursday 7 March', 'Thursday, 7 March', 'Thursday (7 March)'
_WEEKDAY_BEFORE = re.compile(r"\s*(?P<paren>\()?,?\s*$")
# a weekday set after the date: '15 July, a Monday', '4 July, which is a Thursday'
_WEEKDAY_AFTER = re.compile(
    rf",\s*(?:which\s+(?:is|was|will\s+be)\s+)?a\s+(?P<weekday>{'|'.join(WEEKDAYS)})\b"
)
_CLOSE_PAREN = re.compile(r"\s*\)")
# The future, or a schedule told in the present ('the trial resumes on Monday')
_SCHEDULED = "starts begins opens resumes reopens kicks".split()
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|plans?\s+to|next|"
    rf"(?:could|might)(?!\s+(?:not|have|never)\b)|{'|'.join(_SCHEDULED)}|"
    r"set\s+to|who\s+(?:play|face|host|meet|visit)s?|"
    r"(?<!ed\s)(?<!was\s)(?<!were\s)to\s+(?:rise|fall|increase|go\s+up|go\s+down|"
    r"double|halve|be\s+cut))\b",
    re.IGNORECASE,
)  # 'temperatures could reach 36C on Saturday' (not 'could have'); 'Price cap to rise in October';
# a fixture in the present: 'City, who play Liverpool on Sunday', 'who faces' (not 'who played')
_FUTURE_TRIGGERS = frozenset(
    ["will", "shall", "is", "are", "plans", "plan", "next", "could", "might", "set", "to", "who",
     *_SCHEDULED]
)  # fmt: skip
# 'a record for a Sunday', 'every Monday': a kind of day, not a date
_ANY_DAY_BEFORE = re.compile(r"\b(?:a|every|each|any)\s+$", re.IGNORECASE)
_LAST = re.compile(r"\blast\s+$", re.IGNORECASE)
_DAY_LEAD = re.compile(r"\b(?:on|since|by|until|from|before|after)\s+(?P<the>the\s+)$", re.I)
_MONTH_FOLLOWS = re.compile(r"\s+of\s+[A-Z]|\s+[A-Z][a-z]+\s+\d")
_NEXT = re.compile(r"\bnext\s+$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|from)\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\s+)?(?:on\s+)?$", re.IGNORECASE
)
# A weekday right after a verb in the past is past, whatever else the sentence says will happen:
# 'the company confirmed on Monday' in a sentence where jobs 'will' go.
_PAST_WORDS = "|".join(sorted(IRREGULAR_PAST | {"rose", "was", "were", "had"}))
_PAST_BEFORE = re.compile(rf"\b(?:[a-z]{{2,}}ed|{_PAST_WORDS})\s+(?:on\s+)?$")
# A date without a year read as more than two months ahead, in a sentence told in the past, is
# the one before: 'rose 7% in the week to 12 March', read in November; one more than two months
# behind, in a clause that tells of the future, is the one after.
_FAR_AHEAD_DAYS = 60
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # 'in force since 2 March' is past
_PAST_VERB = re.compile(rf"\b(?:{_PAST_WORDS}|[a-z]{{3,}}ed)\b")
_BE_BEFORE = re.compile(r"\b(?:be|being|is|are|am|been)\s+$", re.IGNORECASE)


def find(doc: Document) -> Iterator[Found]:
    mentions = doc.mentions
    text = doc.text
    consumed: set[int] = set()
    year_end = -1  # where the last year found ends: the next may be listed after it
    for index, mention in enumerate(mentions):
        if mention.start in consumed:
            continue
        found = None
        if mention.kind == "iso":
            found = _iso(mention)
        elif mention.kind == "month":
            found = _day_first(doc, mentions, index)
            if found is not None:
                listed = _listed_day(doc, mentions, index, found)
                if listed is not None:
                    yield listed
            found = found or _month_first(doc, mention)
        elif mention.kind == "number" and not mention.spelled:
            found = _year(doc, mention, year_end)
            year_end = found.end if found else year_end
        elif mention.kind == "decade":
            value = _value(str(mention.value), "decade")
            found = Found(TYPE, mention.start, mention.end, value)
        elif mention.kind == "years":
            first, last = mention.value
            value = _value(f"{first:04d}", "year", through=f"{last:04d}")
            found = Found(TYPE, mention.start, mention.end, value)
        elif mention.kind == "ordinal" and mention.end - mention.start <= 4:
            found = _day_of_month(doc, mention)
        if found is None:
            continue
        before = _weekday_before(doc, mentions, index, found)
        if before is not None:
            weekday, found.end = before
            consumed.add(weekday.start)
            found.start = weekday.start
            found.value["weekday"] = WEEKDAYS[weekday.value]
        elif found.value["granularity"] == "day":
            after = _WEEKDAY_AFTER.match(text, found.end)
            if after:  # '15 July, a Monday', '4 July, which is a Thursday'
                found.end = after.end()
                found.value["weekday"] = after.group("weekday")
        following = index
        while following < len(mentions) and mentions[following].start < found.end:
            consumed.add(mentions[following].start)
            following += 1
        yield found
    for mention in mentions:
        if (
            mention.kind == "weekday"
            and mention.start not in consumed
            and not _ANY_DAY_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        ):
            yield _bare_weekday(doc, mention, text)


def _value(
    date: str | None, granularity: str, year_inferred: bool = False, through: str | None = None
) -> dict:
    return {
        "date": date,
        "granularity": granularity,
        "through": through,
        "weekday": None,
        "year_inferred": year_inferred,
    }


def _iso(mention: Mention) -> Found | None:
    try:
        date = dt.date.fromisoformat(mention.value)
    except ValueError:
        return None
    return Found(TYPE, mention.start, mention.end, _value(date.isoformat(), "day"))


def _month_first(doc: Document, month: Mention) -> Found | None:
    """'October 7', 'November 16, 2023', 'November 2023'."""
    day_match = _DAY_AFTER_MONTH.match(doc.text, month.end)
    if day_match:
        year = day_match.group("year")
        found = _day_date(doc, month, int(day_match.group("day")), year, month.start)
        if found:
            found.end = day_match.end()
        return found
    year_match = _YEAR_AFTER_MONTH.match(doc.text, month.end)
    if year_match:
        date = f"{int(year_match.group('year')):04d}-{month.value:02d}"
        return Found(TYPE, month.start, year_match.end(), _value(date, "month"))
    return _month_alone(doc, month)


def _month_alone(doc: Document, month: Mention) -> Found | None:
    """'in September', 'last March', 'mid-July': a month without a year, which is the latest
    one up to publication unless its clause tells of the future."""
    text = doc.text
    lead = _MONTH_LEAD.search(text, max(0, month.start - 10), month.start)
    if not lead:
        return None
    start = lead.start() if lead.group("which") else month.start
    end = month.end
    year_after = _WHICH_YEAR_AFTER.match(text, end)  # 'in July last year'
    if year_after:
        end = year_after.end()
    published = doc.published
    if published is None:
        return Found(TYPE, start, end, _value(None, "month", True))
    which = (lead.group("which") or "").lower()
    named, now = month.value, published.month
    if year_after:
        shift = {"last": -1, "this": 0, "next": 1}[year_after.group("which").lower()]
        year = published.year + shift
    elif which == "this":
        year = published.year
    elif which == "next":
        year = published.year + (named <= now)
    elif which == "last":
        year = published.year - (named >= now)
    elif _future_around(doc, month.start, month.end, starting=bool(lead.group("onward"))):
        year = published.year + (named < now)  # 'will take place in March': the next March
    else:  # told in the past, or not said: the latest up to publication
        year = published.year - (named > now)
    return Found(TYPE, start, end, _value(f"{year:04d}-{month.value:02d}", "month", True))


def _future_around(doc: Document, pos: int, phrase_end: int, starting: bool = False) -> bool:
    """Whether the clause around the phrase at [pos, phrase_end) tells of the future ('will
    take place in March'); a clause, not the sentence: '... lower in October, which estimates
    jobs could go next year'. A phrase set off by itself ('By March, prices had risen') takes the
    clause after it. With `starting` ('from April', 'until June'), a clause with no verb in the
    past looks ahead: 'Residents face a rise of 4.99% from April'."""
    s_start, s_end = doc.context(pos, pos)
    text = doc.text
    marks = _CLAUSE_MARK.finditer(text, s_start, pos)
    start = max((mark.end() for mark in marks), default=s_start)
    after = _CLAUSE_MARK.search(text, pos, s_end)
    if after and len(text[start:pos].split()) <= 2 and not text[phrase_end : after.start()].strip():
        after = _CLAUSE_MARK.search(text, after.end(), s_end)  # 'By March, ...'
    end = after.start() if after else s_end
    if _AIMED.search(text, start, end):
        return True  # 'against a target of 78% by March'
    if doc.keywords(_FUTURE, _FUTURE_TRIGGERS).within(start, end):
        return True
    return starting and not _past_in(text, start, end)


def _past_in(text: str, start: int, end: int) -> bool:
    """A verb in the past in [start, end); not a participle after 'be' ('are planned')."""
    for verb in _PAST_VERB.finditer(text, start, end):
        if verb.group().lower().endswith(NOT_PAST_ENDINGS):
            continue  # 'hundred', 'indeed', 'exceed'
        if not _BE_BEFORE.search(text, max(start, verb.start() - 8), verb.start()):
            return True
    return False


def _day_first(doc: Document, mentions: list[Mention], index: int) -> Found | None:
    """'16 November 2023', '7th of October'."""
    month = mentions[index]
    if index == 0:
        return None
    day = mentions[index - 1]
    if day.kind not in ("number", "ordinal") or not isinstance(day.value, int):
        return None
    if not _MONTH_AFTER_DAY.fullmatch(doc.text, day.end, month.start):
        return None
    year_match = _YEAR_AFTER.match(doc.text, month.end)
    found = _day_date(doc, month, day.value, year_match and year_match.group("year"), day.start)
    if found:
        found.end = year_match.end() if year_match else month.end
    span_end = None if year_match else _SPAN_END_YEAR.match(doc.text, month.end)
    if found and span_end:  # 'from 6 September to 25 October 2022': the span's year, or the
        # year before when the span runs over its turn ('from 6 December to 25 January 2023')
        year = int(span_end.group("year")) - (month.value > MONTHS[span_end.group("month")])
        spanned = _day_date(doc, month, day.value, str(year), day.start)
        if spanned is not None:
            found.value.update(date=spanned.value["date"])
            found.links["year_from_span"] = True
    return found


def _listed_day(doc: Document, mentions: list[Mention], index: int, found: Found) -> Found | None:
    """'12' in '12 and 13 November' or '12-13 November': a day listed before the day the
    month follows, in the same month and year."""
    if index < 2:
        return None
    first, day = mentions[index - 2], mentions[index - 1]
    if first.kind != "number" or first.spelled or not isinstance(first.value, int):
        return None
    if found.start != day.start or not _DAY_JOIN.fullmatch(doc.text, first.end, day.start):
        return None
    year = None if found.value["year_inferred"] else found.value["date"][:4]
    listed = _day_date(doc, mentions[index], first.value, year, first.start)
    if listed is not None:
        listed.end = first.end
    return listed


def _day_date(doc: Document, month: Mention, day: int, year: str | None, start: int):
    if not 1 <= day <= 31:
        return None
    if year is not None:
        try:
            date = dt.date(int(year), month.value, day)
        except ValueError:
            return None
        return Found(TYPE, start, month.end, _value(date.isoformat(), "day"))
    date = _nearest_year(month.value, day, doc.published)
    if date is False:
        return None  # no such day in any year (31 February)
    if (
        date
        and doc.published
        and (date - doc.published).days > _FAR_AHEAD_DAYS
        and _exists(date.year - 1, month.value, day)  # 29 February is not in every year
        and _told_in_the_past(doc, start)  # 'Cases rose 7% in the week to 12 March'
    ):
        date = date.replace(year=date.year - 1)
    elif (
        date
        and doc.published
        and (doc.published - date).days > _FAR_AHEAD_DAYS
        and _exists(date.year + 1, month.value, day)
        and not _SINCE.search(doc.text, max(0, start - 8), start)
        and _future_around(doc, start, month.end)  # 'fares will rise from 2 March', in August
    ):
        date = date.replace(year=date.year + 1)
    return Found(TYPE, start, month.end, _value(date and date.isoformat(), "day", True))


def _told_in_the_past(doc: Document, start: int) -> bool:
    """The sentence reports what happened (a verb in the past) and says nothing of the future."""
    s_start, s_end = doc.context(start, start)
    if doc.keywords(_FUTURE, _FUTURE_TRIGGERS).within(s_start, s_end):
        return False
    return _past_in(doc.text, s_start, s_end)


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _nearest_year(month: int, day: int, published: dt.date | None) -> dt.date | bool | None:
    if published is None:
        try:
            dt.date(2000, month, day)  # a leap year, so 29 February is allowed
        except ValueError:
            return False
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return False
    return min(candidates, key=lambda d: (abs((d - published).days), d > published))


def _year(doc: Document, mention: Mention, year_end: int) -> Found | None:
    """'in 2019', 'since 1997': a year after a preposition, or listed after such a year
    ending at `year_end` ('between 2017 and 2022', 'in 2019, 2020 or 2021'), or the subject of
    a clause ('2023 was the hottest year')."""
    text = doc.text
    if not isinstance(mention.value, int) or mention.end - mention.start != 4:
        return None
    if not 1000 <= mention.value <= 2999 or NAMED_BY_A_FIGURE.match(text, mention.start):
        return None  # 'the 1922 Committee' is a name, not a time
    listed = year_end >= 0 and _LISTED.fullmatch(text, year_end, mention.start)
    if not (
        listed
        or _YEAR_LEAD.search(text, max(0, mention.start - 10), mention.start)
        or _year_as_subject(text, mention)
    ):
        return None
    return Found(TYPE, mention.start, mention.end, _value(f"{mention.value:04d}", "year"))


def _year_as_subject(text: str, mention: Mention) -> bool:
    """'2023 was the hottest year', 'Ofqual said 2023 had been ...': a recent year before a
    singular verb, at the start of a sentence or a clause."""
    return (
        1900 <= mention.value <= 2099
        and bool(_YEAR_AS_SUBJECT.match(text, mention.end))
        and bool(_SUBJECT_LEAD.search(text, max(0, mention.start - 12), mention.start))
    )


def _day_of_month(doc: Document, ordinal: Mention) -> Found | None:
    """'on the 7th': the most recent 7th on or before publication."""
    text = doc.text
    if not _DAY_LEAD.search(text, max(0, ordinal.start - 12), ordinal.start):
        return None
    if _MONTH_FOLLOWS.match(text, ordinal.end) or not 1 <= ordinal.value <= 31:
        return None  # '7th of October' is read with its month
    published = doc.published
    date = None
    if published is not None:
        year, month = published.year, published.month
        if ordinal.value > published.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            date = dt.date(year, month, ordinal.value).isoformat()
        except ValueError:
            return None
    start = _DAY_LEAD.search(text, max(0, ordinal.start - 12), ordinal.start).start("the")
    return Found(TYPE, start, ordinal.end, _value(date, "day", True))


def _weekday_before(
    doc: Document, mentions: list[Mention], index: int, found: Found
) -> tuple[Mention, int] | None:
    """A weekday written right before the date ('Thursday 16 November', 'Thursday, Oct. 7',
    'last Thursday (7 March)'), and where the two end."""
    for back in range(index - 1, max(-1, index - 3), -1):
        candidate = mentions[back]
        if candidate.end > found.start:
            continue
        between = _WEEKDAY_BEFORE.fullmatch(doc.text, candidate.end, found.start)
        if candidate.kind == "weekday" and between:
            if not between.group("paren"):
                return candidate, found.end
            close = _CLOSE_PAREN.match(doc.text, found.end)  # 'last Thursday (7 March)'
            return (candidate, close.end()) if close else None
        break
    return None


def _past_before(text: str, start: int, end: int) -> bool:
    """A verb in the past right before [end]; not a participle after 'be' ('will be held')."""
    verb = _PAST_BEFORE.search(text, start, end)
    if verb is None or verb.group().split()[0].lower().endswith(NOT_PAST_ENDINGS):
        return False  # 'need on Monday'
    return not _BE_BEFORE.search(text, start, verb.start())


def _bare_weekday(doc: Document, mention: Mention, text: str) -> Found:
    weekday = mention.value
    value = _value(None, "day")
    value["weekday"] = WEEKDAYS[weekday]
    published = doc.published
    if published is not None:
        s_start, s_end = doc.context(mention.start, mention.end)
        before = max(s_start, mention.start - 8)
        if _NEXT.search(text, before, mention.start):
            days = (weekday - published.weekday()) % 7 or 7
        elif _LAST.search(text, before, mention.start):
            days = -((published.weekday() - weekday) % 7 or 7)
        elif _past_before(text, max(s_start, mention.start - 32), mention.start):
            days = -((published.weekday() - weekday) % 7)  # 'confirmed on Monday'
        elif _UNTIL_BEFORE.search(text, max(s_start, mention.start - 24), mention.start) and (
            _future_around(doc, mention.start, mention.end, starting=True)
        ):
            days = (weekday - published.weekday()) % 7  # 'an alert covers 8 regions until Monday'
        elif doc.keywords(_FUTURE, _FUTURE_TRIGGERS).within(s_start, s_end):
            days = (weekday - published.weekday()) % 7
        else:
            days = -((published.weekday() - weekday) % 7)
        value["date"] = (published + dt.timedelta(days=days)).isoformat()
    return Found(TYPE, mention.start, mention.end, value, links={"bare_weekday": True})
