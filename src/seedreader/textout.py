"""Plain-text tables and colour for terminal output of the CLI verbs, and fitting text into a
number of cells (``clip_words``; ``quote_excerpt``: where a misquote differs), which the reader
shares.

Columns are measured in terminal cells, not characters: a CJK character or most emoji take two,
a combining mark or a zero-width joiner none (what wcwidth() says, from unicodedata alone).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .export.common import word_count
from .models import Corpus


def char_width(char: str) -> int:
    """Terminal cells ``char`` takes: 2 (East Asian wide or full-width), 0 (combining marks,
    format characters such as the zero-width joiner), else 1."""
    if unicodedata.east_asian_width(char) in "WF":
        return 2
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 1


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes on one line."""
    if text.isascii():
        return len(text)
    return sum(map(char_width, text))


def clip_width(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` cells, ending with '…' when cut (never in the middle
    of a wide character, and with the marks that follow the last character kept)."""
    if display_width(text) <= limit:
        return text
    used, end = 0, 0
    for i, char in enumerate(text):
        width = char_width(char)
        if used + width > limit - 1:
            break
        used += width
        end = i + 1
    return text[:end] + "…"


def table(headers: list[str], rows: list[list[str]], max_widths: dict[int, int] | None = None) -> str:
    """A left-aligned text table; cells wider than their column's max width end with '…'.
    Widths are terminal cells (``display_width``), so CJK and emoji keep the columns straight."""
    max_widths = max_widths or {}
    cells = [[str(c).replace("\n", " ") for c in row] for row in rows]
    for row in cells:
        for i, cell in enumerate(row):
            limit = max_widths.get(i)
            if limit:
                row[i] = clip_width(cell, limit)
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))

    def line(row: list[str]) -> str:
        return "  ".join(c + " " * (widths[i] - display_width(c)) for i, c in enumerate(row))

    lines = [line(headers).rstrip(), "  ".join("-" * w for w in widths)]
    lines.extend(line(row).rstrip() for row in cells)
    return "\n".join(lines) + "\n"


def sources_table(corpus: Corpus) -> str:
    rows = [
        [str(n), s.id, s.title, s.outlet or "-", s.published or "-", str(len(s.paragraphs)),
         str(word_count(s))]
        for n, s in enumerate(corpus.sources, 1)
    ]
    return table(["#", "id", "title", "outlet", "published", "paras", "words"], rows,
                 max_widths={2: 60, 3: 20})


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


_KEY = re.compile(r"\W+")


def _differing(words: list[str], others: Sequence[list[str]]) -> tuple[int, int]:
    """The words of ``words`` (indices lo, hi) between what it shares at its start and at its end
    with the nearest of ``others``; lo == hi where the other has words this one lacks."""
    keys = [_KEY.sub("", w.lower()) for w in words]
    best = (0, 0, len(words))
    for other in others:
        theirs = [_KEY.sub("", w.lower()) for w in other]
        prefix = 0
        while prefix < min(len(keys), len(theirs)) and keys[prefix] == theirs[prefix]:
            prefix += 1
        suffix = 0
        while suffix < min(len(keys), len(theirs)) - prefix and \
                keys[-1 - suffix] == theirs[-1 - suffix]:
            suffix += 1
        if prefix + suffix > best[0]:
            best = (prefix + suffix, prefix, len(words) - suffix)
    return best[1], best[2]


def quote_excerpt(value: str, others: Sequence[str], cells: int) -> str:
    """A quote in quotation marks in at most ``cells`` cells: whole when it fits, else the words
    where it differs from the nearest of ``others`` (the other wordings of a misquote) with what
    room is left for the words around them, '…' for what is left out: '“…government will
    accept”' against '“…government will reject”' (their common start told them apart not).
    ``value`` and ``others`` are display lines (single spaces)."""
    whole = f"“{value}”"
    if display_width(whole) <= cells:
        return whole
    words = value.split(" ")
    lo, hi = _differing(words, [o.split(" ") for o in others])
    if lo == hi:  # words missing here: the words either side of the gap
        lo, hi = max(0, lo - 1), min(len(words), hi + 1)

    def shown(a: int, b: int) -> str:
        return ("“…" if a > 0 else "“") + " ".join(words[a:b]) + ("…”" if b < len(words) else "”")

    a, b = lo, hi
    if display_width(shown(a, b)) > cells:  # the differing words alone are too long: their start
        return clip_words(shown(a, b)[:-1], cells - 1) + "”"
    for _ in range(3):  # a few words of context before them, then after, then more before
        if a > 0 and display_width(shown(a - 1, b)) <= cells:
            a -= 1
    while b < len(words) and display_width(shown(a, b + 1)) <= cells:
        b += 1
    while a > 0 and display_width(shown(a - 1, b)) <= cells:
        a -= 1
    return shown(a, b)
