"""Custom marshmallow fields: a JSON number that keeps int or float, and the claim-value date."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import ValidationError, fields, validate


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


def strict_int(**kwargs: Any) -> fields.Integer:
    return fields.Integer(strict=True, **kwargs)


def non_negative_int(**kwargs: Any) -> fields.Integer:
    return fields.Integer(strict=True, validate=validate.Range(min=0), **kwargs)


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
