"""Ages: 'a 73-year-old', 'aged 45', '45 years old', 'Smith, 45, said', 'The victim, 34, was',
'She was 29 when', 'She turns 40', 'her 90th birthday', and age ranges: 'aged 40 to 64'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found

TYPE = "age"
PRIORITY = 44  # below ratio: "a quarter of 11-year-olds" is a ratio of an age group

_YEAR_OLD = re.compile(r"[\s-]+years?[\s-]+olds?\b", re.IGNORECASE)
_AGED_BEFORE = re.compile(
    r"\b(?:aged|age|(?:at\s+)?the\s+age\s+of)\s+(?P<between>between\s+|from\s+)?$", re.IGNORECASE
)
# the top of a range after the first age: 'aged 40 to 64', 'aged between 18 and 24'
_UPPER_AFTER = re.compile(r"\s*(?:[-–]|to\b|(?P<and>and\b))\s*(?P<upper>\d{1,3})(?![\d.,]\d)")
# the bottom of a range before 'N-year-old': '18-24-year-olds', '18- to 24-year-olds'
_LOWER_BEFORE = re.compile(r"(?<![\d.,])(?P<lower>\d{1,3})(?:[-–]|-?\s+to\s+)$")
# "Jane Smith, 45, said", "The victim, 34, was": a capitalised name or a word for a person,
# the age between commas, then a verb or clause
_PERSON_WORDS = (
    r"(?:victim|man|woman|boy|girl|driver|mother|father|teenager|pensioner|"
    r"suspect|defendant|resident|student|passenger|pedestrian|cyclist|son|daughter|wife|"
    r"husband|officer|nurse|teacher|worker|patient|soldier|partner)"
)
_NAME_COMMA_BEFORE = re.compile(rf"(?:[A-Z][\w’'-]+|\b{_PERSON_WORDS}),\s$")
# 'She was 29 when', 'He is now 41.', 'who is 52,', 'The victim was 34.': a person, a form of
# 'be', then the age, which ends its clause
_PERSON_IS_BEFORE = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|who|[Tt]he\s+{_PERSON_WORDS})\s+(?:is|was)\s+(?:now\s+|only\s+|just\s+)?$"
)
# 'who was born in 1950, is 73', 'Born in March 1950, Smith is now 73', 'was born in 1958 and
# is now 66': a birth, then the age
_BORN_THEN_IS = re.compile(
    r"\b[Bb]orn\s+(?:in\s+|on\s+)?[\w ]{0,16}?\b\d{4}(?:,\s+(?:[A-Z][\w’'-]+\s+){0,2}|\s+and\s+)"
    r"(?:is|was)\s+(?:now\s+|only\s+|just\s+)?$"
)
# 'She turns 40 next month', 'Smith, who turned 66 in May': a person reaching an age
_TURNED_BEFORE = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|who|[A-Z][\w’'-]+|[Tt]he\s+{_PERSON_WORDS})\s+"
    r"(?:turned|turns|will\s+turn|has\s+(?:just\s+)?turned)\s+$"
)

_WHEN_AFTER = re.compile(r"\s+(?:when|at\s+the\s+time)\b")  # a spelled age: 'was two when'
_AGE_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$|(?:when|and|but|at\s+the\s+time)\b)")
_TURNED_ENDS = re.compile(_AGE_ENDS_CLAUSE.pattern + r"|\s+(?:this|next|last|on|in)\b")
# a second age listed after the first: 'aged 19 and 20', 'aged 17, 18 or 19'
_LISTED_AFTER_AGED = re.compile(r"\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or)\s*$", re.I)
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|were|was|are|is)\b)")
_COMMA_AFTER = re.compile(r",\s+(?:[a-z]|[A-Z][a-z]+\s+(?:said|says|told))")
_MAX_AGE = 125
_BIRTHDAY = re.compile(r"\s+birthday\b", re.IGNORECASE)
# one person's birthday: 'her 90th', "the Queen's 90th" (not 'by their fifth birthday', an age
# any child reaches)
_ONES_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er)|\b[A-Z][\w-]*['’]s)\s+$")
# 'a man in his 70s', 'women in their late twenties', 'in her early teens': a span of ages
_DECADE_WORDS = ["teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"]  # fmt: skip
_IN_A_DECADE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]*)?"
    rf"(?:(?P<digits>[1-9]0)['’]?s|(?P<word>{'|'.join(_DECADE_WORDS)}))\b",
    re.IGNORECASE,
)
_DECADE_TRIGGERS = frozenset(["in"])
# where early, mid and late fall within a decade (teens run from 13 to 19)
_PARTS = {None: (0, 9), "early": (0, 3), "mid": (3, 7), "late": (7, 9)}
_TEEN_PARTS = {None: (13, 19), "early": (13, 15), "mid": (14, 17), "late": (17, 19)}


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind == "ordinal":
            birthday = _BIRTHDAY.match(text, mention.end)
            if (
                birthday
                and 0 < mention.value <= _MAX_AGE
                and _ONES_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            ):  # 'her 90th birthday': turning 90
                yield Found(TYPE, mention.start, birthday.end(), {"years": mention.value,
                            "upper": None}, links={"birthday": True})  # fmt: skip
            continue
        if mention.kind != "number" or not isinstance(mention.value, int):
            continue
        if not 0 <= mention.value <= _MAX_AGE:
            continue
        start, end = mention.start, None
        before = text[max(0, mention.start - 20) : mention.start]
        # cheap tests first: each pattern needs its tell-tale text nearby
        year_old = "year" in text[mention.end : mention.end + 8] and _YEAR_OLD.match(
            text, mention.end
        )
        aged = "age" in before and _AGED_BEFORE.search(
            text, max(0, mention.start - 20), mention.start
        )
        years, upper = mention.value, None
        if year_old:
            end = year_old.end()
            lower = _LOWER_BEFORE.search(text, max(0, mention.start - 8), mention.start)
            if lower and int(lower.group("lower")) < mention.value:
                start, years, upper = lower.start(), int(lower.group("lower")), mention.value
        elif aged:
            start, end = aged.start(), mention.end
            top = _UPPER_AFTER.match(text, mention.end)
            if (
                top
                and (aged.group("between") or not top.group("and"))  # 'and' needs 'between'
                and mention.value < int(top.group("upper")) <= _MAX_AGE
            ):
                upper, end = int(top.group("upper")), top.end()
        elif (
            before.endswith(", ")
            and _COMMA_AFTER.match(text, mention.end)
            and _NAME_COMMA_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        ):
            end = mention.end
        elif (
            (" is " in before or " was " in before)
            and (
                _PERSON_IS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                or _BORN_THEN_IS.search(text, max(0, mention.start - 64), mention.start)
            )
            and (_WHEN_AFTER if mention.spelled else _AGE_ENDS_CLAUSE).match(text, mention.end)
        ):
            end = mention.end  # 'She was 29 when she won', 'The victim was 34.', 'was two when'
        elif (
            "turn" in before
            and _TURNED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            and _TURNED_ENDS.match(text, mention.end)
        ):
            end = mention.end  # 'She turns 40 next month'
        elif (
            "age" in before
            and _LISTED_AFTER_AGED.search(text, max(0, mention.start - 24), mention.start)
            and _LIST_GOES_ON.match(text, mention.end)
        ):
            end = mention.end  # '20' in 'two men, aged 19 and 20,'; not 'aged 19 and 3 friends'
        if end is not None:
            yield Found(TYPE, start, end, {"years": years, "upper": upper})
    for match in doc.keywords(_IN_A_DECADE, _DECADE_TRIGGERS).items:
        yield _decade(match)


def _decade(match: re.Match[str]) -> Found:
    """'in his 70s' is 70 to 79; 'in their late twenties' 27 to 29; 'in her teens' 13 to 19."""
    part = match.group("part") and match.group("part").lower()
    word = match.group("word")
    if word and word.lower() == "teens":
        years, upper = _TEEN_PARTS[part]
    else:
        decade = (
            int(match.group("digits"))
            if word is None
            else _DECADE_WORDS.index(word.lower()) * 10 + 10
        )
        low, high = _PARTS[part]
        years, upper = decade + low, decade + high
    return Found(TYPE, match.start(), match.end(), {"years": years, "upper": upper})
