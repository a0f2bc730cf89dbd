"""unit_conversion: a quantity given again in another unit ('90mph (145km/h)', '30C (86F)',
'3,000 acres (1,214 hectares)') is the same quantity, as rounded."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from itertools import pairwise

from ..document import Document, Found
from ..readers.distance import METRES
from ..rules.phrases import qualifier_before
from .result import CheckResult
from .tolerance import AT_LEAST, AT_MOST, FIGURE, RELATIVE_FOR_APPROXIMATE, bounds, figure

CODE = "unit_conversion"
DESCRIPTION = (
    "A quantity followed by the same quantity in another unit of the same kind, in brackets or "
    "after ', or' ('winds of 90mph (145km/h)', 'temperatures of 30C (86F)', '3,000 acres "
    "(1,214 hectares)', '20lb (9kg)'), converts to it; so do both ends of a range ('50-60mph "
    "(80-97km/h)'), and the figure a change ends with ('Temperatures fell to -12C (10F)'). "
    "A gallon may be imperial or US, a ton long or short; a temperature given "
    "with its rise above something ('1.5C (2.7F) above pre-industrial levels') may convert as "
    "a difference."
)
TOLERANCE = (
    "the rounding of both figures as written ('90mph' is 89.5 to 90.5, '2.2 billion gallons' "
    "2.15 to 2.25 billion); in the conversion, "
    "a whole number's trailing zeros past its first two digits are rounding too ('1,200 "
    "hectares' is 1,150 to 1,250; '145km/h' 144.5 to 145.5); 5% more when either figure is "
    "hedged ('about 16km'); a bound is one-sided ('100 miles (more than 120km)' agrees), "
    "unless both are bounds alike ('more than 100 miles (more than 160km)': the bound converted)"
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


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    text = doc.text
    for first, second in pairwise(claims):
        if first.type == "change" and second.type == "quantity":
            first = _level(first, doc)  # 'fell to -12C (10F)'
        if first is None or first.type != "quantity" or second.type != "quantity":
            continue
        if (first.value["upper"] is None) != (second.value["upper"] is None):
            continue  # a range and a single figure: no figure-for-figure conversion
        again = _AGAIN.fullmatch(text, first.end, second.start)
        if again is None or ("(" in again.group() and not _CLOSE.match(text, second.end)):
            continue
        if _conversions(first.value["number"], first.value["unit"], second.value["unit"]):
            yield _compare(first, second, doc)


def _level(change: Found, doc: Document) -> Found | None:
    """The figure a change went to, when the change ends with it ('fell to -12C', 'rose from
    20C to 35C'), as a quantity claim of its own span, under the change's id."""
    to = change.links.get("to")
    if change.value["to"] is None or to is None or to[1] != change.end:
        return None
    qualifier = qualifier_before(doc.text, to[0])[0]
    value = {"number": change.value["to"], "upper": None, "unit": change.value["unit"],
             "qualifier": qualifier}  # fmt: skip
    return Found("quantity", to[0], to[1], value, id=change.id)


def _conversions(number: float, source: str, unit: str) -> list[tuple[float, float]]:
    """What `number` `source`s may be in `unit`: (converted, how far one unit of the figure
    moves it), one for each size the names may have; none when the units are of two kinds."""
    if source == unit:
        return []
    if {source, unit} == _TEMPERATURES:
        scale = 9 / 5 if unit == "°F" else 5 / 9
        offset = 32 if unit == "°F" else -32 * 5 / 9
        # '1.5C (2.7F) above pre-industrial levels': a rise converts without the offset
        return [(number * scale + offset, scale), (number * scale, scale)]
    if source not in _SIZES or unit not in _SIZES or _SIZES[source][0] != _SIZES[unit][0]:
        return []
    return [(number * a / b, a / b) for a in _SIZES[source][1] for b in _SIZES[unit][1]]


def _compare(first: Found, second: Found, doc: Document) -> CheckResult:
    """Each figure of the first converted and set against the second's: one figure, or both
    ends of a range ('50-60mph (80-97km/h)')."""
    ends = ["number"] if first.value["upper"] is None else ["number", "upper"]
    hedged = any(c.value["qualifier"] == "about" for c in (first, second))
    ok, rounded, results = True, False, []
    for key in ends:
        stated = second.value[key]
        converted, scale = min(
            _conversions(first.value[key], first.value["unit"], second.value["unit"]),
            key=lambda c: abs(c[0] - stated),
        )
        as_written = _half_unit(doc, first, key, further=False)  # the figure converted
        loose = _half_unit(doc, second, key, further=True)  # the conversion, maybe rounded more
        slack = as_written * abs(scale) + loose + 1e-9
        if hedged:
            slack += abs(converted) * RELATIVE_FOR_APPROXIMATE
        # a bound is one-sided: '100 miles (more than 120km)' agrees, '(120km)' does not; two
        # alike ('more than 100 miles (more than 160km)') are the bound converted
        qualifiers = [first.value["qualifier"], second.value["qualifier"]]
        if _side(qualifiers[0]) == _side(qualifiers[1]):
            qualifiers = ["exact", "exact"]
        low, high = bounds(converted, qualifiers[0], slack)
        stated_low, stated_high = bounds(stated, qualifiers[1], 0)
        ok = ok and low <= stated_high and stated_low <= high
        bounded = low == -math.inf or high == math.inf or stated_low == -math.inf
        bounded = bounded or stated_high == math.inf
        # '3,000 acres (1,200 hectares)'; a bound that holds is no matter of rounding
        rounded = rounded or (not bounded and abs(converted - stated) > loose)
        results.append(figure(round(converted, 2)))
    text = doc.text
    message = (
        f"'{text[first.start : first.end]}' is {'-'.join(results)} "
        f"{_plural(second.value['unit'])}; the text says '{text[second.start : second.end]}'"
    )
    if ok and rounded:
        message += ", within the rounding of the figures"
    status = "consistent" if ok else "inconsistent"
    return CheckResult(CODE, status, message + ".", (first.id, second.id))


def _side(qualifier: str) -> int:
    """1 for a least ('more than'), -1 for a most ('up to'), 0 for neither."""
    return 1 if qualifier in AT_LEAST else -1 if qualifier in AT_MOST else 0


def _plural(unit: str) -> str:
    """'hectare' -> 'hectares', 'foot' -> 'feet'; a symbol ('km/h', '°F') as it is."""
    return _PLURALS.get(unit, unit)


def _half_unit(doc: Document, claim: Found, key: str, further: bool) -> float:
    """Half a unit of the last digit of the claim's figure `key` (a range's first figure is the
    first written, its upper the last). `further`: of a whole number's last digit that is not a
    trailing zero, keeping two significant digits ('1,200' is rounded to the hundred: 50;
    '1,000' and '100' to two digits; '20' is 20)."""
    written = FIGURE.findall(doc.text, claim.start, claim.end)
    if not written:
        return 0.5
    digits = (written[0] if key == "number" else written[-1]).replace(",", "")
    scale = _scale(claim.value[key], digits)  # '2.2 billion gallons': 2.2 in billions
    if "." in digits:
        return 0.5 * 10 ** -len(digits.rsplit(".", 1)[1]) * scale
    if not further:
        return 0.5 * scale
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10 ** max(0, min(zeros, len(digits) - 2)) * scale


def _scale(value: float, digits: str) -> float:
    """The scale word a figure is written in, as a power of ten: 1e9 for '2.2' of '2.2 billion'
    (2.2e9); 1 when the figure is its value ('1,017')."""
    written = float(digits)
    if not written or not value:
        return 1.0
    power = math.log10(abs(value / written))
    return 10.0 ** round(power) if round(power) >= 3 and abs(power - round(power)) < 1e-9 else 1.0
