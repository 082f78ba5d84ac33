"""The corpus report's content: every source against a base, who resembles whom, and the facts.

The formats (html, markdown, jsonfmt) render a :class:`CorpusReport`; this module decides what is
in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import SeedreaderError
from ..models import Comparison, Corpus, Source
from ..overlap import Overlap, in_common, source_words
from ..published import read_published, same_clock
from ..sanitize import sanitize_line
from .common import counted, percent
from .factview import FactSelection, corpus_facts

# Whole-text similarity (compare().similarity: the share of both texts matched, weighted by how
# alike the matched blocks are) from which two reports read as one text rewritten, and from which
# they share passages; below, they are separate reports of one event. On the seeds, the two
# rewrites of one wire story score 55%, the separate reports 3-12%.
REWRITE_AT = 0.4
SHARED_AT = 0.2
# Two sources with a passage this long word for word in common (a sentence or more: a quote of a
# press release) share text, however unalike the rest: on the seeds, separate reports of one event
# have at most 6 words in a row in common; a quoted sentence of a release has 13 to 18.
PASSAGE_WORDS = 12
# A third source both of a pair are this much more like than like each other: what the two
# have in common may come from it (two stories that each copied one release).
NEARER_BY = 0.01




@dataclass(frozen=True)
class Relation:
    """Two sources and how alike they are; with what the report measured (``build_report``):
    how much of each the other has word for word, the longest passage they have in common, and
    a third source both are more like than like each other."""

    a: Source
    b: Source
    similarity: float
    shared: Overlap | None = None  # left_*: a's words in b; right_*: b's words in a
    passage: int = 0  # words of the longest passage the two have word for word
    nearer: tuple[Source, float, float] | None = None  # (c, similarity a-c, similarity b-c)

    @property
    def verdict(self) -> str:
        if self.similarity >= REWRITE_AT:
            return "rewrite"
        if self.similarity >= SHARED_AT or self.passage >= PASSAGE_WORDS:
            return "shared"
        return "independent"

    def sentence(self, name: Callable[[Source], str]) -> str:
        """What the numbers show, in words, naming sources with ``name``: what the verdict
        suggests, which share of each source's words the other has, the longest passage they share when it tells why they are
        listed, which is dated earlier, and a source both are more like than like each other.
        (No direction is claimed: a later text may copy an earlier one, or both a third.)"""
        if self.shared is None:
            return self._verdict_sentence(name)
        parts = [_LEADS[self.verdict], self._shares(name)]
        if self.verdict != "rewrite" and self.passage >= PASSAGE_WORDS:
            parts.append(f"their longest passage in common is {self.passage} words")
        dates = _dates(self.a, self.b, name)
        if dates:
            parts.append(dates)
        if self.nearer is not None:
            c, to_a, to_b = self.nearer
            parts.append(f"both are more like {name(c)} ({percent(to_a)} and {percent(to_b)} "
                         "alike) than like each other")
        return "; ".join(parts)

    def _shares(self, name: Callable[[Source], str]) -> str:
        """'word for word, 99% of #3's words are in #1, 47% of #1's in #3' (the larger share
        first: how much of one is in the other)."""
        o = self.shared
        sides = [(self.a, self.b, o.left_share), (self.b, self.a, o.right_share)]
        if sides[1][2] > sides[0][2]:
            sides.reverse()
        (x, y, first), (_, _, second) = sides
        return (f"word for word, {percent(first)} of {name(x)}'s words are in {name(y)}, "
                f"{percent(second)} of {name(y)}'s in {name(x)}")

    def _verdict_sentence(self, name: Callable[[Source], str]) -> str:
        """Without measures (a Relation made by hand): what the similarity suggests."""
        if self.verdict == "rewrite":
            earlier, later = _by_date(self.a, self.b)
            if earlier is not None:
                return (f"{name(later)}, dated later, reads as a rewrite of {name(earlier)}, "
                        "or both of one text")
        return _LEADS[self.verdict]


# What each verdict suggests, claiming no direction (the dates and shares follow it).
_LEADS = {"rewrite": "one reads as a rewrite of the other, or both of one text",
          "shared": "they share passages or a common source",
          "independent": "separate reports of the event"}


def _keys(a: Source, b: Source) -> tuple[str, str] | None:
    """What orders ``a`` and ``b`` in time: their ISO days, or day and time when both give a
    time in the same zone (on one day, 06:58 is earlier than 13:15); None without both dates
    (``published.read_published``)."""
    pa, pb = read_published(a.published), read_published(b.published)
    if pa is None or pb is None:
        return None
    if same_clock(pa, pb):
        return pa.label(), pb.label()
    return pa.day, pb.day


def _dates(a: Source, b: Source, name: Callable[[Source], str]) -> str:
    """'#1 is dated earlier (2026-11-03; #4: 2026-11-04)', with times of day when both give them
    ('#3 is dated earlier (2026-11-21 07:41; #18: 2026-11-21 13:15)'), 'both are dated
    2026-11-03' (or '... 13:30'), or '' when a date is missing or not an ISO date."""
    keys = _keys(a, b)
    if keys is None:
        return ""
    ka, kb = keys
    if ka == kb:
        return f"both are dated {ka}"
    (earlier, first), (later, second) = sorted(((a, ka), (b, kb)), key=lambda pair: pair[1])
    return f"{name(earlier)} is dated earlier ({first}; {name(later)}: {second})"


