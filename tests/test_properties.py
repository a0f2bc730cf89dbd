"""Property tests: on any Unicode, and on soup of newsroom tokens, the analysis never raises,
every claim is text[start:end], and no rule makes a claim its schema rejects."""

from __future__ import annotations

import datetime as dt
import logging

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.analysis import analyse

TOKENS = [
    "MPs", "voted", "293", "to", "125", "-", "in favour", "failed", "passed", "by", "a majority of",
    "£3.2bn", "$1.5m", "50p", "12%", "per cent", "percentage points", "rose", "fell", "from",
    "doubled", "halved", "one in five", "a third of", "half", "2023", "October 7", "Thursday",
    "16 November 2023", "the 1990s", "on the 7th", "40 days", "half an hour", "since", "aged",
    "73-year-old", "first", "the biggest", "thousands of", "between", "and", "of the", "them",
    "“", "”", '"', ",", ".", "\n\n", "she said", "said Ms Moran", "according to the ONS",
    "three MPs -", "Jess Phillips", "in all", "a total of", "(45%)", "or", "born in 1950",
    "km", "mph", "35C", "tonnes", "1,200", "0.5", "-3", "1/2", "twenty-first", "dozens",
]  # fmt: skip
news_soup = st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=60).map(" ".join)
PUBLISHED = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


class Dropped(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _holds(text: str, published: dt.date | None) -> None:
    dropped = Dropped()
    logger = logging.getLogger("service")
    logger.addHandler(dropped)
    try:
        answer = analyse(text, published)
    finally:
        logger.removeHandler(dropped)
    assert not dropped.messages, dropped.messages  # a rule made a claim its schema rejects
    for claim in answer["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["sentence"]["start"] <= claim["start"] < claim["sentence"]["end"]
    ids = {c["id"] for c in answer["claims"]}
    for check in answer["checks"]:
        assert set(check["claims"]) <= ids


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(), published=PUBLISHED)
def test_any_unicode(text, published):
    _holds(text, published)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=news_soup, published=PUBLISHED)
def test_newsroom_token_soup(text, published):
    _holds(text, published)
