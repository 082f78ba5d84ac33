"""Fitting text into a number of terminal cells, the one way the reader does it: cut after a
whole word with '…' (titles, quotes, list rows), never in the middle of one when a word ends
in the second half. No Textual here: widths come from the engine's textout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from ..textout import clip_width, display_width


def clip_words(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` cells: cut after a whole word when one ends in the second
    half, with '…' to say so; else cut at the width."""
    if display_width(text) <= cells:
        return text
    if cells <= 1:
        return "…"[:cells]
    cut = clip_width(text, cells)[:-1]
    space = cut.rfind(" ")
    if space > len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


class Fittable(Protocol):
    cell_length: int


T = TypeVar("T", bound=Fittable)


def first_fitting(candidates: Sequence[T], width: int) -> T:
    """The first of ``candidates`` (a line's versions, widest first: whole items dropped in
    turn) that fits in ``width`` cells; the last one when none does. A width not known yet
    (0: not laid out) takes the first."""
    if width <= 0:
        return candidates[0]
    return next((c for c in candidates if c.cell_length <= width), candidates[-1])
