"""Plain-text tables and colour for terminal output of the CLI verbs."""

from __future__ import annotations

from .export.common import word_count
from .models import Corpus
from .sanitize import clip


def table(headers: list[str], rows: list[list[str]], max_widths: dict[int, int] | None = None) -> str:
    """A left-aligned text table; cells longer than their column's max width end with '…'."""
    max_widths = max_widths or {}
    cells = [[str(c).replace("\n", " ") for c in row] for row in rows]
    for row in cells:
        for i, cell in enumerate(row):
            limit = max_widths.get(i)
            if limit:
                row[i] = clip(cell, limit)
    widths = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    lines = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip())
    return "\n".join(lines) + "\n"


def sources_table(corpus: Corpus) -> str:
    rows = [
        [str(n), s.id, s.title, s.outlet or "-", s.published or "-", str(len(s.paragraphs)),
         str(word_count(s))]
        for n, s in enumerate(corpus.sources, 1)
    ]
    return table(["#", "id", "title", "outlet", "published", "paras", "words"], rows,
                 max_widths={2: 60, 3: 20})
