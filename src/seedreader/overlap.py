"""How much of each side's wording the other side has too: ``overlap(compare(a, b))``.

A researcher checking how much of a press release an outlet copied needs a figure per side:
"412 of 1,178 words of the release are in the story". ``Comparison.similarity`` mixes both sides'
characters into one share, so it cannot say that.

A word is shared when it lies in an equal run of a paired block's word diff (or in a pair that
differs only in ways that do not count: curly quotes, "per cent"). Words are runs of non-spaces
that hold a letter or digit (each character in Chinese and Japanese), so punctuation never counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .models import Comparison, Source, joined

_WORDLIKE = re.compile(r"[^\W_]")
# In ASCII text the words are the runs between spaces less those with no letter or digit ("—"
# is not ASCII; "-", "&", ":" are): this finds those, so that ``words`` of megabytes of ASCII
# needs no Python loop.
_ASCII_NOT_WORD = re.compile(r"(?<!\S)[^\sA-Za-z0-9]+(?!\S)")


@dataclass(frozen=True, slots=True)
class Overlap:
    left_shared: int  # words of the left side found word for word on the right
    left_words: int
    right_shared: int
    right_words: int

    @property
    def left_share(self) -> float:
        """The share of the left side's words that the right side has too (0.0 for no words)."""
        return self.left_shared / self.left_words if self.left_words else 0.0

    @property
    def right_share(self) -> float:
        return self.right_shared / self.right_words if self.right_words else 0.0

    def to_dict(self) -> dict:
        return {"left_shared": self.left_shared, "left_words": self.left_words,
                "right_shared": self.right_shared, "right_words": self.right_words}


def words(text: str) -> int:
    """The words of ``text`` that count (see the module's docstring)."""
    if text.isascii():
        return len(text.split()) - len(_ASCII_NOT_WORD.findall(text))
    from .tokens import COUNTED_WORD  # (not loaded for the reader's first screen)

    search = _WORDLIKE.search
    return sum(1 for w in COUNTED_WORD.findall(text) if search(w))


def source_words(source: Source) -> int:
    """A source's word count, the one every export, the reader and ``overlap`` give: the
    ``words`` of its paragraphs (punctuation standing alone, as French spaces « : ; », is no
    word)."""
    return sum(map(words, source.paragraphs))


def _shared_in(text: str, runs: list[tuple[int, int, int]]) -> tuple[int, dict[int, int]]:
    """(the words of ``text`` that lie wholly inside ``runs``, the words wholly inside each
    passage): ``runs`` are ordered, non-overlapping spans of ``text``, each (start, end,
    passage), a passage being the runs of a block with no difference that counts between them
    (on either side). "Kyiv/Kharkiv" against "Kyiv/Odesa" shares "Kyiv" as a token, not the
    word."""
    merged: list[list[int]] = []
    passages: dict[int, list[int]] = {}
    for start, end, passage in runs:
        if start >= end:
            continue
        if merged and merged[-1][1] == start:
            merged[-1][1] = end
        else:
            merged.append([start, end])
        passages.setdefault(passage, [start, end])[1] = end  # (a passage's runs are contiguous)
    starts = [start for start, _ in merged]
    extents = list(passages.items())
    passage_starts = [start for _, (start, _) in extents]
    per_passage = dict.fromkeys(passages, 0)
    search, n = _WORDLIKE.search, 0
    from .tokens import COUNTED_WORD

    for m in COUNTED_WORD.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= merged[k][1] and search(m.group()):
            n += 1
            passage, (_, end) = extents[bisect_right(passage_starts, m.start()) - 1]
            if m.end() <= end:
                per_passage[passage] += 1
    return n, per_passage


def in_common(comparison: Comparison) -> tuple[int, int, int]:
    """(words of the left side the right side has, words of the right side the left has, words
    of the longest passage both have word for word, whole words on both sides). The one rule of
    shared words: ``overlap`` and the corpus report count with it."""
    from .align import with_spans  # (the word diff: not loaded for the reader's first screen)

    left, right = comparison.left, comparison.right
    shared, longest = [0, 0], 0
    for block in comparison.blocks:
        if not (block.left and block.right):
            continue
        block = with_spans(block, left, right)
        # each side's shared runs (start, end, passage) in its text of the block (the spans'
        # texts of that side, joined: a block's paragraphs joined by "\n")
        runs: tuple[list, list] = ([], [])
        at = [0, 0]
        passage = 0
        for span in block.spans:
            if not (span.op == "equal" or span.minor):
                passage += 1  # a difference that counts ends a passage
            for side, op in ((0, "delete"), (1, "insert")):
                if span.op in ("equal", op):
                    if span.op == "equal" or span.minor:
                        runs[side].append((at[side], at[side] + len(span.text), passage))
                    at[side] += len(span.text)
        (n_left, in_left), (n_right, in_right) = (
            _shared_in(joined(source.paragraphs, indices), side_runs)
            for source, indices, side_runs in ((left, block.left, runs[0]),
                                               (right, block.right, runs[1])))
        shared[0] += n_left
        shared[1] += n_right
        longest = max([longest, *(min(n, in_right.get(p, 0)) for p, n in in_left.items())])
    return shared[0], shared[1], longest


def overlap(comparison: Comparison) -> Overlap:
    """The words each side shares with the other (``in_common``). A comparison made with
    ``spans=False`` gets the word diffs of its paired blocks here (as ``with_spans`` gives
    them)."""
    left_shared, right_shared, _ = in_common(comparison)
    return Overlap(left_shared, source_words(comparison.left),
                   right_shared, source_words(comparison.right))
