"""Changes as science and health copy tells them: of an absolute risk or a relative one.

"The absolute risk fell by 3%" is a change of 3 percentage points of a risk; "the diet cut the
risk by 30%" a relative change of 30%. Two facts, never one another's support.
"""

from __future__ import annotations

import re

# "absolute" or "relative" naming what changed ("the absolute risk", "in absolute terms", "an
# absolute reduction", "the absolute drop in risk"); the last of them before a figure, in its
# sentence, says which the figure is a change of.
_ABSOLUTE_OR_RELATIVE = re.compile(
    r"\b(?:(?P<abs>absolute)|relative)(?:[^\S\n]+[\w’'-]+){0,2}?[^\S\n]+(?:risks?|terms|reductions?"
    r"|differences?|benefits?|decreases?|increases?|changes?|drops?|falls?|rises?|declines?)\b",
    re.IGNORECASE)
# Right before the amount of a change: "by", or a noun of change and "of" ("a reduction of").
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"\b(?:by|(?:reductions?|decreases?|increases?|drops?|falls?|rises?|declines?|cuts?|differences?"
    r"|changes?|benefits?)[^\S\n]+of)[^\S\n]+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s")
_ABSOLUTE_REACH = 160  # characters before a figure searched for "absolute"


def absolute_change(text: str, start: int, floor: int) -> bool:
    """Whether the percent starting at ``start`` (at its hedge) is the amount of a change of an
    absolute risk ("the absolute risk fell by 30 per cent", "an absolute reduction of 3%"): its
    sentence names an absolute measure before it, no relative one after that, and "by" or a noun
    of change and "of" stand right before it. Not a level ("from 10% to 7%", "the absolute risk
    was 7%")."""
    if not _CHANGE_AMOUNT_BEFORE.search(text, max(floor, start - 30), start):
        return False
    lo = max(floor, start - _ABSOLUTE_REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    last = None
    for last in _ABSOLUTE_OR_RELATIVE.finditer(text, lo, start):
        pass
    return last is not None and last.group("abs") is not None
