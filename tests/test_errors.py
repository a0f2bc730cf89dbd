"""Bad input never gets a 5xx or a traceback: each case gets a precise 4xx problem+json answer."""

from __future__ import annotations

import pytest

SEED_LINE = "Overall, 56 Labour MPs backed the amendment, which failed by 293 to 125 votes."

# (name, method, path, body bytes, content type, expected status, a phrase the detail or errors hold)
# fmt: off
CASES = [
    ("malformed json", "POST", "/v1/claims", b'{"text": "a"', "application/json", 400, "Malformed JSON"),
    ("truncated json", "POST", "/v1/claims", b'{"te', "application/json", 400, "Malformed JSON"),
    ("empty json body", "POST", "/v1/claims", b"", "application/json", 400, "empty"),
    ("duplicate key", "POST", "/v1/claims", b'{"text": "a", "text": "b"}', "application/json", 400, "duplicate key"),
    ("invalid utf-8 json", "POST", "/v1/claims", b'{"text": "\xff"}', "application/json", 400, "not valid UTF-8"),
    ("invalid utf-8 text", "POST", "/v1/claims", b"caf\xe9", "text/plain", 400, "not valid UTF-8"),
    ("json array", "POST", "/v1/claims", b'["text"]', "application/json", 422, "not array"),
    ("json string", "POST", "/v1/claims", b'"text"', "application/json", 422, "not str"),
    ("missing text", "POST", "/v1/claims", b'{"published": "2023-11-16"}', "application/json", 422, "text"),
    ("text is a number", "POST", "/v1/claims", b'{"text": 5}', "application/json", 422, "Not a valid string"),
    ("text is null", "POST", "/v1/claims", b'{"text": null}', "application/json", 422, "text"),
    ("unknown field", "POST", "/v1/claims", b'{"text": "a", "lang": "en"}', "application/json", 422, "Unknown field"),
    ("bad published", "POST", "/v1/claims", b'{"text": "a", "published": "16/11/2023"}', "application/json", 422, "Not a valid date"),
    ("impossible date", "POST", "/v1/claims", b'{"text": "a", "published": "2023-02-30"}', "application/json", 422, "published"),
    ("id not a string", "POST", "/v1/claims", b'{"text": "a", "id": 7}', "application/json", 422, "id"),
    ("lone surrogate", "POST", "/v1/claims", b'{"text": "a\\ud800b"}', "application/json", 422, "surrogate"),
    ("query with json", "POST", "/v1/claims?published=2023-11-16", b'{"text": "a"}', "application/json", 422, "query"),
    ("plain bad published", "POST", "/v1/claims?published=yesterday", b"a", "text/plain", 422, "Not a valid date"),
    ("plain unknown query", "POST", "/v1/claims?lang=en", b"a", "text/plain", 422, "Unknown field"),
    ("plain repeated query", "POST", "/v1/claims?published=2023-11-16&published=2023-11-17", b"a", "text/plain", 422, "more than once"),
    ("xml", "POST", "/v1/claims", b"<text/>", "application/xml", 415, "application/xml"),
    ("form", "POST", "/v1/claims", b"text=a", "application/x-www-form-urlencoded", 415, "Unsupported content type"),
    ("no content type", "POST", "/v1/claims", b"a", None, 415, "(none)"),
    ("latin-1 charset", "POST", "/v1/claims", b"a", "text/plain; charset=latin-1", 415, "charset"),
    ("utf-16 json", "POST", "/v1/claims", b'{"text": "a"}', "application/json; charset=utf-16", 415, "charset"),
    ("unknown path", "GET", "/v1/nothing", None, None, 404, "no such path"),
    ("wrong method", "GET", "/v1/claims", None, None, 405, "not allowed"),
    ("wrong method on types", "POST", "/v1/claim-types", b"{}", "application/json", 405, "not allowed"),
    ("wrong method on checks", "DELETE", "/v1/checks", None, None, 405, "not allowed"),
    ("text not an object", "POST", "/v1/claims", b'{"text": {"a": 1}}', "application/json", 422, "Not a valid string"),
    ("30,000 claims", "POST", "/v1/claims", b"5 MPs, " * 30_000, "text/plain", 422, "holds 30,000 claims"),
]
# fmt: on


