"""Every error answer as application/problem+json (RFC 9457), never with a traceback."""

from __future__ import annotations

import http
import logging
from typing import Any

from flask import Response, json
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from werkzeug.exceptions import HTTPException, InternalServerError

from schemas.response import ProblemSchema

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"

_DETAILS = {
    404: "There is no such path. See /openapi.json for the API.",
    413: "The body is larger than this server accepts (CLAIMDESK_MAX_BYTES).",
    422: "The request was understood but some fields are not valid; see errors.",
}


class ProblemApi(Api):
    """flask-smorest's Api with its error handler answering in problem+json, and its OpenAPI
    document saying so."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self) -> None:
        """flask-smorest's default responses, with errors documented as problem+json."""
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)

    def handle_http_exception(self, error: HTTPException) -> Response:
        if isinstance(error, InternalServerError) and error.original_exception is not None:
            log.error("unhandled error", exc_info=error.original_exception)
        data: dict[str, Any] = getattr(error, "data", None) or {}
        problem: dict[str, Any] = {
            "type": "about:blank",
            "title": error.name,
            "status": error.code,
            "detail": data.get("message") or _detail(error),
        }
        errors = data.get("errors") or data.get("messages")
        if errors:
            problem["errors"] = errors
        headers = {k: v for k, v in error.get_headers() if k.lower() == "allow"}
        headers.update(data.get("headers") or {})
        return Response(
            json.dumps(problem), status=error.code, headers=headers, mimetype=PROBLEM_JSON
        )


def _detail(error: HTTPException) -> str:
    if error.code in _DETAILS:
        return _DETAILS[error.code]
    if error.code == 500:
        return "The server failed on this request. It has been logged."
    return error.description or error.name
