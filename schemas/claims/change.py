"""The change claim: a figure that rose or fell, with what the text says of from, to and by."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import Number, PlainNested

TYPE = "change"


class ChangeValueSchema(Schema):
    change_from = Number(required=True, allow_none=True, data_key="from", attribute="from")
    to = Number(required=True, allow_none=True)
    by = Number(required=True, allow_none=True)
    direction = fields.String(required=True, validate=validate.OneOf(["up", "down"]))
    unit = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "The unit of `from` and `to` ('%', 'percentage point', 'point' for "
            "a poll's or an index's points, an ISO currency code, a unit), or of `by` when "
            "neither is given; null when the text gives none."
        },
    )
    by_unit = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "The unit `by` is written in: '%' in 'fell 1.2% to 7,400', where "
            "`to` has none, or 'GBP' in 'rose by £3bn'; null when `by` is null or has no unit."
        },
    )
    by_percent = Number(
        required=True,
        allow_none=True,
        metadata={
            "description": "The size again in per cent when the text gives it beside an "
            "absolute `by`: 1.4 in 'rose 4p, or 1.4%, to 292p', 20 in 'fell by 800, or a fifth, "
            "to 3,200'; null otherwise."
        },
    )
    factor = Number(
        required=True,
        allow_none=True,
        metadata={"description": "2 for 'doubled', 0.5 for 'halved'; null otherwise."},
    )


class ChangeClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(ChangeValueSchema, required=True)
