"""Changes: 'rose from 61.4% to 67.3%', 'fell by 12%', 'doubled to 40', 'down 3,000 on last year',
'an increase of £2m'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.amount import Amount, read_amount
from ..readers.duration import SECONDS
from ..readers.money import prefix_before
from ..readers.number import read_number
from ..scan import FIGURES, MONTH_NAMES, WEEKDAYS
from .phrases import (
    LEAD_NOUN,
    OF_NEXT,
    RECORD,
    TIME_BEFORE,
    YEAR,
    qualifier_at,
    qualifier_before,
)

TYPE = "change"
PRIORITY = 55

# Words that say a figure changed, by kind; nouns come first so 'an increase of' reads whole.
_VERB_WORDS = {
    "up_noun": ["increase of", "rise of", "jump of", "growth of", "leap of", "surge of"],
    "down_noun": ["fall of", "drop of", "decrease of", "decline of", "reduction of", "cut of"],
    "up": """rose risen rises rising rise increased increases increasing increase grew grown
        grows growing grow climbed climbs climbing climb jumped jumps jumping jump soared soars
        soaring surged surges surging went_up gone_up go_up widened widens widening widen raised
        raises raising raise lifted boosted accelerated accelerates accelerating""".split(),
    "down": """fell fallen falls falling fall dropped drops dropping drop declined declines
        declining decline decreased decreases decreasing decrease slumped slumping plunged
        plunging slipped slipping shrank shrunk shrinking shrink went_down gone_down go_down cut
        cutting reduced reducing reduce narrowed narrows narrowing narrow lowered lowering
        slowed slows slowing eased eases easing cooled cooling""".split(),
    "neutral": "taking takes took bringing brings brought moving moved".split(),
    "up_short": ["up"],
    "down_short": ["down"],
    "factor": "doubled doubles tripled trebled quadrupled halved halves".split(),
    # only with a size right after: 'lost 40% of its funding', 'shed 3%', 'gained 28% this
    # year', not 'lost by 10 votes' or 'gained 12 seats'
    "down_sized": "lost loses lose losing shed sheds shedding".split(),
    "up_sized": "gained gains gaining".split(),
}
_VERB = re.compile(
    r"(?:"
    + "|".join(
        f"(?P<{kind}>" + "|".join(w.replace("_", " ").replace(" ", r"\s+") for w in words) + ")"
        for kind, words in _VERB_WORDS.items()
    )
    + r")\b",
    re.IGNORECASE,
)
_VERB_TRIGGERS = frozenset(w.split("_")[0].split(" ")[0] for ws in _VERB_WORDS.values() for w in ws)
_FACTORS = {"doubled": 2, "doubles": 2, "tripled": 3, "trebled": 3, "quadrupled": 4,
            "halved": 0.5, "halves": 0.5}  # fmt: skip
# When a figure stood, between it and the next: 'fell to 3.4% in February from 4%', 'in
# 2022-23', 'last year', 'in the year to June', 'for the first time in six months', 'over the
# past year'
_WHEN = (
    rf"(?:\s+(?:in|on)\s+(?:(?:{MONTH_NAMES})(?:\s+\d{{4}})?|\d{{4}}(?:[-–/]\d\d(?:\d\d)?)?"
    rf"|{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:last|this)\s+(?:year|month|week|quarter)"
    rf"|\s+(?:in|for)\s+the\s+(?:[\w-]+\s+)?(?:year|months|weeks|quarter)\s+to\s+(?:{MONTH_NAMES})"
    r"(?:\s+\d{4})?"  # 'in the year to June', 'for the six months to August 2024'
    rf"|\s+between\s+(?:{MONTH_NAMES})\s+and\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?"  # a quarter
    rf"|\s+since\s+(?:\d{{4}}|last\s+(?:year|month|week|quarter)|(?:{MONTH_NAMES})(?:\s+\d{{4}})?)"
    r"|\s+for\s+the\s+(?:first|second|third)\s+time(?:\s+(?:in|since)\s+(?:[\w-]+\s+)?[\w-]+)?"
    r"|\s+for\s+the\s+[\w-]+\s+(?:month|year|week|quarter|day)\s+(?:in\s+a\s+row|running)"
    r"|\s+over\s+the\s+(?:(?:past|last)\s+)?(?:[\w-]+\s+)?(?:year|month|week|quarter|decade)s?"
    # 'in a week', 'within two years', 'in the past five years'
    r"|\s+(?:in|within)\s+(?:the\s+(?:past|last)\s+)?(?:a|an|one|[\w-]+)\s+"
    r"(?:year|month|week|quarter|decade|day)s?"
    r"|\s+in\s+the\s+(?:past|last)\s+(?:year|month|week|quarter|decade)"
    # 'year on year', 'month-on-month', 'on the year', 'on the quarter'
    r"|\s+(?:year|month|quarter|week)[\s-]on[\s-](?:year|month|quarter|week)"
    r"|\s+on\s+the\s+(?:year|month|quarter|week)"
    r"){0,3}"
)
# After a move 'from A to B', a second one its verb tells: ' for the lower rate and from '
_AND_FROM = re.compile(
    r"(?:\s+(?:for|in|on|among|at)\s+(?:[A-Za-z’'-]+\s+){0,4}?[A-Za-z’'-]+)?\s*,?\s+and\s+"
    r"(?P<from>from)\s+",
    re.IGNORECASE,
)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_YEAR_FROM_BEFORE = re.compile(r"\bfrom\s+(?P<year>\d{4})\s+to\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH_NAMES})\b")
# what a figure 'from' counts, before its 'to': ' offences' in 'from 5 million offences to'
_COUNTED_THEN_TO = re.compile(r"\s+[a-z][a-z-]*s(?=\s+to\s)")
# What a figure is measured against or in, between it and the next: 'rose 0.3% against the
# dollar to $1.05', 'from 200 in the placebo group to 150'
_MEASURED = (
    r"(?:\s+against\s+the\s+(?:dollar|euro|pound|yen|yuan|greenback)"
    r"|\s+(?:in|among)\s+the\s+(?:[\w-]+\s+){0,2}(?:group|arm))?"
)
_CLAUSE = re.compile(
    _WHEN
    + _MEASURED
    + r"\s*[,–—]?\s*(?:(?P<way>up|down)\s+)?(?P<word>from|to|by|at|compared\s+(?:with|to)"
    # 'up 18% on the previous year's £3.6bn', 'down 4% on 2023's 1,050': the figure it moved from
    r"|on\s+(?:(?:last|the\s+previous|the\s+prior)\s+(?:year|month|week|quarter)"
    r"|(?:19|20)\d\d)['’]s"
    # 'up 12% on the 2,643 recorded a year earlier': the figure first, its time after it
    r"|on\s+the(?=\s+[£$€]?\d))"
    r"\s+"
    r"(?:another\s+|a\s+further\s+|an\s+extra\s+|an\s+average\s+of\s+|a\s+total\s+of\s+|"
    + RECORD
    + r")?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|"
    r"less\s+than\s+|just\s+(?:over|under)\s+|up\s+to\s+)?",
    re.IGNORECASE,
)
# the object between a verb and its clause: 'cut its base rate from 5.25% to 5%', 'cut
# waiting lists by 200,000'
_OBJECT = re.compile(
    r"\s+(?:(?:its|their|the|his|her|our)\s+(?:[a-z-]+\s+){0,4}[a-z]+(?=\s+from\b)"
    # 'cut its forecast for UK growth in 2024 to 0.6% from 1%': both figures after a long object
    r"|(?:its|their|the|his|her|our)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+"
    r"(?=\s+to\s+[£$€]?\d[\d.,]*\s*(?:%|per\s*cent|bn|m)?\s+from\s+[£$€]?\d)"
    # 'cut waiting lists by 200,000', 'cut the risk of death by a third'
    r"|(?:[a-z]+\s+){0,3}[a-z]+(?=\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?"
    r"(?:[£$€]?\d|(?:a|one|two|three)\s+(?:half|thirds?|quarters?|fifths?|tenths?)\b|half\b))"
    # 'cut interest rates from 4% to 3.75%', 'raised prices from £10 to £12' (not from a year)
    r"|(?!(?:by|up|down|to|from)\b)(?:[a-z]+\s+){0,2}[a-z]+(?=\s+from\s+[£$€]?"
    r"(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:%|per\s*cent|p|bn|m)?\s+to\s+[£$€]?\d)"
    r"|(?!(?:by|up|down|to|from)\b)(?:[a-z]+\s+){0,2}[a-z]+"
    # 'cut rates to 5% from', and with a unit 'cut interest rates to 4%' (not '40% of homes')
    r"(?=\s+to\s+(?:[£$€]?\d[\d.,]*\s*(?:%|per\s*cent)?\s+from\s+[£$€]?\d"
    r"|[£$€]\d|\d[\d.,]*\s*(?:%|per\s*cent)(?!\s+of\b))))"
)
_SHORT_CLAUSE = re.compile(
    r"\s+(?:from|by)\s+", re.IGNORECASE
)  # 'down from 67.3%', 'down by a fifth'
_SPACE = re.compile(r"\s+")
# 'voted down', 'the two take up 65% of budgets': a phrasal verb, not a move ('picked up 3%' is)
_PARTICLE_OF = re.compile(
    r"\b(?:voted|turned|shut|(?P<market>closed)|set|broke|backed|stood|stepped|made|make|makes|"
    r"making|take|takes|took|taking|taken|use|uses|used|using|eat|eats|ate|eating|eaten)\s+$",
    re.I,
)
# a size in these may be of a figure in any unit ('fell by a third to 41,000')
_RELATIVE = ("%", "percentage point", "basis point", "fraction")
# Units of a size written right after the verb ('fell 1.2%', 'fell 50 points'); also what makes
# 'closed down 11.8%' a price's move, where 'closed down three years ago' is a shop's end
_MOVES = (*_RELATIVE, "point")
_TALLY_AFTER = re.compile(r"\s*(?:-|–|to)\s*\d")
# 'up from one in two', 'one in a hundred': a share, which the ratio rule reads ('3,898 in a
# single night' is none); 'one' alone is no amount. A year after 'in' is when ('from 1,330 in
# 2021'), unless people or things follow ('one in 2000 births')
_A_YEAR_ALONE = r"(?:1[89]|20)\d\d(?!\d|,\d)(?!\s+(?:people|children|men|women|[a-z]{3,}s)\b)"
_SHARE_AFTER = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:(?!{_A_YEAR_ALONE})\d"
    r"|(?i:an?\s+(?:hundred|thousand|million)|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\b)"
)
_SPAN_BEFORE = re.compile(r"\b(?:in|over|within)\s+(?:the\s+(?:past|last|first)\s+)?$", re.I)
# 'a litre', 'per head', 'an hour'
_RATE = (
    r"\s+(?:an?|per)\s+"
    r"(?:litre|gallon|kilo|kg|tonne|barrel|unit|share|head|hour|day|week|month|year)\b"
)
# Between a figure and the 'up from' or 'down from' after it: '7.6 million in January, up from',
# and with a rate and when it starts: '£12.21 an hour from April, up from £11.44'
_FIGURE_GAP = re.compile(
    rf"(?:{_RATE})?{_WHEN}(?:\s+from\s+(?:next\s+)?(?:{MONTH_NAMES})(?:\s+\d{{4}})?)?"
    r"\s*[,–—]\s*"
)
# Or a few words naming what it counts, none a conjunction: '1,204 deaths last year, up from',
# '30% of the vote, down from'. The figure then keeps its own claim.
_NOUN_GAP = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|as|when|which|who|whom|that|than|to|from|by|them|"
    r"those|these)\b)"
    r"[A-Za-z][\w'’-]*){1,5}" + _FIGURE_GAP.pattern,
    re.IGNORECASE,
)
# Up to seven words when none is a copula or a verb of saying: '29,437 people crossed the Channel
# in small boats, down 36% from', not '3 ministers said the figures were poor, down from'
_LONG_NOUN_GAP = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|as|when|which|who|whom|that|than|to|from|by|them|"
    r"those|these|is|are|was|were|be|been|has|have|had|said|says|say|told|warned|added)\b)"
    r"[A-Za-z][\w'’-]*){6,7}" + _FIGURE_GAP.pattern,
    re.IGNORECASE,
)
# Or what the figure counts, then a copula and what is said of them, when no one is said to
# say it: '2.8 million people are out of work due to long-term sickness, up from'
_COPULA_GAP = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|as|when|which|who|whom|that|than|to|from|by|them|"
    r"those|these|is|are|was|were)\b)[A-Za-z][\w'’-]*){0,3}\s+(?:is|are|was|were)"
    r"(?:\s+(?!(?:and|but|while|whereas|when|which|who|whom|that|than|is|are|was|were|be|"
    r"been|has|have|had|said|says|say|told|warned|added|claimed|believe[sd]?|think|thought)\b)"
    r"[A-Za-z][\w'’-]*){1,8}" + _FIGURE_GAP.pattern,
    re.IGNORECASE,
)
# Or the figure restated as a share of the economy: '£127.5bn, or 4.5% of GDP, down from'
_SHARE_OF_GDP_GAP = re.compile(
    r",\s*(?:or|equivalent\s+to|equal\s+to)\s+(?:about\s+|around\s+|some\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|per\s*cent)\s+of\s+(?:GDP|national\s+income|gross\s+domestic\s+product)"
    + _FIGURE_GAP.pattern,
    re.IGNORECASE,
)
# A whole a part is of, before a figure: 'About 1,200 of the 3,000 staff, up from 900'
_OF_WHOLE_BEFORE = re.compile(r"\s+of\s+(?:the|its|their|all(?:\s+the)?)\s+$", re.IGNORECASE)
_NOTHING = re.compile("")  # the part right before it: nothing between
# Between a figure and the comparison that sets it against an earlier one: '£3.2bn, £400m more
# than last year's £2.9bn', 'The budget of £3.2bn is £400m more than'
_COMPARED_GAP = re.compile(_FIGURE_GAP.pattern + r"|\s+(?:is|was|are|were)\s+", re.IGNORECASE)
# Words of _VERB that are also nouns, sized by a figure before them: 'a 15% increase'
_NOUNS = frozenset("increase rise jump fall drop decrease decline cut".split())
_SIZE_GAP = re.compile(r"\s*-?\s*")
# a lead in points whose change it is: 'Labour's lead over the Tories has widened to 12 points'
_LEAD_BEFORE = re.compile(rf"\b{LEAD_NOUN}\s+(?:has\s+|have\s+|had\s+)?$", re.IGNORECASE)
_LEAD_REACH = 40
_FIGURE_REACH = 80  # characters before the verb that can hold the figure and the gap
# 'rose sixfold', 'grew more than 10-fold', 'a threefold increase': a factor as a multiple
_FOLD = r"(?P<n>\d+(?:\.\d+)?|[a-z]+?)[-\s]?fold\b"
_FOLD_AFTER = re.compile(
    r"\s+(?:(?:more\s+than|nearly|almost|about|roughly|some|over)\s+)?" + _FOLD, re.IGNORECASE
)
_FOLD_BEFORE = re.compile(r"\b" + _FOLD + r"\s+$", re.IGNORECASE)
# 'sales were 6% higher than a year earlier', '2.5 million more people in work than a year
# ago': a change set against a time before
_COMPARED = re.compile(
    r"(?:(?P<up>more|higher|greater|bigger|larger)|(?P<down>less|lower|fewer|smaller))"
    r"(?:\s+(?!than\b)[a-z][\w'’-]*){0,4}?\s+than\s+" + TIME_BEFORE,
    re.IGNORECASE,
)
# 'three times as much as in 2021', 'twice as frequent as in the 1980s': a multiple of a time
# before (set against a group, 'twice as likely to die', it is no change)
_MULTIPLE = re.compile(
    r"(?:(?P<twice>twice)|(?P<half>half)|times)\s+as\s+(?:much|many|high|large|big|great|"
    r"frequent|common|often|fast|expensive|costly|long|severe|deep)"
    r"(?:\s+(?!as\b)[a-z][\w'’-]*){0,3}?\s+as\s+"  # 'twice as many patients as a decade ago'
    + TIME_BEFORE,
    re.IGNORECASE,
)
_MULTIPLE_TRIGGERS = frozenset(["twice", "half", "times"])
# after a multiple, its figures: ', at 4,900 compared with 2,400', ' at 4,900, against 2,400'
_AT_THEN = re.compile(r",?\s+at\s+")
_AGAINST = re.compile(  # past what the figure counts or its rate: 'offences', 'a month'
    rf"(?:{_RATE}|(?:\s+(?!(?:compared|against|versus|up)\b)[a-z][\w-]*){{1,2}})?"
    r"\s*,?\s+(?:compared\s+(?:with|to)|against|versus|up\s+from)\s+",
    re.IGNORECASE,
)
_TIMES_BEFORE = re.compile(r"(?P<n>\d+(?:\.\d+)?|[A-Za-z]+)[\s-]+$")
# 'compared with 1,050 the previous year': a figure set against the same one at a time before
# ('compared with 3.9% in France' sets two places side by side, which is no change)
_COMPARED_WITH = re.compile(r"compared\s+(?:with|to)\s+", re.IGNORECASE)
_THEN_AFTER = re.compile(r"\s+" + TIME_BEFORE, re.IGNORECASE)
_COMPARED_WITH_TRIGGERS = frozenset(["compared"])
# The figure a comparison is set against: 'than last year's £2.9bn', or 'than the 1.4 million
# recorded in 2019' (with a time after it, or it is a forecast's or a rival's)
_THAN_FIGURE = re.compile(
    r"(?:(?P<up>more|higher|greater|bigger|larger)|(?P<down>less|lower|fewer|smaller))"
    r"\s+than\s+(?:the\s+|an?\s+)?(?=[£$€]?\d)",
    re.IGNORECASE,
)
_THEN_AFTER_FIGURE = re.compile(
    r"(?:\s+(?:recorded|seen|reported|registered|counted|paid|spent|set|posted))?\s+"
    rf"(?:{TIME_BEFORE}|of\s+(?:19|20)\d\d\b)",  # 'than the £34bn of 2024'
    re.IGNORECASE,
)
_OWNED_BY_THEN = re.compile(r"['’]s\s+")
_COMPARED_TRIGGERS = frozenset("more higher greater bigger larger less lower fewer smaller".split())
# 'The FTSE 250 ended 0.2% lower', 'Shares closed 3% higher': a market's move in a session;
# after a copula it is a comparison of groups as often ('the risk is 20% higher for smokers')
_ENDED = re.compile(r"(?:(?P<up>higher)|(?P<down>lower))\b(?!\s+than\b)", re.IGNORECASE)
_ENDED_TRIGGERS = frozenset(["higher", "lower"])
_ENDED_LEAD = re.compile(r"\b(?:closed|ended|finished|opened|traded|trading)\s+$", re.IGNORECASE)
# 'fell below 4%', 'rose above 300p': a level crossed, not the size of the move
_LEVEL_CROSSED = re.compile(r"(?:well\s+)?(?:above|below)\b", re.IGNORECASE)
_AT = re.compile(r"\s+at\s+")
_CLOCK = re.compile(r"\s*(?:[ap]\.?m\b|o['’]clock|GMT|BST|[.:]\d\d)", re.IGNORECASE)
# 'rose 4p, or 1.4%, to 292p', 'fell 30 points (0.4%) to 7,400': the size again in per cent
_BESIDE = re.compile(r",\s*or\s+|\s*\(\s*")
_OR_BESIDE = re.compile(r"\s+or\s+")
# between a per cent set off and 'higher' or 'lower': '0.5%, higher', '(0.4%) lower'
_SET_OFF_BEFORE = re.compile(r"\s*[,)]\s*")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BESIDE_CLOSE = re.compile(r"\s*\)")
# 'rose by 5.3p a litre to 157.5p', 'fall by £94 a year to £1,834': the size and level are rates
_RATE_AFTER = re.compile(_RATE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|this|that)\s+(?:further\s+|record\s+|sharp\s+|small\s+)?$", re.I
)


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    last_end = 0  # where the move before ends
    for verb in doc.keywords(_VERB, _VERB_TRIGGERS).items:
        s_start, s_end = doc.sentence_bounds(verb.start())
        found = _change(text, verb, s_end)
        if verb.group().lower() in _NOUNS:
            found = _with_size_before(doc, verb, found, s_start)
        if found is None:
            continue
        value = found.value
        if (
            value["unit"] == "point"
            and value["to"] is not None
            and _LEAD_BEFORE.search(text, max(s_start, verb.start() - _LEAD_REACH), verb.start())
        ):
            found.links["gap"] = True  # 'Labour's lead has widened to 12 points': point_gap's
        if verb.lastgroup.endswith("short") and value["from"] is not None and value["to"] is None:
            # the figure before may end the move before ('rise by 6.7% to £12.21 an hour from
            # April, up from £11.44'): this one then starts after it
            _read_figure_before(doc, found, s_start, taken=last_end)
            if found.links.get("to") and _THEN_AFTER.match(text, found.end, s_end):
                found.links["then"] = True  # 'up from £270,000 a year earlier'
        yield found
        last_end = found.end
        both = value["from"] is not None and value["to"] is not None
        second = _and_from(text, found, s_end) if both else None
        if second is not None:  # '... for the lower rate and from 20% to 24% for the higher'
            yield second
            last_end = second.end
    for compared in doc.keywords(_COMPARED, _COMPARED_TRIGGERS).items:
        found = _compared(doc, compared)
        if found is not None:
            yield found
    for compared in doc.keywords(_THAN_FIGURE, _COMPARED_TRIGGERS).items:
        found = _compared(doc, compared)
        if found is not None:
            yield found
    for moved in doc.keywords(_ENDED, _ENDED_TRIGGERS).items:
        found = _compared(doc, moved, lead=_ENDED_LEAD)
        if found is not None:
            yield found
    for compared in doc.keywords(_COMPARED_WITH, _COMPARED_WITH_TRIGGERS).items:
        found = _compared_with(doc, compared)
        if found is not None:
            yield found
    for multiple in doc.keywords(_MULTIPLE, _MULTIPLE_TRIGGERS).items:
        found = _multiple(doc.text, multiple, doc.sentence_bounds(multiple.start())[1])
        if found is not None:
            yield found


def _and_from(text: str, first: Found, limit: int) -> Found | None:
    """'will rise from 10% to 18% for the lower rate and from 20% to 24% for the higher': a
    second move 'from A to B' after 'and', told by the first one's verb, in its unit."""
    joint = _AND_FROM.match(text, first.end, limit)
    if joint is None:
        return None
    _, low_at, low = _stated_figure(text, joint.end(), limit)
    to = _TO.match(text, low.end, limit) if low is not None else None
    _, high_at, high = _stated_figure(text, to.end(), limit) if to else ("", 0, None)
    unit = first.value["unit"]
    if high is None or low.unit != unit or high.unit != unit:
        return None
    value = _empty_value(first.value["direction"])
    value.update({"from": low.value, "to": high.value, "unit": unit})
    links = {"from": (low_at, low.end), "to": (high_at, high.end)}
    if first.links.get("direction_from_figures"):  # 'taking pay from A to B and from C to D'
        if low.value == high.value:
            return None
        value["direction"] = "up" if high.value > low.value else "down"
        links["direction_from_figures"] = True
    return Found(TYPE, joint.start("from"), high.end, value, links)


