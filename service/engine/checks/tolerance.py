"""How far apart two figures may be and still agree: the rounding the text's own precision
implies ('40.2%' is 40.15 to 40.25), widened for 'about', 'nearly' and the like."""

from __future__ import annotations

import re

from ..document import Document, Found

APPROXIMATE = frozenset({"about", "up_to", "at_most", "at_least", "more_than", "fewer_than"})
_DECIMALS = re.compile(r"\d+(?:[.,]\d+)*")
RELATIVE_FOR_APPROXIMATE = 0.05


def rounding(doc: Document, claim: Found) -> float:
    """Half a unit of the last digit written in the claim's first number ('40.2' -> 0.05)."""
    match = _DECIMALS.search(doc.text, claim.start, claim.end)
    if not match or "." not in match.group(0):
        return 0.5
    decimals = len(match.group(0).rsplit(".", 1)[1])
    return 0.5 * 10**-decimals


def allowance(doc: Document, claim: Found, value: float) -> float:
    """The tolerance for a claim's figure: its rounding, or 5% when the text hedges it."""
    qualifier = claim.value.get("qualifier", "exact")
    if qualifier in APPROXIMATE:
        return max(rounding(doc, claim), abs(value) * RELATIVE_FOR_APPROXIMATE)
    return rounding(doc, claim)


def figure(value: float) -> str:
    """A number as a desk editor writes it: 1,234 or 12.5."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
