"""apispec glue: document the claim union (a OneOfSchema) as a discriminated oneOf."""

from __future__ import annotations

from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin, OpenAPIConverter
from apispec.ext.marshmallow.common import resolve_schema_instance
from marshmallow import Schema
from marshmallow_oneofschema import OneOfSchema

from schemas.fields import Number

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class OneOfConverter(OpenAPIConverter):
    def schema2jsonschema(self, schema: Any) -> dict[str, Any]:
        instance = resolve_schema_instance(schema)
        if isinstance(instance, OneOfSchema):
            refs = {
                name: self.resolve_nested_schema(s) for name, s in instance.type_schemas.items()
            }
            return {
                "oneOf": list(refs.values()),
                "discriminator": {
                    "propertyName": instance.type_field,
                    "mapping": {name: ref["$ref"] for name, ref in refs.items()},
                },
            }
        return super().schema2jsonschema(schema)


class ClaimdeskMarshmallowPlugin(MarshmallowPlugin):
    Converter = OneOfConverter

    def init_spec(self, spec: APISpec) -> None:
        super().init_spec(spec)
        self.map_to_openapi_type(Number, "number", None)


def standalone_json_schema(schema: type[Schema]) -> dict[str, Any]:
    """A self-contained JSON Schema (2020-12) for one marshmallow schema, nested ones inlined.

    Converted as for OpenAPI 3.1, whose schemas are JSON Schema: nulls are `"type": [.., "null"]`
    rather than OpenAPI 3.0's `nullable`."""
    plugin = ClaimdeskMarshmallowPlugin(schema_name_resolver=lambda _schema: None)
    APISpec("claimdesk", "1", "3.1.0", plugins=[plugin])
    return {"$schema": JSON_SCHEMA_DIALECT, **plugin.converter.schema2jsonschema(schema)}
