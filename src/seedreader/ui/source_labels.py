"""How the reader names a source: its number in the list (with its title, clipped, in messages),
the numbers of a fact's holders with the compared two marked, and the outlet · date line."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Corpus, Source
from ..published import Published, read_published
from .clip import clip_words
from .safe import display_line

TITLE_CELLS = 32  # of a title quoted in a message


def position(corpus: Corpus, source_id: str) -> int:
    """The source's number in the list, from 1."""
    return corpus.index(source_id) + 1


def source_title(source: Source) -> str:
    """The source's title (its id when it has none) on one line."""
    return display_line(source.title or source.id)


_LISTED: list = [None, {}]  # the corpus last asked about and its titles (one corpus at a time)


def listed_title(corpus: Corpus, source: Source) -> str:
    """The source's title as the list and the header show it: a title more than one source has
    (files without INDEX.md titled by the same first line, two copies of one licence) starts
    with the source's id, which tells them apart: "vim_edit: *version7.txt* For Vim…"."""
    if _LISTED[0] is not corpus:
        seen: dict[str, int] = {}
        for s in corpus.sources:
            seen[source_title(s)] = seen.get(source_title(s), 0) + 1
        _LISTED[:] = [corpus, {s.id: f"{display_line(s.id)}: {source_title(s)}"
                               for s in corpus.sources
                               if s.title and seen[source_title(s)] > 1}]
    return _LISTED[1].get(source.id) or source_title(source)


def named(corpus: Corpus | None, source_id: str, cells: int = TITLE_CELLS) -> str:
    """The source as a message names it: '2 “Mexico’s Sheinbaum tells…”' (the list's number and
    the title as the list shows it, clipped: a title several sources share starts with the
    id, ``listed_title``); its id when the corpus does not hold it."""
    if corpus is None or source_id not in corpus:
        return display_line(source_id)
    shown = clip_words(listed_title(corpus, corpus[source_id]), cells)
    return f"{position(corpus, source_id)} “{shown}”"


def numbered(corpus: Corpus, source_ids: Iterable[str],
             pair: tuple[str, str]) -> list[tuple[int, str]]:
    """``source_ids`` as (number, role) in list order; role "L" or "R" for the compared two
    ("LR" if one source is both), else "". Ids the corpus does not hold are left out."""
    left, right = pair
    return sorted((position(corpus, sid), "L" * (sid == left) + "R" * (sid == right))
                  for sid in set(source_ids) if sid in corpus)


_DATES: list = [None, {}]  # the corpus last asked about and its sources' shorter dates


def published_forms(corpus: Corpus, source: Source) -> list[str]:
    """The source's published date as a row may show it, longest first: as INDEX.md gives it,
    then without the seconds and a time zone all share, then without the year all share; the
    time of day alone when all share the day (a desk's day of items: "13:15"). A date
    without a time is left whole when all share it: nothing that tells them apart would be
    left. A date the reader cannot read (``published.read_published``: an ISO date, maybe a
    time and a zone "Z" or "+01:00") is given only as it is; no date, no forms."""
    if _DATES[0] is not corpus:
        stamps = {s.id: _plain(display_line(s.published)) for s in corpus.sources
                  if s.published.strip()}
        read = [p for p in stamps.values() if p]
        same = {part: all(getattr(p, part) == getattr(read[0], part) for p in read)
                for part in ("year", "month_day", "zone")}
        _DATES[:] = [corpus, {sid: _shorter(p, same) for sid, p in stamps.items() if p}]
    if not source.published.strip():
        return []
    forms = [display_line(source.published)]
    for form in _DATES[1].get(source.id, ()):
        if len(form) < len(forms[-1]):
            forms.append(form)
    return forms


def _plain(published: str) -> Published | None:
    """The date read when the list can shorten it: nothing after its time but a zone."""
    read = read_published(published)
    return read if read is not None and read.plain else None


def _shorter(p: Published, same: dict[str, bool]) -> list[str]:
    time = p.time and p.time + ("" if same["zone"] else p.zone)
    if not time:
        return [p.month_day] if same["year"] and not same["month_day"] else []
    if same["year"] and same["month_day"]:  # a day's items: the date tells none apart
        return [time]
    return [f"{p.day} {time}", *([f"{p.month_day} {time}"] if same["year"] else [])]


def byline_items(source: Source) -> list[str]:
    """The outlet and the date INDEX.md gives, those it gives, in that order."""
    return [display_line(d) for d in (source.outlet, source.published) if d]