def _dated_after(c: Source, a: Source, b: Source) -> bool:
    """Whether ``c`` is dated later than both ``a`` and ``b`` (by day, or by time of day where
    they give one; False when any of the three has no ISO date)."""
    return all(keys is not None and keys[0] > keys[1] for keys in (_keys(c, a), _keys(c, b)))


def _by_date(a: Source, b: Source) -> tuple[Source | None, Source | None]:
    """(earlier, later) when both are dated and not alike (by day, or time of day); else
    (None, None)."""
    keys = _keys(a, b)
    if keys is not None and keys[0] != keys[1]:
        return (a, b) if keys[0] < keys[1] else (b, a)
    return None, None


@dataclass(frozen=True)
class CorpusReport:
    name: str  # the corpus folder's name (never its full path: reports travel)
    sources: tuple[Source, ...]
    base: Source
    comparisons: tuple[Comparison, ...]  # base against every other source, in corpus order
    matrix: tuple[tuple[float, ...], ...]  # matrix[i][j]: similarity of sources i and j
    facts: FactSelection
    # shared[i][j]: how many words of source i source j has word for word (shared[i][i]: all of
    # i's words); passages[i][j]: words of the longest passage i and j have in common. Empty
    # when not measured.
    shared: tuple[tuple[int, ...], ...] = ()
    passages: tuple[tuple[int, ...], ...] = ()
    # The heading of the folder's INDEX.md ("# Court ruling on river dam"), plain text on one
    # line: the report's title when there is one (``corpus.index_heading``); else "".
    heading: str = ""
    # Why the base is the base, in words after its label ("the first in the index"; see
    # ``default_base``); "" for a base the caller chose.
    base_reason: str = ""

    places: dict[str, int] = field(init=False, repr=False, compare=False)  # id -> 1-based place

    def __post_init__(self) -> None:
        places: dict[str, int] = {}
        for n, source in enumerate(self.sources, 1):
            places.setdefault(source.id, n)
        object.__setattr__(self, "places", places)

    def position(self, source: Source) -> int:
        """1-based place of ``source`` in the corpus."""
        return self.places[source.id]

    def label(self, source: Source) -> str:
        """How the report names a source: its place in the index, '#3'."""
        return f"#{self.position(source)}"

    def name_of(self, source_id: str) -> str:
        """:meth:`label` by id (facts name their sources by id)."""
        n = self.places.get(source_id)
        return source_id if n is None else f"#{n}"

    def closest(self, source: Source) -> Relation | None:
        """The source most like ``source`` (ties: the earlier in the index)."""
        i = self.position(source) - 1
        best = None
        for j, other in enumerate(self.sources):
            if j != i and (best is None or self.matrix[i][j] > best.similarity):
                best = Relation(source, other, self.matrix[i][j])
        return best

    def word_count(self, source: Source) -> int:
        """``source``'s word count (``overlap.source_words``), as ``build_report`` counted it."""
        if self.shared:
            i = self.position(source) - 1
            return self.shared[i][i]
        return source_words(source)

    def overlap(self, comparison: Comparison) -> Overlap | None:
        """How much of each side of one of ``comparisons`` the other has word for word
        (``overlap.overlap(comparison)``), as ``build_report`` measured it; None when not
        measured."""
        if not self.shared:
            return None
        return self._overlap(self.position(comparison.left) - 1,
                             self.position(comparison.right) - 1)

    def _overlap(self, i: int, j: int) -> Overlap:
        """Sources i and j (0-based places): how much of each the other has word for word."""
        return Overlap(self.shared[i][j], self.shared[i][i], self.shared[j][i], self.shared[j][j])

    def share(self, i: int, j: int) -> float:
        """The share of source i's words (0-based places) that source j has word for word."""
        words = self.shared[i][i]
        return self.shared[i][j] / words if words else 0.0

    @property
    def relations(self) -> tuple[Relation, ...]:
        """Every pair of sources, most alike first."""
        pairs = [self._relation(i, j) for i in range(len(self.sources))
                 for j in range(i + 1, len(self.sources))]
        return tuple(sorted(pairs, key=lambda r: -r.similarity))

    def _relation(self, i: int, j: int) -> Relation:
        a, b, m = self.sources[i], self.sources[j], self.matrix
        if not self.shared:
            return Relation(a, b, m[i][j])
        shared = self._overlap(i, j)
        # A third source both are clearly more like than like each other (and that shares
        # text with both): what the two have in common may come from it. Not from a source
        # dated after both (neither can have copied it), nor from one that has less of a side's
        # words than the other side has (99% of #3 is in #1, 79% in #4: #3 may be #1 cut).
        nearer, best = None, m[i][j] + NEARER_BY
        for k, c in enumerate(self.sources):
            if (k not in (i, j) and min(m[i][k], m[j][k]) >= max(best, SHARED_AT)
                    and self.share(i, k) > shared.left_share
                    and self.share(j, k) > shared.right_share
                    and not _dated_after(c, a, b)):
                nearer, best = (c, m[i][k], m[j][k]), min(m[i][k], m[j][k])
        return Relation(a, b, m[i][j], shared, self.passages[i][j], nearer)


