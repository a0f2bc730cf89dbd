"""How far apart two figures may be and still agree: the rounding the text's own precision
implies ('40.2%' is 40.15 to 40.25), widened for 'about', 'nearly' and the like."""

from __future__ import annotations

import math
import re

from ..document import Document, Found

APPROXIMATE = frozenset({"about", "up_to", "at_most", "at_least", "more_than", "fewer_than"})
AT_LEAST = frozenset({"more_than", "at_least"})  # bounds open upwards: 'more than 40%'
AT_MOST = frozenset({"fewer_than", "at_most", "up_to"})  # and downwards: 'fewer than 10%'
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")  # a figure as written: '1,200', '44.8'
RELATIVE_FOR_APPROXIMATE = 0.05
# a bound as a desk writes it before its figure
BOUND_WORDS = {"more_than": "more than ", "at_least": "at least ", "fewer_than": "fewer than ",
               "at_most": "at most ", "up_to": "up to "}  # fmt: skip


def rounding(doc: Document, claim: Found) -> float:
    """Half a unit of the last digit written in the claim's first number ('40.2' -> 0.05)."""
    return rounding_at(doc.text, claim.start, claim.end)


def rounding_at(text: str, start: int, end: int) -> float:
    """Half a unit of the last digit written in the first number in [start, end)."""
    match = FIGURE.search(text, start, end)
    return _half_unit(match.group(0)) if match else 0.5


def relative_rounding(text: str, start: int, end: int) -> float:
    """The rounding of the last number written in [start, end) as a share of it: 0.125 for
    '4p' (3.5p to 4.5p), 0.025 for '£2bn'; 0 when no digits are written ('a third')."""
    numbers = FIGURE.findall(text, start, end)
    if not numbers:
        return 0.0
    last = numbers[-1]
    written = float(last.replace(",", ""))
    return _half_unit(last) / written if written else 0.0


def relative_rounding_within(text: str, start: int, end: int, most: float) -> float:
    """`relative_rounding`, or 0 where it is more than `most`: a figure so coarsely rounded
    ('£8m', 6.25%) that its rounding would admit almost anything is taken as written."""
    spread = relative_rounding(text, start, end)
    return spread if spread <= most else 0.0


# the rounding of '20' or '99' is allowed; '£12bn' (4.2%) or '£8m' (6.25%) is taken as written,
# or a move between two such figures could be almost any size ('£10bn to £12bn' 10% to 32%)
MOST_SPREAD = 0.025
# a part, a sum or a flow may be rounded by up to 5% ('1.2 million', 4.2%); one rounded coarser
# ('£8m', 6.25%; '1 million') is taken as written
MOST_PART_SPREAD = 0.05


_SCALES = (1, 1e3, 1e6, 1e9, 1e12, 0.01)  # as written, in thousands ... or in pence


def written_spread(text: str, claims: list[Found], value: float) -> float:
    """The rounding, as a share of `value`, of the figure written for it in `claims`' spans:
    0.042 for '1.2 million' read as 1,200,000, 0.01 for '48,000'. A whole number written out
    ('1,234', '12') counts exactly, and a figure rounded coarser than MOST_PART_SPREAD ('1
    million') is taken as written: both 0, as is a value no figure there is written for."""
    for claim in claims:
        for match in FIGURE.finditer(text, claim.start, claim.end):
            digits = match.group(0)
            written = float(digits.replace(",", ""))
            if not written or not any(math.isclose(value, written * s) for s in _SCALES):
                continue
            half = _half_unit(digits)
            if half == 0.5 and "." not in digits and math.isclose(value, written):
                return 0.0
            spread = half / written
            return spread if spread <= MOST_PART_SPREAD else 0.0
    return 0.0


def written_bounds(
    text: str, start: int, end: int, number: float, least: float = 0.0
) -> tuple[float, float]:
    """The lowest and highest `number` may be, given the rounding of the last figure written in
    [start, end), or `least` as a share of it if more; a figure rounded coarser than
    MOST_SPREAD ('£8m') is taken as written."""
    spread = max(relative_rounding_within(text, start, end, MOST_SPREAD), least)
    return number * (1 - spread), number * (1 + spread)


def within(stated: float, corners: list[float], slack: float, qualifier: str = "exact") -> bool:
    """Whether `stated` lies in the span the corners bound, give or take `slack`; for a bound,
    on its side of it ('more than 40%' needs at least 40%, so 40 may be below the span)."""
    low, high = min(corners) - slack, max(corners) + slack
    if qualifier in AT_LEAST:
        return stated <= high
    if qualifier in AT_MOST:
        return stated >= low
    return low <= stated <= high


def _half_unit(digits: str) -> float:
    """Half a unit of the last digit written. A figure of two digits or more before groups of
    thousands that are all zeros is rounded to them ('£272,000' is £271,500 to £272,500,
    '12,000,000' 11.5 to 12.5 million); '1,000' or '3,000' may be exact, and is taken so."""
    if "." in digits:
        return 0.5 * 10 ** -len(digits.rsplit(".", 1)[1])
    groups = digits.split(",")
    zeros = 0
    while zeros < len(groups) - 1 and groups[-1 - zeros] == "000":
        zeros += 1
    half = 0.5 * 1000**zeros
    return half if half <= int("".join(groups)) * MOST_SPREAD else 0.5


def allowance(doc: Document, claim: Found, value: float) -> float:
    """The tolerance for a claim's figure: its rounding, or 5% when the text hedges it. A
    fraction spelled out ('a quarter of a percentage point') is exact: no digit of it is
    rounded."""
    written = rounding(doc, claim)
    if not float(value).is_integer() and not FIGURE.search(doc.text, claim.start, claim.end):
        written = 0.0
    qualifier = claim.value.get("qualifier", "exact")
    if qualifier in APPROXIMATE:
        return max(written, abs(value) * RELATIVE_FOR_APPROXIMATE)
    return written


def figure(value: float) -> str:
    """A number as a desk editor writes it: 1,234 or 12.5."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount(value: float, currency: str | None) -> str:
    """`value` as a desk writes it: a sum in `currency` ('£15m', '£2.4bn', '$996.6', '12m INR'),
    or a count when `currency` is None ('300,000')."""
    number = figure(round(value, 2))
    if currency is not None:
        for scale, suffix in ((1e9, "bn"), (1e6, "m")):
            if abs(value) >= scale:
                number = f"{value / scale:,.3f}".rstrip("0").rstrip(".") + suffix
                break
    symbol = _SYMBOLS.get(currency or "")
    if symbol:
        return f"{symbol}{number}"
    return f"{number} {currency}" if currency else number


_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}


def bounds(value: float, qualifier: str, slack: float) -> tuple[float, float]:
    """The values a figure stands for: `value` give or take `slack`, open on one side for a
    bound ('more than 500' is 500 up, 'fewer than 500' up to 500)."""
    if qualifier in AT_LEAST:
        return value - slack, math.inf
    if qualifier in AT_MOST:
        return -math.inf, value + slack
    return value - slack, value + slack
