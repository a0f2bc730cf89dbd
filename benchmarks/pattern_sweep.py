"""Every text of every rule and check corpus, repeated into one long sentence, timed at two
sizes: `python benchmarks/pattern_sweep.py [--size 200000]`. Prints the texts whose analysis
grows faster than their length (a look-up that walks the whole sentence for each claim) or
passes the adversarial limit of 0.5 s per 100 KB; asserts nothing, and exits 0 either way.

Each corpus text is a pattern the rules read closely, so this finds the costly repetitions that
no list of hand-made adversarial inputs names ('In all 53,112 attended, ' x 3,300 took 7.6 s
before sum_of_parts looked back over a bounded list)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from service.analysis import analyse

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    *sorted((ROOT / "service/engine/rules").glob("*.corpus.json")),
    *sorted((ROOT / "service/engine/checks").glob("*.corpus.json")),
]
PUBLISHED = dt.date(2023, 11, 16)
LIMIT_S_PER_100_KB = 0.5  # as engine_scaling.py's adversarial inputs
GROWTH = 5.5  # four times the text taking more than 5.5 times as long: not linear
_SENTENCE_END = re.compile(r"[.!?]+(\s|$)")


def corpus_texts() -> list[str]:
    texts: set[str] = set()
    for path in CORPORA:
        corpus = json.loads(path.read_text("utf-8"))
        for example in corpus.get("examples", []):
            texts.update(example["forms"])
        for key in ("negative", "never", "consistent", "inconsistent", "silent"):
            texts.update(t if isinstance(t, str) else t["text"] for t in corpus.get(key, []))
    return sorted(texts)


def one_sentence(text: str, size: int) -> str:
    """`text` with its full stops made commas, repeated to `size` characters."""
    piece = _SENTENCE_END.sub(r",\1", " ".join(text.split())) + " "
    return (piece * (size // len(piece) + 1))[:size]


def seconds(text: str) -> float:
    started = time.perf_counter()
    analyse(text, PUBLISHED)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=200_000, help="the larger size, in chars")
    args = parser.parse_args()
    limit = LIMIT_S_PER_100_KB * args.size / 100_000
    texts = corpus_texts()
    started = time.perf_counter()
    flagged = []
    slowest = (0.0, "")
    for text in texts:
        small = seconds(one_sentence(text, args.size // 4))
        large = seconds(one_sentence(text, args.size))
        growth = large / max(small, 1e-4)
        slowest = max(slowest, (large, text))
        if large > limit or (growth > GROWTH and large > 0.05):
            flagged.append((large, growth, text))
    print(f"{len(texts)} corpus texts, each as one sentence of {args.size // 4:,} and "
          f"{args.size:,} characters ({time.perf_counter() - started:.0f} s)")  # fmt: skip
    print(f"slowest: {slowest[0]:.3f} s for {slowest[1]!r}")
    if not flagged:
        print(f"none grows faster than its length or passes {limit:.2f} s")
    for large, growth, text in sorted(flagged, reverse=True):
        print(f"   {large:7.3f} s  x{growth:4.1f} for 4x the text  {text[:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
