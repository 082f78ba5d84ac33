"""How the reader names a source: its number in the list, the numbers of a fact's holders with
the compared two marked, and the outlet · date line."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Corpus, Source
from .safe import display_line


def position(corpus: Corpus, source_id: str) -> int:
    """The source's number in the list, from 1."""
    return corpus.index(source_id) + 1


def numbered(corpus: Corpus, source_ids: Iterable[str],
             pair: tuple[str, str]) -> list[tuple[int, str]]:
    """``source_ids`` as (number, role) in list order; role "L" or "R" for the compared two
    ("LR" if one source is both), else "". Ids the corpus does not hold are left out."""
    left, right = pair
    return sorted((position(corpus, sid), "L" * (sid == left) + "R" * (sid == right))
                  for sid in set(source_ids) if sid in corpus)


def byline(source: Source) -> str:
    """'Outlet · date', from what INDEX.md gives ('' when neither)."""
    return " · ".join(display_line(d) for d in (source.outlet, source.published) if d)
