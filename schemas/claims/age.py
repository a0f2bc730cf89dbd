"""The age claim: a person's age in years."""

from marshmallow import Schema, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import PlainNested, StrictInteger

TYPE = "age"


class AgeValueSchema(Schema):
    years = StrictInteger(required=True, validate=validate.Range(min=0, max=125))


class AgeClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(AgeValueSchema, required=True)
