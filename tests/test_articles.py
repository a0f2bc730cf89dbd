"""The project's own test articles (tests/articles/): each meets its hand-written expectations,
in the format of ../shared/seed/*.expected.json (documented in the README, 'Expectations')."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from expectations import problems

from schemas.response import ClaimsResponseSchema

ARTICLES = Path(__file__).with_name("articles")
FILES = sorted(ARTICLES.glob("*.expected.json"))
MIN_WORDS, MAX_WORDS = 300, 800


def test_there_are_twenty_four_articles_of_news_length():
    assert len(FILES) >= 24
    for path in FILES:
        expected = json.loads(path.read_text("utf-8"))
        words = len((ARTICLES / expected["article"]).read_text("utf-8").split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{expected['article']} has {words} words"


def _post(client, path: Path) -> tuple[str, dict, dict]:
    """The article's text, its expectations, and the API's answer for it."""
    expected = json.loads(path.read_text("utf-8"))
    text = (ARTICLES / expected["article"]).read_text("utf-8")
    response = client.post("/v1/claims", json={"text": text, "published": expected["published"]})
    assert response.status_code == 200
    return text, expected, response.get_json()


@pytest.mark.parametrize("path", FILES, ids=[p.name.split(".")[0] for p in FILES])
def test_article_meets_its_expectations(client, path):
    text, expected, answer = _post(client, path)
    assert problems(text, expected, answer) == []


@pytest.mark.parametrize("path", FILES, ids=[p.name.split(".")[0] for p in FILES])
def test_the_answer_is_exactly_what_its_schema_documents(client, path):
    """The view sends analyse()'s answer without a marshmallow dump: the documented schema must
    find nothing wrong in it and, loaded and dumped again, give back the very same JSON."""
    _, _, answer = _post(client, path)
    schema = ClaimsResponseSchema()
    assert schema.validate(answer) == {}
    assert schema.dump(schema.load(answer)) == answer
