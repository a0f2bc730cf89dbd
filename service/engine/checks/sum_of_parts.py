"""sum_of_parts: parts listed with a stated total ('12 injured and 3 killed, 15 casualties in
all') add up to it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..document import Document, Found
from .result import CheckResult
from .tolerance import figure

CODE = "sum_of_parts"
DESCRIPTION = (
    "Counts listed together with a stated total in the same sentence ('12 were injured and 3 "
    "killed, a total of 15 casualties') add up to the total."
)
TOLERANCE = "none for exact counts; 5% of the total when any figure is hedged"

_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|totalling|making)\s+$", re.I
)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
_JOINED = re.compile(r"^(?:[^.;:]*?)(?:,\s*|\s+and\s+)$")


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    counts = [c for c in claims if c.type == "count" and not c.value["vague"]]
    for index, total in enumerate(counts):
        if not _is_total(total, doc):
            continue
        s_start, _ = doc.sentence_bounds(total.start)
        parts = [c for c in counts[:index] if c.start >= s_start and c.value["of"] is None]
        if len(parts) < 2 or not _listed(parts, doc):
            continue
        yield _compare(parts, total)


def _is_total(claim: Found, doc: Document) -> bool:
    text = doc.text
    before = _TOTAL_BEFORE.search(text, max(0, claim.start - 16), claim.start)
    return bool(before or _TOTAL_AFTER.match(text, claim.end))


def _listed(parts: list[Found], doc: Document) -> bool:
    """The parts stand together, joined by commas or 'and'."""
    return all(
        re.fullmatch(r"[^.;]{0,40}?(?:,\s*|\s+and\s+)(?:\w+\s+){0,2}", doc.text[a.end : b.start])
        for a, b in pairwise(parts)
    )


def _compare(parts: list[Found], total: Found) -> CheckResult:
    added = sum(p.value["number"] for p in parts)
    stated = total.value["number"]
    hedged = any(c.value["qualifier"] != "exact" for c in [*parts, total])
    ok = abs(added - stated) <= (0.05 * stated if hedged else 0)
    listed = " + ".join(figure(p.value["number"]) for p in parts)
    message = f"{listed} = {figure(added)}; the stated total is {figure(stated)}."
    ids = (*(p.id for p in parts), total.id)
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)
