"""tally_margin: a stated majority or margin equals the difference between the two sides."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult

CODE = "tally_margin"
DESCRIPTION = "A majority stated with a tally equals the votes for minus the votes against."


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for claim in claims:
        if claim.type != "vote_tally":
            continue
        value = claim.value
        votes_for, against, margin = value["for"], value["against"], value["margin"]
        if votes_for is None or against is None or margin is None:
            continue
        difference = abs(votes_for - against)
        arithmetic = f"{max(votes_for, against):,} - {min(votes_for, against):,} = {difference:,}"
        if margin == difference:
            status, message = "consistent", f"The stated majority of {margin:,} matches: "
        else:
            status, message = "inconsistent", f"The stated majority is {margin:,}, but "
        yield CheckResult(CODE, status, message + arithmetic + ".", (claim.id,))
