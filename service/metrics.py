"""Prometheus metrics at /metrics: requests and latency per endpoint (prometheus-flask-exporter,
multiprocess under gunicorn), claims extracted per type, and check results per status."""

from __future__ import annotations

import collections
import os
from dataclasses import dataclass

from flask import Flask, current_app
from prometheus_client import CollectorRegistry, Counter
from prometheus_flask_exporter import PrometheusMetrics
from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"


@dataclass(frozen=True)
class Counters:
    claims: Counter
    checks: Counter


def init_metrics(app: Flask) -> None:
    """Serve /metrics. Under gunicorn (PROMETHEUS_MULTIPROC_DIR set) it adds up all workers."""
    registry = CollectorRegistry(auto_describe=True)  # one per app: tests make many apps
    options = {"registry": registry, "group_by": "endpoint", "excluded_paths": ["^/metrics$"]}
    if os.environ.get(MULTIPROCESS_ENV):
        GunicornInternalPrometheusMetrics(app, **options)
        # Under gunicorn the counters write to the shared files and the multiprocess collector
        # reads them back; registering them too would clash with other workers' files.
        own: CollectorRegistry | None = None
    else:
        PrometheusMetrics(app, **options)
        own = registry
    app.extensions["claimdesk_counters"] = Counters(
        claims=Counter("claimdesk_claims", "Claims extracted, by type", ["type"], registry=own),
        checks=Counter(
            "claimdesk_checks", "Consistency check results", ["check", "status"], registry=own
        ),
    )


def count_answer(answer: dict) -> None:
    """Add one answer's claims and checks to the counters."""
    counters: Counters = current_app.extensions["claimdesk_counters"]
    # One increment per label set, not per claim: each one writes to a shared file.
    for claim_type, count in collections.Counter(c["type"] for c in answer["claims"]).items():
        counters.claims.labels(type=claim_type).inc(count)
    checks = collections.Counter((c["check"], c["status"]) for c in answer["checks"])
    for (check, status), count in checks.items():
        counters.checks.labels(check=check, status=status).inc(count)
