"""weekday_date: a weekday agrees with the date it is written with, or with the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..document import Document, Found
from ..scan import WEEKDAYS
from .result import CheckResult

CODE = "weekday_date"
DESCRIPTION = (
    "A weekday written with a date ('Thursday 16 November 2023') falls on that date; a bare "
    "weekday ('on Thursday') is read against the publication date, and one said to be today, "
    "yesterday or tomorrow must be that day."
)
TOLERANCE = "none: a weekday is one day"

_RELATIVE_BEFORE = re.compile(r"\b(today|tonight|yesterday|tomorrow)\s*[,(–—-]?\s*$", re.I)
_RELATIVE_AFTER = re.compile(r"\s*[,)–—-]?\s*(today|tonight|yesterday|tomorrow)\b", re.I)
_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for claim in claims:
        if claim.type != "date" or claim.value.get("weekday") is None:
            continue
        bare = claim.links.get("bare_weekday")
        result = _bare(claim, doc) if bare else _written_together(claim)
        if result:
            yield result


def _written_together(claim: Found) -> CheckResult | None:
    named, date = claim.value["weekday"], claim.value["date"]
    if date is None or claim.value["granularity"] != "day":
        return None
    actual = WEEKDAYS[dt.date.fromisoformat(date).weekday()]
    year = f" (the year {date[:4]} is inferred from the publication date)"
    if claim.links.get("year_from_span"):  # 'from Tuesday 6 September to ... 2022'
        year = f" (the year {date[:4]} is the one the span ends in)"
    year = year if claim.value["year_inferred"] else ""
    if actual == named:
        message = f"{date} is a {actual}, as written{year}."
        return CheckResult(CODE, "consistent", message, (claim.id,))
    message = f"The text says {named}, but {date} is a {actual}{year}."
    return CheckResult(CODE, "inconsistent", message, (claim.id,))


def _bare(claim: Found, doc: Document) -> CheckResult | None:
    published = doc.published
    if published is None or claim.value["date"] is None:
        return None
    named = claim.value["weekday"]
    text = doc.text
    relative = _RELATIVE_BEFORE.search(text, max(0, claim.start - 14), claim.start)
    relative = relative or _RELATIVE_AFTER.match(text, claim.end)
    pub = f"the article is dated {WEEKDAYS[published.weekday()]} {published.isoformat()}"
    if relative:
        word = relative.group(1).lower()
        expected = WEEKDAYS[(published + dt.timedelta(days=_OFFSET[word])).weekday()]
        if expected == named:
            message = f"{named} is {word}: {pub}."
            return CheckResult(CODE, "consistent", message, (claim.id,))
        message = f"The text calls {named} {word}, but {pub}, so {word} is a {expected}."
        return CheckResult(CODE, "inconsistent", message, (claim.id,))
    days = (dt.date.fromisoformat(claim.value["date"]) - published).days
    if days == 0:
        when = "the publication day"
    elif days < 0:
        when = f"{-days} day{'s' if days != -1 else ''} before publication"
    else:
        when = f"{days} day{'s' if days != 1 else ''} after publication"
    message = f"{named} is read as {claim.value['date']}, {when} ({pub})."
    return CheckResult(CODE, "consistent", message, (claim.id,))
