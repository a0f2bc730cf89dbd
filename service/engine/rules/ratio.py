"""Ratios: 'one in five adults', 'three out of four', 'a third of voters', 'two-thirds',
'half of all schools', 'fewer than half of voters' (the qualifier is the claim's)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from .phrases import YEAR, a_verb, noun_phrase_after, qualifier_before

TYPE = "ratio"
PRIORITY = 46

_OF = re.compile(
    r"\s+of\s+(?P<det>(?:the|all(?:\s+the)?|its|their|those|these|his|her|our|my|your)\s+)?",
    re.IGNORECASE,
)
# 'a third of them': a share of a group named before, which keeps the ratio without an entity
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|us|you)\b", re.IGNORECASE)
# 'a third of the 1,500 staff', 'a third of the town's 3,000 residents'
_OF_COUNT = re.compile(
    r"\s+of\s+(?:(?:the|its|their|all(?:\s+the)?)\s+)?(?:[A-Za-z-]+(?:['’]s|s['’])\s+)?\d",
    re.IGNORECASE,
)
_OF_A_TIME = re.compile(
    r"\s+of\s+an?\s+(?:second|minute|hour|day|week|fortnight|month|year|decade|century)\b", re.I
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_COMPOUND_AFTER = re.compile(r"-[A-Za-z]")
# a figure, then a share set off after it: '1.4 million (', '100, or ', '100 - '
_FIGURE_THEN_OPEN = re.compile(
    r"(?:\d|\b(?:million|billion|bn|m))(?P<open>\s*\(\s*|,\s*(?:or\s+)?|\s+[–—-]\s*(?:or\s+)?)$"
)
_IN = re.compile(r"\s+(?:in(?:\s+every)?|out\s+of(?:\s+every)?)\s+$", re.IGNORECASE)


def find(doc: Document) -> Iterator[Found]:
    mentions = doc.mentions
    for index, mention in enumerate(mentions):
        if mention.kind == "fraction":
            found = _fraction(doc, mention)
        elif mention.kind == "number" and index + 1 < len(mentions):
            found = _one_in(doc, mention, mentions[index + 1])
        else:
            found = None
        if found:
            yield found


def _fraction(doc: Document, mention) -> Found | None:
    """'a third of voters'; 'two-thirds' alone when the numerator says it is a share."""
    numerator, denominator = mention.value
    if _COMPOUND_AFTER.match(doc.text, mention.end) or (
        denominator == 4 and _OF_A_TIME.match(doc.text, mention.end)
    ):  # 'two quarter-point cuts', 'a half-hour wait': part of a compound word; 'three-quarters
        # of an hour': a duration, which the duration rule reads
        return None
    _, s_end = doc.sentence_bounds(mention.start)
    qualifier, start = qualifier_before(doc.text, mention.start)
    of_count = _OF_COUNT.match(doc.text, mention.end, s_end)
    entity, end = _entity_after_of(doc, mention.end, s_end)
    if of_count and entity and _POSSESSIVE.search(entity):
        # 'a third of the town's 3,000 residents': a share of the count after it, its own claim
        entity, end = None, mention.end
    if entity is None:
        pronoun = _OF_PRONOUN.match(doc.text, mention.end, s_end)
        if pronoun:
            end = pronoun.end()
        # 'half' or 'a third' alone is too often an idiom ('first half'), but not after a
        # qualifier ('almost a third (31%)')
        elif (
            numerator < 2
            and qualifier == "exact"
            and not of_count
            and not _set_off_after_figure(doc.text, start, mention.end)
        ):
            return None
    value = {"numerator": numerator, "denominator": denominator, "entity": entity,
             "qualifier": qualifier}  # fmt: skip
    return Found(TYPE, start, end, value, links={"fraction": True})


def _set_off_after_figure(text: str, start: int, end: int) -> bool:
    """'100 (a third)', '100, or a third,', '150 - half -': the share a figure right before it
    makes."""
    lead = _FIGURE_THEN_OPEN.search(text, max(0, start - 24), start)
    if lead is None:
        return False
    opened = lead.group("open").strip()
    closing = ")" if opened.startswith("(") else "," if opened.startswith(",") else "-–—"
    after = text[end : end + 2].lstrip()[:1]
    return after != "" and after in closing


def _one_in(doc: Document, first, second) -> Found | None:
    """'one in five adults', 'nine out of 10 doctors', 'one in every 35 people'."""
    if second.kind != "number" or not _IN.fullmatch(doc.text, first.end, second.start):
        return None
    numerator, denominator = first.value, second.value
    if not (isinstance(numerator, int) and isinstance(denominator, int)):
        return None
    if numerator < 0 or denominator <= 0:
        return None  # ('130 out of 125' is kept: the part_within_whole check flags it)
    if numerator > denominator and YEAR.fullmatch(doc.text, first.start, first.end):
        return None  # 'between 2014 and 2024 in 12 countries': a year, then where
    _, s_end = doc.sentence_bounds(first.start)
    entity, end = noun_phrase_after(doc.text, second.end, s_end)
    if a_verb(entity):
        entity = ""  # 'one in eight resulted in a charge': what they did, not what they are
    if not entity and YEAR.fullmatch(doc.text, second.start, second.end):
        return None  # 'up from one in two in 2019': a year, not one in 2,019
    qualifier, start = qualifier_before(doc.text, first.start)  # 'almost one in five'
    value = {"numerator": numerator, "denominator": denominator, "entity": entity or None,
             "qualifier": qualifier}  # fmt: skip
    return Found(TYPE, start, end if entity else second.end, value)


def _entity_after_of(doc: Document, pos: int, limit: int) -> tuple[str | None, int]:
    of = _OF.match(doc.text, pos, limit)
    if not of:
        return None, pos
    entity, end = noun_phrase_after(doc.text, of.end(), limit)
    if not entity:
        return None, pos
    start = of.start("det") if of.group("det") else of.end()
    return doc.text[start:end], end
