"""Where the analysis spends its time, over the same articles as engine_scaling.py:
`python benchmarks/profile_analysis.py [--runs 30]`. Needs pyinstrument, which
`pip install -e '.[bench]'` installs."""

from __future__ import annotations

import argparse
import sys

from engine_scaling import PUBLISHED, corpus

from service.analysis import analyse


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("pyinstrument is not installed: pip install -e '.[bench]'")
    text = corpus()
    analyse(text, PUBLISHED)  # warm up: imports, compiled patterns
    profiler = Profiler(interval=0.0002)
    with profiler:
        for _ in range(args.runs):
            analyse(text, PUBLISHED)
    print(f"{args.runs} analyses of {len(text):,} characters")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
