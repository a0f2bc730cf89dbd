"""Vote tallies: '293 to 125', 'passed 52-48', 'a majority of 168', 'rejected by 12 votes'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from operator import attrgetter

from ..document import CONTEXT_REACH, Document, Found
from ..positions import ByPosition
from ..scan import Mention
from .phrases import motion_near, qualifier_before

TYPE = "vote_tally"
PRIORITY = 50
_START = attrgetter("start")

_BETWEEN = re.compile(r"\s*(?:votes?\s+)?(?:to|-|–|—)\s*$")
_MOST_BETWEEN = 32  # characters either pattern can span: ' votes in favour, and '
# each side named: '310 in favour and 290 against', '51 votes for, 49 against'
_SIDES = re.compile(r"\s*(?:votes?\s+)?(?:in\s+favou?r|for)\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)
_FOR_AFTER = re.compile(r"\s*(?:votes?\s+)?(?:in\s+favou?r|for)\b", re.IGNORECASE)
_AGAINST_AFTER = re.compile(r"\s*(?:votes?\s+)?against\b", re.IGNORECASE)
_VOTES_AFTER = re.compile(r"\s+votes?\b", re.IGNORECASE)
# 'voted 51-49 to confirm the nominee': the first figure voted for what the 'to' clause says
_DANGLING = frozenset("the a an to of for its their his her this that".split())
# After a bare 'voted 52-48': the clause ends, or goes on with a time, a place or another clause
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:$|[.,;:!?)\u2013\u2014-]|(?:on|in|at|with|after|before|last|this|overnight|and|"
    r"but|while|as|when|which|that|despite|amid|following)\b)",
    re.IGNORECASE,
)
_VOTED_BEFORE = re.compile(
    r"\b(?:voted|voting|votes)\s+(?:by\s+)?(?:(?:a\s+)?majority\s+of\s+)?$", re.IGNORECASE
)
_VOTED_REACH = 32  # 'voted by a majority of '
_BY_A_MAJORITY = re.compile(r"\bby\s+(?:a\s+)?majority\s+(?:verdict\s+)?of\s+$", re.IGNORECASE)
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_A_VOTE_AFTER = re.compile(r"\s+(?:majority\s+)?(?:vote|majority|verdict|decision)\b", re.I)

_TO_ACTION = re.compile(  # after any time it was voted: 'voted 63-36 late on Friday to pass'
    r"(?:\s+(?:(?:late|early)\s+)?(?:on|in|at|last|this|overnight)(?:\s+[A-Za-z]+){0,2}?"
    r"(?=\s+to\s))?"
    r"\s+(?P<motion>to\s+(?!\d)[a-z]+"
    r"(?:\s+(?!(?:on|after|before|in|at|with|despite|and|but|while)\b)"
    r"(?:[^\s.,;:!?()]|[.,](?=\d))+){0,7})"  # a figure's point stays in it: 'a $1.2tn package'
)
_OUTCOME = re.compile(
    r"\b(?P<passed>passed|approved|carried|adopted|won|wins|cleared)\b"
    r"|\b(?P<failed>failed|fails|defeated|rejected|lost|voted\s+down|thrown\s+out|blocked"
    r"|(?:motion|amendment|bill|resolution|measure|proposal)\s+fell)\b"  # 'The motion fell'
    r"|\b(?P<tied>tied|a\s+tie)\b",
    re.IGNORECASE,
)
_VOTE_CONTEXT = re.compile(
    r"\b(?:vot\w*|ballot\w*|majority|margin|motion|amendment|bill|resolution|division|MPs|"
    r"peers|measure|proposal|referendum|budget|legislation|"
    r"(?<=[Tt]he\s)(?-i:House|Senate|Commons|Lords)|"  # 'the House passed', not 'House prices'
    r"senators|delegates|lawmakers|councillors|representatives|members|abstentions?|"
    r"abstained)\b",
    re.IGNORECASE,
)
_OUTCOME_TRIGGERS = frozenset(
    "passed approved carried adopted won wins cleared failed fails defeated rejected lost voted "
    "thrown blocked tied a motion amendment bill resolution measure proposal".split()
)
_CONTEXT_TRIGGERS = frozenset(
    "vote votes voted voting voter voters ballot ballots balloted balloting majority margin "
    "motion amendment bill resolution division mps peers measure proposal referendum budget "
    "legislation house senate commons lords senators delegates lawmakers councillors "
    "representatives members abstention abstentions abstained".split()
)
# a verb of support, then 'by' right before the tally: 'backed the assisted dying bill by'
_BACKED_WORDS = "backed supported endorsed".split()
_BACKED = re.compile(
    rf"\b(?:{'|'.join(_BACKED_WORDS)})\s+(?:(?!by\b)[\w’'-]+\s+){{0,6}}by\s+(?=\d)",
    re.IGNORECASE,
)
_BACKED_TRIGGERS = frozenset(_BACKED_WORDS)
_BACKED_REACH = 72
_MAJORITY = re.compile(r"\b(?:by\s+)?(?:a\s+)?majority\s+of\s+$", re.IGNORECASE)
# beside a full tally, a margin is its majority too ('by 311 to 112, a margin of 199'); alone,
# a margin may be a poll's lead
_MARGIN_BESIDE = re.compile(r"\b(?:by\s+)?(?:a\s+)?(?:majority|margin)\s+of\s+$", re.I)
_MAJORITY_WORD = re.compile(r"(?:majority|margin)\b", re.IGNORECASE)
_MAJORITY_TRIGGERS = frozenset(["majority", "margin"])
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_MARGIN_OF = re.compile(r"\b(?:by\s+)?(?:a\s+)?margin\s+of\s+$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent|percentage|points?\b)", re.IGNORECASE)
_VOTES_WORD = re.compile(r"\bvotes\b", re.IGNORECASE)
# A majority a party holds in a chamber ('hold a narrow majority of 4'), or one written as the
# seats on each side ('a majority of 219 to 212'), is no vote's margin
_HELD = re.compile(
    r"\b(?:holds?|held|holding|has|have|had|enjoys?|enjoyed|commands?|commanded)\s+(?:a\s+|its\s+|"
    r"their\s+)?(?:(?:narrow|slim|wafer-thin|working|comfortable|large|big|huge|overall|"
    r"slender)\s+)?$",
    re.IGNORECASE,
)
_OWNED = re.compile(
    r"(?:['’]s|\b(?:its|their|his|her|our))\s+(?:(?:narrow|slim|working|overall|commons|"
    r"parliamentary|large|big|huge|comfortable|new|reduced)\s+)?$",
    re.IGNORECASE,
)
_PAIRED = re.compile(
    r"\s*(?:to|-|–)\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.I
)
# "3 abstentions", "three members abstained"
_ABSTAINED = r"(?:abstentions?|abstained|abstaining)\b"
_ABSTAIN_WORD = re.compile(_ABSTAINED, re.IGNORECASE)  # looked up before _ABSTAIN_AFTER
_ABSTAIN_TRIGGERS = frozenset(["abstention", "abstentions", "abstained", "abstaining"])
_ABSTAIN_AFTER = re.compile(rf"(?:\s+[A-Za-z]+){{0,2}}?\s+{_ABSTAINED}", re.IGNORECASE)


def find(doc: Document) -> Iterator[Found]:
    text = doc.text
    whole = [m for m in doc.mentions if m.kind == "number" and isinstance(m.value, int)]
    numbers = ByPosition(whole, _START)
    used: set[int] = set()
    outcomes = doc.keywords(_OUTCOME, _OUTCOME_TRIGGERS)
    backed = doc.keywords(_BACKED, _BACKED_TRIGGERS)
    for first, second in pairwise(whole):
        if (
            first.start in used
            or second.start - first.end > _MOST_BETWEEN
            or not (
                _BETWEEN.match(text, first.end, second.start)
                or _SIDES.match(text, first.end, second.start)
            )
        ):
            continue
        after = text[second.end : second.end + 24].lower()
        if not (
            "for" in after or "favour" in after or "against" in after or " to " in after
        ) and not (  # the cheapest first: most texts have no outcome or support word at all
            _a_vote(text, first, second)
            or _voted_before(text, first)
            or (
                outcomes.items
                and outcomes.within(max(0, first.start - CONTEXT_REACH), second.end + CONTEXT_REACH)
            )
            or (backed.items and _backed_by(doc, first))
        ):
            continue  # neither a side nor an outcome near: cheap to rule out before the rest
        if _SHARE_AFTER.match(text, second.end):
            continue  # 'He won 420 votes - 3% of those cast': a share of them, not a side
        found = _tally(doc, first, second, numbers)
        if found:
            used.update((first.start, second.start, found.links.get("margin_at", -1)))
            yield found
    for mention in whole:
        window = text[max(0, mention.start - 24) : mention.start]
        if mention.start not in used and (
            "majority" in window or "by" in window or "margin" in window
        ):
            found = _margin_only(doc, mention)
            if found:
                yield found


def _backed_by(doc: Document, first: Mention) -> bool:
    """'MPs backed the bill by 330 votes to 275', 'was supported by 68 to 32': the first
    figure is the side that backed it."""
    hits = doc.keywords(_BACKED, _BACKED_TRIGGERS).within(first.start - _BACKED_REACH, first.start)
    return any(hit.end() == first.start for hit in hits)


def _tally(doc: Document, first: Mention, second: Mention, numbers: ByPosition[Mention]):
    text = doc.text
    s_start, s_end = doc.context(first.start, second.end)
    if not doc.keywords(_VOTE_CONTEXT, _CONTEXT_TRIGGERS).within(s_start, s_end):
        return None
    a, b = first.value, second.value
    end = second.end
    votes = _VOTES_AFTER.match(text, end)
    if votes:
        end = votes.end()
    sides = _SIDES.match(text, first.end, second.start)
    against = _AGAINST_AFTER.match(text, end)
    if sides and not against:
        return None  # '310 for and 290 more': the second is no side
    if sides:
        end = against.end()  # '310 in favour and 290 against'
    outcome = _outcome(doc, s_start, s_end, first.start)
    voted = _voted_before(text, first)
    action = voted and _TO_ACTION.match(text, end, s_end)
    motion = _without_dangling_words(action.group("motion")) if action else None
    if sides or _FOR_AFTER.match(text, end):
        votes_for, votes_against, direction = a, b, "stated"
    elif _AGAINST_AFTER.match(text, end):
        votes_for, votes_against, direction = b, a, "stated"
    elif action or _backed_by(doc, first):  # 'voted 51-49 to confirm', 'backed by 330 to 275'
        votes_for, votes_against, direction = a, b, "stated"
    elif outcome == "passed":
        votes_for, votes_against, direction = max(a, b), min(a, b), "from_outcome"
    elif outcome in ("failed", "tied"):
        votes_for, votes_against, direction = min(a, b), max(a, b), "from_outcome"
    elif (voted and _CLAUSE_GOES_ON.match(text, end)) or _a_vote(text, first, second):
        # 'The Senate voted 52-48.', 'in an 8-1 vote': for, then against, as news style writes
        # them; not 'voted 5 to 10 times', where a noun counted follows
        votes_for, votes_against, direction = a, b, "voted"
    else:
        return None  # "52-48" with neither a side nor an outcome is not a checkable tally
    margin = _margin_in(doc, numbers, s_start, s_end, exclude=(first, second))
    value = {
        "for": votes_for,
        "against": votes_against,
        "abstentions": _abstentions(doc, numbers, s_start, s_end),
        "outcome": outcome,
        "margin": margin.value if margin else None,
        "motion": motion or motion_near(doc, s_start, s_end, first.start),
    }
    links = {"direction": direction, "margin_at": margin.start if margin else -1}
    return Found(TYPE, first.start, end, value, links=links)


def _a_vote(text: str, first: Mention, second: Mention) -> bool:
    """'in an 8-1 vote', 'by a 6-3 majority', 'a 10-2 majority verdict': the tally written as
    the vote's own figure."""
    return bool(  # a space first: a run of figures ('1-1-1') fails before any pattern runs
        text.startswith(" ", second.end)
        and _A_VOTE_AFTER.match(text, second.end)
        and _A_BEFORE.search(text, max(0, first.start - 4), first.start)
    )


