"""Pairs of items found once on each side, and the longest chain of them in the same order on
both sides (patience diff): what anchors paragraphs (``pairing``) and long token diffs
(``worddiff``). The standard library only: the reader uses it without loading rapidfuzz."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence


def longest_increasing(values: Sequence[int]) -> list[int]:
    """Positions of one longest strictly increasing subsequence of ``values``."""
    tails: list[int] = []  # values
    tail_pos: list[int] = []  # positions of those values
    prev = [-1] * len(values)
    for pos, v in enumerate(values):
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_pos.append(pos)
        else:
            tails[k] = v
            tail_pos[k] = pos
        prev[pos] = tail_pos[k - 1] if k else -1
    out = []
    pos = tail_pos[-1] if tail_pos else -1
    while pos != -1:
        out.append(pos)
        pos = prev[pos]
    return out[::-1]


def unique_pairs(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int]]:
    """(i, j) for every item found exactly once in ``a`` (at i) and once in ``b`` (at j), in the
    order of ``a``."""
    once_b = {x for x, n in Counter(b).items() if n == 1}
    unique = {x for x, n in Counter(a).items() if n == 1 and x in once_b}
    if not unique:
        return []
    where = {x: j for j, x in enumerate(b) if x in unique}
    return [(i, where[x]) for i, x in enumerate(a) if x in unique]
