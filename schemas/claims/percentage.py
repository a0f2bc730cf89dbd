"""The percentage claim: a share in per cent, or a difference in percentage points."""

from marshmallow import Schema, fields

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import Number, PlainNested, qualifier_field

TYPE = "percentage"


class PercentageValueSchema(Schema):
    number = Number(required=True)
    upper = Number(
        required=True,
        allow_none=True,
        metadata={"description": "The top of a range ('3-5%' -> 5), or null."},
    )
    qualifier = qualifier_field()
    points = fields.Boolean(
        required=True, metadata={"description": "True for percentage points, not per cent."}
    )


class PercentageClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(PercentageValueSchema, required=True)
