"""Fixtures: the Flask app (for pytest-flask's `client`) and access to ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from service import create_app

SHARED = Path(os.environ.get("CLAIMDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def shared_path(relative: str) -> Path:
    """A path under ../shared; skips when absent, or fails where CLAIMDESK_REQUIRE_SHARED=1."""
    path = SHARED / relative
    if not path.exists():
        reason = f"{path} is absent (../shared is not beside this checkout)"
        if os.environ.get("CLAIMDESK_REQUIRE_SHARED") == "1":
            pytest.fail(f"{reason}, and CLAIMDESK_REQUIRE_SHARED=1 requires it")
        pytest.skip(reason)
    return path


@pytest.fixture
def app():
    return create_app({"TESTING": True})
