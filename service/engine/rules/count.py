"""Counts of people and things: '56 Labour MPs', 'more than 1,200 people', 'thousands'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter

from ..document import Document, Found, KeywordHits
from ..readers.money import currency_after
from ..scan import MONTHS, WEEKDAYS, Mention
from .phrases import (
    IRREGULAR_PAST,
    NAMED_BY_A_FIGURE,
    NET_BEFORE,
    NET_REACH,
    NET_TRIGGERS,
    NET_WORD,
    OF_NEXT,
    PER_ITEM,
    PER_PERIOD,
    PLACE_ADVERBS,
    PREPOSITIONS,
    SHARE_THEN_RESTATED,
    STOP_WORDS,
    THE_REST_BEFORE,
    WORD,
    YEAR,
    a_verb,
    is_item,
    is_plural,
    noun_phrase_after,
    qualifier_before,
    range_start,
    record_before,
    votes_unwritten,
)

TYPE = "count"
PRIORITY = 10

# A first word after the number that makes it something other than a count of things.
_NOT_COUNTED = frozenset(
    """per percent pc percentage points point p pence pounds pound dollars dollar euros euro
    cents cent am pm a.m p.m o'clock gmt bst bc ad km kilometres kilometers miles mile metres
    meters metre m cm mm kg kilograms tonnes tons litres liters gallons mph kph degrees acres
    hectares mw gw kw kwh twh feet foot ft inches inch yards lb lbs st seconds second minutes
    minute hours hour days day weeks week months month years year decades decade centuries
    century times fold old ahead behind adrift""".split()
)
# Words before a number that make it a label ("Section 28", "page 4"), not a count.
_LABELS = frozenset(
    """no number page pages section article clause chapter paragraph room flight route
    platform rule schedule part volume vol exit junction gate bus channel level grade
    stage phase tier band category year type size series season version magnitude
    per every""".split()
)  # 'per 100,000 people', 'for every 1,000 births': the base of a rate, no count
# 'Last year 7,127 fires burned': a time, where 'Year 7 pupils' names a school year
_TIME_BEFORE = re.compile(r"\b(?:last|this|next|that|every|each|previous)\s+year\s+$", re.I)
# '180 offences per 100,000 people': a rate, whose figure counts no offences
_PER_FIGURE = re.compile(r"\s+(?:per|for\s+every)\s+(?:\d|one\b)", re.IGNORECASE)
# 'The number of patients ... was 3.1 million': what the number counts is named before it
_NUMBER_OF = re.compile(r"\b[Tt]he\s+(?:total\s+)?number\s+of\s+")
_NUMBER_OF_REACH = 200
# A verb that states a subject's total: 'Measles cases reached 2,911', 'Arrests totalled 4,112'
_REACHED = re.compile(
    r"\b(?:reached|totalled|totaled|numbered|hit|topped|stood\s+at)\s+$", re.IGNORECASE
)
_SENTENCE_LEAD = re.compile(r"[\s\"“‘'(]*(?:[Tt]he\s+)?")
# The subject, up to three words, then a short place or cause: 'Measles cases in England and
# Wales', 'Deaths from the virus', 'The population of the UK'
_SUBJECT = re.compile(
    r"(?P<noun>(?:[A-Za-z][\w’'-]*\s+){0,2}(?P<head>[A-Za-z][\w’'-]*))"
    r"(?:\s+(?:in|of|from|across|at|among|on|to)\s+(?:the\s+)?[\w’'-]+(?:\s+and\s+[\w’'-]+)?)?\s+"
)
_SUBJECT_REACH = 60
_VERB_LIKE = re.compile(r"\w(?:ed|ing)\b")  # 'Police arrested 40 people': no subject of a total
# Plural nouns that name measures, not things that can be counted: 'Prices reached 300,000'
_MEASURES = frozenset(
    """prices rates levels figures numbers totals values costs fees fares rents bills wages
    salaries earnings sales revenues profits losses returns yields savings debts payments
    benefits pensions tariffs premiums temperatures scores ratings readings shares emissions
    sums amounts budgets""".split()
)
_STATED_AS = re.compile(r"\b(?:was|is|were|are|stood\s+at|totalled|totaled|reached|hit)\s+$")
_ESTIMATED_AT = re.compile(
    r"\b(?:estimated|put|stood|stands|totalled|totaled|valued|numbered)\s+(?:at\s+)?$",
    re.IGNORECASE,
)
# Words before a number of three or more digits that make it a telephone number ('call 101').
_PHONE = frozenset("call dial ring phone telephone tel text".split())
# "one" in these phrases is not a count of one.
_ONE_IDIOMS = frozenset("of another day way time thing side hand point back off out away".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_CODE = re.compile(r"[A-Z]{1,3}")  # "BA 286", "A 40": a code before a number makes it a label
_CALENDAR = frozenset([*MONTHS, *WEEKDAYS])
_PLACE_LEAD = re.compile(r"\b(?:in|across|throughout|around|outside)$", re.IGNORECASE)
_VAGUE_SCALE = re.compile(r"\s+of\s+(thousands|millions)\b", re.IGNORECASE)
_FOLLOWED_BY_SYMBOL = re.compile(r"[-–%/]|\s*%|\s*per\s*cent", re.IGNORECASE)
# The second figure of a score or split ('a 5-4 ruling', 'a 2-0 win'): not a count of rulings.
_PAIRED_AFTER = re.compile(r"\d[-–]$")
_CURRENCY_BEFORE = "£$€¥₹"
_VERBS_AFTER_COUNT = frozenset(
    """were are was is had have remain remained still will would could may might must did do
    does""".split()
)
_NOT_AN_ENTITY = STOP_WORDS | _VERBS_AFTER_COUNT
_MORE_LEAD = re.compile(r"\b(?:a\s+further|another)\s+$|" + THE_REST_BEFORE.pattern, re.I)
# present verbs that are nouns too, verbs when a place or time follows: '150 work in London',
# '300 live abroad' ('150 work permits', '40 live births' count permits and births)
_VERBS_BEFORE_WHERE = frozenset("work live sleep".split())
_WHERE_AFTER = re.compile(r"\s+(?:in|at|on|for|from|abroad|locally|overseas|nearby)\b", re.I)
# singular nouns that stand for a number of people: 'Net migration hit a record 906,000'
_PEOPLE_BY_ONE_NOUN = frozenset(
    """migration immigration emigration unemployment attendance membership toll turnout
    population""".split()
)
# '51 seats: Labour holds ', '650 seats: the Conservatives won '
_COLON_WHOLE_THEN_NAME = re.compile(
    r"\d\s+(?P<noun>[a-z]+s)\s*:\s*(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?:holds?|held|has|had|won|wins|took|takes|got|gets|secured|controls?|controlled)\s+$"
)
_COLON_WHOLE_REACH = 80
# what follows a figure set against another, never what it counts: '50 longer than the 269'
_COMPARATIVES = frozenset(
    """longer taller higher lower bigger larger smaller shorter wider deeper older younger
    heavier lighter faster slower more fewer less greater""".split()
)
# a gap, not a count: '12 short of a majority', '10 clear at the top', '50 longer than'
# ('300 more people' counts people)
_A_GAP_AFTER = re.compile(
    rf"\s+(?:short|clear|{'|'.join(sorted(_COMPARATIVES - {'more', 'fewer', 'less'}))})\b"
    r"(?=\s+(?:of|at|in|on|than)\b|\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)
_PARTICIPLE_ALONE = re.compile(r"[a-z]+ing")
_PEOPLE_NOUN_STATED = re.compile(  # 'Immigration was ', 'putting net migration at '
    rf"\b(?P<noun>(?:net\s+|death\s+)?(?:{'|'.join(sorted(_PEOPLE_BY_ONE_NOUN))}))"
    r"(?:\s+(?:was|is|stood\s+at|at|of|totalled|reached|hit))?\s+$",
    re.IGNORECASE,
)
_PEOPLE_NOUN_REACH = 40
# the share a part is, set off right after it: '56 (14%) were', '56, or about 14%, were',
# '1.4 million (two-thirds) were'
_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?"
_SMALL = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_FRACTION = r"(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
# '14%', 'two-thirds', 'a quarter', 'one in five'
_SHARE = (
    rf"{_HEDGE}(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|(?:(?:a|one|two|three|four)[\s-])?"
    rf"{_FRACTION}|{_SMALL}\s+(?:in|out\s+of)\s+{_SMALL})"
)
_SHARE_SET_OFF = re.compile(
    rf"\s*(?:\(\s*{_SHARE}\s*\)|,\s*(?:or\s+)?{_SHARE}\s*,|\s[–—-]\s*(?:or\s+)?{_SHARE}\s*[–—-])",
    re.IGNORECASE,
)
# verbs in the present that may follow a count and its share: '1,400 (70%) support the ban'
_PRESENT_AFTER_SHARE = frozenset(
    """say says want wants support supports oppose opposes back backs think thinks believe
    believes agree agrees disagree disagrees live lives work works plan plans expect
    expects""".split()
)
_COLLECTIVE_BEFORE = re.compile(  # 'a workforce of', "the trust's workforce of", "Britain's"
    r"\b(?:(?:a|an|its|their|the|his|her)\s+(?:[A-Za-z-]+(?:['’]s|s['’])\s+)?"
    r"|[A-Z][A-Za-z-]*(?:['’]s|s['’])\s+)(?:total\s+|global\s+|combined\s+)?(?P<noun>workforce|"
    r"crowd|population|membership|electorate|fleet|congregation|audience|intake|staff)\s+of\s+$",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(PER_PERIOD, re.IGNORECASE)
# the words each opens with, looked up before the patterns are tried
_PER_WORDS = frozenset(["a", "an", "per", "each", "every"])
_PER_ITEM_OPENS = frozenset("aepf")  # 'a', 'an', 'each', 'apiece', 'per', 'for each'
# before a rate that restates a count: '..., 130 a day', '- about 1,000 a week', 'an average of'
_RATE_LEAD = re.compile(r"(?:[,:–—(]|\s-|\ban\s+average\s+of|\bor)\s+$", re.IGNORECASE)
# ', 6,000 in Syria', ': 162 in the placebo group', 'compared with three in the bottom fifth'
_AND_BEFORE = re.compile(r"(?:[,:]|\b(?:and|with|while))\s+$")  # ", while 300 left"
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+$", re.IGNORECASE)
# 'to the Conservative's 14,444', "to Karen Shore's 12,639": a rival's figure after the first
_TO_A_RIVALS = re.compile(
    r"\s+to\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s|s['’])\s+\d"
)
_VOTE_WORDS = re.compile(r"\b(?:votes?|voted|won|wins|majority|elected|ballots?|polled)\b", re.I)
# the figure a count is set against: 'almost six times the 496 recorded in 2023', 'double
# the 1,200 seen last year', 'more than the 300 expected'
_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:times|double|twice|half|than|treble|triple)\s+(?:the|its|their)\s+$", re.IGNORECASE
)
# seats or members won or lost, after the count of what is held: ', a gain of ', ', a loss of '
# (a rise or a fall of a figure is a move of its own; 'a net gain of' is a net figure)
_GAIN_OF_BEFORE = re.compile(r",\s*(?:an?\s+)?(?:gain|loss)\s+of\s+$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s+$")  # 'Karen Shore's 12,639', 'the Greens' 2,314'
# a name standing for the verb and noun it shares with a count before: 'Labour won 412 seats,
# the Conservatives 121 and the Liberal Democrats 72', '... ahead of Reform on 15,251 (34%)'
_GAPPED_BEFORE = re.compile(
    r"(?:,|\band|\bahead\s+of|\bbehind|\bfollowed\s+by)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}"
    r"(?:on\s+|with\s+)?$"
)
_GAPPED_REACH = 48
_AMONG_BEFORE = re.compile(r"\bamong(?:st)?\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_OUT_OF_BEFORE = re.compile(r"\b(?:from|in|of|out\s+of)\s+$", re.IGNORECASE)
# a verb of harm after 'and' or a comma, sharing the noun a count before it names
_AND_HARMED_BEFORE = re.compile(
    r"(?:,|\band)\s+(?:injured|wounded|hurt|killed|rescued|arrested|evacuated)\s+$", re.IGNORECASE
)
_HARMED_REACH = 24
_CASUALTIES = frozenset("dead injured wounded missing hurt".split())
# a share of a count, then an aside opening: 'About a quarter of the 1,200 workers - ', 'One in
# four of the 1,200 staff (' (which a small figure may restate: '- roughly 300 -', '(300)')
_SHARE_OF_COUNT_BEFORE = re.compile(
    rf"(?:%|\bper\s*cent|\b{_FRACTION}"
    r"|\bin\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))\s+of\s+"
    r"(?:the|its|their|all(?:\s+the)?)\s+\d[\d,.]*(?:\s+(?:million|billion))?"
    r"(?:\s+[A-Za-z][\w'’-]*){1,3}\s*[(–—,-]\s*(?:or\s+)?$",
    re.IGNORECASE,
)
# '..., leaving 1,500', 'leaving just 13', 'leaving it with 1,500 staff': what a part leaves
_LEAVING_BEFORE = re.compile(
    r"\bleaving\s+(?:(?:it|them|him|her|us|the\s+[\w'’-]+|[A-Z][\w'’-]*)\s+with\s+)?"
    r"(?:(?:just|only|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
_ASIDE_OPENS = re.compile(r"(?:^|\s|(?<=\w))([(–—,-])\s*(?:or\s+)?$")  # ', or 1,200,'
_ASIDE_CLOSES = re.compile(r"\s*([)–—,-])(?:\s|$)")
_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether)\b", re.IGNORECASE)
_NOUN_THEN_COMMA = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){1,3}\s*,\s*")  # ' members, '
_ASIDE_PAIRS = {"(": ")", "–": "–", "—": "—", "-": "-", ",": ","}
# what ends a gapped count: 'the Conservatives 121 and', 'Labour 12,006 (30.1%),'
_GAP_END = re.compile(r"\s*(?:\(\s*\d[\d.]*\s*(?:%|per\s*cent)\s*\)\s*)?(?:[,.;:)]|$|(?:and|or)\b)")
# 'four' in 'one in four jobs': a ratio's denominator, not a group that 'of those' can mean
_RATIO_BEFORE = re.compile(r"\b(?:one|a|\d+)\s+(?:in|out\s+of)\s+$", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|(?P<relative>which|whom))\b", re.IGNORECASE)
_SERVICE_NUMBER = re.compile(r"\s+(?P<number>999|911|111|112|101)(?=\s+calls?\b)")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_OF_WHICH_BEFORE = re.compile(r"(?P<comma>,\s*)of\s+(?P<relative>which|whom)\s+$", re.IGNORECASE)
# a clause after the antecedent of 'whom', naming no other group: not 'treated by doctors'
_CLAUSE_TO_COMMA = re.compile(r"(?:(?!\b(?:by|with|and|or)\b)[^\d,;:.!?]){0,50},\s*", re.I)
_QUANTIFIERS = frozenset("many several numerous various few".split())  # 'many branches, 5 of which'
_NOUN_BEFORE_COMMA = re.compile(r"(?P<noun>(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*),\s*$")
_OF_THE_NOUN = re.compile(r"\s+of\s+(?:the|those|these)\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)
# 'Of those, 3.1 million ...', 'Of those arrested, 56 were charged': a part of the count before
_OF_THOSE_LEAD = re.compile(
    r"[\"“‘'(]?(?i:of)\s+(?:those|them|these)(?:(?:\s+[a-z]+){0,3}\s*,)?\s*"
)
_OF_THOSE_NOUN = re.compile(r"[\"“‘'(]?(?i:of)\s+(?:those|these)\s+(?P<noun>[a-z]+)\s*,")
_OF_THOSE = re.compile(r"(?i:of)\s+(?:those|them|these)\b")
_OF_THOSE_WHO = re.compile(r"(?i:of)\s+(?:those|these)\s+(?:who|that)\s+(?P<verb>[a-z]{3,})\b")
_OF_TRIGGERS = frozenset(["of"])
_LEAD_REACH = 200  # characters from an 'Of those' lead to the numbers it leads
_BY_NOUN = "whole_by_noun"  # links key: the noun a part's whole was found by ('of the cases')
_NAMED_WHOLE_REACH = 1500  # characters back to an earlier count that 'of the cases' may mean
_NAMED_WHOLE_MOST = 40  # and counts back, at most
_PREVIOUS_REACH = 600  # characters back to the count that 'of them' or 'and 6,000 in' refers to
_PREVIOUS_MOST = 12  # mentions back to it, at most
# 'A survey of 2,000 adults found that ', 'a YouGov poll of 1,500 voters suggests ': whom it asked
_SURVEY_FOUND = re.compile(
    r"\b(?:survey|poll|questionnaire|study)\s+of\s+(?:more\s+than\s+|over\s+|almost\s+)?"
    r"(?P<whole>\d[\d,]*)\s+(?:[A-Za-z’'-]+\s+){1,3}?"
    r"(?:found|finds|showed|shows|suggested|suggests|revealed|reveals)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# a clause after the opening one that leads with a whole of its own: 'Of the 300 patients, 120
# were men, and of the 500 staff, 200 were women'; after a colon or semicolon, one that opens
# a sentence with no such lead: 'The vaccine was 95% effective: of the 170 cases, 162 ...'
_LATER_OF_LEAD = re.compile(
    r"(?P<stop>[,;:])\s*(?:(?:and|but|while|whereas)\s+)?of\s+"
    r"(?:(?:the|those|these|its|their)\s+)?(?=\d)",
    re.IGNORECASE,
)
_LATER_OF_REACH = 120
# a record of results: 'won 20, drawn five and lost three', 'won 20, drew 5, lost 3'
_RESULTS = {"won": "won", "drawn": "drawn", "drew": "drawn", "tied": "drawn", "lost": "lost"}
_RESULT_WORDS = "|".join(_RESULTS)
_RESULT_WORD = re.compile(rf"\b({_RESULT_WORDS})\b", re.IGNORECASE)
_RESULT_THEN_SPACE = re.compile(rf"({_RESULT_WORDS})\s+", re.IGNORECASE)
_RESULT_TRIGGERS = frozenset(_RESULTS)
_RESULT_COUNT = r"(?:\d+|[a-z]+(?:-[a-z]+)?)"
_RECORD = re.compile(
    rf"\b(?:{_RESULT_WORDS})\s+{_RESULT_COUNT}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_RESULT_WORDS})\s+{_RESULT_COUNT}){{1,3}}\b",
    re.IGNORECASE,
)
_RECORD_REACH = 80
# the games a record is of, right after it: ' of their 28 league games', ' in 14 matches'
_GAMES_OF = (
    r"(?:of|from|in)\s+(?:(?:their|its|his|her|the|all)\s+)?(?P<whole>\d+|[a-z]+)\s+"
    r"(?P<games>(?:[a-z-]+\s+){0,2}?(?:games|matches|fixtures|races|fights|bouts|contests|"
    r"starts|appearances|Tests|internationals|ties))\b"
)
_RECORD_OF = re.compile(r"\s+" + _GAMES_OF, re.IGNORECASE)
# or right before it: '33 points from 14 games, having won 10, drawn three and lost one'
_RECORD_AFTER_GAMES = re.compile(
    rf"\b{_GAMES_OF}(?:\s+this\s+season)?\s*,\s*(?:having\s+|with\s+)?$", re.IGNORECASE
)
_OF_THE_LEAD = re.compile(
    r"[\"“‘'(]?(?i:(?:out\s+)?of)\s+(?:(?:the|those|these|its|their|his|her|our)\s+)?"
)
# after a whole with no noun of its own: where or which it is ('of the 2,000 on placebo',
# 'of the 500 who replied')
_BARE_WHOLE_ENDS = re.compile(
    r"\s+(?:on|in|at|from|who|that|taking|given|receiving|surveyed|asked|tested|questioned|"
    r"polled|treated|enrolled)\b|\s*[,;:)]",
    re.IGNORECASE,
)
# 'of the', 'of a total of', 'of all', 'of their last', "of Scotland's", "of the county's" between
# a part and its whole (IGNORECASE: the possessive may be of any word)
_OF_THE = re.compile(
    r"\s+of\s+(?:a\s+total\s+of\s+|all\s+(?:the\s+)?|"
    r"(?:(?:(?:the\s+)?[A-Z][\w-]*['’]s|the|their|its|his|her|our|my|your)\s+)?"
    r"(?:(?:last|past|first|next|previous|final|remaining)\s+)?)",
    re.IGNORECASE,
)
# "10 Downing Street": a street number, not ten streets.
_ADDRESS = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Place|Square|Terrace|Drive|Crescent|Way|Close|"
    r"Gardens|Row|Hill|Court|Boulevard)\b"
)


_SHARE_REACH = 120  # characters back from a part and whole to the share they restate
_IN_EVERY = re.compile(r"\s+in\s+(?:every\s+)?", re.IGNORECASE)  # 'one in five', 'one in every 5'
_STRONG = re.compile(r"[-‑](?:strong|(?P<size>member|seat))\s+")
# bodies that vote, whose '55-member' or '100-seat' counts every vote they can cast
_BODIES = frozenset(
    "council committee board senate assembly parliament chamber house jury panel court cabinet "
    "legislature commission congress".split()
)
_GROUPS = frozenset(
    "team squad force crew delegation army group crowd workforce staff unit panel committee "
    "board cabinet contingent party".split()
)


def find(doc: Document) -> list[Found]:
    counts = list(_counts(doc))
    _settle_named_wholes(counts)
    _name_parts(doc, counts)
    return counts


def _counts(doc: Document) -> Iterator[Found]:
    mentions = doc.mentions
    results = doc.keywords(_RESULT_THEN_SPACE, _RESULT_TRIGGERS)  # 'won ', 'drawn '
    # past the claims of a higher priority: a count over one of them would lose
    for index, mention in doc.claimed.unheld(mentions, attrgetter("start")):
        if mention.kind == "number":
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            found = (
                (_record(doc, mention, results) if results.items else None)
                or _part_of(doc, mention, following)
                or _range(doc, mention, following)
                or (None if _second_of_pair(doc.text, mention) else _exact(doc, mention))
            )
        elif mention.kind == "vague":
            found = _vague(doc, mention)
        else:
            continue
        if found:
            yield found


def _strong(doc: Document, mention: Mention, strong: re.Match[str]) -> Found | None:
    """The group a '20,000-strong' counts: one word ('workforce', 'Commons'), or two when the
    second names a group ('police team'), not a verb ('squad flew out'). A body that votes
    sized by its members or seats ('the 55-member council', 'the 100-seat Senate') is marked
    for tally_total as the most votes it can cast; other '-member' or '-seat' things are not
    counts ('a 40-seat restaurant'). Every such count is marked a group's size, which is not
    the number who voted when 'voted' follows it ('The 12-strong jury voted 10-2')."""
    s_end = doc.sentence_bounds(mention.start)[1]
    entity, end = noun_phrase_after(doc.text, strong.end(), s_end, 2)
    if entity and len(entity.split()) == 2 and entity.split()[1].lower() not in _GROUPS:
        entity, end = noun_phrase_after(doc.text, strong.end(), s_end, 1)
    if not entity:
        return None
    body = entity.split()[-1].lower() in _BODIES
    if strong.group("size") and not body:
        return None
    found = _count(doc.text, mention, end, entity=entity)
    found.links["group"] = True
    if body:
        found.links["body"] = True
    return found


def _record(doc: Document, mention: Mention, results: KeywordHits) -> Found | None:
    """A number in a record of results and the games it is of: 'won 20, drawn five and lost
    three of their 28 league games', 'Of their 28 games, they have won 20, drawn five and lost
    three', '33 points from 14 games, having won 10, drawn three and lost one': the games won,
    drawn or lost, of the 28, marked with the result for the checks."""
    text = doc.text
    verb = results.within(max(0, mention.start - 8), mention.start)
    if not verb or verb[-1].end() != mention.start:
        return None
    s_start, s_end = doc.sentence_bounds(mention.start)
    window = max(s_start, mention.start - _RECORD_REACH), min(s_end, mention.end + _RECORD_REACH)
    record = next(
        (m for m in _RECORD.finditer(text, *window) if m.start() <= mention.start < m.end()), None
    )
    if record is None:
        return None
    given = {_RESULTS[v.lower()] for v in _RESULT_WORD.findall(record.group())}
    if len(given) < 2:
        return None  # 'won 20 and won 5 more': no record
    games = _RECORD_OF.match(text, record.end(), s_end) or _RECORD_AFTER_GAMES.search(
        text, max(s_start, record.start() - _RECORD_REACH), record.start()
    )
    if games:
        whole = doc.mentions_within(games.start("whole"), games.start("whole") + 1)
        entity = games.group("games")
    else:
        lead = _OF_THE_LEAD.match(text, _opening(doc, mention), record.start())
        whole = doc.mentions_within(lead.end(), lead.end() + 1) if lead else []
        entity = noun_phrase_after(text, whole[0].end, record.start())[0] if whole else None
    if not whole or whole[0].kind != "number" or not entity:
        return None
    found = _count(text, mention, mention.end, entity=entity, of=whole[0].value)
    found.links["result"] = _RESULTS[verb[-1].group(1).lower()]
    return found


def _second_of_pair(text: str, mention: Mention) -> bool:
    """'4' in 'a 5-4 ruling' or '0' in 'a 2-0 win' (a range, '5-10 people', is read first)."""
    return bool(_PAIRED_AFTER.search(text, max(0, mention.start - 2), mention.start))


def _exact(doc: Document, mention: Mention) -> Found | None:
    text = doc.text
    if NAMED_BY_A_FIGURE.match(text, mention.start):
        return None
    if mention.start and text[mention.start - 1] in _CURRENCY_BEFORE:
        return None
    strong = _STRONG.match(text, mention.end)
    if strong:  # 'a 20,000-strong workforce', 'a 40-strong police team': the group after counts
        return _strong(doc, mention, strong)
    if _FOLLOWED_BY_SYMBOL.match(text, mention.end):
        return None
    if _GAP_END.match(text, mention.end):
        gapped = _count_like_before(
            doc, mention, _GAPPED_BEFORE, _GAPPED_REACH
        ) or _count_harmed_too(doc, mention)
        if gapped is not None:  # 'Labour won 412 seats, the Conservatives 121 and ...'
            # read before 'Conservatives 121' could be taken for a name; 'killed 14 people,
            # injured 188 and ...'
            return gapped
    if _after_leaving(text, mention):
        return _left(doc, mention)  # '..., leaving 1,500': what is left of a whole
    label = _WORD_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if label and (
        (label.group(1).lower() in _LABELS and not _time_year(text, label))
        or (label.group(1).lower() in _PHONE and _phone_like(text, mention))
        or _CODE.fullmatch(label.group(1))
        or _in_a_name(doc, label, mention)
    ):
        return None
    _, s_end = doc.sentence_bounds(mention.start)
    next_word = WORD.match(text, mention.end, s_end)
    verb_after_share = False
    if next_word is None:  # 'Of the 400 arrested, 56 (14%) were charged': past the share
        share = _SHARE_SET_OFF.match(text, mention.end, s_end)
        verb = share and WORD.match(text, share.end(), s_end)
        if verb and _verb_after_count(verb.group(1)):
            next_word, verb_after_share = verb, True
        elif verb and verb.group(1).lower() in PREPOSITIONS:
            joined = _count_like_before(doc, mention)
            if joined is not None:  # '... and 1.8 million (60%) in the suburbs'
                return joined
    next_lower = next_word.group(1).lower() if next_word is not None else ""
    qualified = qualifier_before(text, mention.start)
    lead_end = qualified[1]
    collective = (  # 'of' right before is cheap to test for, on every number
        text[max(0, lead_end - 4) : lead_end].rstrip().lower().endswith("of")
        and _COLLECTIVE_BEFORE.search(text, max(0, mention.start - 40), lead_end)
    )
    if collective:
        after = noun_phrase_after(text, mention.end, s_end)[0]
        if not after or a_verb(after):
            # 'a workforce of 12,000', 'a crowd of 53,112 watched': the noun before counts them
            return _count(text, mention, mention.end, entity=collective.group("noun").lower())
    whole = _of_which_whole(doc, mention, lead_end)
    if whole is not None:  # '1,200 beds, of which 1,150 were occupied'
        entity, end = noun_phrase_after(text, mention.end, s_end)
        if not entity or a_verb(entity) or not is_plural(entity.split()[-1].lower()):
            entity, end = None, mention.end  # 'of whom 170 caught Covid': no count of 'Covid'
        return _count(text, mention, end, entity=entity, of=whole.value)
    led = _led_by_of_those(doc, mention)
    # what 'Of those' refers to: the count that did what 'those who arrived' did, else the
    # group before the lead ('2,539 adults in 11 countries. Of those, 1,694 received the drug
    # and 845 a placebo': 845 of the 2,539, not of 1,694 or of 11 countries)
    group = (_group_by_verb(doc, mention) or _group_before_lead(doc, mention)) if led else None
    of_group = group.value if group else None
    if led and (not next_word or next_lower in _NOT_AN_ENTITY):
        return _count(text, mention, mention.end, of=of_group)
    if not next_word and votes_unwritten(doc, mention.start, mention.end):
        # 'the SNP, which polled 8,399.', 'a majority of 4,210 over Mr Jones, who took 14,222':
        # a number of votes, though the word is not written
        return _count(text, mention, mention.end)
    if next_lower in _PER_WORDS and _PER_PERIOD.match(text, mention.end, s_end):
        # 'Some 4,000 migrants crossed in October, 130 a day on average', '1,234 people died in
        # 2023, an average of more than three a day': a rate of what the count before counts
        return _count_like_before(doc, mention, _RATE_LEAD, reach=16)
    per_item = (
        PER_ITEM.match(text, mention.end, s_end) if next_lower[:1] in _PER_ITEM_OPENS else None
    )
    if per_item and per_item.group("item"):
        # 'Its 1,200 stores employ 140,000 people, an average of 117 per store'
        found = _count_per_item(doc, mention, per_item.group("item"))
        if found is not None:
            return found
    if not next_word or next_lower in STOP_WORDS:
        entity = _number_of(doc, mention)
        if entity:  # 'The number of patients waiting ... was 3.1 million'
            return _count(text, mention, mention.end, entity=entity)
        entity = _subject_counted(doc, mention) or _people_noun_stated(text, mention)
        if entity:  # 'Measles cases in England reached 2,911 last year'; 'Immigration was 1.2
            # million and emigration 479,000'
            return _count(text, mention, mention.end, entity=entity)
        if _large(text, mention) and _ESTIMATED_AT.search(
            text, max(0, mention.start - 24), qualifier_before(text, mention.start)[1]
        ):  # 'Immigration was estimated at 898,000': a figure stated as a whole
            return _count(text, mention, mention.end)
        if doc.keywords(NET_WORD, NET_TRIGGERS).within(
            max(0, lead_end - NET_REACH), lead_end
        ) and NET_BEFORE.search(text, max(0, lead_end - NET_REACH), lead_end):
            return _count(text, mention, mention.end)  # 'a net gain of 7,000': net_balance's
    service = _SERVICE_NUMBER.match(text, mention.end, s_end)
    if service:  # '11.2 million 999 calls': the count, then the number the calls went to
        entity, end = noun_phrase_after(text, service.end(), s_end)
        if entity:
            return _count(text, mention, end, entity=f"{service.group('number')} {entity}")
    if next_word and next_lower in ("in", "altogether"):
        total = _total_of_earlier(doc, mention)
        if total is not None:  # '14 stores in Scotland, 9 in Wales and 3 in Northern Ireland -
            return total  # 26 in all'
    if (
        not next_word
        and (
            _large(text, mention)
            or _SHARE_OF_COUNT_BEFORE.search(text, max(0, lead_end - 80), lead_end)
        )
        and _aside(doc, mention, lead_end)
    ):
        # 'About 7% of the UK's 67 million people - some 4.7 million - live in poverty', '60% of
        # its 1.3 million members, around 780,000, had voted': the part a share makes, an aside
        return _count(text, mention, mention.end)
    if not next_word:  # 'took 12,645 votes to Karen Shore's 12,639'
        before = _WORD_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        whole = _whole_led(doc, mention)
        if (
            whole is not None
            and whole != mention.value
            and before is not None
            and before.group(1).lower() not in PREPOSITIONS
            and qualifier_before(text, mention.start)[0] == "exact"
        ):  # 'Of the 650 seats, Labour won 412, ...': a part of the whole the sentence opens
            # with ('... children under 10.' is an age)
            return _count(text, mention, mention.end, of=whole)
        named = _colon_whole_named(text, mention)
        if named:  # 'The council has 51 seats: Labour holds 27, the Conservatives 15 ...'
            return _count(text, mention, mention.end, entity=named)
        return _count_like_before(doc, mention, _POSSESSIVE_BEFORE) or _count_like_before(
            doc, mention, _GAIN_OF_BEFORE, reach=24
        )  # 'Labour won 412 seats, a gain of 211': 211 seats
    if (
        next_lower == "to"
        and _TO_A_RIVALS.match(text, mention.end, s_end)
        and _VOTE_WORDS.search(text, *doc.context(mention.start, mention.end))
    ):
        # 'taking 15,678 to the Conservative's 14,444': the winner's votes against a rival's
        return _count(text, mention, mention.end, entity="votes")
    if next_lower in _NOT_COUNTED or _A_GAP_AFTER.match(text, mention.end):
        return None  # '12 short of a majority', '10 clear at the top', '50 longer than': a gap
    if next_word.group(1) in _CALENDAR:
        return None  # '31 February': a date that cannot be, not 31 of anything
    them = _OF_THEM.match(text, mention.end, s_end)
    named = _OF_THE_NOUN.match(text, mention.end, s_end)
    if them and named and is_plural(named.group("noun")) and mention.value != 1:
        # '2,400 people across 31 sites, and 600 of those jobs': the whole is a count of jobs,
        # not the nearest count; with none near, a count of jobs alone
        whole = _count_of_noun_before(doc, mention, named.group("noun"))
        return _count(text, mention, named.end(), entity=named.group("noun"), of=whole)
    if them and mention.value != 1:  # 'one of those' is a pronoun, not a count
        whole = _previous_count(doc, mention)
        if them.group("relative"):  # 'of which', 'of whom': what stands before the comma
            comma_end = qualifier_before(text, mention.start)[1]
            if whole is not None and _right_before_comma(
                text, whole, comma_end, them.group("relative").lower() == "whom"
            ):  # '40 people, 12 of whom'; '43 people were arrested, 12 of whom'
                return _count(text, mention, them.end(), of=whole.value)
            named = _noun_before_comma(text, mention)  # 'youth clubs, more than 750 of which'
            return _count(text, mention, them.end(), entity=named) if named else None
        if whole is not None and _AMONG_BEFORE.search(text, max(0, whole.start - 12), whole.start):
            # '170 cases of Covid among the 43,000 participants, 162 of them': the cases; the
            # participants only say where they were found
            s_start, _ = doc.sentence_bounds(mention.start)
            head = next(_counts_before(doc, mention, s_start, end=whole.start), None)
            if head is not None and head.value >= mention.value:
                whole = head
        # '400 people were arrested. 56 of them were charged.'; with no count of the group
        # near ('followed the participants for 34 years. 48,193 of them died'), a count alone
        return _count(text, mention, them.end(), of=whole.value if whole else None)
    if named and mention.value != 1:  # 'cut 120 posts. About 70 of the posts are vacant.'
        found = _part_of_named(doc, mention, named)
        if found is not None:
            return found
    if next_lower in PREPOSITIONS and THE_REST_BEFORE.search(text, max(0, lead_end - 16), lead_end):
        whole = _whole_led(doc, mention)
        if whole is not None:  # 'Of the 650 MPs, ..., with the remaining 46 from other parties'
            return _count(text, mention, mention.end, of=whole)
    if next_lower in _VERBS_AFTER_COUNT or (
        next_lower in _VERBS_BEFORE_WHERE and _WHERE_AFTER.match(text, next_word.end(), s_end)
    ):
        whole = _whole_led(doc, mention) or of_group  # 'Of those, 56 were charged'
        more = _more_of_before(doc, mention, lead_end) if whole is None else None
        if more is not None:  # '43 people were arrested ... A further 8 were released'
            return more
        if whole is not None or _large(text, mention) or _after_a_count(doc, mention):
            # "about 200,000 were still without power", "Of the 400 arrested, 56 were charged",
            # "23 people have died and more than 100 are missing"
            return _count(text, mention, mention.end, of=whole)
    if mention.spelled and mention.value == 1 and next_lower in _ONE_IDIOMS:
        return None
    entity, end = noun_phrase_after(text, mention.end, s_end)
    if entity.lower() in _CASUALTIES:  # '3 dead and 12 wounded': the state names those counted
        return _count(text, mention, end, entity=entity)
    if (
        a_verb(entity)
        or (not entity and next_lower in IRREGULAR_PAST)
        or verb_after_share
        or _participle_alone(entity, mention.value)
    ):
        # "286 landed", 'A crowd of 53,112 watched', '1,200 marched through'; a part of the
        # whole the sentence opens with ('Of the 650 MPs, 605 took part'); what a count joined
        # by 'and' counts: '1.2 million people arrived and 479,000 left'; 'Of those, 1,694
        # received the drug'
        whole = _whole_led(doc, mention) or of_group
        if whole is not None:
            return _count(text, mention, mention.end, of=whole)
        return (
            _count_like_before(doc, mention)
            or _count_like_before(doc, mention, _SET_AGAINST_BEFORE, reach=24)
            or _count_harmed_too(doc, mention)
            or (_count(text, mention, mention.end) if _large(text, mention) else None)
        )
    if not entity and (next_lower in PREPOSITIONS or next_lower in PLACE_ADVERBS):
        # '53,000 people in Turkey and 6,000 in Syria', '3,400 in the UK and 12,000 worldwide'
        return _count_like_before(doc, mention) or _count_harmed_too(doc, mention)
    if not entity or _ADDRESS.search(entity) or _a_fraction_of_one(text, mention):
        return None  # 'a magnitude 7.1 quake': no count of things is written 7.1
    if _PER_FIGURE.match(text, end, s_end):
        return None
    head = entity.split()[-1]
    if mention.value == 1 and head.islower() and is_plural(head):
        return None  # 'Formula 1 returns': one of a plural is a name's number, not a count
    if mention.value != 1 and entity.endswith("est") and " " not in entity:
        return None  # 'the ten warmest on record': what is counted is not written
    return _count(text, mention, end, entity=entity, of=of_group, qualified=qualified)


def _after_leaving(text: str, mention: Mention) -> bool:
    """Whether 'leaving' stands right before the number ('leaving 1,500', 'leaving it with
    about 1,500'); a plain substring test first spares the pattern nearly every number."""
    reach = max(0, mention.start - 40)
    return text.find("eaving", reach, mention.start) >= 0 and bool(
        _LEAVING_BEFORE.search(text, reach, qualifier_before(text, mention.start)[1])
    )


def _left(doc: Document, mention: Mention) -> Found:
    """What a part taken from a whole leaves ('cut 500 of its 2,000 jobs, leaving 1,500',
    'leaving 28 libraries open'): a count of the noun after it, if plural, marked as left for
    the remainder check."""
    text = doc.text
    _, s_end = doc.sentence_bounds(mention.start)
    entity, end = noun_phrase_after(text, mention.end, s_end)
    if not entity or a_verb(entity) or not is_plural(entity.split()[-1].lower()):
        entity, end = None, mention.end  # 'leaving 28 open', 'leaving 80 on board'
    # of the whole the sentence opens with, unless it names things of its own: 'Of the 300
    # homes, 40 were flooded, leaving 2,000 people without power'
    whole = _whole_led(doc, mention) if entity is None else None
    found = _count(text, mention, end, entity=entity, of=whole)
    found.links["left"] = True
    return found


def _verb_after_count(word: str) -> bool:
    """Whether `word`, after a count and the share set off beside it, is the count's verb:
    '56 (14%) were charged', '1,400 - or 70% - supported', '1,400 (70%) support'."""
    lower = word.lower()
    return (
        lower in _VERBS_AFTER_COUNT
        or lower in IRREGULAR_PAST
        or lower in _PRESENT_AFTER_SHARE
        or a_verb(lower)
    )


def _part_of_named(doc: Document, mention: Mention, named: re.Match[str]) -> Found | None:
    """'About 70 of the posts' after '120 posts': a part of the count that names the noun."""
    whole = _previous_count(doc, mention)
    if whole is None:
        return None
    entity = noun_phrase_after(doc.text, whole.end, mention.start)[0]
    noun = named.group("noun")
    if not entity or entity.split()[-1].lower() != noun.lower():
        return None
    found = _count(doc.text, mention, named.end(), entity=noun, of=whole.value)
    found.links[_BY_NOUN] = noun.lower()
    return found


def _settle_named_wholes(counts: list[Found]) -> None:
    """'the 496 cases recorded in 2023. London accounted for 1,032 of the cases': 'the cases' are
    the article's 2,911, named earlier, not the nearest 496. Where the nearest count of the noun
    cannot hold the part and an earlier one within reach can, the part is of that one; with no
    such count the nearest stays, and the part_within_whole check says what is wrong."""
    for index, part in enumerate(counts):
        noun = part.links.pop(_BY_NOUN, None)
        value = part.value
        if noun is None or value["of"] >= value["number"]:
            continue
        for back in range(index - 1, max(-1, index - 1 - _NAMED_WHOLE_MOST), -1):
            earlier = counts[back]
            if earlier.end < part.start - _NAMED_WHOLE_REACH:
                break
            entity = earlier.value["entity"]
            if (
                entity
                and entity.split()[-1].lower() == noun
                and earlier.value["of"] is None
                and earlier.value["number"] >= value["number"]
            ):
                value["of"] = earlier.value["number"]
                break


def _name_parts(doc: Document, counts: list[Found]) -> None:
    """'Of the 1,500 staff at its plant, 600 will lose their jobs': a part that names nothing
    counts what its whole counts, so 600 staff, or what its lead names ('Of those victims, 99
    were aged 16 to 24'). The whole is the nearest earlier count of that number, within the
    reach that 'of those' looks back."""
    for index, part in enumerate(counts):
        value = part.value
        if value["entity"] is not None or value["of"] is None:
            continue
        lead = _OF_THOSE_NOUN.match(doc.text, doc.sentence_bounds(part.start)[0], part.start)
        if lead and is_plural(lead.group("noun").lower()):
            value["entity"] = lead.group("noun")
            continue
        for back in range(index - 1, max(-1, index - 1 - _PREVIOUS_MOST), -1):
            whole = counts[back]
            if whole.end < part.start - _PREVIOUS_REACH:
                break
            if whole.value["number"] == value["of"] and whole.value["upper"] is None:
                value["entity"] = whole.value["entity"]
                break


def _count_like_before(
    doc: Document, mention: Mention, joined: re.Pattern[str] = _AND_BEFORE, reach: int = 6
) -> Found | None:
    """A number joined by 'and' (or `joined`) to a count earlier in its sentence counts the
    same things: 'killed 53,000 people in Turkey and about 6,000 in Syria' -> 6,000 people,
    'took 12,645 votes to Karen Shore's 12,639' -> 12,639 votes. After 'including' it is a
    part of that count: 'employs 28,000 people in Europe, including 5,400 in the UK'."""
    text = doc.text
    start = qualifier_before(text, mention.start)[1]
    including = _INCLUDING_BEFORE.search(text, max(0, start - 12), start)
    if not including and not joined.search(text, max(0, start - reach), start):
        return None
    previous = _count_earlier_in_sentence(doc, mention)
    if previous is None:  # '48,193 of them died, including 13,557 ... and 11,416 ...'
        previous = _number_earlier_in_sentence(doc, start)
    if previous is None:
        return None
    if joined is _GAPPED_BEFORE:
        lead = qualifier_before(text, previous.start)[1]
        if _OUT_OF_BEFORE.search(text, max(0, lead - 8), lead):
            # '91 points from 38 games, two ahead of Arsenal on 89': the figure before the
            # games it was won in is what Arsenal's parallels (points, which are no count)
            previous = _number_earlier_in_sentence(doc, lead) or previous
    if including and previous.value < mention.value:
        # '18,000 staff across 40 sites, including 500 in Wales': the staff, which can hold it
        previous = _earlier_count_holding(doc, mention) or previous
    entity = noun_phrase_after(text, previous.end, mention.start)[0]
    if entity.split(" ", 1)[0].lower() in _NOT_COUNTED | _COMPARATIVES:
        return None  # 'scored 20 points, with 12 in the first half': no count of points
    if a_verb(entity) or _participle_alone(entity, previous.value):
        entity = ""  # 'About 48,000 died, including 13,557': what they did, not what they are
    if not entity:
        # '48,193 of them died, including 13,557 from cancer and 11,416 from heart disease':
        # parts of a whole that names no noun after its figure
        if including:
            return _count(text, mention, mention.end, of=previous.value)
        lead = qualifier_before(text, previous.start)[1]
        whole = (
            _number_earlier_in_sentence(doc, lead)
            if _INCLUDING_BEFORE.search(text, max(0, lead - 12), lead)
            else None
        )
        return _count(text, mention, mention.end, of=whole.value) if whole else None
    of = previous.value if including else None
    return _count(text, mention, mention.end, entity=entity, of=of)


def _count_harmed_too(doc: Document, mention: Mention) -> Found | None:
    """'killed at least 126 people and injured 188', 'killed 14 people, injured 40 and ...': a
    second verb of harm shares the noun of the count before it."""
    return _count_like_before(doc, mention, _AND_HARMED_BEFORE, _HARMED_REACH)


def _earlier_count_holding(doc: Document, mention: Mention) -> Mention | None:
    """The nearest count before `mention` in its sentence that is at least as large as it."""
    s_start, _ = doc.sentence_bounds(mention.start)
    holding = (c for c in _counts_before(doc, mention, s_start) if c.value >= mention.value)
    return next(holding, None)


def _right_before_comma(text: str, whole: Mention, comma_end: int, people: bool) -> bool:
    """Whether the count `whole` ends right before the comma (and spaces) that end at
    `comma_end`; for `people` ('of whom'), whose antecedent a clause without figures may follow
    ('43 people were arrested, 12 of whom'), before that clause."""
    end = noun_phrase_after(text, whole.end, comma_end)[1]
    return (_CLAUSE_TO_COMMA if people else _COMMA_ONLY).fullmatch(text, end, comma_end) is not None


def _of_which_whole(doc: Document, mention: Mention, lead_end: int) -> Mention | None:
    """The count 'of which' or 'of whom' before `mention` refers to: the one right before its
    comma ('1,200 beds, of which 1,150', '7.6 million, of which 3 million'), or for people
    before a clause ('43 people were arrested, of whom 12')."""
    text = doc.text
    of_which = _OF_WHICH_BEFORE.search(text, max(0, lead_end - 16), lead_end)
    if not of_which:
        return None
    bare = doc.mentions_within(max(0, of_which.start() - 40), of_which.start())
    if bare and bare[-1].end == of_which.start() and bare[-1].kind == "number":
        # 'The waiting list stands at 7.6 million, of which 3 million': a large figure alone
        return bare[-1] if _large(text, bare[-1]) else None  # not 'in 2019, of which'
    whole = _previous_count(doc, mention)
    if whole is None:
        return None
    noun = noun_phrase_after(text, whole.end, of_which.start())[0]
    if not noun or not is_plural(noun.split()[-1].lower()):
        return None  # 'The 2019 report, of which 500 copies': no count of reports
    people = of_which.group("relative").lower() == "whom"
    return whole if _right_before_comma(text, whole, of_which.end("comma"), people) else None


def _noun_before_comma(text: str, mention: Mention) -> str | None:
    """What a number before 'of which' counts, named before its comma: 'youth clubs' in 'cuts to
    youth clubs, more than 750 of which have closed'."""
    start = qualifier_before(text, mention.start)[1]
    before = _NOUN_BEFORE_COMMA.search(text, max(0, start - 40), start)
    if not before:
        return None
    words = before.group("noun").split()
    while words and (words[0].lower() in STOP_WORDS or words[0].lower() in _QUANTIFIERS):
        words.pop(0)
    return " ".join(words) if words and is_plural(words[-1].lower()) else None


def _a_fraction_of_one(text: str, mention: Mention) -> bool:
    """A decimal with no scale ('7.1'), where '1.2 million' and '3.5bn' count."""
    return not float(mention.value).is_integer() and text[mention.end - 1].isdigit()


def _led_by_of_those(doc: Document, mention: Mention) -> bool:
    """Whether 'Of those,' opens the sentence right before `mention`, or before a number that
    `mention` is joined to by 'and': the number counts a part of a group named before ('7.6
    million people are waiting. Of those, 3.1 million ...', 'Of those victims, 99 were aged 16
    to 24 and 57 were teenagers')."""
    of_those = doc.keywords(_OF_THOSE, _OF_TRIGGERS)
    leads = of_those.items and of_those.within(max(0, mention.start - _LEAD_REACH), mention.start)
    if not leads:
        return False  # the common case, found by a look-up
    s_start, _ = doc.sentence_bounds(mention.start)
    leads = [lead for lead in leads if lead.start() >= s_start]
    if not leads:
        return False
    text = doc.text
    start = qualifier_before(text, mention.start)[1]
    if _OF_THOSE_LEAD.fullmatch(text, _opening(doc, mention), start):
        return True
    if not _AND_BEFORE.search(text, max(0, start - 6), start):
        return False
    after = leads[-1].end()  # the number the lead leads comes right after it
    led = (
        m for m in doc.mentions_within(after, min(after + 80, mention.start)) if m.kind == "number"
    )
    first = next(led, None)
    return first is not None and _led_by_of_those(doc, first)


# a count of where a group is, not of the group: 'in 11 countries', 'across 40 sites'
_WHERE_BEFORE = re.compile(r"\b(?:in|across|at|from)\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def _group_before_lead(doc: Document, mention: Mention) -> Mention | None:
    """The group the 'Of those' that leads `mention` means: the figure right after it ('Of
    those 640 workers'), else the nearest count before it, in its sentence or the one before,
    that is not where they are ('2,539 adults in 11 countries. Of those, ...': the adults)."""
    near = max(0, mention.start - _LEAD_REACH)
    lead = doc.keywords(_OF_THOSE, _OF_TRIGGERS).within(near, mention.start)[-1]
    named = doc.mentions_within(lead.end(), min(lead.end() + 2, mention.start))
    if named and named[0].kind == "number" and doc.text[lead.end() : named[0].start].isspace():
        return named[0]
    start, _ = doc.around(lead.start(), before=1, after=0)
    groups = (
        c
        for c in _counts_before(doc, mention, start, lead.start())
        if not _WHERE_BEFORE.search(doc.text, max(0, c.start - 12), c.start)
    )
    return next(groups, None)


def _group_by_verb(doc: Document, mention: Mention) -> Mention | None:
    """The count 'Of those who arrived' means: the one, before the lead, followed by 'arrived'
    ('About 1.2 million people arrived and 479,000 left. Of those who arrived, ...')."""
    text = doc.text
    leads = doc.keywords(_OF_THOSE, _OF_TRIGGERS).within(
        max(0, mention.start - _LEAD_REACH), mention.start
    )
    who = _OF_THOSE_WHO.match(text, leads[-1].start()) if leads else None
    if who is None:
        return None
    did = re.compile(rf"\b{re.escape(who.group('verb'))}\b", re.IGNORECASE)
    lead = leads[-1].start()
    earlier = doc.mentions_within(max(0, lead - _PREVIOUS_REACH), lead)
    for candidate in reversed(earlier[-_PREVIOUS_MOST:]):
        if candidate.kind == "number" and did.search(
            text, candidate.end, min(candidate.end + 40, lead)
        ):
            return candidate
    return None


def _count(
    text: str,
    mention: Mention,
    end: int,
    entity: str | None = None,
    of: float | None = None,
    qualified: tuple[str, int] | None = None,
) -> Found:
    """The count `mention` makes, up to `end`, with the qualifier written before it (as
    qualifier_before answers, or `qualified` when the caller has asked already)."""
    qualifier, start = qualified or qualifier_before(text, mention.start)
    value = {"number": mention.value, "upper": None, "of": of, "entity": entity,
             "qualifier": qualifier, "vague": False}  # fmt: skip
    return Found(TYPE, start, end, value)


def _time_year(text: str, label: re.Match[str]) -> bool:
    """'year' in 'Last year 7,127 fires burned': a time, not a school year's label."""
    return bool(_TIME_BEFORE.search(text, max(0, label.start() - 10), label.end()))


def _phone_like(text: str, mention: Mention) -> bool:
    """Three or more digits, without separators: '101', '0800', not '1,000'."""
    written = text[mention.start : mention.end]
    return len(written) >= 3 and written.isdigit()


def _in_a_name(doc: Document, label: re.Match[str], mention: Mention) -> bool:
    """'iPhone 15', 'FTSE 100', 'Windows 11': a capitalised word right before the number, and
    not the one that opens the sentence, makes the number part of a name. A name holds no
    thousands separator: 'Reform 15,000 votes' counts votes."""
    word = label.group(1)
    if word == word.lower() or word in _CALENDAR or "," in doc.text[mention.start : mention.end]:
        return False
    if doc.text.startswith(".", label.end(1)):
        return False  # '$14.1bn for Israel. Twenty-six Republicans': the sentence ended there
    s_start, _ = doc.sentence_bounds(label.start())
    before = doc.text[max(s_start, label.start() - 40) : label.start()].strip(" \"“‘'(")
    return bool(before) and not _PLACE_LEAD.search(before)  # 'in Wales 3,000 people'


def _previous_count(doc: Document, mention: Mention) -> Mention | None:
    """The nearest number before `mention`, in its sentence or the one before, that counts
    something ('400 people'): what 'of them' refers to."""
    start, _ = doc.around(mention.start, before=1, after=0)
    return next(_counts_before(doc, mention, start), None)


def _counts_before(
    doc: Document, mention: Mention, start: int, end: int | None = None
) -> Iterator[Mention]:
    """The numbers from `start` to `mention` (or to `end`) that count something, nearest
    first: among the 12 mentions and the 600 characters before it, so that a sentence of a
    megabyte, or text dense with numbers, costs no more. A ratio's denominator ('one in four
    jobs') counts no group."""
    end = mention.start if end is None else end
    earlier = doc.mentions_within(max(start, end - _PREVIOUS_REACH), end)
    for candidate in reversed(earlier[-_PREVIOUS_MOST:]):
        if (
            candidate.kind == "number"
            and not _RATIO_BEFORE.search(doc.text, max(0, candidate.start - 12), candidate.start)
            and _counts_something(noun_phrase_after(doc.text, candidate.end, end)[0])
        ):
            yield candidate


def _count_of_noun_before(doc: Document, mention: Mention, noun: str) -> int | float | None:
    """The figure of the nearest count before `mention`, in its sentence or the one before,
    whose noun is `noun` ('2,400 jobs' for '600 of those jobs'), or None."""
    start, _ = doc.around(mention.start, before=1, after=0)
    for candidate in _counts_before(doc, mention, start):
        entity = noun_phrase_after(doc.text, candidate.end, mention.start)[0]
        if entity.split()[-1].lower() == noun.lower():
            return candidate.value
    return None


def _counts_something(phrase: str) -> bool:
    """A noun phrase a count can count: not empty, and not a time or a measure ('34 years'
    counts no group that 'of them' could mean)."""
    return bool(phrase) and phrase.split(" ", 1)[0].lower() not in _NOT_COUNTED


def _number_of(doc: Document, mention: Mention) -> str | None:
    """What 'the number of ...' that opens the clause counts, when the number is stated as it:
    'The number of patients waiting more than 18 weeks was 3.1 million' -> 'patients'."""
    text = doc.text
    start = record_before(text, qualifier_before(text, mention.start)[1])
    if not _STATED_AS.search(text, max(0, start - 16), start):
        return None
    s_start, _ = doc.sentence_bounds(mention.start)
    leads = list(_NUMBER_OF.finditer(text, max(s_start, start - _NUMBER_OF_REACH), start))
    if not leads:
        return None
    return noun_phrase_after(text, leads[-1].end(), start)[0] or None  # the last before it


def _subject_counted(doc: Document, mention: Mention) -> str | None:
    """What a bare number counts when it is the total its sentence's subject reaches: 'Measles
    cases in England and Wales reached 2,911 last year' -> 'Measles cases'. The subject opens
    the sentence, ends in a plural noun that names no measure ('House prices reached 300,000'
    counts no prices) or one that stands for people ('Net migration'), and is followed only by a
    short phrase before the verb."""
    text = doc.text
    start = record_before(text, qualifier_before(text, mention.start)[1])  # 'reached a record'
    verb = _REACHED.search(text, max(0, start - 16), start)
    if not verb:
        return None
    opening = _opening(doc, mention)
    opening = _SENTENCE_LEAD.match(text, opening, verb.start()).end()
    subject = _SUBJECT.fullmatch(text, opening, verb.start())
    if not subject or not STOP_WORDS.isdisjoint(subject.group("noun").lower().split()):
        return None
    head = subject.group("head").lower()
    if not (is_plural(head) or head in _PEOPLE_BY_ONE_NOUN) or head in _MEASURES:
        return None
    if subject.end() - opening > _SUBJECT_REACH or _VERB_LIKE.search(subject.group()):
        return None
    return " ".join(subject.group("noun").split())


def _participle_alone(entity: str, value: float) -> bool:
    """'1.2 million arriving and 479,000 leaving': a verb, not what is counted (a singular noun
    may end so after one: 'one meeting')."""
    return value != 1 and _PARTICIPLE_ALONE.fullmatch(entity) is not None


def _colon_whole_named(text: str, mention: Mention) -> str | None:
    """What a whole broken down after a colon counts, for the first part, a bare number after
    a name and its verb: '51 seats: Labour holds 27' -> 'seats'."""
    lead = qualifier_before(text, mention.start)[1]
    found = _COLON_WHOLE_THEN_NAME.search(text, max(0, lead - _COLON_WHOLE_REACH), lead)
    return found.group("noun") if found else None


def _people_noun_stated(text: str, mention: Mention) -> str | None:
    """A noun that stands for people, right before the figure it is stated as: 'Immigration was
    1.2 million', 'and emigration 479,000', 'putting net migration at 728,000' -> the noun."""
    stated = _PEOPLE_NOUN_STATED.search(
        text, max(0, mention.start - _PEOPLE_NOUN_REACH), qualifier_before(text, mention.start)[1]
    )
    return " ".join(stated.group("noun").split()) if stated else None


def _after_a_count(doc: Document, mention: Mention) -> bool:
    """A count of something earlier in the sentence: the bare number after it counts the same
    kind of thing ('23 people have died and 100 are missing')."""
    return _count_earlier_in_sentence(doc, mention) is not None


def _more_of_before(doc: Document, mention: Mention, lead_end: int) -> Found | None:
    """'43 people were arrested, 12 of whom have been charged. A further 8 were released and
    the remaining 25 were bailed': a bare number led by 'a further', 'another', 'the
    remaining' or 'the other' counts more of what the nearest count before it, in its
    sentence or the one before, counts."""
    text = doc.text
    if not _MORE_LEAD.search(text, max(0, lead_end - 16), lead_end):
        return None
    previous = _previous_count(doc, mention)
    if previous is None:
        return None
    entity = noun_phrase_after(text, previous.end, mention.start)[0]
    return _count(text, mention, mention.end, entity=entity)


def _count_per_item(doc: Document, mention: Mention, item: str) -> Found | None:
    """'140,000 people, an average of 117 per store', '1.5 million tickets for the 51 matches,
    an average of 29,000 a game': an average of what the nearest count before it counts, other
    than the items it is per."""
    text = doc.text
    start = qualifier_before(text, mention.start)[1]
    if not _RATE_LEAD.search(text, max(0, start - 16), start):
        return None
    s_start, _ = doc.sentence_bounds(mention.start)
    for candidate in _counts_before(doc, mention, s_start):
        entity = noun_phrase_after(text, candidate.end, mention.start)[0]
        if not is_item(entity.split()[-1], item):
            return _count(text, mention, mention.end, entity=entity)
    return None


def _count_earlier_in_sentence(doc: Document, mention: Mention) -> Mention | None:
    """The nearest count before `mention` in its own sentence, not the one before."""
    previous = _previous_count(doc, mention)
    if previous is None or previous.start < doc.sentence_bounds(mention.start)[0]:
        return None
    return previous


def _number_earlier_in_sentence(doc: Document, pos: int) -> Mention | None:
    """The nearest number before `pos` in its sentence, whatever follows it."""
    s_start, _ = doc.sentence_bounds(pos)
    earlier = doc.mentions_within(max(s_start, pos - _PREVIOUS_REACH), pos)
    return next((m for m in reversed(earlier) if m.kind == "number"), None)


def _opening(doc: Document, mention: Mention) -> int:
    """Where the sentence that holds `mention` opens, or the quotation that holds it when that
    opens later ('He said: “Of those 640 workers, ...')."""
    s_start, _ = doc.sentence_bounds(mention.start)
    quote = doc.locate.quote(mention.start)
    return quote.start if quote is not None and quote.start > s_start else s_start


def _whole_led(doc: Document, mention: Mention) -> float | None:
    """The whole a sentence opens with: 'Of the 400 people arrested, 56 were charged', or the
    people a survey asked, right before what it found: 'A survey of 2,000 adults found that
    1,400 supported the ban'."""
    text = doc.text
    opening = _opening(doc, mention)
    lead = _OF_THE_LEAD.match(text, opening, mention.start)
    reach = max(lead.end() if lead else opening, mention.start - _LATER_OF_REACH)
    later = list(_LATER_OF_LEAD.finditer(text, reach, mention.start))
    if lead is None and later and later[-1].group("stop") in ":;":
        lead = later[-1]  # 'The vaccine was 95% effective: of the 170 cases, 162 were ...'
    if not lead:
        lead = _SURVEY_FOUND.search(text, max(opening, mention.start - 120), mention.start)
        if not lead:
            return None
        numbers = doc.mentions_within(lead.start("whole"), lead.start("whole") + 1)
        return numbers[0].value if numbers and numbers[0].kind == "number" else None
    at = lead.end()  # a number right there, looked up without a list of all those after it
    if later:  # '..., and of the 500 staff, 200 were women': the whole of its own clause
        at = later[-1].end()
    numbers = [m for m in doc.mentions_within(at, min(at + 1, mention.start)) if m.kind == "number"]
    return numbers[0].value if numbers else None


def _total_of_earlier(doc: Document, mention: Mention) -> Found | None:
    """'... and 3 in Northern Ireland - 26 in all': a bare number 'in all', 'in total' or
    'altogether' after a count in its sentence totals what the counts before it count (which
    may be more than one thing: '14 adults and 3 children, 17 in total', so no entity)."""
    text = doc.text
    if not _IN_ALL_AFTER.match(text, mention.end):
        return None
    if _count_earlier_in_sentence(doc, mention) is None:
        return None
    return _count(text, mention, mention.end)


def _aside(doc: Document, mention: Mention, lead_end: int) -> bool:
    """Whether the number is set off on its own by dashes or brackets ('- some 4.7 million -',
    '(4.7 million)'), or by commas right after a count ('1.3 million members, around 780,000,',
    'Two-thirds of the 1,500 workers, or 1,200, voted')."""
    text = doc.text
    opened = _ASIDE_OPENS.search(text, max(0, lead_end - 8), lead_end)
    if opened is None:
        return False
    closed = _ASIDE_CLOSES.match(text, mention.end)
    if closed is None or closed.group(1) != _ASIDE_PAIRS[opened.group(1)]:
        return False
    if opened.group(1) != ",":
        return True
    before = _count_earlier_in_sentence(doc, mention)
    return before is not None and bool(_NOUN_THEN_COMMA.fullmatch(text, before.end, opened.end(1)))


def _large(text: str, mention: Mention) -> bool:
    """Written with thousands separators or a scale ('200,000', '1.2 million'): not a year."""
    written = text[mention.start : mention.end]
    return "," in written or not written[:1].isdigit() or mention.value >= 1_000_000


def _part_of(doc: Document, part: Mention, whole: Mention | None) -> Found | None:
    """'56 of the 125 MPs': a count of 56 MPs out of 125."""
    if whole is None or whole.kind != "number":
        return None
    if not _OF_THE.fullmatch(doc.text, part.end, whole.start):
        return None
    qualifier, start = qualifier_before(doc.text, part.start)
    found = _exact(doc, whole)
    if found is None and _restates_a_share(doc, start, whole):
        found = _count(doc.text, whole, whole.end)  # '45% of MPs, or 56 of the 125,': no noun
    elif (
        found is None
        and whole.value > part.value
        and _BARE_WHOLE_ENDS.match(doc.text, whole.end)
        and not YEAR.fullmatch(doc.text, whole.start, whole.end)
    ):  # '180 of the 2,000 on placebo': a group named before, by no noun after its figure
        found = _count(doc.text, whole, whole.end)
    if found is None:
        return None
    found.start = start
    found.value.update(number=part.value, of=whole.value, qualifier=qualifier)
    return found


def _restates_a_share(doc: Document, lead: int, whole: Mention) -> bool:
    """Whether the part and whole starting at `lead` restate the share written right before
    them: '45% of MPs, or 56 of the 125', 'one in five children (4.3 million of the 14
    million)', 'Two-thirds of members, 400 of the 600, voted'."""
    text = doc.text
    s_start, _ = doc.sentence_bounds(lead)
    # bounded: a sentence of a megabyte costs no more ('one in five children ..., or ' is short)
    before = doc.mentions_within(max(s_start, lead - _SHARE_REACH), lead)
    if not before:
        return False
    share = before[-1]
    shown = SHARE_THEN_RESTATED.fullmatch(text, share.end, lead)
    if not shown or (shown.group("comma") and not text.startswith(",", whole.end)):
        return False  # set off by commas on both sides, not the first of a list
    if share.kind == "fraction":
        return True
    return share.kind == "number" and bool(
        shown.group("percent")  # '45%'
        or (len(before) > 1 and _IN_EVERY.fullmatch(text, before[-2].end, share.start))
    )  # 'one in five'


def _range(doc: Document, low: Mention, high: Mention | None) -> Found | None:
    """'between 10 and 20 people', '10-20 people', 'from 10 to 20 people'."""
    if high is None or high.kind != "number" or not isinstance(low.value, int | float):
        return None
    if not low.value < high.value:
        return None
    start = range_start(doc.text, low.start, low.end, high.start)
    if start is None:
        return None
    found = _exact(doc, high)
    if found is None:
        return None
    found.start = start
    found.value.update(number=low.value, upper=high.value, qualifier="between")
    return found


def _vague(doc: Document, mention: Mention) -> Found | None:
    """'thousands', 'hundreds of thousands of people': the number is a lower bound."""
    text = doc.text
    _, s_end = doc.sentence_bounds(mention.start)
    number = mention.value
    end = mention.end
    scaled = _VAGUE_SCALE.match(text, end)
    if scaled:
        number *= 1_000 if scaled.group(1).lower() == "thousands" else 1_000_000
        end = scaled.end()
    entity = None
    of = OF_NEXT.match(text, end)
    if of:
        entity, entity_end = noun_phrase_after(text, of.end(), s_end)
        if entity:
            end = entity_end
        else:
            entity = None
    elif not scaled and text[mention.start : mention.end].lower() in ("scores", "tens"):
        return None  # "scores" and "tens" are numbers only in "scores of ...", "tens of ..."
    elif text[end - 1] != "s":  # 'several hundred protesters', 'a few thousand fans'
        if currency_after(text, end):
            return None  # 'several million pounds': a sum of money, which no figure states
        entity, entity_end = noun_phrase_after(text, end, s_end)
        end, entity = (entity_end, entity) if entity and not a_verb(entity) else (end, None)
    value = {
        "number": number,
        "upper": None,
        "of": None,
        "entity": entity,
        "qualifier": "at_least",
        "vague": True,
    }
    return Found(TYPE, mention.start, end, value)
