"""The README's example request gets exactly the answer the README shows (but for timing)."""

from __future__ import annotations

import json
import re
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _block_after(marker: str) -> str:
    match = re.search(rf"<!-- readme-example: {marker} -->\s*```\w+\n(.*?)```", README, re.S)
    assert match, f"README has no '{marker}' example block"
    return match.group(1)


def test_readme_example_is_what_the_api_answers(client):
    request = json.loads(re.search(r"-d '(.*)'", _block_after("request"), re.S).group(1))
    shown = json.loads(_block_after("answer"))
    answer = client.post("/v1/claims", json=request).json
    for document in (shown, answer):
        document["stats"]["elapsed_ms"] = None
    assert answer == shown


def test_readme_names_every_claim_type_and_check():
    from service.engine.checks import CHECKS
    from service.engine.rules import CLAIM_TYPES

    for name in [*CLAIM_TYPES, *(c.CODE for c in CHECKS)]:
        assert f"`{name}`" in README, f"README does not describe {name}"
