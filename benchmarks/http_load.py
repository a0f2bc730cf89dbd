"""HTTP throughput and latency of POST /v1/claims (the seed article) beside GET /healthz on the
same gunicorn server (2 workers), each for a bounded time at fixed concurrency on loopback:
`python benchmarks/http_load.py [--seconds 15] [--concurrency 8]`. Prints figures only.

A third load posts a one-word article: what a POST costs with next to no extraction. Its ratio
to /healthz is the ceiling that the seed's ratio can approach as the engine gets faster.
Beside each load, the workers' CPU time per request: where the seed's time goes."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from server import Load, Server, hey, seed_body

TARGET_RATIO = 0.5


def measured(server: Server, path: str, seconds: float, concurrency: int,
             body: Path | None = None) -> tuple[Load, float]:  # fmt: skip
    """The load, and the workers' CPU milliseconds per request during it."""
    before = server.worker_cpu_seconds()
    load = hey(f"{server.url}{path}", seconds, concurrency, body)
    cpu_ms = (server.worker_cpu_seconds() - before) * 1000
    return load, cpu_ms / load.requests if load.requests else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        body = seed_body(Path(folder))
        word = Path(folder) / "word.json"
        word.write_text(json.dumps({"text": "Hello", "published": "2023-11-16"}))
        with Server(workers=2) as server:
            hey(f"{server.url}/v1/claims", 2, args.concurrency, body)  # warm up the workers
            load = (args.seconds, args.concurrency)
            claims = measured(server, "/v1/claims", *load, body)
            health = measured(server, "/healthz", *load)
            one_word = measured(server, "/v1/claims", *load, word)
            rss = server.worker_rss_kib()
    print(f"gunicorn, 2 workers, {args.concurrency} concurrent clients, {args.seconds:g} s each")
    print(f"{'endpoint':22} {'requests':>9} {'errors':>7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'worker CPU ms/req':>18}")  # fmt: skip
    loads = (("POST /v1/claims (seed)", claims), ("GET /healthz", health),
             ("POST one-word article", one_word))  # fmt: skip
    for name, (load, cpu_ms) in loads:
        print(f"{name:22} {load.requests:>9,} {load.errors:>7} {load.rate:>9,.0f} "
              f"{load.p50_ms:>8.2f} {load.p99_ms:>8.2f} {cpu_ms:>18.2f}")  # fmt: skip
    ratio = claims[0].rate / health[0].rate if health[0].rate else float("nan")
    ceiling = one_word[0].rate / health[0].rate if health[0].rate else float("nan")
    print(f"claims / healthz throughput ratio: {ratio:.2f} (target >= {TARGET_RATIO})")
    print(f"one-word article / healthz: {ceiling:.2f} (the ceiling with no extraction to do)")
    print(f"worker RSS after the run: {rss / 1024:.1f} MiB (2 workers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
