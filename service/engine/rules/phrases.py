"""Phrase helpers shared by the claim rules: qualifiers, the noun phrase after a number, motions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..scan import MONTHS

if TYPE_CHECKING:
    from ..document import Document

# Qualifier phrases that may stand right before a number, longest first.
_QUALIFIERS = (
    ("no more than", "at_most"), ("not more than", "at_most"), ("more than", "more_than"),
    ("fewer than", "fewer_than"), ("less than", "fewer_than"), ("at least", "at_least"),
    ("at most", "at_most"), ("up to", "up_to"), ("as many as", "up_to"), ("as much as", "up_to"),
    ("as high as", "up_to"),
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("over", "more_than"),
    ("under", "fewer_than"), ("just under", "fewer_than"), ("just over", "more_than"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("some", "about"), ("nearly", "about"), ("almost", "about"), ("close to", "about"),
    ("closer to", "about"), ("nearer", "about"), ("well over", "more_than"),
    ("well above", "more_than"), ("well under", "fewer_than"), ("well below", "fewer_than"),
    ("just shy of", "fewer_than"), ("shy of", "fewer_than"), ("above", "more_than"),
    ("below", "fewer_than"),
    ("an estimated", "about"), ("estimated", "about"), ("circa", "about"),
    ("perhaps", "about"), ("maybe", "about"), ("possibly", "about"),
    ("exactly", "exact"), ("precisely", "exact"), ("just", "exact"), ("only", "exact"),
)  # fmt: skip
_QUALIFIER_CODE = dict(_QUALIFIERS)
_QUALIFIER_WORDS = "|".join(  # any white space between the words: 'at  least', 'more\nthan'
    r"\s+".join(map(re.escape, q.split())) for q in sorted(_QUALIFIER_CODE, key=len, reverse=True)
)
_QUALIFIER_BEFORE = re.compile(rf"(?:^|(?<=[^\w]))(?P<q>{_QUALIFIER_WORDS})\s+$", re.IGNORECASE)
_QUALIFIER_ENDS = frozenset(q.rsplit(" ", 1)[-1] for q in _QUALIFIER_CODE)
# 'over' after these means 'concerning': 'jailed for 12 years over £1.4m fraud', 'a row over £2bn'
_OVER_A_MATTER = re.compile(
    r"\b(?:years|months|weeks|days|jailed|convicted|sentenced|arrested|row|"
    r"dispute|protest|protests|strike|clash|fears|concerns?|anger|outrage|probe|inquiry)\s+$",
    re.IGNORECASE,
)
_QUALIFIER_AT = re.compile(rf"(?P<q>{_QUALIFIER_WORDS})\s+", re.IGNORECASE)

IRREGULAR_PAST = frozenset(
    "went fell grew won lost came took gave saw met ran sold fled began became stood sat told "
    "spoke wrote said made found held sent left got kept paid bought brought chose fought "
    "flew".split()
)
PREPOSITIONS = frozenset(
    "to as in by at from on for with into under over after before near across between through "
    "against during without within since".split()
)
OF_NEXT = re.compile(r"\s+of\b", re.IGNORECASE)  # ' of' right after: 'the 80th anniversary of'
# right before the last part of a whole, which is all the rest of it: 'and the remaining £2m'
THE_REST_BEFORE = re.compile(r"\bthe\s+(?:remaining|other)\s+$", re.IGNORECASE)
# Words that end in -ed but are no past verb: 'hundred', 'need', 'indeed', 'exceed'
NOT_PAST_ENDINGS = ("hundred", "eed")
# Where, said in one word: '3,400 in the UK and 12,000 worldwide' counts no 'worldwide'
PLACE_ADVERBS = frozenset(
    "worldwide globally nationally nationwide internationally abroad elsewhere domestically".split()
)
# Words that end a counted noun phrase: function words, auxiliaries, common reporting verbs.
STOP_WORDS = (
    frozenset(
        """a an the of to who whom whose which that were was is are be been being will would could
    should can may might must had have has do did does said says say and or but nor than as at
    in on for from by with without after before since until into onto about against among
    between during over under per this these those there their them they it its his her he she
    we you our your i me my not no so if then when where while what also just only more less
    most least all each every both either neither other another such very too still yet
    ago later earlier overnight today yesterday tomorrow tonight now again here already
    instead last next""".split()
    )
    | IRREGULAR_PAST
    | PLACE_ADVERBS
)  # '15 went on sale' counts no 'went'
IRREGULAR_PLURALS = frozenset("people children men women staff cattle sheep".split())
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "news", "series", "species", "overseas")
# from a share to the part and whole that restate it: '% of MPs, or ' in '45% of MPs, or 56 of
# the 125', ' children (' in 'one in five children (4.3 million of the 14 million)', ', ' set
# off by commas ('Two-thirds of members, 400 of the 600, voted')
SHARE_THEN_RESTATED = re.compile(
    r"(?P<percent>\s*%|\s+per\s*cent)?(?:\s+[A-Za-z’'-]+){0,6}?"
    r"(?:,\s*or|\s*\(|\s+[–—-]|(?P<comma>,))\s*",
    re.IGNORECASE,
)
# names that start with a figure that neither dates nor counts anything: 'the 1922 Committee'
NAMED_BY_A_FIGURE = re.compile(r"1922\s+Committee\b")
POLLED = re.compile(r"\bpolled\s+$", re.IGNORECASE)  # 'which polled 8,399': votes unwritten
# in a sentence about votes: 'who took 14,222', 'Mr Jones (14,222)'
_VOTES_TAKEN = re.compile(r"\b(?:took|got|secured|received|garnered)\s+$", re.IGNORECASE)
_NAME_THEN_BRACKET = re.compile(r"[A-Z][\w'’.-]*\s*\(\s*$")
_ABOUT_VOTES = re.compile(r"\b(?=[vmpb])(?:votes|majority|polled|ballots)\b", re.IGNORECASE)
_AGE_IN_BRACKETS = 120
YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")  # '2019' names a year, not an amount
# A net figure, after what it nets: 'net migration was', 'putting net migration at', 'The
# scheme's net cost is', 'a net loss of', 'a natural increase of', 'a trade deficit of'
NET_BEFORE = re.compile(
    r"\b(?:net\s+(?P<net>[a-z]+(?:\s+[a-z]+)?)|natural\s+(?P<natural>increase|decrease|change)"
    r"|(?:trade\s+)?(?P<balance>deficit|surplus))"
    r"\s+(?:(?:was|is|of|at|stood\s+at|totalled|reached|hit|came\s+to)\s+)?"
    r"(?:an?\s+)?(?:(?:record|estimated)\s+)?$",
    re.IGNORECASE,
)
NET_REACH = 48  # characters before a figure that may name it net
# the words NET_BEFORE opens with, looked up once per text before it is tried at a figure
NET_TRIGGERS = frozenset(("net", "natural", "trade", "deficit", "surplus"))
NET_WORD = re.compile(rf"(?:{'|'.join(sorted(NET_TRIGGERS))})\b", re.IGNORECASE)
# A rate's period right after its figure: ' a day', ' per week', ' every month'
PER_PERIOD = r"\s+(?:a|an|per|each|every)\s+(?P<period>day|week|month|year)\b"
# An average per counted item right after its figure: ' per store', ' a game', ' for each
# school', ' each', ' a head'; the item is the singular of what a count in the sentence counts
PER_ITEM = re.compile(
    r"\s+(?:(?P<each>each|apiece|a\s+head|per\s+head|per\s+capita)|(?:a|an|per|for\s+each|"
    r"for\s+every)\s+(?!(?:day|week|month|year|hour|minute|second|fortnight|decade|cent)\b)"
    r"(?P<item>[a-z]+))\b",
    re.IGNORECASE,
)
_SAME_ITEMS = ({"game", "match", "fixture"}, {"person", "people", "head"})


def is_item(noun: str, item: str) -> bool:
    """Whether `noun`, the last word of what a count counts ('stores', 'matches', 'people'),
    names the item an average is per ('store', 'game', 'person')."""
    singular = head_noun(noun)  # 'stores' -> 'store', 'matches' -> 'matche'
    forms = {noun.lower(), singular, singular.removesuffix("e")}
    item = item.lower()
    return item in forms or any(item in same and not forms.isdisjoint(same) for same in _SAME_ITEMS)


# A time before, set against now: 'a year earlier', 'last year', 'in 2019', 'in the 1990s'
_MONTHS_IN_FULL = "|".join(m for m in MONTHS if len(m) > 3 or m == "May")
TIME_BEFORE = (
    r"(?:(?:a|one|the)\s+(?:year|month|week|quarter|decade)\s+(?:earlier|ago|before)"
    r"|(?:last|the\s+previous|the\s+prior)\s+(?:year|month|week|quarter|decade)"
    r"|(?:(?:in|at|for|over)\s+)?the\s+same\s+(?:time|point|period|day|week|month|quarter)"
    r"\s+(?:last|a)\s+year"
    r"(?:\s+(?:earlier|ago|before))?"
    r"|(?:in\s+)?(?:(?:the\s+whole\s+of|all\s+of)\s+)?(?:last\s+year|(?:18|19|20)\d\d\b)"
    r"|(?:in\s+)?the\s+(?:18|19|20)\d0s"
    # '35% fewer than in September', '11% more than in July 2023', 'than in March last year'
    rf"|in\s+(?:{_MONTHS_IN_FULL})(?:\s+(?:18|19|20)\d\d|\s+last\s+year)?"
    r"|(?:[\w-]+\s+)?(?:years?|months?|decades?)\s+(?:ago|earlier|before))\b"
)
# After a capitalised word, a verb that makes it the subject of a clause of its own
OPENS_CLAUSE = re.compile(
    r"\s+(?:has|have|had|is|was|were|will|would|can|could|did|does)\b", re.IGNORECASE
)
WORD = re.compile(r"\s*((?:\d+-)?[A-Za-z][A-Za-z’'-]*)")
# A figure's standing between the verb and the figure: 'reached a record 145,800', 'rose to a
# record high of 7.8 million', 'hit an all-time high of'
RECORD = (
    r"(?:an?\s+(?:new\s+|fresh\s+)?record\s+(?:(?:high|low)\s+of\s+)?"
    r"|an?\s+(?:new\s+|all-time\s+|record\s+)?(?:high|low|peak)\s+of\s+)"
)
# a lead or gap between shares, and whom it is between: 'Labour's lead over the Tories', 'the
# gap between Labour and Reform'
LEAD_NOUN = (
    r"(?:lead|gap|margin)(?:\s+(?:over|between|on)\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+and\s+(?:the\s+)?[\w’'-]+)?)?"
)
_RECORD_BEFORE = re.compile(rf"\b{RECORD}$", re.IGNORECASE)

_MOTION_NOUNS = "amendment motion bill resolution proposal measure referendum budget treaty plan"
_MOTION_NOUN = re.compile(rf"(?:{'|'.join(_MOTION_NOUNS.split())})s?\b", re.IGNORECASE)
_MOTION_TRIGGERS = frozenset([*_MOTION_NOUNS.split(), *(n + "s" for n in _MOTION_NOUNS.split())])
# the determiner and up to three words before a motion noun: 'the Israel ceasefire resolution'
_DETERMINERS = r"(?:the|a|an|this|that|its|their)"
# 'the bill', 'the assisted dying bill': the nearest determiner ('The Senate passed the bill')
_MOTION_LEAD = re.compile(
    rf"\b{_DETERMINERS}\s+(?:(?!{_DETERMINERS}\s)[\w’'-]+\s+){{0,3}}$", re.IGNORECASE
)


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier code for the words right before `start`, and where that phrase begins."""
    window = max(0, start - 24)
    before = text[window:start].rstrip()
    if len(before) == start - window or not before or not before[-1].isalpha():
        return "exact", start  # every qualifier is a word with a space after it: none here
    last = before[before.rfind(" ") + 1 :]
    if last.isalpha() and last.lower() not in _QUALIFIER_ENDS:
        return "exact", start  # a plain word that ends no qualifier
    match = _QUALIFIER_BEFORE.search(text, window, start)
    if not match:
        return "exact", start
    q_start = match.start("q")
    if last.lower() == "over" and _OVER_A_MATTER.search(text, max(0, q_start - 16), q_start):
        return "exact", start  # 'jailed for 12 years over £1.4m fraud': what, not how much
    return _qualifier_code(match.group("q")), q_start


