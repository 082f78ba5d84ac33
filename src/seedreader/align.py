"""``compare(left, right)``: paragraphs of two sources aligned into blocks, words diffed inside.

Pairing (which paragraphs belong together) lives in ``pairing``, the word diff in ``worddiff``;
this module turns both into the blocks of a ``Comparison``.
"""

from __future__ import annotations

from bisect import bisect_right

from .models import Block, Comparison, Source, Span
from .pairing import in_place, pair_paragraphs
from .worddiff import diff_texts, has_change


def _as_source(value: Source | str, id: str) -> Source:
    if isinstance(value, Source):
        return value
    if not isinstance(value, str):
        raise TypeError(f"compare() takes Sources or strings, not {type(value).__name__}")
    from .corpus import source_from_text

    return source_from_text(value, id=id)


def _alone(kind: str, index: int, text: str) -> Block:
    spans = (Span("delete" if kind == "left_only" else "insert", text),) if text else ()
    if kind == "left_only":
        return Block("left_only", (index,), (), 0.0, spans)
    return Block("right_only", (), (index,), 0.0, spans)


def compare(left: Source | str, right: Source | str) -> Comparison:
    """Align the paragraphs of ``left`` and ``right`` and diff the words of each aligned pair.

    Strings are read as article text (``corpus.source_from_text``, ids "left" and "right").

    Blocks: a paragraph pairs with the paragraph that best says the same thing, wherever it is;
    one paragraph may pair with 2–3 consecutive paragraphs of the other side (split/merge). Of
    the pairs, the longest chain in the same order on both sides stays in place — "same" when the
    words are equal after normalisation, "changed" otherwise — and the rest are "moved".
    Paragraphs without a counterpart are "left_only" / "right_only". Every paragraph index of each
    side is in exactly one block.

    Block order (rows of a side-by-side reader): the left side's order; each right_only block is
    inserted just before the first in-place block whose right paragraphs come after it (so after
    any left_only or moved blocks in between), or at the end when there is none.

    ``Comparison.similarity`` is the share of all text (both sides, in characters) that is
    matched, each block weighted by its own similarity.
    """
    left, right = _as_source(left, "left"), _as_source(right, "right")
    lp, rp = left.paragraphs, right.paragraphs
    headings = tuple({i for i, seg in enumerate(side.segments) if seg.kind == "heading"}
                     for side in (left, right))
    matches = sorted(pair_paragraphs(lp, rp, headings), key=lambda m: m.left[0])
    placed = in_place(matches)

    rows: list[tuple[int, Block]] = []  # (first left index, block)
    anchors: list[tuple[int, int]] = []  # (first right index, row) of in-place blocks
    weighted = 0.0
    paired_left: set[int] = set()
    paired_right: set[int] = set()
    for match, stays in zip(matches, placed):
        ltext = "\n".join(lp[i] for i in match.left)
        rtext = "\n".join(rp[j] for j in match.right)
        spans, sim = diff_texts(ltext, rtext)
        if not stays:
            kind = "moved"
        else:
            kind = "changed" if has_change(spans) else "same"
            anchors.append((match.right[0], len(rows)))
        rows.append((match.left[0], Block(kind, match.left, match.right, sim, spans)))
        weighted += sim * (sum(len(lp[i]) for i in match.left)
                           + sum(len(rp[j]) for j in match.right))
        paired_left.update(match.left)
        paired_right.update(match.right)

    rows += [(i, _alone("left_only", i, p)) for i, p in enumerate(lp) if i not in paired_left]
    order = sorted(range(len(rows)), key=lambda r: rows[r][0])
    position = {r: n for n, r in enumerate(order)}
    anchor_rights = [a for a, _ in anchors]
    before: dict[int, list[Block]] = {}
    tail: list[Block] = []
    for j, p in enumerate(rp):
        if j in paired_right:
            continue
        q = bisect_right(anchor_rights, j)
        block = _alone("right_only", j, p)
        if q < len(anchors):
            before.setdefault(position[anchors[q][1]], []).append(block)
        else:
            tail.append(block)
    blocks: list[Block] = []
    for n, r in enumerate(order):
        blocks.extend(before.get(n, ()))
        blocks.append(rows[r][1])
    blocks.extend(tail)

    total = sum(map(len, lp)) + sum(map(len, rp))
    similarity = weighted / total if total else 1.0
    return Comparison(left, right, similarity, tuple(blocks))
