"""per_item: an average per counted item ('Its 1,200 stores employ 140,000 people, an average of
117 per store'; 'The 650 MPs claimed £120m, or about £185,000 each') is the total over the count."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..rules.phrases import PER_ITEM, is_item, qualifier_before
from .result import CheckResult
from .tolerance import (
    APPROXIMATE,
    AT_LEAST,
    AT_MOST,
    MOST_PART_SPREAD,
    RELATIVE_FOR_APPROXIMATE,
    amount,
    figure,
    relative_rounding_within,
)

CODE = "per_item"
DESCRIPTION = (
    "An average per counted item, with the total and the count of items before it in its "
    "sentence ('Its 1,200 stores employ 140,000 people, an average of 117 per store'; '1.5 "
    "million tickets for the 51 matches, an average of 29,000 a game'; 'The 650 MPs claimed "
    "£120m in expenses, or about £185,000 each'), or with the total after it ('The 300 staff "
    "were given £1,000 each, a total of £300,000'; 'Each of the four defendants was ordered to "
    "pay £5,000, a total of £20,000'), is the total divided by the count."
)
TOLERANCE = (
    "5%, as an average is rounded ('about £185,000' for £184,615), plus the rounding of each "
    "figure as written ('£3.6bn' is £3.55bn to £3.65bn; a figure rounded by more than 5%, "
    "'£2bn', is taken as written), and 5% more for each hedged figure"
)
_REACH = 6  # claims back from an average to its total and count
_APART = re.compile(r"[;:]|\b(?:while|whereas|but|compared|than|versus|vs)\b", re.IGNORECASE)
# 'Each of the four defendants': the items a sum after it is for, each
_EACH_OF = re.compile(r"\beach\s+of\s+(?:the|its|their|these|those)\s+$", re.IGNORECASE)
_EACH_OF_WORDS = re.compile(r"each\s+of\b", re.IGNORECASE)
_EACH_TRIGGERS = frozenset(["each"])
# what ties an average to the total before it: ', an average of ', ', or ', ' (', ' - '
_TIED = re.compile(
    r"(?:[,(–—]|\s-|\bor|\baverage\s+of|\bworks?\s+out\s+at|\bequivalent\s+to)\s*$", re.I
)
# the average's clause ends with its item: '..., an average of 117 per store.', not '£3m a
# store in rent' or '£4m each for the largest four'
_CLOSED = re.compile(r"\s*(?:[,.;:)–—]|\s-\s|$)")
# a total right after the average: '£1,000 each, a total of £300,000', '..., or £300,000 in all'
_TOTAL_AFTER = re.compile(
    r"(?:\s+(?:last|this|next)\s+(?:year|month|week))?"  # '£80,000 last year, a total of'
    r"\s*(?:,|\s[–—-])?\s*(?:(?:a|the)\s+total\s+of|totall?ing|making|or|costing)\s+",
    re.I,
)
_CLAUSE_REACH = 200  # characters back from an average to the start of its clause


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for index, average in enumerate(claims):
        if not _a_figure(average):
            continue
        per = PER_ITEM.match(doc.text, average.end)
        if per is None:
            result = _each_of(claims, index, doc)
            if result is not None:
                yield result
            continue
        if not _CLOSED.match(doc.text, per.end()):
            continue
        s_start, s_end = doc.sentence_bounds(average.start)
        clause = _clause_start(doc, s_start, average.start)
        before = [c for c in claims[max(0, index - _REACH) : index] if c.start >= clause]
        count = _items(average, per, before)
        if count is None:
            continue
        total = _total_before(average, count, before)
        if total is not None and _tied(average, total, count, per, doc):
            yield _compare(average, total, count, per, doc)
        elif total is None:
            after = _total_after(claims, index, per.end(), s_end, doc)
            if after is not None:  # '£1,000 each, a total of £300,000'
                yield _compare(average, after, count, per, doc)


def _total_after(
    claims: list[Found], index: int, pos: int, s_end: int, doc: Document
) -> Found | None:
    """The total right after the average `claims[index]`, tied to it from `pos` on: '£1,000
    each, a total of £300,000', '£80,000 last year, a total of £320,000'."""
    if index + 1 >= len(claims):
        return None
    average, after = claims[index], claims[index + 1]
    if (
        after.start < s_end
        and _same_kind(after, average)
        and _a_figure(after)
        and _TOTAL_AFTER.fullmatch(doc.text, pos, qualifier_before(doc.text, after.start)[1])
    ):
        return after
    return None


