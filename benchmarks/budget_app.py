"""gunicorn apps for http_budget.py only, never served: claimdesk with one part of the analysis
done once per distinct article and reused, so that the rest of a request can be measured."""

from __future__ import annotations

from functools import lru_cache

from flask import Flask

import service.analysis
import service.api.claims
from service import create_app


def answers_reused() -> Flask:
    """The whole answer reused: what is left is the HTTP stack, request parsing, metrics and
    the JSON of the answer."""
    service.api.claims.analyse = lru_cache(maxsize=8)(service.api.claims.analyse)
    return create_app()


def finds_reused() -> Flask:
    """The rules' work reused (the read document and its finds): each claim is still
    validated by its schema, the checks run and the answer is built, as in every request."""
    service.analysis.Document = lru_cache(maxsize=8)(service.analysis.Document)
    service.analysis.find_claims = lru_cache(maxsize=8)(service.analysis.find_claims)
    return create_app()
