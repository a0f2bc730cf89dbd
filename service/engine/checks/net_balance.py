"""net_balance: a net figure ('net migration of 728,000', 'a trade deficit of £20bn') is what came
in less what went out, when the text gives both beside it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from ..document import Document, Found
from ..positions import ByPosition
from ..rules.phrases import NET_BEFORE, NET_REACH, NET_TRIGGERS, NET_WORD, qualifier_before
from .result import CheckResult
from .tolerance import (
    AT_LEAST,
    AT_MOST,
    FIGURE,
    MOST_PART_SPREAD,
    RELATIVE_FOR_APPROXIMATE,
    amount,
    bounds,
)

CODE = "net_balance"
DESCRIPTION = (
    "A net figure ('net migration was 728,000', 'Net migration fell to 685,000', or from "
    "906,000 to 685,000, 'a natural "
    "increase of 20,000', 'a trade "
    "deficit of £20bn') equals what came in less what went out when its sentence, or the next, "
    "gives exactly one of each: '1.2 million people arrived and 479,000 left', 'Immigration was "
    "1.2 million and emigration 479,000', '600,000 births and 580,000 deaths', 'exports of "
    "£60bn and imports of £80bn'. A net loss, net emigration or a deficit is what went out less "
    "what came in."
)
TOLERANCE = (
    "the rounding of every figure as written ('1.2 million' is 1.15 to 1.25 million, '479,000' "
    "478,500 to 479,500), unless it would be more than 5% of it ('1 million' is taken as "
    "written); 5% of a figure the text hedges ('about 1.2 million'); a bound is "
    "one-sided ('more than 1 million arrived' is 1 million or more)"
)

_IN = r"arriv\w*|came|come|immigra\w*|inflows?|joined|joiners|born|births|entered|exports?"
_OUT = r"leav\w*|left|emigra\w*|outflows?|departed|departures?|leavers|died|deaths|imports?"
_QUALIFIER_REACH = 24  # a hedge between the net word and its figure: "net migration of about"
_OUT_FIRST = re.compile(r"emigration|loss|outflow|decrease|fall|deficit", re.IGNORECASE)
# what a figure is: the words just before it ('Immigration was', 'imports of') or after it,
# past its noun ('1.2 million people arrived', '479,000 left')
_FLOW_BEFORE = re.compile(
    rf"\b(?:(?P<in>{_IN})|(?P<out>{_OUT}))(?:\s+(?:(?:was|were|is|are)(?:\s+worth)?|of|at|"
    r"stood\s+at|totalled|worth))?"
    r"\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_FLOW_AFTER = re.compile(
    rf"(?:\s+(?!(?:and|or|but|while|whereas)\b)[A-Za-z'’-]+){{0,2}}?\s+(?:(?:have|had|has)\s+)?"
    rf"(?:(?P<in>{_IN})|(?P<out>{_OUT}))\b",
    re.IGNORECASE,
)
# a word of a flow: '600,000 births'; the first letters, looked ahead for, spare trying every
# word at every place in a long window
_FIRSTS = "".join(sorted({word[0] for word in f"{_IN}|{_OUT}".split("|")}))
_FLOW_WORD = re.compile(rf"\b(?=[{_FIRSTS}])(?:(?P<in>{_IN})|(?P<out>{_OUT}))", re.IGNORECASE)
_FLOW_REACH = 24
_KINDS = ("count", "money")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")  # a move's `by_unit` when it is a sum: 'GBP'
_NET_MOVE_BEFORE = re.compile(r"\b(?:net|natural)\s+$", re.IGNORECASE)  # 'a net gain of 300'
_NET_NAMED_BEFORE = re.compile(
    r"\bnet\s+[a-z]+(?:\s+[a-z]+)?\s+$", re.IGNORECASE
)  # 'Net migration '


@dataclass(frozen=True, slots=True)
class _Net:
    claim: Found
    number: float
    kind: tuple[str, str | None]  # ('count', None), ('money', 'GBP')
    out_first: bool  # a net loss, net emigration, a deficit: what went out less what came in


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    words = doc.keywords(NET_WORD, NET_TRIGGERS)
    if not words.items:
        return  # no net figure without one of these words: spares reading every claim
    placed, ways = None, {}
    for claim in claims:
        if not words.count(max(0, claim.start - NET_REACH - _QUALIFIER_REACH), claim.start):
            continue
        net = _net(claim, doc)
        if net is None:
            continue
        placed = placed or ByPosition(claims, attrgetter("start"))
        flows = _flows(placed, net, doc, ways)
        if flows is not None:
            yield _result(net, *flows, doc=doc)


def _net(claim: Found, doc: Document) -> _Net | None:
    """The claim as a net figure: a count or a sum after what it nets ('net migration was
    728,000', 'a trade deficit of £20bn'), or a move named net ('a net gain of 300', 'a natural
    increase of 20,000')."""
    text, value = doc.text, claim.value
    if claim.type == "change":
        return _net_move(claim, doc)
    if claim.type not in _KINDS or value["upper"] is not None:
        return None
    lead = qualifier_before(text, claim.start)[1]
    named = NET_BEFORE.search(text, max(0, lead - NET_REACH), lead)
    if named is None or doc.sentence_bounds(named.start())[0] != doc.sentence_bounds(lead)[0]:
        return None
    out_first = bool(_OUT_FIRST.search(named.group()))
    return _Net(claim, value["number"], _kind(claim), out_first)


def _net_move(claim: Found, doc: Document) -> _Net | None:
    """A move named net: its size ('a net gain of 300', 'a natural increase of 20,000'), or
    where a net figure moved to ('Net migration fell to 685,000', 'fell from 906,000 to
    685,000')."""
    text, value = doc.text, claim.value
    if value["factor"] or (value["from"] is not None and value["to"] is None):
        return None  # (where it moved from is another time's net: 'down from 906,000')
    size = value["by"] is not None and value["to"] is None
    unit = value["by_unit"] if size else value["unit"]
    if unit is not None and not _CURRENCY_CODE.fullmatch(unit):
        return None  # a move in per cent or in miles nets nothing
    kind = ("money", unit) if unit else ("count", None)
    if size and _NET_MOVE_BEFORE.search(text, max(0, claim.start - 12), claim.start):
        return _Net(claim, value["by"], kind, value["direction"] == "down")
    named = _NET_NAMED_BEFORE.search(text, max(0, claim.start - 32), claim.start)
    if value["by"] is None and value["to"] is not None and named:
        return _Net(claim, value["to"], kind, bool(_OUT_FIRST.search(named.group())))
    return None


def _kind(claim: Found) -> tuple[str, str | None]:
    return (claim.type, claim.value["currency"] if claim.type == "money" else None)


def _flows(
    placed: ByPosition[Found], net: _Net, doc: Document, ways: dict[str, str | None]
) -> tuple[Found, Found] | None:
    """The one figure that came in and the one that went out, of the net figure's kind, in its
    sentence or else the next (within reach of it, however long the sentence). `ways` keeps
    each claim's way, 'in', 'out' or None, once read."""
    end = doc.sentence_bounds(net.claim.start)[1]
    spans = [doc.context(net.claim.start, net.claim.end)]
    if end < len(doc.text):
        start = doc.sentence_bounds(end + 1)[0]
        spans.append(doc.context(start, start))
    for span in spans:
        ins, outs = [], []
        if not _FLOW_WORD.search(doc.text, *span):
            continue  # no word of a flow: spares reading each figure's words
        for claim in placed.within(*span):
            if claim is net.claim or not _a_flow(claim, net):
                continue
            if claim.id not in ways:
                ways[claim.id] = _way(claim, doc)
            way = ways[claim.id]
            if way == "in":
                ins.append(claim)
            elif way == "out":
                outs.append(claim)
            if len(ins) > 1 or len(outs) > 1:
                return None
        if ins or outs:
            if len(ins) != 1 or len(outs) != 1:
                return None
            flows = ins[0], outs[0]
            return flows if _one_time(placed, net.claim, flows, doc) else None
    return None


def _one_time(
    placed: ByPosition[Found], net: Found, flows: tuple[Found, ...], doc: Document
) -> bool:
    """Whether the net figure and its flows may be of one time: no two dates among them, no
    semicolon between, and no date in the next sentence that the net's own does not give
    ('Net migration was 728,000. In 2019, 600,000 arrived and 400,000 left.')."""
    first = min(c.start for c in (net, *flows))
    last = max(c.end for c in (net, *flows))
    if ";" in doc.text[first:last]:
        return False
    own = doc.sentence_bounds(net.start)
    dates = [c for c in placed.within(first, last) if c.type == "date"]
    told = {c.value["date"] for c in dates}
    return len(told) < 2 and all(own[0] <= c.start < own[1] for c in dates)


def _a_flow(claim: Found, net: _Net) -> bool:
    """A figure of the net figure's kind that may be a flow: no range, no part of a whole."""
    if claim.type not in _KINDS or claim.value["upper"] is not None or _kind(claim) != net.kind:
        return False
    return claim.type == "money" or (not claim.value["vague"] and claim.value["of"] is None)


def _way(claim: Found, doc: Document) -> str | None:
    """'in' or 'out': what the words beside the figure say it is."""
    text = doc.text
    entity = claim.value.get("entity")
    match = _FLOW_WORD.fullmatch(entity.split()[-1]) if entity else None
    if match is not None:
        return "in" if match.group("in") else "out"
    lead = qualifier_before(text, claim.start)[1]
    s_start, s_end = doc.sentence_bounds(claim.start)
    match = _FLOW_BEFORE.search(text, max(s_start, lead - _FLOW_REACH), lead) or _FLOW_AFTER.match(
        text, claim.end, min(s_end, claim.end + _FLOW_REACH)
    )
    if match is None:
        return None
    return "in" if match.group("in") else "out"


def _spread(claim: Found, value: float, doc: Document) -> float:
    """How far the claim's figure, `value`, may be from it: the rounding of its last digit as
    written, scaled ('1.2 million': 50,000; '479,000': 500), or 5% of it when hedged."""
    if claim.value.get("qualifier", "exact") == "about":
        return abs(value) * RELATIVE_FOR_APPROXIMATE
    written = FIGURE.search(doc.text, claim.start, claim.end)
    if written is None:
        return 0.0
    digits = written.group().replace(",", "")
    number = float(digits)
    if "." in digits:
        half = 0.5 * 10 ** -len(digits.rsplit(".", 1)[1])
    else:
        zeros = min(len(digits) - len(digits.rstrip("0")), len(digits) - 1, 3)
        half = 0.5 * 10**zeros if number >= 1000 else 0.5
    if not number or half / number > MOST_PART_SPREAD:
        return 0.0  # '1 million' would be anything from 0.5 to 1.5 million: taken as written
    return half * (value / number)


def _bound(claim: Found) -> str:
    """'more than ' for a figure the text gives as a least, 'less than ' as a most, else ''."""
    qualifier = claim.value.get("qualifier", "exact")
    return "more than " if qualifier in AT_LEAST else "less than " if qualifier in AT_MOST else ""


def _values(claim: Found, value: float, doc: Document) -> tuple[float, float]:
    return bounds(value, claim.value.get("qualifier", "exact"), _spread(claim, value, doc))


def _result(net: _Net, came: Found, went: Found, doc: Document) -> CheckResult:
    first, second = (went, came) if net.out_first else (came, went)
    expected = first.value["number"] - second.value["number"]
    stated = net.number
    # each figure as the values it stands for: rounded, hedged, or open on one side for a
    # bound ('more than 1 million arrived' nets anything from 1 million less what left, up)
    first_low, first_high = _values(first, first.value["number"], doc)
    second_low, second_high = _values(second, second.value["number"], doc)
    net_low, net_high = _values(net.claim, stated, doc)
    ok = first_low - second_high <= net_high and net_low <= first_high - second_low
    currency = net.kind[1]
    up = _bound(first) == "more than " or _bound(second) == "less than "
    down = _bound(first) == "less than " or _bound(second) == "more than "
    result = ("more than " if up else "less than ") if up != down else ""
    arithmetic = (
        f"{_bound(first)}{amount(first.value['number'], currency)} - "
        f"{_bound(second)}{amount(second.value['number'], currency)} = "
        f"{result}{amount(expected, currency)}"
    )
    said = _bound(net.claim) + amount(stated, currency)
    if ok:
        rounded = ""
        if stated != expected and not (up or down or _bound(net.claim)):
            rounded = ", within the rounding of the figures"
        message = f"The net figure agrees: {arithmetic}; the text says {said}{rounded}."
    else:
        message = f"The text gives a net figure of {said}, but {arithmetic}."
    ids = tuple(c.id for c in sorted((net.claim, came, went), key=lambda c: c.start))
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)
