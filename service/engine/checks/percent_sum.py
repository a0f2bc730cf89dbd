"""percent_sum: shares of one whole stated together add up to no more than 100%."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from ..document import Document, Found
from ..rules.phrases import TIME_BEFORE, is_plural, qualifier_before
from .result import CheckResult
from .tolerance import AT_LEAST, AT_MOST, allowance, figure, rounding

CODE = "percent_sum"
DESCRIPTION = (
    "Shares of one whole stated together in a sentence, as a list (a poll, a result, a "
    "breakdown: 'Labour on 40%, the Conservatives on 25% and Reform on 15%'), add up to at "
    "most 100%, and to about 100% when one of them is the rest ('and the rest, 40%'); "
    "it is silent where the text says the answers overlap ('could choose more than one', "
    "'two questions', 'worried about ... and about ...') or one share holds another ('wind "
    "alone', 'own two or more'), "
    "and for shares of two wholes, groups or places ('62% among young voters and 71% among "
    "pensioners', '45% of the vote in Scotland and 60% in "
    "Wales', '60% said yes and 55% of those over 65', 'The vote share was 34%, while its seat "
    "share was 63%'), one measure at two times ('52%, 8 points lower than the 60% in "
    "2019', '1.1% this year and 2% next year'), answers to two questions ('60% backed the "
    "plan and 55% opposed tax rises', '91% said prices had risen, and 64% said they were "
    "cutting back', '...; asked about schools, 40% said') or a share among another ('64% "
    "backed it, including 40% who ...')."
)
TOLERANCE = (
    "the rounding of each share as written, added up ('40%' +/-0.5 each), 5% of a hedged one "
    "('some 45%'); a least share ('more than 40%') counts as written, and a share with a most "
    "('less than 1%') adds anything from none to it"
)

# A share of a whole: 'X% of the vote', 'on X%', 'with X%', 'X% from gas'
_SHARE_WORDS = """vote votes poll polls share shares seats support respondents electricity power
    energy turnout market budget spending population voters households generated produced
    supplied backed chose said supported opposed survey surveyed asked agreed
    disagreed""".split()
_SHARE_CONTEXT = re.compile(rf"\b(?:{'|'.join(_SHARE_WORDS)})\b", re.IGNORECASE)
_SHARE_TRIGGERS = frozenset(_SHARE_WORDS)
_TURNOUT_BEFORE = re.compile(r"\bturnout\s+(?:of|was|is|at|stood\s+at|reached)\s+$", re.I)
_JOINER = re.compile(r",|\band\b|\bcompared\s+with\b|\bwhile\b|\bagainst\b|\bversus\b", re.I)
# between two figures, these make them something other than shares of one whole
_NOT_SHARES = re.compile(
    r"\b(?:turnout|of\s+whom|of\s+those|of\s+them|including|last\s+year|previous\s+year|"
    r"year\s+before|"
    r"a\s+year\s+ago|earlier|before|since|in\s+(?:19|20)\d\d|up\s+from|down\s+from|rate|alone|"
    r"inflation|growth|interest)\b"
    # '...; asked about schools, 40% said': the answers to another question
    r"|[;:]\s*(?:when\s+)?asked\b",
    re.IGNORECASE,
)
_THEN_AFTER = re.compile(
    rf"\s+(?:{TIME_BEFORE}|of\s+(?:19|20)\d\d\b|last\s+time|previously)", re.IGNORECASE
)
# a share of everyone, set against one of a part: '60% in the capital, compared with 45% nationally'
_ACROSS_ALL = re.compile(
    r"\s+(?:nationally|nationwide|overall|elsewhere|across\s+the\s+(?:country|UK|nation)"
    r"|in\s+the\s+(?:country|UK|nation)\s+as\s+a\s+whole)\b",
    re.IGNORECASE,
)
_AT_A_TIME = re.compile(r"\s+(?:this|next|last)\s+(?:year|month|quarter|week)\b", re.I)
_OVERLAPPING = re.compile(
    r"\b(?:more\s+than\s+one\s+(?:answer|option|response|choice|reason)|multiple\s+"
    r"(?:answers|options|responses|choices)|(?:choose|pick|select|give|name)\s+(?:more\s+than\s+"
    r"one|several|any\s+number)|add\s+up\s+to\s+more\s+than\s+100"
    # 'asked two questions', 'worried about energy bills and ... about food prices'
    r"|(?:two|three|four|separate|different)\s+questions|worried|concerned|anxious)\b",
    re.IGNORECASE,
)
_PLACE = r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
_IN_PLACE = re.compile(_PLACE)
_PLACE_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s+" + _PLACE)  # '60% (of it) in Wales'
# a verb in the past after a share (past its brackets: 'Nine in 10 (91%) said'), and what it
# acts on, up to the end of the clause
_ANSWER = re.compile(
    r"\)?\s+(?P<verb>[a-z]+ed|said|chose|thought|felt|wanted)\s+"
    r"(?P<object>[\w'’-]+(?:\s+[\w'’-]+){0,6}?)(?=\s*(?:[,.;:!?]|\band\b|\bwhile\b|\bbut\b|$))",
)
_PRONOUNS = frozenset("it them this that so".split())
_SAYING = frozenset("said thought felt".split())
# a share of a part of those asked: '55% of those over 65' (not 'of those polled': everyone)
_OF_A_SUBGROUP = re.compile(
    r"\s+of\s+(?:those|them|these)\b(?!\s+(?:polled|surveyed|asked|questioned|interviewed|"
    r"who\s+(?:responded|answered|took\s+part|voted)))",
    re.IGNORECASE,
)
# what a share is a share of, named right before it: 'its seat share was ', 'vote share of '
_MEASURE_BEFORE = re.compile(
    r"\b(?P<measure>[a-z]+)\s+share\s+(?:(?:was|is|of|at|stood\s+at|fell\s+to|rose\s+to)\s+)?$",
    re.IGNORECASE,
)
_MEASURE_REACH = 40
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?P<whole>[\w'’-]+)")
# a group a share is of: '62% among young voters', 'Among men, 62% ...'
_AMONG = r"\bamong\s+(?:the\s+)?(?P<whole>[\w'’-]+)"
_AMONG_AFTER = re.compile(r"\s+" + _AMONG, re.IGNORECASE)
_AMONG_BEFORE = re.compile(_AMONG, re.IGNORECASE)
_AMONG_REACH = 80  # characters back from a share to its group: 'Support among 18 to 24s was'
# a group a share is given for: '60% among women, compared with 45% for men'
_FOR_GROUP = re.compile(r"\s+for\s+(?:the\s+)?(?P<whole>[\w'’-]+)", re.IGNORECASE)
# a share that holds the ones after it: '70% own a car, and 45% own two or more'
_CUMULATIVE = re.compile(r"[^,.;:]{0,40}?\b(?:or\s+more|at\s+least|more\s+than\s+one)\b", re.I)
# 'the rest', 'the remaining', 'the remainder', 'all the others'
_WHOLE_WORDS = ["rest", "remaining", "remainder", "others"]
_WHOLE = re.compile(rf"(?:{'|'.join(_WHOLE_WORDS)})\b", re.IGNORECASE)
_WHOLE_TRIGGERS = frozenset(_WHOLE_WORDS)
_REST_REACH = 16  # characters between 'the rest' and its share: 'the rest, about 40%'


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    by_sentence: dict[tuple[int, int], list[Found]] = {}
    for claim in claims:
        if claim.type == "percentage" and not claim.value["points"]:
            by_sentence.setdefault(doc.sentence_bounds(claim.start), []).append(claim)
    dates = [c.start for c in claims if c.type == "date"]
    for (s_start, s_end), shares in by_sentence.items():
        # '52% backed Leave and 48% Remain, on a turnout of 72%': the turnout is no answer
        shares = [share for share in shares if not _turnout(share, doc)]
        if len(shares) < 2 or all(s.value["qualifier"] in AT_MOST for s in shares):
            continue  # 'fewer than 10%' adds anything from none to 10%
        if not doc.keywords(_SHARE_CONTEXT, _SHARE_TRIGGERS).within(s_start, s_end):
            continue
        if not all(_listed(a, b, doc, dates) for a, b in pairwise(shares)):
            continue  # not stated together as parts of one whole
        if _more_than_one_answer(doc, s_start):
            continue  # 'respondents could choose more than one answer': shares that overlap
        wholes = doc.keywords(_WHOLE, _WHOLE_TRIGGERS).within(s_start, s_end)
        starts = [share.start for share in shares]
        result = _sum(shares, doc, any(_given_a_share(w, shares, starts) for w in wholes))
        if result is not None:
            yield result


def _turnout(share: Found, doc: Document) -> bool:
    """A turnout ('on a turnout of 72%', 'Turnout was 72%'): the share of those who voted, of
    whom the other shares are parts."""
    lead = qualifier_before(doc.text, share.start)[1]
    return bool(_TURNOUT_BEFORE.search(doc.text, max(0, lead - 24), lead))


def _given_a_share(whole: re.Match[str], shares: list[Found], starts: list[int]) -> bool:
    """'the rest, 40%', 'the remaining 40%', '40% to the others': the rest is one of the listed
    shares (in text order, starting at `starts`), so together they are the whole. A rest with
    no figure ('45% expected to raise prices, 10% to cut them and the rest no change') leaves
    an unstated share: they need only fit within 100%."""
    after = bisect_left(starts, whole.end())
    if after < len(shares) and shares[after].start - whole.end() <= _REST_REACH:
        return True
    before = bisect_left(starts, whole.start()) - 1
    return before >= 0 and 0 <= whole.start() - shares[before].end <= _REST_REACH


def _more_than_one_answer(doc: Document, s_start: int) -> bool:
    """The sentence, or the one after it, says the answers overlap: 'respondents could choose
    more than one', 'multiple answers were allowed'."""
    start, end = doc.around(s_start, before=0, after=1)
    return bool(_OVERLAPPING.search(doc.text, start, end))


