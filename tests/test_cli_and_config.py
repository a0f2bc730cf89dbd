"""The `claimdesk` command and CLAIMDESK_* configuration."""

from __future__ import annotations

import io
import json
import sys

import pytest

from service import cli, create_app
from service.config import DEFAULT_MAX_BYTES, DEFAULT_MAX_CLAIMS, ConfigError, from_environment

LINE = "Overall, 56 Labour MPs backed the amendment, which failed by 293 to 125 votes on Thursday."


def _without_timing(answer: dict) -> dict:
    return {**answer, "stats": {**answer["stats"], "elapsed_ms": None}}


def test_extract_prints_what_the_api_answers(client, tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(LINE, encoding="utf-8")
    assert cli.main(["extract", str(article), "--published", "2023-11-16", "--id", "a1"]) == 0
    printed = json.loads(capsys.readouterr().out)
    answered = client.post(
        "/v1/claims", json={"text": LINE, "published": "2023-11-16", "id": "a1"}
    ).json
    assert printed["claims"], "the line has claims"
    assert _without_timing(printed) == _without_timing(answered)


def test_extract_reads_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LINE.encode())))
    assert cli.main(["extract", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["stats"]["characters"] == len(LINE)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), (b"caf\xe9", "is not UTF-8")],
    ids=["missing file", "not utf-8"],
)
def test_extract_reports_unreadable_input(tmp_path, capsys, content, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    assert cli.main(["extract", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_extract_rejects_a_bad_date(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["extract", "-", "--published", "2023-02-30"])
    assert stopped.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_bad_configuration_stops_the_command_with_a_message(monkeypatch, capsys):
    monkeypatch.setenv("CLAIMDESK_MAX_BYTES", "lots")
    assert cli.main(["extract", "-"]) == 2
    assert "CLAIMDESK_MAX_BYTES must be a whole number" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("environ", "key", "expected"),
    [
        ({}, "MAX_CONTENT_LENGTH", DEFAULT_MAX_BYTES),
        ({"CLAIMDESK_MAX_BYTES": "1024"}, "MAX_CONTENT_LENGTH", 1024),
        ({"CLAIMDESK_LOG_LEVEL": "debug"}, "CLAIMDESK_LOG_LEVEL", "DEBUG"),
        ({}, "CLAIMDESK_MAX_CLAIMS", DEFAULT_MAX_CLAIMS),
        ({"CLAIMDESK_MAX_CLAIMS": "500"}, "CLAIMDESK_MAX_CLAIMS", 500),
    ],
)
def test_configuration_from_environment(environ, key, expected):
    assert from_environment(environ)[key] == expected


@pytest.mark.parametrize(
    "environ",
    [
        {"CLAIMDESK_MAX_BYTES": "0"},
        {"CLAIMDESK_MAX_BYTES": "5MB"},
        {"CLAIMDESK_LOG_LEVEL": "loud"},
        {"CLAIMDESK_MAX_CLAIMS": "0"},
    ],
)
def test_unusable_configuration_is_refused(environ):
    with pytest.raises(ConfigError):
        from_environment(environ)


def test_the_app_takes_its_limit_from_the_environment(monkeypatch):
    monkeypatch.setenv("CLAIMDESK_MAX_BYTES", "32")
    client = create_app({"TESTING": True}).test_client()
    assert client.post("/v1/claims", json={"text": "x" * 40}).status_code == 413
