"""tally_total: a stated total or turnout of a vote equals for + against (+ abstentions), and no
side exceeds a stated size of the body ('of the 650 MPs')."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..document import Document, Found
from ..text import BLANK_LINE
from .result import CheckResult, stating
from .tolerance import figure

CODE = "tally_total"
DESCRIPTION = (
    "A stated number of people who voted ('418 MPs voted', not a side's '26 voted against') "
    "equals for + against (+ abstentions) of the only tally within two sentences before it or "
    "one after ('Of the 650 MPs, 605 took part' among them), and the votes cast never exceed a "
    "stated size of the body in the tally's paragraph ('of the 650 MPs', 'out of 55 "
    "councillors', 'the 55-member council'; not a group within it, 'of the 200 Labour MPs')."
)
TOLERANCE = "none: votes are counted exactly"

_VOTED_AFTER = re.compile(r"\s+(?:voted|cast\s+(?:a|their)\s+votes?|took\s+part)\b", re.IGNORECASE)
# 'Twenty-six Republicans voted against it': a part of one side, not the number who voted
_A_SIDE_AFTER = re.compile(
    r"\s+(?:for|against|in\s+favou?r|to|with|alongside|yes|no|aye)\b", re.IGNORECASE
)
# 'of the 650 MPs', 'out of 55 councillors'
_BODY_BEFORE = re.compile(r"\b(?:of\s+(?:the|all)|out\s+of(?:\s+(?:the|all))?)\s+$", re.I)


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    tallies = list(stating(claims, "vote_tally", "for", "against"))
    if not tallies:
        return
    starts = [t.start for t in tallies]  # in text order, as the claims are
    counts = [c for c in claims if c.type == "count" and not c.value["vague"]]
    bodies = {c.value["number"] for c in counts if _a_body(c, doc)}
    for claim in counts:
        if claim.value["of"] is not None and claim.value["of"] not in bodies:
            continue  # a part of a group ('Of the 200 Labour MPs, 56 voted'), not of the body
        tally = _nearby_tally(claim, tallies, starts, doc)
        if tally is None:
            continue
        # 'The 12-strong jury voted 10-2': a group's size, not the number who voted
        voted = None if claim.links.get("group") else _VOTED_AFTER.match(doc.text, claim.end)
        if voted:
            if not _A_SIDE_AFTER.match(doc.text, voted.end()):
                yield _total(claim, tally)  # 'Of the 650 MPs, 605 took part'
        elif claim.value["of"] is None and _a_body(claim, doc):
            first, last = sorted((tally.start, claim.start))
            if not BLANK_LINE.search(doc.text, first, last):  # 'Of the 20 players' further on
                yield _body(claim, tally)


def _a_body(count: Found, doc: Document) -> bool:
    """'of the 650 MPs': the size of a whole body, whose entity is a plain plural; 'of the 200
    Labour MPs' names a group within it. So is 'the 55-member council', as the count rule
    marks it."""
    if count.links.get("body"):
        return True
    entity = count.value["entity"] or ""
    return " " not in entity and bool(
        _BODY_BEFORE.search(doc.text, max(0, count.start - 12), count.start)
    )


def _nearby_tally(
    claim: Found, tallies: list[Found], starts: list[int], doc: Document
) -> Found | None:
    """The only tally from two sentences before the claim's to the one after it, found by
    bisection (`starts` are the tallies' starts), so that a long sentence costs no more."""
    start, end = doc.around(claim.start, before=2, after=1)
    first = bisect_left(starts, start)
    return tallies[first] if bisect_left(starts, end) - first == 1 else None


def _cast(tally: Found) -> tuple[float, str]:
    value = tally.value
    parts = [value["for"], value["against"]]
    if value["abstentions"] is not None:
        parts.append(value["abstentions"])
    return sum(parts), " + ".join(figure(p) for p in parts)


def _total(claim: Found, tally: Found) -> CheckResult:
    cast, sum_text = _cast(tally)
    stated = claim.value["number"]
    ok = (
        stated == cast if claim.value["qualifier"] == "exact" else abs(stated - cast) <= 0.05 * cast
    )
    message = (
        f"{figure(stated)} are said to have voted; the tally gives {sum_text} = {figure(cast)}."
    )
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, (claim.id, tally.id))


def _body(claim: Found, tally: Found) -> CheckResult:
    cast, sum_text = _cast(tally)
    size = claim.value["number"]
    ok = cast <= size
    message = (
        f"The body has {figure(size)} members; the tally has {sum_text} = {figure(cast)} votes."
    )
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, (claim.id, tally.id))
