"""pay_gap: a gap in per cent between two rates of pay ('a gap of 10.5%', 'the gender pay gap was
7.7%') is their difference as a share of the larger, as pay gaps are measured."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..document import Document, Found
from ..rules.phrases import qualifier_before
from .result import CheckResult
from .tolerance import RELATIVE_FOR_APPROXIMATE, allowance, written_bounds

CODE = "pay_gap"
DESCRIPTION = (
    "A gap in per cent stated in one sentence about pay (pay, earnings, wages, salaries or "
    "income) with the two sums of money it lies between, in one currency ('Women earn £14.50 an "
    "hour on average, compared with £16.20 for men, a gap of 10.5%'; 'The gender pay gap was "
    "7.7%, with men earning £18.50 an hour and women £17.08'; 'the pay gap has narrowed to "
    "7.7%') equals their difference as a share of the larger, as pay gaps are measured, or of "
    "the smaller, which some write."
)
TOLERANCE = (
    "the rounding of the three figures as written ('10.5%' +/-0.05; '£16.20' and '£14.50' as "
    "written to the penny, '£16' taken as written); 5% of the gap when it is hedged ('a gap of "
    "about 10%')"
)

# 'a gap of ', 'The gender pay gap was ', 'the gap between men and women is ', 'the pay gap
# stood at ', and before a move: 'the gap has narrowed to'
_GAP_BEFORE = re.compile(
    r"\bgap\s+(?:(?:between\s+[^.;:%£$€\d]{1,40}?\s+)?(?:of|was|is|stood\s+at|at|"
    r"has\s+been|had\s+been|has|had|(?:has\s+|had\s+)?(?:narrowed|widened|fallen|fell|risen|"
    r"rose|grown|grew|shrunk|shrank)(?:\s+to)?)\s+)?$",
    re.IGNORECASE,
)
_GAP_REACH = 64  # characters back from the gap's figure to the word 'gap'
# what a sentence with a pay gap talks of ('a gap of 5% in the polls, as Labour raised £3m and
# the Tories £2m' is no gap between them)
_PAY = re.compile(r"\b(?:pay|paid|earn\w*|wages?|salar\w*|income)\b", re.IGNORECASE)


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    text = doc.text
    if "gap" not in text and "Gap" not in text:
        return  # no gap without the word: spares reading every percentage
    sums = [c for c in claims if c.type == "money" and c.value["upper"] is None]
    starts = [s.start for s in sums]
    for claim in claims:
        at = _gap_figure(claim, doc)
        if at is None:
            continue
        s_start, s_end = doc.sentence_bounds(at[0])
        first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
        if last - first != 2:  # by index: a long sentence's sums are not copied each time
            continue
        if not _PAY.search(text, *doc.context(at[0], at[1])):
            continue
        a, b = sums[first], sums[first + 1]
        if (
            a.value["currency"] != b.value["currency"]
            or not a.value["number"] > 0 < b.value["number"]
            or a.value["number"] == b.value["number"]
        ):
            continue
        yield _compare(claim, at, a, b, doc)


def _gap_figure(claim: Found, doc: Document) -> tuple[int, int] | None:
    """Where the claim writes a gap in per cent: a percentage after 'gap of', 'gap was' or
    the like, or the figure a move of a gap went to ('the gap has narrowed to 7.7%')."""
    text = doc.text
    if claim.type == "percentage":
        if claim.value["points"] or claim.value["upper"] is not None:
            return None
        at, lead = (claim.start, claim.end), qualifier_before(text, claim.start)[1]
    elif claim.type == "change" and claim.value["unit"] == "%" and claim.links.get("to"):
        if claim.value["from"] is not None or claim.value["by"] is not None:
            return None  # a move of the gap from one figure to another: two gaps, one pair
        at, lead = claim.links["to"], claim.start
    else:
        return None
    s_start, _ = doc.sentence_bounds(at[0])
    gap = _GAP_BEFORE.search(text, max(s_start, lead - _GAP_REACH), lead)
    return at if gap else None


def _compare(claim: Found, at: tuple[int, int], a: Found, b: Found, doc: Document) -> CheckResult:
    text = doc.text
    high, low = (a, b) if a.value["number"] > b.value["number"] else (b, a)
    stated = claim.value["number"] if claim.type == "percentage" else claim.value["to"]
    highs = written_bounds(text, high.start, high.end, high.value["number"])
    lows = written_bounds(text, low.start, low.end, low.value["number"])
    of_larger = [(top - bottom) / top * 100 for top in highs for bottom in lows]
    of_smaller = [(top - bottom) / bottom * 100 for top in highs for bottom in lows]
    slack = allowance(doc, _as_percentage(claim, at, stated), stated)
    if claim.type == "change" and qualifier_before(text, at[0])[0] != "exact":
        slack = max(slack, abs(stated) * RELATIVE_FOR_APPROXIMATE)
    high_text, low_text = text[high.start : high.end], text[low.start : low.end]
    difference = high.value["number"] - low.value["number"]
    larger = difference / high.value["number"] * 100
    smaller = difference / low.value["number"] * 100
    said = f"the text says {text[at[0] : at[1]]}"
    if min(of_larger) - slack <= stated <= max(of_larger) + slack:
        message = f"({high_text} - {low_text}) / {high_text} = {larger:.2f}%; {said}."
        status = "consistent"
    elif min(of_smaller) - slack <= stated <= max(of_smaller) + slack:
        message = (
            f"({high_text} - {low_text}) / {low_text} = {smaller:.2f}%, the gap as a share of "
            f"the smaller; {said}."
        )
        status = "consistent"
    else:
        message = (
            f"({high_text} - {low_text}) / {high_text} = {larger:.2f}% (or {smaller:.2f}% of "
            f"the smaller); {said}."
        )
        status = "inconsistent"
    ids = tuple(c.id for c in sorted({a.id: a, b.id: b, claim.id: claim}.values(),
                                     key=lambda c: c.start))  # fmt: skip
    return CheckResult(CODE, status, message, ids)


def _as_percentage(claim: Found, at: tuple[int, int], stated: float) -> Found:
    """The gap as a percentage claim of its own figure, for its rounding and hedge."""
    if claim.type == "percentage":
        return claim
    return Found("percentage", at[0], at[1], {"number": stated, "qualifier": "exact"})
