"""The result of one consistency check, as the checks produce it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class CheckResult:
    check: str
    status: str  # "consistent" | "inconsistent"
    message: str
    claims: tuple[str, ...]


def votes(n: int) -> str:
    return f"{n:,} vote" if n == 1 else f"{n:,} votes"
