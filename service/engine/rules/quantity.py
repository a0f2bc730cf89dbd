"""Measured quantities: '12 km', '8 miles', '1,200 tonnes', '35C', '70mph', '500 acres', '2GW'."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Found
from ..readers.quantity import read_quantity, unit_follows
from ..scan import FIGURES
from .phrases import qualifier_before

TYPE = "quantity"
PRIORITY = 35


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind not in FIGURES:
            continue
        # '40.3C': the scanner keeps a glued C or F in the mention, so the unit is already read
        if not (unit_follows(text, mention.end) or text[mention.end - 1] in "CF"):
            continue
        _, s_end = doc.sentence_bounds(mention.start)
        quantity = read_quantity(text, mention.start, s_end)
        if quantity is None:
            continue
        qualifier, start = qualifier_before(text, mention.start)
        value = {"number": quantity.number, "unit": quantity.unit, "qualifier": qualifier}
        yield Found(TYPE, start, quantity.end, value)
