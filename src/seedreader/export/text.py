"""The terminal word diff: [-deleted-]{+inserted+}, coloured only when asked."""

from __future__ import annotations

from ..models import Comparison

RED, GREEN, DIM, BOLD, RESET = "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[1m", "\x1b[0m"


def render_text(comparison: Comparison, *, color: bool = False) -> str:
    def paint(code: str, s: str) -> str:
        return f"{code}{s}{RESET}" if color else s

    left, right = comparison.left, comparison.right
    out = [
        paint(BOLD, f"--- {left.id}: {left.title}"),
        paint(BOLD, f"+++ {right.id}: {right.title}"),
        f"similarity {comparison.similarity:.0%}",
        "",
    ]
    for block in comparison.blocks:
        where = (f"L{','.join(str(i + 1) for i in block.left) or '-'} "
                 f"R{','.join(str(i + 1) for i in block.right) or '-'}")
        out.append(paint(DIM, f"@@ {block.kind} {where} ({block.similarity:.0%}) @@"))
        parts = []
        for span in block.spans:
            if span.op == "equal":
                parts.append(span.text)
            elif span.op == "delete":
                parts.append(paint(RED, f"[-{span.text}-]"))
            else:
                parts.append(paint(GREEN, f"{{+{span.text}+}}"))
        out.append("".join(parts))
        out.append("")
    return "\n".join(out)
