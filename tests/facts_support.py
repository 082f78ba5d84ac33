"""Helpers for facts tests: a tally of plain texts, and its facts and conflicts as values."""

from __future__ import annotations

from seedreader import tally_facts
from seedreader.corpus import source_from_text
from seedreader.facts.models import FactTally


def tally_of(*texts: str) -> FactTally:
    """The tally of ``texts`` as sources s1, s2, ..."""
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicts(tally: FactTally, kind: str | None = None) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Each conflict (of ``kind``) as (value, supporting sources) of its facts, sorted."""
    return sorted(sorted((tally.fact(fid).value, tally.fact(fid).sources) for fid in c.facts)
                  for c in tally.conflicts
                  if kind is None or tally.fact(c.facts[0]).kind == kind)


def values(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    """(value, sources) of each fact of ``kind``, sorted."""
    return sorted((f.value, f.sources) for f in tally.facts if f.kind == kind)


def facts_of(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    """(value, sources) of each fact of ``kind``, in the tally's order."""
    return [(f.value, f.sources) for f in tally.facts if f.kind == kind]


def conflicts_of(tally: FactTally, kind: str) -> list[list[str]]:
    """The values of each conflict of ``kind``, sorted."""
    return [sorted(tally.fact(fid).value for fid in c.facts)
            for c in tally.conflicts if tally.fact(c.facts[0]).kind == kind]
