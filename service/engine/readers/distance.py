"""Read a distance or length at a position: '3 km', '8 miles', '1.87 metres', '7 feet 10 inches',
'10 kms, 8 metres and 6 cm'. A compound is given in the smallest unit it names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .number import read_number_and_unit

METRES = {
    "km": 1000.0, "m": 1.0, "cm": 0.01, "mm": 0.001, "mile": 1609.344, "yard": 0.9144,
    "foot": 0.3048, "inch": 0.0254, "nautical mile": 1852.0,
}  # fmt: skip
UNIT_WORDS = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm",
    "centimeters": "cm", "mm": "mm", "millimetre": "mm", "millimetres": "mm",
    "millimeter": "mm", "millimeters": "mm", "mi": "mile", "mile": "mile", "miles": "mile",
    "yd": "yard", "yds": "yard", "yard": "yard", "yards": "yard", "ft": "foot",
    "foot": "foot", "feet": "foot", "in": "inch", "inch": "inch", "inches": "inch",
    "nautical mile": "nautical mile", "nautical miles": "nautical mile",
}  # fmt: skip
_UNIT = re.compile(
    r"\s*(?:-\s*)?(?P<unit>"
    + "|".join(re.escape(w) for w in sorted(UNIT_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_JOIN = re.compile(r"\s*,?\s*(?:(?i:and)\s+)?")
_COMPARED = re.compile(
    r"\s+(?:below|above|under|over|higher|lower|more|less|short|shorter|longer|taller|deeper|"
    r"further|farther|beyond|off)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Distance:
    number: float
    unit: str  # canonical: km, m, cm, mm, mile, yard, foot, inch, nautical mile
    end: int

    @property
    def metres(self) -> float:
        return self.number * METRES[self.unit]


def unit_follows(text: str, pos: int) -> bool:
    return _UNIT.match(text, pos) is not None


def read_distance(text: str, pos: int, limit: int | None = None) -> Distance | None:
    limit = len(text) if limit is None else limit
    part = _part(text, pos, limit)
    if part is None:
        return None
    total, smallest, end = part
    units = {smallest}
    whole = _whole(total, smallest)
    while whole:  # a compound names each unit once: '6ft 2in', not '40mm and 60mm'
        join = _JOIN.match(text, end, limit)
        more = _part(text, join.end(), limit)
        if more is None or more[1] in units or _COMPARED.match(text, more[2], limit):
            break  # '4 metres, 30cm below the record': a second figure, not a compound
        whole = _whole(*more[:2])  # only the last part may have a fraction: '4.5 metres, 30cm'

        total += more[0]
        end = more[2]
        units.add(more[1])
        if METRES[more[1]] < METRES[smallest]:
            smallest = more[1]
    number = round(total / METRES[smallest], 9)
    number = int(number) if float(number).is_integer() else number
    return Distance(number, smallest, end)


def _whole(metres: float, unit: str) -> bool:
    """Whether the part was written as a whole number of its unit."""
    return round(metres / METRES[unit], 6).is_integer()


def _part(text: str, pos: int, limit: int) -> tuple[float, str, int] | None:
    read = read_number_and_unit(text, pos, limit, _UNIT)
    if read is None:
        return None
    number, unit = read
    glued = unit.start("unit") == number.end  # '2in', '2½in'
    if (
        unit.group("unit").lower() == "in"
        and not glued
        and re.match(r"\s+\w", text[unit.end() : limit])
    ):
        return None  # "3-2 in front of": a spaced 'in' is inches only when nothing follows
    name = UNIT_WORDS[unit.group("unit").lower()]
    return number.value * METRES[name], name, unit.end()
