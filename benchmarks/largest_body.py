"""The slowest bodies claimdesk accepts, under gunicorn: `python benchmarks/largest_body.py`.
Each is as large as CLAIMDESK_MAX_BYTES allows. Prints the status and time of each beside the
worker timeout, and the worker's peak memory so far. Exits 1 when one is not answered with a
200 or a 4xx problem (a timeout is gunicorn's own 500)."""

from __future__ import annotations

import sys
import time
import urllib.error
import urllib.request

from engine_scaling import corpus, sized
from server import Server

from service.config import DEFAULT_MAX_BYTES
from service.gunicorn_settings import timeout as WORKER_TIMEOUT


def bodies() -> dict[str, bytes]:
    """Each within DEFAULT_MAX_BYTES once encoded; the articles' curly quotes take 3 bytes."""
    size = DEFAULT_MAX_BYTES - 1024
    votes = "MPs voted " + "1-" * ((size - 12) // 2) + "1."
    return {
        "the test articles, repeated": sized(corpus(), int(size / 1.01)).encode(),
        "'MPs voted 1-1-1-...'": votes.encode(),
        "'5 MPs, ' (a claim each)": sized("5 MPs, ", size).encode(),
        # the slowest texts pattern_sweep.py knows: no claim at all, and a tally each
        "'on Nov, 16 ' (no claims)": sized("on Nov, 16 ", size).encode(),
        "'The bill passed 52-48, '": sized("The bill passed 52-48, ", size).encode(),
    }


def main() -> int:
    failed = False
    print(f"bodies of up to {DEFAULT_MAX_BYTES:,} bytes; worker timeout {WORKER_TIMEOUT} s")
    with Server(workers=1) as server:
        for label, body in bodies().items():
            request = urllib.request.Request(
                f"{server.url}/v1/claims", data=body, headers={"Content-Type": "text/plain"}
            )
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=WORKER_TIMEOUT * 2) as response:
                    status, kind = response.status, response.headers.get_content_type()
            except urllib.error.HTTPError as error:
                status, kind = error.code, error.headers.get_content_type()
            except OSError as error:  # no answer at all: the connection dropped or timed out
                status, kind = 0, type(error).__name__
            seconds = time.perf_counter() - started
            ok = status == 200 or (400 <= status < 500 and kind == "application/problem+json")
            failed |= not ok
            peak = server.worker_rss_kib("VmHWM") / 1024
            print(f"   {label:28} {len(body):>10,} bytes  {status} {kind:26} {seconds:6.1f} s  "
                  f"peak RSS {peak:5.0f} MiB  {'ok' if ok else 'FAILED'}")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