def resolve_base(corpus: Corpus, base: str | int | None) -> Source:
    """The base source: by id, 1-based position (a string or an int) or the path of its file;
    the first source when None."""
    if isinstance(base, int) and not isinstance(base, bool):
        base = str(base)
    elif base is not None and not isinstance(base, str):
        raise TypeError(f"base is a source id, position or file, not {type(base).__name__}")
    if not corpus.sources:
        raise SeedreaderError("the corpus has no sources to report on")
    if base is None:
        return corpus.sources[0]
    from ..corpus import find_source, unlisted_source_file

    found = find_source(corpus, base)
    if found is not None:
        return found
    unlisted = unlisted_source_file(corpus, base)
    if unlisted is not None:
        raise SeedreaderError(f"unknown base {base!r}: {unlisted}")
    raise SeedreaderError(
        f"unknown base {base!r}: not a source id, position or file of the corpus "
        f"(the corpus has {len(corpus)})"
    )


def _folder_name(path) -> str:
    """The folder's own name, also when given as '.', './' or 'a/..' (whose name is '' or '..')."""
    if path.name not in ("", ".", ".."):
        return path.name
    try:
        return path.resolve().name
    except (OSError, RuntimeError):
        return ""


# A first source with fewer words than this share of the median source's is no base by default
# (a wire flash of 17 words against write-throughs of 300: every comparison "only in B").
SHORT_BASE = 0.5


