"""Recall of the consistency checks on planted errors: `python benchmarks/planted_errors.py [-v]`.

For every consistent check in the test articles (tests/articles/) and the seed (../shared/seed/),
change one number in one of its claims so that the check must fail, run the analysis again, and
count the error as caught when that check now comes back inconsistent. Prints a table per
check code; a second table does the same over the consistent texts of the checks' corpora.
Checks where no single number can make them fail (a vote said to have failed, whose sides the
outcome itself sets; a bare weekday read against the publication date) are counted apart as
'no error to plant'; -v lists them. Every miss is listed."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

from service.analysis import analyse
from service.engine.checks.tolerance import AT_LEAST, AT_MOST
from service.engine.scan import scan

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests/articles", ROOT.parent / "shared/seed"]
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
TEXT = [""]  # the article being planted in, for spans wider than a claim
_STATED_SIDE = re.compile(r"in\s+favou?r|\bfor\b|against", re.IGNORECASE)


def main() -> int:
    found = articles()
    if not found:
        print("no articles found", file=sys.stderr)
        return 2
    print("Test articles and the seed:")
    _report(*measure(found))
    print("\nConsistent texts of the check corpora:")
    _report(*measure(corpus_texts()))
    return 0


def measure(articles: list[tuple[str, str, dt.date]]) -> tuple[Counter, Counter, Counter, list]:
    """(caught, planted, no error to plant) per check code, and the misses."""
    caught, planted, unplantable = Counter(), Counter(), Counter()
    misses = []
    for name, text, published in articles:
        TEXT[0] = text
        answer = analyse(text, published)
        claims = {c["id"]: c for c in answer["claims"]}
        for check in answer["checks"]:
            if check["status"] != "consistent":
                continue
            edit = plant(check, [claims[i] for i in check["claims"]])
            if edit is None:
                unplantable[check["check"]] += 1
                if "-v" in sys.argv:
                    print(f"no error to plant: {name} {check['check']}: {check['message']}")
                continue
            planted[check["check"]] += 1
            start, end, replacement = edit
            mutated = text[:start] + replacement + text[end:]
            again = analyse(mutated, published)["checks"]
            if any(c["check"] == check["check"] and c["status"] == "inconsistent" for c in again):
                caught[check["check"]] += 1
            else:
                misses.append((name, check["check"], text[start:end], replacement))
    return caught, planted, unplantable, misses


def articles() -> list[tuple[str, str, dt.date]]:
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.expected.json")):
            expected = json.loads(path.read_text("utf-8"))
            text = path.with_name(expected["article"]).read_text("utf-8")
            found.append((path.name, text, dt.date.fromisoformat(expected["published"])))
    return found


def corpus_texts() -> list[tuple[str, str, dt.date]]:
    found = []
    for path in sorted((ROOT / "service/engine/checks").glob("*.corpus.json")):
        corpus = json.loads(path.read_text("utf-8"))
        published = dt.date.fromisoformat(corpus["published"])
        for item in corpus["consistent"]:  # a text, or {"text", "message"}
            found.append((path.name, item if isinstance(item, str) else item["text"], published))
    return found


def plant(check: dict, claims: list[dict]) -> tuple[int, int, str] | None:
    """(start, end, replacement) that must make `check` fail, or None when no number can."""
    code, first = check["check"], claims[0]
    value = first["value"]
    if code == "tally_outcome":
        if value["outcome"] == "failed" and not _STATED_SIDE.search(first["text"]):
            return None  # 'failed by 293 to 125': any figures fit a failure
        if value["outcome"] == "passed":  # make the sides equal: a tie does not pass
            smaller = min(value["for"], value["against"])
            return _replace(first, smaller, max(value["for"], value["against"]))
        return _replace(first, value["for"], value["against"] + 1)
    if code == "tally_margin":  # the majority is written beside the tally, in its sentence
        tally = next(c for c in claims if c["type"] == "vote_tally")  # an election's: 2nd of 3
        margin = tally["value"]["margin"]
        return _replace(_sentence_of(tally), margin, margin + 7)
    if code == "tally_total":
        if check["message"].startswith("The body has"):  # make the body smaller than the vote
            tally = claims[1]["value"]
            cast = tally["for"] + tally["against"] + (tally["abstentions"] or 0)
            return _replace(first, value["number"], cast - 1)  # 'a nine-member committee' too
        return _replace(first, value["number"], value["number"] + 10)
    if code == "part_within_whole":
        return _part_within_whole(check, claims)
    if code == "percent_of_whole":
        return _percent_of_whole(claims)
    if code == "implied_whole":  # a part halved: its whole with it, and the shares still add up
        parts = claims[::2]  # (part, share) in turn
        exact = [p for p in parts if p["value"]["qualifier"] not in AT_LEAST | AT_MOST]
        part = (exact or parts)[0]  # a bound part can move its own way
        return _replace(part, part["value"]["number"], round(part["value"]["number"] / 2))
    if code == "rank_order":  # its own figure past every one set against it, the wrong way
        # in text order: the rank then its own figure, or ('At 3.6%, ... the highest') the
        # figure first; the figures set against it follow
        rank = next(c for c in claims if c["type"] == "rank")
        own = claims[1] if claims[0] is rank else claims[0]
        others = claims[2:]
        if len(others) < rank["value"]["rank"]:
            return None  # 'second-highest, ..., behind only Italy': one rival cannot upset it
        numbers = [other["value"]["number"] for other in others]
        below = min(numbers) / 2 if " higher" in check["message"] else max(numbers) + 10
        return _replace(own, own["value"]["number"], round(below, 2))
    if code == "pay_gap":  # a gap ten points wider than the two rates of pay make
        gap = next(c for c in claims if c["type"] in ("percentage", "change"))
        stated = gap["value"]["number"] if gap["type"] == "percentage" else gap["value"]["to"]
        return _replace(gap, stated, stated + 10)
    if code == "point_gap":  # a wider gap than the shares make: stated, or where a lead went
        gap = next(c for c in claims if c["type"] == "change" or c["value"]["points"])
        stated = gap["value"]["to"] if gap["type"] == "change" else gap["value"]["number"]
        return _replace(gap, stated, stated + 5)
    if code == "percent_sum":
        total = sum(c["value"]["number"] for c in claims)
        return _replace(first, value["number"], round(value["number"] + 100 - total + 10, 1))
    if code == "change_arithmetic":
        return _change(check, claims)
    if code == "repeated_figure":
        second = claims[1]
        number = second["value"].get("number", second["value"].get("against"))
        return _replace(second, number, number + 1)
    if code == "list_count":
        return _replace(first, value["number"], value["number"] + 1)
    if code == "weekday_date":
        day = _DIGITS.search(first["text"])
        if day is None:
            return None  # a bare weekday: no number to change
        return _replace(first, int(day.group(0)), int(day.group(0)) % 27 + 1)
    if code == "elapsed_time":  # the duration or the age, wherever the dates put it
        timed = next(c for c in claims if c["type"] in ("duration", "age"))
        number = timed["value"].get("number", timed["value"].get("years"))
        bound = timed["value"].get("qualifier")
        if bound in AT_LEAST:  # 'more than 30 days' holds for any time above: go well past it
            return _replace(timed, number, number * 3 + 10)
        if bound in AT_MOST:  # 'less than five years' holds for any time below: go under it
            return _replace(timed, number, max(1, number // 3))
        return _replace(timed, number, number + 10)
    if code in ("rate_total", "per_item"):  # the last figure half as large again: a total, a
        # rate or an average
        last = claims[-1]
        number = last["value"]["number"]
        return _replace(last, number, number * 1.5)
    if code == "unit_conversion":  # the conversion (a range's top) a third larger
        converted = claims[-1]
        number = converted["value"]["upper"] or converted["value"]["number"]
        return _replace(converted, number, round(number * 4 / 3 + 5))
    if code == "comparison":  # the figure set against, twice as large
        against = claims[-1]
        number = against["value"]["number"]
        return _replace(against, number, number * 2)
    if code == "sum_of_parts":  # a smaller whole: a breakdown may leave parts out, not exceed
        total = claims[-1]
        # the whole, or the one written in the first part's claim: 'Seven of the nine members'
        number = total["value"].get("of") or total["value"]["number"]
        if total["value"]["qualifier"] in AT_LEAST:  # 'more than 15 in all': past the parts
            return _replace(total, number, number * 2 + 5)
        # 40% of it: below the least the parts add up to, even with one that is at most a figure
        return _replace(total, number, max(1, number - max(5, round(number * 0.6))))
    if code == "remainder":  # what is left, half as large again
        left = claims[-1]
        number = left["value"]["number"]
        return _replace(left, number, round(number * 1.5) + 10)
    if code == "net_balance":  # the largest figure, a flow (a net is less than what made it)
        largest = max(claims, key=_net_figure)
        return _replace(largest, _net_figure(largest), _net_figure(largest) * 2)
    return None


def _net_figure(claim: dict) -> float:
    """A figure net_balance reads: a count's or sum's number, a move's size or where it went."""
    value = claim["value"]
    return next(value[k] for k in ("number", "by", "to") if value.get(k) is not None)


