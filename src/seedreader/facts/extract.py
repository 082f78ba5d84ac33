"""One source to its mentions: which paragraphs to read, what to stay out of, and the context words
that say what each figure is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..caches import memo
from ..models import Source
from ..segment import SOURCES_HEADING, SOURCES_HEADING_INITIALS, is_bullet
from .dates import FOREIGN_MONTH_WORDS, MONTH_WORDS, WEEKDAY_WORDS, find_dates, page_stamp
from .distinct import (
    ASOF,
    YEAR,
    amount_mark,
    close_and_marks,
    month_tense,
    outcome,
    sentence_marks,
    weekday_tense,
)
from .figures import find_figures
from .found import Found, Spans
from .numbers import digit_runs
from .quotes import (
    QUOTE_MARK,
    SPEECH_VERB_WORDS,
    find_quotes,
    join_across_paragraphs,
    resolve_pronouns,
)
from .times import find_times
from .votes import find_votes
from .words import ARTICLES, fold, key_of, lowered, sentence_bounds, words

# Numbers in these are never figures: URLs, e-mail addresses and domains. (Numbers glued to letters
# or underscores, as in ids and hashes, are refused by the number pattern itself.) A substring test
# says whether a pattern can match at all; the token around each hit is then masked whole.
_MASKS = (
    (("://", "www."), re.compile(r"(?:https?://|www\.)")),
    (("@",), re.compile(r"@(?=[\w-]+\.)")),
    ((".",), re.compile(r"\.(?:com|org|net|gov|edu|io|mx|uk|co|info|news|int)\b")),
)
_NON_SPACE = re.compile(r"\S*")


def _token_start(text: str, pos: int) -> int:
    """Where the run of non-space characters that ``pos`` is in starts."""
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` where no figure or date may be found, by start."""
    spans: list[tuple[int, int]] = []
    for needles, pattern in _MASKS:
        if any(n in text for n in needles):
            for m in pattern.finditer(text):
                spans.append((_token_start(text, m.start()), _NON_SPACE.match(text, m.start()).end()))
    return sorted(set(spans))


# Context weights: nearness to the figure matters; words past a neighbouring figure mostly belong
# to it ("a 40% fall in deaths and a 50% drop in seizures").
DECAY_WORDS = 4.0
PAST_NEIGHBOUR = 0.3
HEAD_WEIGHT = 1.5
ACROSS_CLAUSE = 0.5
# Words further than this from a figure say little about it (weight 1 / (1 + 16 / 4) = 0.2).
WINDOW_WORDS = 16
WINDOW_CHARS = 120  # enough for WINDOW_WORDS words of news prose; fewer is no harm
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
# Conjunctions that start another clause between two figures ("unemployment climbed to 4.4% and
# growth was revised to 0.7%"): as a clause break, a conjunction parts the figures' contexts.
_CONJUNCTION = re.compile(r"\b(?:and|but|while|whereas|although|though)\b", re.IGNORECASE)
# Dates that name a period a figure may measure ("12% in 2024", "in March"), as their keys begin:
# "12% in 2024" and "15% in 2025" are two years' figures, and their years no contradiction either.
# Not a day or a weekday: "killed 12 on Monday" and "killed 15 on Tuesday" are one toll and one
# day, each reported two ways.
_PERIOD_DATES = frozenset({"year", "years", "month"})
# Kinds that say when (a date, a time of day): what they are of is an event, named beside them
# ("the blast at 16:40", "the Monday call") or in their sentence's names; none is a figure.
WHEN_KINDS = frozenset({"date", "time"})
# The word between an event and its date or time: "a conversation on Monday", "the blast at 16:40".
_EVENT_BEFORE = {"date": "on", "time": "at"}


def readable_segments(source: Source) -> list[int]:
    """Indices of the segments whose claims count: not a list of sources or citations (under a
    citation heading, or a trailing list of links)."""
    segments = source.segments
    skip: set[int] = set()
    text = source.text
    for i, seg in enumerate(segments):
        if seg.start < seg.end and not (text[seg.start] in SOURCES_HEADING_INITIALS
                                        or text[seg.start].isspace()):
            continue  # no heading starts so: cheaper to tell than to run the pattern
        if SOURCES_HEADING.fullmatch(text[seg.start:seg.end].strip()):
            j = i + 1
            while j < len(segments) and (segments[j].kind == "list"
                                         or _is_item(text[segments[j].start:segments[j].end])):
                skip.add(j)
                j += 1
            if j == len(segments) or j > i + 1:
                skip.add(i)
    j = len(segments) - 1
    while j >= 0 and segments[j].kind == "list" and _links_only(text[segments[j].start:segments[j].end]):
        skip.add(j)
        j -= 1
    return [i for i in range(len(segments)) if i not in skip]


