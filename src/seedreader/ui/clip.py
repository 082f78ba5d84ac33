"""Fitting text into a number of terminal cells, the one way the reader does it: cut after a
whole word with '…' (titles, quotes, list rows), never in the middle of one when a word ends
in the second half. No Textual here: widths come from the engine's textout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from ..textout import clip_words, display_width


def clip_distinct(text: str, others: Sequence[str], cells: int) -> str:
    """``text`` cut to ``cells`` as ``clip_words`` does, unless that cuts it to the same words
    as one of ``others`` (titles that begin alike): then the words they share are left out but
    the first and the last shared one, so that what differs shows ("Sheinbaum … intervention
    in Mexico after…" beside "Sheinbaum … intervention after “good…")."""
    return distinct_cuts([text, *others], cells)[text]


def distinct_cuts(titles: Sequence[str], cells: int, *, lead: bool = False) -> dict[str, str]:
    """Each of ``titles`` cut as ``clip_distinct`` cuts it beside all the others, at once: a
    title whose plain cut no other shares keeps it, and among those that share one, the words
    a title shares most with another are those it shares with a neighbour in sorted order, so
    that a list of thousands of alike titles takes about as long as cutting each one.
    With ``lead``, where the end that differs fits whole, the room left keeps as many of the
    title's first words as it holds: "Death toll in Calder Falls … to five" (a list's row, that
    has the room), not "Death … to five"."""
    plain = {text: clip_words(text, cells) for text in titles}
    groups: dict[str, list[list[str]]] = {}
    for text, cut in plain.items():
        if cut != text:
            groups.setdefault(cut, []).append(text.split(" "))
    out = dict(plain)
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort()
        for i, words in enumerate(group):
            shared = max(_shared_words(words, group[j]) for j in (i - 1, i + 1)
                         if 0 <= j < len(group))
            out[" ".join(words)] = _leave_out_shared(words, shared, cells, plain[" ".join(words)],
                                                     lead)
    return out


def _leave_out_shared(words: list[str], shared: int, cells: int, plain: str,
                      lead: bool = False) -> str:
    if shared < 3 or shared >= len(words):  # nothing to leave out, or nothing after it
        return plain
    if lead:  # the end from the last shared word, whole, after as many first words as fit
        tail = words[shared - 1:]
        for first in range(shared - 2, 0, -1):
            shown = " ".join([*words[:first], "…", *tail])
            if display_width(shown) <= cells:
                return shown
    for context in (1, 0):  # the last shared word, if the first different one still shows
        shown = clip_words(" ".join([words[0], "…", *words[shared - context:]]), cells)
        if len(shown.rstrip("…").split(" ")) > 2 + context:
            return shown
    return plain


def _shared_words(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


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
