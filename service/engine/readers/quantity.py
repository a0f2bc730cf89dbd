"""Read a measured quantity at a position: distances (via the distance reader) and amounts with
a unit of mass, volume, speed, temperature, area, power or energy, each unit given one
canonical name ('tonnes' -> 'tonne', '°C' and 'degrees Celsius' -> '°C', 'sq km' -> 'km²')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .distance import UNIT_WORDS as DISTANCE_UNITS
from .distance import read_distance
from .distance import unit_follows as distance_unit_follows
from .number import Read, read_number

# written unit (lower case unless the case matters) -> canonical unit
_UNITS = {
    "tonne": "tonne", "tonnes": "tonne", "metric tons": "tonne", "ton": "ton", "tons": "ton",
    "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "gram": "g", "grams": "g", "g": "g", "lb": "lb", "lbs": "lb", "ounce": "oz",
    "ounces": "oz", "oz": "oz", "stone": "stone",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "ml": "ml",
    "millilitres": "ml", "gallon": "gallon", "gallons": "gallon", "barrel": "barrel",
    "barrels": "barrel", "cubic metre": "m³", "cubic metres": "m³", "m³": "m³",
    "mph": "mph", "miles per hour": "mph", "km/h": "km/h", "kph": "km/h",
    "kilometres per hour": "km/h", "knot": "knot", "knots": "knot",
    "°c": "°C", "°f": "°F", "c": "°C", "f": "°F", "degrees celsius": "°C", "degrees c": "°C",
    "degrees centigrade": "°C", "degrees fahrenheit": "°F", "degrees f": "°F",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "ha": "hectare", "square mile": "square mile", "square miles": "square mile",
    "sq mile": "square mile", "sq miles": "square mile", "sq mi": "square mile",
    "square km": "km²", "sq km": "km²", "km²": "km²", "square kilometres": "km²",
    "square kilometers": "km²", "square metre": "m²", "square metres": "m²", "sq m": "m²",
    "m²": "m²", "square feet": "square foot", "square foot": "square foot",
    "sq ft": "square foot",
    "mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW",
    "gigawatts": "GW", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW", "kwh": "kWh",
    "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kilowatt-hours": "kWh",
    "terawatt-hours": "TWh",
}  # fmt: skip
# Units that are read only right after the digits ('35C', '40F'): spaced, they are letters.
_ATTACHED_ONLY = {"c", "f", "g"}
_UNIT = re.compile(
    r"(?P<space>\s*)(?:-\s*)?(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![A-Za-z²³])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    number: float
    unit: str
    end: int


def unit_follows(text: str, pos: int) -> bool:
    """Whether a unit of measure follows `pos` (a cheap check before reading). A word that
    begins no unit's name, or no word and nothing else a name opens with, rules one out before
    the unit patterns are tried."""
    after = _WORD_AFTER.match(text, pos)
    word = after.group(1).lower()
    if word:
        if word not in _UNIT_LEADS:
            return False
    else:
        opening = text[after.end() : after.end() + 1]
        # (any non-ASCII character may: IGNORECASE folds the kelvin sign to 'k')
        if not opening or (opening.isascii() and opening not in _OTHER_LEADS):
            return False  # '1-1-1', '5, and': no unit
    return bool(_UNIT.match(text, pos) or distance_unit_follows(text, pos))


_WORD_AFTER = re.compile(r"[\s-]*([A-Za-z]*)")
_NAMES = (*_UNITS, *DISTANCE_UNITS)
# The letters each unit's name opens with ('sq' for 'sq km', 'm' for 'm²'), of both readers
_UNIT_LEADS = frozenset(re.match(r"[a-z]*", unit).group() for unit in _NAMES) - {""}
_OTHER_LEADS = frozenset(unit[0] for unit in _NAMES if not "a" <= unit[0] <= "z")  # '°C'


def read_quantity(text: str, pos: int, limit: int | None = None) -> Quantity | None:
    limit = len(text) if limit is None else limit
    number = read_number(text, pos, limit, attached=False)
    if number is None:
        return None
    glued = text[number.end : number.end + 1].isalpha()  # 'm' in '1.5m': a scale, or a unit
    scaled = read_number(text, pos, limit) if glued else None  # the letters read as a scale
    if scaled is not None and scaled.end > number.end and unit_follows(text, scaled.end):
        # '1.5m tonnes', '10k litres', '2bn barrels': a scale, then a unit of its own ('9m'
        # alone is metres)
        measured = _other_unit(text, scaled, limit)
        if measured is not None:
            return measured
    if not unit_follows(text, number.end):
        return None  # no unit after the figure: neither reading can find one
    distance = read_distance(text, pos, limit)
    other = _other_unit(text, number, limit)
    if distance is not None and (other is None or distance.end >= other.end):
        return Quantity(distance.number, distance.unit, distance.end)
    return other  # the longer reading: 'seventy miles per hour' is a speed


def _other_unit(text: str, number: Read, limit: int) -> Quantity | None:
    unit = _UNIT.match(text, number.end, limit)
    if unit is None:
        return None
    written = unit.group("unit").lower()
    if written in _ATTACHED_ONLY and unit.group("space"):
        return None
    if written in ("c", "f") and unit.group("unit").islower():
        return None  # '10c' is ten cents, not ten degrees
    return Quantity(number.value, _UNITS[written], unit.end())
