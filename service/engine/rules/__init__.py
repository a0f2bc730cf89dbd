"""The claim rules, one module per claim type; each has TYPE, PRIORITY and find(doc)."""

from . import count, date, duration, rank, vote_tally

RULES = (vote_tally, date, duration, rank, count)
CLAIM_TYPES = tuple(rule.TYPE for rule in RULES)
