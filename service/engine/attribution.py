"""Who says what: the people an article names, pronouns resolved to them, and the source a
sentence gives for a figure outside quotation marks ('The ONS said...', 'according to police')."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .positions import ByPosition
from .scan import MONTHS, WEEKDAYS
from .text import OPENING_WORDS, REPORTING_VERBS, ROLE, SAME_LINE_SPACE, SENTENCE_STOPS

if TYPE_CHECKING:
    from .document import Document

_TITLE_WORDS = "Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady"
_TITLES = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she",
           "dame": "she", "lady": "she", "dr": None, "prof": None, "professor": None}  # fmt: skip
# a capitalised name, with a glued prefix of its own capital: 'McKeown', 'O’Brien', 'DeSantis'
_CAP = r"(?:Mc|Mac|O['’]|D['’]|De|Di|Le|La)?[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?"
_PARTICLE = r"(?:Al|al|El|el|de|van|von|bin|ibn|da|di|le|La)"
_GAP = rf"{SAME_LINE_SPACE}+"
_NAME = rf"{_CAP}(?:{_GAP}(?:{_PARTICLE}{_GAP})?{_CAP}){{0,2}}"
# Ranks and offices written before a name; they are not part of it ('Judge Simon Hart').
_OFFICES = (
    r"(?:Detective\s+)?(?:Chief\s+)?(?:Inspector|Sergeant|Constable|Superintendent)|Judge|"
    r"Justice|Chief\s+Constable|President|Prime\s+Minister|Senator|Governor|Reverend|Rev|"
    r"Bishop|Archbishop|Councillor|Cllr|Captain|Colonel|General|Commissioner|Prosecutor|Coroner|"
    r"(?:(?:Home|Foreign|Health|Defence|Education|Business|Culture|Transport|Justice|"
    r"Environment|Energy|Housing|Shadow|Deputy|Junior)\s+)+(?:Secretary|Minister)|"
    r"Secretary\s+of\s+State|Chancellor|Mayor|Speaker|(?:Council\s+)?Leader|"
    r"(?:(?:Welsh|Scottish|Northern\s+Ireland)\s+)?(?:Deputy\s+)?First\s+Minister"
)
# A possessive before a person's full name is whose they are, not their name: "Labour's Rachel
# Reeves"; "Spain's weather agency Aemet" and "Britain's Office for National Statistics" keep it
_POSSESSOR = re.compile(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+$)")
_OFFICE = re.compile(rf"(?:{_OFFICES})\.?\s")  # tried before _PERSON, which costs more
_TITLE = re.compile(rf"(?:{_TITLE_WORDS})\.?\s")
_PERSON = re.compile(  # the lookahead lets the regex skip to capitals quickly
    rf"(?=[A-Z])(?!{OPENING_WORDS}\b)(?:(?P<office>{_OFFICES})\.?\s+)?"
    rf"(?:(?P<title>{_TITLE_WORDS})\.?\s+)?(?P<name>{_NAME})"
)
_SOURCE_VERBS = [
    *REPORTING_VERBS,
    *"say announced reported reports estimated estimates estimate found finds confirmed "
    "confirms revealed reveals".split(),
]
SPEECH = rf"(?:{'|'.join(_SOURCE_VERBS)})"
# Evidence that a capitalised name is a person's: a speech verb next to it, or a role before
# it ('leader Keir Starmer').
_SPEAKS_AFTER = re.compile(rf"\s+{SPEECH}\b")  # not after a comma: 'who lives near Bangor, said'
_SPOKEN_BEFORE = re.compile(rf"\b{SPEECH}\s+$")
_POSSESSIVE = ("'s", "’s")
_NOT_A_PERSON_BEFORE = re.compile(
    r"\b(?:at|in|from|near|of|for|by|with|into|across|consultancy|company|firm|group|charity|"
    r"union|agency|body|watchdog|regulator|party|club|bank|council|network)\s+$"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:leader|minister|secretary|chancellor|president|MP|spokesman|spokeswoman|"
    r"spokesperson|chief|executive|director|professor|doctor|officer|lawyer|manager|coach|captain|"
    r"chairman|chairwoman|mayor|councillor|senator|judge|economist|analyst|author|actor|"
    r"singer|player|striker|founder|campaigner|resident|student|mother|father|son|daughter)\s+$"
)
# Words that make a capitalised phrase an organisation or a place, not a person.
_NOT_PEOPLE = frozenset(
    """party street road bank parliament houses house council office ministry department
    government union committee court police service university college school hospital
    minister secretary first labour conservative conservatives tory tories reform green greens
    democrats republicans nationalist nationalists national city county kingdom states
    republic north south east west live the a an this that in on at for of and but he she they
    it we i his her their its said monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    christmas easter diwali budget act bill many some others most both all several few
    overall outside inside after before when while if although senior""".split()
)
# A verb right before a name makes the person its object: 'told Pryce', 'thanked Ms Moran'
# ('said Smith had spent': the subject of what was said, not who said it)
_ADDRESSED = re.compile(
    r"\b(?:told|asked|thanked|accused|warned|urged|sentenced|jailed|fined|praised|criticised|"
    r"criticized|questioned|interviewed|sacked|replaced|defeated|beat|said|says|added|claimed|"
    r"alleged)\s+(?:that\s+)?$"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "they": None}


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    name: str  # as written first in full: 'Layla Moran'
    surname: str
    gender: str | None
    addressed: bool = False  # the object of a verb ('told Pryce'), less likely the next 'he'


class People:
    """The people an article names, in order, with their fullest name and any known gender."""

    def __init__(self, text: str) -> None:
        candidates: list[tuple[int, str, str]] = []
        confirmed: set[str] = set()  # surnames with a title or other evidence anywhere
        full: dict[str, str] = {}
        gender: dict[str, str] = {}
        for match in _PERSON.finditer(text):
            name = match.group("name")
            if name.endswith(_POSSESSIVE):
                name = name[:-2]
            name = _POSSESSOR.sub("", name, count=1)  # "Labour's Rachel Reeves"
            words = name.split()
            if not _NOT_PEOPLE.isdisjoint(name.lower().split()):
                continue
            title = match.group("title")
            surname = words[-1]
            if not (title or match.group("office")) and _NOT_A_PERSON_BEFORE.search(
                text, max(0, match.start() - 24), match.start()
            ):
                continue  # 'near Bangor', 'at Ember', 'the consultancy Ember'
            if title or match.group("office") or _looks_like_person(text, match, len(words)):
                confirmed.add(surname)
            if title and _TITLES[title.lower()]:
                gender[surname] = _TITLES[title.lower()]
            if len(words) > 1 and surname not in full:
                full[surname] = name
            candidates.append((match.start(), name, surname))
        self._mentions = ByPosition(
            [Person(start, full.get(surname, name), surname, gender.get(surname),
                    bool(_ADDRESSED.search(text, max(0, start - 12), start)))
             for start, name, surname in candidates if surname in confirmed],
            lambda p: p.start,
        )  # fmt: skip
        self._text = text

    def before(self, pos: int, pronoun: str, reach: int = 1500) -> str | None:
        """The nearest person named before `pos` whom `pronoun` can refer to; one addressed by
        a verb ('Judge Adams told Pryce ...') gives way to the subject of the same sentence."""
        wanted = _PRONOUNS.get(pronoun.lower())
        fitting = [
            person
            for person in self._mentions.within(max(0, pos - reach), pos)
            if person.gender is None or wanted is None or person.gender == wanted
        ]
        if not fitting:
            return None
        nearest = fitting[-1]
        if nearest.addressed and len(fitting) > 1:
            subject = fitting[-2]
            if not _SENTENCE_END.search(self._text, subject.start, nearest.start):
                return subject.name
        return nearest.name

    def named(self, surname_or_name: str) -> str:
        """'Ms Moran' or 'Moran' -> 'Layla Moran' when the article gives the full name."""
        surname = surname_or_name.split()[-1]
        for person in self._mentions.items:
            if person.surname == surname:
                return person.name
        return surname_or_name


def _looks_like_person(text: str, match: re.Match[str], words: int) -> bool:
    """A speech verb next to the name, a role before it, or a full name set off by a comma
    ('Nisha Bains, a financial lawyer', '..., Layla Moran, addressed')."""
    end, start = match.end(), match.start()
    return bool(
        _SPEAKS_AFTER.match(text, end)
        or _SPOKEN_BEFORE.search(text, max(0, start - 16), start)
        or (words > 1 and text.startswith(",", end))
        or _ROLE_BEFORE.search(text, max(0, start - 16), start)
    )


# 'the research firm Kantar', 'the energy consultancy Ember': a kind, then the name
_KINDS = (
    "firm|company|consultancy|group|agency|charity|thinktank|think\\s+tank|watchdog|regulator|"
    "body|organisation|organization|union|pollster|insurer|lender|broker|website|institute"
)
# The source a sentence gives for what it reports: 'The ONS said', 'according to police',
# '..., officials said.'
_NOT_IN_A_SOURCE = r"(?:said|says|were|was|is|are|has|have|had|will|would|found|showed|shows)\b"
_SOURCE = (
    # "Spain's weather agency Aemet", "Britain's biggest bank"
    rf"(?P<source>[A-Z][\w-]*['’]s(?:\s+(?!{_NOT_IN_A_SOURCE})[a-z]+){{1,3}}"
    rf"(?:{SAME_LINE_SPACE}+[A-Z][\w&’'-]*){{0,3}}"
    rf"|[Tt]he\s+(?:[a-z]+\s+){{0,2}}(?:{_KINDS})\s+[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){{0,3}}"
    r"|(?:[Tt]he\s+|an?\s+)?(?:(?:new|latest|recent)\s+)?"
    r"(?:[A-Z][\w&’'.-]*(?:\s+(?:of|for|and|on)\s+|\s+)?){1,5}"
    r"(?:(?:[a-z]+\s+)?(?:poll|survey|report|study|analysis|review|figures|data|research|"
    r"census)\b)?"
    r"|(?:the\s+)?(?:police|officials|ministers|the\s+government|organisers|researchers|"
    r"analysts|economists|doctors|scientists|experts|campaigners|residents|witnesses)"
    # 'the interior ministry', 'the local council': up to two words before the body's kind
    r"|[Tt]he\s+(?:[a-z]+\s+){0,2}?(?:club|company|firm|council|charity|union|trust|board|"
    r"department|ministry|bank|"
    r"regulator|agency|watchdog|report|study|survey|league|airline|retailer|party|chipmaker|"
    r"carmaker|supermarket|broadcaster|insurer|lender|operator|manufacturer|group|university|"
    rf"authority|hospital|school|force|army)\b"
    r"|[Aa]n?\s+(?:(?:new|recent|major|large|separate)\s+)?(?:study|survey|report|poll|analysis|"
    rf"review)\b|{ROLE})"  # 'according to a study of 160,000 adults'
)
_ACCORDING = re.compile(rf"\b(?i:according\s+to|figures\s+from|data\s+from)\s+{_SOURCE}")
_ACCORDING_TRIGGERS = frozenset(["according", "figures", "data"])
_SAID_BEFORE = re.compile(rf"{_SOURCE}\s*{SPEECH}\b")
# 'put the figure at ', 'puts the cost at ' right before the claim, and its source before it
_PUT_AT = re.compile(
    r"puts?\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:figure|cost|number|total|bill|toll|price|"
    r"estimate|shortfall|loss|losses|gap)\s+at\s+",  # a hedge after it is the claim's own
    re.IGNORECASE,
)
_PUT_TRIGGERS = frozenset(["put", "puts"])
_PUT_AT_REACH = 60
_SOURCE_BEFORE = re.compile(rf"{_SOURCE}\s+$")
_SOURCE_ENDS = re.compile(rf"{_SOURCE}$")
_SOURCE_REACH = 80
# ', the analysis by the energy consultancy Ember found.'
_SAID_AFTER_NAMED = re.compile(
    rf",\s*(?:the\s+[a-z]+\s+(?:by|from|of)\s+)?(?P<source>(?:the\s+)?(?:[a-z]+\s+){{0,3}}"
    rf"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*)\s+{SPEECH}\s*[.!?]?$"
)
# 'Patrick Green, chief executive of the trust, said', 'Jane Smith, 45, from Leeds, said'
_SAID_APPOSITIVE = re.compile(rf"(?P<source>{_NAME}),(?:[^,“”\"]{{1,60}},){{1,3}}\s*{SPEECH}\b")
# 'Its chief executive, Chris Weston, said', tried only before a speech verb: the role is part
# of the match, so that one right after a quotation ('“...,” the new MP, Sarah Okafor, said')
# is the quotation's
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[^,“”\"]{{1,50}},\s*(?P<source>{_NAME}),\s*"
    rf"{SPEECH}\b"
)
_ROLE_THEN_NAME_REACH = 100  # characters before a speech verb
_WHEN_SAID = r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,24}?)?"  # '... on Monday.'
_HAS = r"(?:(?:has|have|had)\s+)?"  # 'the government has announced'
_WHO_SAID = re.compile(rf",\s*who\s+{_HAS}{SPEECH}$")  # 'said the minister, who added'
_SHORT_NAME = r"(?:\s+\([A-Z][\w&]{1,9}\))?"  # 'the Office for National Statistics (ONS)'
_SAID_AFTER = re.compile(rf",\s*{_SOURCE}{_SHORT_NAME}\s+{_HAS}{SPEECH}{_WHEN_SAID}\s*[.!?]?$")
_SAID_BETWEEN_COMMAS = re.compile(
    rf",\s*{_SOURCE}{_SHORT_NAME}\s+{_HAS}{SPEECH}{_WHEN_SAID}\s*,"
)  # 'rose 3%, the club said, while'; '..., the ONS said on Thursday, less than'
# Data that shows a figure names its source at the sentence's end: ', NHS England figures show.'
_SHOW = re.compile(r"(?:show|shows|showed|suggest|suggests|suggested)\b")
_SHOW_TRIGGERS = frozenset(["show", "shows", "showed", "suggest", "suggests", "suggested"])
_SHOWN_AFTER = re.compile(
    r",\s*(?P<source>(?:the\s+)?(?:(?:latest|new|official)\s+)?"
    r"(?:[A-Z][\w&’'.-]*(?:\s+(?:of|for|and|on)\s+|\s+)){1,5}"
    r"(?:figures|data|statistics|analysis|research|survey|poll|report|study))\s+"
    r"(?:have\s+|has\s+)?(?:show|shows|showed|shown|suggest|suggests|suggested)\s*[.!?]?$"
)
# What a court or an inquest hears is its evidence: ', Canterbury Crown Court heard.', ', the
# jury was told.'
_HEARD = re.compile(r"(?:heard|told)\b")
_HEARD_TRIGGERS = frozenset(["heard", "told"])
_HEARD_BY = (
    r"(?P<source>(?:[Tt]he\s+|[Aa]n\s+|[Aa]\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}(?:[Cc]ourt|[Jj]ury|"
    r"[Ii]nquest|[Tt]ribunal|[Hh]earing|[Tt]rial|[Ii]nquiry|[Cc]ommittee|MPs|[Pp]eers|"
    r"[Mm]agistrates|[Jj]udge))"
)
_HEARD_AFTER = re.compile(
    rf",\s*{_HEARD_BY}\s+(?:(?:was|were|has\s+been|had\s+been)\s+told|heard)"
    rf"{_WHEN_SAID}\s*[.!?]?$"
)
_HEARD_BEFORE = re.compile(
    rf"{_HEARD_BY}\s+(?:was\s+|were\s+|has\s+been\s+)?(?:heard|told)\s+(?:that|how)\b"
)
_PRONOUN_SAID = re.compile(rf"\b(?P<source>he|she)\s+{_HAS}{SPEECH}\b")
_COMMA_AFTER_SPEECH = re.compile(rf"{_WHEN_SAID}\s*,")
_PRONOUN_SAID_AFTER = re.compile(
    rf",\s*(?P<pronoun>he|she)\s+{_HAS}{SPEECH}{_WHEN_SAID}\s*[.!?]?$", re.IGNORECASE
)


def source_in(doc: Document, s_start: int, s_end: int, claim_start: int) -> str | None:
    """The source the sentence [s_start, s_end) names for a claim at `claim_start`, looked
    for within a bounded reach of the claim so that long sentences cost no more."""
    text = doc.text
    if not _names_a_source(doc, s_start, s_end):
        return None
    # (most articles have no 'put at' and no 'according to': their hits are not looked up)
    put_at = doc.keywords(_PUT_AT, _PUT_TRIGGERS)
    puts = (
        put_at.within(max(s_start, claim_start - _PUT_AT_REACH), claim_start)
        if put_at.items
        else []
    )
    if puts and puts[-1].end() == claim_start:  # the nearest, right before the claim
        put = puts[-1].start()
        named = _SOURCE_BEFORE.search(text, max(s_start, put - _SOURCE_REACH), put)
        if named:  # '..., while the Treasury put the figure at £20bn': the Treasury's estimate
            return _as_named(doc, named.group("source"))
    according_to = doc.keywords(_ACCORDING, _ACCORDING_TRIGGERS)
    according = according_to.items and according_to.within(
        max(s_start, claim_start - 300), min(s_end, claim_start + 300)
    )  # bounded both ways: a sentence of a megabyte costs no more per claim
    if according:
        return _as_named(doc, according[0].group("source"))
    speech = doc.keywords(_SPEECH_WORD, _SPEECH_TRIGGERS)
    tail = min(s_end, claim_start + _TAIL_REACH)
    verbs = speech.within(claim_start, tail)
    if verbs:
        after = None
        if tail == s_end:  # ', police said.' ends the sentence
            after = _SAID_AFTER.search(text, claim_start, s_end) or _SAID_AFTER_NAMED.search(
                text, claim_start, s_end
            )
        if not after and any(_COMMA_AFTER_SPEECH.match(text, verb.end()) for verb in verbs):
            after = _SAID_BETWEEN_COMMAS.search(text, claim_start, tail)  # ', the club said,'
        if after:
            return _as_named(doc, after.group("source"))
        pronoun = _PRONOUN_SAID_AFTER.search(text, claim_start, s_end) if tail == s_end else None
        if pronoun:  # '..., he said.': the person last named
            return doc.people.before(pronoun.start(), pronoun.group("pronoun").lower())
    if tail == s_end and doc.keywords(_SHOW, _SHOW_TRIGGERS).within(claim_start, s_end):
        shown = _SHOWN_AFTER.search(text, claim_start, s_end)  # ', NHS England figures show.'
        if shown:
            return _as_named(doc, shown.group("source"))
    if tail == s_end and doc.keywords(_HEARD, _HEARD_TRIGGERS).within(claim_start, s_end):
        heard = _HEARD_AFTER.search(text, claim_start, s_end)  # ', the court heard.'
        if heard:
            return _as_named(doc, heard.group("source"))
    lead = max(s_start, claim_start - 160)
    verbs_before = speech.within(lead, claim_start)
    if not verbs_before:
        return _heard_before(doc, lead, claim_start)
    # 'Patrick Green, chief executive of the trust, said'; else the last 'X said' before the claim.
    # Each of these ends with a speech verb, so none is looked for after the last one.
    said_end = min(claim_start, verbs_before[-1].end())
    who = _WHO_SAID.search(text, max(lead, verbs_before[-1].start() - 16), said_end)
    if who is not None:  # 'said the minister, who added that 900,000 jobs ...': the minister
        named = _SOURCE_ENDS.search(text, max(lead, who.start() - _SOURCE_REACH), who.start())
        if named:
            return _as_named(doc, named.group("source"))
    said = (
        _last(_SAID_APPOSITIVE.finditer(text, lead, said_end))
        or _role_then_name(text, lead, verbs_before[-1])
        or _last_said_before(doc, lead, said_end)
        or _last(_PRONOUN_SAID.finditer(text, lead, said_end))  # ', he said, adding'
    )
    if said is None:
        return _heard_before(doc, lead, claim_start)  # 'Leeds Crown Court was told how'
    if _ends_quotation(text, said, claim_start):
        return None
    source = said.group("source").strip()
    if source.lower() in ("he", "she"):  # 'She added that ...': the person last named
        return doc.people.before(said.start(), source.lower())
    return _as_named(doc, source)


def _names_a_source(doc: Document, s_start: int, s_end: int) -> bool:
    """Whether the sentence [s_start, s_end) holds any word a source is named by ('said',
    'according to', 'put the figure at', 'show', 'heard'), asked once a sentence: without one,
    none of its claims has a source (about half of the claims of the test articles)."""
    known = doc.sources_named.get(s_start)
    if known is None or known[0] != s_end:
        named = any(
            doc.keywords(pattern, triggers).within(s_start, s_end)
            for pattern, triggers in _NAMING_WORDS
        )
        known = doc.sources_named[s_start] = (s_end, named)
    return known[1]


def _heard_before(doc: Document, lead: int, claim_start: int) -> str | None:
    """The court, jury or inquest that heard what the sentence goes on to report, named in
    [lead, claim_start): 'The court heard that', 'Leeds Crown Court was told how'."""
    hits = doc.keywords(_HEARD, _HEARD_TRIGGERS)
    if not hits.items or not hits.within(lead, claim_start):
        return None  # most articles have no 'heard' or 'told' at all
    heard = _last(_HEARD_BEFORE.finditer(doc.text, lead, claim_start))
    return _as_named(doc, heard.group("source")) if heard else None


def _role_then_name(text: str, lead: int, verb: re.Match[str]) -> re.Match[str] | None:
    """'Its chief executive, Chris Weston, said', ending at the speech verb `verb`."""
    start = max(lead, verb.start() - _ROLE_THEN_NAME_REACH)
    return _last(
        m for m in _ROLE_THEN_NAME.finditer(text, start, verb.end()) if m.end() == verb.end()
    )


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = deque(matches, maxlen=1)
    return last[0] if last else None


def _as_named(doc: Document, source: str) -> str | None:
    """The source cleaned, and a titled surname given the full name the article names it by:
    'Mr Johnson' -> 'Mike Johnson'."""
    cleaned = _clean(source)
    if not cleaned or not cleaned[0].isupper():
        return cleaned  # 'the ONS', 'police': no office, no title
    cleaned = _POSSESSOR.sub("", cleaned, count=1)  # "Labour's Rachel Reeves" -> 'Rachel Reeves'
    if _OFFICE.match(cleaned) or _TITLE.match(cleaned):
        # 'Detective Inspector Mark Hughes', 'Dame Diana Johnson' -> the name; a title stays
        # before a surname alone ('Mr Johnson'), which is looked up below
        person = _PERSON.fullmatch(cleaned)
        if person and " " in person.group("name"):
            cleaned = person.group("name")
        elif person and person.group("title"):
            cleaned = cleaned[person.start("title") :]  # 'Prime Minister Mr Smith' -> 'Mr Smith'
    if _TITLED_SURNAME.fullmatch(cleaned):
        named = doc.people.named(cleaned)
        return named if " " in named else cleaned
    return cleaned


def _last_said_before(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """The last 'X said' in [start, end), a study's 'A Gallup survey published in November
    found' among them, that is neither a date ('in November found') nor the people a figure
    counts ('41% of Americans said')."""
    text = doc.text
    found = list(_SAID_BEFORE.finditer(text, start, end))
    if doc.keywords(_PUBLISHED, _STUDY_TRIGGERS).within(max(0, start - 20), end):
        found.extend(_STUDY_SAID.finditer(text, start, end))
        # by where each ends; of two that end at one verb, the study whole is judged first
        found.sort(key=lambda said: (said.end(), -said.start()))
    for said in reversed(found):
        if not _CALENDAR.match(said.group("source")) and not _RESPONDENTS.search(
            text, max(0, said.start() - 16), said.start()
        ):
            return said
    return None


_STUDIES = "poll|survey|report|study|analysis|review|census"
_STUDY_TRIGGERS = frozenset(_STUDIES.split("|"))
_PARTICIPLE = r"\s+(?:published|released|conducted|carried\s+out|commissioned|issued)\b"
_OF_SAMPLE = r"\s+of\s+(?:more\s+than\s+|over\s+|about\s+)?[\d,]+\s+[a-z]+"  # 'of 2,300 residents'
# a study with a participle or its sample after it: looked up before _STUDY_SAID is tried
_PUBLISHED = re.compile(rf"(?:{_STUDIES})(?:{_PARTICIPLE}|{_OF_SAMPLE}\s+{SPEECH}\b)")
_STUDY_SAID = re.compile(
    rf"(?P<source>(?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Z][\w&’'.-]*\s+){{0,3}}(?:[a-z]+\s+)?"
    rf"(?:{_STUDIES})(?:{_OF_SAMPLE})?)(?:{_PARTICIPLE}[^.;:“”\"]{{0,40}}?)?\s+{SPEECH}\b"
)
_CALENDAR = re.compile(rf"(?:{'|'.join([*WEEKDAYS, *(m for m in MONTHS if len(m) > 3)])})\b")
_RESPONDENTS = re.compile(r"(?:%|\bper\s*cent|\d)\s+of\s+(?:the\s+)?$")
_TITLED_SURNAME = re.compile(rf"(?:{_TITLE_WORDS})\.?\s+[A-Z][\w’'-]+")


# An attribution right after a quotation ('"...," the health secretary said') is the quote's;
# a later figure in the sentence is the speaker's only when the speech goes on ('adding that').
_AFTER_CLOSING_QUOTE = re.compile(r"[”\"][^\S\n]*,?[^\S\n]*$")  # in its paragraph
_SPEECH_GOES_ON = re.compile(
    r"[\s,]*(?:(?:and\s+)?(?:adding|added|saying|noting|claiming|insisting|warning|arguing|"
    r"explaining)\b|that\b)"
)


def _ends_quotation(text: str, said: re.Match[str], claim_start: int) -> bool:
    closing = _AFTER_CLOSING_QUOTE.search(text, max(0, said.start() - 4), said.start())
    if not closing or text[closing.start() - 1 : closing.start()] in SENTENCE_STOPS:
        return False  # '“... to climb.” He said the government would': a new sentence
    return not _SPEECH_GOES_ON.match(text, said.end(), claim_start)


_TAIL_REACH = 300
_SPEECH_TRIGGERS = frozenset(_SOURCE_VERBS)
_SPEECH_WORD = re.compile(rf"{SPEECH}\b")


_NOT_NAMED = frozenset("it we i you this that these those there".split())  # 'It said'


# A source read past its sentence's end: 'according to the UN.\n\nThe World Bank estimated'
_NEXT_SENTENCE = re.compile(
    r"\.?\s*\n|(?<![A-Z]\.[A-Z])(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!Mrs)(?<!\bCo)\.\s+(?=[A-Z])"
)  # not after an abbreviation: 'the U.S. Treasury', 'St. Mary's'


def _clean(source: str) -> str | None:
    source = _NEXT_SENTENCE.split(source, maxsplit=1)[0]
    source = " ".join(source.split()).strip(" ,")
    if source.endswith(".") and "." not in source.rsplit(" ", 1)[-1][:-1]:
        source = source[:-1]  # the sentence's full stop, not an abbreviation's ('the U.S.')
    if source.lower() in _PRONOUNS or source.lower() in _NOT_NAMED or not source:
        return None
    return source


# the words a sentence names a source by, each with the words its pattern opens with
_NAMING_WORDS = (
    (_SPEECH_WORD, _SPEECH_TRIGGERS),
    (_ACCORDING, _ACCORDING_TRIGGERS),
    (_PUT_AT, _PUT_TRIGGERS),
    (_SHOW, _SHOW_TRIGGERS),
    (_HEARD, _HEARD_TRIGGERS),
)
