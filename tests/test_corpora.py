"""Every claim rule and every check runs its own corpus (the JSON file beside its module)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from pathlib import Path

import pytest

from service.analysis import analyse
from service.engine import rules
from service.engine.checks import CHECKS
from service.engine.rules import RULES

# The only full stop a claim may end with is an abbreviation's ('Nov. 16' read as '16 Nov.').
_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


def _corpus(module, name: str) -> dict:
    """`<name>.corpus.json` beside the module (for a package, inside it)."""
    return json.loads(Path(module.__file__).with_name(f"{name}.corpus.json").read_text("utf-8"))


def _cases():
    for rule in RULES:
        corpus = _corpus(rule, rule.TYPE)
        published = corpus["published"]
        for number, example in enumerate(corpus["examples"]):
            for form in example["forms"]:
                case = ("finds", rule.TYPE, form, published, example)
                yield pytest.param(*case, id=f"{rule.TYPE}-{number}-{form[:40]}")
        for item in corpus["negative"]:
            # a text with no claim of the type, or {"text": ..., "value": ...}: none with the value
            text, example = (item, None) if isinstance(item, str) else (item["text"], item)
            yield pytest.param(
                "ignores", rule.TYPE, text, published, example, id=f"{rule.TYPE}-not-{text[:40]}"
            )
    never = _corpus(rules, "never")
    for text in never["never"]:
        yield pytest.param("never", None, text, never["published"], None, id=f"never-{text[:40]}")
    for check in CHECKS:
        corpus = _corpus(check, check.CODE)
        for status in ("consistent", "inconsistent", "silent"):
            for item in corpus.get(status, []):
                # a text, or {"text": ..., "message": a part of the check's message}
                text, example = (item, None) if isinstance(item, str) else (item["text"], item)
                case = (status, check.CODE, text, corpus["published"], example)
                yield pytest.param(*case, id=f"{check.CODE}-{status}-{text[:40]}")


@pytest.mark.parametrize(("expect", "name", "text", "published", "example"), list(_cases()))
def test_corpus(
    expect: str, name: str, text: str, published: str, example: dict | None, caplog
) -> None:
    with caplog.at_level(logging.ERROR, logger="service.engine.pipeline"):
        answer = analyse(text, dt.date.fromisoformat(published))
    assert not caplog.records, f"a check failed on {text!r}: {caplog.records[0].getMessage()}"
    for claim in answer["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert not claim["text"].endswith(".") or _ABBREVIATED.search(claim["text"]), claim
    if expect == "finds":
        claims = [c for c in answer["claims"] if c["type"] == name]
        assert any(_matches(c["value"], example) for c in claims), (
            f"no {name} claim with {example['value']} {example.get('contains', '')} in {text!r}; "
            f"found {[c['value'] for c in claims]}"
        )
    elif expect == "never":
        found = [(c["type"], c["text"]) for c in answer["claims"]]
        assert not found, f"no claim may be found in {text!r}, found {found}"
    elif expect == "ignores":
        found = [
            (c["text"], c["value"])
            for c in answer["claims"]
            if c["type"] == name and (example is None or _matches(c["value"], example))
        ]
        assert not found, f"{name} must not be found in {text!r}, found {found}"
    elif expect == "silent":
        fired = [c for c in answer["checks"] if c["check"] == name]
        assert not fired, f"{name} must report nothing on {text!r}, reported {fired}"
    else:
        statuses = [c["status"] for c in answer["checks"] if c["check"] == name]
        assert expect in statuses, f"{name} gave {statuses or 'nothing'} on {text!r}"
        if example is not None:
            messages = [c["message"] for c in answer["checks"] if c["check"] == name]
            assert any(example["message"] in m for m in messages), (example, messages)
        if expect == "consistent":
            wrong = [c for c in answer["checks"] if c["status"] == "inconsistent"]
            assert not wrong, f"false inconsistency on {text!r}: {wrong}"


def _matches(value: dict, example: dict) -> bool:
    exact = all(value.get(key) == expected for key, expected in example["value"].items())
    contains = all(
        part in (value.get(key) or "") for key, part in example.get("contains", {}).items()
    )
    return exact and contains


def test_every_rule_and_check_has_a_corpus() -> None:
    for rule in RULES:
        corpus = _corpus(rule, rule.TYPE)
        assert corpus["examples"] and corpus["negative"], rule.TYPE
    for check in CHECKS:
        corpus = _corpus(check, check.CODE)
        assert corpus["consistent"] and corpus["inconsistent"], check.CODE
