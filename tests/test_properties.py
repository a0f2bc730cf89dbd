"""Property tests: on any Unicode, and on soup of newsroom tokens, the analysis never raises,
every claim is text[start:end], and no rule makes a claim its schema rejects; an analysis leaves
no reference cycles, which is what lets it pause the cyclic collector. And the claims'
PlainNested fields judge any value exactly as marshmallow's own Nested does, StrictInteger as
marshmallow's strict Integer does, FieldByField answers as Schema.validate does, `accepting`
answers as the field's own deserialize does, the word
index finds every word and digit run where a plain regex pass does, and the readings the scanner
tries at a word match there as one pattern of all of them does."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.claims import CLAIM_SCHEMAS
from schemas.field_by_field import FieldByField, accepting
from schemas.fields import PlainNested, StrictInteger
from service.analysis import TooManyClaims, analyse
from service.engine import scan, tokens
from service.engine.readers import distance, quantity
from service.engine.rules import phrases

TOKENS = [
    "MPs", "voted", "293", "to", "125", "-", "in favour", "failed", "passed", "by", "a majority of",
    "£3.2bn", "$1.5m", "50p", "12%", "per cent", "percentage points", "rose", "fell", "from",
    "doubled", "halved", "one in five", "a third of", "half", "2023", "October 7", "Thursday",
    "16 November 2023", "the 1990s", "on the 7th", "40 days", "half an hour", "since", "aged",
    "73-year-old", "first", "the biggest", "thousands of", "between", "and", "of the", "them",
    "“", "”", '"', ",", ".", "\n\n", "she said", "said Ms Moran", "according to the ONS",
    "three MPs -", "Jess Phillips", "in all", "a total of", "(45%)", "or", "born in 1950",
    "km", "mph", "35C", "tonnes", "1,200", "0.5", "-3", "1/2", "twenty-first", "dozens",
]  # fmt: skip
news_soup = st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=60).map(" ".join)
PUBLISHED = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


class Dropped(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _holds(text: str, published: dt.date | None) -> None:
    dropped = Dropped()
    logger = logging.getLogger("service")
    logger.addHandler(dropped)
    try:
        answer = analyse(text, published)
    finally:
        logger.removeHandler(dropped)
    assert not dropped.messages, dropped.messages  # a rule made a claim its schema rejects
    for claim in answer["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["sentence"]["start"] <= claim["start"] < claim["sentence"]["end"]
    ids = {c["id"] for c in answer["claims"]}
    for check in answer["checks"]:
        assert set(check["claims"]) <= ids


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(), published=PUBLISHED)
def test_any_unicode(text, published):
    _holds(text, published)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=news_soup, published=PUBLISHED)
def test_newsroom_token_soup(text, published):
    _holds(text, published)


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=news_soup.map(lambda soup: (soup + " £3.2bn, 5 MPs. ") * 300))
def test_claim_dense_soup(text):
    """Over 500 claims, many of them alike."""
    _holds(text, None)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=news_soup | st.text(st.sampled_from("aA1 -,.éoneTwoMay") | st.characters()))
@example(  # every reading, and the words that start more than one
    text="a few hundred, several thousand, a couple of million, half a million, a quarter of a "
    "billion, a quarter, two-thirds, twenty-first, a hundred and five, one and a half million, "
    "one point five billion, dozens, tens of thousands, May, Sept., Monday, the largest, most, "
    "the 1990s, 2023-24, 3rd, 2024-01-02, 12, 1,200, £3.2bn, 70mph, -5C, mid-2020"
)
def test_the_readings_tried_at_a_word_are_all_that_can_match_there(text):
    """The scanner tries at each word only the readings listed as able to start with it: one
    pattern of all the readings, tried there, matches as they do, or not at all."""
    every = scan._readings([source for source, _ in scan._READINGS])
    for word, starts in tokens.Tokens(text)._by_word.items():
        tried = scan._AT_DIGITS if word[0].isdigit() else scan._AT_WORD.get(word)
        for start in starts:
            expected = every.match(text, start)
            got = tried.match(text, start) if tried is not None else None
            assert (expected and (expected.span(), expected.lastgroup)) == (
                got and (got.span(), got.lastgroup)
            ), (word, text[start : start + 30])


def test_an_analysis_leaves_no_cycles_and_resumes_the_collector():
    """analyse pauses the cyclic garbage collector, safe only because nothing it makes is left
    in a reference cycle; it resumes the collector however it ends, unless it was off."""
    articles = Path(__file__).parent / "articles"
    texts = [path.read_text("utf-8") for path in sorted(articles.glob("*.txt"))]
    texts += [
        "5 MPs, " * 2_000,
        "£3.2bn, " * 2_000,
        "MPs voted " + "1-" * 5_000 + "1.",
        "“a” said Bob " * 500,
    ]
    gc.collect()
    for text in texts:
        analyse(text, dt.date(2023, 11, 16))
        assert gc.isenabled()
        assert gc.collect() == 0, text[:60]
    with pytest.raises(TooManyClaims):
        analyse("5 MPs, " * 10, None, max_claims=1)
    assert gc.isenabled()
    gc.disable()
    try:
        analyse("5 MPs", None)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("chunk", [3, tokens.CHUNK])  # small chunks: cut between tokens often
@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(st.sampled_from("aZk09 ,.é\u0130\u212a\n١") | st.characters()))
def test_word_index_is_a_plain_regex_pass(chunk, text, monkeypatch):
    monkeypatch.setattr(tokens, "CHUNK", chunk)
    expected: dict[str, list[int]] = {}
    for match in re.finditer(r"[A-Za-z]+|\d+", text):
        expected.setdefault(match.group().lower(), []).append(match.start())
    assert tokens.Tokens(text)._by_word == expected


PLAIN_NESTED = {
    f"{claim}.{name}": field
    for claim, schema in CLAIM_SCHEMAS.items()
    for name, field in schema().load_fields.items()
    if isinstance(field, PlainNested)
}
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats()
    | st.sampled_from(
        ["", "up", "GBP", "dinar", "exact", "about", "2023-11-16", "person", "c1", "x"]
    )
)


ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def _real_values() -> dict[str, list[dict]]:
    """Valid values from the test articles' claims: each type's values ('count.value'), and the
    sentences and quotes that every type shares ('sentence', 'quote')."""
    found: dict[str, list[dict]] = {}
    for path in ARTICLES:
        for claim in analyse(path.read_text("utf-8"))["claims"]:
            for key, value in ((f"{claim['type']}.value", claim["value"]),
                               ("sentence", claim["sentence"]), ("quote", claim["quote"])):  # fmt: skip
                if value is not None:
                    found.setdefault(key, []).append(value)
    return found


REAL = _real_values()
REAL_CLAIMS: dict[str, list[dict]] = {}
for _claims in (analyse(p.read_text("utf-8"))["claims"] for p in ARTICLES):
    for _claim in _claims:
        REAL_CLAIMS.setdefault(_claim["type"], []).append(_claim)


def _real(name: str) -> list[dict]:
    return REAL.get(name if name.endswith(".value") else name.split(".")[1], [])


def _near(real: dict, data: st.DataObject) -> dict:
    """A real value as it is, or with one key dropped, changed or added."""
    value = dict(real)
    change = data.draw(st.sampled_from(["none", "drop", "change", "add"]))
    key = data.draw(st.sampled_from(sorted(value)))
    if change == "drop":
        del value[key]
    elif change == "change":
        value[key] = data.draw(SCALARS)
    elif change == "add":
        value["extra"] = data.draw(SCALARS)
    return value


def _outcome(field: fields.Field, value: object) -> object:
    try:
        return ("loaded", field.deserialize(value))
    except ValidationError as error:
        return ("refused", error.messages)


def test_every_plain_nested_field_has_real_values():
    assert [name for name in PLAIN_NESTED if not _real(name)] == []


@pytest.mark.parametrize("name", sorted(PLAIN_NESTED))
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_plain_nested_judges_as_nested_does(name, data):
    plain = PLAIN_NESTED[name]
    keys = [f.data_key or n for n, f in plain.schema.load_fields.items()]
    some = st.dictionaries(st.sampled_from([*keys, "extra"]), SCALARS)
    full = st.fixed_dictionaries({k: SCALARS for k in keys})
    if data.draw(st.booleans()):
        value = _near(data.draw(st.sampled_from(_real(name))), data)
    else:
        value = data.draw(full | some | SCALARS | st.lists(SCALARS, max_size=2))
    nested = fields.Nested(plain.nested, required=plain.required, allow_none=plain.allow_none)
    assert _outcome(plain, value) == _outcome(nested, value)


class _Hooked(Schema):
    a = fields.Integer(required=True)

    @validates_schema
    def _check(self, data: dict, **kwargs: object) -> None:
        pass


class _Optional(Schema):
    a = fields.Integer()


class _Deep(Schema):
    a = fields.Nested(_Optional, required=True)


@pytest.mark.parametrize("inner", [_Hooked, _Optional, _Deep])
def test_plain_nested_refuses_a_schema_it_would_judge_otherwise(inner):
    with pytest.raises(ValueError, match="not plain enough"):
        type("Outer", (Schema,), {"x": PlainNested(inner, required=True)})()


class _Flag(int):
    """An int subclass: not `type(value) is int`, so StrictInteger hands it to marshmallow."""


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    value=SCALARS
    | st.integers()
    | st.integers().map(_Flag)
    | st.decimals(allow_nan=False)
    | st.floats(-3, 3).map(round),
    bounds=st.sampled_from([{}, {"validate": validate.Range(min=0)}]),
    allow_none=st.booleans(),
)
def test_strict_integer_judges_as_strict_integer_does(value, bounds, allow_none):
    ours = StrictInteger(required=True, allow_none=allow_none, **bounds)
    theirs = fields.Integer(strict=True, required=True, allow_none=allow_none, **bounds)
    assert _outcome(ours, value) == _outcome(theirs, value)


def _fields_and_values() -> dict[str, tuple[fields.Field, list]]:
    """Every field of every claim schema, and of their plain nested objects ('count.value.n'),
    with the values the test articles gave it."""
    found: dict[str, tuple[fields.Field, list]] = {}
    for claim_type, schema in CLAIM_SCHEMAS.items():
        claims = REAL_CLAIMS.get(claim_type, [])
        for name, field in schema().load_fields.items():
            key = field.data_key or name
            found[f"{claim_type}.{key}"] = (field, [c[key] for c in claims])
            if isinstance(field, PlainNested):
                for inner_name, part in field.schema.load_fields.items():
                    inner = part.data_key or inner_name
                    values = [c[key][inner] for c in claims if isinstance(c[key], dict)]
                    found[f"{claim_type}.{key}.{inner}"] = (part, values)
    return found


CLAIM_FIELDS = _fields_and_values()


@pytest.mark.parametrize("name", sorted(CLAIM_FIELDS))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_accepting_judges_as_the_field_does(name, data):
    field, real = CLAIM_FIELDS[name]
    value = data.draw(st.sampled_from(real) if real and data.draw(st.booleans()) else SCALARS)
    assert _outcome_of(accepting(field), value) == _outcome(field, value)


def _outcome_of(deserialize: Callable, value: object) -> object:
    try:
        return ("loaded", deserialize(value, "x", {"x": value}))
    except ValidationError as error:
        return ("refused", error.messages)


class _NoOne(fields.Integer):
    """A field whose missing test refuses a value that is there."""

    def _validate_missing(self, value: object) -> None:
        super()._validate_missing(value)
        if value == 1:
            raise ValidationError("One is missing.")


def _false(value: object) -> bool:
    return False


@pytest.mark.parametrize(
    "field",
    [
        fields.Integer(validate=_false),  # marshmallow 4 reads only what a validator raises
        fields.Integer(validate=[validate.Range(max=0), validate.OneOf([9])]),  # both messages
        fields.Integer(post_load=[lambda n: n + 1]),
        fields.Integer(pre_load=[lambda v: 7 if v == 2 else v]),
        fields.Constant(3),
        _NoOne(),
    ],
    ids=["false", "two-errors", "post-load", "pre-load", "constant", "missing-test"],
)
@pytest.mark.parametrize("value", [1, 2, False, None, "x"])
def test_accepting_answers_as_marshmallow_where_its_quick_way_would_not(field, value):
    assert _outcome_of(accepting(field), value) == _outcome(field, value)


class _Stripped(fields.String):
    """A String whose conversion changes a str: it must not be taken as a String's as-is."""

    def _deserialize(self, value: object, attr: object, data: object, **kwargs: object) -> str:
        return super()._deserialize(value, attr, data, **kwargs).strip()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (fields.String(), " Labour MPs "),
        (fields.String(validate=validate.OneOf(["a"])), "b"),
        (_Stripped(), " Labour MPs "),
        (StrictInteger(validate=validate.Range(min=0)), -1),
        (StrictInteger(), True),
        (StrictInteger(), 3.0),
    ],
    ids=["string", "string-validated", "string-subclass", "int-validated", "bool", "float"],
)
def test_a_value_taken_as_it_is_is_judged_as_marshmallow_judges_it(field, value):
    assert _outcome_of(accepting(field), value) == _outcome(field, value)


