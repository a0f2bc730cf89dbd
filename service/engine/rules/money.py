"""Money: '£3.2bn', '$1.5 million', '€40m', '2,000 euros', '50p', 'US$3 trillion', 'ten pounds'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Found
from ..readers.money import SYMBOLS, currency_after, prefix_before, read_money
from ..readers.money import Money as ReadMoney
from ..readers.number import integral, read_number
from .phrases import qualifier_before, range_start

TYPE = "money"
PRIORITY = 48

_LETTER_OR_SYMBOL = re.compile(rf"[^\W\d_]|[{SYMBOLS}¢]")
# "lost 20 pounds in weight", "pounds of meat": pounds as weight
_WEIGHT_AFTER = re.compile(r"\s+(?:of|in\s+weight|heavier|lighter)\b", re.IGNORECASE)
_SCALED_HIGH = re.compile(
    r"\s*(?:[-–]|to)\s*(?P<top>(?P<digits>\d+(?:\.\d+)?)"
    r"\s*(?:bn|m|tn|k|billion|million|trillion|thousand))\b",
    re.IGNORECASE,
)


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    previous: tuple[int, Found] | None = None
    for amount_start, found in _amounts(doc):
        if previous is not None:
            joined = _range(text, previous, (amount_start, found))
            if joined:
                yield joined
        yield found
        previous = amount_start, found


def _range(text: str, low_read: tuple[int, Found], high_read: tuple[int, Found]) -> Found | None:
    """'between £150m and £200m', '£150,000-£200,000': two amounts of one currency."""
    (low_start, low), (high_start, high) = low_read, high_read
    low_value, high_value = low.value, high.value
    if _currency_of(low_value) != _currency_of(high_value):
        return None  # '$3-£5'
    if not low_value["number"] < high_value["number"]:
        return None
    start = range_start(text, low_start, low.end, high_start)
    if start is None:
        return None
    value = {**low_value, "upper": high_value["number"], "qualifier": "between"}
    return Found(TYPE, start, high.end, value)


def _currency_of(value: dict) -> tuple[str | None, str | None]:
    return value["currency"], value["currency_name"]


def _scaled_range(text: str, money: ReadMoney, end: int) -> tuple[float, float, int] | None:
    """'£1-2bn': the scale written after the top of the range is the bottom's too."""
    high = _SCALED_HIGH.match(text, end)
    if not high or not text[end - 1].isdigit():
        return None
    top = read_number(text, high.start("top"), high.end())
    if top is None or top.end != high.end():
        return None
    scale = top.value / float(high.group("digits"))
    if not money.value * scale < top.value:
        return None
    return integral(money.value * scale), top.value, high.end()


def _amounts(doc: Document) -> Iterator[tuple[int, Found]]:
    """Each amount, with where its figure starts (after any qualifier)."""
    text = doc.text
    claimed = doc.claimed  # claims of a higher priority ('rose from £10 to £12'): would win
    for mention in doc.mentions:
        if mention.kind != "number":
            continue
        if not (
            _LETTER_OR_SYMBOL.search(text, max(0, mention.start - 5), mention.start)
            or _LETTER_OR_SYMBOL.search(text, mention.end, mention.end + 3)
        ):
            continue  # no currency symbol, code or name can be next to it
        prefix = prefix_before(text, mention.start, max(0, mention.start - 5))
        pence = text[mention.end - 1] in "pc"  # '50p', '10c': the letter is in the mention
        if not (prefix or pence or currency_after(text, mention.end)):
            continue
        if claimed.holds(mention.start):
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
        value = {"number": money.value, "upper": None, "currency": money.currency,
                 "currency_name": money.name, "qualifier": qualifier}  # fmt: skip
        end = money.end
        scaled = _scaled_range(text, money, end)
        if scaled:  # '£1-2bn'
            value.update(number=scaled[0], upper=scaled[1], qualifier="between")
            end = scaled[2]
        yield start, Found(TYPE, q_start, end, value)