def _multiple(text: str, multiple: re.Match[str], limit: int) -> Found | None:
    """'three times as much as in 2021' (a factor of 3), 'half as many as last year' (0.5)."""
    start = multiple.start()
    if multiple.group("twice") or multiple.group("half"):
        factor = 2 if multiple.group("twice") else 0.5
    else:
        before = _TIMES_BEFORE.search(text, max(0, start - 16), start)
        factor = _multiple_named(text, before) if before else None
        if factor is None:
            return None
        start = before.start()
    value = _empty_value("up" if factor > 1 else "down")
    value["factor"] = factor
    found = Found(TYPE, qualifier_before(text, start)[1], multiple.end(), value)
    _read_multiple_figures(text, found, limit)
    return found


def _read_multiple_figures(text: str, found: Found, limit: int) -> None:
    """'twice as high as in 2012, at 4,900 compared with 2,400': the figures the multiple is
    of, where it went to and where from, read into the move when both are in one unit."""
    at = _AT_THEN.match(text, found.end, limit)
    to = _amount_at(text, at.end(), limit) if at else None
    against = _AGAINST.match(text, to.end, limit) if to else None
    start = _amount_at(text, against.end(), limit) if against else None
    if start is None or start.unit != to.unit:
        return
    found.value.update({"from": start.value, "to": to.value, "unit": to.unit})
    found.links.update({"to": (at.end(), to.end), "from": (against.end(), start.end)})
    found.end = start.end


