"""unit_conversion: a quantity given again in another unit ('90mph (145km/h)', '30C (86F)',
'3,000 acres (1,214 hectares)') is the same quantity, as rounded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..document import Document, Found
from ..readers.distance import METRES
from .result import CheckResult
from .tolerance import APPROXIMATE, RELATIVE_FOR_APPROXIMATE, figure, rounding

CODE = "unit_conversion"
DESCRIPTION = (
    "A quantity followed by the same quantity in another unit of the same kind, in brackets or "
    "after ', or' ('winds of 90mph (145km/h)', 'temperatures of 30C (86F)', '3,000 acres "
    "(1,214 hectares)', '20lb (9kg)'), converts to it. A gallon may be imperial or US, a ton "
    "long or short; a temperature given with its rise above something ('1.5C (2.7F) above "
    "pre-industrial levels') may convert as a difference."
)
TOLERANCE = (
    "the rounding of both figures as written ('90mph' is 89.5 to 90.5); in the conversion, "
    "a whole number's trailing zeros past its first two digits are rounding too ('1,200 "
    "hectares' is 1,150 to 1,250; '145km/h' 144.5 to 145.5); 5% more when either figure is "
    "hedged ('about 16km')"
)

# Each unit's size in its kind's base unit (metre, kilogram, litre, km/h, square metre, watt,
# watt-hour); several sizes where the name is shared (imperial and US gallons, long and short
# tons).
_SIZES: dict[str, tuple[str, tuple[float, ...]]] = {
    **{unit: ("length", (metres,)) for unit, metres in METRES.items()},
    "tonne": ("mass", (1000.0,)),
    "ton": ("mass", (1016.0469088, 907.18474)),
    "kg": ("mass", (1.0,)),
    "g": ("mass", (0.001,)),
    "lb": ("mass", (0.45359237,)),
    "oz": ("mass", (0.028349523125,)),
    "stone": ("mass", (6.35029318,)),
    "litre": ("volume", (1.0,)),
    "ml": ("volume", (0.001,)),
    "gallon": ("volume", (4.54609, 3.785411784)),
    "barrel": ("volume", (158.987294928,)),
    "m³": ("volume", (1000.0,)),
    "mph": ("speed", (1.609344,)),
    "km/h": ("speed", (1.0,)),
    "knot": ("speed", (1.852,)),
    "acre": ("area", (4046.8564224,)),
    "hectare": ("area", (10_000.0,)),
    "square mile": ("area", (2_589_988.110336,)),
    "km²": ("area", (1_000_000.0,)),
    "m²": ("area", (1.0,)),
    "square foot": ("area", (0.09290304,)),
    "kW": ("power", (1e3,)),
    "MW": ("power", (1e6,)),
    "GW": ("power", (1e9,)),
    "kWh": ("energy", (1e3,)),
    "MWh": ("energy", (1e6,)),
    "GWh": ("energy", (1e9,)),
    "TWh": ("energy", (1e12,)),
}
_PLURALS = {
    "foot": "feet", "inch": "inches", "square foot": "square feet", "mile": "miles",
    "nautical mile": "nautical miles", "square mile": "square miles", "yard": "yards",
    "acre": "acres", "hectare": "hectares", "litre": "litres", "gallon": "gallons",
    "barrel": "barrels", "tonne": "tonnes", "ton": "tons", "knot": "knots",
}  # fmt: skip
_TEMPERATURES = frozenset({"°C", "°F"})
# from the first quantity to the second: ' (' or ', or '; the second may be hedged
_AGAIN = re.compile(r"\s*\(\s*|,\s*or\s+")
_CLOSE = re.compile(r"\s*\)")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    text = doc.text
    for first, second in pairwise(claims):
        if first.type != "quantity" or second.type != "quantity":
            continue
        if first.value["upper"] is not None or second.value["upper"] is not None:
            continue
        again = _AGAIN.fullmatch(text, first.end, second.start)
        if again is None or ("(" in again.group() and not _CLOSE.match(text, second.end)):
            continue
        conversions = _conversions(first.value, second.value["unit"])
        if conversions:
            yield _compare(first, second, conversions, doc)


def _conversions(value: dict, unit: str) -> list[tuple[float, float]]:
    """What `value` may be in `unit`: (converted, how far one unit of the figure moves it), one
    for each size the names may have; none when the units are of two kinds."""
    source = value["unit"]
    if source == unit:
        return []
    if {source, unit} == _TEMPERATURES:
        scale = 9 / 5 if unit == "°F" else 5 / 9
        offset = 32 if unit == "°F" else -32 * 5 / 9
        absolute = value["number"] * scale + offset
        # '1.5C (2.7F) above pre-industrial levels': a rise converts without the offset
        return [(absolute, scale), (value["number"] * scale, scale)]
    if source not in _SIZES or unit not in _SIZES or _SIZES[source][0] != _SIZES[unit][0]:
        return []
    return [(value["number"] * a / b, a / b) for a in _SIZES[source][1] for b in _SIZES[unit][1]]


def _compare(
    first: Found, second: Found, conversions: list[tuple[float, float]], doc: Document
) -> CheckResult:
    stated = second.value["number"]
    slack_first = rounding(doc, first)  # the figure converted, as written
    slack_second = _rounding(doc, second)  # the conversion, which may be rounded further
    hedged = any(c.value["qualifier"] in APPROXIMATE for c in (first, second))
    converted, scale = min(conversions, key=lambda c: abs(c[0] - stated))
    slack = slack_first * abs(scale) + slack_second + 1e-9
    if hedged:
        slack += abs(converted) * RELATIVE_FOR_APPROXIMATE
    ok = abs(converted - stated) <= slack
    text = doc.text
    message = (
        f"'{text[first.start : first.end]}' is {figure(round(converted, 2))} "
        f"{_plural(second.value['unit'])}; the text says '{text[second.start : second.end]}'"
    )
    if ok and abs(converted - stated) > slack_second:  # '3,000 acres (1,200 hectares)'
        message += ", within the rounding of the figures"
    status = "consistent" if ok else "inconsistent"
    return CheckResult(CODE, status, message + ".", (first.id, second.id))


def _plural(unit: str) -> str:
    """'hectare' -> 'hectares', 'foot' -> 'feet'; a symbol ('km/h', '°F') as it is."""
    return _PLURALS.get(unit, unit)


def _rounding(doc: Document, claim: Found) -> float:
    """Half a unit of the figure's last digit; for a whole number, of its last digit that is not
    a trailing zero, keeping two significant digits ('1,200' is rounded to the hundred: 50;
    '1,000' and '100' to two digits; '20' is 20)."""
    match = _DIGITS.search(doc.text, claim.start, claim.end)
    if match is None:
        return 0.5
    digits = match.group().replace(",", "")
    if "." in digits:
        return 0.5 * 10 ** -len(digits.rsplit(".", 1)[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10 ** max(0, min(zeros, len(digits) - 2))
