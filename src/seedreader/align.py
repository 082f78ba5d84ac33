"""Pairing paragraphs of two sources and diffing the words inside each pair.

MINIMAL VERSION: to be replaced by the full aligner (split/merge, moved, token diff).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .models import Block, Comparison, Source, Span


def _as_source(value: Source | str, id: str) -> Source:
    if isinstance(value, Source):
        return value
    from .corpus import source_from_text

    return source_from_text(value, id=id, title=id)


def compare(left: Source | str, right: Source | str) -> Comparison:
    left, right = _as_source(left, "left"), _as_source(right, "right")
    lp, rp = left.paragraphs, right.paragraphs
    blocks = []
    for i in range(max(len(lp), len(rp))):
        if i < len(lp) and i < len(rp):
            sim = fuzz.ratio(lp[i], rp[i]) / 100
            if lp[i] == rp[i]:
                spans = (Span("equal", lp[i]),)
            else:
                spans = (Span("delete", lp[i]), Span("insert", rp[i]))
            blocks.append(Block("same" if lp[i] == rp[i] else "changed", (i,), (i,), sim, spans))
        elif i < len(lp):
            blocks.append(Block("left_only", (i,), (), 0.0, (Span("delete", lp[i]),)))
        else:
            blocks.append(Block("right_only", (), (i,), 0.0, (Span("insert", rp[i]),)))
    sim = fuzz.ratio(left.text, right.text) / 100
    return Comparison(left, right, sim, tuple(blocks))
