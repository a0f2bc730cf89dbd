"""change_arithmetic: 'rose from A to B', 'by C', 'doubled', 'halved' agree with each other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from ..document import Document, Found
from ..rules.phrases import TIME_BEFORE, qualifier_before
from ..scan import MONTHS, WEEKDAYS
from .result import CheckResult
from .tolerance import (
    AT_LEAST,
    AT_MOST,
    BOUND_WORDS,
    FIGURE,
    RELATIVE_FOR_APPROXIMATE,
    allowance,
    figure,
    relative_rounding,
    rounding_at,
    within,
    written_bounds,
)

CODE = "change_arithmetic"
DESCRIPTION = (
    "A change's figures agree: 'from A to B' goes the way the verb says; 'by C' equals B - A "
    "(or (B - A) / A as a percentage when C is in per cent and A and B are not); 'doubled' "
    "and 'halved' give B = 2A and B = A/2, 'more than doubled' B >= 2A and 'more than halved' "
    "B <= A/2; 'an increase of C' after 'from A to B' (after a comma, a dash or in brackets) "
    "is B - A; "
    "a size given again in per cent ('rose 4p, or 1.4%, to 292p'; 'rose by 70p, from £3.90 "
    "to £4.60, or 18%') is C / A, A being B - C, "
    "B being the figure before the size when the move writes none ('The price cap is £1,928, "
    "up £94, or 5%'); so is a per cent sized again after its move ('grew by 0.5% to 67.6 "
    "million, an increase of 340,000'), and a size given again in per cent after its move "
    "('fell by 1,000 to 27,000, a drop of 3.6%')."
)
TOLERANCE = (
    "the rounding of the stated difference as written, 5% of it when hedged ('rose almost 60%', "
    "'an increase of about 80%'; a bound is one-sided: 'more than 50%'), and the rounding "
    "of A and B as written when it is within 2.5% of them ('59.6 million' may be 59.55 to "
    "59.65 million, '£24bn' £23.5bn to £24.5bn; '£12bn' is £12bn); for a size given "
    "again in per cent, the rounding of every figure in it; for a multiple, 5% of A x n, "
    "10% when hedged ('nearly doubled'); for a fraction word ('by a quarter'), 5% of the "
    "share it names, 10% when hedged ('by nearly a third')"
)

_ROUNDED = ", within the rounding of the figures"
_SIZE_BOUNDS = {**BOUND_WORDS, "fewer_than": "less than "}  # a size is no count: 'less than 50%'
_FACTOR_TOLERANCE, _HEDGED_FACTOR = 0.05, 0.10  # 'doubled', 'nearly doubled': shares of A x n
# A hedged multiple is a bound: 'more than doubled' moves at least that far, 'less than' at most
_BEYOND = {"more_than": "a move of more than", "at_least": "a move of at least"}
_SHORT_OF = {"fewer_than": "a move of less than", "at_most": "a move of at most",
             "up_to": "a move of up to"}  # fmt: skip
_HEDGED_FRACTION = re.compile(  # 'fell by nearly a third'
    r"\b(?:nearly|almost|about|around|roughly|some|approximately)\s+(?:a|an|one|two|three|half)\b",
    re.IGNORECASE,
)
# after the figure a move ended at, its size: '£1,928 a year from April, an increase of ...'
_LEVEL_THEN_SIZE = re.compile(
    r"(?:\s+(?:a|per)\s+(?:year|month|week|day))?(?:\s+(?:from|in|by|since)\s+[A-Za-z]+"
    r"(?:\s+\d{4})?)?,\s*(?:an?\s+)?"
)
# sizes given as shares, which a per cent after them does not restate
_MOVES_IN_SHARES = ("%", "percentage point", "basis point", "fraction", "point")
_PERCENT_FIGURE = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)", re.IGNORECASE)
# 'rose from A to B, an increase of C', '... to £12bn in 2026, a rise of C', '59.7%, down from
# 67.3% in 2019 – a drop of C', '... (a fall of C)', '... to £11.44 an hour in April, an increase
# of C', '... to 180 on Friday - a 50% increase', '... down from 906,000 the year before, a fall
# of C', '... up from 980 the previous year, an increase of C'
_FOLLOW_ON = re.compile(
    r"(?:\s+(?:an?|per)\s+(?:hour|day|week|month|year|litre|head))?"
    rf"(?:\s+(?:in|by|from)\s+(?:\d{{4}}|(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?)"
    rf"|\s+on\s+(?:{'|'.join(WEEKDAYS)})"
    rf"|\s+{TIME_BEFORE})?"
    r"(?:,|\s*\(|\s+[–—-])?\s*(?:an?\s+)?$"
)


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for index, claim in enumerate(claims):
        if claim.type != "change":
            continue
        value = dict(claim.value)
        holder = _holding_to(claims, index)
        ids = [holder.id, claim.id] if holder else [claim.id]  # in the order of the text
        sized = claim  # the claim that states the size, whose rounding is allowed
        follow = _beside(claims, index, 1)
        if _follows(doc, claim, follow):
            sized, ids = follow, [*ids, follow.id]
            if follow.value["by_percent"] is not None and claim.value["by_percent"] is None:
                # 'rose from 300,000 to 350,000, an increase of 50,000 or 17%': both sizes
                claim = replace(
                    claim,
                    value={**claim.value, **_sizes(follow.value)},
                    links={**claim.links, "by_percent": follow.links["by_percent"]},
                )
            if claim.links.get("direction_from_figures"):  # '£22bn, compared with £18bn'
                value["direction"] = follow.value["direction"]  # '..., a fall of £4bn'
        elif _follows(doc, _beside(claims, index, -1), claim):
            continue  # compared with the change before it
        elif _sized_holder(holder, value) and not claim.links.get("then"):
            # 'rose 5% to 120,000 cars, up from 114,000', not '... up from 114,000 a year
            # earlier', whose comparison may span another time than the size
            sized = holder
        elif (again := _size_again(doc, claim, follow)) is not None:
            claim, ids = again, [*ids, follow.id]  # 'grew by 0.5% to 67.6m, an increase of ...'
        if sized is not claim:
            value["by"], value["by_unit"] = sized.value["by"], sized.value["by_unit"]
        held = _held_level(claims, index, doc)
        if held is not None:  # 'The price cap is £1,928, up £94, or 5%': the move ended there
            holder, to, where = held
            links = {**claim.links, "to": where}
            claim = replace(claim, value={**claim.value, "to": to}, links=links)
            ids = [holder.id, *ids]
        for result in (_compare(value, claim, doc, sized), _compare_percent(claim, doc)):
            if result:
                status, message = result
                yield CheckResult(CODE, status, message, tuple(ids))


def _sizes(value: dict) -> dict:
    return {key: value[key] for key in ("by", "by_unit", "by_percent")}


def _holding_to(claims: list[Found], index: int) -> Found | None:
    """The claim before a change that holds its `to` ('1,204 deaths last year, up from 1,050'
    keeps '1,204 deaths' as a count of its own), if any."""
    claim = claims[index]
    where = claim.links.get("to")
    if where is None or where[0] >= claim.start:
        return None
    for before in reversed(claims[max(0, index - 3) : index]):  # a date may lie between
        if before.start <= where[0] < before.end:
            return before
    return None


def _size_again(doc: Document, claim: Found, follow: Found | None) -> Found | None:
    """'grew by 0.5% to 67.6 million, an increase of 340,000', 'fell by 3% to 577,160 in 2022,
    19,000 fewer than the year before': a move by a per cent to a figure, then its size in the
    figure's unit; or the other way round, 'fell by 1,000 to 27,000, a drop of 3.6%'. The claim,
    with the size in the figure's unit as `by` and the per cent as `by_percent`, is checked as
    'rose 4p, or 1.4%, to 292p' is."""
    if (
        follow is None
        or follow.type != "change"
        or not _FOLLOW_ON.fullmatch(doc.text, claim.end, follow.start)
        or doc.sentence_bounds(claim.start) != doc.sentence_bounds(follow.start)
    ):
        return None
    value, size = claim.value, follow.value
    if not (
        value["by"] is not None
        and value["to"] is not None
        and value["from"] is None
        and value["by_percent"] is None
        and size["by"] is not None
        and size["from"] is None
        and size["to"] is None
        and size["by_percent"] is None
        and size["direction"] == value["direction"]
    ):
        return None
    if value["by_unit"] == "%" and value["unit"] != "%" and size["by_unit"] == value["unit"]:
        in_percent, in_unit = claim, follow
        sized = {"by": size["by"], "by_unit": size["by_unit"], "by_percent": value["by"]}
    elif (
        value["by_unit"] == value["unit"]
        and value["by_unit"] not in _MOVES_IN_SHARES
        and size["by_unit"] == "%"
    ):
        in_percent, in_unit = follow, claim
        sized = {"by_percent": size["by"]}
    else:
        return None
    text = doc.text
    percent = _PERCENT_FIGURE.search(text, in_percent.start, in_percent.end)
    figure_of_size = FIGURE.search(text, in_unit.start, in_unit.end)
    if percent is None or figure_of_size is None:
        return None
    hedge = qualifier_before(text, percent.start())[0]
    where = (figure_of_size.end(), percent.start(), percent.end("number"), hedge)
    return replace(claim, value={**value, **sized}, links={**claim.links, "by_percent": where})


def _held_level(claims: list[Found], index: int, doc: Document):
    """The figure a move sized twice over ('up £94, or 5%') ended at, when it has neither `from`
    nor `to` and follows that figure: 'The price cap is £1,928, up £94, or 5%', 'will rise to
    £1,928 a year, an increase of £94, or 5%'. As (the claim, the figure, where it is written)."""
    value = claims[index].value
    if value["by_percent"] is None or value["from"] is not None or value["to"] is not None:
        return None
    before = _beside(claims, index, -1)
    if before is None or not _LEVEL_THEN_SIZE.fullmatch(doc.text, before.end, claims[index].start):
        return None
    if before.type == "money" and before.value["currency"] == value["by_unit"]:
        return before, before.value["number"], (before.start, before.end)
    if before.type == "count" and value["by_unit"] is None and before.value["upper"] is None:
        return before, before.value["number"], (before.start, before.end)
    if (
        before.type == "change"
        and before.value["to"] is not None
        and before.value["from"] is None
        and before.value["by"] is None
        and before.value["unit"] == value["by_unit"]
        and before.value["direction"] == value["direction"]
    ):
        return before, before.value["to"], before.links["to"]
    return None