def test_every_claim_type_has_real_claims():
    assert sorted(REAL_CLAIMS) == sorted(CLAIM_SCHEMAS)


def _near_claim(claim: dict, data: st.DataObject) -> object:
    """A real claim as it is, with a key of it or of its value or sentence dropped, changed or
    added, with offsets that disagree with its text, or not an object at all."""
    claim = {**claim, "value": dict(claim["value"]), "sentence": dict(claim["sentence"])}
    where = data.draw(st.sampled_from(["claim", "value", "sentence", "offsets", "whole"]))
    if where == "whole":
        return data.draw(SCALARS | st.lists(SCALARS, max_size=2))
    if where == "offsets":
        claim[data.draw(st.sampled_from(["start", "end"]))] += data.draw(st.integers(-3, 3))
        return claim
    if where == "claim":
        return _near(claim, data)
    claim[where] = _near(claim[where], data)
    return claim


@pytest.mark.parametrize("claim_type", sorted(CLAIM_SCHEMAS))
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_field_by_field_answers_as_schema_validate_does(claim_type, data):
    schema = CLAIM_SCHEMAS[claim_type]()
    claim = _near_claim(data.draw(st.sampled_from(REAL_CLAIMS[claim_type])), data)
    assert FieldByField(schema).errors(claim) == schema.validate(claim)


