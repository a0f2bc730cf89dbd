"""webargs parser for article bodies: JSON or text/plain, strict UTF-8, precise 4xx errors."""

from __future__ import annotations

import json
from typing import Any

import flask
from flask_smorest import abort
from marshmallow import Schema
from webargs.flaskparser import FlaskParser

from schemas.request import PlainTextQuerySchema

_ACCEPTED = "Send application/json, or text/plain; charset=utf-8 with ?published= in the query."
_plain_query = PlainTextQuerySchema()


class ArticleParser(FlaskParser):
    """Reads the `json` location from a JSON body or from a text/plain body plus query string."""

    def load_json(self, req: flask.Request, schema: Schema) -> Any:
        mimetype = req.mimetype
        if mimetype == "application/json" or mimetype.endswith("+json"):
            _require_utf8_charset(req)
            if req.args:
                abort(
                    422,
                    message="Query parameters go with text/plain bodies; put them in "
                    "the JSON body.",
                    errors={"query": {k: ["Unknown field."] for k in req.args}},
                )
            data = _parse_json(_decode(req.get_data(cache=True), "utf-8-sig"))
            if not isinstance(data, dict):
                abort(422, errors={"json": {"_schema": [not_an_object(data)]}})
            return data
        if mimetype == "text/plain":
            _require_utf8_charset(req)
            data = _query(req)
            data["text"] = _decode(req.get_data(cache=True), "utf-8")
            return data
        abort(415, message=f"Unsupported content type {mimetype or '(none)'!r}. {_ACCEPTED}")


def not_an_object(value: Any) -> str:
    """The message for a JSON value that should have been an object."""
    kind = {list: "array", str: "str", bool: "bool", type(None): "null"}.get(type(value))
    return f"Expected a JSON object, not {kind or type(value).__name__}."


def _require_utf8_charset(req: flask.Request) -> None:
    charset = req.mimetype_params.get("charset")
    if charset is not None and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        abort(415, message=f"Unsupported charset {charset!r}: claimdesk reads UTF-8 only.")


def _decode(body: bytes, codec: str) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        bad = body[error.start : error.start + 1].hex()
        abort(400, message=f"The body is not valid UTF-8: byte 0x{bad} at offset {error.start}.")


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _parse_json(body: str) -> Any:
    if not body.strip():
        abort(400, message="The body is empty: expected a JSON object with a 'text' field.")
    try:
        return json.loads(body, object_pairs_hook=_reject_duplicates)
    except json.JSONDecodeError as error:
        abort(
            400,
            message=f"Malformed JSON: {error.msg} at line {error.lineno} column "
            f"{error.colno} (character {error.pos}).",
        )
    except ValueError as error:  # from _reject_duplicates
        abort(400, message=f"Malformed JSON: {error}.")
    except RecursionError:
        abort(400, message="Malformed JSON: nested too deeply.")


def _query(req: flask.Request) -> dict[str, Any]:
    repeated = [key for key, values in req.args.lists() if len(values) > 1]
    if repeated:
        abort(422, errors={"query": {k: ["Given more than once."] for k in repeated}})
    errors = _plain_query.validate(req.args.to_dict())
    if errors:
        abort(422, errors={"query": errors})
    return req.args.to_dict()
