"""The Dockerfile builds, and the container serves the seed article correctly as a non-root user.

Needs $CONTAINER_ENGINE (docker or podman) and, where the machine needs them, $CONTAINER_BUILD_FLAGS;
`eval "$(../shared/tools/container-engine setup)"` sets both. Skipped without CONTAINER_ENGINE,
unless CLAIMDESK_REQUIRE_CONTAINER=1 (as in CI)."""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from expectations import problems
from test_seed import load_seed, seed_cases

pytestmark = pytest.mark.container
REPO = Path(__file__).resolve().parents[1]


def _engine() -> str:
    engine = os.environ.get("CONTAINER_ENGINE", "")
    if not engine or not shutil.which(engine):
        reason = (
            f"no container engine: CONTAINER_ENGINE is {engine or 'unset'!r} "
            '(set it to docker or podman, or eval "$(../shared/tools/container-engine setup)")'
        )
        if os.environ.get("CLAIMDESK_REQUIRE_CONTAINER") == "1":
            pytest.fail(f"{reason}, and CLAIMDESK_REQUIRE_CONTAINER=1 requires one")
        pytest.skip(reason)
    return engine


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Running:
    def __init__(self, engine: str, container: str, url: str) -> None:
        self.engine, self.container, self.url = engine, container, url


@pytest.fixture(scope="module")
def running() -> Iterator[Running]:
    engine = _engine()
    is_podman = Path(engine).name == "podman"
    tag = f"claimdesk-test:{os.getpid()}"
    flags = shlex.split(os.environ.get("CONTAINER_BUILD_FLAGS", ""))
    if is_podman:
        flags.append("--format=docker")  # keep HEALTHCHECK, which the OCI format drops
    built = _run(engine, "build", *flags, "-t", tag, str(REPO), timeout=900)
    assert built.returncode == 0, f"build failed:\n{built.stdout[-3000:]}\n{built.stderr[-3000:]}"
    port = _free_port()
    started = _run(engine, "run", "-d", "-p", f"127.0.0.1:{port}:8000", tag)
    assert started.returncode == 0, started.stderr
    container = started.stdout.strip()
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(engine, container, url)
        yield Running(engine, container, url)
    finally:
        _run(engine, "rm", "-f", container)
        _run(engine, "rmi", "-f", tag)


def _wait_healthy(engine: str, container: str, url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.5)
    logs = _run(engine, "logs", container)
    pytest.fail(f"the container never answered /healthz:\n{logs.stdout}\n{logs.stderr}")


@pytest.mark.parametrize("path", seed_cases())
def test_container_answers_the_seed_article(running: Running, path) -> None:
    text, expected = load_seed(path)
    response = requests.post(
        f"{running.url}/v1/claims",
        json={"text": text, "published": expected["published"]},
        timeout=30,
    )
    assert response.status_code == 200
    assert problems(text, expected, response.json()) == []


def test_container_serves_text_plain_and_problems(running: Running) -> None:
    plain = requests.post(
        f"{running.url}/v1/claims?published=2023-11-16",
        data=b"The amendment failed by 293 to 125 votes.",
        headers={"Content-Type": "text/plain; charset=utf-8"},
        timeout=10,
    )
    assert plain.status_code == 200
    assert plain.json()["claims"][0]["value"]["against"] == 293
    bad = requests.post(
        f"{running.url}/v1/claims",
        data=b'{"text": ',
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert bad.status_code == 400
    assert bad.headers["Content-Type"] == "application/problem+json"
    assert requests.get(f"{running.url}/readyz", timeout=10).json()["status"] == "ready"


def test_container_runs_as_a_non_root_user(running: Running) -> None:
    uid = _run(running.engine, "exec", running.container, "id", "-u")
    assert uid.returncode == 0, uid.stderr
    assert uid.stdout.strip() not in ("", "0")


def test_container_healthcheck_passes(running: Running) -> None:
    config = _run(
        running.engine, "inspect", "--format", "{{json .Config.Healthcheck}}", running.container
    )
    assert "/healthz" in config.stdout
    if Path(running.engine).name == "podman":
        checked = _run(running.engine, "healthcheck", "run", running.container)
        assert checked.returncode == 0, checked.stdout + checked.stderr
