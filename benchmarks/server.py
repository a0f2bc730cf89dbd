"""Helpers for the HTTP benchmarks: run claimdesk under gunicorn on a free loopback port, drive
it with `hey` (Debian's hey package), and read the workers' memory."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT.parent / "shared/seed/000_afb372a0990edb70.txt"


def require_hey() -> str:
    hey = shutil.which("hey")
    if hey is None:
        sys.exit("hey is not installed: apt-get install hey")
    return hey


def seed_body(folder: Path) -> Path:
    """The seed article as a POST /v1/claims JSON body (a test article when ../shared is absent)."""
    source = SEED if SEED.exists() else ROOT / "tests/articles/001_assisted_dying_vote.txt"
    body = folder / "body.json"
    body.write_text(json.dumps({"text": source.read_text("utf-8"), "published": "2023-11-16"}))
    return body


class Server:
    """gunicorn with the project's settings (gunicorn.conf.py), WEB_CONCURRENCY workers."""

    def __init__(
        self, workers: int = 2, max_requests: int | None = None, app: str = "service:create_app()"
    ) -> None:
        """`max_requests` overrides the settings' value; 0 turns worker recycling off. `app` is
        gunicorn's app spec; modules in benchmarks/ can be named too."""
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._metrics = tempfile.mkdtemp(prefix="claimdesk-bench-metrics-")
        # CLAIMDESK_BENCH_LOG names a file for the server's log; closed in stop()
        self._log = open(os.environ.get("CLAIMDESK_BENCH_LOG", os.devnull), "w")  # noqa: SIM115
        env = {
            **os.environ,
            "CLAIMDESK_BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": str(workers),
            "PROMETHEUS_MULTIPROC_DIR": self._metrics,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
        }
        command = [sys.executable, "-m", "gunicorn", app]
        if max_requests is not None:
            command += ["--max-requests", str(max_requests)]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=self._log,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/readyz", timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        sys.exit("gunicorn did not start")

    def _workers(self) -> dict[int, dict[str, str]]:
        """The /proc status fields of each of the master's worker processes, by pid."""
        found = {}
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
            except (OSError, ValueError):
                continue
            if fields.get("PPid", "").strip() == str(self.process.pid):
                found[int(status.parent.name)] = fields
        return found

    def worker_pids(self) -> set[int]:
        return set(self._workers())

    def worker_cpu_seconds(self) -> float:
        """CPU time of every worker so far: the live ones, plus those that exited (counted in
        the master's children times once it has reaped them)."""

        def times(pid: int, first: int) -> int:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                return 0
            return int(fields[first]) + int(fields[first + 1])

        ticks = times(self.process.pid, 13) + sum(times(pid, 11) for pid in self.worker_pids())
        return ticks / os.sysconf("SC_CLK_TCK")

    def worker_rss_kib(self, field: str = "VmRSS") -> int:
        """The summed resident memory of the master's worker processes, in KiB (VmHWM: the
        peak of each so far)."""
        return sum(int(f.get(field, "0 kB").split()[0]) for f in self._workers().values())

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()
        shutil.rmtree(self._metrics, ignore_errors=True)


@dataclass(frozen=True)
class Load:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def hey(url: str, seconds: float, concurrency: int, body: Path | None = None,
        rate_per_worker: float | None = None) -> Load:  # fmt: skip
    """Run hey for `seconds` at `concurrency` (optionally rate-limited) and read its CSV."""
    command = [require_hey(), "-z", f"{seconds}s", "-c", str(concurrency), "-o", "csv", "-t", "20"]
    if rate_per_worker:
        command += ["-q", f"{rate_per_worker:.2f}"]
    if body is not None:
        command += ["-m", "POST", "-T", "application/json", "-D", str(body)]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    times = sorted(float(r["response-time"]) * 1000 for r in rows)
    errors = sum(r["status-code"] != "200" for r in rows)
    elapsed = max((float(r["offset"]) + float(r["response-time"]) for r in rows), default=0.0)
    return Load(
        requests=len(rows),
        errors=errors,
        seconds=elapsed,
        p50_ms=statistics.median(times) if times else float("nan"),
        p99_ms=times[int(0.99 * (len(times) - 1))] if times else float("nan"),
    )
