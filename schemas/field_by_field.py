"""Schema.validate's answer for one object, reached field by field: the schema's own fields and
@validates_schema hooks judge it, without the general load machinery run for every claim."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, missing
from marshmallow.decorators import POST_LOAD, PRE_LOAD, VALIDATES, VALIDATES_SCHEMA


class FieldByField:
    """Validates objects against `schema` as `schema.validate` does. Valid objects, the common
    case, are confirmed by each field's `deserialize` (taken the quick way `accepting` offers)
    and each schema hook in turn (about 40% of the time of `Schema.validate`); any other object
    is handed to `schema.validate`, so that errors are marshmallow's own. Refuses schemas whose
    loading does more than that: pre- or post-load hooks, field validators, `many`, `partial`,
    unknown keys allowed, hooks on collections or on the original data."""

    def __init__(self, schema: Schema) -> None:
        hooks = schema._hooks  # marshmallow's registry of decorated methods, as PlainNested reads
        validators = []
        for name, pass_collection, options in hooks[VALIDATES_SCHEMA]:
            if (
                pass_collection
                or options.get("pass_original")
                or not options["skip_on_field_errors"]
            ):
                raise ValueError(f"{type(schema).__name__}.{name} is not a plain schema hook")
            validators.append(getattr(schema, name))
        plan = [
            (
                field.data_key if field.data_key is not None else name,
                field.attribute or name,
                accepting(field),
            )
            for name, field in schema.load_fields.items()
        ]
        if (
            hooks[PRE_LOAD]
            or hooks[POST_LOAD]
            or hooks[VALIDATES]
            or schema.many
            or schema.partial
            or schema.unknown != RAISE
            or any("." in attribute for _, attribute, _ in plan)
        ):
            raise ValueError(f"{type(schema).__name__} does more on load than FieldByField does")
        self.schema = schema
        self._fields = plan
        self._keys = frozenset(key for key, _, _ in plan)
        self._validators = validators

    def errors(self, data: Any) -> dict[str, Any]:
        """What `schema.validate(data)` returns: {} when `data` is valid."""
        return {} if self._valid(data) else self.schema.validate(data)

    def _valid(self, data: Any) -> bool:
        # (a dict is a Mapping: saying so first spares the ABC machinery)
        if not (type(data) is dict or isinstance(data, Mapping)) or not self._keys.issuperset(data):
            return False
        loaded: dict[str, Any] = {}
        try:
            for key, attribute, deserialize in self._fields:
                value = deserialize(data.get(key, missing), key, data)
                if value is not missing:
                    loaded[attribute] = value
            for validator in self._validators:
                validator(loaded, partial=None, many=False, unknown=RAISE)
        except ValidationError:
            return False
        return True


def accepting(field: fields.Field) -> Callable[[Any, str, Any], Any]:
    """`field.deserialize`, quicker for the values the field accepts. None is let through when the
    field allows it, as marshmallow does; any other value that is there is converted by the field's
    `_deserialize` and then passed to each of its validators in turn, without the wrapping
    marshmallow builds on every call (the missing and None tests, an `And` made of the validators).
    Anything that does not pass, and anything missing, goes to `field.deserialize` itself, so that
    what is accepted and every error are marshmallow's own. A field that changes `deserialize`, its
    validation or its missing test, or has pre- or post-load functions, is answered by
    `field.deserialize`."""
    kind = type(field)
    if (
        kind.deserialize is not fields.Field.deserialize
        or kind._validate is not fields.Field._validate
        or kind._validate_all is not fields.Field._validate_all
        or kind._validate_missing is not fields.Field._validate_missing
        or field.pre_load
        or field.post_load
    ):
        return field.deserialize
    convert = field._deserialize
    validators = tuple(field.validators)
    slow = field.deserialize
    allow_none = field.allow_none
    as_is = _AS_IS.get(kind)

    def deserialize(value: Any, attr: str, data: Any) -> Any:
        if value is None:
            return None if allow_none else slow(value, attr, data)
        if value is missing:
            return slow(value, attr, data)
        try:
            output = value if type(value) is as_is else convert(value, attr, data)
            for validator in validators:
                validator(output)
        except ValidationError:
            return slow(value, attr, data)
        return output

    return deserialize


# Field classes (exactly these, not their subclasses) whose `_deserialize` gives back a value of
# one type as it is: such a value needs no converting ('Labour MPs' is a String's answer for
# 'Labour MPs'), only the field's validators.
_AS_IS: dict[type[fields.Field], type] = {fields.String: str}


def accept_as_is(kind: type[fields.Field], value_type: type) -> None:
    """Declare that `kind._deserialize` returns any value of exactly `value_type` unchanged."""
    _AS_IS[kind] = value_type
