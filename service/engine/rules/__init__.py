"""The claim rules, one module per claim type; each has TYPE, PRIORITY and find(doc)."""

from . import (
    age,
    change,
    count,
    date,
    duration,
    money,
    percentage,
    quantity,
    rank,
    ratio,
    vote_tally,
)

RULES = (vote_tally, change, money, age, ratio, percentage, date, quantity, duration, rank, count)
CLAIM_TYPES = tuple(rule.TYPE for rule in RULES)