def record_before(text: str, start: int) -> int:
    """Where 'a record' or 'an all-time high of' right before `start` begins, else `start`."""
    record = _RECORD_BEFORE.search(text, max(0, start - 32), start)
    return record.start() if record else start


def _qualifier_code(written: str) -> str:
    return _QUALIFIER_CODE[" ".join(written.lower().split())]


_RANGE_JOIN = re.compile(r"\s*(?:[-–]|to|(?P<and>and))\s*")
_RANGE_LEAD = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def range_start(text: str, low_start: int, low_end: int, high_start: int) -> int | None:
    """Where a range of two figures starts, if the text joins them as one: '10-20', '10 to 20',
    'between 10 and 20' (an 'and' makes a range only after 'between'), 'from 10 to 20'."""
    joiner = _RANGE_JOIN.fullmatch(text, low_end, high_start)
    if not joiner:
        return None
    lead = _RANGE_LEAD.search(text, max(0, low_start - 9), low_start)
    if joiner.group("and") and not (lead and lead.group(0).lower().startswith("between")):
        return None
    return lead.start() if lead else low_start


def qualifier_at(text: str, pos: int) -> tuple[str, int]:
    """The qualifier code of a phrase at `pos` ('about 5'), and where its number starts."""
    match = _QUALIFIER_AT.match(text, pos)
    if not match:
        return "exact", pos
    return _qualifier_code(match.group("q")), match.end()