# A byline or a dateline under the headline says when the piece was published, not when its story
# happened: its dates and times are no facts. Looked for in the first segments only, each short.
BYLINE_SEGMENTS = 3
BYLINE_WORDS = 14
# "By Rachel Oakes, Europe correspondent", "*By staff* — March 13, 2026": "By" and a capitalised
# word that is no day nor month ("By Monday, 40 had died", "By March 13 the toll ..." are lines
# of the story; "By evening, police had ..." is no name), nor the start of a clause ("By The
# time", "By Then").
_BY = re.compile(r"[*_\s]*By[*_]?\s+[*_]?(?P<w>[A-Z][\w’'.-]*)")
# "Posted by the Evidence Kitchen team, 15 May 2026", "Written by Jane Doe": a byline whatever
# follows the name.
_POSTED_BY = re.compile(r"[*_\s]*(?:Posted|Written|Published|Reported|Filed)\s+by\s+[*_]?(?:the\s+)?"
                        r"[*_]?[A-Z]")
_NOT_AUTHOR = frozenset({"the", "then", "now", "late", "early", "mid", "noon", "midnight", "dawn",
                         "tonight", "today", "tomorrow", "yesterday", "this", "that", "last",
                         "next", "friday's", "sunday's"})
# Words a line holding only an author and a date may have besides names: "Updated 14:05 GMT",
# "Published: March 13, 2026", "Staff reporter — March 13".
_BYLINE_WORDS = frozenset({"by", "and", "staff", "updated", "published", "posted", "reporter",
                           "reporters", "correspondent", "correspondents", "editor", "writer",
                           "at", "on", "last", "gmt", "utc", "am", "pm", "a.m", "p.m", "a.m.",
                           "p.m.", "bst", "est", "edt", "cet", "et", "pt", "pst", "pdt"})
_LINE_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_BYLINE_SEPARATOR = re.compile(r"[—–|·,:]|\s-\s")


def byline_segments(source: Source, whens: list[tuple[int, Found]]) -> set[int]:
    """The segments of ``source`` that are its byline or dateline (of the first BYLINE_SEGMENTS,
    each of at most BYLINE_WORDS words, holding a date or time of ``whens``, its (segment, date)
    pairs): a line that starts "By" and a name ("By Rachel Oakes", "*By staff* — March 13,
    2026"), or a line that, its dates and times left out, holds only capitalised words (a name)
    and words of a byline ("Jane Doe — March 13, 2026", "Updated 14:05 GMT, March 13")."""
    held: dict[int, list[Found]] = {}
    for index, d in whens:
        if index < BYLINE_SEGMENTS:
            held.setdefault(index, []).append(d)
    out: set[int] = set()
    text = source.text
    for index, dates in held.items():
        seg = source.segments[index]
        line = text[seg.start:seg.end]
        if "\n" in line.strip() or len(line.split()) > BYLINE_WORDS:
            continue
        if _POSTED_BY.match(line):
            out.add(index)
            continue
        if (m := _BY.match(line)) is not None:
            word = m.group("w").lower()
            if (word not in MONTH_WORDS and word not in WEEKDAY_WORDS
                    and word not in FOREIGN_MONTH_WORDS and word not in _NOT_AUTHOR):
                out.add(index)
            continue
        rest = line
        for d in sorted(dates, key=lambda d: -d.start):  # (the dates' own words left out)
            a, b = d.start - seg.start, d.end - seg.start
            rest = rest[:a] + " " + rest[b:]
        if index == 0 or any(c.isdigit() for c in rest):
            continue  # (not the headline: "Talks Set For January 23" is the story's)
        if (not rest.strip(" \t*_") or _BYLINE_SEPARATOR.search(rest)) and all(w[0].isupper() or w.lower() in _BYLINE_WORDS for w in _LINE_WORD.findall(rest)):
            out.add(index)
    return out


def _is_item(segment_text: str) -> bool:
    """Whether a segment starts like a list item: a bullet as the segmenter reads one, or "·",
    which it does not (a "· Reuters ..." line is a paragraph of its own, yet under a citation
    heading it is still a citation)."""
    return is_bullet(segment_text) or segment_text.startswith("· ")


# A list item that is a link: a URL or a Markdown link, perhaps after a label ("Reuters: https://...").
_LINK_ITEM = re.compile(r"(?:[^\n]*?(?::|\s[-–—|])\s+)?(?:<?(?:https?://|www\.)\S+?>?|\[[^\]\n]*\]\(\S+\))\s*")


def _links_only(list_text: str) -> bool:
    """Whether every item of a list is a link: citations even without a heading over them."""
    for line in list_text.splitlines():
        if is_bullet(line):
            line = line.split(None, 1)[1]  # (is_bullet: a mark, spaces, then text)
        if _LINK_ITEM.fullmatch(line.strip()) is None:
            return False
    return True


