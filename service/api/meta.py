"""GET /v1/claim-types, /healthz and /readyz."""

from __future__ import annotations

from functools import cache

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from schemas.claims import CLAIM_SCHEMAS
from schemas.response import CheckTypesResponseSchema, ClaimTypesResponseSchema, HealthSchema

from ..analysis import analyse
from ..engine.checks import CHECKS
from ..engine.rules import CLAIM_TYPES, RULES
from ..openapi import standalone_json_schema
from ..version import VERSION

blp = Blueprint("meta", __name__, description="Claim types, liveness and readiness")

_SELF_TEST = "The amendment failed by 293 to 125 votes on Thursday."


@cache
def claim_types() -> list[dict]:
    """In the engine's order: each rule's docstring and its claim schema as JSON Schema."""
    return [
        {
            "type": rule.TYPE,
            "description": " ".join((rule.__doc__ or "").split()),
            "json_schema": standalone_json_schema(CLAIM_SCHEMAS[rule.TYPE]),
        }
        for rule in RULES
    ]


@cache
def rules_ready() -> bool:
    """The rules load and find the tally in a known sentence."""
    claims = analyse(_SELF_TEST)["claims"]
    return any(c["type"] == "vote_tally" and c["value"]["against"] == 293 for c in claims)


@blp.route("/v1/claim-types")
class ClaimTypes(MethodView):
    @blp.response(200, ClaimTypesResponseSchema)
    def get(self) -> dict:
        """Every claim type claimdesk reports, with the JSON Schema of its claim object."""
        return {"claim_types": claim_types()}


@blp.route("/v1/checks")
class Checks(MethodView):
    @blp.response(200, CheckTypesResponseSchema)
    def get(self) -> dict:
        """Every consistency check, what it verifies and the tolerance it allows."""
        return {
            "checks": [
                {"code": c.CODE, "description": c.DESCRIPTION, "tolerance": c.TOLERANCE}
                for c in CHECKS
            ]
        }


@blp.route("/healthz")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self) -> dict:
        """Liveness: the process answers."""
        return {"status": "ok", "version": VERSION}


@blp.route("/readyz")
class Ready(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, description="The rules are not ready")
    def get(self) -> dict:
        """Readiness: the claim rules are loaded and pass a self-test."""
        if not rules_ready():
            abort(503, message="The claim rules failed their self-test.")
        return {"status": "ready", "version": VERSION, "claim_types": list(CLAIM_TYPES)}