def _voted_before(text: str, first: Mention) -> bool:
    """'voted 52-48', 'voted by 293 to 125', 'voting 6-3', 'voted by a majority of 5-4': a vote
    right before the tally's first figure; or a verdict or decision reached by one: 'convicted
    him by a majority of 11 to 1' (not a majority held, 'hold a majority of 219 to 212', nor
    a ratio in words, 'by a majority of three to one')."""
    start = max(0, first.start - _VOTED_REACH)
    window = text[start : first.start]
    # the common case, ruled out before either pattern is tried at each position
    if ("vot" in window or "Vot" in window or "VOT" in window) and _VOTED_BEFORE.search(
        text, start, first.start
    ):
        return True
    # in figures: 'backed it by a majority of three to one' is a ratio
    return (
        not first.spelled
        and "majority" in window
        and _BY_A_MAJORITY.search(text, start, first.start) is not None
    )


def _without_dangling_words(phrase: str) -> str:
    """'to approve a cut to the' (cut off at its eighth word) -> 'to approve a cut'."""
    words = phrase.split()
    while len(words) > 2 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words)


def _margin_only(doc: Document, mention: Mention) -> Found | None:
    """'a majority of 168' or 'rejected by 12 votes' with no full tally."""
    text = doc.text
    majority = _MAJORITY.search(text, max(0, mention.start - 24), mention.start) or (
        _votes_margin(doc, mention)
    )
    hedge, hedge_start = qualifier_before(text, mention.start)  # 'by just six votes'
    by_at = hedge_start if hedge == "exact" else mention.start  # not 'by more than 1,000'
    by_votes = _BY.search(text, max(0, by_at - 4), by_at) and (
        _VOTES_AFTER.match(text, mention.end)
    )
    if not (majority or by_votes):
        return None
    if majority and (
        _HELD.search(text, max(0, majority.start() - 24), majority.start())
        or _OWNED.search(text, max(0, majority.start() - 24), majority.start())
        or _PAIRED.match(text, mention.end)
    ):
        # 'Republicans hold a narrow majority of 219 to 212', "Labour's majority of 174 is the
        # largest since 1997": seats, not a vote
        return None
    s_start, s_end = doc.context(mention.start, mention.end)
    if (majority and majority.start() < s_start) or (by_votes and mention.start - 3 < s_start):
        return None  # the words belong to the sentence before
    outcome = _outcome(doc, s_start, s_end, mention.start)
    if majority and outcome is None:
        outcome = "passed"
    if outcome is None:
        return None
    start = majority.start() if majority else by_at
    end = by_votes.end() if by_votes else mention.end
    value = {
        "for": None,
        "against": None,
        "abstentions": None,
        "outcome": outcome,
        "margin": mention.value,
        "motion": motion_near(doc, s_start, s_end, mention.start),
    }
    return Found(TYPE, start, end, value, links={"direction": "none", "margin_only": True})


