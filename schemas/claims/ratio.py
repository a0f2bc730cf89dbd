"""The ratio claim: a part of a whole ('one in five adults', 'two-thirds')."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import Number, PlainNested, qualifier_field

TYPE = "ratio"


class RatioValueSchema(Schema):
    numerator = Number(required=True, validate=validate.Range(min=0))
    denominator = Number(required=True, validate=validate.Range(min=0, min_inclusive=False))
    entity = fields.String(
        required=True, allow_none=True, metadata={"description": "Of what: 'adults', 'voters'."}
    )
    qualifier = qualifier_field()


class RatioClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(RatioValueSchema, required=True)
