"""Ranks: 'the first British MP of Palestinian descent', 'Britain's third-largest city', 'for
the eighth time' — never a job title ('First Minister') or 'first time buyers'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.number import read_number
from ..scan import Mention
from .phrases import (
    IRREGULAR_PAST,
    NOT_PAST_ENDINGS,
    OPENS_CLAUSE,
    PREPOSITIONS,
    WORD,
    noun_phrase_after,
)

TYPE = "rank"
PRIORITY = 20

_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|my|your)|[A-Za-z]['’]s)\s+$", re.IGNORECASE
)
# Nouns after an ordinal that make a title, a part of something, or an idiom, not a ranking.
_NOT_RANKED = frozenset(
    """minister ministers secretary secretaries lady lord lords officer mate reading readings
    place half halves quarter quarters glance instance sight thing things step
    steps stage stages round rounds day days week weeks month months year years leg legs
    floor floors person class hand phase term set innings period edition draft clause clauses
    section sections paragraph paragraphs chapter chapters page pages line lines minute minutes
    hour hours birthday birthdays anniversary anniversaries""".split()
)
# Words that end the ranked noun: a pronoun opens the clause after it ('the worst case I have
# seen'), and an adverb is no part of it ('the most anywhere')
_CATEGORY_STOP = frozenset(
    """who whom whose which that was is are were be been has have had will would could should
    can may might since after before when while where said says and but or than as because
    if on at by for with from ever yet so in since during last next this ago i we you they he
    she it anywhere everywhere overall nationally""".split()
)
_HYPHEN_SUPERLATIVE = re.compile(r"-(?P<sup>[a-z]+est)\b")
_FIRST_TIME_COMPOUND = re.compile(
    r"\s+(?P<time>time)\s+(?:buyers?|voters?|offenders?|owners?|users?|parents?|mothers?|fathers?|"
    r"entrants?|applicants?|visitors?|students?|players?|winners?|homeowners?|candidates?)\b",
    re.IGNORECASE,
)
# 'the first time voters had a say': the noun opens a clause of its own; the occasion ranks
_CLAUSE_VERB = re.compile(
    r"\s+(?:had|have|has|were|was|are|could|can|will|would|did|got|went|saw|took|made)\b",
    re.IGNORECASE,
)
_IN_A_ROW = re.compile(r"\s+(?:running|in\s+a\s+row)\b", re.IGNORECASE)
_TRAILING = frozenset("of to in the a an".split())
_MAX_CATEGORY_WORDS = 8
# A determiner, a noun and a verb after the category open a clause of their own ('the largest
# penalty the watchdog has imposed')
_DETERMINERS = frozenset("the a an its their his her this these those".split())
_NOUN_OPENS_CLAUSE = re.compile(rf"\s+[\w'’-]+{OPENS_CLAUSE.pattern}", re.IGNORECASE)
# After the ranked noun, a past tense is the sentence's verb ('the biggest bank reported record
# profits', 'the largest firm collapsed'), unless a preposition follows it: then it describes the
# noun ('the first woman elected to the post').
# Irregular past forms that are no participle ('came', not 'come'), unlike 'sold' or 'held'
_PAST_ONLY = frozenset("came went fell grew took gave saw ran began became spoke wrote".split())
_NEXT_WORD = re.compile(r"[^\S\n]*(\w+)")
# A figure right after a participle: 'the strongest measuring 5.8' ranks no 'measuring'
_FIGURE_NEXT = re.compile(r"\s+(?:about\s+|around\s+)?[£$€]?\d")
# An ordinal without 'the' is a place in a table after these words ('finished third in the
# league'); after a verb of moving and 'to', even with no table named ('drop to seventh.')
_POSITION_LEAD = re.compile(
    r"\b(?:(?P<moved>(?:climbs?|climbed|rises?|rose|moves?|moved|drops?|dropped|falls?|fell|"
    r"slips?|slipped|lifts?|lifted|goes|went|up|down|back)\s+(?:\w+\s+)?to)|"
    r"(?P<placed>finish(?:ed|es)?|ended|came|come|comes|placed|ranks?|ranked|ranking)"
    r"(?:\s+an?\s+(?:distant|close|strong|narrow|comfortable|creditable|disappointing))?|lies|"
    r"lie|lying|sits?|sitting|"
    r"stays?|stayed|remains?|remained|is|are|was|were|be|in|(?:left|leaves|leaving)(?:\s+\w+){0,2})\s+$",
    re.IGNORECASE,
)
_TABLE_AFTER = re.compile(
    r"(?:\s+place)?\s+(?:in|of)\s+(?:the\s+)?(?P<table>(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:[Ll]eague|[Tt]able|[Ss]tandings|[Dd]ivision|[Cc]hampionship|[Gg]roup(?:\s+[A-Z])?|"
    r"[Pp]olls?|[Rr]ace|[Rr]ankings?|[Cc]onference))\b"
    r"|\s+place\b"
)
# after 'finished', 'came' or 'placed', the event a place was won in: 'came second in the
# 400m final', 'finished third in the Tour de France'
_EVENT_AFTER = re.compile(
    r"\s+in\s+the\s+(?P<event>[\w'’-]+(?:\s+(?!(?:and|but|with|after|on|in|at|for|of|to|by)\b)"
    r"[\w'’-]+){0,3})"
)
# the field after a place: 'out of 50 countries', 'of 38 OECD nations'
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+")
# a place in an election, told by the share or the votes it won: 'came third with 14.3% of the
# vote', 'finished second with 12,400 votes'
_WITH_VOTES = re.compile(
    r"\s+with\s+(?:(?:about|around|nearly|almost|some|just\s+over|just\s+under)\s+)?\d[\d,.]*"
    r"(?:\s*(?:%|per\s?cent)\s+of\s+the\s+(?:popular\s+)?vote\b|\s+votes\b)",
    re.IGNORECASE,
)
# the field a bare superlative ranks in: ' in the G7', ' among the four nations', ' in Europe'
# (not ' in a decade' or ' in years', which are times; 'of' right after it ends the rank early)
_FIELD_AFTER = re.compile(
    r"\s+(?:in|among|of)\s+(?:the\s+)?(?!(?:a|an|years?|decades?|months?|history|record)\b)"
    r"(?:[A-Z][\w-]*|\d+|four|five|six|seven|eight|nine|ten|[a-z]+\s+nations)"
    r"(?:\s+(?:[A-Z][\w-]*|nations|countries|regions|states|economies))?\b"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$|\s+(?:and|but|after|with|on)\b)")


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind not in ("ordinal", "superlative"):
            continue
        if not _DETERMINER_BEFORE.search(text, max(0, mention.start - 16), mention.start):
            found = _position(doc, mention) if mention.kind == "ordinal" else None
            if found:
                yield found
            continue
        if mention.kind == "ordinal" and _is_title(doc, mention):
            continue
        if mention.kind == "superlative" and text[mention.start - 1] == "-":
            continue  # the tail of 'third-largest', handled with its ordinal
        found = _ranked(doc, mention)
        if found:
            yield found


def _position(doc: Document, mention: Mention) -> Found | None:
    """A place in a table without 'the': 'lifts City to third in the Premier League', 'Villa
    drop to seventh', 'finished second in the poll', 'came fourth in the 400m final'. The
    category is the table or the event when named."""
    text = doc.text
    lead = _POSITION_LEAD.search(text, max(0, mention.start - 24), mention.start)
    if not lead or not isinstance(mention.value, int) or _is_title(doc, mention):
        return None
    _, s_end = doc.sentence_bounds(mention.start)
    field = _OUT_OF.match(text, mention.end, s_end)
    out_of = read_number(text, field.start("n"), field.end("n")) if field else None
    if out_of and isinstance(out_of.value, int) and out_of.end == field.end("n"):
        # 'ranked 45th out of 50 countries', 'came 12th of 38 OECD nations', 'sits 14th out
        # of 20 teams'
        entity, end = noun_phrase_after(text, field.end(), s_end)
        value = {"rank": mention.value, "category": entity or "place", "out_of": out_of.value}
        return Found(TYPE, mention.start, end if entity else field.end(), value)
    table = _TABLE_AFTER.match(text, mention.end, s_end)
    if table:
        category, end = table.group("table") or "place", table.end()
    elif lead.group("moved") and _CLAUSE_ENDS.match(text, mention.end, s_end):
        category, end = "place", mention.end  # 'Villa drop to seventh.'
    elif lead.group("placed") and _WITH_VOTES.match(text, mention.end, s_end):
        category, end = "vote", mention.end  # 'came third with 14.3% of the vote'
    else:  # 'came second in the 400m final'
        event = _EVENT_AFTER.match(text, mention.end, s_end) if lead.group("placed") else None
        if event is None or not _CLAUSE_ENDS.match(text, event.end(), s_end):
            return None
        category, end = " ".join(event.group("event").split()), event.end()
    value = {"rank": mention.value, "category": category, "out_of": None}
    return Found(TYPE, mention.start, end, value)


def _is_title(doc: Document, mention: Mention) -> bool:
    """'Scottish First Minister', 'the First World War': a capitalised ordinal that does not
    open its sentence is part of a title or a name."""
    s_start, _ = doc.sentence_bounds(mention.start)
    return doc.text[mention.start].isupper() and mention.start != s_start


def _ranked(doc: Document, mention: Mention) -> Found | None:
    text = doc.text
    _, s_end = doc.sentence_bounds(mention.start)
    if mention.kind == "ordinal":
        rank = mention.value
        category_start = mention.end
        compound = _HYPHEN_SUPERLATIVE.match(text, mention.end)
        if compound:
            category_start = compound.start("sup")
    else:
        rank = 1
        category_start = mention.start
    if not isinstance(rank, int) or rank < 1:
        return None
    compound = _FIRST_TIME_COMPOUND.match(text, mention.end) if mention.kind == "ordinal" else None
    if compound and not _CLAUSE_VERB.match(text, compound.end()):
        return None  # 'first time buyers': 'first-time' without its hyphen describes them
    if compound:  # 'the first time voters had a say'
        category, end = "time", compound.end("time")
    else:
        category, end = _category(text, category_start, s_end, skip_first=mention.kind != "ordinal")
    if not category:
        return None
    return Found(TYPE, mention.start, end, {"rank": rank, "category": category, "out_of": None})


def _category(text: str, pos: int, limit: int, skip_first: bool) -> tuple[str, int]:
    """The ranked noun phrase: up to the first clause boundary, at most eight words.

    With `skip_first` the phrase starts with the superlative itself ('largest city')."""
    words: list[str] = []
    ends: list[int] = []
    end = pos
    head = 1 if skip_first else 0  # index of the first noun-phrase word after the rank word
    while len(words) < _MAX_CATEGORY_WORDS:
        match = WORD.match(text, end, limit)
        if not match:
            break
        lower = match.group(1).lower()
        infinitive = bool(words) and words[0].lower() == "to"  # 'the fourth to be named'
        if lower in _CATEGORY_STOP and not (infinitive and lower in ("be", "have")):
            break
        if (
            len(words) > head
            and words[-1].lower() not in ("most", "least")  # 'the second most visited city'
            and _is_verb(lower, text, match.end(), limit)
        ):
            break
        if words and match.group(1)[0].isupper() and OPENS_CLAUSE.match(text, match.end()):
            break  # 'the first by-election Reform has won': Reform opens a clause of its own
        if (
            words
            and lower in _DETERMINERS
            and words[-1].lower() not in PREPOSITIONS | {"of"}
            and _NOUN_OPENS_CLAUSE.match(text, match.end())
        ):
            break  # 'the largest penalty the watchdog has imposed', not 'share of the vote was'
        if lower.endswith("ing") and _FIGURE_NEXT.match(text, match.end(), limit):
            break  # 'the strongest measuring 5.8': a participle with its figure
        excluded = len(words) == head and (lower in _NOT_RANKED or lower == "of")
        if excluded and not _IN_A_ROW.match(text, match.end(), limit):
            return "", pos  # a title, a part or an idiom; but 'the second year running' ranks
        words.append(match.group(1))
        end = match.end()
        ends.append(end)
    while words and words[-1].lower() in _TRAILING:
        words.pop()
        ends.pop()
    if len(words) == head == 1:
        field = _FIELD_AFTER.match(text, end, limit)
        if field:  # 'the highest in the G7', 'the lowest among the four nations': its field
            return " ".join(text[pos : field.end()].split()), field.end()
    if len(words) <= head:
        return "", pos  # 'the biggest' or 'the first' alone ranks nothing
    return " ".join(text[pos : ends[-1]].split()), ends[-1]


def _is_verb(lower: str, text: str, end: int, limit: int) -> bool:
    past = lower in IRREGULAR_PAST or (
        len(lower) > 4 and lower.endswith("ed") and not lower.endswith(NOT_PAST_ENDINGS)
    )
    if not past:
        return False
    if lower in _PAST_ONLY:
        return True  # 'her first Oscar came in 1970': never a participle describing the noun
    after = _NEXT_WORD.match(text, end, limit)
    return not after or after.group(1).lower() not in PREPOSITIONS
