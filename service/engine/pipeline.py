"""Run the claim rules over a document, settle overlapping finds, and run the checks."""

from __future__ import annotations

import logging
from bisect import bisect_left

from .checks import CHECKS
from .checks.result import CheckResult
from .document import Document, Found
from .rules import RULES

log = logging.getLogger(__name__)


def find_claims(doc: Document) -> list[Found]:
    """Every rule's finds; where two overlap, the higher-priority (then longer) one wins. A
    find that runs across a line break is left out first: a line break ends a sentence
    (text.split_sentences), so '45\n\nPer cent' is not a percentage."""
    ranked: list[tuple[int, Found]] = []
    text = doc.text
    for rule in RULES:
        ranked.extend(
            (rule.PRIORITY, found)
            for found in rule.find(doc)
            if "\n" not in text[found.start : found.end]
        )
    ranked.sort(key=lambda pair: (-pair[0], -(pair[1].end - pair[1].start), pair[1].start))
    starts: list[int] = []
    kept: list[Found] = []  # sorted by start, never overlapping
    for _, found in ranked:
        index = bisect_left(starts, found.start)
        if index > 0 and kept[index - 1].end > found.start:
            continue
        if index < len(kept) and kept[index].start < found.end:
            continue
        starts.insert(index, found.start)
        kept.insert(index, found)
    return kept


def run_checks(claims: list[Found], doc: Document) -> list[CheckResult]:
    """Every check's results. A check that fails is a bug: it is logged and left out, so that
    the claims and the other checks are still answered."""
    results: list[CheckResult] = []
    for check in CHECKS:
        try:
            results.extend(check.run(claims, doc))
        except Exception:
            log.exception("check %s failed and was left out", check.CODE)
    return results
