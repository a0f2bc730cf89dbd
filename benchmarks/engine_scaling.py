"""Print the in-process speed of the full analysis (rules, validation, checks) on growing and
adversarial inputs: `python benchmarks/engine_scaling.py [SEED_ARTICLE]`. Figures only."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

from service.analysis import analyse

DEFAULT_SEED = Path(__file__).resolve().parents[2] / "shared/seed/000_afb372a0990edb70.txt"
PUBLISHED = dt.date(2023, 11, 16)


def median_seconds(text: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        analyse(text, PUBLISHED)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    seed_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SEED
    if not seed_path.is_file():
        print(f"no seed article at {seed_path}; pass one as the first argument", file=sys.stderr)
        return 2
    seed = seed_path.read_text("utf-8")
    cases = {
        "seed article": seed,
        "seed x25 (~110 KB)": seed * 25,
        "seed x250 (~1.1 MB)": seed * 250,
        "100 KB sentence of 1-1-1 'votes'": "MPs voted " + "1-" * 50_000 + "1.",
        "100 KB of 1,1,1": "1,1" * 33_000,
        "12,000 quotes across paragraphs": "“Go on\n\n" * 12_000,
        "8,000 quotes in one paragraph": "“a” said Bob " * 8_000,
        "6,000 dates": "on October 7 and " * 6_000,
    }
    print(f"{'input':36} {'chars':>10} {'median ms':>10} {'M chars/s':>10}")
    for label, text in cases.items():
        seconds = median_seconds(text)
        rate = len(text) / seconds / 1e6
        print(f"{label:36} {len(text):>10,} {seconds * 1000:>10.1f} {rate:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
