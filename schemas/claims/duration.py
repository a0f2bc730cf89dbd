"""The duration claim: a length of time in one canonical unit."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import Number, PlainNested, qualifier_field

TYPE = "duration"
UNITS = ("second", "minute", "hour", "day", "week", "month", "year")


class DurationValueSchema(Schema):
    number = Number(required=True, validate=validate.Range(min=0))
    unit = fields.String(required=True, validate=validate.OneOf(UNITS))
    qualifier = qualifier_field()


class DurationClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(DurationValueSchema, required=True)
