"""In-process speed of the full analysis (rules, schema validation, checks):
`python benchmarks/engine_scaling.py`. Prints figures; asserts nothing.

1. Throughput over the test articles (tests/articles/ and the seed), beside a plain
   re.finditer(r"\\w+") pass over the same text: the floor to beat.
2. Scaling: 10 KB, 100 KB and 1 MB of concatenated articles; 1 MB against 100 x 10 KB.
3. Adversarial 100 KB inputs, each against the 0.5 s target."""

from __future__ import annotations

import datetime as dt
import re
import statistics
import sys
import time
from pathlib import Path

from service.analysis import analyse

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2023, 11, 16)
TARGET_CHARS_PER_SECOND = 1_000_000
ADVERSARIAL_LIMIT_S = 0.5


def corpus() -> str:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "tests/articles").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT.parent / "shared/seed").glob("*.txt"))]
    return "\n\n".join(texts)


def median_seconds(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sized(text: str, size: int) -> str:
    return (text * (size // len(text) + 1))[:size]


def adversarial_inputs() -> dict[str, str]:
    """The adversarial 100 KB inputs, by label."""
    return {
        "one 100 KB run of digits": "1234567890" * 10_000,
        "1,1,1,1... for 100 KB": "1," * 50_000,
        "one 100 KB sentence of 1-1-1 'votes'": "MPs voted " + "1-" * 50_000 + "1.",
        "one 100 KB sentence of words": "the amendment was backed by members " * 2_800,
        "12,000 quotes across paragraphs": "“Go on\n\n" * 12_000,
        "8,000 quotes in one paragraph": "“a” said Bob " * 8_000,
        "6,000 dates in one sentence": "on October 7 and " * 6_000,
        "nested brackets 50,000 deep": "(" * 50_000 + "5 MPs" + ")" * 50_000,
        "12,500 money amounts": "£3.2bn, " * 12_500,
        # a claim every 7 characters; over HTTP, CLAIMDESK_MAX_CLAIMS refuses it before validation
        "14,286 counts in one sentence": "5 MPs, " * 14_286,
        # a source for each claim, all in one sentence: each looked for within 300 characters
        "2,778 'according to' in one sentence": "according to police 27 people died, " * 2_778,
        # each total looks back over at most 20 parts, not the whole sentence
        "4,167 totals in one sentence": "In all 53,112 attended, " * 4_167,
        # each net figure looks for its flows within 200 characters, not the whole sentence
        "4,000 net figures in one sentence": "net migration was 5,000, " * 4_000,
        "2,041 nets with their flows in one sentence": (
            "net migration was 100, 300 arrived and 200 left, " * 2_041
        ),
    }


def main() -> int:
    text = corpus()
    analyse(text, PUBLISHED)  # warm up: imports, compiled patterns
    engine = median_seconds(lambda: analyse(text, PUBLISHED))
    floor = median_seconds(lambda: sum(1 for _ in re.finditer(r"\w+", text)))
    rate = len(text) / engine
    print(f"1. Throughput over {len(text):,} characters of articles (median of 5 runs)")
    print(
        f"   claimdesk analysis      {rate:>14,.0f} chars/s   (target {TARGET_CHARS_PER_SECOND:,})"
    )
    print(f"   re.finditer(r'\\w+')     {len(text) / floor:>14,.0f} chars/s")
    print(f"   floor / claimdesk       {engine / floor:>14.1f} x slower than the floor")

    print("2. Scaling")
    ten_kb = median_seconds(lambda: analyse(sized(text, 10_000), PUBLISHED), runs=9)
    for size in (10_000, 100_000, 1_000_000):
        piece = sized(text, size)
        seconds = median_seconds(lambda piece=piece: analyse(piece, PUBLISHED), runs=3)
        print(f"   {size:>9,} chars   {seconds * 1000:>9.1f} ms   {size / seconds:>12,.0f} chars/s")
        if size == 1_000_000:
            ratio = seconds / (100 * ten_kb)
            print(f"   1 MB takes {ratio:.2f} x the time of 100 x 10 KB (target: within 1.3 x)")

    print(f"3. Adversarial inputs (target: each under {ADVERSARIAL_LIMIT_S} s)")
    cases = adversarial_inputs()
    for label, case in cases.items():
        seconds = median_seconds(lambda case=case: analyse(case, PUBLISHED), runs=3)
        verdict = "ok" if seconds < ADVERSARIAL_LIMIT_S else "OVER"
        print(f"   {label:38} {len(case):>9,} chars {seconds * 1000:>8.1f} ms  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
