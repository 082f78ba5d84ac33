"""``compare(left, right)``: paragraphs of two sources aligned into blocks, words diffed inside.

Pairing (which paragraphs belong together) lives in ``pairing``, the word diff in ``worddiff``;
this module turns both into the blocks of a ``Comparison``.

Large documents, shown fast: ``compare(left, right, spans=False)`` aligns without word diffs.
Its blocks are those of ``compare(left, right)`` — same kinds, indices, similarities and order —
except that a block pairing paragraphs whose texts differ has ``spans == ()``. Fill in the blocks
a reader shows, on demand::

    comparison = compare(left, right, spans=False)      # ~half the time on a 2 MB pair
    block = diff_block(comparison, index)               # that block with its word diff
    block = with_spans(comparison.blocks[index], comparison.left, comparison.right)  # the same

Both give exactly the block ``compare(left, right).blocks[index]``; blocks that already carry
their spans (lone paragraphs, identical texts) come back as they are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from .gcpause import gc_paused
from .models import Block, Comparison, Source, Span, joined
from .pace import pause_point
from .pairing import in_place, pair_paragraphs
from .worddiff import Encoder, diff_texts, has_change, measure_texts


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


def compare(left: Source | str, right: Source | str, *, spans: bool = True) -> Comparison:
    """Align the paragraphs of ``left`` and ``right`` and diff the words of each aligned pair.

    Strings are read as article text (``corpus.source_from_text``, ids "left" and "right").
    ``spans=False``: no word diffs in blocks that pair differing texts (see the module's
    docstring: ``diff_block`` and ``with_spans`` fill them in).

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
    with gc_paused():
        return _compare(_as_source(left, "left"), _as_source(right, "right"), spans)


def with_spans(block: Block, left: Source, right: Source) -> Block:
    """``block`` with its word diff: the block ``compare(left, right)`` gives at its place."""
    if block.spans or not (block.left and block.right):
        return block
    lp, rp = left.paragraphs, right.paragraphs
    ltext, rtext = joined(lp, block.left), joined(rp, block.right)
    spans, _ = diff_texts(ltext, rtext)
    return Block(block.kind, block.left, block.right, block.similarity, spans)


def with_word_diffs(comparison: Comparison) -> Comparison:
    """``comparison`` (made with ``spans=False``) with every block's word diff: what
    ``compare(left, right)`` gives."""
    if all(block.spans or not (block.left and block.right) for block in comparison.blocks):
        return comparison
    blocks = tuple(with_spans(b, comparison.left, comparison.right) for b in comparison.blocks)
    return replace(comparison, blocks=blocks)


def diff_block(comparison: Comparison, index: int) -> Block:
    """Block ``index`` of ``comparison`` with its word diff (made with ``spans=False``)."""
    return with_spans(comparison.blocks[index], comparison.left, comparison.right)


def _compare(left: Source, right: Source, with_diffs: bool = True) -> Comparison:
    lp, rp = left.paragraphs, right.paragraphs
    kinds = ([seg.kind for seg in left.segments], [seg.kind for seg in right.segments])
    matches = sorted(pair_paragraphs(lp, rp, kinds), key=lambda m: m.left[0])
    texts = [(joined(lp, m.left), joined(rp, m.right)) for m in matches]
    placed = in_place(matches, [len(lt) + len(rt) for lt, rt in texts],
                      [min(lt, rt) for lt, rt in texts])

    at_left: list[Block | None] = [None] * len(lp)  # blocks by their first left index
    paired_left, paired_right = bytearray(len(lp)), bytearray(len(rp))
    anchor_right: list[int] = []  # first right index of in-place blocks, ascending...
    anchor_left: list[int] = []  # ...and their first left index
    weighted = 0.0
    encoder = Encoder()
    for match, stays, (ltext, rtext) in zip(matches, placed, texts):
        pause_point()
        if ltext == rtext:
            spans, sim, changed = ((Span("equal", ltext),) if ltext else ()), 1.0, False
        elif with_diffs:
            spans, sim = diff_texts(ltext, rtext, encoder)
            changed = has_change(spans)
        else:
            spans = ()
            sim, changed = measure_texts(ltext, rtext, encoder)
        if stays:
            kind = "changed" if changed else "same"
            anchor_right.append(match.right[0])
            anchor_left.append(match.left[0])
        else:
            kind = "moved"
        at_left[match.left[0]] = Block(kind, match.left, match.right, sim, spans)
        # paragraph characters only: the "\n" joining a group is not text of either side
        weighted += sim * (len(ltext) + len(rtext) + 2 - len(match.left) - len(match.right))
        for i in match.left:
            paired_left[i] = 1
        for j in match.right:
            paired_right[j] = 1

    before: dict[int, list[Block]] = {}  # first left index -> right_only blocks to show first
    tail: list[Block] = []
    for j, p in enumerate(rp):
        if not paired_right[j]:
            q = bisect_right(anchor_right, j)
            block = _alone("right_only", j, p)
            if q < len(anchor_right):
                before.setdefault(anchor_left[q], []).append(block)
            else:
                tail.append(block)
    blocks: list[Block] = []
    for i, block in enumerate(at_left):
        if i in before:
            blocks.extend(before[i])
        if block is not None:
            blocks.append(block)
        elif not paired_left[i]:
            blocks.append(_alone("left_only", i, lp[i]))
    blocks.extend(tail)

    total = sum(map(len, lp)) + sum(map(len, rp))
    similarity = weighted / total if total else 1.0
    return Comparison(left, right, similarity, tuple(blocks))