@pytest.mark.parametrize(
    ("method", "path", "body", "content_type", "status", "phrase"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_bad_input_gets_a_precise_problem(client, method, path, body, content_type, status, phrase):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.open(path, method=method, data=body, headers=headers)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    problem = response.get_json(force=True)
    assert problem["status"] == status
    assert problem["title"] and problem["type"] == "about:blank"
    assert phrase.lower() in response.get_data(as_text=True).lower()
    assert "Traceback" not in response.get_data(as_text=True)


def test_wrong_method_says_what_is_allowed(client):
    assert "POST" in client.get("/v1/claims").headers["Allow"]


def test_body_over_the_limit_is_413(app):
    app.config["MAX_CONTENT_LENGTH"] = 64
    response = app.test_client().post("/v1/claims", json={"text": "x" * 100})
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"


def test_body_at_the_limit_is_accepted(app):
    body = b'{"text": "' + b"x" * 50 + b'"}'
    app.config["MAX_CONTENT_LENGTH"] = len(body)
    response = app.test_client().post("/v1/claims", data=body, content_type="application/json")
    assert response.status_code == 200


def test_an_unexpected_failure_is_a_problem_without_traceback(app, caplog):
    def boom():
        raise RuntimeError("secret internals")

    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production, not as under TESTING
    app.add_url_rule("/boom", view_func=boom)
    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert response.mimetype == "application/problem+json"
    body = response.get_data(as_text=True)
    assert "secret internals" not in body and "Traceback" not in body
    assert any(r.exc_info and "secret internals" in str(r.exc_info[1]) for r in caplog.records)


def test_json_with_bom_and_plain_text_both_work(client):
    json_answer = client.post(
        "/v1/claims",
        data=b'\xef\xbb\xbf{"text": "' + SEED_LINE.encode() + b'"}',
        content_type="application/json",
    )
    plain_answer = client.post(
        "/v1/claims", data=SEED_LINE.encode(), content_type="text/plain; charset=utf-8"
    )
    assert json_answer.status_code == plain_answer.status_code == 200
    assert json_answer.get_json()["claims"] == plain_answer.get_json()["claims"]


@pytest.mark.parametrize(
    "text",
    ["1234567890" * 10_000, "9" * 5_000 + " MPs", "£" + "9" * 400 + "bn", "0." + "1" * 400 + "%"],
    ids=["100k digit run", "5000 digits then a noun", "huge money", "long decimal"],
)
def test_huge_digit_runs_are_not_figures(client, text):
    response = client.post("/v1/claims", json={"text": text})
    assert response.status_code == 200
    assert response.json["claims"] == []


# (name, body bytes, content type, the claim texts the 200 answer must hold, or None to only
#  require a 200 whose offsets hold)
# fmt: off
ACCEPTED = [
    ("nul bytes", b"Some\x00 56 Labour MPs backed it.\x00", "text/plain", ["56 Labour MPs"]),
    ("bom kept in text/plain", "\ufeff56 Labour MPs backed it.".encode(), "text/plain; charset=utf-8", ["56 Labour MPs"]),
    ("rtl text", "النواب 56 Labour MPs صوتوا".encode(), "text/plain", ["56 Labour MPs"]),
    ("combining marks", "Cafe\u0301 owners: 56 Labour MPs backed it.".encode(), "text/plain", ["56 Labour MPs"]),
    ("non-ascii digits", "٣٠٠ people marched.".encode(), "text/plain", ["٣٠٠ people"]),
    ("nbsp thousands", "1\u00a0200 people marched.".encode(), "text/plain", ["1\u00a0200 people"]),
    ("thin space thousands", "1\u2009200 people marched.".encode(), "text/plain", ["1\u2009200 people"]),
    ("narrow nbsp thousands", "1\u202f200 people marched.".encode(), "text/plain", ["1\u202f200 people"]),
    ("emoji and astral", "🗳️ 56 Labour MPs 𝟓𝟔 backed it.".encode(), "text/plain", ["56 Labour MPs"]),
    ("only whitespace", b" \n\t ", "text/plain", []),
    ("1 MB single line", ("The amendment failed by 293 to 125 votes " + "while members of every party went on speaking late into the night " * 3).encode() * 4_185, "text/plain", None),
]
# fmt: on


@pytest.mark.parametrize(
    ("body", "content_type", "claims"), [pytest.param(*c[1:], id=c[0]) for c in ACCEPTED]
)
def test_odd_but_valid_input_gets_a_correct_answer(client, body, content_type, claims):
    response = client.post("/v1/claims", data=body, content_type=content_type)
    assert response.status_code == 200
    text = body.decode("utf-8")
    answer = response.get_json()
    for claim in answer["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    if claims is not None:
        assert [c["text"] for c in answer["claims"] if c["type"] == "count"] == claims


def test_utf16_without_charset_is_refused_as_not_utf8(client):
    response = client.post("/v1/claims", data="56 MPs".encode("utf-16"), content_type="text/plain")
    assert response.status_code == 400
    assert "not valid UTF-8" in response.get_json()["detail"]
