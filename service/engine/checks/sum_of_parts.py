"""sum_of_parts: parts listed with a stated total ('12 injured and 3 killed, 15 casualties in
all', '60 members: 35 Labour, 15 Conservative and 8 Green') add up to it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from ..document import Document, Found
from .result import CheckResult
from .tolerance import figure

CODE = "sum_of_parts"
DESCRIPTION = (
    "Counts listed together with a stated total in the same sentence ('12 were injured and 3 "
    "killed, a total of 15 casualties'; '60 members: 35 Labour, 15 Conservative and 8 Green'; "
    "'Of the 20 players, 12 were English, 5 Scottish and 4 Welsh') add up to the total."
)
TOLERANCE = (
    "none for exact counts; 5% of the total when any figure is hedged. A breakdown after the "
    "whole may leave parts out: it disagrees only when its parts exceed the whole"
)

_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|totalling|making)\s+$", re.I
)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
_JOINED = re.compile(r"^(?:[^.;:]*?)(?:,\s*|\s+and\s+)$")
_COLON = re.compile(r"\s*:\s*")  # '60 members: 35 Labour, ...' breaks the whole down
_MOST_PARTS = 20  # a sentence with more counts before its total is no list of its parts


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    counts = [c for c in claims if c.type == "count" and not c.value["vague"]]
    for index, total in enumerate(counts):
        if not _is_total(total, doc):
            continue
        parts = _parts_before(counts, index, doc.sentence_bounds(total.start)[0])
        if parts is None or len(parts) < 2 or not _listed(parts, doc):
            continue
        yield _compare(parts, total)
    yield from _broken_down(counts, doc)


def _parts_before(counts: list[Found], index: int, s_start: int) -> list[Found] | None:
    """The counts before `counts[index]` in its sentence, in order, that are not parts of a
    stated whole; None when the sentence holds more counts before it than a list of parts
    does (so that a sentence of a megabyte costs no more per total)."""
    earlier = [c for c in counts[max(0, index - _MOST_PARTS - 1) : index] if c.start >= s_start]
    if len(earlier) > _MOST_PARTS:
        return None
    return [c for c in earlier if c.value["of"] is None]


def _broken_down(counts: list[Found], doc: Document) -> Iterator[CheckResult]:
    """A whole stated first, then its parts: after a colon ('60 members: 35 Labour, 15
    Conservative and 8 Green'), or led by 'Of the 20 players, 12 were English, 5 ...'."""
    starts = [c.start for c in counts]
    for index, first in enumerate(counts):
        s_start, s_end = doc.sentence_bounds(first.start)
        if _COLON.match(doc.text, first.end):
            whole, parts = first, _listed_after(counts, index + 1, s_end, doc)
        elif first.value["of"] is not None:
            lead = counts[bisect_left(starts, s_start)]  # 'Of the 20 players' opens the sentence
            whole = lead if lead is not first and _same_whole(lead, first) else None
            parts = [first, *_listed_after(counts, index + 1, s_end, doc, after=first)]
        else:
            continue
        if whole is not None and len(parts) >= 2:
            yield _compare(parts, whole, complete=False)


def _same_whole(lead: Found, part: Found) -> bool:
    """The count opening the sentence is the whole `part` is of: the same figure ('Of the 20
    players, 12 of the 20 ...'), or the same noun ('With all 650 seats declared, Labour had won
    411 of the 650 seats'), so that a whole written with two different figures is still
    checked against the first."""
    if lead.value["number"] == part.value["of"]:
        return True
    entity, of_entity = lead.value["entity"], part.value["entity"]
    return bool(entity and of_entity and entity.lower() == of_entity.lower())


def _listed_after(
    counts: list[Found], index: int, s_end: int, doc: Document, after: Found | None = None
) -> list[Found]:
    """The counts from `index` on, in the sentence, that stand listed one after another (and
    after `after`); each is a count of its own, not a part of a stated whole."""
    run: list[Found] = []
    for later in range(index, len(counts)):  # by index: a slice would copy the rest each time
        count = counts[later]
        previous = run[-1] if run else after
        if count.start >= s_end or count.value["of"] is not None:
            break
        if previous is not None and not _listed([previous, count], doc):
            break
        run.append(count)
    return run


def _is_total(claim: Found, doc: Document) -> bool:
    text = doc.text
    before = _TOTAL_BEFORE.search(text, max(0, claim.start - 16), claim.start)
    return bool(before or _TOTAL_AFTER.match(text, claim.end))


def _listed(parts: list[Found], doc: Document) -> bool:
    """The parts stand together, joined by commas or 'and', each after at most three words
    ('..., the Conservatives 121 and the Liberal Democrats 72')."""
    return all(
        re.fullmatch(r"[^.;]{0,40}?(?:,\s*|\s+and\s+)(?:\w+\s+){0,3}", doc.text[a.end : b.start])
        for a, b in pairwise(parts)
    )


def _compare(parts: list[Found], total: Found, complete: bool = True) -> CheckResult:
    """With `complete`, the parts are said to make the total; without, they are a breakdown
    that may leave some out, and only parts that exceed the whole disagree with it."""
    added = sum(p.value["number"] for p in parts)
    stated = total.value["number"]
    hedged = any(c.value["qualifier"] != "exact" for c in [*parts, total])
    slack = 0.05 * stated if hedged else 0
    ok = abs(added - stated) <= slack if complete else added <= stated + slack
    listed = " + ".join(figure(p.value["number"]) for p in parts)
    if complete or abs(added - stated) <= slack:
        message = f"{listed} = {figure(added)}; the stated total is {figure(stated)}."
    else:
        relation = "within" if ok else "more than"
        message = f"{listed} = {figure(added)}, {relation} the stated whole of {figure(stated)}."
    ids = (*(p.id for p in parts), total.id)
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)
