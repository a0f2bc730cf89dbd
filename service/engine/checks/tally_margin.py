"""tally_margin: a stated majority or margin equals the difference between the two sides."""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from ..document import Document, Found
from ..positions import ByPosition
from ..rules.phrases import votes_unwritten
from .result import CheckResult, stating

CODE = "tally_margin"
DESCRIPTION = (
    "A majority (or a margin) stated with a tally equals the votes for minus the votes "
    "against. A majority "
    "stated alone ('a majority of 9,446') equals the difference between two vote counts near it "
    "in its sentence ('17,845 votes', 'which polled 8,399', 'who took 8,399', 'Mr Jones "
    "(8,399)'). It is called inconsistent when the "
    "sentence gives exactly two, set against each other ('over', 'against', 'to'), or when it "
    "is more than the lead of the largest count over the next: a winner leads the runner-up "
    "by no more than it leads anyone else. A majority smaller than that lead may be over a "
    "runner-up the sentence does not count, so nothing is said. A majority right after the "
    "seats a party holds of a body's whole ('Labour won 412 of the 650 seats, a majority of "
    "174') is over all the others together: 412 - (650 - 412)."
)
TOLERANCE = "none: votes are counted exactly"

_AGAINST = re.compile(r"\b(?:over|against|to)\b", re.IGNORECASE)
_SEATS = re.compile(r"\b(?:seats|MPs|councillors|members|senators|MSPs|MSs|AMs)$")
_RIGHT_AFTER = re.compile(
    r"\s*,\s*(?:giving\s+(?:it|them|the\s+party)\s+)?(?:an?\s+)?(?:overall\s+)?", re.I
)
_OVERALL = re.compile(r"(?:an?\s+)?(?:overall\s+)?majority\s+of\s+[\w,]+(?:\s+seats)?", re.I)
_OVER = re.compile(r"\s+over\b", re.IGNORECASE)  # 'a majority of 174 over the Conservatives'


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for claim in stating(claims, "vote_tally", "for", "against", "margin"):
        votes_for, against, margin = (claim.value[k] for k in ("for", "against", "margin"))
        yield _result(margin, votes_for, against, (claim.id,))
    votes = None
    for index, claim in enumerate(claims):
        if claim.type != "vote_tally" or claim.value["margin"] is None:
            continue
        if claim.value["for"] is None and claim.value["against"] is None:
            held = _seats_held(claims[index - 1], claim, doc) if index else None
            if held is not None:
                yield held
                continue
            votes = votes or ByPosition(_vote_counts(claims, doc), attrgetter("start"))
            yield from _election(claim, votes.within(*doc.context(claim.start, claim.end)), doc)


def _seats_held(count: Found, majority: Found, doc: Document) -> CheckResult | None:
    """'Labour won 412 of the 650 seats, a majority of 174': a majority right after the seats
    a party holds of a body's whole is over all the others together, 412 - (650 - 412); not
    one over a named rival ('a majority of 174 over the Conservatives')."""
    text = doc.text
    if (
        count.type != "count"
        or count.value["of"] is None
        or count.value["qualifier"] != "exact"
        or not _SEATS.search(count.value["entity"] or "")
        or not _RIGHT_AFTER.fullmatch(text, count.end, majority.start)
        or not _OVERALL.fullmatch(text, majority.start, majority.end)
        or _OVER.match(text, majority.end)
    ):
        return None
    held, whole, margin = count.value["number"], count.value["of"], majority.value["margin"]
    others = whole - held
    arithmetic = f"{held:,} - ({whole:,} - {held:,}) = {held - others:,}"
    if margin == held - others:
        status, message = "consistent", f"The stated majority of {margin:,} matches: "
    else:
        status, message = "inconsistent", f"The stated majority is {margin:,}, but "
    return CheckResult(CODE, status, f"{message}{arithmetic}, over all the others.",
                       (count.id, majority.id))  # fmt: skip


def _election(majority: Found, counts: list[Found], doc: Document) -> Iterator[CheckResult]:
    """'won with 17,845 votes, a majority of 9,446 over the SNP, which polled 8,399': `counts`
    are the vote counts near the majority in its sentence."""
    margin = majority.value["margin"]
    if len(counts) < 2:
        return
    by_number = {c.value["number"]: c for c in counts}
    for first in counts:
        second = by_number.get(first.value["number"] - margin)
        if second is not None and second is not first:
            ids = (first.id, majority.id, second.id)
            yield _result(margin, first.value["number"], second.value["number"], ids)
            return
    if len(counts) == 2 and _set_against(doc.text, *counts):
        first, second = counts
        ids = (first.id, majority.id, second.id)
        yield _result(margin, first.value["number"], second.value["number"], ids)
        return
    winner, next_best = sorted(counts, key=lambda c: c.value["number"], reverse=True)[:2]
    lead = winner.value["number"] - next_best.value["number"]
    if margin > lead:
        yield CheckResult(
            CODE,
            "inconsistent",
            f"The stated majority of {margin:,} is more than the lead of the largest count over "
            f"the next: {winner.value['number']:,} - {next_best.value['number']:,} = {lead:,}.",
            (winner.id, majority.id, next_best.id),
        )


def _set_against(text: str, first: Found, second: Found) -> bool:
    """'17,845 votes, a majority of 9,446 over the SNP, which polled 8,399', '17,845 votes to
    8,399': the two counts are the two sides, not the winner and a third party."""
    between = text[first.end : second.start]
    return ";" not in between and _AGAINST.search(between) is not None


def _vote_counts(claims: list[Found], doc: Document) -> list[Found]:
    """Exact counts of votes: '17,845 votes', 'which polled 8,399', 'who took 8,399'."""
    return [
        c
        for c in claims
        if c.type == "count"
        and c.value["qualifier"] == "exact"
        and c.value["of"] is None
        and c.value["upper"] is None
        and (
            (c.value["entity"] or "").lower().endswith("votes")
            or (c.value["entity"] is None and votes_unwritten(doc, c.start, c.end))
        )
    ]


def _result(margin: int, one: int, other: int, ids: tuple[str, ...]) -> CheckResult:
    difference = abs(one - other)
    arithmetic = f"{max(one, other):,} - {min(one, other):,} = {difference:,}"
    if margin == difference:
        status, message = "consistent", f"The stated majority of {margin:,} matches: "
    else:
        status, message = "inconsistent", f"The stated majority is {margin:,}, but "
    return CheckResult(CODE, status, message + arithmetic + ".", ids)