class _OnTheOriginal(Schema):
    a = fields.Integer(required=True)

    @validates_schema(pass_original=True)
    def _check(self, data: dict, original: dict, **kwargs: object) -> None:
        pass


class _Lenient(Schema):
    class Meta:
        unknown = "exclude"

    a = fields.Integer()


@pytest.mark.parametrize("schema", [_OnTheOriginal, _Lenient])
def test_field_by_field_refuses_a_schema_it_would_judge_otherwise(schema):
    with pytest.raises(ValueError):
        FieldByField(schema())


_UNIT_NAMES = sorted({*quantity._UNITS, *distance.UNIT_WORDS})


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    text=st.lists(
        st.sampled_from(_UNIT_NAMES)
        | st.sampled_from([" ", "-", "5", "°", "²", "x", "Km", "\n", "\u212a", ",", "é"]),
        max_size=8,
    ).map("".join)
)
@example(text=" \u212am")  # the kelvin sign, which IGNORECASE reads as 'k': 'km'
@example(text="1-1-1 °C")
def test_unit_follows_answers_as_the_unit_patterns_do(text):
    # the first word's letters only rule a unit out; the patterns decide everything else
    for pos in range(len(text) + 1):
        patterns = bool(quantity._UNIT.match(text, pos) or distance.unit_follows(text, pos))
        assert quantity.unit_follows(text, pos) == patterns, (text, pos)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    text=st.lists(
        st.sampled_from([q for q, _ in phrases._QUALIFIERS])
        | st.sampled_from([" ", "  ", "\n", "(", "-", "x", "5", "Over", "than"]),
        max_size=8,
    ).map("".join)
)
def test_qualifier_before_answers_as_its_pattern_does(text):
    # the last word only rules a qualifier out; the pattern decides everything else
    for start in range(len(text) + 1):
        match = phrases._QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
        expected = (
            (phrases._QUALIFIER_CODE[" ".join(match.group("q").lower().split())], match.start("q"))
            if match
            else ("exact", start)
        )
        assert phrases.qualifier_before(text, start) == expected, (text, start)
