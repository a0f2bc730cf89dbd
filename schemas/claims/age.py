"""The age claim: a person's age in years."""

from marshmallow import Schema, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import PlainNested, StrictInteger

TYPE = "age"


class AgeValueSchema(Schema):
    years = StrictInteger(
        required=True,
        validate=validate.Range(min=0, max=125),
        metadata={"description": "The age; for a range ('aged 18 to 24') its bottom."},
    )
    upper = StrictInteger(
        required=True,
        allow_none=True,
        validate=validate.Range(min=0, max=125),
        metadata={"description": "The top of an age range ('aged 18 to 24'): 24; else null."},
    )


class AgeClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(AgeValueSchema, required=True)
