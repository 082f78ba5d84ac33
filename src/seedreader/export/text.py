"""The terminal word diff: [-deleted-]{+inserted+}, coloured only when asked.

Colour codes are ours alone: article text is cleaned of every control character first, so a
source cannot move the cursor, retitle the window or hide text.
"""

from __future__ import annotations

from ..models import Comparison
from .common import KIND_LABELS, block_where, clean, one_line, percent, summary_line

RED, GREEN, DIM, BOLD, RESET = "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[1m", "\x1b[0m"


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
        "",
    ]
    for block in comparison.blocks:
        similarity = f" ({percent(block.similarity)})" if block.left and block.right else ""
        out.append(paint(DIM, f"@@ {KIND_LABELS[block.kind]} {block_where(block)}{similarity} @@"))
        parts = []
        for span in block.spans:
            text = clean(span.text)
            if span.op == "equal":
                parts.append(text)
            elif span.op == "delete":
                parts.append(paint(DIM if span.minor else RED, f"[-{text}-]"))
            else:
                parts.append(paint(DIM if span.minor else GREEN, f"{{+{text}+}}"))
        out.append("".join(parts))
        out.append("")
    return "\n".join(out)