def _percent_of_whole(claims: list[dict]) -> tuple[int, int, str] | None:
    """A share 10 points off, or a part 30% off the share; past a bound the way it opens
    ('more than 40%' becomes 'more than 50%', 'fewer than a third, or 400' of 1,500 a part of
    650), since a bound's open side takes any share; so is a share a bound part makes ('more
    than 56 of the 125 (45%)' becomes '(35%)')."""
    counts = [c for c in claims if c["type"] == "count"]
    part_bound = next((c["value"]["qualifier"] for c in counts if c["value"]["qualifier"]
                       in AT_LEAST | AT_MOST), None)  # fmt: skip
    percent = next((c for c in claims if c["type"] == "percentage"), None)
    if percent is None:  # 'two-thirds of the 900 respondents, or 600 people': the part
        at = next(i for i, c in enumerate(claims) if c["type"] == "ratio")
        share = claims[at]["value"]
        if at + 1 == len(claims):  # '1.4 million (two-thirds)': the share restates a part
            part = claims[at - 1]
            return _replace(part, part["value"]["number"], round(part["value"]["number"] * 0.7))
        after = claims[at + 1]  # the whole follows the share
        if after["value"]["of"] is not None:  # 'Two-thirds of members, 400 of the 600': both
            part, whole_number = after, after["value"]["of"]
        else:
            part = next(c for c in counts if c is not after)
            whole_number = after["value"]["number"]
        of_whole = whole_number * share["numerator"] / share["denominator"]
        if share["qualifier"] in AT_MOST or part_bound in AT_LEAST:
            moved = of_whole * 1.5
        else:
            moved = part["value"]["number"] * 0.7
        return _replace(part, part["value"]["number"], round(moved))
    stated, upper = percent["value"]["number"], percent["value"]["upper"]
    bound = percent["value"]["qualifier"]
    if bound in AT_LEAST | AT_MOST:
        shift = -10 if bound in AT_MOST else 10
    elif part_bound is not None:
        shift = -10 if part_bound in AT_LEAST else 10
    else:
        shift = -10 if stated > 50 else 10
    if upper is not None:  # '(40-45%)': move the whole range, both bounds
        return _replace_both(percent, (stated, upper), shift)
    return _replace(percent, stated, stated + shift)


