"""rank_order: a thing said to be the highest (or second-highest, lowest ...) at a figure is not
outdone by more of the figures set against it in its sentence than its place allows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from ..document import Document, Found
from ..scan import MONTH_NAMES
from .result import CheckResult
from .tolerance import rounding

CODE = "rank_order"
DESCRIPTION = (
    "A rank by a superlative ('the highest unemployment of the four nations', 'the "
    "second-highest inflation rate in the G7', 'the lowest turnout') with its own figure right "
    "after it (', at 5.3%', 'of £2,100') and other figures in one unit set against it later in "
    "the sentence ('compared with 4.8% in Scotland, 4.2% in England and 2.9% in Northern "
    "Ireland', 'behind only Italy on 3.9%') is outdone by no more of them than its place allows: "
    "none for the highest, one for the second-highest."
)
TOLERANCE = "the rounding of the figures as written ('5.3%' +/-0.05): a tie is no upset"

_UP = frozenset("highest largest biggest greatest most top".split())
_DOWN = frozenset("lowest smallest least fewest".split())
# from the rank to its own figure: ', at 5.3%', ' at 5.3%', ', with 5.3%', ' of £2,100', past
# where it ranks: ' in the G7, at 3.6%'
_OWN_FIGURE = re.compile(
    r"(?:\s+(?:in|of|among|across)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r",?\s+(?:at|of|with|on)\s+"
)
# or its figure before it, opening the sentence: 'At 3.6%, UK inflation is the '
_OWN_BEFORE = re.compile(r",\s+(?:[\w'’-]+\s+){1,5}(?:is|was|are|were)\s+(?:now\s+)?(?:the\s+)?")
_AT = re.compile(r"(?:^|\b)[Aa]t\s+$")
# between its figure and the first set against it: 'compared with', 'behind only Italy on'
_SET_AGAINST = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|behind|ahead\s+of|above|below|against|followed\s+by|"
    r"versus|vs)\b",
    re.IGNORECASE,
)
_KINDS = frozenset(["percentage", "money", "quantity"])
# a figure of another time is the thing's own past, not a rival's: '5.5% a year ago', 'last year'
_ANOTHER_TIME = re.compile(
    r"\s+(?:(?:a|one|two|three|a\s+few)\s+(?:years?|months?|weeks?|decades?)\s+"
    r"(?:ago|earlier|before)|last\s+(?:year|month|week|quarter)|the\s+(?:year|month|week|"
    r"quarter)\s+before|previously|at\s+the\s+(?:start|end|time)|before\s+the|"
    rf"(?:in|on|since|by)\s+(?:(?:19|20)\d\d|(?:{MONTH_NAMES})\b))",
)


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    text = doc.text
    for index, rank in enumerate(claims):
        if rank.type != "rank" or index + 1 >= len(claims):
            continue
        way = _way(rank)
        if way is None:
            continue
        own, rest = claims[index + 1], index + 2
        if index and _OWN_BEFORE.fullmatch(text, claims[index - 1].end, rank.start):
            own, rest = claims[index - 1], index + 1  # 'At 3.6%, UK inflation is the highest'
            if not _AT.search(text, max(0, own.start - 4), own.start):
                continue
        elif not _OWN_FIGURE.fullmatch(text, rank.end, own.start):
            continue
        if own.type not in _KINDS or own.value.get("upper") is not None:
            continue
        others = _set_against(claims, rest, max(own.end, rank.end), own, doc)
        if others:
            yield _compare(rank, way, own, others, doc)


def _way(rank: Found) -> int | None:
    """+1 where the first has the most ('highest', 'largest'), -1 where it has the least."""
    first = rank.value["category"].split()[0].lower()
    if first in _UP:
        return 1
    if first in _DOWN:
        return -1
    return None


def _set_against(
    claims: list[Found], start: int, after: int, own: Found, doc: Document
) -> list[Found]:
    """The figures of the same kind and unit as `own` from `claims[start]` on in its sentence,
    once a word after `after` sets them against it ('compared with', 'behind'); none when
    another kind of claim stands among them (a move, 'up from 4.8%', is the thing's own
    past)."""
    text = doc.text
    s_end = doc.sentence_bounds(own.start)[1]
    found: list[Found] = []
    for at in range(start, len(claims)):  # by index: a slice would copy the rest each time
        claim = claims[at]
        if claim.start >= s_end:
            break
        if claim.type != own.type or not _same_unit(claim, own):
            return []  # a date, a move, a count: a figure of another time or thing among them
        if claim.value.get("upper") is not None or _ANOTHER_TIME.match(text, claim.end):
            return []
        if not found and not _SET_AGAINST.search(text, after, claim.start):
            return []
        found.append(claim)
    return found


def _same_unit(a: Found, b: Found) -> bool:
    if a.type == "percentage":
        return a.value["points"] == b.value["points"]
    if a.type == "money":
        return a.value["currency"] == b.value["currency"]
    return a.value["unit"] == b.value["unit"]


def _compare(rank: Found, way: int, own: Found, others: list[Found], doc: Document) -> CheckResult:
    text = doc.text
    number = own.value["number"]
    place = rank.value["rank"]
    ahead = [
        other
        for other in others
        if (other.value["number"] - number) * way > rounding(doc, own) + rounding(doc, other)
    ]
    written = text[own.start : own.end]
    ranked = text[rank.start : rank.end]
    word = "higher" if way > 0 else "lower"
    ok = len(ahead) <= place - 1
    if not ahead:
        listed = ", ".join(text[o.start : o.end] for o in others)
        message = f"'{ranked}', at {written}: none set against it is {word} ({listed})."
    else:
        outdone = ", ".join(text[o.start : o.end] for o in ahead)
        verb = "is" if len(ahead) == 1 else "are"
        allows = f"rank {place} allows {'none' if place == 1 else place - 1}"
        if ok:
            message = (
                f"'{ranked}', at {written}: {outdone} set against it {verb} {word}, as {allows}."
            )
        else:
            message = f"'{ranked}', at {written}: {outdone} set against it {verb} {word}; {allows}."
    ids = tuple(c.id for c in sorted((rank, own, *others), key=attrgetter("start")))
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)
