"""The count claim: how many people or things, with the counted noun phrase."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import Number, PlainNested, qualifier_field

TYPE = "count"


class CountValueSchema(Schema):
    number = Number(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "The count; for a vague amount ('thousands') its lower bound."},
    )
    upper = Number(
        required=True,
        allow_none=True,
        metadata={"description": "The top of a range ('between 10 and 20'): 20; else null."},
    )
    of = Number(
        required=True,
        allow_none=True,
        metadata={"description": "The whole it is part of ('56 of the 125 MPs'): 125; else null."},
    )
    entity = fields.String(
        required=True, allow_none=True, metadata={"description": "What is counted."}
    )
    qualifier = qualifier_field()
    vague = fields.Boolean(required=True)


class CountClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(CountValueSchema, required=True)
