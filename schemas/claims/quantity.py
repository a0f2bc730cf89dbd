"""The quantity claim: a measured amount with its unit under one canonical name."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import Number, PlainNested, qualifier_field

TYPE = "quantity"


class QuantityValueSchema(Schema):
    number = Number(required=True)
    upper = Number(
        required=True,
        allow_none=True,
        metadata={"description": "The top of a range ('40-60mm'): 60; else null."},
    )
    unit = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "Canonical unit: km, mile, tonne, litre, mph, °C, acre, MW..."},
    )
    qualifier = qualifier_field()


class QuantityClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(QuantityValueSchema, required=True)
