"""The engine's data: frozen dataclasses shared by the CLI, the exports and the reader."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Iterator, Literal, Sequence

SegmentKind = Literal["paragraph", "heading", "list", "preformatted"]  # preformatted: code, tables
BlockKind = Literal["same", "changed", "moved", "left_only", "right_only"]
SpanOp = Literal["equal", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One paragraph of a source: ``Source.text[start:end]``."""

    start: int
    end: int
    kind: SegmentKind = "paragraph"


# The slots' descriptors: what the frozen dataclass's __init__ sets through object.__setattr__.
_SET_START, _SET_END, _SET_KIND = Segment.start.__set__, Segment.end.__set__, Segment.kind.__set__


def segments_of(starts: Sequence[int], ends: Sequence[int], kinds: Sequence[SegmentKind]
                ) -> tuple[Segment, ...]:
    """``tuple(map(Segment, starts, ends, kinds))`` for sequences of the same length (the same
    Segments), made about twice as fast: the segmenter makes 10,000 of them for a long text, and
    the dataclass's __init__ (a Python call setting each field through object.__setattr__) costs
    0.44 µs each. Here the objects are made first and each field is set by a C-level map over
    its slot's descriptor."""
    if not len(starts) == len(ends) == len(kinds):
        raise ValueError("segments_of: starts, ends and kinds differ in length")
    segments = list(map(object.__new__, repeat(Segment, len(starts))))
    deque(map(_SET_START, segments, starts), 0)  # (deque(..., 0): runs the map, keeps nothing)
    deque(map(_SET_END, segments, ends), 0)
    deque(map(_SET_KIND, segments, kinds), 0)
    return tuple(segments)


@dataclass(frozen=True, slots=True)
class Source:
    """One article, cleaned. Every offset anywhere in seedreader refers to ``text``."""

    id: str
    title: str
    text: str
    segments: tuple[Segment, ...]
    outlet: str = ""
    published: str = ""
    url: str = ""
    notes: str = ""
    path: Path | None = None
    warnings: tuple[str, ...] = ()
    # The texts of ``segments``, made once: exports and the reader take them per block.
    paragraphs: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if hasattr(self, "paragraphs"):  # set by source_with_paragraphs() before __init__
            return
        text = self.text
        object.__setattr__(self, "paragraphs", tuple(text[s.start : s.end] for s in self.segments))

    def __len__(self) -> int:
        return len(self.text)


def source_with_paragraphs(paragraphs: tuple[str, ...], /, **fields) -> Source:
    """``Source(**fields)`` given its paragraphs, which must be the texts of ``fields["segments"]``
    (the segmenter has them at hand, having just cut them): they are not cut from the text again
    (1.5 ms for a long text of 10,000 segments). Otherwise the same Source."""
    source = object.__new__(Source)
    object.__setattr__(source, "paragraphs", paragraphs)
    source.__init__(**fields)
    return source


@dataclass(frozen=True, slots=True)
class Corpus:
    """The sources of one folder, in INDEX.md order, plus what was skipped and why."""

    path: Path | None
    sources: tuple[Source, ...]
    warnings: tuple[str, ...] = ()
    ids: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _positions: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built once: the reader asks for positions on every key press, of thousands of sources.
        object.__setattr__(self, "ids", tuple(source.id for source in self.sources))
        positions: dict[str, int] = {}
        for n, source_id in enumerate(self.ids):
            positions.setdefault(source_id, n)
        object.__setattr__(self, "_positions", positions)

    def __getitem__(self, key: str | int) -> Source:
        if isinstance(key, int):
            return self.sources[key]
        return self.sources[self._positions[key]]

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def __iter__(self) -> Iterator[Source]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)

    def index(self, source_id: str) -> int:
        """The place of source ``source_id`` in the list, from 0 (KeyError when it is not there)."""
        return self._positions[source_id]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of original text in a block's word diff.

    ``minor``: a delete/insert pair whose tokens differ only in ways that do not matter (curly vs
    straight quotes, "per cent" vs "percent", co-ordination vs coordination); shown subdued and not
    counted as a change. In ``to_dict()`` such a span has ``"minor": true`` (the others no key).
    """

    op: SpanOp
    text: str
    minor: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """Paragraphs of the left and right side that belong together, with their word diff."""

    kind: BlockKind
    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: float
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "left": list(self.left),
            "right": list(self.right),
            "similarity": round(self.similarity, 4),
            # "minor": a difference that does not count (see Span), marked only where it is one
            "spans": [{"op": s.op, "text": s.text, "minor": True} if s.minor else
                      {"op": s.op, "text": s.text} for s in self.spans],
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The result of ``compare(left, right)``."""

    left: Source
    right: Source
    similarity: float
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        def side(source: Source) -> dict:
            return {"id": source.id, "title": source.title, "paragraphs": list(source.paragraphs)}

        return {
            "left": side(self.left),
            "right": side(self.right),
            "similarity": round(self.similarity, 4),
            "blocks": [block.to_dict() for block in self.blocks],
        }

    @property
    def differences(self) -> tuple[int, ...]:
        """Indices of blocks a reader steps through with next/previous difference."""
        return tuple(i for i, b in enumerate(self.blocks) if b.kind != "same")
