"""The API contract: the answer's shape, the claim-type list, OpenAPI, health, and the drop path."""

from __future__ import annotations

import logging
import types

import jsonschema
from openapi_spec_validator import validate as validate_openapi

from service.engine import pipeline
from service.engine.document import Document, Found
from service.engine.rules import CLAIM_TYPES

ARTICLE = (
    "Labour rebels on Thursday vowed to fight on. Overall, 56 Labour MPs backed the amendment, "
    "which failed by 293 to 125 votes. “[My family] spent 40 days with barely water,” said "
    "Layla Moran."
)


def test_answer_shape_and_echoes(client):
    response = client.post(
        "/v1/claims", json={"text": ARTICLE, "published": "2023-11-16", "id": "story-42"}
    )
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["id"] == "story-42"
    assert answer["published"] == "2023-11-16"
    assert answer["version"]
    stats = answer["stats"]
    assert stats["characters"] == len(ARTICLE)
    assert stats["sentences"] == 3
    assert stats["claims"] == len(answer["claims"])
    assert stats["elapsed_ms"] >= 0
    ids = [c["id"] for c in answer["claims"]]
    assert ids == [f"c{n}" for n in range(1, len(ids) + 1)]
    for claim in answer["claims"]:
        assert ARTICLE[claim["start"] : claim["end"]] == claim["text"]
        assert claim["sentence"]["start"] <= claim["start"] < claim["sentence"]["end"]
    by_type = {c["type"]: c for c in answer["claims"]}
    assert by_type["duration"]["quote"] == {"speaker": "Layla Moran"}
    assert by_type["count"]["quote"] is None


def test_checks_are_listed_on_their_claims(client):
    answer = client.post("/v1/claims", json={"text": ARTICLE, "published": "2023-11-16"}).json
    claims = {c["id"]: c for c in answer["claims"]}
    assert {c["check"] for c in answer["checks"]} == {
        "tally_outcome",
        "part_within_whole",
        "weekday_date",
    }
    for check in answer["checks"]:
        for claim_id in check["claims"]:
            assert check in claims[claim_id]["flags"]


def test_without_published_dates_that_need_it_stay_unresolved(client):
    answer = client.post("/v1/claims", json={"text": "It began on October 7 and on Thursday."}).json
    assert answer["published"] is None
    dates = [c["value"] for c in answer["claims"] if c["type"] == "date"]
    assert [d["date"] for d in dates] == [None, None]
    assert dates[1]["weekday"] == "Thursday"
    assert answer["checks"] == []


def test_empty_text_has_no_claims(client):
    answer = client.post("/v1/claims", json={"text": ""}).json
    assert answer["claims"] == [] and answer["stats"]["characters"] == 0


def test_claim_types_publish_a_json_schema_each_claim_meets(client):
    listed = client.get("/v1/claim-types").json["claim_types"]
    assert [t["type"] for t in listed] == list(CLAIM_TYPES)
    schemas = {t["type"]: t["json_schema"] for t in listed}
    answer = client.post("/v1/claims", json={"text": ARTICLE, "published": "2023-11-16"}).json
    assert {c["type"] for c in answer["claims"]} >= {"count", "vote_tally", "duration", "date"}
    for claim in answer["claims"]:
        jsonschema.validate(claim, schemas[claim["type"]])
    for t in listed:
        assert t["description"]
        assert t["json_schema"]["properties"]["type"]["enum"] == [t["type"]]