def default_base(sources: tuple[Source, ...], counts: list[int]
                 ) -> tuple[int, str, dict[tuple[int, int], Comparison]]:
    """The base of a report given none: (its 0-based place, why, the pairs compared to choose
    it). The first source, as the index lists them, unless it is short (under ``SHORT_BASE`` of
    the median word count, of three sources or more): then the source most like the others on
    average (ties: the earlier), whose comparisons show what each other source adds or lacks."""
    from statistics import median

    from ..align import compare

    n = len(sources)
    typical = median(counts) if counts else 0
    if n < 3 or counts[0] >= SHORT_BASE * typical:
        return 0, "the first in the index", {}
    pairs = {(i, j): compare(sources[i], sources[j], spans=False)
             for i in range(n) for j in range(i + 1, n)}
    mean = [sum(pairs[min(i, j), max(i, j)].similarity for j in range(n) if j != i) / (n - 1)
            for i in range(n)]
    best = max(range(n), key=lambda i: (mean[i], -i))
    words = counted(counts[0], "word")
    return best, (f"the source most like the others ({percent(mean[best])} alike on average); "
                  f"#1, first in the index, has {words}, under half the median source's "
                  f"{int(typical):,}"), pairs


def build_report(corpus: Corpus, base: str | int | None = None) -> CorpusReport:
    from ..align import compare, with_word_diffs
    from ..corpus import index_heading

    sources = corpus.sources
    n = len(sources)
    counts = [source_words(s) for s in sources]
    ahead: dict[tuple[int, int], Comparison] = {}  # pairs compared to choose the base
    reason = ""
    place = -1
    if base is None and sources:  # (by place: an id that looks like a number is not taken)
        place, reason, ahead = default_base(sources, counts)
        base_source = sources[place]
    else:
        base_source = resolve_base(corpus, base)
    # (a pair compared to choose the base, the base on its left, is not paired again)
    comparisons = tuple(with_word_diffs(ahead[place, j]) if (place, j) in ahead
                        else compare(base_source, s)
                        for j, s in enumerate(sources) if s.id != base_source.id)
    # The matrix: the base's comparisons give theirs (so that the matrix and the comparisons
    # agree); the other pairs are compared once, without word diffs (in_common makes those of
    # the blocks that pair paragraphs, all the words in common need).
    with_base = {c.right.id: c for c in comparisons}
    grid = [[1.0] * n for _ in range(n)]
    shared = [[counts[i] if i == j else 0 for j in range(n)] for i in range(n)]
    passages = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = sources[i], sources[j]
            if a.id == base_source.id or b.id == base_source.id:
                comparison = with_base[b.id if a.id == base_source.id else a.id]
            else:
                comparison = ahead.get((i, j)) or compare(a, b, spans=False)
            grid[i][j] = grid[j][i] = comparison.similarity
            left_shared, right_shared, passage = in_common(comparison)
            if comparison.left is a:
                shared[i][j], shared[j][i] = left_shared, right_shared
            else:  # (the base, on the left, comes after a in the corpus)
                shared[j][i], shared[i][j] = left_shared, right_shared
            passages[i][j] = passages[j][i] = passage
    # A folder name is not article text and was never cleaned: it may hold escape codes, which
    # go whole (sanitize_line), not character by character (that would leave "]0;title" behind).
    name = (sanitize_line(_folder_name(corpus.path)) if corpus.path is not None else "") or "corpus"
    heading = index_heading(corpus.path) if corpus.path is not None else ""
    return CorpusReport(
        name=name,
        sources=sources,
        base=base_source,
        comparisons=comparisons,
        matrix=tuple(tuple(row) for row in grid),
        facts=corpus_facts(corpus),
        shared=tuple(map(tuple, shared)),
        passages=tuple(map(tuple, passages)),
        heading=heading,
        base_reason=reason,
    )