def _context(found: list[Found], seg_text: str, offset: int,
             sentences: list[tuple[int, int]]) -> None:
    """Fill each figure's context: content-word keys weighted by nearness, within its sentence.

    Linear in the paragraph: each figure looks at no more than WINDOW_WORDS words either side.
    """
    found = sorted(found, key=lambda f: f.start)
    at = 0
    for s_start, s_end in sentences:
        a, b = s_start + offset, s_end + offset
        while at < len(found) and found[at].start < a:
            at += 1
        first_inside = at
        while at < len(found) and found[at].start < b:
            at += 1
        inside = found[first_inside:at]
        if inside:
            _sentence_context(inside, seg_text, offset, s_start, s_end)


# Weight of a context word by its distance in words from the figure (0 = adjacent), then halved
# across a clause break and cut past a neighbouring figure: _WEIGHTS[across][past][distance].
_NEARNESS = [1.0 / (1.0 + d / DECAY_WORDS) for d in range(WINDOW_WORDS)]
_WEIGHTS = [[[(w * ACROSS_CLAUSE if across else w) * PAST_NEIGHBOUR if past
              else (w * ACROSS_CLAUSE if across else w) for w in _NEARNESS]
             for past in (False, True)] for across in (False, True)]
_RISING = [[w[::-1] for w in by_past] for by_past in _WEIGHTS]  # by distance, far first
_NO_BREAK = 1 << 60


def _peers(inside: list[Found]) -> tuple[list[bool], list[int], list[int]]:
    """For figures in a list, words after an earlier figure of the same family (dates, times,
    or the other figures) belong to it: whether each figure has such a peer before it, where the
    next one starts and where the one before ends (-1 if none)."""
    family = [f.kind if f.kind in WHEN_KINDS else "" for f in inside]
    seen_before = dict.fromkeys(family, False)
    end_before = dict.fromkeys(family, -1)
    after_peer = []
    prev_end = []
    for fam, f in zip(family, inside):
        after_peer.append(seen_before[fam])
        prev_end.append(end_before[fam])
        seen_before[fam] = True
        end_before[fam] = f.end
    next_start: list[int] = [_NO_BREAK] * len(inside)
    upcoming = dict.fromkeys(family, _NO_BREAK)
    for i in range(len(inside) - 1, -1, -1):
        next_start[i] = upcoming[family[i]]
        upcoming[family[i]] = inside[i].start
    return after_peer, next_start, prev_end


@dataclass(slots=True)
class _Sentence:
    """The words of one sentence around its figures and dates, as ``_sentence_words`` reads them."""

    seg_text: str  # the paragraph
    offset: int  # where the paragraph starts in the source
    s_start: int  # where the sentence starts in the paragraph
    words: list[str]  # the words within WINDOW_CHARS of a figure or date
    starts: list[int]  # where each starts in the source
    keys: list[str | None]  # each one's key; None: not a content word, or within a mention
    covered: list[bool]  # whether a mention covers it
    breaks: list[int]  # the clause breaks among them (conjunctions too, for two figures or more)
    after_peer: list[bool]  # per figure, as _peers gives them
    next_start: list[int]
    prev_end: list[int]
    marks_at: tuple[list[tuple[int, str]], list[tuple[int, str]]]  # distinct.sentence_marks
    figures: list[Found]  # its figures (not dates), if it has a period (see _PERIOD_DATES)
    # The periods for a figure (False), the figures for a period (True): them, and their starts.
    beside: dict[bool, tuple[list[Found], list[int]]]


def _sentence_words(inside: list[Found], seg_text: str, offset: int, s_start: int,
                    s_end: int) -> _Sentence:
    """Read the words of one sentence around its figures and dates ``inside``, for their contexts."""
    lo = max(s_start, inside[0].start - offset - WINDOW_CHARS)
    hi = min(s_end, max([f.end for f in inside]) - offset + WINDOW_CHARS)
    words_, starts = words(seg_text[lo:hi], lo + offset)
    keys = list(map(key_of, words_))
    covered = [False] * len(keys)
    # Words covered by a mention are not context for anyone.
    for f in inside:
        a, b = bisect_left(starts, f.start), bisect_left(starts, f.end)
        keys[a:b] = [None] * (b - a)
        covered[a:b] = [True] * (b - a)
    breaks = [m.start() + offset for m in _CLAUSE_BREAK.finditer(seg_text, lo, hi)]
    if len(inside) > 1:
        breaks = sorted(breaks + [m.start() + offset
                                  for m in _CONJUNCTION.finditer(seg_text, lo, hi)])
    after_peer, next_start, prev_end = _peers(inside)
    marks_at = sentence_marks(words_, keys, covered, seg_text, starts, offset)
    # The periods of the sentence ("in 2024", "in March") for the figures beside them, and its
    # figures for the periods beside them (a day or a weekday has none: see _PERIOD_DATES).
    periods = [g for g in inside if g.kind == "date" and g.key[0] in _PERIOD_DATES]
    figures = [g for g in inside if g.kind not in WHEN_KINDS] if periods else []
    beside = {False: (periods, [g.start for g in periods]),
              True: (figures, [g.start for g in figures])}
    return _Sentence(seg_text, offset, s_start, words_, starts, keys, covered, breaks, after_peer,
                     next_start, prev_end, marks_at, figures, beside)