def _clause_start(doc: Document, s_start: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last 'while', 'but' or semicolon before
    it in its sentence ('420 posts would go, while some 330,000 staff will share ...')."""
    starts = [m.end() for m in _APART.finditer(doc.text, max(s_start, pos - _CLAUSE_REACH), pos)]
    return starts[-1] if starts else s_start


def _each_of(claims: list[Found], index: int, doc: Document) -> CheckResult | None:
    """'Each of the four defendants was ordered to pay £5,000, a total of £20,000': a sum for
    each of the counted items that leads its clause, then the total."""
    average, text = claims[index], doc.text
    each_of = doc.keywords(_EACH_OF_WORDS, _EACH_TRIGGERS)
    if average.type != "money" or not each_of.items:
        return None  # the common case: no 'each of' in the text
    s_start, s_end = doc.sentence_bounds(average.start)
    if not each_of.within(s_start, average.start):
        return None
    counts = [
        c
        for c in claims[max(0, index - _REACH) : index]
        if c.start >= s_start
        and c.type == "count"
        and _a_figure(c)
        and _EACH_OF.search(text, max(s_start, c.start - 16), c.start)
    ]
    if len(counts) != 1 or _APART.search(text, counts[0].end, average.start):
        return None
    after = _total_after(claims, index, average.end, s_end, doc)
    return _compare(average, after, counts[0], None, doc) if after is not None else None


def _tied(average: Found, total: Found, count: Found, per: re.Match[str], doc: Document) -> bool:
    """The average is set off after the total and count (', or £150,000 per school'), or given
    to the items right before it ('give 700,000 households £3,000 each'), in the same clause."""
    text = doc.text
    if _APART.search(text, min(total.end, count.end), average.start):
        return False
    return bool(_TIED.search(text, max(0, average.start - 16), average.start)) or (
        per.group("each") is not None and not text[count.end : average.start].strip()
    )


def _a_figure(claim: Found) -> bool:
    """A count or a sum of money, no range, no bound ('more than 500' is no figure to divide)."""
    if claim.type not in ("count", "money") or claim.value["upper"] is not None:
        return False
    qualifier = claim.value["qualifier"]
    return qualifier not in AT_LEAST and qualifier not in AT_MOST and not claim.value.get("vague")


def _items(average: Found, per: re.Match[str], before: list[Found]) -> Found | None:
    """The count of the items the average is per, before it in its sentence: the one whose
    noun is the item ('stores' for 'per store'), or for 'each' after a sum of money, the only
    count ('The 650 MPs claimed £120m, or about £185,000 each')."""
    counts = [c for c in before if c.type == "count" and _a_figure(c) and c.value["of"] is None]
    item = per.group("item")
    if item:
        items = [c for c in counts if c.value["entity"] and is_item(c.value["entity"], item)]
    elif average.type == "money":
        items = counts
    else:
        items = []  # '25 players each': each of what, where the total is a count too
    return items[0] if len(items) == 1 else None


def _total_before(average: Found, count: Found, before: list[Found]) -> Found | None:
    """The total: the only figure of the average's kind before it in its sentence."""
    totals = [c for c in before if c is not count and _same_kind(c, average)]
    return totals[0] if len(totals) == 1 and _a_figure(totals[0]) else None


def _same_kind(claim: Found, average: Found) -> bool:
    if claim.type != average.type:
        return False
    if claim.type == "money":
        return claim.value["currency"] == average.value["currency"]
    return claim.value["entity"] == average.value["entity"]  # what the count rule gave it


def _compare(
    average: Found, total: Found, count: Found, per: re.Match[str] | None, doc: Document
) -> CheckResult:
    """The average against the total over the count; `per` is the item it is per ('per
    store'), None for 'each of the ...' before the count."""
    figures = (total, count, average)
    slack = RELATIVE_FOR_APPROXIMATE + sum(
        relative_rounding_within(doc.text, c.start, c.end, MOST_PART_SPREAD)
        + (RELATIVE_FOR_APPROXIMATE if c.value["qualifier"] in APPROXIMATE else 0.0)
        for c in figures
    )
    stated, whole, items = average.value["number"], total.value["number"], count.value["number"]
    ok = items > 0 and abs(whole - items * stated) <= whole * slack
    currency = average.value["currency"] if average.type == "money" else None
    per_what = f"per {per.group('item').lower()}" if per and per.group("item") else "each"
    division = f"{amount(whole, currency)} / {figure(items)} = {_average(whole / items, currency)}"
    said = doc.text[average.start : average.end]
    if ok:
        message = f"{division} {per_what}; the text says {said}."
    else:
        message = f"The text says {said} {per_what}, but {division}."
    ids = tuple(c.id for c in sorted(figures, key=lambda c: c.start))
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)


def _average(value: float, currency: str | None) -> str:
    """An average as a desk writes it: '116.7', '£184,615'."""
    return amount(round(value, 1) if value < 100 else round(value), currency)
