"""The rank claim: a position asserted by an ordinal or a superlative."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import PlainNested, StrictInteger

TYPE = "rank"


class RankValueSchema(Schema):
    rank = StrictInteger(required=True, validate=validate.Range(min=1))
    category = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "What the position is in ('British MP of Palestinian descent')."},
    )
    out_of = StrictInteger(
        required=True,
        allow_none=True,
        validate=validate.Range(min=1),
        metadata={"description": "How many were ranked, when stated ('45th out of 50' -> 50)."},
    )


class RankClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(RankValueSchema, required=True)
