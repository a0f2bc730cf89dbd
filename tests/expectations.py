"""Judge one /v1/claims answer against an *.expected.json file (format: README, 'Expectations')."""

from __future__ import annotations

from typing import Any


def anchor_positions(text: str, anchor: str) -> list[int]:
    positions, start = [], text.find(anchor)
    while start >= 0:
        positions.append(start)
        start = text.find(anchor, start + 1)
    return positions


def problems(text: str, expected: dict[str, Any], answer: dict[str, Any]) -> list[str]:
    """Everything in `answer` that breaks `expected`; an empty list means it holds."""
    found: list[str] = []
    claims = answer["claims"]
    for claim in claims:
        if text[claim["start"] : claim["end"]] != claim["text"]:
            found.append(f"{claim['id']}: text is not request_text[start:end]")
    for item in expected.get("must_find", []):
        found.extend(_must_find(text, item, claims))
    for item in expected.get("must_not_find", []):
        for position in anchor_positions(text, item["anchor"]):
            end = position + len(item["anchor"])
            hits = [c for c in claims if c["start"] < end and position < c["end"]]
            if hits:
                found.append(f"must not find {item['anchor']!r} ({item['why']}): {hits}")
    for item in expected.get("checks", []):
        if not any(_check_matches(check, item, claims) for check in answer["checks"]):
            found.append(
                f"no {item['check']} check {item['status']} about {item['about_anchor']!r}"
            )
    forbidden = expected.get("no_check_may_be")
    for check in answer["checks"]:
        if forbidden and check["status"] == forbidden:
            found.append(f"a check came back {forbidden}: {check}")
    return found


def _must_find(text: str, item: dict[str, Any], claims: list[dict]) -> list[str]:
    positions = anchor_positions(text, item["anchor"])
    occurrence = item.get("occurrence", 0)
    if occurrence >= len(positions):
        return [f"anchor {item['anchor']!r} occurs {len(positions)} times, not {occurrence + 1}"]
    start = positions[occurrence]
    end = start + len(item["anchor"])
    candidates = [
        c for c in claims if c["type"] == item["type"] and c["start"] <= start and end <= c["end"]
    ]
    for claim in candidates:
        value = claim["value"]
        if any(value.get(key) != expected for key, expected in item["value"].items()):
            continue
        if "entity_contains" in item and item["entity_contains"] not in (value.get("entity") or ""):
            continue
        if "category_contains" in item and item["category_contains"] not in (
            value.get("category") or ""
        ):
            continue
        if "in_quote" in item and (claim["quote"] is not None) != item["in_quote"]:
            continue
        if "speaker" in item and (claim["quote"] or {}).get("speaker") != item["speaker"]:
            continue
        if "source" in item and claim["source"] != item["source"]:
            continue
        return []
    return [f"must find {item}: candidates were {candidates}"]


def _check_matches(check: dict, item: dict, claims: list[dict]) -> bool:
    if check["check"] != item["check"] or check["status"] != item["status"]:
        return False
    texts = [c["text"] for c in claims if c["id"] in check["claims"]]
    return any(item["about_anchor"] in t for t in texts)
