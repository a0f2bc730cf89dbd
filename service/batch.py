"""Many articles through the same path as one: each answered, or given its own problem, so that
one bad article does not fail the others (POST /v1/claims/batch, `claimdesk extract --jsonl`)."""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError

from schemas.request import ClaimsRequestSchema
from schemas.response import ClaimsResponseSchema

from .analysis import analyse

_request = ClaimsRequestSchema()
_response = ClaimsResponseSchema()


def answer_one(payload: Any) -> tuple[int, dict, dict | None]:
    """(status, body, answer before serialisation): 200 and the answer, or a 4xx problem."""
    if not isinstance(payload, dict):
        kind = type(payload).__name__.replace("list", "array").replace("dict", "object")
        return _problem(422, f"Expected a JSON object, not {kind}.", None)
    try:
        article = _request.load(payload)
    except ValidationError as error:
        return _problem(
            422, "Some fields of this article are not valid; see errors.", error.messages
        )
    answer = analyse(article["text"], article.get("published"), article.get("id"))
    return 200, _response.dump(answer), answer


def _problem(status: int, detail: str, errors: Any) -> tuple[int, dict, None]:
    problem = {"type": "about:blank", "title": "Unprocessable Entity", "status": status,
               "detail": detail}  # fmt: skip
    if errors:
        problem["errors"] = errors
    return status, problem, None
