"""Durations: '40 days', 'thirty minutes', 'a 24-hour strike', 'two decades'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from .phrases import qualifier_before

TYPE = "duration"
PRIORITY = 30

# unit word -> (canonical unit, multiplier)
_UNITS = {
    "second": ("second", 1), "sec": ("second", 1), "minute": ("minute", 1), "min": ("minute", 1),
    "hour": ("hour", 1), "hr": ("hour", 1), "day": ("day", 1), "week": ("week", 1),
    "fortnight": ("week", 2), "month": ("month", 1), "year": ("year", 1), "yr": ("year", 1),
    "decade": ("year", 10), "century": ("year", 100), "centurie": ("year", 100),
}  # fmt: skip
_UNIT_AFTER = re.compile(
    r"(?:\s+|\s*-\s*)(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"fortnights?|months?|years?|yrs?|decades?|century|centuries)\b(?!-old|\s+old\b)",
    re.IGNORECASE,
)
# "one day" alone is an idiom ("one day I hope..."); after these words it is a duration.
_DURATION_LEAD = re.compile(
    r"\b(?:for|after|within|in|over|lasting|about|than|only|just|nearly|almost|some|the)\s+$",
    re.IGNORECASE,
)


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind != "number":
            continue
        unit_match = _UNIT_AFTER.match(text, mention.end)
        if not unit_match:
            continue
        if mention.spelled and mention.value == 1:
            lead = _DURATION_LEAD.search(text, max(0, mention.start - 12), mention.start)
            if not lead:
                continue
        word = unit_match.group("unit").lower().rstrip("s")
        unit, multiplier = _UNITS[word]
        qualifier, start = qualifier_before(text, mention.start)
        number = mention.value * multiplier
        value = {"number": number, "unit": unit, "qualifier": qualifier}
        yield Found(TYPE, start, unit_match.end(), value)