# Words before a name that give it no role of its own in the event: who said it, who else took
# part, where (places at other levels of detail are one: distinct.places_apart), when.
_NO_ROLE = SPEECH_VERB_WORDS | frozenset(
    ("to", "by", "and", "or", "nor", "according", "via", "in", "at", "near", "outside", "across",
     "throughout", "of", "from", "into", "on", "for", "its", "their", "his", "her"))
_DATE_NAMES = MONTH_WORDS | WEEKDAY_WORDS | FOREIGN_MONTH_WORDS
_NAME_TOKEN = re.compile(r"[^\W_][\w'’-]*|[^\w\s]")


@memo(maxsize=4096)  # (a sentence with several dates is read once)
def _names(sentence: str) -> frozenset[tuple[str, str]]:
    """(role, name) of each run of capitalised words in a sentence but months and weekdays: the
    role is the lower-case word right before it, an article between them skipped, "beat the
    Bulls" ("beat", "bulls"), "held Hartley Vale" ("held", "hartley vale"); "" for a name at the
    sentence's start, after punctuation or after a word of _NO_ROLE ("said Smith", "in Delaware"),
    and for a speaker."""
    raw = _NAME_TOKEN.findall(sentence)
    tokens = [fold(t.removesuffix("'s").removesuffix("’s")) for t in raw]
    capital = [t[0].isupper() for t in raw]
    out: set[tuple[str, str]] = set()
    n = len(tokens)
    i = 0
    while i < n:
        if not capital[i]:
            i += 1
            continue
        j = i + 1
        while j < n and capital[j]:
            j += 1
        name = " ".join(w for w in tokens[i:j] if w not in _DATE_NAMES and w.isalpha())
        role = i - 1
        if role > 0 and tokens[role] in ARTICLES:
            role -= 1
        if name:
            # (Not a speaker named by title: "said lawyer Ann Ross", "spokesman Ed Lee said".)
            has_role = (role > 0 and tokens[role].isalpha() and not capital[role]
                        and tokens[role] not in _NO_ROLE and tokens[role] not in ARTICLES
                        and tokens[role - 1] not in SPEECH_VERB_WORDS
                        and (j == n or tokens[j] not in SPEECH_VERB_WORDS))
            out.add((tokens[role] if has_role else "", name))
        i = j
    return frozenset(out)


def _sentence_context(inside: list[Found], seg_text: str, offset: int, s_start: int,
                      s_end: int) -> None:
    """Fill in what one sentence says of its figures and dates ``inside`` (by start).

    Each one's context and surfaces (the words before it, then after it, and its head or event),
    what its clause says (outcome, said, close words and marks) and the periods or figures beside
    it (near); then, across them, the updates and mates.
    """
    sentence = _sentence_words(inside, seg_text, offset, s_start, s_end)
    starts, breaks, prev_end, next_start = (sentence.starts, sentence.breaks, sentence.prev_end,
                                            sentence.next_start)
    for n, f in enumerate(inside):
        first = bisect_left(starts, f.start)
        last = bisect_left(starts, f.end, first)
        # A word is across a clause break from the figure when a break lies between them: before
        # the figure, the last break before it; after, the first break after it.
        j = bisect_left(breaks, f.start)
        break_before = breaks[j - 1] if j else -1
        j = bisect_left(breaks, f.end, j)
        break_after = breaks[j] if j < len(breaks) else _NO_BREAK
        lo, ctx = _context_before(sentence, n, f, first, break_before)
        end = _context_after(sentence, n, f, ctx, last, break_after)
        ctx.pop(None, None)  # (the key of words that are not content words)
        f.surfaces.pop(None, None)
        _weigh_head(sentence, f, ctx, first, last)
        f.context = ctx
        clause = (bisect_right(starts, break_before), bisect_left(starts, break_after))
        # Its window stops at a neighbour of its family, or at the clause break before one: that
        # clause is the neighbour's ("4.4%, and growth in the first quarter was revised to 0.7%").
        peer_start = next_start[n]
        window_lo = (break_before if sentence.after_peer[n] and break_before > prev_end[n]
                     else prev_end[n])
        window_hi = min(break_after, peer_start) if peer_start < _NO_BREAK else peer_start
        window = (max(lo, bisect_left(starts, window_lo)), min(end, bisect_left(starts, window_hi)))
        _clause_marks(sentence, f, first, last, clause, window)
        if f.kind in WHEN_KINDS:
            f.names = _names(seg_text[s_start:s_end])
        if sentence.figures and (f.kind not in WHEN_KINDS
                                 or (f.kind == "date" and f.key[0] in _PERIOD_DATES)):
            f.near = _near(sentence, n, f, lo, end, break_before, break_after)
    if len(inside) > 1:
        _tails_shared(sentence, inside)
        _updates(inside, seg_text, offset)
        values = [g.key for g in inside if g.kind not in WHEN_KINDS]
        if values:
            shared = frozenset(values)  # (one set for the sentence: k figures, not k x k keys)
            for f in inside:
                if f.kind == "time" or (f.kind not in WHEN_KINDS and len(values) > 1):
                    f.mates = shared  # (a time's: the figures told with it)


