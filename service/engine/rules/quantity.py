"""Measured quantities: '12 km', '8 miles', '1,200 tonnes', '35C', '70mph', '500 acres', '2GW'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.distance import METRES
from ..readers.quantity import Quantity, read_quantity, unit_follows
from ..scan import FIGURES, Mention
from .phrases import is_plural, qualifier_before, range_start

TYPE = "quantity"
PRIORITY = 35


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    read: dict[int, Quantity] = {}  # by the mention's start
    measured: dict[tuple[int, int], bool] = {}  # sentences that name a dimension in metres
    for index, mention in enumerate(doc.mentions):
        if mention.kind not in FIGURES:
            continue
        previous = read.get(doc.mentions[index - 1].start) if index else None
        # '40.3C': the scanner keeps a glued C or F in the mention, so the unit is already read
        if not (
            unit_follows(text, mention.end)
            or text[mention.end - 1] in "CF"
            or (
                text[mention.end - 1] == "m"  # tested once here, before the four readings of it
                and (
                    _metres_not_millions(text, mention)
                    or _metres_beside(doc, mention, measured)
                    or _metres_converted(text, mention, previous)
                    or _metres_then_converted(doc, mention)
                )
            )
        ):
            continue
        _, s_end = doc.sentence_bounds(mention.start)
        quantity = read_quantity(text, mention.start, s_end)
        if quantity is None:
            continue
        read[mention.start] = quantity
        qualifier, start = qualifier_before(text, mention.start)
        value = {"number": quantity.number, "upper": None, "unit": quantity.unit,
                 "qualifier": qualifier}  # fmt: skip
        yield Found(TYPE, start, quantity.end, value)
        if index:
            found = _range(doc, doc.mentions[index - 1], read, mention, quantity)
            if found:
                yield found


# '12m high', '50m longer', 'a depth of 5.6m': where a dimension is named, an 'm' glued to the
# figure is metres; alone ('5.6m units', 'paid 5.6m') it is millions, as the scanner reads it
_DIMENSION_AFTER = re.compile(
    r"-?\s*(?:high|tall|wide|long|deep|thick|across|taller|wider|longer|deeper|thicker|shorter)\b",
    re.IGNORECASE,
)
_DIMENSION_BEFORE = re.compile(
    r"\b(?:height|depth|length|width|altitude|elevation|(?:river|water|sea|flood)\s+levels?"
    r"|river)\s+(?:of|at|reached|peaked\s+at)\s+$",  # 'The river peaked at 5.6m'
    re.IGNORECASE,
)


def _metres_not_millions(text: str, mention: Mention) -> bool:
    if text[mention.end - 1] != "m":
        return False
    if _DIMENSION_AFTER.match(text, mention.end):
        return True
    start = qualifier_before(text, mention.start)[1]
    return _DIMENSION_BEFORE.search(text, max(0, start - 40), start) is not None


def _metres_beside(doc: Document, mention: Mention, measured: dict[tuple[int, int], bool]) -> bool:
    """'The tower, at 310m, is 20m taller than its 290m rival': a glued 'm' is metres in a
    sentence where another is named a dimension, unless money is spoken of right before it
    ('cost 5m'). Whether a sentence does is read once, over its mentions."""
    text = doc.text
    if text[mention.end - 1] != "m" or _MONEY_BEFORE.search(
        text, max(0, mention.start - 16), mention.start
    ):
        return False
    following = _WORD_AFTER.match(text, mention.end)
    if following and is_plural(following.group(1).lower()):
        return False  # '3m customers': millions of them
    bounds = doc.sentence_bounds(mention.start)
    if bounds not in measured:
        measured[bounds] = any(
            other.kind in FIGURES and _metres_not_millions(text, other)
            for other in doc.mentions_within(*bounds)
        )
    return measured[bounds]


def _metres_converted(text: str, mention: Mention, before: Quantity | None) -> bool:
    """'35,000ft (10,668m)', '5 miles (8,047m)': a glued 'm' in brackets right after a length
    in another unit (`before`, the quantity the mention before reads) is that length in
    metres."""
    if before is None or before.unit not in _LENGTHS or text[mention.end - 1] != "m":
        return False
    opened = _OPENED_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    return opened is not None and opened.start() == before.end


def _metres_then_converted(doc: Document, mention: Mention) -> bool:
    """'The yacht is 85m (279ft) long': a glued 'm' right before a length in another unit in
    brackets is metres."""
    text = doc.text
    if text[mention.end - 1] != "m":
        return False
    opened = _OPENED_AFTER.match(text, mention.end)
    if opened is None:
        return False
    converted = read_quantity(text, opened.end(), doc.sentence_bounds(mention.start)[1])
    return converted is not None and converted.unit in _LENGTHS


_OPENED_AFTER = re.compile(r"\s*\((?:(?:about|around|some|nearly|almost|roughly)\s+)?(?=\d)", re.I)
_OPENED_BEFORE = re.compile(r"\s*\((?:about|around|some|nearly|almost|roughly)?\s*$", re.I)
_LENGTHS = frozenset(METRES) - {"m"}  # a length in a unit other than metres
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_MONEY_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|paid|pay|worth|spent|spend|raised|budget|fund|funding|revenue|"
    r"profits?|sales|loss|losses|bid|deal|valued|price)\b[^.;]*$",
    re.IGNORECASE,
)


def _range(
    doc: Document, low: Mention, read: dict[int, Quantity], high: Mention, quantity: Quantity
) -> Found | None:
    """'40-60mm', 'between 40mm and 60mm': the low end bare or in the same unit."""
    if low.kind != "number" or not isinstance(low.value, int | float):
        return None
    low_quantity = read.get(low.start)
    if low_quantity is not None and low_quantity.unit != quantity.unit:
        return None
    low_end = low_quantity.end if low_quantity else low.end
    number = low_quantity.number if low_quantity else low.value
    start = range_start(doc.text, low.start, low_end, high.start)
    if start is None or not number < quantity.number:
        return None
    value = {"number": number, "upper": quantity.number, "unit": quantity.unit,
             "qualifier": "between"}  # fmt: skip
    return Found(TYPE, start, quantity.end, value)