def _part_within_whole(check: dict, claims: list[dict]) -> tuple[int, int, str] | None:
    part = claims[0]
    value = part["value"]
    if part["type"] == "ratio":
        return _replace(part, value["numerator"], value["denominator"] + 10)
    if part["type"] == "rank":  # '45th out of 50' becomes '45th out of 40'
        return _replace(part, value["out_of"], max(1, value["rank"] - 5))
    if value.get("of") is not None:  # past the whole by more than a scaled figure rounds off
        if value["qualifier"] in AT_MOST:
            return None  # 'fewer than 130 of the 125' holds whatever its figure
        return _replace(part, value["number"], round(value["of"] * 1.1) + 10)
    side = "against" if " against" in check["message"] else "for"
    return _replace(part, value["number"], claims[1]["value"][side] + 10)


def _change(check: dict, claims: list[dict]) -> tuple[int, int, str] | None:
    """The change with both figures is checked; its size may be stated by another claim ('rose
    from A to B, an increase of C', 'rose 5% to B, up from A'), and its `to` may be written in
    the claim before it ('1,204 deaths last year, up from 1,050', 'The price cap is £1,928, up
    £94, or 5%')."""
    changes = [c for c in claims if c["type"] == "change"]
    change = next((c for c in reversed(changes) if c["value"]["from"] is not None), changes[-1])
    value = change["value"]
    start, end = value["from"], value["to"]
    if " is a move " in check["message"]:  # only the way it went was checked
        return _change_the_other_way(claims, change, start, end)
    if value["factor"] is not None:  # short of the multiple, or past it where that is a bound
        past = any(bound in check["message"] for bound in ("less than", "at most", "up to"))
        moved = start * value["factor"] * (1.5 if past == (value["factor"] > 1) else 0.7)
        return _replace(change, end, round(moved, 1))
    sized = next((c for c in claims if c is not change and c["value"].get("by") is not None), None)
    if sized is not None:  # make C wrong, or B when C is spelled ('a quarter of a point')
        by = sized["value"]["by"]
        return _replace(sized, by, _wrong_size(by)) or _replace(
            change, end, round(start + (end - start) * 2.5, 4)
        )
    if value["by_unit"] == "fraction":  # 'fell by a quarter': B moved half as far again
        return _replace(change, end, round(start + (end - start) * 1.5, 1))
    if value["by"] is not None:
        return _replace(change, value["by"], _wrong_size(value["by"]))
    return _change_the_other_way(claims, change, start, end)


def _wrong_size(size: float) -> float:
    """A size half as large again and 5 more; a size under one (pence as pounds: '4p' is 0.04)
    two and a half times as large, which stays near the figures it moves between."""
    return round(size * 2.5, 4) if abs(size) < 1 else round(size * 1.5 + 5, 1)