def noun_phrase_after(text: str, pos: int, limit: int, max_words: int = 4) -> tuple[str, int]:
    """The noun phrase that starts at `pos` ('Labour MPs backed...' -> 'Labour MPs') and its end.

    Stops at a stop word, at a verb-like word (-ed/-ing) after the first word unless a plural
    noun follows it, or at punctuation.
    Returns ('', pos) when no noun phrase starts there."""
    words: list[str] = []
    end = pos
    joined_at = None  # where 'onshore and offshore turbines' was before its 'and'
    while len(words) < max_words:
        match = WORD.match(text, end, limit)
        if not match:
            break
        word = match.group(1)
        lower = word.lower()
        if (
            lower in ("and", "or")
            and words
            and joined_at is None
            and not is_plural(words[-1].lower())
        ):
            joined_at = (len(words), end)
            words.append(word)
            end = match.end()
            continue
        if lower in _ADDED and not words and _noun_follows(text, match.end(), limit):
            pass  # '200 more nurses', '1.2 million more people': what is added is counted
        elif word == "A" and words and words[-1][:1].isupper():
            pass  # 'Serie A matches', 'Group A teams': the letter ends a name
        elif lower in STOP_WORDS or lower in _COMPARATIVES:
            break  # '200,000 lower than in 2019' counts nothing lower
        elif words and lower in _SINGULAR_VERBS:
            break  # 'the 7.6 million waiting list includes': a verb, though it ends in -s
        elif (
            word[0].isupper()
            and not (is_plural(lower) or _ACRONYM_PLURAL.fullmatch(word))
            and OPENS_CLAUSE.match(text, match.end())
        ):  # 'half the 26,000 Ford had expected': Ford is the subject of its own clause; 'the
            break  # 650 MPs will vote' counts MPs
        # a verb-like word ends the phrase, unless a plural noun follows it: '12 annual spending
        # bills', '300 specially trained officers'
        if (
            words
            and (lower.endswith("ed") or lower.endswith("ing"))
            and not _plural_noun_follows(text, match.end(), limit)
        ):
            break
        words.append(word)
        end = match.end()
        if is_plural(lower) or _ACRONYM_PLURAL.fullmatch(word):
            break  # "adults smoke", "doctors agree", "MPs include": a plural noun ends the phrase
    if joined_at is not None and not is_plural(words[-1].lower()):
        words, end = words[: joined_at[0]], joined_at[1]  # no plural noun after the 'and'
    if not words:
        return "", pos
    return " ".join(text[pos:end].split()), end  # white space folded: 'Green  councillors'


