"""Response schemas: the claims answer, the claim-type list, health."""

from __future__ import annotations

from marshmallow import Schema, fields

from .claims import ClaimSchema
from .common import CheckSchema
from .fields import non_negative_int


class StatsSchema(Schema):
    characters = non_negative_int(required=True)
    sentences = non_negative_int(required=True)
    claims = non_negative_int(required=True)
    elapsed_ms = fields.Float(required=True)


class ClaimsResponseSchema(Schema):
    id = fields.String(required=True, allow_none=True)
    published = fields.Date(required=True, allow_none=True)
    claims = fields.List(fields.Nested(ClaimSchema), required=True)
    checks = fields.List(fields.Nested(CheckSchema), required=True)
    stats = fields.Nested(StatsSchema, required=True)
    version = fields.String(required=True)


class BatchResultSchema(Schema):
    index = fields.Integer(required=True, metadata={"description": "The article's position."})
    status = fields.Integer(required=True, metadata={"description": "200, or the 4xx it got."})
    answer = fields.Nested(ClaimsResponseSchema, required=True, allow_none=True)
    problem = fields.Nested(lambda: ProblemSchema(), required=True, allow_none=True)


class BatchStatsSchema(Schema):
    articles = fields.Integer(required=True)
    answered = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    elapsed_ms = fields.Float(required=True)


class BatchResponseSchema(Schema):
    results = fields.List(fields.Nested(BatchResultSchema), required=True)
    stats = fields.Nested(BatchStatsSchema, required=True)


class ClaimTypeSchema(Schema):
    type = fields.String(required=True)
    description = fields.String(required=True)
    json_schema = fields.Dict(required=True, metadata={"description": "The claim's JSON Schema."})


class ClaimTypesResponseSchema(Schema):
    claim_types = fields.List(fields.Nested(ClaimTypeSchema), required=True)


class CheckTypeSchema(Schema):
    code = fields.String(required=True)
    description = fields.String(required=True, metadata={"description": "What it verifies."})
    tolerance = fields.String(required=True, metadata={"description": "How close is close."})


class CheckTypesResponseSchema(Schema):
    checks = fields.List(fields.Nested(CheckTypeSchema), required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)
    version = fields.String(required=True)
    claim_types = fields.List(fields.String())


class ProblemSchema(Schema):
    """An RFC 9457 problem: every error answer has this shape (application/problem+json)."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict(metadata={"description": "Field messages, by request location."})