def _sized_holder(holder: Found | None, value: dict) -> bool:
    """Whether `holder` is a change to the figure `value` moves to, sized but with no `from`
    of its own ('rose 5% to 120,000 cars, up from 114,000'): its size is this move's. Where
    the figure moved to is the holder's size ('rose by 6% a year, up from 5%'), it is not."""
    return (
        holder is not None
        and holder.type == "change"
        and holder.value["by"] is not None
        and holder.value["from"] is None
        and holder.value["to"] is not None
        and holder.value["to"] == value["to"]
        and holder.value["direction"] == value["direction"]
        and value["by"] is None
        and value["factor"] is None
    )


def _beside(claims: list[Found], index: int, step: int) -> Found | None:
    """The claim next to `claims[index]` (after it for `step` 1, before it for -1), past a
    date between them ('... to £12bn in 2026, a rise of 20%')."""
    at = index + step
    if 0 <= at < len(claims) and claims[at].type == "date":
        at += step
    return claims[at] if 0 <= at < len(claims) else None


def _follows(doc: Document, first: Found | None, second: Found | None) -> bool:
    """'rose from 61.4% to 67.3%, an increase of 5.9 points': the second states the first's size."""
    return (
        first is not None
        and second is not None
        and first.type == "change"
        and second.type == "change"
        and first.value["from"] is not None
        and first.value["to"] is not None
        and first.value["by"] is None
        and second.value["by"] is not None
        and second.value["from"] is None
        and second.value["to"] is None
        and doc.sentence_bounds(first.start) == doc.sentence_bounds(second.start)
        and bool(_FOLLOW_ON.fullmatch(doc.text, first.end, second.start))
    )


