"""Ages: 'a 73-year-old', 'aged 45', '45 years old', 'Smith, 45, said', 'The victim, 34, was'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found

TYPE = "age"
PRIORITY = 47

_YEAR_OLD = re.compile(r"[\s-]+years?[\s-]+old\b", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\b(?:aged|age|(?:at\s+)?the\s+age\s+of)\s+$", re.IGNORECASE)
# "Jane Smith, 45, said", "The victim, 34, was": a capitalised name or a word for a person,
# the age between commas, then a verb or clause
_NAME_COMMA_BEFORE = re.compile(
    r"(?:[A-Z][\w’'-]+|\b(?:victim|man|woman|boy|girl|driver|mother|father|teenager|pensioner|"
    r"suspect|defendant|resident|student|passenger|pedestrian|cyclist|son|daughter|wife|"
    r"husband|officer|nurse|teacher|worker|patient|soldier|partner)),\s$"
)
_COMMA_AFTER = re.compile(r",\s+(?:[a-z]|[A-Z][a-z]+\s+(?:said|says|told))")
_MAX_AGE = 125


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind != "number" or not isinstance(mention.value, int):
            continue
        if not 0 <= mention.value <= _MAX_AGE:
            continue
        start, end = mention.start, None
        before = text[max(0, mention.start - 20) : mention.start]
        # cheap tests first: each pattern needs its tell-tale text nearby
        year_old = "year" in text[mention.end : mention.end + 8] and _YEAR_OLD.match(
            text, mention.end
        )
        aged = "age" in before and _AGED_BEFORE.search(
            text, max(0, mention.start - 20), mention.start
        )
        if year_old:
            end = year_old.end()
        elif aged:
            start, end = aged.start(), mention.end
        elif (
            before.endswith(", ")
            and _NAME_COMMA_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            and _COMMA_AFTER.match(text, mention.end)
        ):
            end = mention.end
        if end is not None:
            yield Found(TYPE, start, end, {"years": mention.value})
