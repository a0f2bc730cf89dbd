"""One schema per claim type, and the tagged union of them all (discriminated by `type`)."""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema
from marshmallow_oneofschema import OneOfSchema

from . import (
    age,
    change,
    count,
    date,
    duration,
    money,
    percentage,
    quantity,
    rank,
    ratio,
    vote_tally,
)

CLAIM_SCHEMAS: dict[str, type[Schema]] = {
    vote_tally.TYPE: vote_tally.VoteTallyClaimSchema,
    change.TYPE: change.ChangeClaimSchema,
    money.TYPE: money.MoneyClaimSchema,
    age.TYPE: age.AgeClaimSchema,
    ratio.TYPE: ratio.RatioClaimSchema,
    percentage.TYPE: percentage.PercentageClaimSchema,
    count.TYPE: count.CountClaimSchema,
    duration.TYPE: duration.DurationClaimSchema,
    date.TYPE: date.DateClaimSchema,
    quantity.TYPE: quantity.QuantityClaimSchema,
    rank.TYPE: rank.RankClaimSchema,
}


class ClaimSchema(OneOfSchema):
    """Any claim; `type` picks the schema that validates it."""

    type_field = "type"
    type_field_remove = False
    # Instances, made once: given classes, OneOfSchema would build a schema for every claim.
    type_schemas: ClassVar[dict[str, Schema]] = {name: s() for name, s in CLAIM_SCHEMAS.items()}

    def get_obj_type(self, obj: Any) -> str:
        return obj["type"]
