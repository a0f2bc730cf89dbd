"""claimdesk's normalisation against Duckling's English example corpora (../shared/data/duckling-en).

Every form with an expected value goes through the reader for its dimension and must come out
right, except the documented deviations in duckling_deviations.json, which must still differ.
The pass rate per dimension is printed at the end of the run."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from conftest import SHARED, shared_path

from service.engine.readers.distance import read_distance
from service.engine.readers.duration import SECONDS, read_duration
from service.engine.readers.money import read_money
from service.engine.readers.number import read_number, read_ordinal
from service.engine.rules.phrases import qualifier_at

CORPUS = "data/duckling-en"
DIMENSIONS = ("Numeral", "Ordinal", "AmountOfMoney", "Duration", "Distance")
DEVIATIONS = json.loads((Path(__file__).with_name("duckling_deviations.json")).read_text("utf-8"))
DEVIATING = {(d["dimension"], d["form"]): d["why"] for d in DEVIATIONS["deviations"]}
TARGET = 0.95

DOLLARS = {"USD", "CAD", "AUD", "NZD", "HKD", "SGD"}
DUCKLING_METRES = {
    "Kilometre": 1000, "Metre": 1, "M": 1, "Centimetre": 0.01, "Millimetre": 0.001,
    "Mile": 1609.344, "Yard": 0.9144, "Foot": 0.3048, "Inch": 0.0254,
}  # fmt: skip
DUCKLING_SECONDS = {**SECONDS, "quarter": 3 * SECONDS["month"]}


def _examples() -> list[tuple[str, str, dict]]:
    folder = SHARED / CORPUS
    examples = []
    for dimension in DIMENSIONS:
        path = folder / f"{dimension}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            entry = json.loads(line)
            if entry["expected"] is not None:
                examples.extend((dimension, form, entry["expected"]) for form in entry["forms"])
    return examples


EXAMPLES = _examples()


def _consumed(form: str, end: int) -> bool:
    """The reading covers the whole form (a trailing 'of', as in 'a dozen of', is a connector)."""
    rest = form[end:].strip()
    return rest in ("", "of")


def normalises_right(dimension: str, form: str, expected: dict) -> bool:
    qualifier_end = qualifier_at(form, 0)[1]
    if dimension == "Numeral":
        read = read_number(form, 0)
        return (
            read is not None and _consumed(form, read.end) and _close(read.value, expected["value"])
        )
    if dimension == "Ordinal":
        read = read_ordinal(form, 0)
        return read is not None and _consumed(form, read.end) and read.value == expected["value"]
    if dimension == "AmountOfMoney":
        return _money_right(form, qualifier_end, expected)
    if dimension == "Duration":
        read = read_duration(form, qualifier_end)
        want = expected["value"] * DUCKLING_SECONDS[expected["grain"]]
        return read is not None and _consumed(form, read.end) and _close(read.seconds, want)
    read = read_distance(form, qualifier_end)
    want = expected["value"] * DUCKLING_METRES[expected["currency"]]
    return read is not None and _consumed(form, read.end) and _close(read.metres, want)


def _money_right(form: str, start: int, expected: dict) -> bool:
    money = read_money(form, start)
    currency, value = expected["currency"], expected["value"]
    if currency == "Unnamed":  # no currency named: the number is what counts
        read = money or read_number(form, start)
        return read is not None and _consumed(form, read.end) and _close(read.value, value)
    if money is None or not _consumed(form, money.end):
        return False
    if currency == "Cent":
        return _close(money.value, value / 100)
    if not _close(money.value, value):
        return False
    if currency == "Dollar":
        return money.currency in DOLLARS
    if currency == "Pound":
        return money.currency == "GBP"
    if currency in ("Dinar", "Riyal", "Rial"):
        return money.currency is None and money.name == currency.lower()
    return money.currency == currency


def _close(got: float, want: float) -> bool:
    return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize(
    ("dimension", "form", "expected"),
    [pytest.param(*e, id=f"{e[0]}-{e[1]}") for e in EXAMPLES] or [pytest.param(None, None, None)],
)
def test_duckling_form(request, dimension, form, expected):
    if dimension is None:
        shared_path(f"{CORPUS}/Numeral.jsonl")
        pytest.fail(f"{SHARED / CORPUS} holds no examples")
    right = normalises_right(dimension, form, expected)
    request.config.stash.setdefault(RESULTS, []).append((dimension, right))
    if (dimension, form) in DEVIATING:
        assert not right, f"{form!r} now normalises like Duckling: drop it from the deviations"
    else:
        assert right, f"{dimension} {form!r} should normalise to {expected}"


def test_duckling_pass_rate_and_deviations_are_listed_forms():
    if not EXAMPLES:
        shared_path(f"{CORPUS}/Numeral.jsonl")
    forms = {(dimension, form) for dimension, form, _ in EXAMPLES}
    assert set(DEVIATING) <= forms, "every deviation names a form of the corpus"
    right = sum(normalises_right(*example) for example in EXAMPLES)
    assert right / len(EXAMPLES) >= TARGET, f"{right}/{len(EXAMPLES)} forms right"


RESULTS = pytest.StashKey[list]()
