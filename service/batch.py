"""Many articles through the same path as one: each answered, or given its own problem, so that
one bad article does not fail the others (POST /v1/claims/batch, `claimdesk extract --jsonl`)."""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError

from schemas.request import ClaimsRequestSchema

from .analysis import TooManyClaims, analyse
from .request_parser import not_an_object

_request = ClaimsRequestSchema()


def answer_one(payload: Any, max_claims: int | None = None) -> tuple[int, dict]:
    """(200, the answer), or (422, the problem with this article). `max_claims` is how many
    claims the caller can still answer; None is no limit."""
    if not isinstance(payload, dict):
        return 422, _unprocessable(not_an_object(payload), None)
    try:
        article = _request.load(payload)
    except ValidationError as error:
        detail = "Some fields of this article are not valid; see errors."
        return 422, _unprocessable(detail, error.messages)
    try:
        answer = analyse(article["text"], article.get("published"), article.get("id"), max_claims)
    except TooManyClaims as error:
        detail = (
            f"This article holds {error.found:,} claims; this batch can answer only "
            f"{error.limit:,} more (CLAIMDESK_MAX_CLAIMS caps the claims of one request). "
            "Send it in another request, or in parts."
        )
        return 422, _unprocessable(detail, None)
    return 200, answer


def _unprocessable(detail: str, errors: Any) -> dict:
    problem = {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
               "detail": detail}  # fmt: skip
    if errors:
        problem["errors"] = errors
    return problem