_COMPARATIVES = frozenset("fewer higher lower greater bigger smaller larger".split())
# Verbs whose -s is no plural's, and that name nothing counted
_SINGULAR_VERBS = frozenset(
    """includes remains means shows suggests represents exceeds contains comprises involves
    seems appears requires makes takes gives says goes comes becomes""".split()
)
# 'two other men', '300 further jobs', '200 larger homes'
_ADDED = frozenset(["more", "other", "further", *_COMPARATIVES])


def _plural_noun_follows(text: str, pos: int, limit: int) -> bool:
    match = WORD.match(text, pos, limit)
    if not match:
        return False
    lower = match.group(1).lower()
    return lower not in STOP_WORDS and is_plural(lower) and not lower.endswith("ed")


def _noun_follows(text: str, pos: int, limit: int) -> bool:
    match = WORD.match(text, pos, limit)
    return bool(match) and match.group(1).lower() not in STOP_WORDS


def a_verb(phrase: str) -> bool:
    """Whether the words read as a noun phrase are a past verb: 'landed', 'marched through',
    'resulted in', 'taken hostage', not 'displaced people'."""
    first, _, rest = phrase.partition(" ")
    if first.lower() in _PARTICIPLES or (not rest and first.lower() in _PAST_AS_MODIFIER):
        return True
    return first.endswith("ed") and (not rest or rest.split(" ", 1)[0].lower() in PREPOSITIONS)