def _compare(value: dict, claim: Found, doc: Document, sized: Found) -> tuple[str, str] | None:
    start, end, by = value["from"], value["to"], value["by"]
    if start is None or end is None:
        return None
    way = "up" if end > start else "down" if end < start else "flat"
    if way != value["direction"]:
        return "inconsistent", (
            f"The text says the figure went {value['direction']}, but it went from "
            f"{_written(claim, doc, 'from')} to {_written(claim, doc, 'to')}."
        )
    if value["factor"] is not None:
        return _compare_factor(start, end, value["factor"], claim, doc)
    if by is None:
        if claim.links.get("direction_from_figures"):
            return None  # the direction was read from these figures: nothing to compare
        return (
            "consistent",
            f"From {_written(claim, doc, 'from')} to {_written(claim, doc, 'to')} is a move "
            f"{way}, as the text says.",
        )
    by_unit = value["by_unit"] or value["unit"]  # 'by 2' after 'from 3% to 5%' is in its unit
    difference = abs(end - start)
    tolerance = allowance(doc, sized, by)
    # the size's hedge: 'rose almost 60%' within 5% of it; 'more than 50%' is one-sided
    hedge = sized.links.get("by_hedge", "exact")
    if hedge not in AT_LEAST | AT_MOST and hedge != "exact":
        tolerance = max(tolerance, abs(by) * RELATIVE_FOR_APPROXIMATE)
    said = f"{_SIZE_BOUNDS.get(hedge, '')}{figure(by)}"
    # what A and B may have been before they were rounded: '59.6 million' is 59.55m to 59.65m
    starts, ends = _as_written(claim, doc, "from", start), _as_written(claim, doc, "to", end)
    moves = [abs(b - a) for a in starts for b in ends]
    relatives = [abs(b - a) / a * 100 for a in starts for b in ends if a > 0]
    if by_unit == "%" and value["unit"] == "%":  # per cent of per cent: points or relative
        relative = difference / start * 100 if start else None
        ok = within(by, moves, tolerance, hedge) or bool(
            relatives and within(by, relatives, tolerance, hedge)
        )
        return _status(
            ok,
            f"from {figure(start)}% to {figure(end)}% is {figure(difference)} points "
            f"or {figure(relative or 0)}% in relative terms; the text says {said}%",
        )
    if by_unit == "basis point" and value["unit"] == "%":  # 'cut by 25bp to 5%': hundredths
        ok = within(by, [move * 100 for move in moves], tolerance)
        return _status(
            ok,
            f"{figure(end)}% - {figure(start)}% = {figure(round(difference * 100, 6))} basis "
            f"points; the text says {figure(by)}",
        )
    if by_unit == "fraction":  # 'fell by a quarter': a share of the start, as a fraction word
        # rounds it (within 5% of itself, 10% when hedged: 'by nearly a third')
        share = by * 100
        hedged = _HEDGED_FRACTION.search(doc.text, sized.start, sized.end)
        slack = share * (_HEDGED_FACTOR if hedged else _FACTOR_TOLERANCE)
        relative = difference / start * 100 if start else float("inf")
        ok = bool(relatives) and within(share, relatives, slack)
        fraction = Fraction(by).limit_denominator(12)
        return _status(
            ok,
            f"({figure(end)} - {figure(start)}) / {figure(start)} = {relative:.2f}%; "
            f"the text says {fraction} ({share:.2f}%)",
        )
    if by_unit == "%":
        relative = difference / start * 100 if start else float("inf")
        ok = bool(relatives) and within(by, relatives, tolerance, hedge)
        rounded = hedge == "exact" and ok and abs(relative - by) > tolerance
        return _status(
            ok,
            f"({figure(end)} - {figure(start)}) / {figure(start)} = {relative:.2f}%; "
            f"the text says {said}%" + _ROUNDED * rounded,
        )
    ok = within(by, moves, tolerance, hedge)
    rounded = hedge == "exact" and ok and abs(difference - by) > tolerance
    return _status(
        ok,
        f"{figure(max(start, end))} - {figure(min(start, end))} = "
        f"{figure(round(difference, 6))}; the text says {said}" + _ROUNDED * rounded,
    )


