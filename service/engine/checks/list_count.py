"""list_count: 'three MPs - A, B and C' names as many items as it counts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult

CODE = "list_count"
DESCRIPTION = (
    "A count followed by the list of what it counts ('three MPs - Diane Abbott, Clive Lewis "
    "and Dawn Butler', 'four parties - Labour, the Conservatives, the Lib Dems and the SNP', "
    "'three victims - a man, a woman and a child -') names exactly that many items."
)
TOLERANCE = "none: items are counted"

_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|de|van|von|Al|bin))*"
_LIST = re.compile(
    rf"\s*(?:[—–:]|-|,\s*(?:namely|including\s+all|they\s+are)?)\s*"
    rf"(?P<items>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME}))"
)
# things named by a noun each, set off by dashes: 'three victims - a man, a woman and a child -'
_THING = r"an?\s+[a-z]+(?:[\s-][a-z]+)?"
_THINGS = re.compile(
    rf"\s*(?P<dash>[—–]|-)\s*(?P<items>{_THING}(?:\s*,\s*{_THING})*(?:,?\s+and\s+{_THING}))"
    r"\s*(?P=dash)"
)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for claim in claims:
        if claim.type != "count" or claim.value["vague"] or claim.value["qualifier"] != "exact":
            continue
        _, s_end = doc.sentence_bounds(claim.start)
        listed = _LIST.match(doc.text, claim.end, s_end) or _THINGS.match(
            doc.text, claim.end, s_end
        )
        if not listed:
            continue
        items = [i for i in _ITEM_SPLIT.split(listed.group("items")) if i]
        counted = claim.value["number"]
        names = ", ".join(items)
        if len(items) == counted:
            message = f"The text counts {counted:g} and names {len(items)}: {names}."
            yield CheckResult(CODE, "consistent", message, (claim.id,))
        else:
            message = f"The text counts {counted:g} but names {len(items)}: {names}."
            yield CheckResult(CODE, "inconsistent", message, (claim.id,))
