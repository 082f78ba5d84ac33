"""Where a fact's mentions sit inside the paragraphs of a source, as offsets in each paragraph
(the facts panel highlights them in the comparison; not facts.places, which knows countries and
states). No Textual here."""

from __future__ import annotations

from ..models import Source
from .facts_model import Fact


def mention_places(fact: Fact, source: Source) -> list[tuple[int, int, int]]:
    """The fact's mentions in ``source`` as (paragraph, start, end), offsets inside the paragraph.

    The extractor records each mention's paragraph; a mention whose offsets or paragraph do not fit
    the source marks only what lies inside that paragraph, or nothing.
    """
    segments = source.segments
    out = []
    for m in fact.mentions_in(source.id):
        if not (0 <= m.paragraph < len(segments) and 0 <= m.start < m.end <= len(source.text)):
            continue
        seg = segments[m.paragraph]
        start, end = max(m.start, seg.start), min(m.end, seg.end)
        if start < end:
            out.append((m.paragraph, start - seg.start, end - seg.start))
    return out
