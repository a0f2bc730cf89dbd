"""Custom marshmallow fields: a JSON number that keeps int or float, a strict integer checked
without an ABC lookup, and a nested object of plain fields validated without a Schema.load."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from marshmallow import RAISE, Schema, ValidationError, fields, missing, validate

from .field_by_field import accept_as_is, accepting


class Number(fields.Field):
    """An int or a float, kept as it is (never a bool, never a numeric string)."""

    default_error_messages: ClassVar[dict[str, str]] = {"invalid": "Not a number."}

    def _validated(self, value: Any) -> int | float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.make_error("invalid")
        if isinstance(value, float) and value != value:
            raise self.make_error("invalid")
        return value

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        return None if value is None else self._validated(value)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        return self._validated(value)


class StrictInteger(fields.Integer):
    """`fields.Integer(strict=True)` that lets a plain int through at once: marshmallow's own
    test, isinstance(value, numbers.Integral), goes through the ABC machinery, and four
    integers in every claim made it a tenth of the claim's validation time."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(strict=True, **kwargs)

    def _validated(self, value: Any) -> int:
        if type(value) is int:
            return value
        return super()._validated(value)


accept_as_is(StrictInteger, int)


def non_negative_int(**kwargs: Any) -> fields.Integer:
    return StrictInteger(validate=validate.Range(min=0), **kwargs)


QUALIFIERS = (
    "exact", "about", "more_than", "at_least", "fewer_than", "at_most", "up_to", "between",
)  # fmt: skip


def qualifier_field() -> fields.String:
    return fields.String(
        required=True,
        validate=validate.OneOf(QUALIFIERS),
        metadata={"description": "How the text qualifies the number ('more than' -> more_than)."},
    )


def reject(message: str) -> None:
    raise ValidationError(message)


class PlainNested(fields.Nested):
    """A Nested field whose schema has only plain, required fields: no hooks, no nesting,
    unknown keys refused. Each field checks its own value, as in Schema.load, with the same
    messages, but without the schema machinery run per object, which took about a fifth of a
    claim's validation time. Documented like any Nested field."""

    def _bind_to_schema(self, field_name: str, parent: Schema | fields.Field) -> None:
        super()._bind_to_schema(field_name, parent)
        schema = self.schema
        plain = not any(schema._hooks.values()) and all(
            f.required and not isinstance(f, fields.Nested | fields.List | fields.Dict)
            for f in schema.load_fields.values()
        )
        if not plain or schema.many or schema.unknown != RAISE or self.unknown not in (None, RAISE):
            raise ValueError(f"{type(schema).__name__} is not plain enough for PlainNested")
        self._plain_fields = [
            (f.data_key or name, f.attribute or name, accepting(f))
            for name, f in schema.load_fields.items()
        ]
        self._keys = frozenset(key for key, _, _ in self._plain_fields)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if not (type(value) is dict or isinstance(value, Mapping)):  # a dict spares the ABC
            raise ValidationError({"_schema": [self.schema.error_messages["type"]]})
        result: dict[str, Any] = {}
        errors: dict[str, Any] = {}
        for key, attribute, deserialize in self._plain_fields:
            try:
                result[attribute] = deserialize(value.get(key, missing), key, value)
            except ValidationError as error:
                errors[key] = error.messages
        if not self._keys.issuperset(value):  # (a set of unknown keys made only when there are)
            for key in value.keys() - self._keys:
                errors[key] = [self.schema.error_messages["unknown"]]
        if errors:
            raise ValidationError(errors)
        return result
