"""The engine's data: frozen dataclasses shared by the CLI, the exports and the reader."""

from __future__ import annotations

import operator
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, overload

SegmentKind = Literal["paragraph", "heading", "list", "preformatted"]  # preformatted: code, tables
IDS_SHOWN = 5  # ids a KeyError of Corpus (and its repr) names before "and N more"
REPR_TITLE = 40  # characters of a title a repr shows


def _clipped(text: str, limit: int = REPR_TITLE) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"
BlockKind = Literal["same", "changed", "moved", "left_only", "right_only"]
SpanOp = Literal["equal", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One paragraph of a source: ``Source.text[start:end]``."""

    start: int
    end: int
    kind: SegmentKind = "paragraph"


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
        text = self.text
        object.__setattr__(self, "paragraphs", tuple(text[s.start : s.end] for s in self.segments))

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:  # (short: the text may be megabytes)
        return (f"Source(id={self.id!r}, title={_clipped(self.title)!r}, "
                f"{_plural(len(self.segments), 'paragraph')}, {len(self.text)} chars)")

    def about(self) -> dict:
        """Who published it, when and where: ``outlet``, ``published``, ``url`` (JSON-ready)."""
        return {"outlet": self.outlet, "published": self.published, "url": self.url}

    def to_dict(self, corpus: Corpus | None = None) -> dict:
        """The source as ``seedreader sources --format json`` gives it (JSON-ready): id, title,
        outlet, published, url, paragraphs (their texts), text, file and notes. ``file`` is
        its path in ``corpus``'s folder as INDEX.md lists it (``sub/a.txt``), else (no corpus
        given, or a file outside its folder) the file's name; None for a source made of a text.
        Control and invisible characters of a file name are escapes (``\\x1b[31mred.txt``)."""
        return {"id": self.id, "title": self.title, **self.about(),
                "paragraphs": list(self.paragraphs), "text": self.text,
                "file": self._file_in(corpus), "notes": self.notes}

    def _file_in(self, corpus: Corpus | None) -> str | None:
        if self.path is None:
            return None
        from .corpus import path_in_folder
        from .sanitize import escaped

        name = path_in_folder(corpus, self) if corpus is not None else None
        return escaped(self.path.name if name is None else name)  # (none, or not in the folder)


@dataclass(frozen=True, slots=True)
class Corpus(Sequence):
    """The sources of one folder, in INDEX.md order, plus what was skipped and why.

    A sequence of Sources (``collections.abc.Sequence``) that also takes ids: ``corpus[0]`` is
    the first (positions count from 0 here, as in any Python sequence; the CLI's positions,
    ``seedreader sources``' ``#``, count from 1), ``corpus[1:3]`` a tuple of Sources,
    ``corpus["id"]`` the source with that id (KeyError naming the ids there are; TypeError for
    a key that is neither), ``len``, iteration, ``reversed``, ``in`` for an id or a Source, and
    ``index()`` of a Source (ValueError when it is not there, as a list's) or of an id (KeyError).
    """

    path: Path | None
    sources: tuple[Source, ...]
    warnings: tuple[str, ...] = ()
    # The names of the folder's files its INDEX.md leaves out and ``index --update`` would add
    # (what load_corpus warned about), for the hint on a reference to one of them.
    unlisted: tuple[str, ...] = field(default=(), compare=False, repr=False)
    ids: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _positions: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built once: the reader asks for positions on every key press, of thousands of sources.
        object.__setattr__(self, "ids", tuple(source.id for source in self.sources))
        positions: dict[str, int] = {}
        for n, source_id in enumerate(self.ids):
            positions.setdefault(source_id, n)
        object.__setattr__(self, "_positions", positions)

    @overload
    def __getitem__(self, key: int | str) -> Source: ...

    @overload
    def __getitem__(self, key: slice) -> tuple[Source, ...]: ...

    def __getitem__(self, key):
        if isinstance(key, str):
            return self.sources[self.index(key)]
        if isinstance(key, slice):
            return self.sources[key]
        try:
            position = operator.index(key)  # (an int, or what stands for one: numpy's)
        except TypeError:
            raise TypeError(f"a Corpus is indexed by a position (an int, from 0), a slice or a "
                            f"source id (a str), not {type(key).__name__}") from None
        return self.sources[position]

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is the id of a source, or a source, of the corpus."""
        if isinstance(key, Source):
            position = self._positions.get(key.id)
            return position is not None and (self.sources[position] is key
                                             or any(s is key or s == key for s in self.sources
                                                    if s.id == key.id))
        try:
            return key in self._positions
        except TypeError:  # (unhashable: no id)
            return False

    def __iter__(self) -> Iterator[Source]:
        return iter(self.sources)

    def __repr__(self) -> str:
        ids = ", ".join(self.ids[:IDS_SHOWN]) + (", …" if len(self.ids) > IDS_SHOWN else "")
        path = os.fspath(self.path) if self.path is not None else None
        warned = f", {_plural(len(self.warnings), 'warning')}" if self.warnings else ""
        return f"Corpus(path={path!r}, {_plural(len(self), 'source')}: {ids}{warned})"

    def __len__(self) -> int:
        return len(self.sources)

    def to_dict(self) -> dict:
        """What ``seedreader sources --format json`` prints (JSON-ready): ``schema_version``,
        ``kind`` ("sources") and ``sources``, each ``Source.to_dict(corpus)``."""
        from .export.common import SCHEMA_VERSION

        return {"schema_version": SCHEMA_VERSION, "kind": "sources",
                "sources": [source.to_dict(self) for source in self.sources]}

    def index(self, value: Source | str, start: int = 0, stop: int | None = None) -> int:
        """The place of a source in the list, from 0: ``value`` is a Source (ValueError when it
        is not there, as for a list) or a source's id (KeyError when none has it, saying which
        ids there are); ``start`` and ``stop`` bound the search, as for a list."""
        window = range(len(self))[start:stop]
        if isinstance(value, Source):
            for n in window:
                if self.sources[n] is value or self.sources[n] == value:
                    return n
            raise ValueError(f"{value!r} is not in the corpus")
        if not isinstance(value, str):
            raise TypeError(f"Corpus.index() takes a Source or a source id (a str), not "
                            f"{type(value).__name__}")
        position = self._positions.get(value)
        if position is None:
            raise KeyError(self._missing(value))
        if position not in window:  # (a Corpus made by hand may hold an id twice)
            position = next((n for n in window if self.ids[n] == value), position)
        if position not in window:
            bounds = f"{'' if start == 0 else start}:{'' if stop is None else stop}"
            raise KeyError(f"source {value!r} is at {position}, not in the range searched "
                           f"(corpus[{bounds}])")
        return position

    def count(self, value: object) -> int:
        """How many times ``value`` is in the corpus: a Source (equal ones, as for a list), or
        a source's id (the sources that have it: 1 or 0 in a loaded corpus), as ``in`` takes
        either."""
        if isinstance(value, str):
            return self.ids.count(value)
        return sum(1 for s in self.sources if s is value or s == value)

    def _missing(self, key: object) -> str:
        """What a KeyError for ``key`` says: the ids there are, and how positions count."""
        shown = ", ".join(self.ids[:IDS_SHOWN]) + (f" and {len(self.ids) - IDS_SHOWN} more"
                                                   if len(self.ids) > IDS_SHOWN else "")
        hint = "corpus[n] counts from 0"
        if isinstance(key, str) and key.isascii() and key.isdigit() and 1 <= int(key) <= len(self):
            hint = (f"a position is an int, counted from 0: corpus[{int(key) - 1}] is source "
                    f"#{key} of 'seedreader sources'")
        return f"no source {key!r} (ids: {shown or 'none'}; {hint})"


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

    def __repr__(self) -> str:
        return (f"Block(kind={self.kind!r}, left={self.left!r}, right={self.right!r}, "
                f"similarity={self.similarity:.2f}, {_plural(len(self.spans), 'span')})")

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


def joined(paragraphs: tuple[str, ...], indices: tuple[int, ...]) -> str:
    """The text of a block's side: its paragraphs (``indices`` into ``paragraphs``) joined by
    newlines."""
    return paragraphs[indices[0]] if len(indices) == 1 else "\n".join(
        [paragraphs[i] for i in indices])


@dataclass(frozen=True, slots=True)
class Comparison:
    """The result of ``compare(left, right)``."""

    left: Source
    right: Source
    similarity: float
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def __repr__(self) -> str:
        return (f"Comparison(left={self.left.id!r}, right={self.right.id!r}, "
                f"similarity={self.similarity:.2f}, {_plural(len(self.blocks), 'block')}, "
                f"{_plural(len(self.differences), 'difference')})")

    def to_dict(self) -> dict:
        def side(source: Source) -> dict:  # (as in `seedreader diff --format json`)
            return {"id": source.id, "title": source.title, "paragraphs": list(source.paragraphs),
                    **source.about()}

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
