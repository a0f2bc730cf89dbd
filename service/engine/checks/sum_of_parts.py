"""sum_of_parts: parts listed with a stated total ('12 injured and 3 killed, 15 casualties in
all', '60 members: 35 Labour, 15 Conservative and 8 Green') add up to it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise, takewhile

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
    "whole may leave parts out: it disagrees only when its parts exceed the whole, unless its "
    "last part is 'the remaining' or 'the other' ones, when the parts must make the whole"
)

_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|totalling|making)\s+$", re.I
)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
_JOINED = re.compile(r"^(?:[^.;:]*?)(?:,\s*|\s+and\s+)$")
_THE_REST = re.compile(r"\bthe\s+(?:remaining|other)\s+$", re.IGNORECASE)
_COLON = re.compile(r"\s*:\s*")  # '60 members: 35 Labour, ...' breaks the whole down
_MOST_PARTS = 20  # a sentence with more counts before its total is no list of its parts
_WHOLE_REACH = 8  # counts back to the whole a part is of


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
    listed_end = -1  # where the last list of parts ends: a part in it starts no list of its own
    for index, first in enumerate(counts):
        s_start, s_end = doc.sentence_bounds(first.start)
        if _COLON.match(doc.text, first.end):
            whole, parts = first, _listed_after(counts, index + 1, s_end, doc)
        elif first.value["of"] is not None and first.start >= listed_end:
            whole = _whole_of(counts, index, counts[bisect_left(starts, s_start)])
            parts = [first, *_listed_after(counts, index + 1, s_end, doc, after=first)]
        else:
            continue
        if whole is None or len(parts) < 2:
            continue
        # 'while the remaining 700,000 were ...': the last part is all the rest of the whole
        rest = bool(_THE_REST.search(doc.text, max(0, parts[-1].start - 16), parts[-1].start))
        if not rest and len(parts) < 3:
            # two parts of one whole may overlap ('Of those victims, 99 were aged 16 to 24 and
            # 57 were teenagers'): a part stated as of the whole joins only a list of three
            parts = [parts[0], *takewhile(lambda part: part.value["of"] is None, parts[1:])]
        if len(parts) >= 2:
            listed_end = parts[-1].end
            yield _compare(parts, whole, complete=rest)


def _whole_of(counts: list[Found], index: int, lead: Found) -> Found | None:
    """The whole `counts[index]` is a part of: the count that opens its sentence ('Of the 20
    players'), or else the count before with the figure the part is of ('About 1.2 million
    people arrived. Of those who arrived, 1.05 million ...')."""
    part = counts[index]
    if lead is not part and lead.value["of"] is None and _same_whole(lead, part):
        return lead
    for earlier in reversed(counts[max(0, index - _WHOLE_REACH) : index]):
        if earlier.value["number"] == part.value["of"] and earlier.value["of"] is None:
            return earlier
    return None


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
    after `after`); each is a count of its own or a part of the whole `after` is a part of."""
    run: list[Found] = []
    whole = after.value["of"] if after is not None else None
    for later in range(index, len(counts)):  # by index: a slice would copy the rest each time
        count = counts[later]
        previous = run[-1] if run else after
        if count.start >= s_end or count.value["of"] not in (None, whole):
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
