"""gunicorn settings for claimdesk, shared by gunicorn.conf.py and `claimdesk serve`.

Workers come from WEB_CONCURRENCY (default 2). On SIGTERM gunicorn stops accepting, lets
in-flight requests finish for up to `graceful_timeout` seconds, then exits. Workers restart
after `max_requests` (with jitter) to bound memory growth. Metrics from every worker are
gathered through PROMETHEUS_MULTIPROC_DIR."""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

bind = os.environ.get("CLAIMDESK_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
# The slowest body CLAIMDESK_MAX_BYTES lets in takes about 20 s (benchmarks/largest_body.py):
# twice that and more, so that a busy machine does not turn it into a killed worker.
timeout = 60
graceful_timeout = 30
keepalive = 5
# Memory stays flat (benchmarks/soak.py runs workers without recycling and checks it), so
# recycling is a safety net. Each new worker spends about 75 ms of CPU loading the app: at 2,000
# it came every few seconds under load and showed in p99.
max_requests = 20000
max_requests_jitter = 2000
accesslog = None  # claimdesk writes its own JSON line per request
errorlog = "-"
limit_request_line = 8190
control_socket_disable = True  # no control socket file to write: the container runs read-mostly

# Every worker writes its metrics here; /metrics adds them up. It must be set before
# prometheus_client is first imported, which picks multiprocess storage then.
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="claimdesk-metrics-"))


def on_starting(server: Any) -> None:
    """Start from empty metric files: a previous run's counts are not this run's."""
    folder = os.environ["PROMETHEUS_MULTIPROC_DIR"]
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder, exist_ok=True)


def child_exit(server: Any, worker: Any) -> None:
    from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

    GunicornInternalPrometheusMetrics.mark_process_dead_on_child_exit(worker.pid)


SETTINGS = {
    name: globals()[name]
    for name in (
        "bind workers worker_class timeout graceful_timeout keepalive max_requests "
        "max_requests_jitter accesslog errorlog limit_request_line control_socket_disable "
        "on_starting child_exit"
    ).split()
}