def _compared(
    doc: Document, compared: re.Match[str], lead: re.Pattern[str] | None = None
) -> Found | None:
    """'6% more than a year earlier', '£2bn lower than in 2019', and after `lead` before the
    figure, 'ended 0.2% lower': the figure before is the size."""
    s_start, s_end = doc.sentence_bounds(compared.start())
    before = _figure_before(doc, compared.start(), s_start, _SPACE)
    set_off = before is None and lead is not None
    if set_off:  # 'closed 45 points, or 0.5%, higher'
        before = _size_set_off_before(doc, compared.start(), s_start)
    if before is None:
        return None
    start, amount = before
    if lead is not None and not lead.search(doc.text, max(s_start, start - 16), start):
        return None
    value = _empty_value("up" if compared.group("up") else "down")
    value.update(by=amount.value, by_unit=amount.unit, unit=amount.unit)
    links: dict = {}
    if set_off:
        _read_size(value, links, doc.text, amount, s_end)
    end = compared.end()
    at = _AT.match(doc.text, end, s_end) if lead is not None else None
    level = _amount_at(doc.text, at.end(), s_end) if at else None
    if level is not None and _a_level(level, value["by_unit"]):
        # where it closed: 'closed 2.1% higher at 383p', '45 points higher at 8,320' (in points)
        value.update(to=level.value, unit=level.unit or value["unit"])
        links["to"] = (at.end(), level.end)
        end = level.end
    elif lead is None:
        end = _read_compared_figure(doc, compared, value, links, s_end)
        if end is None:
            return None
    found = Found(TYPE, qualifier_before(doc.text, start)[1], end, value, links)
    if lead is None and value["from"] is not None:
        _read_figure_before(doc, found, s_start, _COMPARED_GAP)  # '£3.2bn, £400m more than'
    return found