# Between two counts of outcomes of one event ("Seven people were killed and 41 injured"): the first
# count's clause, then the conjunction that joins the second to it. The clause tells no event of its
# own (no word that starts where, when or how it happened): "Three people were killed in a bus
# crash on Monday, and 12 were injured when a train derailed" tells two events.
_OWN_EVENT = (r"(?!(?:in|on|at|near|when|after|before|during|as|by|from|outside|inside|across|"
              r"following|amid|since|until|of|into)\b)")
_OUTCOME_JOIN = re.compile(rf"(?:\s+{_OWN_EVENT}[^\W\d_][\w’'-]*){{0,6}}"
                           r"(?:\s*,\s*(?:(?:and|while|with)\s+)?|\s+(?:and|while|with)\s+)", re.IGNORECASE)
# Between a value and the one it corrects ("at 6:14 a.m., not 6:40 a.m.", "rather than 6:40").
# The words of a denial, up to the value denied ("not", "rather than the", "not, as previously
# reported, at"): tally._DENIED's too.
DENIAL = (r"(?:not|rather\s+than|instead\s+of)(?:\s*,\s*as\s+(?:[a-z]+\s+){0,2}(?:reported|stated|said)\s*,)?"
          r"\s+(?:(?:at|on|in|by|the)\s+)?")
_CORRECTS = re.compile(r"\s*,?\s*(?:and\s+)?" + DENIAL, re.IGNORECASE)


def _tails_shared(sentence: _Sentence, inside: list[Found]) -> None:
    """Give a figure the words after the next one of its family when that one goes with it: a
    count of another outcome joined to it ("Seven people were killed and 41 injured when a train
    derailed near Calder Falls": when, where and how are said once for both, after the second),
    or the value it corrects ("derailed at 6:14 a.m., not 6:40 a.m. as previously reported").
    (Elsewhere the words past a clause break and a later figure are the later figure's alone:
    "unemployment climbed to 4.4% and growth was revised to 0.7% in the first quarter".)"""
    starts, breaks, text, offset = sentence.starts, sentence.breaks, sentence.seg_text, sentence.offset
    by_start = {g.start: g for g in inside}
    for n, f in enumerate(inside):
        peer = by_start.get(sentence.next_start[n])
        if peer is None:
            continue
        outcomes = (f.kind == peer.kind == "count" and f.outcome and peer.outcome
                    and f.outcome != peer.outcome
                    and _OUTCOME_JOIN.fullmatch(text, f.end - offset, peer.start - offset))
        if not outcomes and not (peer.kind == f.kind and peer.qualifier is None and _CORRECTS.fullmatch(
                text, f.end - offset, peer.start - offset)):
            continue
        last = bisect_left(starts, f.end)
        j = bisect_left(breaks, f.end)
        break_after = breaks[j] if j < len(breaks) else _NO_BREAK
        tail: dict = {}
        surfaces, f.surfaces = f.surfaces, {}
        _context_after(sentence, n, f, tail, last, break_after, shared=True)
        tail_surfaces, f.surfaces = f.surfaces, surfaces
        own = peer.close if outcomes else frozenset()  # (not the second count's "injured")
        for key, weight in tail.items():
            if key is not None and key not in own and weight > f.context.get(key, 0.0):
                f.context[key] = weight
                surfaces.setdefault(key, tail_surfaces[key])


