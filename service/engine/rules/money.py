"""Money: '£3.2bn', '$1.5 million', '€40m', '2,000 euros', '50p', 'US$3 trillion', 'ten pounds'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.money import PREFIX_BEFORE, currency_after, read_money
from .phrases import qualifier_before

TYPE = "money"
PRIORITY = 48

_SYMBOLS = frozenset("$£€¥₹₪₩₽₺¢")
# "lost 20 pounds in weight", "pounds of meat": pounds as weight
_WEIGHT_AFTER = re.compile(r"\s+(?:of|in\s+weight|heavier|lighter)\b", re.IGNORECASE)


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    for mention in doc.mentions:
        if mention.kind != "number":
            continue
        near = text[max(0, mention.start - 5) : mention.end + 3]
        if not any(
            c.isalpha() or c in _SYMBOLS
            for c in near.replace(text[mention.start : mention.end], "")
        ):
            continue  # no currency symbol, code or name can be next to it
        prefix = PREFIX_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        pence = text[mention.end - 1] in "pc"  # '50p', '10c': the letter is in the mention
        if not (prefix or pence or currency_after(text, mention.end)):
            continue
        _, s_end = doc.sentence_bounds(mention.start)
        money = read_money(text, prefix.start(), s_end) if prefix else None
        if money is not None and money.end > mention.start:
            start = prefix.start()
        else:
            start = mention.start
            money = read_money(text, start, s_end)  # a currency after the number, or none
            if money is None:
                continue
        if text[start : money.end].lower().endswith("pounds") and _WEIGHT_AFTER.match(
            text, money.end
        ):
            continue
        qualifier, q_start = qualifier_before(text, start)
        value = {
            "number": money.value,
            "currency": money.currency,
            "currency_name": money.name,
            "qualifier": qualifier,
        }
        yield Found(TYPE, q_start, money.end, value)
