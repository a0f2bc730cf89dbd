"""The date claim: a calendar date, month or year, resolved against the publication date."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import PlainNested

TYPE = "date"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class DateValueSchema(Schema):
    date = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(r"^\d{4}(-\d{2}(-\d{2})?)?$"),
        metadata={
            "description": "YYYY-MM-DD, YYYY-MM or YYYY; null when it needs the publication "
            "date to resolve and none was given."
        },
    )
    granularity = fields.String(
        required=True, validate=validate.OneOf(["day", "month", "year", "decade"])
    )
    through = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(r"^\d{4}$"),
        metadata={
            "description": "The last year of a span of years ('2022-23' -> 2023, '1939-45' -> "
            "1945), whose first year is `date`; null for a single date."
        },
    )
    weekday = fields.String(required=True, allow_none=True, validate=validate.OneOf(WEEKDAY_NAMES))
    year_inferred = fields.Boolean(
        required=True, metadata={"description": "True when the text gave no year."}
    )


class DateClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(DateValueSchema, required=True)
