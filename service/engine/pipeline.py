"""Run the claim rules over a document, settle overlapping finds, and run the checks."""

from __future__ import annotations

import logging
from itertools import groupby
from operator import attrgetter

from .checks import CHECKS
from .checks.result import CheckResult
from .document import Document, Found
from .positions import Claimed
from .rules import RULES
from .text import BLANK_LINE

log = logging.getLogger(__name__)


def find_claims(doc: Document) -> list[Found]:
    """Every rule's finds; where two overlap, the higher-priority (then longer) one wins. The
    rules run from the highest priority down, each settled before the next runs, so that a
    rule may pass over a place `doc.claimed` already holds: any find there would lose. A rule
    that fails is a bug: it is logged and its finds left out. A find that runs across a blank
    line is left out first: a paragraph ending in '45' and the next opening with 'Per cent' make
    no percentage. A single line break may be wrapping inside a phrase ('more than' ending a
    line), so finds may cross it."""
    text = doc.text
    doc.claimed = claimed = Claimed()
    by_priority = sorted(RULES, key=lambda rule: -rule.PRIORITY)
    for _, rules in groupby(by_priority, key=attrgetter("PRIORITY")):
        finds: list[Found] = []
        for rule in rules:
            try:
                rule_finds = list(rule.find(doc))  # all of them or, if it fails, none
            except Exception:  # a bug: the rule's claims are left out, the others still answered
                log.exception("rule %s failed and was left out", rule.TYPE)
                continue
            finds.extend(rule_finds)
        finds.sort(key=lambda found: (found.start - found.end, found.start))
        for found in finds:
            if not BLANK_LINE.search(text, found.start, found.end):
                claimed.add(found)
    return claimed.items


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
