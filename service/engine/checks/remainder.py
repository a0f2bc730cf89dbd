"""remainder: what a part taken from a whole leaves ('cut 500 of its 2,000 jobs, leaving 1,500')
is the whole less the part."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult
from .tolerance import AT_LEAST, AT_MOST, RELATIVE_FOR_APPROXIMATE, bounds, figure

CODE = "remainder"
DESCRIPTION = (
    "A count said to be left ('..., leaving 1,500') after a part of a whole in its sentence "
    "('cut 500 of its 2,000 jobs', 'Of the 27 candidates, 14 were eliminated') is the whole "
    "less the part."
)
TOLERANCE = (
    "none for exact counts; 5% of the whole when a figure is hedged ('about 500'); a bound is "
    "one-sided ('more than 500 were cut' leaves less than the whole less 500)"
)

_PARTS_BACK = 4  # claims back from what is left to the part it is left by


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for index, left in enumerate(claims):
        if left.type != "count" or not left.links.get("left") or left.value["upper"] is not None:
            continue
        s_start, _ = doc.sentence_bounds(left.start)
        for part in reversed(claims[max(0, index - _PARTS_BACK) : index]):
            if part.start < s_start:
                break
            if _a_part(part):
                if _same_things(part, left):  # not '40 homes ..., leaving 2,000 people'
                    yield _result(part, left)
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
