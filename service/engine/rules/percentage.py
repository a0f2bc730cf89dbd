"""Percentages: '61.4%', '12 per cent', 'nearly 40 percent', 'three percentage points',
and ranges of them: '3-5%', 'between 40 and 45 per cent'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.amount import PERCENT_AFTER
from ..scan import FIGURES, Mention
from .phrases import qualifier_before, range_start

TYPE = "percentage"
PRIORITY = 45

# 'rose from 40% to 45%', 'went from 3 to 5 per cent': a move, which the change rule reads
_FROM = re.compile(r"from\b", re.IGNORECASE)


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    previous: Mention | None = None
    for mention in doc.mentions:
        if mention.kind not in FIGURES:
            continue
        low, previous = previous, mention
        percent = PERCENT_AFTER.match(text, mention.end)
        if not percent:
            continue
        if low is not None:
            joined = _range(text, low, mention, percent)
            if joined:
                yield joined
        qualifier, start = qualifier_before(text, mention.start)
        value = {
            "number": mention.value,
            "upper": None,
            "qualifier": qualifier,
            "points": bool(percent.group("points")),
        }
        yield Found(TYPE, start, percent.end(), value)


def _range(text: str, low: Mention, high: Mention, percent: re.Match[str]) -> Found | None:
    """'3-5%', '40 to 45 per cent', 'between 40% and 45%': the low figure's own per cent, if
    written, is the high one's kind ('3% to 5 points' is no range)."""
    low_percent = PERCENT_AFTER.match(text, low.end, high.start)
    if low_percent and bool(low_percent.group("points")) != bool(percent.group("points")):
        return None
    if not low.value < high.value:
        return None
    low_end = low_percent.end() if low_percent else low.end
    start = range_start(text, low.start, low_end, high.start)
    if start is None or _FROM.match(text, start):
        return None
    value = {
        "number": low.value,
        "upper": high.value,
        "qualifier": "between",
        "points": bool(percent.group("points")),
    }
    return Found(TYPE, start, percent.end(), value)
