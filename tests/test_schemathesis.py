"""schemathesis against the app's own /openapi.json: every operation, thousands of generated
requests, no server error, and every answer as the document describes it."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from service import create_app

EXAMPLES_PER_OPERATION = 1200
schema = schemathesis.openapi.from_wsgi("/openapi.json", create_app())
CALLS: list[str] = []


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_operation_conforms(case):
    CALLS.append(case.operation.label)
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )


def test_enough_cases_were_generated():
    assert len(CALLS) >= 2000, f"only {len(CALLS)} generated requests"
    print(f"schemathesis: {len(CALLS)} requests over {len(set(CALLS))} operations")
    assert len(set(CALLS)) >= 6, set(CALLS)
