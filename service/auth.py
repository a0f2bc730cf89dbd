"""Optional API keys: with CLAIMDESK_API_KEYS set, /v1/* needs 'Authorization: Bearer <key>'."""

from __future__ import annotations

import hmac

from flask import Flask, request
from flask_smorest import abort

PROTECTED_PREFIX = "/v1/"


def init_auth(app: Flask) -> None:
    keys = app.config["CLAIMDESK_API_KEYS"]
    if not keys:
        return
    encoded = [key.encode() for key in keys]

    @app.before_request
    def _require_key() -> None:
        if not request.path.startswith(PROTECTED_PREFIX):
            return  # health, readiness, metrics and the OpenAPI document stay open
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        given_bytes = given.strip().encode()
        # compare against every key, always, so timing says nothing about which one is near
        matched = [hmac.compare_digest(given_bytes, key) for key in encoded]
        if scheme.lower() != "bearer" or not any(matched):
            abort(
                401,
                message="This endpoint needs 'Authorization: Bearer <key>' with a valid API key.",
                headers={"WWW-Authenticate": 'Bearer realm="claimdesk"'},
            )
