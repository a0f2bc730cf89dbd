"""repeated_figure: the same quantity about the same thing, stated twice, has the same number."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult
from .tolerance import figure

CODE = "repeated_figure"
DESCRIPTION = (
    "A figure stated twice about the same thing agrees with itself: two tallies of the same "
    "motion ('293 to 125' and later '293-124'), or two exact counts of the same group doing "
    "the same thing ('56 Labour MPs backed the amendment' and later '55 Labour MPs backed'), "
    "unless the two are told of different times ('In 2023, ... In 2019, ...')."
)
TOLERANCE = "none: both are exact figures"

_PREDICATE = re.compile(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)")  # the words after a count's noun
_NOT_A_PREDICATE = frozenset(
    "and or but nor the a an to of in on at for from with by as than".split()
)
_EARLIER = re.compile(r"(?:earlier|ago|previously|before\s+that)\b", re.IGNORECASE)
_EARLIER_TRIGGERS = frozenset(["earlier", "ago", "previously", "before"])
# Nouns for people take 'who' in the message ('Labour MPs who backed'); others take 'that'.
_PEOPLE = frozenset(
    """people persons mps members voters children patients students pupils workers staff
    officers residents players women men adults teachers nurses doctors councillors passengers
    fans employees migrants refugees protesters victims soldiers families officials ministers
    peers senators delegates candidates users customers tenants prisoners""".split()
)


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    yield from _pairs(claims, _tally_key, _tally_figure, "the tally of", doc)
    times = _times(claims, doc)
    yield from _pairs(
        claims, lambda c: _count_key(c, doc), _count_figure, "the number of", doc, times
    )


def _pairs(
    claims, key, shown, what: str, doc: Document, times: dict | None = None
) -> Iterator[CheckResult]:
    first_of: dict[tuple, Found] = {}
    for claim in claims:
        k = key(claim)
        if k is None:
            continue
        first = first_of.setdefault(k, claim)
        if first is claim:
            continue
        if times is not None and _other_times(first, claim, times, doc):
            continue  # 'In 2023, ... 480,000 left. In 2019, ... 400,000 left': two times
        same = shown(first) == shown(claim)
        subject = k[-1]
        if same:
            message = f"{what.capitalize()} {subject} is given twice, both times as {shown(claim)}."
        else:
            message = (
                f"{what.capitalize()} {subject} is given as {shown(first)} and later as "
                f"{shown(claim)}."
            )
        yield CheckResult(
            CODE, "consistent" if same else "inconsistent", message, (first.id, claim.id)
        )


def _tally_key(claim: Found) -> tuple | None:
    value = claim.value
    if claim.type != "vote_tally" or value["motion"] is None:
        return None
    if value["for"] is None or value["against"] is None:
        return None
    return ("tally", value["motion"])


def _tally_figure(claim: Found) -> str:
    return f"{figure(claim.value['for'])} for and {figure(claim.value['against'])} against"


def _count_key(claim: Found, doc: Document) -> tuple | None:
    value = claim.value
    if claim.type != "count" or value["vague"] or value["qualifier"] != "exact":
        return None
    if not value["entity"] or value["of"] is not None or value["upper"] is not None:
        return None
    predicate = _PREDICATE.match(doc.text, claim.end)
    if not predicate or predicate.group(1).split()[0] in _NOT_A_PREDICATE:
        return None  # '900 votes and Reform ...' says nothing the votes did
    return (
        "count",
        value["entity"].lower(),
        predicate.group(1),
        f"{value['entity']} {_relative(value['entity'])} {predicate.group(1)}",
    )


def _times(claims: list[Found], doc: Document) -> dict[tuple[int, int], frozenset[str]]:
    """The dates each sentence names, by its bounds."""
    times: dict[tuple[int, int], set[str]] = {}
    for claim in claims:
        if claim.type == "date" and claim.value["date"]:
            times.setdefault(doc.sentence_bounds(claim.start), set()).add(claim.value["date"])
    return {bounds: frozenset(dates) for bounds, dates in times.items()}


def _other_times(first: Found, later: Found, times: dict, doc: Document) -> bool:
    """Whether the two counts are told of different times: their sentences name different
    dates, or the later one a time before ('Ten years earlier, 300,000 left')."""
    bounds = doc.sentence_bounds(first.start), doc.sentence_bounds(later.start)
    dates = times.get(bounds[0]), times.get(bounds[1])
    if dates[0] and dates[1] and dates[0] != dates[1]:
        return True
    earlier = doc.keywords(_EARLIER, _EARLIER_TRIGGERS)  # looked up by position: long
    return bounds[0] != bounds[1] and bool(earlier.within(*bounds[1]))  # sentences cost no more


def _count_figure(claim: Found) -> str:
    return figure(claim.value["number"])


def _relative(entity: str) -> str:
    return "who" if entity.split()[-1].lower() in _PEOPLE else "that"
