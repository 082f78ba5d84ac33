"""JSON exports: compare().to_dict() plus the pair's facts; the corpus report as data."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from ..models import Comparison
from ..overlap import overlap
from .common import SCHEMA_VERSION
from .factview import FactSelection
from .report import CorpusReport

# Up to this many characters, JSON is indented in full (json.dumps(indent=2)). Larger output
# (a diff of 100,000 paragraphs: 25 MB) puts each record on a line of its own instead: indenting
# makes json use its pure-Python encoder, ~4x slower than the C one that writes each record.
FULLY_INDENTED = 512 * 1024
LONG = 20  # a list longer than this gets one line per item in large output
_RECORD = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(", ", ": "))


class Lazy:
    """A list in data for ``dump_json`` whose items are made one at a time as they are written:
    ``Lazy(comparisons, Comparison.to_dict)``, so that hundreds of thousands of blocks are never
    all dicts at once."""

    __slots__ = ("items", "make")

    def __init__(self, items: Sequence, make: Callable[[Any], Any]) -> None:
        self.items, self.make = items, make

    def made(self) -> list:
        return [self.make(item) for item in self.items]


def dump_json(data: dict | list) -> str:
    """``data`` as readable JSON text ending in a newline, fast at any size.

    Up to ``FULLY_INDENTED`` characters: ``json.dumps(data, indent=2)``. Beyond: the top two
    levels, lists longer than ``LONG`` (or ``Lazy``) and objects holding such a list are
    indented, lists of numbers excepted; everything else is written by the C encoder on one
    line (a block, a fact, a paragraph, a matrix row).
    """
    parts: list[str] = []
    _compose(data, 0, parts)
    text = "".join(parts)
    if len(text) <= FULLY_INDENTED:
        return json.dumps(data, ensure_ascii=False, indent=2, default=_made) + "\n"
    return text + "\n"


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def ascii_json(text: str) -> str:
    """JSON ``text`` with every non-ASCII character written as a ``\\uXXXX`` escape (a
    surrogate pair beyond U+FFFF), as ``json.dumps(ensure_ascii=True)`` writes it: the same data
    for a reader, through a channel that carries ASCII only. (Outside strings JSON is ASCII, so
    every such character is inside one.)"""
    return _NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], text)


def _made(value):
    if isinstance(value, Lazy):
        return value.made()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _spread(value, depth: int) -> bool:
    """Whether ``value`` is indented (its items on lines of their own) in large output."""
    if isinstance(value, Lazy):
        return True
    if isinstance(value, list):  # (numbers stay on one line: a row of the matrix)
        return bool(value) and (depth == 0 or (depth <= 1 or len(value) > LONG) and not all(
            isinstance(v, (int, float)) for v in value))
    if isinstance(value, dict):
        return bool(value) and (depth <= 1 or any(
            isinstance(v, list) and len(v) > LONG for v in value.values()))
    return False


def _compose(value, depth: int, parts: list[str]) -> None:
    if not _spread(value, depth):
        parts.append(_RECORD.encode(value))
        return
    inner = "\n" + "  " * (depth + 1)
    if isinstance(value, Lazy):
        if not value.items:
            parts.append("[]")
            return
        parts.append("[")
        for n, item in enumerate(value.items):
            parts.append(("," if n else "") + inner)
            _compose(value.make(item), depth + 1, parts)
        parts.append("\n" + "  " * depth + "]")
        return
    if isinstance(value, dict):
        parts.append("{")
        for n, (key, item) in enumerate(value.items()):
            name = key if isinstance(key, str) else _RECORD.encode(key)  # as json.dumps does
            parts.append(("," if n else "") + inner + _RECORD.encode(name) + ": ")
            _compose(item, depth + 1, parts)
        parts.append("\n" + "  " * depth + "}")
        return
    parts.append("[")
    if not any(_spread(item, depth + 1) for item in value):
        parts.append(inner + ("," + inner).join(map(_RECORD.encode, value)))
    else:
        for n, item in enumerate(value):
            parts.append(("," if n else "") + inner)
            _compose(item, depth + 1, parts)
    parts.append("\n" + "  " * depth + "]")


def pair_dict(comparison: Comparison, facts: FactSelection | None) -> dict:
    """``compare().to_dict()`` (each side with its outlet, published and url) plus the facts:
    ``facts.sources`` is every source counted (id, title, outlet, side), in the order of the
    support dots, and ``facts.source_count`` their number."""
    data = comparison.to_dict()
    facts_data = facts.to_dict() if facts is not None else None
    if facts_data is not None:  # which source counted is which side: "A", "B" or null
        sides = {comparison.left.id: "A", comparison.right.id: "B"}
        for source in facts_data["sources"]:
            source["side"] = sides.get(source["id"])
    # How much of each side the other has word for word (overlap.Overlap), after similarity.
    data = {key: value for key, value in data.items() if key != "blocks"} | {
        "overlap": overlap(comparison).to_dict(), "blocks": data["blocks"]}
    return {"schema_version": SCHEMA_VERSION, "kind": "pair", **data, "facts": facts_data}


def render_pair_json(comparison: Comparison, facts: FactSelection | None) -> str:
    return dump_json(pair_dict(comparison, facts))


def render_report_json(report: CorpusReport) -> str:
    sources = [
        # Counts, named so: elsewhere (sources --format json, a pair) "paragraphs" is the texts.
        {"id": s.id, "title": s.title, **s.about(), "paragraph_count": len(s.paragraphs),
         "word_count": report.word_count(s)}
        for s in report.sources
    ]
    relations = [
        {"sources": [r.a.id, r.b.id], "similarity": round(r.similarity, 4), "verdict": r.verdict}
        | ({"overlap": r.shared.to_dict(), "longest_passage": r.passage} if r.shared else {})
        for r in report.relations
    ]
    data = {
        "schema_version": SCHEMA_VERSION,
        "kind": "corpus_report",
        "corpus": report.name,
        "title": report.heading or None,  # INDEX.md's heading, when it has one
        "base": report.base.id,
        "base_reason": report.base_reason or None,  # why, when no base was asked for
        "sources": sources,
        "similarity": {
            "ids": [s.id for s in report.sources],
            "matrix": [[round(v, 4) for v in row] for row in report.matrix],
        },
        "relations": relations,
        # words[i]: source i's words; shared[i][j]: how many of them source j has word for word
        **({"overlap": {"ids": [s.id for s in report.sources],
                        "words": [report.shared[i][i] for i in range(len(report.sources))],
                        "shared": [list(row) for row in report.shared]}}
           if report.shared else {}),
        "comparisons": Lazy(report.comparisons, Comparison.to_dict),
        "facts": report.facts.to_dict(),
    }
    return dump_json(data)
