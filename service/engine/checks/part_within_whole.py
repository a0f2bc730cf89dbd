"""part_within_whole: a group said to have backed or opposed a motion is no larger than its side."""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from ..document import Document, Found
from ..positions import ByPosition
from ..rules.phrases import motion_near
from .result import CheckResult, votes
from .tolerance import AT_MOST, BOUND_WORDS, figure

CODE = "part_within_whole"
DESCRIPTION = (
    "A part is no larger than its whole: 'X of the Y' and 'X out of Y' have X <= Y (a share "
    "written 'N in M' or 'N out of M' is told only when N is past M), so does a "
    "place in a field ('ranked 45th out of 50 countries'), and a "
    "counted group said to have voted for (or against) a motion is no larger than that side "
    "of the tally for the same motion."
)
TOLERANCE = "none for exact figures; 10% above the whole for a figure given as 'about'"

_SIDE = re.compile(
    r"\s*(?:(?:had|have|has)\s+)?(?:(?P<for>voted\s+for|voted\s+in\s+favou?r\s+of|backed|"
    r"supported)|(?P<against>voted\s+against|opposed|rebelled\s+against))\b",
    re.IGNORECASE,
)
# How far above the side's total a qualified figure may go before it is an error.
_TOLERANCE = {"exact": 0.0, "about": 0.1, "up_to": 0.0, "at_most": 0.0, "fewer_than": 0.0}


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    yield from _stated_wholes(claims)
    tallies = _Tallies([c for c in claims if c.type == "vote_tally"])
    if not tallies.items:
        return
    for claim in claims:
        if claim.type != "count" or claim.value["vague"]:
            continue
        side_match = _SIDE.match(doc.text, claim.end)
        if not side_match:
            continue
        side = "for" if side_match.group("for") else "against"
        tally = _same_vote(claim, side_match.end(), tallies, doc)
        if tally is None or tally.value[side] is None:
            continue
        yield _compare(claim, tally, side)


def _stated_wholes(claims: list[Found]) -> Iterator[CheckResult]:
    """'56 of the 125 MPs', 'Of the 400 arrested, 56 were charged', '11 out of 10 doctors',
    'ranked 45th out of 50 countries'."""
    for claim in claims:
        if claim.type == "count" and claim.value["of"] is not None:
            part, whole = claim.value["number"], claim.value["of"]
        elif (
            claim.type == "ratio"
            and not claim.links.get("fraction")  # 'X out of Y', not 'a third'
            and claim.value["numerator"] > claim.value["denominator"]
        ):  # 'nine in 10 doctors' is a share as an idiom writes it: only '11 in 10' is told
            part, whole = claim.value["numerator"], claim.value["denominator"]
        elif claim.type == "rank" and claim.value["out_of"] is not None:
            part, whole = claim.value["rank"], claim.value["out_of"]  # '45th out of 50'
        else:
            continue
        # 'fewer than 130 of the 125 MPs' may be any number up to 130: no more than the whole
        qualifier = claim.value.get("qualifier", "exact")
        ok = part <= whole or (claim.type == "count" and qualifier in AT_MOST)
        said = f"{BOUND_WORDS.get(qualifier, '')}{figure(part)} out of {figure(whole)}"
        if claim.type == "rank":
            within = "within the field" if ok else "a place past the last of the field"
            message = f"Place {said}: {within}."
        elif ok:
            message = f"{said}: the part is within the whole."
        else:
            message = f"{said}: the part is larger than the whole it is said to be part of."
        yield CheckResult(CODE, "consistent" if ok else "inconsistent", message, (claim.id,))


def _same_vote(claim: Found, verb_end: int, tallies: _Tallies, doc: Document) -> Found | None:
    """The tally in the same sentence, else the only tally on the motion the group backed."""
    s_start, s_end = doc.sentence_bounds(claim.start)
    in_sentence = tallies.within(s_start, s_end)
    if len(in_sentence) == 1:
        return in_sentence[0]
    if in_sentence:
        return None
    motion = motion_near(doc, verb_end, doc.context(verb_end, verb_end)[1], verb_end)
    if not motion:
        return None
    same_motion = tallies.by_motion.get(motion, [])
    if len(same_motion) == 1:
        return same_motion[0]
    # 'the bill' refers back to the last tally on a bill: the nearest earlier one, same noun
    earlier = [t for t in tallies.by_head.get(_head(motion), []) if t.start < claim.start]
    return earlier[-1] if earlier and motion.startswith("the ") else None


def _head(motion: str) -> str:
    return motion.rsplit(" ", 1)[-1].lower().rstrip("s")


class _Tallies(ByPosition[Found]):
    """The article's tallies, found by position or by motion."""

    def __init__(self, tallies: list[Found]) -> None:
        super().__init__(tallies, attrgetter("start"))
        self.by_motion: dict[str, list[Found]] = {}
        self.by_head: dict[str, list[Found]] = {}
        for tally in tallies:
            if tally.value["motion"]:
                self.by_motion.setdefault(tally.value["motion"], []).append(tally)
                self.by_head.setdefault(_head(tally.value["motion"]), []).append(tally)


def _compare(claim: Found, tally: Found, side: str) -> CheckResult:
    part, qualifier = claim.value["number"], claim.value["qualifier"]
    whole = tally.value[side]
    tolerance = _TOLERANCE.get(qualifier)
    if qualifier in ("more_than", "at_least"):
        ok = part + (1 if qualifier == "more_than" else 0) <= whole
    else:
        ok = part <= whole * (1 + (tolerance or 0.0))
    group = f"{claim.value['number']:,} {claim.value['entity']}"
    if ok:
        status = "consistent"
        message = f"{group} voted {side}, within the {votes(whole)} {side} in the tally."
    else:
        status = "inconsistent"
        message = f"{group} are said to have voted {side}, but the tally has {votes(whole)} {side}."
    return CheckResult(CODE, status, message, (claim.id, tally.id))