def _listed(first: Found, second: Found, doc: Document, dates: list[int]) -> bool:
    """Two shares stand in one list: joined by a comma, 'and', 'compared with'..., with no
    date or time phrase between them (that would be one measure in two periods)."""
    between = doc.text[first.end : second.start]
    if not _JOINER.search(between) or _NOT_SHARES.search(between):
        return False
    if _shares_of_other_wholes(first, second, doc) or _other_questions(first, second, doc):
        return False
    if _THEN_AFTER.match(doc.text, second.end):
        return False  # '52%, 8 points lower than the 60% in 2019': one measure, two times
    if _ACROSS_ALL.match(doc.text, second.end) or _ACROSS_ALL.match(doc.text, first.end):
        return False  # '60% in the capital, compared with 45% nationally': a part and all
    if _CUMULATIVE.match(doc.text, second.end):
        return False  # '70% own a car, and 45% own two or more': the second is in the first
    if _OF_A_SUBGROUP.match(doc.text, second.end) or _other_measures(first, second, doc):
        return False  # '60% said yes and 55% of those over 65 said no'; 'vote share ... seat share'
    if _AT_A_TIME.match(doc.text, first.end) and _AT_A_TIME.match(doc.text, second.end):
        return False  # 'growth of 1.1% this year and 2% next year'

    return not any(first.end <= d < second.start for d in dates)