def _change_the_other_way(
    claims: list[dict], change: dict, start: float, end: float
) -> tuple[int, int, str] | None:
    """B moved to the other side of A, in whichever claim writes B."""
    for claim in (change, *claims):
        edit = _replace(claim, end, round(start + (start - end), 2))
        if edit is not None:
            return edit
    return None


def _sentence_of(claim: dict) -> dict:
    """The claim's sentence, as a span to plant in."""
    start, end = claim["sentence"]["start"], claim["sentence"]["end"]
    return {"start": start, "text": TEXT[0][start:end]}


def _replace_both(
    claim: dict, bounds: tuple[float, float], shift: float
) -> tuple[int, int, str] | None:
    """Move both figures of a range in `claim` by `shift`: one edit over the claim's text."""
    low_edit = _replace(claim, bounds[0], bounds[0] + shift)
    high_edit = _replace(claim, bounds[1], bounds[1] + shift)
    if low_edit is None or high_edit is None:
        return None
    text, start = claim["text"], claim["start"]
    (low_start, low_end, low), (high_start, high_end, high) = low_edit, high_edit
    moved = (
        text[: low_start - start]
        + low
        + text[low_end - start : high_start - start]
        + high
        + text[high_end - start :]
    )
    return start, claim["end"], moved


def _ordinal(number: float) -> str:
    """'100th', '91st', '12th'."""
    whole = int(number)
    suffix = (
        "th" if whole % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(whole % 10, "th")
    )
    return f"{whole}{suffix}"


def _replace(claim: dict, old: float, new: float) -> tuple[int, int, str] | None:
    """Replace the written number in `claim` whose value is `old` with `new`, keeping its
    scale ('£3.2bn' stays in billions). The project's own scanner reads the numbers."""
    text = claim["text"]
    for mention in scan(text):
        if mention.kind not in ("number", "ordinal") or abs(mention.value - old) >= 1e-6 * max(
            1, abs(old)
        ):
            continue
        if mention.kind == "ordinal":  # 'her 90th birthday' -> 'her 100th birthday'
            return claim["start"] + mention.start, claim["start"] + mention.end, _ordinal(new)
        start = claim["start"] + mention.start
        digits = _DIGITS.match(text, mention.start, mention.end)
        if mention.spelled or digits is None:  # 'Three cabinet ministers' -> '4 ...'
            return start, claim["start"] + mention.end, _written(new, "0")
        scale = mention.value / _value(digits.group())
        return start, start + len(digits.group()), _written(new / scale, digits.group())
    for mention in scan(text):  # a figure the claim reads in its own unit: '269m' as metres
        digits = _DIGITS.match(text, mention.start, mention.end)
        if mention.kind == "number" and digits and _value(digits.group()) == old:
            start = claim["start"] + mention.start
            return start, start + len(digits.group()), _written(new, digits.group())
    for mention in scan(text):  # pence or cents, which the claim reads in pounds or dollars
        digits = _DIGITS.match(text, mention.start, mention.end)
        hundredths = text[mention.end - 1 : mention.end] in ("p", "c")
        if (
            mention.kind == "number"
            and digits
            and hundredths
            and abs(_value(digits.group()) - old * 100) < 1e-6 * max(1, abs(old * 100))
        ):
            start = claim["start"] + mention.start
            return start, start + len(digits.group()), _written(round(new * 100, 2), "0")
    return None


def _value(written: str) -> float:
    number = float(written.replace(",", ""))
    return int(number) if number.is_integer() else number


def _written(value: float, like: str) -> str:
    if float(value).is_integer():
        return f"{int(value):,}" if "," in like or value >= 10_000 else str(int(value))
    return f"{value:g}"


def _report(caught: Counter, planted: Counter, unplantable: Counter, misses: list) -> None:
    codes = sorted(set(planted) | set(unplantable))
    print(f"{'check':20} {'planted':>8} {'caught':>7} {'rate':>7} {'no error to plant':>18}")
    for code in codes:
        rate = caught[code] / planted[code] if planted[code] else float("nan")
        print(
            f"{code:20} {planted[code]:>8} {caught[code]:>7} {rate:>7.1%} {unplantable[code]:>18}"
        )
    total_planted, total_caught = sum(planted.values()), sum(caught.values())
    overall = total_caught / total_planted if total_planted else float("nan")
    apart = sum(unplantable.values())
    print(f"{'all':20} {total_planted:>8} {total_caught:>7} {overall:>7.1%} {apart:>18}")
    for name, code, old, new in misses:
        print(f"missed: {name} {code}: {old!r} -> {new!r}")


if __name__ == "__main__":
    sys.exit(main())