def _size_set_off_before(doc: Document, pos: int, s_start: int) -> tuple[int, Amount] | None:
    """'closed 45 points, or 0.5%, higher', 'ended 30 points (0.4%) lower': the size before the
    per cent set off beside it, and where it starts."""
    percent = _figure_before(doc, pos, s_start, _SET_OFF_BEFORE)
    if percent is None or percent[1].unit != "%":
        return None
    return _figure_before(doc, percent[0], s_start, _BESIDE)


def _read_compared_figure(
    doc: Document, compared: re.Match[str], value: dict, links: dict, s_end: int
) -> int | None:
    """The figure a comparison is set against, into `from`, and where the comparison ends: after
    'than last year's £2.9bn' or 'than the 1.4 million recorded in 2019'; after 'than a year
    earlier' when no figure is written. None when the figure has no time after it."""
    text, end = doc.text, compared.end()
    figure_first = compared.re is _THAN_FIGURE  # 'than the 1.4 million recorded in 2019'
    if not figure_first:
        owned = _OWNED_BY_THEN.match(text, end, s_end)  # 'than last year's £2.9bn'
        if owned is None:
            return end
        end = owned.end()
    _, at_figure, amount = _stated_figure(text, end, s_end)
    then = _THEN_AFTER_FIGURE.match(text, amount.end, s_end) if figure_first and amount else None
    if figure_first and then is None:
        return None  # 'less than the £50m forecast', 'more than the 12 it had': no time
    if amount is None or (value["by_unit"] not in _RELATIVE and amount.unit != value["by_unit"]):
        return None if figure_first else compared.end()
    value.update({"from": amount.value, "unit": amount.unit})
    links["from"] = (at_figure, amount.end)
    return then.end() if then is not None else amount.end


