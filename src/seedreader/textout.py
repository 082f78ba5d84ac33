"""Plain-text tables and colour for terminal output of the CLI verbs.

Columns are measured in terminal cells, not characters: a CJK character or most emoji take two,
a combining mark or a zero-width joiner none (what wcwidth() says, from unicodedata alone).
"""

from __future__ import annotations

import unicodedata

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
