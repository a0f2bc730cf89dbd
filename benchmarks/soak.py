"""Soak: POST /v1/claims at 80% of the measured maximum throughput for a bounded time, then
report errors and worker memory growth: `python benchmarks/soak.py [--seconds 600]`.

Exits 1 when any request failed, a worker was replaced, or the workers' resident memory grew by
10% or more from the warmed-up start to the end (CI runs a 30-second version). Worker recycling
(`max_requests`) is off here: a recycled worker starts small again and would hide a leak."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from server import Server, hey, seed_body

MAX_RSS_GROWTH = 0.10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--fraction", type=float, default=0.8, help="of the maximum rate")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--probe-seconds", type=float, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        body = seed_body(Path(folder))
        with Server(workers=2, max_requests=0) as server:
            url = f"{server.url}/v1/claims"
            probe = hey(url, args.probe_seconds, args.concurrency, body)
            rate = probe.rate * args.fraction
            start_rss, start_pids = server.worker_rss_kib(), server.worker_pids()
            soak = hey(url, args.seconds, args.concurrency, body, rate / args.concurrency)
            end_rss, replaced = server.worker_rss_kib(), start_pids - server.worker_pids()
    growth = (end_rss - start_rss) / start_rss if start_rss else float("nan")
    print(f"maximum measured: {probe.rate:,.0f} req/s; soak target {rate:,.0f} req/s "
          f"({args.fraction:.0%}) for {args.seconds:g} s")  # fmt: skip
    print(f"soak: {soak.requests:,} requests, {soak.rate:,.0f} req/s, {soak.errors} errors, "
          f"p50 {soak.p50_ms:.2f} ms, p99 {soak.p99_ms:.2f} ms")  # fmt: skip
    print(f"worker RSS: {start_rss / 1024:.1f} MiB -> {end_rss / 1024:.1f} MiB ({growth:+.1%}, "
          f"limit +{MAX_RSS_GROWTH:.0%})")  # fmt: skip
    print(f"workers replaced during the soak: {len(replaced)} (recycling is off, so 0 is expected)")
    ok = soak.errors == 0 and soak.requests > 0 and growth < MAX_RSS_GROWTH and not replaced
    print("soak: ok" if ok else "soak: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
