"""Operations: request ids, JSON access logs, API keys, metrics, batches, JSONL archives, and
graceful shutdown under gunicorn."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from schemas.response import BatchResponseSchema
from service import cli, create_app
from service.config import ConfigError, from_environment

LINE = "The amendment failed by 293 to 125 votes on Thursday."
KEY = "k" * 24


class Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def access_log():
    handler = Captured()
    logger = logging.getLogger("claimdesk.access")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


def test_request_id_is_echoed_or_made(client):
    given = client.post("/v1/claims", json={"text": LINE}, headers={"X-Request-ID": "story-7"})
    assert given.headers["X-Request-ID"] == "story-7"
    made = client.get("/healthz").headers["X-Request-ID"]
    assert len(made) == 32 and made != client.get("/healthz").headers["X-Request-ID"]


def test_a_malformed_request_id_is_refused(client):
    response = client.get("/healthz", headers={"X-Request-ID": "has spaces"})
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert response.headers["X-Request-ID"] != "has spaces"


def test_one_json_log_line_per_request_without_the_text(client, access_log):
    client.post("/v1/claims", json={"text": LINE, "id": "a"}, headers={"X-Request-ID": "r1"})
    (record,) = [r for r in access_log if getattr(r, "request_id", None) == "r1"]
    assert (record.method, record.path, record.status, record.claims) == (
        "POST",
        "/v1/claims",
        200,
        2,
    )
    assert record.duration_ms >= 0
    # Words of the text, not a bare number, which a timestamp in the record can hold by chance.
    assert "amendment failed" not in json.dumps(record.__dict__, default=str)


def test_api_keys_guard_v1_but_not_health_or_metrics(monkeypatch):
    monkeypatch.setenv("CLAIMDESK_API_KEYS", f"{KEY},{'z' * 20}")
    client = create_app({"TESTING": True}).test_client()
    missing = client.post("/v1/claims", json={"text": LINE})
    assert missing.status_code == 401 and missing.mimetype == "application/problem+json"
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = client.post("/v1/claims", json={"text": LINE}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    basic = client.get("/v1/claim-types", headers={"Authorization": f"Basic {KEY}"})
    assert basic.status_code == 401
    right = client.post(
        "/v1/claims", json={"text": LINE}, headers={"Authorization": f"Bearer {KEY}"}
    )
    assert right.status_code == 200
    for path in ("/healthz", "/readyz", "/metrics", "/openapi.json"):
        assert client.get(path).status_code == 200


def test_short_api_keys_are_refused():
    with pytest.raises(ConfigError):
        from_environment({"CLAIMDESK_API_KEYS": "short"})


def test_metrics_count_requests_claims_and_checks(client):
    client.post("/v1/claims", json={"text": LINE, "published": "2023-11-16"})
    text = client.get("/metrics").get_data(as_text=True)
    assert 'claimdesk_claims_total{type="vote_tally"} 1.0' in text
    assert 'claimdesk_checks_total{check="tally_outcome",status="consistent"} 1.0' in text
    assert 'flask_http_request_duration_seconds_count{endpoint="claims.Claims"' in text


def test_batch_answers_each_article_and_fails_only_the_bad_ones(client):
    articles = [
        {"text": LINE, "id": "a"},
        {"text": 5},
        "not an object",
        {"text": LINE, "lang": "en"},
    ]
    response = client.post("/v1/claims/batch", json={"articles": articles})
    assert response.status_code == 200
    results = response.json["results"]
    assert [r["status"] for r in results] == [200, 422, 422, 422]
    assert results[0]["answer"]["id"] == "a" and results[0]["problem"] is None
    assert results[1]["problem"]["errors"] == {"text": ["Not a valid string."]}
    schema = BatchResponseSchema()  # sent without a dump: it must be what the schema documents
    assert schema.dump(schema.load(response.json)) == response.json
    assert response.json["stats"] == {
        **response.json["stats"],
        "articles": 4,
        "answered": 1,
        "failed": 3,
    }


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"articles": []}, 422),
        ({"articles": "x"}, 422),
        ({}, 422),
        ({"articles": [{"text": "a"}] * 3}, 200),
    ],
    ids=["empty", "not a list", "missing", "three"],
)
def test_batch_shape(client, body, status):
    assert client.post("/v1/claims/batch", json=body).status_code == status


def test_batch_limit(app):
    app.config["CLAIMDESK_MAX_BATCH"] = 2
    response = app.test_client().post("/v1/claims/batch", json={"articles": [{"text": "a"}] * 3})
    assert response.status_code == 422
    assert "at most 2" in response.json["detail"]


THREE_CLAIMS = "There were 5 MPs, 6 judges and 7 nurses."


def test_an_article_over_the_claims_cap_is_refused(app):
    app.config["CLAIMDESK_MAX_CLAIMS"] = 2
    response = app.test_client().post("/v1/claims", json={"text": THREE_CLAIMS})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert "holds 3 claims" in response.json["detail"]
    assert "at most 2 (CLAIMDESK_MAX_CLAIMS)" in response.json["detail"]
    app.config["CLAIMDESK_MAX_CLAIMS"] = 3
    response = app.test_client().post("/v1/claims", json={"text": THREE_CLAIMS})
    assert response.status_code == 200 and len(response.json["claims"]) == 3


def test_a_batch_shares_the_claims_cap_among_its_articles(app):
    app.config["CLAIMDESK_MAX_CLAIMS"] = 4
    articles = [{"text": THREE_CLAIMS}, {"text": THREE_CLAIMS}, {"text": "There were 5 MPs."}]
    response = app.test_client().post("/v1/claims/batch", json={"articles": articles})
    results = response.json["results"]
    assert [r["status"] for r in results] == [200, 422, 200]
    assert "can answer only 1 more" in results[1]["problem"]["detail"]
    assert response.json["stats"]["answered"] == 2


def test_extract_jsonl_streams_a_result_per_line(monkeypatch, capsys):
    lines = [json.dumps({"text": LINE, "id": "a"}), "", "not json", json.dumps({"text": 3})]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode())))
    assert cli.main(["extract", "--jsonl", "-"]) == 1  # some lines failed
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["line"], r["status"]) for r in results] == [(1, 200), (3, 400), (4, 422)]
    assert results[0]["answer"]["claims"][0]["type"] == "vote_tally"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def _gunicorn(tmp_path: Path, workers: int) -> Iterator[tuple[subprocess.Popen, str]]:
    """gunicorn with the project's settings on a free port; its log goes to tmp_path."""
    port = _free_port()
    repo = Path(__file__).resolve().parents[1]
    metrics = tmp_path / "metrics"
    metrics.mkdir()
    env = {**os.environ, "CLAIMDESK_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers),
           "PROMETHEUS_MULTIPROC_DIR": str(metrics)}  # fmt: skip
    with open(tmp_path / "server.log", "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "service:create_app()"],
            cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            _wait_up(port)
            yield server, f"http://127.0.0.1:{port}"
        finally:
            if server.poll() is None:
                server.terminate()
                try:
                    server.wait(timeout=40)
                except subprocess.TimeoutExpired:
                    server.kill()


def test_gunicorn_finishes_in_flight_requests_on_sigterm(tmp_path):
    repo = Path(__file__).resolve().parents[1]
    slow_text = (repo / "tests/articles/001_assisted_dying_vote.txt").read_text() * 400
    with _gunicorn(tmp_path, workers=1) as (server, url):
        outcome: dict = {}

        def post() -> None:
            response = requests.post(f"{url}/v1/claims", json={"text": slow_text}, timeout=60)
            outcome["status"] = response.status_code

        worker = threading.Thread(target=post)
        worker.start()
        time.sleep(0.3)  # the request is in flight: it takes well over a second
        server.send_signal(signal.SIGTERM)
        worker.join(timeout=60)
        assert outcome.get("status") == 200, "the in-flight request must finish"
        assert server.wait(timeout=40) == 0


def test_metrics_add_up_across_gunicorn_workers(tmp_path):
    with _gunicorn(tmp_path, workers=2) as (server, url):
        time.sleep(1)  # both workers booted (a worker that failed to boot stops the master)
        assert server.poll() is None
        for _ in range(20):  # enough to reach both workers
            response = requests.post(f"{url}/v1/claims", json={"text": LINE}, timeout=10)
            assert response.status_code == 200
        metrics = requests.get(f"{url}/metrics", timeout=10).text
        assert 'claimdesk_claims_total{type="vote_tally"} 20.0' in metrics
        assert 'claimdesk_checks_total{check="tally_outcome",status="consistent"} 20.0' in metrics


def _wait_up(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.2)
    pytest.fail("gunicorn did not start")