def _compared_with(doc: Document, compared: re.Match[str]) -> Found | None:
    """'£22bn, compared with £18bn a year before': a change from the figure after to the one
    before, which gives its direction."""
    s_start, s_end = doc.sentence_bounds(compared.start())
    _, at_figure, amount = _stated_figure(doc.text, compared.end(), s_end)
    then = _THEN_AFTER.match(doc.text, amount.end, s_end) if amount is not None else None
    if then is None:
        return None
    value = _empty_value("up")
    value.update({"from": amount.value, "unit": amount.unit})
    links = {"from": (at_figure, amount.end), "direction_from_figures": True}
    found = Found(TYPE, compared.start(), then.end(), value, links)
    _read_figure_before(doc, found, s_start)
    if value["to"] is None or value["to"] == value["from"]:
        return None
    value["direction"] = "up" if value["to"] > value["from"] else "down"
    return found


def _read_figure_before(
    doc: Document,
    found: Found,
    s_start: int,
    gap: re.Pattern[str] = _FIGURE_GAP,
    taken: int = 0,
) -> None:
    """'7.6 million in January, up from 7.2 million': the figure before, with only `gap`
    between, is where it went to, read into the change. Across the words naming what it counts
    ('1,204 deaths last year, up from 1,050') it is `to` too, but it keeps its own claim, so
    the change starts after it, as it does when the figure is in another move before `taken`
    ('rose 0.5% to £285,000 in November, up from £270,000 a year earlier')."""
    inside = True
    before = _figure_before(doc, found.start, s_start, gap)
    if before is None:
        inside = False
        before = (
            _figure_before(doc, found.start, s_start, _SHARE_OF_GDP_GAP)
            or _figure_before(doc, found.start, s_start, _NOUN_GAP)
            or _figure_before(doc, found.start, s_start, _LONG_NOUN_GAP)
            or _figure_before(doc, found.start, s_start, _COPULA_GAP)
        )
        whole_of = before and _OF_WHOLE_BEFORE.search(doc.text, max(0, before[0] - 24), before[0])
        if whole_of:  # 'About 1,200 of the 3,000 staff, up from 900': the part went up
            before = _figure_before(doc, whole_of.start(), s_start, _NOTHING)
    if before is None:
        return
    start, amount = before
    unit = found.value["unit"]  # the unit of 'from'
    if unit != amount.unit and (unit is not None or inside):
        return
    if not inside and (
        unit != amount.unit or qualifier_before(doc.text, start)[0] not in ("exact", "about")
    ):
        return  # 'more than 1,200 people, up from 1,050': a bound, left to its own claim
    found.value.update(to=amount.value, unit=unit or amount.unit)
    found.links["to"] = (start, amount.end)
    if inside and start >= taken:
        found.start = qualifier_before(doc.text, start)[1]  # 'about 30GW, up from 5GW'


