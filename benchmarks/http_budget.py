"""Where a seed request's time goes over HTTP, and what is left for the analysis at the target
ratio: `python benchmarks/http_budget.py [--seconds 15] [--concurrency 8]`. Prints figures only.

The same load as http_load.py (the seed POST beside /healthz, gunicorn with 2 workers) runs
against three servers: claimdesk as served; with the rules' finds reused (budget_app.py), so
that a request costs schema validation, checks and the HTTP stack; and with the whole answer
reused, so that it costs the HTTP stack alone. The differences in workers' CPU per request give
the cost of the rules and of the validation."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from http_load import TARGET_RATIO, measured
from server import Server, hey, seed_body

STAGES = (
    ("as served", "service:create_app()"),
    ("rules' finds reused", "budget_app:finds_reused()"),
    ("whole answer reused", "budget_app:answers_reused()"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    load = (args.seconds, args.concurrency)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        body = seed_body(Path(folder))
        for name, app in STAGES:
            with Server(workers=2, app=app) as server:
                hey(f"{server.url}/v1/claims", 2, args.concurrency, body)  # warm up, fill caches
                seed, seed_cpu = measured(server, "/v1/claims", *load, body)
                health, health_cpu = measured(server, "/healthz", *load)
            rows.append((name, seed, seed_cpu, health, health_cpu))
    print(f"gunicorn, 2 workers, {args.concurrency} concurrent clients, {args.seconds:g} s each")
    print(f"{'server':22} {'seed req/s':>11} {'errors':>7} {'p99 ms':>7} {'healthz req/s':>14} "
          f"{'ratio':>6} {'worker CPU ms/seed req':>23}")  # fmt: skip
    for name, seed, seed_cpu, health, _ in rows:
        ratio = seed.rate / health.rate if health.rate else float("nan")
        print(f"{name:22} {seed.rate:>11,.0f} {seed.errors:>7} {seed.p99_ms:>7.2f} "
              f"{health.rate:>14,.0f} {ratio:>6.2f} {seed_cpu:>23.2f}")  # fmt: skip
    served, finds, answers = (row[2] for row in rows)
    healthz_cpu = rows[0][4]
    print(f"worker CPU per seed request: the rules {served - finds:.2f} ms, validation, checks "
          f"and building the answer {finds - answers:.2f} ms, the HTTP stack {answers:.2f} ms "
          f"(/healthz: {healthz_cpu:.2f} ms)")  # fmt: skip
    # Under this load the cores are saturated, so a request costs the machine (workers, hey and
    # the kernel together) cores / rate; at the target the seed's rate is TARGET_RATIO x healthz's.
    # /healthz is the same on all three servers: their mean is the steadier figure.
    cores = len(os.sched_getaffinity(0))
    healthz_rate = sum(row[3].rate for row in rows) / len(rows)
    at_target_ms = cores / (TARGET_RATIO * healthz_rate) * 1000
    http_ms = cores / rows[2][1].rate * 1000
    print(f"at the target ratio ({TARGET_RATIO}) a seed request may cost the {cores} cores "
          f"about {at_target_ms:.2f} ms; the HTTP stack and the load generator take "
          f"{http_ms:.2f} ms of it, which leaves the analysis (rules and validation) about "
          f"{at_target_ms - http_ms:.2f} ms. It takes {served - answers:.2f} ms.")  # fmt: skip
    return 1 if any(row[1].errors or row[3].errors for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
