"""claimdesk: a fact-check claim extraction service. `create_app` is the Flask app factory."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask

from .auth import init_auth
from .config import from_environment
from .openapi import ClaimdeskMarshmallowPlugin
from .problems import ProblemApi
from .request_log import init_request_log
from .version import VERSION


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """The WSGI app: `gunicorn 'service:create_app()'` serves it."""
    from .api import claims, meta
    from .metrics import init_metrics  # here, not at import: see gunicorn_settings

    app = Flask(__name__)
    app.config.update(
        API_TITLE="claimdesk",
        API_VERSION=VERSION,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
    )
    app.config.update(from_environment())
    if test_config:
        app.config.update(test_config)
    logging.getLogger("service").setLevel(app.config["CLAIMDESK_LOG_LEVEL"])
    init_request_log(app)
    init_auth(app)
    init_metrics(app)
    api = ProblemApi(spec_kwargs={"marshmallow_plugin": ClaimdeskMarshmallowPlugin()})
    api.init_app(app)
    api.register_blueprint(claims.blp)
    api.register_blueprint(meta.blp)
    return app
