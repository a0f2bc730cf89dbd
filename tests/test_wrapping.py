"""Text wrapped at a fixed width reads as the same text unwrapped; other line breaks stay."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.engine.wrapping import unwrapped

ARTICLES = sorted(Path(__file__).with_name("articles").glob("*.expected.json"))


def _wrapped(text: str, width: int, newline: str) -> str:
    paragraphs = text.split("\n\n")
    return (newline * 2).join(textwrap.fill(p, width).replace("\n", newline) for p in paragraphs)


def _readings(answer: dict) -> list[tuple]:
    """What each claim says, whatever white space its text holds (a line may also be broken
    after a hyphen: 'five-\nyear-olds')."""
    return sorted(
        (c["type"], "".join(c["text"].split()), json.dumps(c["value"], sort_keys=True),
         c["source"] or "", (c["quote"] or {}).get("speaker") or "")
        for c in answer["claims"]
    )  # fmt: skip


@pytest.mark.parametrize(("width", "newline"), [(60, "\n"), (72, "\n"), (72, "\r\n")])
@pytest.mark.parametrize("path", ARTICLES, ids=[p.name.split(".")[0] for p in ARTICLES])
def test_a_wrapped_article_reads_as_the_article(client, path, width, newline):
    expected = json.loads(path.read_text("utf-8"))
    text = path.with_name(expected["article"]).read_text("utf-8")
    wrapped = _wrapped(text, width, newline)
    assert wrapped != text
    answers = [
        client.post("/v1/claims", json={"text": t, "published": expected["published"]}).json
        for t in (text, wrapped)
    ]
    assert _readings(answers[1]) == _readings(answers[0])
    assert [c["status"] for c in answers[1]["checks"]] == [
        c["status"] for c in answers[0]["checks"]
    ]
    for claim in answers[1]["claims"]:
        assert wrapped[claim["start"] : claim["end"]] == claim["text"]


@pytest.mark.parametrize(
    "text",
    [
        # a headline, then the first sentence
        "Wind overtakes gas as Britain's biggest source of electricity\nWind farms made 30%.",
        # a list of short lines
        "Labour 412 seats\nConservative 121 seats\nLiberal Democrat 72 seats",
        # lines of very different lengths: a long one, a short one, then the last
        "and then a much longer first line that goes on and on for a good long while here\n"
        "then a short one\nand the last",
    ],
    ids=["headline", "list", "uneven"],
)
def test_line_breaks_that_are_no_wrapping_stay(text):
    assert unwrapped(text) == text


def test_a_wrapped_paragraph_reads_on_and_a_blank_line_stays():
    text = (
        "Residents said water had reached the town square in more\nthan "
        "an hour, and that about 120 were moved to a rest centre at the\nleisure centre.\n\n"
        "Next paragraph."
    )
    assert unwrapped(text) == text.replace("more\nthan", "more than").replace(
        "the\nleisure", "the leisure"
    )


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(st.sampled_from("ab .,\n\r") | st.characters(), max_size=400))
def test_unwrapping_keeps_every_offset(text):
    result = unwrapped(text)
    assert len(result) == len(text)
    for before, after in zip(text, result, strict=True):
        assert before == after or (before in "\r\n" and after == " ")
