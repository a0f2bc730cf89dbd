"""percent_of_whole: 'X of Y (Z%)' and 'X, or Z% of Y' give a Z that agrees with 100 * X / Y."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from operator import attrgetter

from ..document import Document, Found
from ..rules.phrases import SHARE_THEN_RESTATED, head_noun, qualifier_before
from .result import CheckResult
from .tolerance import (
    APPROXIMATE,
    AT_LEAST,
    AT_MOST,
    BOUND_WORDS,
    RELATIVE_FOR_APPROXIMATE,
    allowance,
    figure,
    rounding,
    written_spread,
)

CODE = "percent_of_whole"
DESCRIPTION = (
    "A percentage stated with the part and the whole it comes from ('56 of the 125 MPs (45%)', "
    "'56 of the 125 MPs, 45%, voted', '56 MPs, or 45% of the 125', '4.1%, or one in 25 "
    "services', '40% of the 1,500 staff, or 600 people', 'The wage bill of £320m is 85% of its "
    "£376m turnover') equals 100 x part / whole; so does a "
    "fraction word of a count ('two-thirds of the 900 respondents, or 600 people'; 'More than "
    "1,000 people, about a third of the town's 3,000 residents'; '2.8 million people, one in 15 "
    "of the 42 million adults'); and so does a share restated "
    "as a part of a whole after it ('45% of MPs, or 56 of the 125'; 'One in five children, or "
    "4.3 million of the 14 million'), a fraction set off after a part of a whole ('Of the 2.1 "
    "million who applied, 1.4 million (two-thirds)'), and a rate of a counted group beside "
    "its part and whole ('Turnout was 67%, with 31,200 of the 48,000 voters'; '14 of their 20 "
    "games, a win rate of 70%'), and a share of a workforce whose size is told before ('The "
    "firm, which employs 3,400 people, will cut 450 jobs, or about 13% of its workforce')."
)
TOLERANCE = (
    "the rounding of the percentage as written ('45%' +/-0.5, '44.8%' +/-0.05); 5% of it when the"
    " percentage or its part is hedged ('about 45%', 'nearly two-thirds'), or is a ratio "
    "restating the percentage, or restated by it ('4.1%, or one in 25'; 'Half of those surveyed "
    "(51%)'); 10% of it when both the percentage and its part are hedged ('Almost 40% of the "
    "3,000 flights, about 1,100'), and for a hedged fraction ('almost a third (31%)', 'Nearly 1 "
    "in 4 (23%)'). A part or whole rounded to a scale or to thousands stands for the span its "
    "rounding allows, up to 5% of it ('1.2 million of the 2.1 million' is 53.49% to 60.98%); a "
    "whole number written out ('10 of the 12') counts exactly. A fraction word of a count rounds "
    "its share to within 5% of it, 10% when hedged ('nearly a third of the 1,500 staff - 450 "
    "people'). A bound is open on one side: 'more than 40%' agrees with any share from 40% less "
    "its rounding up, 'fewer than a third' with any up to a third (5% more when the part or whole"
    " is hedged); so is the share a bound part makes ('more than 56 of the 125' is 44.8% or more)"
)
_RELATIVE_FOR_A_HEDGED_FRACTION = 0.10
_BOUNDS = {**dict.fromkeys(AT_LEAST, "at_least"), **dict.fromkeys(AT_MOST, "at_most")}

_PAREN = re.compile(r"\s*[(–—-]\s*(?:or\s+)?$")  # 'X of Y (' or 'X - or ' before the percentage
_OR = re.compile(r",?\s+or\s+$")  # 'X, or ' before the percentage
_SET_OFF = re.compile(r",\s*")  # 'X, ' before a percentage with a comma after it
_ENDS = re.compile(r"\s*(?:[.;!?]|$)")  # the sentence or clause ends
_PARTICIPLE = re.compile(r"\s+[a-z]+ed\b")  # '23 of the 120 schools inspected, or 19%'
# 'of the 125', 'of its 12,000 staff', 'of its workforce of 12,000', 'of the town's 3,000
# residents', 'of the firm's annual revenue of £400m', 'of the average first home price of '
_OF_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[A-Za-z-]+(?:['’]s|s['’])\s+)?"
    r"(?:(?:total|annual|yearly|combined|monthly|long-term|seasonal|usual)\s+)?"
    r"(?:(?:[a-z-]+\s+){0,3}(?:workforce|staff|membership|population|revenue|turnover|budget|"
    r"income|spending|sales|profits?|costs?|bill|average|norm|capacity|price|value|salary|pay|"
    r"earnings)\s+of\s+)?"
    r"(?:[A-Za-z-]+(?:['’]s|s['’])\s+)?$",
    re.IGNORECASE,
)
# '1,200 jobs, or 10% of', '1,200 jobs, 10% of', '420 posts - about 3% of', 'The wage bill of
# £320m is 85% of', 'The fine of £12m is equivalent to 3% of', '£40m deficit, equal to 10% of',
# '... account for 3% of'
_PART_THEN_SHARE = re.compile(
    # what a sum is, or when: '£40m deficit, equal to 10% of', '£2.8bn in its first year, a
    # third of'
    r"(?:\s+[a-z][a-z-]*){0,4}?"
    r"(?:,?\s+or\s+$|,\s*(?:(?:equivalent|equal)\s+to\s+)?$|\s+-\s+$|\s*[–—]\s*$"
    r"|\s+(?:(?:is|was|are|were)(?:\s+(?:equivalent|equal)\s+to)?|represents?|represented"
    r"|amounts?\s+to|amounted\s+to|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up)\s+$)"
)
_OF_NEXT = re.compile(r"\s+of\b")
_OF_THE_TOTAL = re.compile(r"\s+of\s+the\s+(?:total|whole)\b", re.IGNORECASE)
# between a share and the count it is of: '40% of the 1,500 staff'; then the part restated
# after the whole: ', or 600 people', ' (600 people)', ' – 500 people'
_OF_COUNT = re.compile(
    r"\s+of\s+(?:(?:the|its|their|all(?:\s+the)?)\s+)?(?:[A-Za-z-]+(?:['’]s|s['’])\s+)?",
    re.IGNORECASE,
)
_RESTATED = re.compile(  # past a participle: 'of the 500 firms surveyed - 440 -'
    r"(?:\s+[a-z]+ed)?(?:,\s*(?P<or>or\s+)?|\s*(?P<open>[(–—])\s*|\s+(?P<dash>-)\s+)", re.I
)
_SHARE_NOUN = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<noun>[A-Za-z-]+)")  # '45% of (the) MPs'
_CLOSES = {"(": ")", "–": "–", "—": "—", "-": "-"}
# rates that are shares of a counted group, so that a part of a whole restates them: 'Turnout
# was 67%', 'a pass rate of 70%'; not 'interest rates', whose share is of no count
_RATE_OF_A_GROUP = (
    r"(?:(?:turnout|uptake|take-up|attendance|occupancy)(?:\s+rate)?|(?:pass|win|success|"
    r"response|completion|vaccination|survival|conviction|participation|approval|acceptance|"
    r"graduation|retention|failure|dropout|drop-out|vacancy)\s+rate)"
)
# 'Turnout was 67%, with 31,200 of the 48,000 voters', 'The pass rate was 70%: 14 of 20 pupils'
_RATE_NAMED_BEFORE = re.compile(
    rf"\b{_RATE_OF_A_GROUP}\s+(?:(?:was|is|stood\s+at|reached|of|hit|rose\s+to|fell\s+to)\s+)?$",
    re.IGNORECASE,
)
_RATE_THEN_PART = re.compile(r"\s*(?:,\s*with|:)\s+")
# '14 of their 20 league games this season, a win rate of 60%', '..., giving a turnout of 65%',
# 'of whom 1,100 passed - a pass rate of 88%'
_PART_THEN_RATE = re.compile(
    r"(?:\s+[a-z]+){0,3}?(?:,|\s+-|\s*[–—])\s*(?:or\s+)?"
    r"(?:(?:giving|making|representing)\s+)?(?:a|an)\s+"
    rf"(?:[a-z]+\s+)?{_RATE_OF_A_GROUP}\s+of\s+",
    re.IGNORECASE,
)


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for part_claim, percent, whole, wholes in _triples(claims, doc):
        expected = 100 * part_claim / whole
        bound = _BOUNDS.get(percent.value["qualifier"])
        if percent.type == "ratio":
            stated, upper, tolerance = _fraction_share(percent, wholes, doc, bound)
            written = f"'{doc.text[percent.start : percent.end]}' ({stated:.2f}%)"
        else:
            stated, upper = percent.value["number"], percent.value["upper"]
            tolerance = _percent_tolerance(percent, stated, wholes, doc, bound)
            written = figure(stated) if upper is None else f"{figure(stated)}-{figure(upper)}"
            written = f"{BOUND_WORDS.get(percent.value['qualifier'], '')}{written}%"
        top = stated if upper is None else upper  # '(40-45%)': the share may be anywhere in it
        # 'more than 40%' is any share from 40% up, 'fewer than a third' any below a third
        low = -math.inf if bound == "at_most" else stated - tolerance
        high = math.inf if bound == "at_least" else top + tolerance
        # so is the share a bound part makes: 'more than 1,000 of the 4,000' is 25% or more
        part_qualifier = _part_qualifier(wholes, part_claim)
        part_bound = _BOUNDS.get(part_qualifier)
        # '1.2 million of the 2.1 million' may be 1.15 of 2.15 million up to 1.25 of 2.05
        part_spread = written_spread(doc.text, wholes, part_claim)
        whole_spread = written_spread(doc.text, wholes, whole)
        least = expected * (1 - part_spread) / (1 + whole_spread)
        most = expected * (1 + part_spread) / (1 - whole_spread)
        ok = (part_bound == "at_least" or low <= most) and (
            part_bound == "at_most" or least <= high
        )
        bounded = BOUND_WORDS.get(part_qualifier, "")
        arithmetic = (
            f"100 x {bounded}{figure(part_claim)} / {figure(whole)} = {bounded}{expected:.2f}%"
        )
        if (part_spread or whole_spread) and not (ok and low <= expected <= high):
            arithmetic += f" ({least:.2f}% to {most:.2f}% as the figures are rounded)"
        if ok:
            message = f"{written} agrees: {arithmetic}."
        else:
            message = f"The text says {written}, but {arithmetic}."
        ids = tuple(
            dict.fromkeys(c.id for c in sorted([*wholes, percent], key=attrgetter("start")))
        )
        yield CheckResult(CODE, "consistent" if ok else "inconsistent", message, ids)


def _percent_tolerance(
    percent: Found, stated: float, wholes: list[Found], doc: Document, bound: str | None
) -> float:
    # a bound ('more than 40%') is as exact as its figure: its open side is no hedge
    tolerance = rounding(doc, percent) if bound else allowance(doc, percent, stated)
    part = wholes[0]
    between = doc.text[part.end : percent.start]
    restated = part.type == "ratio" and (
        part.start > percent.start or bool(_OR.fullmatch(between) or _PAREN.fullmatch(between))
    )
    hedged = any(_hedged(doc, claim) for claim in wholes)
    if restated or hedged:
        # 'nearly two-thirds (64%)'; '4.1%, or one in 25', 'half of voters, or 52%', 'Half of
        # those surveyed (51%)': a ratio restated as a percentage, or after one, is the simple
        # fraction nearest to it, rounded as a hedge is
        tolerance = max(tolerance, abs(stated) * RELATIVE_FOR_APPROXIMATE)
    if hedged and not bound and percent.value["qualifier"] in APPROXIMATE:
        # 'Almost 40% of the 3,000 flights, about 1,100': each hedge allows 5% of its own,
        # and the share the hedged part makes may be off by one while the share said is off
        # by the other
        tolerance = max(tolerance, abs(stated) * 2 * RELATIVE_FOR_APPROXIMATE)
    if hedged and part.type == "ratio":
        # 'almost a third (31%)', 'Nearly 1 in 4 (23%)': a hedged fraction stands for a wider
        # span of shares
        tolerance = max(tolerance, abs(stated) * _RELATIVE_FOR_A_HEDGED_FRACTION)
    return tolerance


def _fraction_share(
    share: Found, wholes: list[Found], doc: Document, bound: str | None
) -> tuple[float, None, float]:
    """'Two-thirds of the 900 respondents, or 600 people': a fraction word rounds the share it
    names, so it agrees within 5% of itself (10% when hedged: 'nearly a third'); as the share
    in per cent, no top, and that tolerance. A bound ('more than a third') is the fraction
    itself, unless the part or the whole is hedged ('about 600')."""
    stated = 100 * share.value["numerator"] / share.value["denominator"]
    if bound:
        relative = RELATIVE_FOR_APPROXIMATE if any(_hedged(doc, c) for c in wholes) else 0.0
    elif _hedged(doc, share):
        relative = _RELATIVE_FOR_A_HEDGED_FRACTION
    else:
        relative = RELATIVE_FOR_APPROXIMATE
    return stated, None, stated * relative + 1e-9  # 'nearly a third': 30% is within


def _hedged(doc: Document, part: Found) -> bool:
    """Whether the text qualifies the part ('about 56 of the 125', 'nearly two-thirds')."""
    qualifier = part.value.get("qualifier") or qualifier_before(doc.text, part.start)[0]
    return qualifier in APPROXIMATE


def _triples(claims: list[Found], doc: Document):
    text = doc.text
    for index, claim in enumerate(claims[:-1]):
        percent = claims[index + 1]
        if claim.type == "percentage" and percent.type == "ratio" and not claim.value["points"]:
            ratio, percent = percent, claim  # '4.1%, or roughly one in 25 services'
            lead = qualifier_before(text, ratio.start)[1]
            if _OR.fullmatch(text, percent.end, lead) or _PAREN.fullmatch(text, percent.end, lead):
                yield ratio.value["numerator"], percent, ratio.value["denominator"], [ratio]
            continue
        if (
            claim.type == "count"
            and claim.value["of"]
            and percent.type == "ratio"
            and not percent.value["entity"]
            and _states_share(text, text[claim.end : percent.start], percent)
        ):  # 'Of the 2.1 million who applied, 1.4 million (two-thirds)'; '100, or a third,'
            yield claim.value["number"], percent, claim.value["of"], [claim]
            continue
        restated = _share_of_count_restated(claims, index, doc)
        if restated is not None:
            yield restated
            continue
        if percent.type == "ratio" and _share_of_a_count(percent):
            # 'More than 1,000 people, about a third of the town's 3,000 residents', '2.8
            # million people, one in 15 of the 42 million adults'
            triple = _part_then_share(claims, index, text)
            if triple is not None:
                yield triple
            continue
        if percent.type == "count":
            triple = _share_then_part_of_whole(claim, percent, doc)
            if triple is not None:
                yield triple
            continue
        if percent.type != "percentage" or percent.value["points"]:
            continue
        between = text[claim.end : percent.start]
        if claim.type == "count" and claim.value["of"] and _states_share(text, between, percent):
            # '56 of the 125 MPs (45%)'; 'Of those, 3.1 million, or 41%'
            yield claim.value["number"], percent, claim.value["of"], [claim]
        elif claim.type == "ratio" and (_PAREN.fullmatch(between) or _OR.fullmatch(between)):
            # 'two-thirds (64%)', 'nearly nine in 10 people, or 89%'
            yield claim.value["numerator"], percent, claim.value["denominator"], [claim]
        else:
            triple = _part_then_share(claims, index, text) or _share_of_the_workforce(
                claims, index, doc
            )
            if triple is not None:
                yield triple


def _part_qualifier(claims: list[Found], part: float) -> str | None:
    """The qualifier of the count that is the part ('more_than' for 'more than 1,000')."""
    for claim in claims:
        if claim.type == "count" and claim.value["number"] == part:
            return claim.value["qualifier"]
    return None


def _share_of_a_count(share: Found) -> bool:
    """A ratio with no noun of its own: 'a third' in 'a third of its 1,500 staff', 'one in 15'
    in 'one in 15 of the 42 million adults'."""
    return not share.value["entity"]


def _part_then_share(claims: list[Found], index: int, text: str):
    """'1,200 jobs, or 10% of its 12,000 staff', '1,000 people, about a third of the town's
    3,000 residents', 'The wage bill of £320m is 85% of its £376m turnover': a count or a sum,
    then its share of the count or sum after, as (part, share, whole, [part, whole])."""
    if index + 2 >= len(claims):
        return None
    part, share, whole = claims[index : index + 3]
    if (
        (
            part.type == whole.type == "count"
            or (part.type == whole.type == "money" and _same_currency(part, whole))
            or (part.type == whole.type == "quantity" and _same_unit(part, whole))
        )
        and _PART_THEN_SHARE.fullmatch(text, part.end, share.start)
        and _OF_AFTER.fullmatch(text[share.end : whole.start])
    ):
        return part.value["number"], share, whole.value["number"], [part, whole]
    return None


# '450 jobs, or about 13% of its workforce': a share of a workforce whose size is told before
_OF_THE_WORKFORCE = re.compile(
    r"\s+of\s+(?:its|their|the)\s+(?:(?:entire|whole|total)\s+)?"
    # (not one of another time: 'of its workforce at the time', '... in 2019')
    r"(?:workforce|staff|employees|workers|headcount)\b"
    r"(?!\s+(?:of|then|at\s+the\s+time|in\s+(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
# 'The firm, which employs 3,400 people', 'a workforce of 3,400', 'It has 3,400 staff'
_EMPLOYS = re.compile(
    r"\b(?:employs|employing|employ|workforce\s+of|headcount\s+of|staff\s+of)\s+$", re.I
)
_HAS = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)
_STAFF = frozenset(["staff", "employees", "workers"])
_WHERE_BEFORE = re.compile(r"\b(?:in|across|at)\s+$", re.IGNORECASE)  # 'in 12 countries'


def _share_of_the_workforce(claims: list[Found], index: int, doc: Document):
    """'The firm, which employs 3,400 people in 12 countries, will cut 450 jobs, or about 13% of
    its workforce': a count, then its share of a workforce whose size the last count before it
    tells, in its sentence or the one before, after 'employs' or as staff a firm has; as (part,
    share, whole, [part, whole]). Another count between them makes the whole unclear ('3,400
    in the UK and 12,000 worldwide'), and a workforce of one place is not the firm's ('13% of
    its UK workforce')."""
    if index + 1 >= len(claims):
        return None
    part, share = claims[index], claims[index + 1]
    text = doc.text
    if (
        part.type != "count"
        or part.value["of"] is not None
        or part.value["upper"] is not None
        or share.value["points"]
        or share.value["upper"] is not None
        or not _PART_THEN_SHARE.fullmatch(text, part.end, share.start)
        or not _OF_THE_WORKFORCE.match(text, share.end)
    ):
        return None
    opening, _ = doc.around(part.start, before=1, after=0)
    for whole in reversed(claims[:index]):
        if whole.start < opening:
            return None
        if whole.type != "count":
            continue
        lead = whole.start
        if _EMPLOYS.search(text, max(0, lead - 32), lead) or (
            (whole.value["entity"] or "").lower() in _STAFF
            and _HAS.search(text, max(0, lead - 8), lead)
        ):
            break
        if not _WHERE_BEFORE.search(text, max(0, lead - 8), lead):
            return None  # another count, not of where they work: which is the whole is unclear
    else:
        return None
    if whole.value["upper"] is not None or not whole.value["number"] > part.value["number"]:
        return None
    return part.value["number"], share, whole.value["number"], [whole, part]


def _same_unit(a: Found, b: Found) -> bool:
    """'180mm, 150% of the monthly average of 120mm': one unit, no ranges."""
    return a.value["unit"] == b.value["unit"] and a.value["upper"] is None is b.value["upper"]


def _same_currency(a: Found, b: Found) -> bool:
    return (
        a.value["currency"] == b.value["currency"] and a.value["upper"] is None is b.value["upper"]
    )


def _share_then_part_of_whole(share: Found, count: Found, doc: Document):
    """'45% of MPs, or 56 of the 125', 'One in five children, or 4.3 million of the 14
    million': a share, then a count that writes its part and whole; as (part, share, whole,
    [part])."""
    if not (
        (share.type == "percentage" and not share.value["points"] and not share.value["upper"])
        or share.type == "ratio"
    ) or not (count.value["of"] and count.value["upper"] is None):
        return None
    text = doc.text
    shown = SHARE_THEN_RESTATED.fullmatch(text, share.end, count.start)
    if (
        not shown
        or shown.group("percent")
        or (shown.group("comma") and not text.startswith(",", count.end))
    ) and not _rate_then_part(share, count, doc):
        return None
    figures = [m for m in doc.mentions_within(count.start, count.end) if m.kind == "number"]
    if len(figures) < 2:
        return None  # '56 of them': the whole is a count written elsewhere
    if share.type == "ratio":
        noun = share.value["entity"]
    else:
        named = _SHARE_NOUN.match(text, share.end)
        noun = named.group("noun") if named else None
    if noun and count.value["entity"] and head_noun(noun) != head_noun(count.value["entity"]):
        return None  # '34% of the vote, 412 of the 650 seats,': shares of two things
    return count.value["number"], share, count.value["of"], [count]


def _rate_then_part(share: Found, count: Found, doc: Document) -> bool:
    """'Turnout was 67%, with 31,200 of the 48,000 voters casting a ballot': a rate of a
    counted group, then the part and whole it is worked out from."""
    text = doc.text
    lead = qualifier_before(text, share.start)[1]
    return (
        share.type == "percentage"
        and bool(_RATE_THEN_PART.fullmatch(text, share.end, count.start))
        and bool(_RATE_NAMED_BEFORE.search(text, max(0, lead - 40), lead))
    )


def _share_of_count_restated(claims: list[Found], index: int, doc: Document):
    """'40% of the 1,500 staff, or 600 people', 'a third of its 1,500 staff (500 people)', 'Two
    in five of the 1,200 staff, about 480 people': a share of a count, then the part it makes;
    as (part, share, whole, [whole, part])."""
    share = claims[index]
    if index + 2 >= len(claims) or not (
        (share.type == "percentage" and not share.value["points"] and not share.value["upper"])
        or (share.type == "ratio" and not share.value["entity"])  # 'a third', 'two in five'
    ):
        return None
    whole, part = claims[index + 1], claims[index + 2]
    if whole.type != "count" or part.type != "count" or whole.value["upper"] or part.value["upper"]:
        return None
    text = doc.text
    restated = _RESTATED.fullmatch(text, whole.end, qualifier_before(text, part.start)[1])
    if not (
        restated
        and _OF_COUNT.fullmatch(text, share.end, qualifier_before(text, whole.start)[1])
        and whole.value["number"] > 0
    ):
        return None
    # set off as the whole's restatement, not the first of a list ('of the 1,500 staff, 200
    # managers and 300 nurses'): ', or 600', or closed as it opened, ', 600 people,' '(600)'
    opened = restated.group("open") or restated.group("dash")
    after = text[part.end : part.end + 2].lstrip()[:1]
    if not restated.group("or") and after not in (_CLOSES[opened] if opened else ",."):
        return None
    return part.value["number"], share, whole.value["number"], [whole, part]


def _states_share(text: str, between: str, percent: Found) -> bool:
    """Whether the percentage after a part of a whole restates it: '(45%)', ', or 41%' or one
    set off by commas (', about 30%,'), but not ', or 41% of ...', which names a whole of its
    own. A participle may stand before it: '23 of the 120 schools inspected, or 19%'. So does a
    rate of a group named after it: '14 of their 20 games, a win rate of 60%'."""
    if _PART_THEN_RATE.fullmatch(between):
        return True  # '14 of their 20 games this season, a win rate of 60%'
    participle = _PARTICIPLE.match(between)
    if participle:
        between = between[participle.end() :]
    if _PAREN.fullmatch(between):
        return True
    if _SET_OFF.fullmatch(between) and (
        text.startswith(",", percent.end)
        or _OF_THE_TOTAL.match(text, percent.end)
        or (percent.value["qualifier"] != "exact" and _ENDS.match(text, percent.end))
    ):
        # "2,500 of the line's 8,500 structures, about 30%, had yet to be designed"; '403 of
        # the 650 seats, 62% of the total'; hedged at the end of a sentence, '... would cut
        # 1,200 of its 38,000 jobs, about 3%.' ('412 of the 650 seats, 34%.' may be a vote)
        return True
    return bool(_OR.fullmatch(between)) and not _OF_NEXT.match(text, percent.end)
