"""point_gap: a gap in points between two shares ('Labour on 45%, 20 points ahead of the
Conservatives on 25%') is the difference between them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..document import Document, Found
from ..rules.phrases import qualifier_before
from .result import CheckResult
from .tolerance import figure, rounding, rounding_at

CODE = "point_gap"
DESCRIPTION = (
    "A lead or gap in points stated with the two shares it lies between, in one sentence "
    "('Labour is on 45%, 20 points ahead of the Conservatives on 25%', 'Labour (45%) has a "
    "20-point lead over the Conservatives (25%)', 'leads by 20 points, 45% to 25%', 'Labour's "
    "lead has widened to 12 points, with Labour on 40% and the Tories on 28%') equals the "
    "difference between them."
)
TOLERANCE = (
    "the rounding of the three figures as written, added up ('45%', '25%' and '20 points' "
    "+/-0.5 each); 5% of the gap more when it is hedged ('nearly 20 points')"
)
_HEDGED_SLACK = 0.05


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    shares = [
        c
        for c in claims
        if c.type == "percentage" and not c.value["points"] and c.value["upper"] is None
    ]
    starts = [share.start for share in shares]
    for gap in claims:
        if not gap.links.get("gap") or gap.type not in ("percentage", "change"):
            continue
        at = gap.links["to"] if gap.type == "change" else (gap.start, gap.end)
        pair = _shares_around(at, shares, starts, doc)
        if pair is not None:
            yield _compare(gap, at, *pair, doc)


def _shares_around(
    gap: tuple[int, int], shares: list[Found], starts: list[int], doc: Document
) -> tuple[Found, Found] | None:
    """The two shares the gap lies between: the only two in its sentence, or, among more, the
    one right before it and the one right after ('Reform on 15%, Labour on 45%, 20 points
    ahead of the Conservatives on 25%')."""
    s_start, s_end = doc.sentence_bounds(gap[0])
    first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
    if last - first == 2:  # by index: a slice would copy a long sentence's shares each time
        return shares[first], shares[first + 1]
    after = bisect_left(starts, gap[1])
    if first < after < last:
        return shares[after - 1], shares[after]
    return None


def _compare(gap: Found, at: tuple[int, int], a: Found, b: Found, doc: Document) -> CheckResult:
    """The gap (a percentage in points, or where a change in points went `to`, written at
    `at`) against the difference between shares `a` and `b`."""
    high, low = (a, b) if a.value["number"] >= b.value["number"] else (b, a)
    difference = high.value["number"] - low.value["number"]
    stated = gap.value["to"] if gap.type == "change" else gap.value["number"]
    slack = rounding(doc, high) + rounding(doc, low) + rounding_at(doc.text, *at)
    gap_hedge = (
        qualifier_before(doc.text, at[0])[0] if gap.type == "change" else gap.value["qualifier"]
    )
    if any(q != "exact" for q in (gap_hedge, a.value["qualifier"], b.value["qualifier"])):
        slack += _HEDGED_SLACK * stated
    ok = abs(difference - stated) <= slack + 1e-9
    arithmetic = (
        f"{figure(high.value['number'])}% - {figure(low.value['number'])}% = "
        f"{figure(round(difference, 2))} point{'' if round(difference, 2) == 1 else 's'}"
    )
    if ok:
        message = f"{arithmetic}, as the text says."
    else:
        message = f"{arithmetic}; the text says {figure(stated)}."
    ids = tuple(c.id for c in sorted((a, b, gap), key=lambda c: c.start))
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)
