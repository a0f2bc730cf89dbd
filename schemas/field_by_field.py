"""Schema.validate's answer for one object, reached field by field: the schema's own fields and
@validates_schema hooks judge it, without the general load machinery run for every claim."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, missing
from marshmallow.decorators import POST_LOAD, PRE_LOAD, VALIDATES, VALIDATES_SCHEMA


class FieldByField:
    """Validates objects against `schema` as `schema.validate` does. Valid objects, the common
    case, are confirmed by calling each field's `deserialize` and each schema hook in turn
    (about half the time of `Schema.validate`); any other object is handed to
    `schema.validate`, so that errors are marshmallow's own. Refuses schemas whose loading
    does more than that: pre- or post-load hooks, field validators, `many`, `partial`,
    unknown keys allowed, hooks on collections or on the original data.

    A field's answer depends on its value alone, so an object a field has accepted before need
    not be judged again. Given an `accepted` dict (the caller decides how long it lives: one
    article, so that nothing is kept between requests), an object of JSON scalars is
    remembered there with each part's type (1 and True are different values), up to MEMORY
    objects. Scalars are judged each time: that costs less than remembering them."""

    MEMORY = 4096

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
        fields = [
            (field.data_key if field.data_key is not None else name, field.attribute or name, field)
            for name, field in schema.load_fields.items()
        ]
        if (
            hooks[PRE_LOAD]
            or hooks[POST_LOAD]
            or hooks[VALIDATES]
            or schema.many
            or schema.partial
            or schema.unknown != RAISE
            or any("." in attribute for _, attribute, _ in fields)
        ):
            raise ValueError(f"{type(schema).__name__} does more on load than FieldByField does")
        self.schema = schema
        self._fields = fields
        self._keys = frozenset(key for key, _, _ in fields)
        self._validators = validators

    def errors(self, data: Any, accepted: dict[tuple, Any] | None = None) -> dict[str, Any]:
        """What `schema.validate(data)` returns: {} when `data` is valid. `accepted` remembers
        the objects fields have accepted, for the next call given the same dict."""
        return {} if self._valid(data, accepted) else self.schema.validate(data)

    def _valid(self, data: Any, accepted: dict[tuple, Any] | None) -> bool:
        if not isinstance(data, Mapping) or not self._keys.issuperset(data):
            return False
        loaded: dict[str, Any] = {}
        try:
            for key, attribute, field in self._fields:
                raw = data.get(key, missing)
                memo = None if accepted is None else _memo_key(raw)
                # (this judge, the key, the object): one dict may serve several schemas
                value = _UNSEEN if memo is None else accepted.get((self, key, memo), _UNSEEN)
                if value is _UNSEEN:
                    value = field.deserialize(raw, key, data)
                    if memo is not None:
                        if len(accepted) >= self.MEMORY:
                            accepted.clear()
                        accepted[self, key, memo] = value
                if value is not missing:
                    loaded[attribute] = value
            for validator in self._validators:
                validator(loaded, partial=None, many=False, unknown=RAISE)
        except ValidationError:
            return False
        return True


_SCALARS = (str, int, float, bool, type(None))
_UNSEEN = object()


def _memo_key(value: Any) -> tuple | None:
    """An object of JSON scalars with the type of each part, as a key; None for anything else."""
    if type(value) is dict and all(type(v) in _SCALARS for v in value.values()):
        return tuple((k, type(v), v) for k, v in value.items())
    return None