def _with_size_before(
    doc: Document, noun: re.Match[str], found: Found | None, s_start: int
) -> Found | None:
    """'a 15% increase', 'a £2m cut to the budget': the figure before the noun is its size."""
    if found is not None and found.value["by"] is not None:
        return found  # 'an increase of 5%' already has its size
    before = _figure_before(doc, noun.start(), s_start, _SIZE_GAP)
    if before is None:
        return _with_fold_before(doc, noun, found, s_start)
    start, amount = before
    start = qualifier_before(doc.text, start)[1]
    if not _DETERMINER_BEFORE.search(doc.text, max(s_start, start - 24), start):
        return found  # 'prices 15% rise' is no noun phrase
    if found is None:
        way = "down" if noun.lastgroup.startswith("down") else "up"
        found = Found(TYPE, noun.start(), noun.end(), _empty_value(way))
    value = found.value
    value.update(by=amount.value, by_unit=amount.unit)
    if value["from"] is None and value["to"] is None:
        value["unit"] = amount.unit
    found.start = start
    return found


def _with_fold_before(
    doc: Document, noun: re.Match[str], found: Found | None, s_start: int
) -> Found | None:
    """'a threefold increase': the multiple before the noun is its factor."""
    fold = _FOLD_BEFORE.search(doc.text, max(s_start, noun.start() - 24), noun.start())
    factor = _multiple_named(doc.text, fold) if fold else None
    if factor is None or not noun.lastgroup.startswith("up"):
        return found
    if found is None:
        found = Found(TYPE, noun.start(), noun.end(), _empty_value("up"))
    found.value["factor"] = factor
    found.start = fold.start()
    return found


def _hedge_factor(links: dict, text: str, pos: int) -> None:
    """A hedge before a multiple ('more than doubled', 'nearly tripled', 'rose more than
    sixfold') makes it a bound or an estimate: recorded for the check as `factor_qualifier`."""
    qualifier = qualifier_before(text, pos)[0]
    if qualifier != "exact":
        links["factor_qualifier"] = qualifier


def _multiple_named(text: str, match: re.Match[str]) -> float | None:
    """The multiple that `match`'s group 'n' names, if above 1: 'six' in 'sixfold', '10' in
    '10-fold', 'three' in 'three times as much'."""
    number = read_number(text, match.start("n"), match.end("n"))
    if number is None or number.end != match.end("n") or not number.value > 1:
        return None
    return number.value


def _figure_before(
    doc: Document, pos: int, s_start: int, gap: re.Pattern[str]
) -> tuple[int, Amount] | None:
    """The amount that ends right before `pos`, with only `gap` between, and where it starts."""
    text = doc.text
    for mention in reversed(doc.mentions_within(max(s_start, pos - _FIGURE_REACH), pos)):
        if mention.kind not in FIGURES and mention.kind != "fraction":  # 'a quarter more than'
            continue
        prefix = prefix_before(text, mention.start, max(s_start, mention.start - 5))
        start = prefix.start() if prefix else mention.start
        amount = _amount_at(text, start, pos)
        if amount is None:
            continue  # a year: 'in 2023, down from'
        if amount.unit in SECONDS and _SPAN_BEFORE.search(text, max(s_start, start - 24), start):
            continue  # the time it took: '45 deaths in two weeks, up from 30'
        if gap.fullmatch(text, amount.end, pos):
            return start, amount
        # a figure in the time between is passed ('4.2% in the three months to January,
        # compared with'): only a figure with nothing but the gap after it is taken
    return None


