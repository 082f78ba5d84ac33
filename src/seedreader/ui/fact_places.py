"""Where a fact's mentions sit inside the paragraphs of a source (no Textual here)."""

from __future__ import annotations

from bisect import bisect_right

from ..models import Source
from .facts_model import Fact


class MentionFinder:
    """Finds mentions as (paragraph, start, end), offsets inside the paragraph.

    Paragraph starts are listed once per source: looking them up per mention (as
    ``Source.paragraph_at`` does) costs a pass over 50,000 paragraphs of a long document.
    """

    def __init__(self) -> None:
        self._starts: dict[str, list[int]] = {}

    def in_source(self, fact: Fact, source: Source) -> list[tuple[int, int, int]]:
        if not source.segments:
            return []
        starts = self._starts.get(source.id)
        if starts is None:
            starts = self._starts[source.id] = [s.start for s in source.segments]
        out = []
        for m in fact.mentions_in(source.id):
            if not 0 <= m.start < m.end <= len(source.text):
                continue  # offsets that do not fit the text: nothing to mark
            p = max(0, bisect_right(starts, m.start) - 1)
            seg = source.segments[p]
            start, end = max(m.start, seg.start), min(m.end, seg.end)
            if start < end:
                out.append((p, start - seg.start, end - seg.start))
        return out