def _other_measures(first: Found, second: Found, doc: Document) -> bool:
    """'The vote share was 34% for Labour, while its seat share was 63%': each share is named
    a share of another thing right before it."""
    text = doc.text
    named = [
        _MEASURE_BEFORE.search(text, max(0, share.start - _MEASURE_REACH), share.start)
        for share in (first, second)
    ]
    return bool(
        named[0]
        and named[1]
        and named[0].group("measure").lower() != named[1].group("measure").lower()
    )


def _other_questions(first: Found, second: Found, doc: Document) -> bool:
    """'60% backed the plan and 55% opposed tax rises': each share with a verb and an object of
    its own answers another question ('60% backed the plan and 30% opposed it', '45% said yes
    and 40% said no', '40% backed Labour and 30% backed the Tories' answer one). So does each
    said, thought or felt clause that opens its own way ('91% said prices had risen, and 64%
    said they were cutting back'; '40% said they would vote Labour and 30% said they would
    vote Reform' answer one)."""
    text = doc.text
    one = _ANSWER.match(text, first.end, second.start)
    other = _ANSWER.match(text, second.end, doc.sentence_bounds(second.start)[1])
    if one is None or other is None:
        return False
    verbs = one.group("verb").lower(), other.group("verb").lower()
    objects = [" ".join(m.group("object").lower().split()) for m in (one, other)]
    if any(o.split()[0] in _PRONOUNS for o in objects):
        return False  # '70% said the plan was good and 45% said it was not'
    if verbs[0] == verbs[1] and verbs[0] in _SAYING:
        clauses = [o.split() for o in objects]
        return all(len(c) >= 3 for c in clauses) and clauses[0][:2] != clauses[1][:2]
    return verbs[0] != verbs[1] and objects[0] != objects[1]