def _compare_factor(
    start: float, end: float, factor: float, claim: Found, doc: Document
) -> tuple[str, str]:
    """'doubled from A to B': B is A x 2 within 5% (10% when hedged: 'nearly doubled'); 'more
    than doubled' needs B at least that far from A, 'less than doubled' at most."""
    expected = start * factor
    hedge = claim.links.get("factor_qualifier", "exact")
    share = _HEDGED_FACTOR if hedge == "about" else _FACTOR_TOLERANCE
    slack = max(allowance(doc, claim, expected), abs(expected) * share)
    past = end - expected if factor > 1 else expected - end  # how far the move goes past it
    if hedge in _BEYOND:
        ok, bound = past >= -slack, f"; the text says {_BEYOND[hedge]} that"
    elif hedge in _SHORT_OF:
        ok, bound = past <= slack, f"; the text says {_SHORT_OF[hedge]} that"
    else:
        ok, bound = abs(end - expected) <= slack, ""
    words = f"{figure(start)} x {figure(factor)} = {figure(expected)}"
    return _status(ok, f"{words}, and the text gives {figure(end)}{bound}")


def _written(claim: Found, doc: Document, key: str) -> str:
    """A figure of the change as the text writes it ('5.2p', '7.6%'), where the rule recorded
    its place; else as a desk writes the value."""
    where = claim.links.get(key)
    return doc.text[slice(*where)] if where else figure(claim.value[key])


