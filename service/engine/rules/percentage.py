"""Percentages: '61.4%', '12 per cent', 'nearly 40 percent', 'three percentage points'."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Found
from ..readers.amount import PERCENT_AFTER
from ..scan import FIGURES
from .phrases import qualifier_before

TYPE = "percentage"
PRIORITY = 45


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind not in FIGURES:
            continue
        percent = PERCENT_AFTER.match(text, mention.end)
        if not percent:
            continue
        qualifier, start = qualifier_before(text, mention.start)
        value = {
            "number": mention.value,
            "qualifier": qualifier,
            "points": bool(percent.group("points")),
        }
        yield Found(TYPE, start, percent.end(), value)
