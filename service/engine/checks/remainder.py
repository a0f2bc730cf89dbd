"""remainder: what a part taken from a whole leaves ('cut 500 of its 2,000 jobs, leaving 1,500')
is the whole less the part."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult
from .tolerance import (
    APPROXIMATE,
    AT_LEAST,
    AT_MOST,
    RELATIVE_FOR_APPROXIMATE,
    bounds,
    figure,
    rounding,
)

CODE = "remainder"
DESCRIPTION = (
    "A count said to be left ('..., leaving 1,500') after a part of a whole in its sentence "
    "('cut 500 of its 2,000 jobs', 'Of the 27 candidates, 14 were eliminated', or a share of "
    "it: 'cut 10% of its 2,000 staff, leaving 1,800') is the whole less the part."
)
TOLERANCE = (
    "none for exact counts; the rounding of a share ('10%' is 9.5% to 10.5% of the whole); 5% "
    "of the whole when a figure is hedged ('about 500'); a bound is one-sided ('more than 500 "
    "were cut' leaves less than the whole less 500)"
)

_PARTS_BACK = 4  # claims back from what is left to the part it is left by
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Za-z-]+(?:['’]s|s['’])\s+)?", re.I
)


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for index, left in enumerate(claims):
        if left.type != "count" or not left.links.get("left") or left.value["upper"] is not None:
            continue
        s_start, _ = doc.sentence_bounds(left.start)
        for back in range(index - 1, max(-1, index - _PARTS_BACK - 1), -1):
            part = claims[back]
            if part.start < s_start:
                break
            if _a_part(part):
                if _same_things(part, left):  # not '40 homes ..., leaving 2,000 people'
                    yield _result(part, left)
                break
            share = _share_of(claims, back, doc)  # then `part` is the whole it is a share of
            if share is not None:  # 'cut 10% of its 2,000 staff, leaving 1,800'
                if _same_things(part, left):
                    yield _share_result(share, part, left, doc)
                break


def _a_part(claim: Found) -> bool:
    value = claim.value
    return (
        claim.type == "count"
        and not claim.links.get("left")
        and value["of"] is not None
        and value["upper"] is None
        and not value["vague"]
    )


def _share_of(claims: list[Found], index: int, doc: Document) -> Found | None:
    """The share taken of the count `claims[index]`, right before it: '10%' in 'cut 10% of its
    2,000 staff' (a move by a per cent, or a percentage)."""
    whole = claims[index]
    if (
        index == 0
        or whole.type != "count"
        or whole.value["of"] is not None
        or whole.value["upper"] is not None
        or whole.value["vague"]
    ):
        return None
    share = claims[index - 1]
    if share.type == "percentage":
        ok = not share.value["points"] and share.value["upper"] is None
    elif share.type == "change":
        value = share.value
        ok = value["by_unit"] == "%" and value["from"] is None and value["to"] is None
    else:
        ok = False
    return share if ok and _OF_WHOLE.fullmatch(doc.text, share.end, whole.start) else None


def _share_result(share: Found, whole_claim: Found, left: Found, doc: Document) -> CheckResult:
    """'cut 10% of its 2,000 staff, leaving 1,800': the whole less the share of it, within the
    share's rounding ('10%' is 9.5% to 10.5% of it) and 5% of the whole when hedged."""
    percent = share.value["number"] if share.type == "percentage" else share.value["by"]
    whole, stated = whole_claim.value["number"], left.value["number"]
    spread = whole * rounding(doc, share) / 100
    if any(c.value.get("qualifier") in APPROXIMATE for c in (share, whole_claim, left)):
        spread = max(spread, whole * RELATIVE_FOR_APPROXIMATE)
    expected = whole * (1 - percent / 100)
    left_low, left_high = bounds(stated, left.value["qualifier"], 0)
    ok = expected - spread <= left_high and left_low <= expected + spread
    message = (
        f"{figure(whole)} less {figure(percent)}% of it = {figure(round(expected, 2))}; the text "
        f"says {_said(left)} {'are' if stated != 1 else 'is'} left"
    )
    message += "." if ok else ", which does not add up."
    ids = (share.id, whole_claim.id, left.id)
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)


def _same_things(part: Found, left: Found) -> bool:
    """Whether what is left counts what the part does: the same last noun, or one unnamed."""
    named = [c.value["entity"] for c in (part, left) if c.value["entity"]]
    return len(named) < 2 or named[0].split()[-1].lower() == named[1].split()[-1].lower()


def _result(part: Found, left: Found) -> CheckResult:
    whole, taken, stated = part.value["of"], part.value["number"], left.value["number"]
    expected = whole - taken
    hedged = any(c.value["qualifier"] == "about" for c in (part, left))
    slack = whole * RELATIVE_FOR_APPROXIMATE if hedged else 0
    # 'more than 500 were cut, leaving 1,300': less than 1,500 may be left
    taken_low, taken_high = bounds(taken, part.value["qualifier"], 0)
    taken_low = max(0, taken_low)  # 'fewer than 500 were cut': none at least, so at most all
    left_low, left_high = bounds(stated, left.value["qualifier"], 0)
    ok = whole - taken_high - slack <= left_high and left_low <= whole - taken_low + slack
    message = (
        f"{figure(whole)} - {_said(part)} = {_said(part, expected, opposite=True)}; the text "
        f"says {_said(left)} {'are' if stated != 1 else 'is'} left"
    )
    message += "." if ok else ", which does not add up."
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, (part.id, left.id))


def _said(claim: Found, value: float | None = None, opposite: bool = False) -> str:
    """A count as the text bounds it ('more than 500'); `value` in its place, the bound turned
    the other way when `opposite` (less than what is left when more than 500 were taken)."""
    qualifier = claim.value["qualifier"]
    if qualifier in AT_LEAST:
        words = "less than " if opposite else "more than "
    elif qualifier in AT_MOST:
        words = "more than " if opposite else "less than "
    else:
        words = ""
    return f"{words}{figure(claim.value['number'] if value is None else value)}"