def _change(text: str, verb: re.Match[str], limit: int) -> Found | None:
    kind = verb.lastgroup
    direction = "down" if kind.startswith("down") else "up"  # 'neutral' is settled below
    value = _empty_value(direction)
    links: dict = {}
    end = verb.end()
    if kind == "factor":
        value["factor"] = _FACTORS[verb.group(kind).lower()]
        value["direction"] = "up" if value["factor"] > 1 else "down"
        _hedge_factor(links, text, verb.start())  # 'more than doubled'
    elif kind in ("up_short", "down_short", "up_noun", "down_noun"):
        space = _SPACE.match(text, end, limit)
        # past a hedge, as after a verb: 'an increase of almost 60%'
        hedge, at_size = qualifier_at(text, space.end() if space else end)
        amount = _amount_at(text, at_size, limit)
        particle = kind.endswith("short") and _PARTICLE_OF.search(
            text, max(0, verb.start() - 12), verb.start()
        )
        if particle and not (particle.group("market") and amount and amount.unit in _MOVES):
            return None  # "voted down", "set up": a phrasal verb, not a change
        if (
            amount is not None
            and amount.unit is None
            and _TALLY_AFTER.match(text, amount.end, limit)
        ):
            return None  # "voted down 293-125": a tally, where 'up 1 point to 20%' is a change
        if amount is not None:
            end = _read_size(value, links, text, amount, limit, hedge)
        elif not (kind.endswith("short") and _SHORT_CLAUSE.match(text, end, limit)):
            return None  # "up" and "down" alone are not changes ("up to", "set up")
    elif kind in ("up", "down", "neutral"):
        fold = _FOLD_AFTER.match(text, end, limit) if kind == "up" else None
        factor = _multiple_named(text, fold) if fold else None
        if factor is not None:  # 'rose sixfold', 'rose more than sixfold'
            value["factor"], end = factor, fold.end()
            _hedge_factor(links, text, fold.start("n"))
        else:
            # 'fell 1.2% to 7,400', 'fell five percentage points to 21%': a size after the
            # verb, read before an object, which 'five percentage points' would also fit
            amount = _size_after(text, end, limit, absolute=True) if kind != "neutral" else None
            obj = _OBJECT.match(text, end, limit) if amount is None else None
            if amount is not None:
                hedge = _hedge_after(text, end, limit)
                end = _read_size(value, links, text, amount, limit, hedge)
            elif obj:  # 'cut its base rate from 5.25% to 5%'
                end = obj.end()
    elif kind in ("down_sized", "up_sized"):
        amount = _size_after(text, end, limit)
        if amount is None:
            return None
        end = _read_size(value, links, text, amount, limit, _hedge_after(text, end, limit))
    figure_units: list[str | None] = []  # the units of 'from' and 'to'
    for _ in range(3):
        clause = _CLAUSE.match(text, end, limit)
        word = clause.group("word").lower() if clause else None
        compared = word is not None and word.startswith("compared")
        figure_first = word is not None and word.endswith("the")  # 'on the 2,643 a year earlier'
        if compared or (word is not None and word.startswith("on")):
            word = "from"  # 'rose to 1,204 last year, compared with 1,050 in 2022'
        at = word == "at"  # 'closed down 11.8% at 287p': where a price ended, after its move
        if at:
            word = "to" if value["by"] is not None else None
        if word is None or value[word] is not None:
            break
        if clause.group("way") and kind == "neutral":
            break  # a neutral verb ('taking it to 5%') takes its way from its own figures
        if clause.group("way") and clause.group("way").lower() != value["direction"]:
            break  # 'rose 4% in the year to March, down from 4.6%': the rate fell, not prices
        hedge, at_figure, amount = _stated_figure(text, clause.end(), limit)
        if amount is None or (at and not _a_level(amount, value["by_unit"])):
            break
        if (
            at
            and amount.unit is None
            and (amount.value <= value["by"] or _CLOCK.match(text, amount.end))
        ):
            break  # 'rose 300 points at 3pm': a time, where an index's level is above its move
        if (
            (clause.group("way") or compared)
            and value["to"] is None
            and value["by_unit"] == amount.unit == "%"
        ):
            # 'Wages grew 5.6% in the year to June, up from 5.2%': the rate rose; 'sales were up
            # 3.2%, compared with 2.1% a year earlier': a rate of growth set against the last
            break
        if clause.group("way") and value["by"] is not None and _THEN_AFTER.match(text, amount.end):
            break  # 'rose 0.5% to £285,000 in November, up from £270,000 a year earlier': the
            # size may be the month's, the comparison the year's
        then = _THEN_AFTER.match(text, amount.end, limit) if compared else None
        if figure_first:
            then = _THEN_AFTER_FIGURE.match(text, amount.end, limit)
        if (compared or figure_first) and then is None:
            break  # 'rose to 4%, compared with 3% in France': two places, not two times
        if word == "by":
            end = _read_size(value, links, text, amount, limit, hedge)
        else:
            value[word] = amount.value
            links[word] = (at_figure, amount.end)
            figure_units.append(amount.unit)
            end = then.end() if then else amount.end
            counted = _COUNTED_THEN_TO.match(text, end, limit) if word == "from" else None
            if counted:  # 'fell by a fifth, from 5 million offences to 4 million'
                end = counted.end()
    if value["by"] is not None and value["by_percent"] is None and value["to"] is not None:
        # 'risen by 70p in five years, from £3.90 to £4.60, or 18%': the size in per cent
        last = Amount(value["to"], figure_units[-1] if figure_units else None, end)
        beside = _percent_beside(text, last, limit)
        if beside is not None and not OF_NEXT.match(text, beside[0].end, limit):
            percent, at_figure, hedge, end = beside  # (not '..., or 20% of its budget')
            value["by_percent"] = percent.value
            links["by_percent"] = (links["by_end"], at_figure, percent.end, hedge)
    if (
        value["from"] is None
        and value["to"] is None
        and value["by"] is None
        and (value["factor"] is None)
    ):
        return None
    value["unit"] = next((u for u in figure_units if u is not None), None)
    if value["unit"] is None and (not figure_units or value["by_unit"] not in _RELATIVE):
        value["unit"] = value["by_unit"]  # 'rose 5%'; 'rose by £2bn to 10bn'
    if kind == "neutral":  # 'taking pay from £60,000 to £69,000': the figures give the way
        if value["from"] is None or value["to"] is None or value["from"] == value["to"]:
            return None
        value["direction"] = "up" if value["to"] > value["from"] else "down"
        links["direction_from_figures"] = True
    return Found(TYPE, verb.start(), end, value, links)


def _hedge_after(text: str, end: int, limit: int) -> str:
    """The hedge on a size written right after `end` ('almost' in 'rose almost 60%')."""
    space = _SPACE.match(text, end, limit)
    return qualifier_at(text, space.end() if space else end)[0]


def _size_after(text: str, end: int, limit: int, absolute: bool = False) -> Amount | None:
    """The size of a move written right after its verb, after any hedge ('risen almost 200%',
    'fell 50 points'), where 'fell below 4%' names a level crossed. With `absolute`, a size in
    any unit that `_absolute_size` accepts ('rose 4p to 292p')."""
    space = _SPACE.match(text, end, limit)
    if not space or _LEVEL_CROSSED.match(text, space.end(), limit):
        return None
    amount = _amount_at(text, qualifier_at(text, space.end())[1], limit)
    if amount is None:
        return None
    if amount.unit in _MOVES or (absolute and _absolute_size(text, amount, limit)):
        return amount
    return None


def _absolute_size(text: str, size: Amount, limit: int) -> bool:
    """A size in its own unit after the verb, told by its share in per cent beside it ('rose
    4p, or 1.4%') or by a figure in the same unit after 'to' or 'from' ('rose 4p to 292p',
    'fell 30,000 to 1.2 million'), which 'cut 120 jobs' and 'raised £2m to fund' lack."""
    if _percent_beside(text, size, limit) is not None:
        return True
    rate = _RATE_AFTER.match(text, size.end, limit)  # 'rose 5.3p a litre to 157.5p'
    clause = _CLAUSE.match(text, rate.end() if rate else size.end, limit)
    if clause is None or clause.group("word").lower() not in ("to", "from"):
        return False
    figure = _stated_figure(text, clause.end(), limit)[2]
    return figure is not None and figure.unit == size.unit


