"""The consistency checks, one module per check; each has CODE, DESCRIPTION and run(claims, doc)."""

from . import part_within_whole, tally_margin, tally_outcome, weekday_date

CHECKS = (tally_outcome, tally_margin, part_within_whole, weekday_date)
