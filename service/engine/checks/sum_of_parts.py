"""sum_of_parts: parts listed with a stated total ('12 injured and 3 killed, 15 casualties in
all', '60 members: 35 Labour, 15 Conservative and 8 Green') add up to it."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from itertools import pairwise, takewhile

from ..document import Document, Found
from ..rules.phrases import (
    NET_BEFORE,
    NET_REACH,
    PREPOSITIONS,
    THE_REST_BEFORE,
    is_plural,
    qualifier_before,
)
from .result import CheckResult
from .tolerance import (
    AT_LEAST,
    AT_MOST,
    MOST_PART_SPREAD,
    amount,
    bounds,
    figure,
    relative_rounding_within,
)

CODE = "sum_of_parts"
DESCRIPTION = (
    "Counts listed together with a stated total in the same sentence ('12 were injured and 3 "
    "killed, a total of 15 casualties'; '60 members: 35 Labour, 15 Conservative and 8 Green'; "
    "'Of the 20 players, 12 were English, 5 Scottish and 4 Welsh'; '250 flood warnings, with 133 "
    "in England and 117 in Wales'; a committee split by its vote, 'seven of the nine members "
    "voting to hold and two voting for a cut') add up to the total; so do "
    "sums of money in one currency ('$61bn for Ukraine, $26bn for Israel and $8bn for Taiwan, a "
    "total of $95bn'; 'The $95bn package includes ...'; 'Of the £10bn, £6bn will go to ...'; "
    "'£26bn of tax rises, with £8bn from ..., £6bn from ... and £12bn from ...')."
)
TOLERANCE = (
    "none for exact counts; 5% of the total when any figure is hedged ('about 500'); a bound "
    "is one-sided ('fewer than 500' adds none to 500, 'more than 500' 500 or more). A "
    "breakdown after the whole may leave parts out: it disagrees only when its parts exceed "
    "the whole, unless its "
    "last part is 'the remaining' or 'the other' ones, when the parts must make the whole. Sums "
    "of money may also be off by the rounding of each figure as written ('$61bn' is $60.5bn to "
    "$61.5bn), except a figure whose rounding would exceed 5% of it ('$8bn'), taken as written"
)

_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|totalling|making)\s+$", re.I
)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
_TOTAL_WORD = re.compile(r"total|altogether|making|\ball\b", re.IGNORECASE)  # in either
_JOINED = re.compile(r"^(?:[^.;:]*?)(?:,\s*|\s+and\s+)$")
# '60 members: 35 Labour, ...' breaks the whole down, as does '170 people caught Covid: 162 ...'
_COLON = re.compile(r"(?P<words>(?:\s+(?!(?:and|or|but)\b)[A-Za-z][\w'’-]*){1,3})?\s*:\s*")
# 'The 12 jurors - seven women and five men -', 'The 25-strong squad includes 12 players ...'
_COUNT_BROKEN_DOWN = re.compile(
    r"(?P<words>)(?:\s+(?P<dash>[–—-])|\s+(?:includes|included|include|comprises|comprised))\s+",
    re.IGNORECASE,
)
# the aside closes: '... five men - took', '... and five men.'
_DASH_CLOSES = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,3}\s+[–—-]\s|\s*[.;]")
# '250 flood warnings across England and Wales, with 133 ...'
_WITH = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,5},\s*with\s+")
_IN_A_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
# after a sum of money, the words that break it down: 'The $95bn package includes ', '£40bn: '
_BROKEN_DOWN = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|from|to|than)\b)[\w'’-]+){0,3}?(?:\s*:|,?\s+(?:includes|"
    r"including|comprises|comprising|is\s+made\s+up\s+of|is\s+split\s+(?:into|between)|"
    r"of\s+which))\s+",
    re.IGNORECASE,
)
# '£26bn of tax rises, with £8bn from ...': no word that gives the whole a use of its own
# ('spent £5m on roads, with £3m on schools' lists another sum)
_MONEY_WITH = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|from|to|for|on|in|than)\b)[\w'’-]+){0,3}?,\s*with\s+",
    re.IGNORECASE,
)
# where each part of a sum broken down after 'with' comes from or goes: '£8bn from pensions';
# not a price for whom it is paid ('Tickets cost £50, with £30 for children and £25 for
# students' are prices, no parts of one)
_FROM_OR_FOR = re.compile(
    r"\s+(?:(?:coming|going)\s+)?(?:from|to|on|for(?!\s+(?:each|every|an?|one|per|under|over|"
    r"children|kids|adults|students|pensioners|seniors|members|non-members|families|couples|"
    r"concessions|visitors|residents|under-\d+s|over-\d+s)\b))\b",
    re.IGNORECASE,
)
# a sentence that opens with its whole: 'Of the £10bn, ', 'Of its £2bn budget, '
_OF_LEAD = re.compile(r"[\"“‘']?of\s+(?:the|this|that|its|their)\s+", re.IGNORECASE)
_LEAD_ENDS = re.compile(r"(?:\s+(?!(?:and|or|but|to|for)\b)[\w'’-]+){0,3}?,\s*", re.IGNORECASE)
# between two sums, words that start another clause: '£10bn of cuts, while spending of £20bn'
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though|compared|than)\b", re.I)
_CLOSE = re.compile(r"[^.;:]{0,40}")  # between the last part and the total after it
# what a count before a colon may count: the items listed after it, not a total they make
_ITEMS = frozenset(
    """numbers figures things reasons points facts changes issues questions problems ways
    lessons statistics stats measures findings takeaways trends""".split()
)
# the word that tells a part apart, past its 'of them': ' of them in the UK' -> 'in'
_TRAIT = re.compile(r"(?:\s+of\s+(?:them|whom|which|those))?\s+(?P<word>[A-Za-z]+)", re.I)
# a part of a committee by its vote: ' voted to hold', ' voting for a cut', ' backed it'
_VOTE_VERB = r"(?:voted|voting|backed|backing|opposed|opposing|abstained|abstaining)\b"
_VOTED = re.compile(rf"(?:\s+[a-z]+){{0,2}}?\s+{_VOTE_VERB}", re.IGNORECASE)
# after the first, the verb may be left out: '..., and two to acquit'
_VOTED_OR_GAPPED = re.compile(
    rf"(?:\s+[a-z]+){{0,2}}?\s+(?:{_VOTE_VERB}|(?:to|for|against)\b)", re.I
)
_MOST_PARTS = 20  # a sentence with more counts before its total is no list of its parts
_WHOLE_REACH = 8  # counts back to the whole a part is of


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    counts = [c for c in claims if c.type == "count" and not c.value["vague"]]
    totals = _TOTAL_WORD.search(doc.text) is not None  # no total can be said without one
    for index, total in enumerate(counts):
        if not totals or not _is_total(total, doc):
            continue
        parts = _parts_before(counts, index, doc.sentence_bounds(total.start)[0])
        if parts is None or len(parts) < 2 or not _listed(parts, doc):
            continue
        yield _compare(parts, total)
    yield from _broken_down(counts, doc)
    yield from _sums_of_money(claims, doc)


def _parts_before(counts: list[Found], index: int, s_start: int) -> list[Found] | None:
    """The counts before `counts[index]` in its sentence, in order, that are not parts of a
    stated whole; None when the sentence holds more counts before it than a list of parts
    does (so that a sentence of a megabyte costs no more per total)."""
    earlier = [c for c in counts[max(0, index - _MOST_PARTS - 1) : index] if c.start >= s_start]
    if len(earlier) > _MOST_PARTS:
        return None
    return [c for c in earlier if c.value["of"] is None]


def _broken_down(counts: list[Found], doc: Document) -> Iterator[CheckResult]:
    """A whole stated first, then its parts: after a colon ('60 members: 35 Labour, 15
    Conservative and 8 Green'), or led by 'Of the 20 players, 12 were English, 5 ...'."""
    starts = [c.start for c in counts]
    listed_end = -1  # where the last list of parts ends: a part in it starts no list of its own
    text = doc.text
    colons, withs = ":" in text, "with" in text  # each pattern needs its own; most texts have both
    for index, first in enumerate(counts):
        colon = (colons and _COLON.match(text, first.end)) or _COUNT_BROKEN_DOWN.match(
            text, first.end
        )
        with_ = colon is None and withs and _WITH.match(text, first.end)
        if (colon or with_) and _a_net(first, doc):
            continue  # 'Net emigration was 50,000: 300,000 arrived and 350,000 left' (net_balance)
        if colon and (_right_after(colon, counts, index) or not colon.group("words")):
            s_end = doc.sentence_bounds(first.start)[1]
            whole, parts = first, _listed_after(counts, index + 1, s_end, doc)
            dash = colon.groupdict().get("dash")
            if dash and parts and not _DASH_CLOSES.match(doc.text, parts[-1].end):
                continue  # '2 people dead - 40,000 homes lost power and ...': no aside of parts
            if _enumerates(whole, parts):
                continue  # 'Two numbers stand out: 7.6 million waiting and 300,000 ...'
        elif with_ and _right_after(with_, counts, index):
            # '250 flood warnings across England and Wales, with 133 in England and 117 in
            # Wales': parts of the whole by place ('with 40 injured' counts others; 'Labour
            # won 412 seats, with 121 for the Conservatives' is no part of Labour's)
            whole = first
            listed = _listed_after(counts, index + 1, doc.sentence_bounds(first.start)[1], doc)
            parts = list(takewhile(partial(_in_a_place, whole=whole, doc=doc), listed))
        elif first.value["of"] is not None and first.start >= listed_end:
            s_start, s_end = doc.sentence_bounds(first.start)
            whole = _whole_of(counts, index, counts[bisect_left(starts, s_start)])
            parts = [first, *_listed_after(counts, index + 1, s_end, doc, after=first)]
            if whole is None and first.links.get("result"):
                whole = _games_after(counts, index, parts)  # 'won 20, ... of their 28 games'
        else:
            continue
        voting = _voting(parts, doc)
        if whole is None and voting:  # (only a part of a whole can leave it None)
            whole = _whole_within(first)  # 'Seven of the nine members voted to hold and'
        if whole is None or len(parts) < 2:
            continue
        # 'while the remaining 700,000 were ...': the last part is all the rest of the whole;
        # so is a record's last result when it gives wins, draws and defeats
        rest = _is_the_rest(parts[-1], doc) or _full_record(parts)
        # members who voted one way and members who voted another are not the same ones
        if not rest and len(parts) < 3 and not _results(parts) and not voting:
            # two parts of one whole may overlap ('Of those victims, 99 were aged 16 to 24 and
            # 57 were teenagers'): a part stated as of the whole joins only a list of three;
            # games won and games lost do not overlap
            parts = [parts[0], *takewhile(lambda part: part.value["of"] is None, parts[1:])]
            if len(parts) == 2 and not _parallel(parts, doc):
                continue  # '150,000 of them for export, and 120,000 electric': other traits
        if len(parts) >= 2:
            listed_end = parts[-1].end
            yield _compare(parts, whole, complete=rest)


def _voting(parts: list[Found], doc: Document) -> bool:
    """Each part is of those who voted one way: 'seven of the nine members voted to hold and
    two voted for a cut', 'Of the 12 jurors, ten voted to convict and two to acquit'."""
    text = doc.text
    return (
        len(parts) >= 2
        and _VOTED.match(text, parts[0].end) is not None
        and all(_VOTED_OR_GAPPED.match(text, part.end) for part in parts[1:])
    )


def _whole_within(part: Found) -> Found:
    """The whole written inside a part's own claim ('Seven of the nine members'), as a count of
    its own with the part's id, so that the check names the claim it is written in."""
    value = {**part.value, "number": part.value["of"], "of": None, "qualifier": "exact"}
    return replace(part, value=value)


def _parallel(parts: list[Found], doc: Document) -> bool:
    """Two parts told apart alike: where a preposition follows the first ('3,000 of them in the
    UK'), the same one follows the second ('and 4,000 in Europe'), not another trait ('and
    120,000 electric')."""
    text = doc.text
    first = _TRAIT.match(text, parts[0].end)
    if first is None or first.group("word").lower() not in PREPOSITIONS:
        return True
    second = _TRAIT.match(text, parts[1].end)
    return second is not None and second.group("word").lower() == first.group("word").lower()


def _games_after(counts: list[Found], index: int, parts: list[Found]) -> Found | None:
    """The games a record is of, written right after it: '28 league games' in 'won 20, drawn
    five and lost three of their 28 league games'."""
    after = index + len(parts)
    if after < len(counts) and counts[after].value["number"] == parts[0].value["of"]:
        return counts[after]
    return None


def _results(parts: list[Found]) -> set[str]:
    """The results a record's parts give, each once ('won', 'drawn', 'lost'); none when a
    part is no result or two give the same."""
    results = {p.links.get("result") for p in parts}
    return results if None not in results and len(results) == len(parts) else set()


def _full_record(parts: list[Found]) -> bool:
    """Games won, drawn and lost, all of them: together they are every game played."""
    return _results(parts) >= {"won", "drawn", "lost"}


def _in_a_place(part: Found, whole: Found, doc: Document) -> bool:
    """A part that counts what the whole counts, in a place: '133 in England'."""
    entity = part.value["entity"]
    return (
        entity is not None
        and entity == whole.value["entity"]
        and _IN_A_PLACE.match(doc.text, part.end) is not None
    )


def _right_after(colon: re.Match[str], counts: list[Found], index: int) -> bool:
    """Whether the count after `counts[index]` starts right after `colon`: a whole with words
    between it and its colon ('170 people caught Covid: 162 ...') is broken down at once."""
    return index + 1 < len(counts) and counts[index + 1].start == colon.end()


def _whole_of(counts: list[Found], index: int, lead: Found) -> Found | None:
    """The whole `counts[index]` is a part of: the count that opens its sentence ('Of the 20
    players'), or else the count before with the figure the part is of ('About 1.2 million
    people arrived. Of those who arrived, 1.05 million ...')."""
    part = counts[index]
    if lead is not part and lead.value["of"] is None and _same_whole(lead, part):
        return lead
    for earlier in reversed(counts[max(0, index - _WHOLE_REACH) : index]):
        if earlier.value["number"] == part.value["of"] and earlier.value["of"] is None:
            return earlier
    return None


def _same_whole(lead: Found, part: Found) -> bool:
    """The count opening the sentence is the whole `part` is of: the same figure ('Of the 20
    players, 12 of the 20 ...'), or the same noun ('With all 650 seats declared, Labour had won
    411 of the 650 seats'), so that a whole written with two different figures is still
    checked against the first."""
    if lead.value["number"] == part.value["of"]:
        return True
    entity, of_entity = lead.value["entity"], part.value["entity"]
    return bool(entity and of_entity and entity.lower() == of_entity.lower())


def _listed_after(
    counts: list[Found], index: int, s_end: int, doc: Document, after: Found | None = None
) -> list[Found]:
    """The counts from `index` on, in the sentence, that stand listed one after another (and
    after `after`); each is a count of its own or a part of the whole `after` is a part of."""
    run: list[Found] = []
    whole = after.value["of"] if after is not None else None
    for later in range(index, len(counts)):  # by index: a slice would copy the rest each time
        if len(run) >= _MOST_PARTS:
            break  # bounded: a sentence of a megabyte of parts costs no more per whole
        count = counts[later]
        previous = run[-1] if run else after
        if count.start >= s_end or count.value["of"] not in (None, whole):
            break
        if count.links.get("left"):
            break  # '..., leaving 2,000 people': what a part leaves, no part of the list
        if whole is not None and _other_things(count, after, whole):
            break  # 'Of the 300 homes, 40 were flooded, with 2,000 people without power'
        if previous is not None and not _listed([previous, count], doc):
            break
        run.append(count)
    return run


def _other_things(count: Found, part: Found, whole: float) -> bool:
    """Whether `count`, larger alone than the whole `part` is of, names plural things of its
    own: it counts something else ('2,000 people' after '40 of the 300 homes'), where a part
    that names none ('50 Scottish') is still a part, and too large."""
    entity, of_entity = count.value["entity"], part.value["entity"]
    if count.value["number"] <= whole or not entity or not of_entity:
        return False
    head = entity.split()[-1]
    return head.islower() and is_plural(head) and head != of_entity.split()[-1].lower()


def _sums_of_money(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    """Sums of money in one currency listed with their total in a sentence: after it ('$61bn
    for Ukraine, $26bn for Israel and $8bn for Taiwan, a total of $95bn'), or a whole broken
    down after it ('The $95bn package includes $61bn for Ukraine, ...'), which may leave parts
    out unless its last part is the rest."""
    money = [c for c in claims if c.type == "money" and c.value["upper"] is None]
    for index, whole in enumerate(money):
        s_start, s_end = doc.sentence_bounds(whole.start)
        if _is_total(whole, doc):
            parts = _money_run(money, index, s_start, doc, step=-1)
            complete = True
        elif _BROKEN_DOWN.match(doc.text, whole.end, s_end) or _sum_leads(whole, s_start, doc):
            if _a_net(whole, doc):
                continue  # 'The scheme's net cost is £2bn: £5bn of spending, offset by £3bn ...'
            parts = _money_run(money, index, s_end, doc, step=1)
            complete = bool(parts) and _is_the_rest(parts[-1], doc)
        elif with_ := _MONEY_WITH.match(doc.text, whole.end, s_end):
            parts = _parts_with(money, index, with_.end(), s_end, doc)
            complete = bool(parts) and _is_the_rest(parts[-1], doc)
        else:
            continue
        if len(parts) >= 2:
            yield _compare_money(parts, whole, doc, complete)


def _parts_with(money: list[Found], index: int, at: int, s_end: int, doc: Document):
    """'£26bn of tax rises, with £8bn from a freeze on thresholds, £6bn from pensions and £12bn
    from other measures': the sums listed right after 'with', each said to come from or go to
    something ('with £3bn more from ...' or 'with revenue of £10bn' breaks nothing down)."""
    if _a_net(money[index], doc):
        return []
    run = _money_run(money, index, s_end, doc, step=1)
    if not run or qualifier_before(doc.text, run[0].start)[1] != at:
        return []
    return list(takewhile(lambda part: _FROM_OR_FOR.match(doc.text, part.end), run))


def _sum_leads(whole: Found, s_start: int, doc: Document) -> bool:
    """'Of the £10bn, £6bn will go to schools and ...': the sentence opens with the whole."""
    text = doc.text
    return bool(
        _OF_LEAD.fullmatch(text, s_start, whole.start)
        and _LEAD_ENDS.match(text, whole.end, doc.sentence_bounds(whole.start)[1])
    )


def _money_run(money: list[Found], index: int, bound: int, doc: Document, step: int):
    """The sums in the currency of `money[index]` listed one after another right before it
    (`step` -1, back to `bound`) or right after it (`step` 1, up to `bound`), in text order."""
    whole, run = money[index], []
    at = index + step
    while 0 <= at < len(money) and len(run) < _MOST_PARTS:
        part = money[at]
        if (part.start < bound if step < 0 else part.start >= bound) or (
            part.value["currency"] != whole.value["currency"]
        ):
            break
        previous = run[-1] if run else None
        pair = (part, previous) if step < 0 else (previous, part)
        if previous is not None and (
            not _listed(list(pair), doc)
            or _OTHER_CLAUSE.search(doc.text, pair[0].end, pair[1].start)
        ):
            break
        if previous is None and step < 0 and not _CLOSE.fullmatch(doc.text, part.end, whole.start):
            break  # the total right after the last part: '..., a total of $95bn'
        run.append(part)
        at += step
    return run[::-1] if step < 0 else run


def _compare_money(parts: list[Found], total: Found, doc: Document, complete: bool) -> CheckResult:
    """As _compare, within the rounding of every sum as written ('$61bn' is $60.5bn to
    $61.5bn); a sum whose rounding would be more than 5% of it ('£8m') is taken as written."""
    added = sum(p.value["number"] for p in parts)
    stated = total.value["number"]
    slack = sum(
        c.value["number"] * relative_rounding_within(doc.text, c.start, c.end, MOST_PART_SPREAD)
        for c in [*parts, total]
    )
    if any(c.value["qualifier"] == "about" for c in [*parts, total]):
        slack += 0.05 * stated
    least, most, total_low, total_high = _spans(parts, total)  # a bound is one-sided
    if complete:
        ok = least - slack <= total_high and total_low <= most + slack
    else:
        ok = least <= total_high + slack
    listed = " + ".join(doc.text[p.start : p.end] for p in parts)
    currency = total.value["currency"] or total.value["currency_name"] or ""
    summed = amount(added, currency)
    if most == math.inf:
        summed += " or more"
    elif least != most:
        summed = f"{amount(least, currency)} to {summed}"
    written = doc.text[total.start : total.end]
    if complete or (least == most and added == stated):  # a breakdown that adds up in full
        message = f"{listed} = {summed}; the stated total is {written}"
    else:
        relation = "within" if ok else "more than"
        message = f"{listed} = {summed}, {relation} the stated whole of {written}"
    # a breakdown short of its whole leaves parts out; only one past it, or a total missed,
    # is let through by the rounding
    rounded = ok and least == most and (added > stated or (complete and added != stated))
    message += ", within the rounding of the figures" if rounded else ""
    ids = (*(p.id for p in parts), total.id)
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message + ".", ids)


def _is_the_rest(part: Found, doc: Document) -> bool:
    """'..., and the remaining £2m': the last part is all the rest of the whole."""
    return bool(THE_REST_BEFORE.search(doc.text, max(0, part.start - 16), part.start))


def _enumerates(whole: Found, parts: list[Found]) -> bool:
    """Whether a whole before a colon counts the items listed after it, not what they count:
    'Two numbers stand out: ...', 'three reasons: ...', or as many parts as it says, each
    larger than it."""
    entity = whole.value["entity"] or ""
    if entity and entity.split()[-1].lower() in _ITEMS:
        return True
    number = whole.value["number"]
    return len(parts) == number and all(p.value["number"] > number for p in parts)


def _a_net(whole: Found, doc: Document) -> bool:
    """A net figure, a balance of what came in and went out, which its parts do not add up to:
    'net cost is £2bn', 'Net emigration was 50,000', 'a trade deficit of £30bn'."""
    start = max(doc.sentence_bounds(whole.start)[0], whole.start - NET_REACH)
    return (
        NET_BEFORE.search(doc.text, start, qualifier_before(doc.text, whole.start)[1]) is not None
    )


def _is_total(claim: Found, doc: Document) -> bool:
    text = doc.text
    before = _TOTAL_BEFORE.search(text, max(0, claim.start - 16), claim.start)
    return bool(before or _TOTAL_AFTER.match(text, claim.end))


def _listed(parts: list[Found], doc: Document) -> bool:
    """The parts stand together, joined by commas, 'and' or 'plus', each after at most three
    words ('..., the Conservatives 121 and the Liberal Democrats 72')."""
    return all(
        # no colon between them: it opens a breakdown of the first ('600 voted: 310 for and')
        re.fullmatch(
            r"[^.;:]{0,40}?(?:,\s*|\s+(?:and|plus)\s+)(?:\w+\s+){0,3}", doc.text[a.end : b.start]
        )
        for a, b in pairwise(parts)
    )


def _spans(parts: list[Found], total: Found) -> tuple[float, float, float, float]:
    """The least and most the parts add up to, and the least and most the total is: a bound is
    one-sided ('fewer than 500' adds anything from none to 500, 'more than 500' 500 or more)."""
    spans = [bounds(p.value["number"], p.value["qualifier"], 0) for p in parts]
    least = sum(max(0, low) for low, _ in spans)
    most = sum(high for _, high in spans)
    return least, most, *bounds(total.value["number"], total.value["qualifier"], 0)


def _with_bound(claim: Found, value: float) -> str:
    """'more than 250', 'fewer than 500', '300': a figure as the text bounds it."""
    qualifier = claim.value["qualifier"]
    words = "more than " if qualifier in AT_LEAST else "fewer than " if qualifier in AT_MOST else ""
    return f"{words}{figure(value)}"


def _compare(parts: list[Found], total: Found, complete: bool = True) -> CheckResult:
    """With `complete`, the parts are said to make the total; without, they are a breakdown
    that may leave some out, and only parts that exceed the whole disagree with it."""
    added = sum(p.value["number"] for p in parts)
    stated = total.value["number"]
    hedged = any(c.value["qualifier"] == "about" for c in [*parts, total])
    slack = 0.05 * stated if hedged else 0
    least, most, total_low, total_high = _spans(parts, total)
    if complete:
        ok = least - slack <= total_high and total_low <= most + slack
    else:
        ok = least <= total_high + slack
    listed = " + ".join(_with_bound(p, p.value["number"]) for p in parts)
    if least == most:
        came = figure(added)
    elif most == math.inf:
        came = f"{figure(least)} or more"
    else:
        came = f"{figure(least)} to {figure(most)}"
    whole = _with_bound(total, stated)
    if complete or abs(added - stated) <= slack:
        message = f"{listed} = {came}; the stated total is {whole}."
    else:
        relation = "within" if ok else "more than"
        message = f"{listed} = {came}, {relation} the stated whole of {whole}."
    # the parts, then the total: a total written in a part's own claim ('Seven of the nine
    # members') is named once, last
    ids = (*(p.id for p in parts if p.id != total.id), total.id)
    return CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)
