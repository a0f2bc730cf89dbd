"""The vote_tally claim: the two sides of a vote, its outcome, margin and motion."""

from marshmallow import Schema, fields, validate

from ..common import ClaimBaseSchema, claim_type_field
from ..fields import PlainNested, non_negative_int

TYPE = "vote_tally"


class VoteTallyValueSchema(Schema):
    votes_for = non_negative_int(required=True, allow_none=True, data_key="for", attribute="for")
    against = non_negative_int(required=True, allow_none=True)
    abstentions = non_negative_int(required=True, allow_none=True)
    outcome = fields.String(
        required=True, allow_none=True, validate=validate.OneOf(["passed", "failed", "tied"])
    )
    margin = non_negative_int(
        required=True,
        allow_none=True,
        metadata={"description": "The majority or margin, only where the text states it."},
    )
    motion = fields.String(required=True, allow_none=True)


class VoteTallyClaimSchema(ClaimBaseSchema):
    type = claim_type_field(TYPE)
    value = PlainNested(VoteTallyValueSchema, required=True)
