"""The terminal word diff: [-deleted-]{+inserted+}, coloured only when asked.

A difference that does not count (quote marks, case, "per cent" vs "%", U.S./US) shows both
sides' wording as CriticMarkup writes a substitution, {~~A's~>B's~~} (dimmed in colour), so that
neither side reads misquoted without colour: "{+Eight +}{~~Of~>of~~} the" where B wrote "Eight of
the"; neighbouring ones with only spaces between them are one ("{~~HALLORAN WINS~>Halloran
Wins~~}"). One that is only spacing shows once, as A has it. A line break on either side stays
one (a paragraph that B splits in two shows as two lines).

The markers are not escaped (as in git's word diff): a text that holds "[-", "{+", "{~~" or "~>"
itself reads ambiguously here; the JSON export gives each span's exact wording.

Colour codes are ours alone: article text is cleaned of every control character first, so a
source cannot move the cursor, retitle the window or hide text.
"""

from __future__ import annotations

import re

from ..models import Comparison
from .common import (
    KIND_LABELS,
    block_where,
    clean,
    minor_pair_at,
    minor_run_end,
    one_line,
    percent,
    run_wordings,
    shared_words,
    summary_line,
)

RED, GREEN, DIM, BOLD, RESET = "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[1m", "\x1b[0m"
_SPACES = re.compile(r"(\s+)")


def _as_a_has_it(left: str, right: str) -> str:
    """A minor delete/insert pair as A has it, with B's spacing where only B breaks the line.

    (Their tokens pair one to one, so their runs of spaces do too.)"""
    lp, rp = _SPACES.split(left), _SPACES.split(right)
    if len(lp) != len(rp):
        return left
    return "".join(r if k % 2 and "\n" in r and "\n" not in a else a
                   for k, (a, r) in enumerate(zip(lp, rp)))


def _minor_pair(left: str, right: str) -> str:
    """A minor delete/insert pair: {~~A~>B~~}, or once as A has it when only spacing differs."""
    if left.split() == right.split():
        return _as_a_has_it(left, right)
    return f"{{~~{left}~>{right}~~}}"


def render_text(comparison: Comparison, *, color: bool = False) -> str:
    def paint(code: str, s: str) -> str:
        if not color or not s:
            return s
        # Per line, so that a pager showing part of a block still shows it coloured.
        return "\n".join(f"{code}{line}{RESET}" if line else line for line in s.split("\n"))

    left, right = comparison.left, comparison.right
    out = [
        paint(BOLD, f"--- A {one_line(left.id)}: {one_line(left.title)}"),
        paint(BOLD, f"+++ B {one_line(right.id)}: {one_line(right.title)}"),
        f"similarity {percent(comparison.similarity)}, {summary_line(comparison)}",
        f"word for word: {shared_words(comparison)}",
        "",
    ]
    for block in comparison.blocks:
        similarity = f" ({percent(block.similarity)})" if block.left and block.right else ""
        out.append(paint(DIM, f"@@ {KIND_LABELS[block.kind]} {block_where(block)}{similarity} @@"))
        parts = []
        spans = block.spans
        k = 0
        while k < len(spans):
            if minor_pair_at(spans, k):
                end = minor_run_end(spans, k)
                parts.append(paint(DIM, _minor_pair(*run_wordings(spans[k:end], clean))))
                k = end
                continue
            span = spans[k]
            k += 1
            text = clean(span.text)
            if span.minor:
                if span.op == "delete":  # (an insert of its own would have followed it)
                    parts.append(paint(DIM, text))
            elif span.op == "equal":
                parts.append(text)
            elif span.op == "delete":
                parts.append(paint(RED, f"[-{text}-]"))
            else:
                parts.append(paint(GREEN, f"{{+{text}+}}"))
        out.append("".join(parts))
        out.append("")
    return "\n".join(out)