def _context_before(sentence: _Sentence, n: int, f: Found, first: int,
                    break_before: int) -> tuple[int, dict]:
    """Which words before figure ``n`` (``f``, its first word ``first``) are its context, and
    their weights: where they start, and a dict of their keys (None too) to weights."""
    words_, keys, starts = sentence.words, sentence.keys, sentence.starts
    peer_before, peer_start = sentence.after_peer[n], sentence.next_start[n]
    rising = _RISING
    # Weighed by slices of the tables: the nearer, the heavier; those across a break are a prefix
    # of them; all are past a neighbour or none. Weights rise strictly towards the figure, so a
    # dict of (key, weight) in text order keeps each key's first place and its largest weight.
    lo = max(0, first - WINDOW_WORDS)
    split = bisect_right(starts, break_before, lo, first)
    base = first - WINDOW_WORDS
    earlier = (f.kind not in WHEN_KINDS and first > 0 and words_[first - 1] == "from"
               and (peer_before or peer_start < _NO_BREAK))
    if earlier:
        # "fell to 2.3% from 3.2%": the words before the other figure name this one's measure.
        f.earlier = True
        before = rising[1][0][lo - base: split - base] + rising[0][0][split - base:]
    elif (peer_before and break_before > sentence.prev_end[n]
          and _RELATIVE.isdisjoint(words_[split:split + 2])
          and any(keys[i] is not None and not words_[i].endswith("ly")
                  for i in range(split, first))):
        # A clause of its own after the figure before ("4.3%, while the economy grew by
        # 0.6%"): its words are this figure's, those before the break the other's, none of
        # its context. (Not a clause of adverbs alone, "Bank Rate, currently 5.25%", nor a
        # relative clause, "the election, in which they took 18%": both are about the words
        # before.)
        lo = split
        before = rising[0][0][split - base:]
    else:
        before = (rising[1][peer_before][lo - base: split - base]
                  + rising[0][peer_before][split - base:])
    ctx = dict(zip(keys[lo:first], before))
    f.surfaces.update(zip(keys[lo:first], words_[lo:first]))
    return lo, ctx


def _context_after(sentence: _Sentence, n: int, f: Found, ctx: dict, last: int,
                   break_after: int, shared: bool = False) -> int:
    """Weigh the words after figure ``n`` (``f``, past its words at ``last``) into ``ctx``, a key
    seen before keeping its weight unless this one is larger; where they end. ``shared``: the
    words past the next figure of its family are its too (``_tails_shared``)."""
    keys, words_, starts = sentence.keys, sentence.words, sentence.starts
    peer_start = sentence.next_start[n]
    end = min(len(keys), last + WINDOW_WORDS)
    # Past a clause break, the words before a later figure of its family are that one's.
    theirs = break_after if peer_start < _NO_BREAK and not shared else _NO_BREAK
    if n == 0 and f.kind == "date" and _DATELINE.fullmatch(sentence.seg_text, sentence.s_start,
                                                           f.start - sentence.offset):
        theirs = _NO_BREAK  # "ANKARA, March 6 (Reuters) - ...": the lead is the dateline's too
    weights = _WEIGHTS
    surfaces = f.surfaces
    for i in range(last, end):
        key = keys[i]
        if key is None:
            continue
        start = starts[i]
        if start > theirs:
            break
        weight = weights[start > break_after][start >= peer_start][i - last]
        if weight > ctx.get(key, 0.0):
            ctx[key] = weight
            surfaces[key] = words_[i]
    return end


def _weigh_head(sentence: _Sentence, f: Found, ctx: dict[str, float], first: int,
                last: int) -> None:
    """Weigh the word a figure is of above its other context words: a count's or an age's head,
    or the event named beside a date (which becomes ``f.event``)."""
    head, as_written = f.head, f.head
    if f.kind in WHEN_KINDS and (event := _event_of(sentence.seg_text, sentence.offset, sentence.words,
                                                sentence.keys, sentence.starts, first, last,
                                                f)) is not None:
        # (Not f.head: a count's head must match for a conflict, an event's need not.)
        head, as_written = sentence.keys[event], sentence.words[event]
        f.event = head
    if head:
        ctx[head] = max(ctx.get(head, 0.0), HEAD_WEIGHT)
        f.surfaces.setdefault(head, as_written)


def _clause_marks(sentence: _Sentence, f: Found, first: int, last: int, clause: tuple[int, int],
                  window: tuple[int, int]) -> None:
    """Fill in what a figure's clause and window (word ranges) say of it: a count's outcome,
    whether a weekday is a statement's day (``said``), its close words and marks, tenses and an
    amount's mark among them."""
    words_, keys = sentence.words, sentence.keys
    if f.kind == "count":
        f.outcome = outcome(keys, first, last, clause)
    if f.kind == "date" and f.key[0] == "weekday":
        f.said = any(words_[i] in SPEECH_VERB_WORDS
                     for i in range(max(clause[0], first - 3), first))
    f.close, f.marks = close_and_marks(words_, keys, sentence.covered, sentence.marks_at, first,
                                       last, clause, window)
    if f.kind == "date" and f.key[0] in ("month", "year") and (tense := month_tense(
            words_[first - 1] if first else None)) is not None:
        _mark_close(f, tense)
    if f.kind == "date" and f.key[0] in ("day", "month") and f.key[1] is not None:
        f.marks |= {YEAR + str(f.key[1])}  # (not a close word: two years' dates may conflict)
    if f.kind == "date" and f.key[0] == "weekday" and (
            tense := weekday_tense(words_[clause[0]:first])) is not None:
        _mark_close(f, tense)
    if f.kind in ("percent", "money") and (amount := amount_mark(
            words_[first - 1] if first else None)) is not None:
        f.marks |= {amount}  # (a mark, not a close word: it only keeps a loose merge off)


