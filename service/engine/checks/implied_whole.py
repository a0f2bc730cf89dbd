"""implied_whole: parts listed each with its share ('Labour won 412 seats (63%), the Conservatives
121 (19%)') are shares of one whole, so each part and its share imply the same whole."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from itertools import pairwise

from ..document import Document, Found
from ..rules.phrases import head_noun
from .result import CheckResult
from .tolerance import (
    BOUND_WORDS,
    MOST_PART_SPREAD,
    RELATIVE_FOR_APPROXIMATE,
    amount,
    bounds,
    figure,
    relative_rounding_within,
    rounding,
)

CODE = "implied_whole"
DESCRIPTION = (
    "Parts listed in one sentence, each with its share in brackets right after it ('Reform "
    "took 15,251 votes (38.2%), Labour 12,006 (30.1%) and the Conservatives 7,802 (19.5%)'; "
    "'£8bn (31%) from thresholds, £6bn (23%) from pensions and £12bn (46%) from other "
    "measures': sums of money when their shares make up 100%), are shares of one whole: "
    "100 x part / share gives the same whole for each (15,251 / 38.2% and 12,006 / 30.1% are "
    "both about 39,900)."
)
TOLERANCE = (
    "the rounding of each share and each part as written ('38.2%' is 38.15% to 38.25%, '1.2 "
    "million' 1.15 to 1.25 million), except a part whose rounding would exceed 5% of it "
    "('£8bn'), taken as written; 5% of a hedged share or part ('about 40%'); a bound is open "
    "on one side ('more than 40%'). The wholes the parts imply must overlap"
)

# the share right after its part: '12,006 (30.1%)'
_OPENS = re.compile(r"\s*\(\s*")
_CLOSES = re.compile(r"\s*\)")
# from one part's closing bracket to the next part: ', Labour ', ' and the Liberal Democrats ',
# ', while Labour took ', ' from thresholds, '; no figure, colon or semicolon between them
_NEXT_PART = re.compile(
    r"(?:\s+[A-Za-z’'&-]+){0,4}\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)(?:[A-Za-z’'&-]+\s+){0,5}"
)
_PARTS = ("count", "money")
_MOST_PARTS = 20  # a longer list is checked 20 parts at a time: its message stays short


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    group: list[tuple[Found, Found]] = []
    for pair in _parts_with_shares(claims, doc):
        if group and (len(group) == _MOST_PARTS or not _joined(group[-1], pair, doc)):
            yield from _checked(group, claims, doc)
            group = []
        group.append(pair)
    yield from _checked(group, claims, doc)


def _parts_with_shares(claims: list[Found], doc: Document) -> Iterator[tuple[Found, Found]]:
    """(part, share): a count or sum with a share in brackets right after it."""
    text = doc.text
    for part, share in pairwise(claims):
        if (
            part.type in _PARTS
            and part.value["upper"] is None
            and share.type == "percentage"
            and not share.value["points"]
            and share.value["upper"] is None
            and share.value["number"] > 0
            and _OPENS.fullmatch(text, part.end, share.start)
            and _CLOSES.match(text, share.end)
        ):
            yield part, share


def _joined(before: tuple[Found, Found], after: tuple[Found, Found], doc: Document) -> bool:
    """Whether two parts are listed together as shares of one whole: in one sentence, joined
    by a comma or 'and', counting one thing or in one currency, and of no two wholes written
    apart ('120 of the 300 patients (40%) and 200 of the 500 staff (40%)')."""
    (first, first_share), (second, _) = before, after
    closed = _CLOSES.match(doc.text, first_share.end)
    if first.type != second.type or not _NEXT_PART.fullmatch(doc.text, closed.end(), second.start):
        return False
    if doc.sentence_bounds(first.start) != doc.sentence_bounds(second.start):
        return False
    if first.type == "money":
        return first.value["currency"] == second.value["currency"]
    if first.value["of"] is not None and second.value["of"] not in (None, first.value["of"]):
        return False
    entity, other = first.value["entity"], second.value["entity"]
    return not entity or not other or head_noun(entity) == head_noun(other)


def _checked(
    group: list[tuple[Found, Found]], claims: list[Found], doc: Document
) -> Iterator[CheckResult]:
    if len(group) < 2 or _at_two_times(group, claims):
        return
    if group[0][0].type == "money" and not _whole_broken_down(group, doc):
        return  # 'income up to £50,270 (20%), and ... to £125,140 (40%)': rates, not shares
    spans = [_whole_span(part, share, doc) for part, share in group]
    low = max(spans, key=lambda span: span[0])
    high = min(spans, key=lambda span: span[1])
    ok = low[0] <= high[1]
    ids = tuple(claim.id for pair in group for claim in pair)
    if ok:
        least, most = low[0], high[1]
        whole = f"at least {_number(group[0][0], least)}"
        if most != math.inf:
            whole = f"{_number(group[0][0], least)} to {_number(group[0][0], most)}"
        message = (
            f"The shares agree: {', '.join(_implies(p, s, doc) for p, s in group)} each imply "
            f"a whole of {whole}."
        )
    else:
        low_part, low_share = group[spans.index(low)]
        high_part, high_share = group[spans.index(high)]
        message = (
            f"The shares disagree: {_implies(low_part, low_share, doc)} implies a whole of at "
            f"least {_number(low_part, low[0])}, but {_implies(high_part, high_share, doc)} "
            f"one of at most {_number(high_part, high[1])}."
        )
    yield CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)


def _whole_broken_down(group: list[tuple[Found, Found]], doc: Document) -> bool:
    """Whether the shares of sums of money make up a whole (100%, within their rounding): a
    per cent in brackets after a sum is as often its rate of tax or interest."""
    total = sum(share.value["number"] for _, share in group)
    slack = sum(rounding(doc, share) for _, share in group)
    return abs(total - 100) <= slack


def _at_two_times(group: list[tuple[Found, Found]], claims: list[Found]) -> bool:
    """A date among the parts: '412 seats (63%) in 2024 and 202 (31%) in 2019' may be shares
    of wholes of different sizes."""
    start, end = group[0][0].start, group[-1][1].end
    return any(c.type == "date" and start < c.start < end for c in claims)


def _whole_span(part: Found, share: Found, doc: Document) -> tuple[float, float]:
    """The least and most whole 100 x part / share can be, given the rounding and hedges of
    both as written."""
    number, percent = part.value["number"], share.value["number"]
    part_slack = number * relative_rounding_within(doc.text, part.start, part.end, MOST_PART_SPREAD)
    if part.value["qualifier"] == "about":
        part_slack = max(part_slack, number * RELATIVE_FOR_APPROXIMATE)
    share_slack = rounding(doc, share)
    if share.value["qualifier"] == "about":
        share_slack = max(share_slack, percent * RELATIVE_FOR_APPROXIMATE)
    part_low, part_high = bounds(number, part.value["qualifier"], part_slack)
    share_low, share_high = bounds(percent, share.value["qualifier"], share_slack)
    least = 100 * max(0.0, part_low) / share_high if share_high != math.inf else 0.0
    most = 100 * part_high / share_low if share_low > 0 else math.inf
    return least, most


def _implies(part: Found, share: Found, doc: Document) -> str:
    """'12,006 (30.1%)', 'more than £8bn (31%)': the part and its share as the text bounds them."""
    bound = BOUND_WORDS.get(part.value["qualifier"], "")
    written = figure(share.value["number"])
    share_bound = BOUND_WORDS.get(share.value["qualifier"], "")
    return f"{bound}{_number(part, part.value['number'])} ({share_bound}{written}%)"


def _number(part: Found, value: float) -> str:
    """A whole as a desk writes it: '39,909', '£26bn'."""
    currency = part.value["currency"] if part.type == "money" else None
    return amount(round(value) if value >= 100 else value, currency)
