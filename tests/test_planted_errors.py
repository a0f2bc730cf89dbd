"""Recall of the checks on planted errors (benchmarks/planted_errors.py) stays at its target:
at least 95% of planted errors caught overall, and 90% for every check code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "planted_errors.py"
_SPEC = importlib.util.spec_from_file_location("planted_errors", _PATH)
planted_errors = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(planted_errors)


@pytest.mark.parametrize("source", ["articles", "corpus_texts"])
def test_planted_errors_are_caught(source):
    texts = getattr(planted_errors, source)()
    assert texts
    caught, planted, _, misses = planted_errors.measure(texts)
    assert sum(planted.values()) > 0
    assert sum(caught.values()) >= 0.95 * sum(planted.values()), misses
    for code, count in planted.items():
        assert caught[code] >= 0.9 * count, (code, misses)