def _percent_beside(text: str, size: Amount, limit: int) -> tuple[Amount, int, str, int] | None:
    """The size again in per cent right after `size` ('4p, or 1.4%', '30 points (0.4%)', '800,
    or a fifth'): that amount, where its figure starts, its hedge, and where the pair ends."""
    if size.unit == "%":
        return None
    gap = _beside(text, size, limit)
    if gap is None:
        return None
    hedge, at_figure, percent = _stated_figure(text, gap.end(), limit)
    if percent is not None and percent.unit == "fraction":
        # 'fell by 800, or a fifth, to 3,200': a fraction word, as loosely as a hedged per cent
        percent = Amount(percent.value * 100, "%", percent.end)
        hedge = "about" if hedge == "exact" else hedge
    if percent is None or percent.unit != "%":
        return None
    if "(" not in gap.group():
        return percent, at_figure, hedge, percent.end
    close = _BESIDE_CLOSE.match(text, percent.end, limit)
    return (percent, at_figure, hedge, close.end()) if close else None


def _read_size(
    value: dict, links: dict, text: str, size: Amount, limit: int, hedge: str = "exact"
) -> int:
    """Set `by` from `size`, and `by_percent` when the size is given again in per cent beside
    it; where the size ends, after any rate ('5.3p a litre'). Where both figures end, the
    size's hedge ('rose almost 60%', 'by more than 50%') and the per cent's go to the links,
    for the check's tolerance."""
    value["by"], value["by_unit"] = size.value, size.unit
    links["by_end"] = size.end
    if hedge != "exact":
        links["by_hedge"] = hedge
    rate = _RATE_AFTER.match(text, size.end, limit) if size.unit not in _MOVES else None
    if rate is not None:
        return rate.end()
    beside = _percent_beside(text, size, limit)
    if beside is not None:
        percent, at_figure, hedge, end = beside
        value["by_percent"] = percent.value
        links["by_percent"] = (size.end, at_figure, percent.end, hedge)
        return end
    absolute = _absolute_beside(text, size, limit)
    if absolute is None:
        return size.end
    # 'rose 1.4%, or 4p, to 292p': as 'rose 4p, or 1.4%': `by` is the size in the figure's unit
    amount, end = absolute
    value["by"], value["by_unit"], value["by_percent"] = amount.value, amount.unit, size.value
    written = list(_DIGITS.finditer(text, max(0, size.end - 24), size.end))  # '1.4%', '1.4pc'
    at_percent = written[-1].start() if written else size.end
    hedge = qualifier_before(text, at_percent)[0]
    links["by_percent"] = (amount.end, at_percent, size.end, hedge)
    return end


def _beside(text: str, size: Amount, limit: int) -> re.Match[str] | None:
    """What sets a size's second form off after it: ', or ', ' (', or ' or ' alone after a
    size with a unit or of thousands ('an increase of 50,000 or 17%', '£94 or 5%'), since 'by 2
    or 3%' is a range."""
    gap = _BESIDE.match(text, size.end, limit)
    if gap is None and (size.unit is not None or size.value >= 1000):
        gap = _OR_BESIDE.match(text, size.end, limit)
    return gap


def _absolute_beside(text: str, size: Amount, limit: int) -> tuple[Amount, int] | None:
    """The size again in a unit of its own right after a size in per cent ('1.4%, or 4p', '4.99%,
    or £102 a year,'): that amount and where the pair ends."""
    if size.unit != "%":
        return None
    gap = _beside(text, size, limit)
    if gap is None:
        return None
    _, _, amount = _stated_figure(text, gap.end(), limit)
    if amount is None or amount.unit is None or amount.unit in _RELATIVE:
        return None
    end = amount.end
    rate = _RATE_AFTER.match(text, end, limit)
    if rate is not None:
        end = rate.end()
    if "(" in gap.group():
        close = _BESIDE_CLOSE.match(text, end, limit)
        return (amount, close.end()) if close else None
    return amount, end


def _stated_figure(text: str, pos: int, limit: int) -> tuple[str, int, Amount | None]:
    """The hedge before the figure after `pos`, where the figure starts, and the figure. An
    estimate is read as written, its hedge kept in `text` ('to an estimated 10.3m'); a bound
    ('to as much as £100bn') gives None, left to the claim of its own type, which keeps it."""
    hedge, at_figure = qualifier_at(text, pos)
    if hedge not in ("exact", "about"):
        return hedge, at_figure, None
    return hedge, at_figure, _amount_at(text, at_figure, limit)


def _amounts_not_years(text: str, pos: int, amount: Amount, limit: int) -> bool:
    """'fell from 2000 to 1500', 'from 2000 to 1,950 points', 'rose from 2000 to 2500': a
    figure like a year is an amount in a move whose other end has a unit, is no year, or runs
    back in time, as no span of years does."""
    to = _TO.match(text, amount.end, limit)
    if to:
        other = read_amount(text, to.end(), limit)
        return other is not None and (
            other.unit is not None
            or other.value < amount.value
            or not YEAR.fullmatch(text, to.end(), other.end)
        )
    before = _YEAR_FROM_BEFORE.search(text, max(0, pos - 16), pos)
    return before is not None and (
        not YEAR.fullmatch(before.group("year")) or int(before.group("year")) > amount.value
    )


def _a_level(amount: Amount, by_unit: str | None = None) -> bool:
    """A price or an index level ('287p', '7,400 points'), not a rate or a time ('3pm'); after a
    move in points, a bare figure ('closed up 45 points at 7,650')."""
    if amount.unit is None:
        return by_unit == "point"
    return amount.unit not in _RELATIVE


def _empty_value(direction: str) -> dict:
    return {"from": None, "to": None, "by": None, "direction": direction, "unit": None,
            "by_unit": None, "by_percent": None, "factor": None}  # fmt: skip


def _amount_at(text: str, pos: int, limit: int) -> Amount | None:
    amount = read_amount(text, pos, limit)
    if amount is None:
        return None
    if (
        amount.unit is None
        and YEAR.fullmatch(text, pos, amount.end)
        and not _amounts_not_years(text, pos, amount, limit)
    ):
        return None  # "rose from 2019 to 2023" names years, not amounts
    if amount.unit is None and _SHARE_AFTER.match(text, amount.end, limit):
        return None
    if amount.unit is None and _MONTH_AFTER.match(text, amount.end, limit):
        return None  # 'rise by 4.6% from 2 March': a day of the month
    return amount
