"""Run the claim rules over a document, settle overlapping finds, and run the checks."""

from __future__ import annotations

import logging
from bisect import bisect_left

from .checks import CHECKS
from .checks.result import CheckResult
from .document import Document, Found
from .rules import RULES
from .text import BLANK_LINE

log = logging.getLogger(__name__)


def find_claims(doc: Document) -> list[Found]:
    """Every rule's finds; where two overlap, the higher-priority (then longer) one wins. A rule
    that fails is a bug: it is logged and its finds left out. A find that runs across a blank
    line is left out first: a paragraph ending in '45' and the next opening with 'Per cent' make
    no percentage. A single line break may be wrapping inside a phrase ('more than' ending a
    line), so finds may cross it."""
    ranked: list[tuple[int, Found]] = []
    text = doc.text
    for rule in RULES:
        try:
            finds = list(rule.find(doc))
        except Exception:  # a bug: the rule's claims are left out, the others still answered
            log.exception("rule %s failed and was left out", rule.TYPE)
            continue
        ranked.extend(
            (rule.PRIORITY, found)
            for found in finds
            if not BLANK_LINE.search(text, found.start, found.end)
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
