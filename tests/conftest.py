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


def pytest_terminal_summary(terminalreporter, config):
    """Print the Duckling pass rate per dimension when that test ran."""
    from test_duckling import RESULTS

    results = config.stash.get(RESULTS, [])
    if not results:
        return
    terminalreporter.section("Duckling English corpora: forms normalised as Duckling does")
    for dimension in dict.fromkeys(d for d, _ in results):
        rights = [r for d, r in results if d == dimension]
        rate = sum(rights) / len(rights)
        terminalreporter.write_line(f"{dimension:15} {sum(rights):4}/{len(rights):<4} {rate:6.1%}")
    total = sum(r for _, r in results)
    terminalreporter.write_line(
        f"{'all':15} {total:4}/{len(results):<4} {total / len(results):6.1%}"
    )
