"""One JSON log line per request (method, path, status, duration, request id, claim count,
never the article text), and the X-Request-ID header honoured or made, and echoed."""

from __future__ import annotations

import logging
import re
import time
import uuid

from flask import Flask, Response, g, request
from flask_smorest import abort
from pythonjsonlogger.json import JsonFormatter

log = logging.getLogger("claimdesk.access")
REQUEST_ID_HEADER = "X-Request-ID"
_VALID_ID = re.compile(r"[\x21-\x7e]{1,128}")  # visible ASCII, as most proxies send


def init_request_log(app: Flask) -> None:
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter(timestamp=True))
        log.addHandler(handler)
        log.propagate = False
    log.setLevel(app.config["CLAIMDESK_LOG_LEVEL"])
    app.before_request(_start)
    app.after_request(_finish)


def _start() -> None:
    g.started = time.perf_counter()
    given = request.headers.get(REQUEST_ID_HEADER)
    g.request_id = given if given is not None else uuid.uuid4().hex
    if given is not None and not _VALID_ID.fullmatch(given):
        g.request_id = uuid.uuid4().hex
        abort(400, message=f"{REQUEST_ID_HEADER} must be 1 to 128 visible ASCII characters.")


def _finish(response: Response) -> Response:
    request_id = g.get("request_id") or uuid.uuid4().hex
    response.headers[REQUEST_ID_HEADER] = request_id
    duration_ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    log.info(
        "request",
        extra={
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round(duration_ms, 3),
            "request_id": request_id,
            "claims": g.get("claim_count"),
        },
    )
    return response