# Irregular participles that do not stand before a noun: '250 taken hostage', '12 shot dead'
_PARTICIPLES = frozenset("taken given held thrown stolen driven brought caught hurt shot".split())
# Past verbs that also stand before a noun, so a verb only when no noun follows: '31,200 cast
# a ballot', '300 spent the night' but '20 cast members', '2,000 spent fuel rods'
_PAST_AS_MODIFIER = frozenset("cast spent".split())


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # 'MPs', 'GPs', 'MSPs'


def is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)


def head_noun(phrase: str) -> str:
    """'the 14 million children' -> 'children', 'MPs' -> 'mp': the last word, singular."""
    word = phrase.split()[-1].lower()
    return word[:-1] if word.endswith("s") else word


def motion_near(doc: Document, start: int, end: int, at: int) -> str | None:
    """The motion ('the amendment') in [start, end) nearest before `at`, else the first after:
    the nouns are read from `at` outwards, and the first with its lead decides."""
    nouns = doc.keywords(_MOTION_NOUN, _MOTION_TRIGGERS)
    # a lead starts at most 60 characters before its noun
    for noun in reversed(nouns.within(start, min(end, at + _MOTION_LEAD_REACH))):
        lead = _lead(doc.text, start, noun)
        if lead is not None and lead.start() < at:
            return _motion_text(doc.text[lead.start() : noun.end()])
    for noun in nouns.within(start, end):
        lead = _lead(doc.text, start, noun)
        if lead is not None:
            return _motion_text(doc.text[lead.start() : noun.end()])
    return None


_MOTION_LEAD_REACH = 60


def _lead(text: str, start: int, noun: re.Match[str]) -> re.Match[str] | None:
    return _MOTION_LEAD.search(text, max(start, noun.start() - _MOTION_LEAD_REACH), noun.start())


def _motion_text(phrase: str) -> str:
    """White space folded and the determiner lower-cased, so mentions compare equal."""
    determiner, _, rest = " ".join(phrase.split()).partition(" ")
    return f"{determiner.lower()} {rest}"


def votes_unwritten(doc: Document, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a number of votes whose word is not written: 'the
    SNP, which polled 8,399'; in a sentence about votes, 'Mr Jones, who took 14,222' or 'Mr
    Jones (14,222)' (more than a person's age)."""
    text = doc.text
    if POLLED.search(text, max(0, start - 10), start):
        return True
    if not _ABOUT_VOTES.search(text, *doc.context(start, end)):
        return False
    if _VOTES_TAKEN.search(text, max(0, start - 12), start):
        return True
    figure = text[start:end].replace(",", "")
    return (
        text.startswith(")", end)
        and bool(_NAME_THEN_BRACKET.search(text, max(0, start - 40), start))
        and figure.isdigit()
        and int(figure) > _AGE_IN_BRACKETS  # 'Mr Jones (54)' is his age
    )
