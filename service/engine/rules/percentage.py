"""Percentages: '61.4%', '12 per cent', 'nearly 40 percent', 'three percentage points',
ranges of them ('3-5%', 'between 40 and 45 per cent') and gaps in points between shares
('20 points ahead of the Conservatives on 25%')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.amount import PERCENT_AFTER
from ..scan import FIGURES, Mention
from .phrases import LEAD_NOUN, qualifier_before, range_start

TYPE = "percentage"
PRIORITY = 45

# a gap in points between two shares: '20 points ahead of', 'a 20-point lead', 'leads by 20
# points', '8 points lower than' ('points' alone are also a league table's or an index's: a
# share must be stated)
_GAP_AFTER = re.compile(
    r"(?P<points>\s*-\s*point|\s+points)(?=\s+(?:ahead|behind|clear|adrift|lead|gap|above|below"
    r"|(?:higher|lower)\s+than)\b"
    r"|(?<=point)\s+(?:lead|gap|advantage|deficit|margin)\b)",
    re.IGNORECASE,
)
_POINTS = re.compile(r"(?P<points>\s+points)\b", re.IGNORECASE)
# 'leads by', 'trails Labour by', 'a lead of', 'ahead by'
_GAP_BEFORE = re.compile(
    r"\b(?:(?:leads?|led|leading|trails?|trailed|trailing)\s+(?:[\w’'-]+\s+){0,4}?by"
    r"|(?:lead|gap|margin)\s+of|(?:ahead|behind)\s+by"
    # 'Labour's lead over the Tories is now 12 points'
    rf"|{LEAD_NOUN}\s+(?:is|was|stands\s+at|stood\s+at)(?:\s+now)?)\s+$",
    re.IGNORECASE,
)
_GAP_REACH = 48
_A_SHARE = re.compile(r"\d\s*%|\d\s*(?:per\s?cent|percent)\b", re.IGNORECASE)
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
            gap = _gap_in_points(doc, mention)
            if gap is not None:
                yield gap
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


def _gap_in_points(doc: Document, mention: Mention) -> Found | None:
    """'20 points ahead of the Conservatives on 25%', 'a 20-point lead', 'leads by 20 points':
    the gap between two shares, in percentage points, in a sentence that states two shares
    (without them, 'three points clear' is a league table's)."""
    text = doc.text
    after = _GAP_AFTER.match(text, mention.end)
    points = after or _POINTS.match(text, mention.end)
    if not points:
        return None
    qualifier, start = qualifier_before(text, mention.start)
    if not (after or _GAP_BEFORE.search(text, max(0, start - _GAP_REACH), start)):
        return None
    if doc.keywords(_A_SHARE).count(*doc.sentence_bounds(mention.start)) < 2:
        return None  # two shares, the gap between which this is
    value = {"number": mention.value, "upper": None, "qualifier": qualifier, "points": True}
    return Found(TYPE, start, points.end("points"), value, links={"gap": True})


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
