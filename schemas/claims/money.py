"""The money claim: an amount in major units of an ISO 4217 currency."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import Number, PlainNested, qualifier_field

TYPE = "money"


class MoneyValueSchema(Schema):
    number = Number(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "In major units: '£3.2bn' is 3200000000, '50p' is 0.5."},
    )
    upper = Number(
        required=True,
        allow_none=True,
        metadata={"description": "The top of a range ('between £150m and £200m'), else null."},
    )
    currency = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(r"^[A-Z]{3}$"),
        metadata={"description": "ISO 4217 code; null when the name fits several currencies."},
    )
    currency_name = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "The currency's name ('dinar') when `currency` is null."},
    )
    qualifier = qualifier_field()


class MoneyClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(MoneyValueSchema, required=True)