def test_openapi_document_is_valid_and_documents_the_union(client):
    spec = client.get("/openapi.json").json
    validate_openapi(spec)
    assert {"/v1/claims", "/v1/claim-types", "/v1/checks", "/healthz", "/readyz"} <= set(
        spec["paths"]
    )
    union = spec["components"]["schemas"]["Claim"]
    assert len(union["oneOf"]) == len(CLAIM_TYPES)
    assert set(union["discriminator"]["mapping"]) == set(CLAIM_TYPES)
    body = spec["paths"]["/v1/claims"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain"} <= set(body)


def test_checks_are_listed_with_description_and_tolerance(client):
    from service.engine.checks import CHECKS

    listed = client.get("/v1/checks").json["checks"]
    assert [c["code"] for c in listed] == [c.CODE for c in CHECKS]
    assert all(c["description"] and c["tolerance"] for c in listed)
    answer = client.post("/v1/claims", json={"text": ARTICLE, "published": "2023-11-16"}).json
    assert {c["check"] for c in answer["checks"]} <= {c["code"] for c in listed}


def test_health_and_readiness(client):
    assert client.get("/healthz").json["status"] == "ok"
    ready = client.get("/readyz").json
    assert ready["status"] == "ready"
    assert ready["claim_types"] == list(CLAIM_TYPES)


def test_a_claim_its_schema_rejects_is_logged_and_left_out(client, monkeypatch, caplog):
    broken = types.SimpleNamespace(
        TYPE="count",
        PRIORITY=99,
        find=lambda doc: [Found("count", 0, 6, {"number": "many", "entity": None})],
    )
    monkeypatch.setattr(pipeline, "RULES", (*pipeline.RULES, broken))
    with caplog.at_level(logging.ERROR, logger="service.analysis"):
        answer = client.post("/v1/claims", json={"text": ARTICLE}).json
    assert all(c["start"] != 0 for c in answer["claims"])
    assert any(c["type"] == "vote_tally" for c in answer["claims"])
    assert [c["id"] for c in answer["claims"]][:1] == ["c1"]
    assert any("dropped an invalid count claim at 0-6" in r.getMessage() for r in caplog.records)


def test_every_rule_has_a_schema_and_every_schema_a_rule():
    from schemas.claims import CLAIM_SCHEMAS

    assert set(CLAIM_SCHEMAS) == set(CLAIM_TYPES)


def test_a_rule_that_fails_is_logged_and_left_out(client, monkeypatch, caplog):
    def broken(doc):  # what it found before failing is left out too
        yield Found("count", 0, len(ARTICLE), {"number": 1, "entity": None})
        raise RuntimeError("a bug in a rule")

    failing = types.SimpleNamespace(TYPE="broken_rule", PRIORITY=99, find=broken)
    monkeypatch.setattr(pipeline, "RULES", (failing, *pipeline.RULES))
    with caplog.at_level(logging.ERROR, logger="service.engine.pipeline"):
        response = client.post("/v1/claims", json={"text": ARTICLE, "published": "2023-11-16"})
    assert response.status_code == 200
    assert any(c["type"] == "vote_tally" for c in response.json["claims"])
    assert any("rule broken_rule failed" in r.getMessage() for r in caplog.records)


def test_rules_run_highest_priority_first_and_see_what_is_claimed(monkeypatch):
    seen = {}

    def look(doc):
        seen["tally"] = doc.claimed.holds(ARTICLE.index("293"))
        seen["before it"] = doc.claimed.holds(ARTICLE.index("failed"))
        return [Found("count", ARTICLE.index("293"), ARTICLE.index("293") + 3, {})]

    last = types.SimpleNamespace(TYPE="last", PRIORITY=-1, find=look)
    monkeypatch.setattr(pipeline, "RULES", (last, *pipeline.RULES))
    claims = pipeline.find_claims(Document(ARTICLE))
    assert seen == {"tally": True, "before it": False}
    assert [c.type for c in claims if c.start <= ARTICLE.index("293") < c.end] == ["vote_tally"]


def test_a_check_that_fails_is_logged_and_left_out(client, monkeypatch, caplog):
    def broken(claims, doc):
        raise RuntimeError("a bug in a check")
        yield  # pragma: no cover - makes this a generator like the real checks

    failing = types.SimpleNamespace(CODE="broken_check", run=broken)
    monkeypatch.setattr(pipeline, "CHECKS", (failing, *pipeline.CHECKS))
    with caplog.at_level(logging.ERROR, logger="service.engine.pipeline"):
        response = client.post("/v1/claims", json={"text": ARTICLE, "published": "2023-11-16"})
    assert response.status_code == 200
    assert {c["check"] for c in response.json["checks"]} >= {"tally_outcome", "weekday_date"}
    assert any("broken_check failed" in r.getMessage() for r in caplog.records)
