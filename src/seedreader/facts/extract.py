"""One source to its mentions: which paragraphs to read, what to stay out of, and the context words
that say what each figure is about.
"""

from __future__ import annotations

import re

from ..models import Source
from .dates import find_dates
from .figures import find_figures
from .found import Found
from .quotes import find_quotes, resolve_pronouns
from .words import content_keys, key_of, sentence_bounds, words

# Numbers in these are never figures: URLs, e-mail addresses, domains, ids with underscores or hex.
MASKED = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[\w.+-]+@[\w-]+\.[\w.]+"
    r"|\b(?:[\w-]+\.)+(?:com|org|net|gov|edu|io|mx|uk|co|info|news|int)\b(?:/\S*)?"
    r"|\b\w*_\w+\b"
    r"|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b"
)
# A heading that starts the citations at the end of an article.
CITATION_HEADING = re.compile(
    r"(?:sources?|references?|citations?|further reading|related(?: (?:articles|stories|links))?"
    r"|read more|see also|notes)\s*:?", re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[-*•·–]|\d+[.)])\s")

# Context weights: nearness to the figure matters; words past a neighbouring figure mostly belong
# to it ("a 40% fall in deaths and a 50% drop in seizures").
DECAY_WORDS = 4.0
PAST_NEIGHBOUR = 0.3
HEAD_WEIGHT = 1.5
ACROSS_CLAUSE = 0.5
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")


def readable_segments(source: Source) -> list[int]:
    """Indices of the segments whose claims count: not a trailing list of sources/citations."""
    segments = source.segments
    skip: set[int] = set()
    for i, seg in enumerate(segments):
        if CITATION_HEADING.fullmatch(source.text[seg.start:seg.end].strip()):
            j = i + 1
            while j < len(segments) and (segments[j].kind == "list"
                                         or _BULLET.match(source.text[segments[j].start:segments[j].end])):
                skip.add(j)
                j += 1
            if j == len(segments) or j > i + 1:
                skip.add(i)
    j = len(segments) - 1
    while j >= 0 and segments[j].kind == "list":
        skip.add(j)
        j -= 1
    return [i for i in range(len(segments)) if i not in skip]


def _context(found: list[Found], seg_text: str, offset: int) -> None:
    """Fill each figure's context: content-word keys weighted by nearness, within its sentence."""
    if not found:
        return
    for s_start, s_end in sentence_bounds(seg_text):
        a, b = s_start + offset, s_end + offset
        inside = [f for f in found if a <= f.start < b]
        if not inside:
            continue
        tokens = words(seg_text[s_start:s_end], a)
        spans = sorted((f.start, f.end) for f in inside)
        for f in inside:
            first = next((i for i, t in enumerate(tokens) if t[1] >= f.start), len(tokens))
            last = next((i for i, t in enumerate(tokens) if t[1] >= f.end), len(tokens))
            # Figures in a list share a sentence; dates and figures do not compete for words.
            peers = [g for g in inside if g is not f and (g.kind == "date") == (f.kind == "date")]
            after_peer = any(g.end <= f.start for g in peers)
            next_start = min((g.start for g in peers if g.start >= f.end), default=1 << 60)
            ctx: dict[str, float] = {}
            for i, (word, start, _end) in enumerate(tokens):
                if first <= i < last or any(s <= start < e for s, e in spans):
                    continue
                key = key_of(word)
                if key is None:
                    continue
                if i < first:
                    distance = first - i - 1
                    between = seg_text[start - offset: f.start - offset]
                else:
                    distance = i - last
                    between = seg_text[f.end - offset: start - offset]
                weight = 1.0 / (1.0 + distance / DECAY_WORDS)
                if _CLAUSE_BREAK.search(between):
                    weight *= ACROSS_CLAUSE
                if (i < first and after_peer) or start >= next_start:
                    weight *= PAST_NEIGHBOUR
                if weight > ctx.get(key, 0.0):
                    ctx[key] = weight
                    f.surfaces[key] = word
            if f.head:
                ctx[f.head] = max(ctx.get(f.head, 0.0), HEAD_WEIGHT)
                f.surfaces.setdefault(f.head, f.head)
            f.context = ctx


def extract_source(source: Source) -> list[Found]:
    """Every figure, date and quote of ``source`` in text order, with paragraph and context."""
    text = source.text
    out: list[Found] = []
    quotes: list[Found] = []
    for index in readable_segments(source):
        seg = source.segments[index]
        seg_text = text[seg.start:seg.end]
        masked = [(m.start(), m.end()) for m in MASKED.finditer(seg_text)]
        dates = [d for d in find_dates(seg_text, seg.start)
                 if all(d.end - seg.start <= s or d.start - seg.start >= e for s, e in masked)]
        taken = masked + [(d.start - seg.start, d.end - seg.start) for d in dates]
        figures = find_figures(seg_text, seg.start, taken)
        found = sorted(dates + figures, key=lambda f: f.start)
        _context(found, seg_text, seg.start)
        seg_quotes = find_quotes(seg_text, seg.start)
        for q in seg_quotes:
            q.context = {k: 1.0 for k in content_keys(q.value)}
        for f in found + seg_quotes:
            f.source = source.id
            f.paragraph = index
        out.extend(found)
        quotes.extend(seg_quotes)
    resolve_pronouns(quotes, text)
    out.extend(quotes)
    out.sort(key=lambda f: (f.start, f.end))
    return out