def _near(sentence: _Sentence, n: int, f: Found, lo: int, end: int, break_before: int,
          break_after: int) -> list[Found]:
    """The periods beside figure ``n`` (``f``), or the figures beside a period: those in its
    clause, or else in its window (words ``lo`` to ``end``, not past a neighbour of its family),
    as with marks: "12% in 2020, 13% in 2021". (By characters: figures are not words.)"""
    starts = sentence.starts
    others, other_starts = sentence.beside[f.kind == "date"]
    a = bisect_left(other_starts, max(sentence.prev_end[n], starts[lo] if lo else 0))
    b = bisect_left(other_starts,
                    min(sentence.next_start[n], starts[end] if end < len(starts) else _NO_BREAK), a)
    near = others[bisect_right(other_starts, break_before, a, b):
                  bisect_left(other_starts, break_after, a, b)]
    near = near or others[a:b]
    if not near and f.kind == "date" and a:
        # A period alone in its clause is the last figure's before it: "fell to 2.3%, its
        # lowest rate since July 2021" (against "2.9%, the lowest since November").
        near = others[a - 1:a]
    return near


_POSSESSIVE_GAP = re.compile(r"[’']s\s+|\s+")
_ON_GAP = re.compile(r"\s+")


_RELATIVE = frozenset({"which", "who", "whom", "whose", "where"})
# A dateline before its date: "ANKARA, ", "WILMINGTON, Delaware, ".
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\w.]*,)?\s+")
# A figure's update, dated right after it: "rose to more than 250 on Thursday".
_UPDATE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|reaches|hit|stood at|stands at"
    r"|was raised|revised)\s+(?:to\s+)?$", re.IGNORECASE)
_ON_DAY = re.compile(r"\s+(?:on\s+)?")


def _updates(inside: list[Found], seg_text: str, offset: int) -> None:
    """Mark the days that date a figure's update (Found.updated), and give the figure the day as
    a mark ("asof:friday": the toll on Friday and the toll on Thursday are two things)."""
    figure: Found | None = None
    for f in inside:
        if f.kind not in WHEN_KINDS:
            figure = f
            continue
        if (figure is not None and f.key[0] in ("weekday", "day")
                and _ON_DAY.fullmatch(seg_text, figure.end - offset, f.start - offset)
                and _UPDATE_BEFORE.search(seg_text, max(0, figure.start - offset - 30),
                                          figure.start - offset)):
            f.updated = figure
            _mark_close(figure, ASOF + f.value.lower())
        figure = None


def _mark_close(f: Found, mark: str) -> None:
    """Give ``f`` a mark that is also a close word (a tense, the day of an update)."""
    f.marks |= {mark}
    f.close |= {mark}


def _event_of(seg_text: str, offset: int, words_: list[str], keys: list[str | None],
              starts: list[int], first: int, last: int, f: Found) -> int | None:
    """The word naming the event a date is the date of, when it stands right beside the date:
    "the Monday conversation", "Sunday’s talks", "the January 23rd meeting", "a conversation on
    Monday"; and so of a time, "the 16:40 train", "the blast at 16:40" (not the word after "at
    16:40", "at 16:40 police arrived"). Like a count's counted noun it weighs more than other
    context words: the same day of the same event in two sources is one fact, whatever else their
    sentences say.
    """
    if last < len(words_) and keys[last] is not None and (
            f.kind == "date" or (first and words_[first - 1] in ("the", "a", "an"))):
        gap = seg_text[f.end - offset: starts[last] - offset]
        if _POSSESSIVE_GAP.fullmatch(gap) and seg_text[starts[last] - offset].islower():
            return last
    before = _EVENT_BEFORE[f.kind]  # "a conversation on Monday", "the blast at 16:40"
    if first >= 2 and words_[first - 1] == before and keys[first - 2] is not None:
        noun, on = starts[first - 2] - offset, starts[first - 1] - offset
        if (_ON_GAP.fullmatch(seg_text, on + len(before), f.start - offset)
                and _CLAUSE_BREAK.search(seg_text, noun, on) is None
                and seg_text[noun].islower()):  # (not a name: "near Calder Falls at 6:14")
            return first - 2
    return None


