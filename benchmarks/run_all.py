"""Every benchmark in turn, with one command: `python benchmarks/run_all.py [--http-seconds 15]
[--soak-seconds 600]`. Each prints its own figures; the exit status is 1 when one of them
failed to run, http_budget.py saw a failed request, a large body went unanswered, or the soak
saw an error or memory growth."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--http-seconds", type=float, default=15)
    parser.add_argument("--soak-seconds", type=float, default=600)
    args = parser.parse_args()
    steps = [
        ("engine_scaling.py", []),
        ("instruction_count.py", []),
        ("pattern_sweep.py", []),
        ("planted_errors.py", []),
        ("http_load.py", ["--seconds", str(args.http_seconds)]),
        ("http_budget.py", ["--seconds", str(args.http_seconds)]),
        ("largest_body.py", []),
        ("soak.py", ["--seconds", str(args.soak_seconds)]),
    ]
    failed = []
    for script, options in steps:
        print(f"== {script} {' '.join(options)}".rstrip(), flush=True)
        if subprocess.run([sys.executable, str(HERE / script), *options]).returncode != 0:
            failed.append(script)
        print(flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
