"""The corpus report's content: every source against a base, who resembles whom, and the facts.

The formats (html, markdown, jsonfmt) render a :class:`CorpusReport`; this module decides what is
in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import SeedreaderError
from ..models import Comparison, Corpus, Source
from ..sanitize import sanitize_line
from .factview import FactSelection, corpus_facts

# Whole-text similarity (compare().similarity: the share of both texts matched, weighted by how
# alike the matched blocks are) from which two reports read as one text rewritten, and from which
# they share passages; below, they are separate reports of one event. On the seeds, the two
# rewrites of one wire story score 55%, the separate reports 3-12%.
REWRITE_AT = 0.4
SHARED_AT = 0.2

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Relation:
    """Two sources and how alike they are."""

    a: Source
    b: Source
    similarity: float

    @property
    def verdict(self) -> str:
        if self.similarity >= REWRITE_AT:
            return "rewrite"
        if self.similarity >= SHARED_AT:
            return "shared"
        return "independent"

    def sentence(self, name: Callable[[Source], str]) -> str:
        """What the relation means, in words, naming sources with ``name``."""
        earlier, later = _by_date(self.a, self.b)
        if self.verdict == "rewrite":
            if earlier is not None:
                return f"{name(later)} reads as a rewrite of {name(earlier)}, published earlier"
            return "one reads as a rewrite of the other, or both of one text"
        if self.verdict == "shared":
            return "they share passages or a common source"
        return "separate reports of the event"


def _by_date(a: Source, b: Source) -> tuple[Source | None, Source | None]:
    """(earlier, later) when both carry different ISO dates; else (None, None)."""
    da, db = a.published.strip()[:10], b.published.strip()[:10]
    if _ISO_DATE.fullmatch(da) and _ISO_DATE.fullmatch(db) and da != db:
        return (a, b) if da < db else (b, a)
    return None, None


@dataclass(frozen=True)
class CorpusReport:
    name: str  # the corpus folder's name (never its full path: reports travel)
    sources: tuple[Source, ...]
    base: Source
    comparisons: tuple[Comparison, ...]  # base against every other source, in corpus order
    matrix: tuple[tuple[float, ...], ...]  # matrix[i][j]: similarity of sources i and j
    facts: FactSelection

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

    @property
    def relations(self) -> tuple[Relation, ...]:
        """Every pair of sources, most alike first."""
        pairs = [
            Relation(self.sources[i], self.sources[j], self.matrix[i][j])
            for i in range(len(self.sources))
            for j in range(i + 1, len(self.sources))
        ]
        return tuple(sorted(pairs, key=lambda r: -r.similarity))


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


def build_report(corpus: Corpus, base: str | int | None = None) -> CorpusReport:
    from ..align import compare

    base_source = resolve_base(corpus, base)
    sources = corpus.sources
    n = len(sources)
    comparisons = tuple(compare(base_source, s) for s in sources if s.id != base_source.id)
    # The matrix needs only similarities: the base's comparisons give theirs (so that the matrix
    # and the comparisons agree), the other pairs are compared once, without word diffs (the
    # same figures, far cheaper).
    with_base = {c.right.id: c.similarity for c in comparisons}
    grid = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = sources[i], sources[j]
            if a.id == base_source.id or b.id == base_source.id:
                similarity = with_base[b.id if a.id == base_source.id else a.id]
            else:
                similarity = compare(a, b, spans=False).similarity
            grid[i][j] = grid[j][i] = similarity
    # A folder name is not article text and was never cleaned: it may hold escape codes, which
    # go whole (sanitize_line), not character by character (that would leave "]0;title" behind).
    name = (sanitize_line(_folder_name(corpus.path)) if corpus.path is not None else "") or "corpus"
    return CorpusReport(
        name=name,
        sources=sources,
        base=base_source,
        comparisons=comparisons,
        matrix=tuple(tuple(row) for row in grid),
        facts=corpus_facts(corpus),
    )