def _votes_margin(doc: Document, mention: Mention) -> re.Match[str] | None:
    """'312 electoral college votes to Ms Harris's 226, a margin of 86': a margin in a sentence
    that counts votes is a majority ('won by a margin of 3 points' is no count of votes)."""
    text = doc.text
    margin = _MARGIN_OF.search(text, max(0, mention.start - 24), mention.start)
    if margin is None or _SHARE_AFTER.match(text, mention.end):
        return None
    return margin if _VOTES_WORD.search(text, *doc.context(mention.start, mention.end)) else None


def _outcome(doc: Document, s_start: int, s_end: int, at: int) -> str | None:
    """The outcome word nearest to the tally within its sentence."""
    match = doc.keywords(_OUTCOME, _OUTCOME_TRIGGERS).nearest(s_start, s_end, at)
    return match.lastgroup if match else None


def _abstentions(
    doc: Document, numbers: ByPosition[Mention], s_start: int, s_end: int
) -> int | None:
    """The number right before 'abstentions' / '(members) abstained', with no number between."""
    if not doc.keywords(_ABSTAIN_WORD, _ABSTAIN_TRIGGERS).within(s_start, s_end):
        return None  # the common case, found by a look-up
    text = doc.text
    inside = numbers.within(s_start, s_end)
    for index, mention in enumerate(inside):
        match = _ABSTAIN_AFTER.match(text, mention.end)
        following = inside[index + 1].start if index + 1 < len(inside) else s_end
        if match and match.end() <= following:
            return mention.value
    return None


def _margin_in(doc, numbers: ByPosition[Mention], s_start, s_end, exclude) -> Mention | None:
    """A majority stated in the same sentence as a full tally ('..., a majority of 168'), or
    the votes it was won or lost by ('rejected by 30 votes, 290 to 260')."""
    text = doc.text
    majority = doc.keywords(_MAJORITY_WORD, _MAJORITY_TRIGGERS).within(s_start, s_end)
    for mention in numbers.within(s_start, s_end):
        if any(mention is excluded for excluded in exclude):
            continue
        if (
            majority
            and _MARGIN_BESIDE.search(text, max(s_start, mention.start - 24), mention.start)
            and not _PAIRED.match(text, mention.end)  # 'a majority of two to one': a ratio
        ):
            return mention
        votes = _BY.search(text, max(s_start, mention.start - 4), mention.start) and (
            _VOTES_AFTER.match(text, mention.end)
        )
        # 'by 30 votes', but not another tally: '... and the Lords by 100 votes to 80'
        if votes and not _PAIRED.match(text, votes.end()):
            return mention
    return None
