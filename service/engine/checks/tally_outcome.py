"""tally_outcome: the outcome a text states for a vote agrees with its for/against figures."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Found
from .result import CheckResult, stating

CODE = "tally_outcome"
DESCRIPTION = (
    "A vote said to have passed had more votes for than against; one said to have failed had "
    "no more for than against (a tie fails); one said to be tied had equal sides."
)
TOLERANCE = "none: votes are counted exactly"


def run(claims: list[Found], doc: Document) -> Iterator[CheckResult]:
    for claim in stating(claims, "vote_tally", "for", "against", "outcome"):
        value = claim.value
        votes_for, against, outcome = value["for"], value["against"], value["outcome"]
        if outcome == "passed":
            ok = votes_for > against
        elif outcome == "failed":
            ok = votes_for <= against
        else:
            ok = votes_for == against
        what = value["motion"] or "the vote"
        if what.startswith("to "):  # 'voted 7-2 to approve the plan'
            what = f"the vote {what}"
        sides = f"{votes_for:,} for and {against:,} against"
        if ok:
            message = f"{sides}: {what} {outcome}, as the text says."
        else:
            message = f"The text says {what} {outcome}, but the figures are {sides}."
        status = "consistent" if ok else "inconsistent"
        yield CheckResult(CODE, status, message, (claim.id,))
