"""The consistency checks, one module per check; each has CODE, DESCRIPTION and run(claims, doc)."""

from . import (
    change_arithmetic,
    comparison,
    elapsed_time,
    list_count,
    part_within_whole,
    percent_of_whole,
    percent_sum,
    point_gap,
    rate_total,
    repeated_figure,
    sum_of_parts,
    tally_margin,
    tally_outcome,
    tally_total,
    unit_conversion,
    weekday_date,
)

CHECKS = (
    tally_outcome,
    tally_margin,
    tally_total,
    part_within_whole,
    percent_of_whole,
    percent_sum,
    point_gap,
    change_arithmetic,
    comparison,
    repeated_figure,
    list_count,
    weekday_date,
    elapsed_time,
    sum_of_parts,
    rate_total,
    unit_conversion,
)
