"""Acceptance: every article in ../shared/seed/, sent through the HTTP API, meets its expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED, shared_path
from expectations import problems


def seed_cases() -> list:
    """One case per *.expected.json in ../shared/seed, or one that skips/fails without it."""
    files = sorted((SHARED / "seed").glob("*.expected.json"))
    return [pytest.param(f, id=f.name) for f in files] or [pytest.param(None, id="no-seed")]


def load_seed(path: Path | None) -> tuple[str, dict]:
    if path is None:
        seed = shared_path("seed")
        pytest.fail(f"{seed} holds no *.expected.json")
    expected = json.loads(path.read_text("utf-8"))
    return path.with_name(expected["article"]).read_text("utf-8"), expected


@pytest.mark.parametrize("path", seed_cases())
def test_seed_article_through_http(client, path: Path | None) -> None:
    text, expected = load_seed(path)
    response = client.post("/v1/claims", json={"text": text, "published": expected["published"]})
    assert response.status_code == 200
    assert problems(text, expected, response.get_json()) == []
