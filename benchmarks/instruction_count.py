"""Instructions, not seconds, that one analysis costs, counted by valgrind's callgrind:
`python benchmarks/instruction_count.py [--inputs articles "14,286 counts in one sentence" ...]`
(by default the test articles and the three heaviest adversarial inputs; `--inputs all` for
every one, about half a minute each). The count is the same run after run on a shared, noisy
machine (with one hash seed), so two commits can be compared where timings cannot. Prints
figures; asserts nothing. Needs valgrind (Debian's package).

The process is counted once up to the analysis, and once through it for each input; the
difference is the analysis itself, without the start-up and the imports."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from engine_scaling import PUBLISHED, adversarial_inputs, corpus

ARTICLES = "articles"
HEAVIEST = (
    "one 100 KB sentence of 1-1-1 'votes'",
    "12,500 money amounts",
    "14,286 counts in one sentence",
)
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _text(name: str) -> str:
    return corpus() if name == ARTICLES else adversarial_inputs()[name]


def _child(name: str, analyse_it: bool) -> None:
    """What valgrind runs: the imports and a warm-up analysis, then the input's, if asked."""
    from service.analysis import analyse

    text = _text(name)
    analyse(corpus()[:2000], PUBLISHED)  # compiled patterns and first-use caches
    if analyse_it:
        analyse(text, PUBLISHED)


def _instructions(name: str, analyse_it: bool) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/callgrind.out",
            sys.executable, __file__, "--child", name, *(["--analyse"] if analyse_it else []),
        ]  # fmt: skip
        # one hash seed: the engine builds some patterns from sets ('May|Jun|...'), whose order,
        # and so the instructions a match takes, would otherwise change from run to run
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return int(_REFS.search(done.stderr).group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inputs", nargs="+", default=[ARTICLES, *HEAVIEST])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--analyse", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.analyse)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind); nothing counted")
        return 1
    known = [ARTICLES, *adversarial_inputs()]
    inputs = known if args.inputs == ["all"] else args.inputs
    unknown = [name for name in inputs if name not in known]
    if unknown:
        print(f"unknown inputs: {', '.join(unknown)}; known: all, {', '.join(known)}")
        return 1
    start_up = _instructions(ARTICLES, False)  # building an input's text costs next to nothing
    print(f"start-up and a 2,000-character warm-up: {start_up:,} instructions")
    print(f"{'input':38} {'characters':>11} {'instructions':>15} {'per character':>14}")
    for name in inputs:
        size = len(_text(name))
        spent = _instructions(name, True) - start_up
        print(f"{name:38} {size:>11,} {spent:>15,} {spent / size:>14,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