def _shares_of_other_wholes(first: Found, second: Found, doc: Document) -> bool:
    """'57% of the average adult's diet, and 65% of children's', '62% among young voters and
    71% among pensioners', 'Among men, 62% backed it, compared with 71% of women', '60% among
    women, compared with 45% for men': each names its own whole or group; '45% of the vote in
    Scotland and 60% in Wales': each is in its own place."""
    s_start, s_end = doc.sentence_bounds(first.start)
    of_first = _whole_of(doc, first, s_start, second.start)
    of_second = _whole_of(doc, second, of_first.end() if of_first else first.end, s_end)
    wholes = [m.group("whole").lower() if m else "" for m in (of_first, of_second)]
    if bool(wholes[0]) != bool(wholes[1]):  # '60% among women, compared with 45% for men'
        named = _FOR_GROUP.match(doc.text, (second if wholes[0] else first).end)
        group = named.group("whole").lower() if named else ""
        if is_plural(group):
            wholes = [wholes[0] or group, wholes[1] or group]
    return bool(wholes[0] and wholes[1] and wholes[0] != wholes[1]) or _in_other_places(
        first, second, doc
    )


def _whole_of(doc: Document, share: Found, lo: int, hi: int) -> re.Match[str] | None:
    """What the share is named a share of (group 'whole'): 'of ...' or 'among ...' right after
    it (before `hi`), else the last 'among ...' between `lo` and it, within reach."""
    text = doc.text
    after = _OF_WHOLE.match(text, share.end, hi) or _AMONG_AFTER.match(text, share.end, hi)
    if after is None:
        lo = max(lo, share.start - _AMONG_REACH)
        after = next(reversed(list(_AMONG_BEFORE.finditer(text, lo, share.start))), None)
    return after


def _in_other_places(first: Found, second: Found, doc: Document) -> bool:
    """A place named between two shares ('in Scotland and') is the first one's when another
    follows the second ('... 60% in Wales'), and the second one's when another comes before the
    first ('in Scotland, where 62% backed Remain, and in Northern Ireland, where 56% did')."""
    text = doc.text
    between = [m.group("place") for m in _IN_PLACE.finditer(text, first.end, second.start)]
    if not between:
        return False
    after = _PLACE_AFTER.match(text, second.end)
    if after is not None:
        return after.group("place") != between[-1]
    s_start, _ = doc.sentence_bounds(first.start)
    before = [m.group("place") for m in _IN_PLACE.finditer(text, s_start, first.start)]
    return bool(before) and before[-1] != between[-1]


def _sum(shares: list[Found], doc: Document, whole: bool) -> CheckResult | None:
    """The shares add up to at most 100%, within the rounding of each ('some 45%' within 5% of
    it); to about 100% when they make the whole, unless one is only a least share ('more than
    40%'). A share with a most ('less than 1%') adds none to it; None when they may or may
    not fit, by where such a share lies."""
    most = sum(s.value["number"] for s in shares)
    # 'less than 1%' adds anything from none to 1%
    total = sum(s.value["number"] for s in shares if s.value["qualifier"] not in AT_MOST)
    tolerance = sum(allowance(doc, s, s.value["number"]) if s.value["qualifier"] == "about"
                    else rounding(doc, s) for s in shares)  # fmt: skip
    whole = whole and not any(s.value["qualifier"] in AT_LEAST for s in shares)
    listed = " + ".join(_written(s, doc) for s in shares)
    added = f"{figure(round(total, 4))}%"
    if most != total:
        added = f"{figure(round(total, 4))}% to {figure(round(most, 4))}%"
    arithmetic = f"{listed} = {added}"
    ids = tuple(s.id for s in shares)
    if total > 100 + tolerance:
        return CheckResult(
            CODE, "inconsistent", f"Shares of one whole exceed 100%: {arithmetic}.", ids
        )
    if most > 100 + tolerance:
        return None  # 'Fewer than 60% said yes and 45% said no': 45% to 105%, either way
    if whole and most < 100 - tolerance:
        message = f"The shares are said to make up the whole, but {arithmetic}, not 100%."
        return CheckResult(CODE, "inconsistent", message, ids)
    return CheckResult(CODE, "consistent", f"The shares fit within 100%: {arithmetic}.", ids)


def _written(share: Found, doc: Document) -> str:
    """'40%', or a bound as the text writes it: 'less than 1%', 'more than 40%'."""
    if share.value["qualifier"] in AT_LEAST or share.value["qualifier"] in AT_MOST:
        return " ".join(doc.text[share.start : share.end].split())
    return f"{figure(share.value['number'])}%"