def _as_written(claim: Found, doc: Document, key: str, written: float) -> tuple[float, float]:
    """The lowest and highest a figure of the change may be, given how it is rounded where
    the text writes it. A figure of one significant digit ('£8m', whose rounding would admit
    almost any change) is taken as written, and so is one whose place the rule did not record."""
    where = claim.links.get(key)
    return written_bounds(doc.text, *where, written) if where else (written, written)


def _compare_percent(claim: Found, doc: Document) -> tuple[str, str] | None:
    """'rose 4p, or 1.4%, to 292p': the per cent is `by` over the figure before the move, which
    is `from`, or `to` less `by`. The rounding of `by` and of that figure is allowed: 4p may be
    3.5p to 4.5p, and 292p 291.5p to 292.5p."""
    value = claim.value
    percent, by = value["by_percent"], value["by"]
    level = "from" if value["from"] is not None else "to"
    if percent is None or by is None or value[level] is None:
        return None
    if level == "to" and value["by_unit"] != value["unit"] and not _points_of(value):
        return None  # 'rose 4p, or 1.4%, to £2.92': `to` is not in `by`'s unit
    size_end, percent_start, percent_end, hedge = claim.links["by_percent"]
    by_spread = relative_rounding(doc.text, max(0, size_end - 30), size_end)
    level_spread = relative_rounding(doc.text, *claim.links[level])
    shares = []  # the share rises with the size and falls with the level: corners bound it
    for size in (by * (1 - by_spread), by * (1 + by_spread)):
        for written in (value[level] * (1 - level_spread), value[level] * (1 + level_spread)):
            before = _level_before(value, level, written, size)
            if before <= 0:
                return None
            shares.append(size / before * 100)
    tolerance = rounding_at(doc.text, percent_start, percent_end)
    if hedge != "exact":
        tolerance = max(tolerance, percent * RELATIVE_FOR_APPROXIMATE)
    ok = min(shares) - tolerance <= percent <= max(shares) + tolerance
    before = _level_before(value, level, value[level], by)
    said = f"{figure(round(percent, 2))}%"
    written = doc.text[percent_start:percent_end]
    if not FIGURE.search(written):  # 'or a fifth': a fraction word
        said = f"{written} ({said})"
    return _status(
        ok,
        f"{figure(by)} on {figure(round(before, 6))} is {figure(round(by / before * 100, 2))}%; "
        f"the text says {said}",
    )


def _points_of(value: dict) -> bool:
    """A move in points of a share given in per cent ('fell 3 points, or 5%, to 57%'): the
    points are in the share's own unit, so 57% plus 3 points is where it fell from."""
    return value["unit"] == "%" and value["by_unit"] in ("point", "percentage point")


def _level_before(value: dict, level: str, written: float, size: float) -> float:
    """The figure before a move of `size`: `from` as written, or else `to` less the move."""
    if level == "from":
        return written
    return written - size if value["direction"] == "up" else written + size


def _status(ok: bool, arithmetic: str) -> tuple[str, str]:
    if ok:
        return "consistent", f"The change adds up: {arithmetic}."
    return "inconsistent", f"The change does not add up: {arithmetic}."
