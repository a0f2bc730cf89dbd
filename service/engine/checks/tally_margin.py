"""tally_margin: a stated majority or margin equals the difference between the two sides."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult, stating

CODE = "tally_margin"
DESCRIPTION = "A majority stated with a tally equals the votes for minus the votes against."
TOLERANCE = "none: votes are counted exactly"


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for claim in stating(claims, "vote_tally", "for", "against", "margin"):
        votes_for, against, margin = (claim.value[k] for k in ("for", "against", "margin"))
        difference = abs(votes_for - against)
        arithmetic = f"{max(votes_for, against):,} - {min(votes_for, against):,} = {difference:,}"
        if margin == difference:
            status, message = "consistent", f"The stated majority of {margin:,} matches: "
        else:
            status, message = "inconsistent", f"The stated majority is {margin:,}, but "
        yield CheckResult(CODE, status, message + arithmetic + ".", (claim.id,))
