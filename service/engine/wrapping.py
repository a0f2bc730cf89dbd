"""Read the line breaks of a paragraph wrapped at a fixed width as spaces, so that phrases and
sentences run on across them; every character keeps its offset."""

from __future__ import annotations

import re

from .text import BLANK_LINE

# Wrapped lines are about as long as each other, and longer than a list's items or a headline.
_MIN_WIDTH = 40
_MAX_WIDTH = 120
_EVENNESS = 0.6  # each line but the last at least this share of the longest
# One break: it is a wrap when the line after it carries on the sentence ('... more\nthan
# £300,000'), or the line before it is prose, not a headline ('..., the Office for National\n')
_CARRIES_ON = re.compile(r"[a-z0-9£$€(\"'“‘-]")
_PROSE = re.compile(r"[,;:]\s|[.!?]\s+[A-Z]|[.,;:!?\"”]$")


def unwrapped(text: str) -> str:
    """`text` with each wrapped paragraph's line breaks ('\\n', '\\r\\n') made spaces, of the
    same length; other paragraphs, and blank lines, as they are."""
    if "\n" not in text:
        return text
    pieces: list[str] = []
    start = 0
    for blank in BLANK_LINE.finditer(text):
        pieces.append(_paragraph(text[start : blank.start()]))
        pieces.append(blank.group())
        start = blank.end()
    pieces.append(_paragraph(text[start:]))
    return "".join(pieces)


def _paragraph(paragraph: str) -> str:
    lines = paragraph.split("\n")
    if len(lines) < 2 or not _wrapped(lines):
        return paragraph
    return paragraph.replace("\r\n", "  ").replace("\n", " ")


def _wrapped(lines: list[str]) -> bool:
    widths = [len(line.rstrip()) for line in lines[:-1]]
    longest = max(widths)
    if not _MIN_WIDTH <= longest <= _MAX_WIDTH or min(widths) < _EVENNESS * longest:
        return False
    if len(lines) == 2:  # one break: a headline and its first sentence may look the same
        return bool(_CARRIES_ON.match(lines[1].lstrip()) or _PROSE.search(lines[0].rstrip()))
    return True
