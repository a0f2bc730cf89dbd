"""Measured quantities: '12 km', '8 miles', '1,200 tonnes', '35C', '70mph', '500 acres', '2GW'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.quantity import Quantity, read_quantity, unit_follows
from ..scan import FIGURES, Mention
from .phrases import qualifier_before, range_start

TYPE = "quantity"
PRIORITY = 35


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    read: dict[int, Quantity] = {}  # by the mention's start
    for index, mention in enumerate(doc.mentions):
        if mention.kind not in FIGURES:
            continue
        # '40.3C': the scanner keeps a glued C or F in the mention, so the unit is already read
        if not (
            unit_follows(text, mention.end)
            or text[mention.end - 1] in "CF"
            or _metres_not_millions(text, mention)
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
    r"\b(?:height|depth|length|width|altitude|elevation|(?:river|water|sea|flood)\s+levels?)"
    r"\s+(?:of|at|reached|peaked\s+at)\s+$",
    re.IGNORECASE,
)


def _metres_not_millions(text: str, mention: Mention) -> bool:
    if text[mention.end - 1] != "m":
        return False
    if _DIMENSION_AFTER.match(text, mention.end):
        return True
    start = qualifier_before(text, mention.start)[1]
    return _DIMENSION_BEFORE.search(text, max(0, start - 40), start) is not None


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
