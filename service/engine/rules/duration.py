"""Durations: '40 days', 'thirty minutes', 'a 24-hour strike', 'two decades', 'half an hour',
'an hour and a half', '2 years and 3 months'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.duration import read_duration, unit_follows
from .phrases import qualifier_before

TYPE = "duration"
PRIORITY = 30

# Durations that start without a number: 'half an hour', 'an hour and a half', 'a fortnight'.
_WORDED = re.compile(
    r"\b(?:half\s+(?:an?\s+)?|an?\s+(?=\w+\s+and\s+an?\s+half)"
    r"|(?:a|one|three)[\s-]+quarters?\s+of\s+an?\s+)"
    r"(?:hour|day|week|fortnight|month|year|minute|decade|century)\b"
    r"|\ba\s+(?:fortnight|decade|century)\b",
    re.IGNORECASE,
)
_WORDED_TRIGGERS = frozenset(["half", "a", "an", "one", "three"])
# 'a' or 'an' is one unit of time after a qualifier ('in under an hour', 'for more than a
# year'); alone it is too often a rate or an idiom ('£12 an hour', 'a day later')
_ONE_UNIT = re.compile(
    r"\b(?:under|over|than|nearly|almost|about|around|roughly|least|most|only|just)\s+"
    r"(?P<one>an?\s+(?:second|minute|hour|day|week|month|year)\b)(?!\s+and\s+an?\s+half)"
    r"(?!\s+(?:earlier|ago|before|later|previously)\b)",  # 'a quarter more than a year earlier'
    re.IGNORECASE,
)
_ONE_UNIT_TRIGGERS = frozenset(
    "under over than nearly almost about around roughly least most only just".split()
)
# 'one day' alone is an idiom ('one day I hope...'); after these words it is a duration.
_DURATION_LEAD = re.compile(
    r"\b(?:for|after|within|in|over|lasting|about|than|only|just|nearly|almost|some|the)\s+$",
    re.IGNORECASE,
)


# 'over' after a figure, a rate, a change or an event names the period it happened in ('rose 5%
# over 3 years', '£2bn over five years', '300,000 a year over five years', 'took place over
# eight years'), and after a span of time, the one it is spread over ('deliberated for 14 hours
# over three days'), where after other words it means 'more than' ('jailed for over 3 years').
_OVER_A_PERIOD = re.compile(
    r"(?:%|\d[\d.,]*(?:bn|m|tn|k)|\d{1,3}(?:,\d{3})+|\b(?:a|per|each)\s+(?:year|month|week|day)|"
    r"\b(?:per\s*cent|points?|million|billion|trillion|annually|rose|fell|"
    r"grew|increased|decreased|dropped|climbed|spread|paid|repaid|phased|spent|cut|place|"
    r"happened|occurred|committed|invested|built|delivered|deliberated|held|staged|"
    r"minutes|hours|days|weeks|months))\s+$",
    re.IGNORECASE,
)
# 'more than' when 'over' follows these ('jailed for over 3 years', 'waited over a year')
_MORE_THAN_LEAD = re.compile(
    r"\b(?:for|in|of|after|than|aged|lasted|lasting|lasts|took|takes|taken|waited|waiting)\s+$",
    re.IGNORECASE,
)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"\s+anniversary\b", re.IGNORECASE)
_SUM_BEFORE = re.compile(r"[£$€]\s?\d|\d\s*(?:%|per\s?cent)", re.IGNORECASE)
_SUM_REACH = 80  # characters before 'over' in which a sum is spread over the period
# 'a month's rain', 'two years' salary', 'a week's worth': an amount measured in time, not a
# span ('three weeks' notice' and 'a week's holiday' are spans)
_TIMES_WORTH = re.compile(
    r"['’]s?\s+(?:worth|rain(?:fall)?|snow(?:fall)?|salary|salaries|wages?|pay|income|rent|"
    r"supply|supplies|output|earnings|sales|production|spending|budget|emissions|electricity|"
    r"energy|water|food|fuel|growth|inflation|pension|benefits?)\b",
    re.IGNORECASE,
)


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind == "ordinal":
            anniversary = _ANNIVERSARY.match(text, mention.end)
            if anniversary and mention.value > 0:  # 'the 80th anniversary': 80 years since
                value = {"number": mention.value, "unit": "year", "qualifier": "exact"}
                links = {"anniversary": True}
                yield Found(TYPE, mention.start, anniversary.end(), value, links=links)
            continue
        if mention.kind != "number":
            continue
        if not unit_follows(text, mention.end):
            continue
        idiom = mention.spelled and mention.value == 1
        if idiom and not _DURATION_LEAD.search(text, max(0, mention.start - 12), mention.start):
            continue
        found = _at(doc, mention.start)
        if found:
            yield found
    for match in doc.keywords(_WORDED, _WORDED_TRIGGERS).items:
        found = _at(doc, match.start())
        if found:
            yield found
    for match in doc.keywords(_ONE_UNIT, _ONE_UNIT_TRIGGERS).items:
        found = _at(doc, match.start("one"))
        if found:
            yield found


def _spread_over(doc: Document, over_at: int) -> bool:
    """'£22.6bn extra for the health budget over two years': a sum or a share earlier in the
    clause is spread over the period, unless a word before 'over' makes it 'more than' ('jailed
    for over 3 years')."""
    text = doc.text
    if not text.startswith(("over", "Over"), over_at):
        return False
    if _MORE_THAN_LEAD.search(text, max(0, over_at - 12), over_at):
        return False
    s_start, _ = doc.sentence_bounds(over_at)
    return bool(_SUM_BEFORE.search(text, max(s_start, over_at - _SUM_REACH), over_at))


def _at(doc: Document, start: int) -> Found | None:
    _, s_end = doc.sentence_bounds(start)
    duration = read_duration(doc.text, start, s_end)
    if duration is None or _TIMES_WORTH.match(doc.text, duration.end):
        return None
    text = doc.text
    qualifier, q_start = qualifier_before(text, start)
    if (
        qualifier == "more_than"
        and not _AGO.match(text, duration.end)  # 'committed over two years ago'
        and (
            _OVER_A_PERIOD.search(text, max(0, q_start - 24), q_start) or _spread_over(doc, q_start)
        )
    ):
        qualifier, q_start = "exact", start  # 'rose 5% over 3 years': the period, not more
    value = {"number": duration.number, "unit": duration.unit, "qualifier": qualifier}
    return Found(TYPE, q_start, duration.end, value)