def _segments_with_marks(text: str, seg_starts: list[int]) -> set[int]:
    """Indices of the segments (from each start to the next) holding a quote mark: one search
    per such segment, which then skips to the next one."""
    out: set[int] = set()
    pos = 0
    while (m := QUOTE_MARK.search(text, pos)) is not None:
        index = bisect_right(seg_starts, m.start()) - 1
        out.add(index)
        pos = seg_starts[index + 1] if index + 1 < len(seg_starts) else len(text)
    return out


def _in_unnamed_quotes(found: list[Found], quotes: list[Found]) -> None:
    """Marks the figures said in the words of someone described but not named ("a fan told us:
    “We had 400 officers on duty”"): Found.unnamed. Such a figure is no source's own, and neither
    supports nor contradicts another's (tally.py)."""
    spans = [(q.start, q.end) for q in quotes if q.unnamed]
    for f in found if spans else ():
        if any(start <= f.start and f.end <= end for start, end in spans):
            f.unnamed = True


# A live blog's entry stamp: a time that opens its paragraph (markup before it at most: "**",
# "#"), alone on its line or before a separator or the entry's first word ("10.09am", "10:02 –
# Jane Doe is on stage"). The time an entry was posted, not a time the story reports.
_STAMP_BEFORE = re.compile(r"[\s#*_>\[(]*")
_STAMP_AFTER = re.compile(r"[*_\])]*(?:[^\S\n]*(?:\n|$)|[^\S\n]*[-–—:|]|[^\S\n]+[A-Z])")


def _entry_stamp(text: str, seg_start: int, t: Found) -> bool:
    return (_STAMP_BEFORE.fullmatch(text, seg_start, t.start) is not None
            and _STAMP_AFTER.match(text, t.end) is not None)


def extract_source(source: Source) -> list[Found]:
    """Every figure, date and quote of ``source`` in text order, with paragraph and context.

    Figures and dates are found in the whole text at once (one pass of each pattern costs far less
    than one per paragraph), then kept only when they lie within one readable paragraph. Quotes are
    found paragraph by paragraph: an unclosed quote mark must not run into the next one.
    """
    text = source.text
    segments = source.segments
    seg_starts = [seg.start for seg in segments]
    readable = set(readable_segments(source))
    masked = masked_spans(text)
    outside = Spans(masked).free

    def segment_of(f: Found) -> int | None:
        """The segment ``f`` lies within, or None (in a gap, or across two)."""
        index = bisect_right(seg_starts, f.start) - 1
        return index if index >= 0 and f.end <= segments[index].end else None

    runs = digit_runs(text)
    # Only dates within one segment keep figures out: a dropped date must not hide its numbers.
    dates = [(index, d) for d in find_dates(text, runs)
             if outside(d.start, d.end) and (index := segment_of(d)) is not None]
    if dates:
        outside = Spans(masked + [(d.start, d.end) for _i, d in dates]).free
    dates += [(index, t) for t in find_times(text, runs)
              if outside(t.start, t.end) and (index := segment_of(t)) is not None
              and not _entry_stamp(text, segments[index].start, t)]
    whens = [(d.start, d.end) for _i, d in dates]
    low = lowered(text)
    votes = find_votes(text, masked + whens, runs, low)
    figures = votes + find_figures(text, masked + whens + [(v.start, v.end) for v in votes], runs, low)
    if dates and (bylines := byline_segments(source, dates)):
        dates = [(index, d) for index, d in dates if index not in bylines]  # (still kept out)
    dates = [(index, d) for index, d in dates if not page_stamp(text, segments[index].start, d)]
    by_segment: dict[int, list[Found]] = {}
    for index, f in sorted(dates + [(segment_of(f), f) for f in figures], key=lambda p: p[1].start):
        if index in readable:
            by_segment.setdefault(index, []).append(f)
    with_marks = _segments_with_marks(text, seg_starts)
    out: list[Found] = []
    quotes: list[Found] = []
    for index in sorted(readable):
        found = by_segment.get(index, [])
        if not found and index not in with_marks:
            continue
        seg = segments[index]
        seg_text = text[seg.start:seg.end]
        # (find_quotes splits sentences itself when it has none and finds a quote.)
        sentences = sentence_bounds(seg_text) if found else None
        seg_quotes = find_quotes(seg_text, seg.start, sentences, text) if index in with_marks else []
        if found:
            _context(found, seg_text, seg.start, sentences)
            _in_unnamed_quotes(found, seg_quotes)
        for f in found + seg_quotes:
            f.source = source.id
            f.paragraph = index
        out.extend(found)
        quotes.extend(seg_quotes)
    quotes = join_across_paragraphs(quotes, text, segments)
    resolve_pronouns(quotes, text, {q.paragraph: segments[q.paragraph].start for q in quotes},
                     [seg.end for seg in segments if seg.kind == "heading"] if quotes else ())
    out.extend(quotes)
    out.sort(key=lambda f: (f.start, f.end))
    return out
