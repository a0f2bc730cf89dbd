"""The result of one consistency check, as the checks produce it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..document import Found


@dataclass(slots=True, frozen=True)
class CheckResult:
    check: str
    status: str  # "consistent" | "inconsistent"
    message: str
    claims: tuple[str, ...]


def stating(claims: list[Found], claim_type: str, *keys: str) -> Iterator[Found]:
    """The claims of `claim_type` whose value states every one of `keys` (none is null)."""
    for claim in claims:
        if claim.type == claim_type and all(claim.value[key] is not None for key in keys):
            yield claim


def votes(n: int) -> str:
    return f"{n:,} vote" if n == 1 else f"{n:,} votes"
