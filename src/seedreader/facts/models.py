"""The fact tally: frozen dataclasses for the CLI, the reader's facts panel and the exports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import closest
from ..sanitize import typed

if TYPE_CHECKING:
    from ..models import Source

# Every Fact.kind, in the order the tally lists facts of equal support.
KINDS: tuple[str, ...] = ("percent", "count", "money", "measure", "ratio", "duration", "age", "vote", "date",
                            "time", "name", "quote")

# An unknown kind is quoted this long at most: the message lists every kind after it.
KIND_SHOWN = 100


def check_kinds(kind: str | Iterable[str] | None) -> frozenset[str] | None:
    """The kinds ``kind`` names (one, an iterable of them, or a str of them with commas as the
    CLI's ``--kind date,time``; None: all), each one of ``KINDS``; ValueError for another, with
    the CLI's message ("unknown kind 'dates' (did you mean 'date'?); expected one of: ..."), or
    for a str that names none (",")."""
    if kind is None:
        return None
    if not isinstance(kind, str) and not isinstance(kind, Iterable):
        raise TypeError(f"kind takes a kind (a str: one of {', '.join(KINDS)}), several (a "
                        f"list or tuple of them, or a str with commas) or None, not "
                        f"{type(kind).__name__} {kind!r}")
    kinds: list[str] = []
    for one in (kind,) if isinstance(kind, str) else tuple(kind):
        if not isinstance(one, str):
            raise TypeError(f"a kind is a str, not {type(one).__name__} {one!r}")
        parts = [part.strip() for part in one.split(",") if part.strip()] if "," in one else [one]
        if not parts:  # ("," names none)
            raise ValueError(f"{typed(one, KIND_SHOWN)} names no kind; expected one of: "
                             f"{', '.join(KINDS)}")
        kinds += parts
    for one in kinds:
        if one not in KINDS:
            raise ValueError(f"unknown kind {typed(one, KIND_SHOWN)}{closest(one, KINDS)}; "
                             f"expected one of: {', '.join(KINDS)}")
    return frozenset(kinds)


# The kinds whose values are amounts, shown with their digits grouped (``value_label``); dates
# (years: "2019"), quotes (a source's words) and any other kind are shown as they are.
GROUPED_KINDS = frozenset({"percent", "count", "vote", "money", "measure", "duration", "age"})
# A whole number's digits, four or more: not a decimal's fraction ("3.14159"), nor a run that
# a comma or a point already groups.
_LONG_DIGITS = re.compile(r"(?<![\d.,])\d{4,}")


def _group_digits(m: re.Match) -> str:
    digits = m.group()
    head = len(digits) % 3 or 3
    return digits[:head] + "".join("," + digits[i:i + 3] for i in range(head, len(digits), 3))


def value_label(kind: str, value: str) -> str:
    """A fact's value as a person reads it: the digits of an amount's whole numbers of four or
    more grouped by thousands with commas ("38500": "38,500"; "€12000": "€12,000"; "20000–25000":
    "20,000–25,000"; "3.14159" and "thousands" as they are); a date ("2019", "2026-03-04"), a
    quote and a kind not in ``GROUPED_KINDS`` unchanged. Every renderer a person reads (the CLI's
    text, the reader, the HTML and Markdown exports) shows this; ``Fact.value``, the fact ids,
    JSON and CSV keep the canonical value ("38500") that programs compare and parse."""
    if kind not in GROUPED_KINDS:
        return value
    return _LONG_DIGITS.sub(_group_digits, value)


@dataclass(frozen=True, slots=True)
class Mention:
    """Where one source states a fact: ``Source.text[start:end] == text``.

    ``value`` and ``qualifier`` are this mention's own reading ("January 23rd" -> "January 23";
    "about 50 per cent" -> "50%", "about"); the fact it belongs to may group several readings.
    """

    source: str
    text: str
    start: int
    end: int
    paragraph: int
    value: str = ""
    qualifier: str | None = None
    speaker: str | None = None
    # The source states the value only to deny it ("6:14 a.m., not 6:40 a.m."): a mention, no
    # support (the fact's sources leave it out). In JSON "denied": true, absent otherwise.
    denied: bool = False

    def to_dict(self) -> dict:
        d = {"source": self.source, "text": self.text, "start": self.start, "end": self.end,
             "paragraph": self.paragraph}
        if self.denied:
            d["denied"] = True
        return d


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure, date or quote, with every source that states it."""

    id: str
    kind: str
    value: str
    qualifier: str | None
    about: str
    speaker: str | None
    sources: tuple[str, ...]
    support: int
    mentions: tuple[Mention, ...]

    def __repr__(self) -> str:  # (short: a fact may have thousands of mentions)
        value = self.value if len(self.value) <= 60 else self.value[:59] + "…"
        return (f"Fact(id={self.id!r}, kind={self.kind!r}, value={value!r}, "
                f"support={self.support}, sources={self.sources[:5]!r}"
                f"{'…' if len(self.sources) > 5 else ''}, {len(self.mentions)} "
                f"mention{'s' if len(self.mentions) != 1 else ''})")

    @property
    def label(self) -> str:
        """``value`` as a person reads it (``value_label``): "38,500" for the count 38500."""
        return value_label(self.kind, self.value)

    def mentions_in(self, source_id: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.source == source_id)

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "value": self.value,
                "qualifier": self.qualifier, "about": self.about, "speaker": self.speaker,
                "sources": list(self.sources), "support": self.support,
                "mentions": [m.to_dict() for m in self.mentions]}


# How a misattribution's change begins (FactLink.misattribution): "said by “Doe” against “Alder”".
MISATTRIBUTED = "said by "


@dataclass(frozen=True, slots=True)
class FactLink:
    """Facts that belong together: values that contradict each other, or quotes that are likely
    the same remark in different words (variants). ``change``: for a misquote, what changes
    between the wordings (“never” in one, not the other), also closing ``about`` in brackets;
    for a misattribution, who says the remark (said by “Doe” against “Alder”).
    ``moments``: for an update (``FactTally.updates``), when each fact was first told, one per
    fact in order, as ``published.on_one_footing`` labels INDEX.md's published dates
    ("2026-11-21 06:10", or the day alone); in JSON "moments", absent otherwise.
    ``sides``: for a misquote whose wordings agree in part (“three” in three wordings of the
    remark, a part quote among them; “two” in two others), the facts that say the same thing,
    side by side: each a tuple of fact ids, in the order of ``facts``, which lists them side
    after side; in JSON "sides", absent otherwise (each fact a side of its own)."""

    about: str
    facts: tuple[str, ...]
    change: str | None = None
    moments: tuple[str, ...] = ()
    sides: tuple[tuple[str, ...], ...] = ()

    def side_of(self, fact_id: str) -> tuple[str, ...]:
        """The facts on the side of ``fact_id`` (itself included): those of its side in
        ``sides``, else itself alone."""
        return next((side for side in self.sides if fact_id in side), (fact_id,))

    @property
    def misattribution(self) -> bool:
        """A conflict of one remark that sources give to different speakers (the same words,
        or one's inside the other's): its ``change`` says who, "said by “Doe” against “Alder”";
        its facts are the quotes of each speaker, and those no speaker is named for that may be
        either's."""
        return self.change is not None and self.change.startswith(MISATTRIBUTED)

    def to_dict(self) -> dict:
        out = {"about": self.about, "facts": list(self.facts)}
        if self.change is not None:
            out["change"] = self.change
        if self.moments:
            out["moments"] = list(self.moments)
        if self.sides:
            out["sides"] = [list(side) for side in self.sides]
        return out


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A tallied source: its id (unique in the tally: "a (corp2)" for a second a.txt) and title.

    ``made_of``: the Source it was tallied from, as (the id it was given with, its text, its
    file), so that a lookup by that Source finds this id and not another source's that had its
    id; not part of equality nor of the JSON. None when not known (the lookup is by id alone).
    """

    id: str
    title: str
    made_of: tuple | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class FactTally:
    """What ``tally_facts`` returns: facts by support, conflicts and quote variants.

    ``related``: in a ``filtered`` tally, the facts its filters hide that a kept conflict,
    variant or near link names (the other side of a contradiction); ``fact()`` finds them too.
    ``near``: facts that are one thing told with other values that a hedge allows all of ("About
    3,400 families" / "About 3,500 families": "about" allows ±10%): never a conflict, shown
    together. ``updates``: counts of what rises as a story develops (the dead, the injured, the
    missing...) whose sources, by INDEX.md's published times, never give less later than
    earlier ("three killed" at 06:10, "five" at 08:30, "seven" at 12:00): the toll rising over
    the day, not a conflict; each link's facts in the order of their moments.
    """

    sources: tuple[SourceRef, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[FactLink, ...] = ()
    variants: tuple[FactLink, ...] = ()
    related: tuple[Fact, ...] = ()
    near: tuple[FactLink, ...] = ()
    updates: tuple[FactLink, ...] = ()
    _by_id: dict = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {f.id: f for f in self.related + self.facts})

    def __repr__(self) -> str:
        counts = [(len(self.sources), "source"), (len(self.facts), "fact"),
                  (len(self.conflicts), "conflict"), (len(self.variants), "variant")]
        related = f", {len(self.related)} related" if self.related else ""
        near = f", {len(self.near)} near" if self.near else ""
        updates = (f", {len(self.updates)} update{'s' if len(self.updates) != 1 else ''}"
                   if self.updates else "")
        return (f"FactTally({', '.join(f'{n} {w}' + ('s' if n != 1 else '') for n, w in counts)}"
                f"{related}{near}{updates})")

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sources)

    def fact(self, fact: str | Fact) -> Fact:
        """The fact with this id, or the tally's fact of this Fact's id (KeyError if none, with
        the closest id when one is close; TypeError for anything else)."""
        return self._by_id[self._fact_id(fact)]

    def facts_for(self, source: str | Source) -> tuple[Fact, ...]:
        """Facts the source states, in the tally's order. ``source``: its id, or the Source
        that was tallied: the id it has in the tally even when renamed, "a (corp2)"); KeyError
        for a source the tally does not hold."""
        source_id = self._source_id(source)
        return tuple(f for f in self.facts if source_id in f.sources)

    def mentions_for(self, source: str | Source) -> tuple[tuple[Mention, Fact], ...]:
        """Every mention in one source with its fact, in text order (offsets into its ``.text``).
        ``source``: its id, or the Source that was tallied; KeyError for a source the tally
        does not hold."""
        source_id = self._source_id(source)
        pairs = [(m, f) for f in self.facts for m in f.mentions if m.source == source_id]
        return tuple(sorted(pairs, key=lambda p: (p[0].start, p[0].end)))

    def conflicts_for(self, fact: str | Fact) -> tuple[FactLink, ...]:
        """The conflicts that name the fact (its id, or the Fact; KeyError for one the tally
        does not hold)."""
        fact_id = self._fact_id(fact)
        return tuple(c for c in self.conflicts if fact_id in c.facts)

    def variants_for(self, fact: str | Fact) -> tuple[FactLink, ...]:
        """The quote variants that name the fact (its id, or the Fact)."""
        fact_id = self._fact_id(fact)
        return tuple(v for v in self.variants if fact_id in v.facts)

    def near_for(self, fact: str | Fact) -> tuple[FactLink, ...]:
        """The near links (hedged values of one thing, ``near``) that name the fact (its id, or
        the Fact)."""
        fact_id = self._fact_id(fact)
        return tuple(n for n in self.near if fact_id in n.facts)

    def updates_for(self, fact: str | Fact) -> tuple[FactLink, ...]:
        """The updates (a count rising as the story develops, ``updates``) that name the fact
        (its id, or the Fact)."""
        fact_id = self._fact_id(fact)
        return tuple(u for u in self.updates if fact_id in u.facts)

    def _source_id(self, source: str | Source) -> str:
        """The tally's id of ``source`` (an id, a SourceRef, or a Source: the one it was tallied
        from, found by its text and file too, so a second a.txt given as "a" is "a (corp2)"),
        checked: KeyError when the tally holds no such source."""
        source_id = source if isinstance(source, (str, SourceRef)) else getattr(source, "id", None)
        if isinstance(source_id, SourceRef):
            source_id = source_id.id
        if not isinstance(source_id, str) or isinstance(source, Fact):
            raise TypeError(f"a source is given by its id (a str) or as a Source, not "
                            f"{type(source).__name__}")
        if not isinstance(source, (str, SourceRef)) and hasattr(source, "text"):
            return self._tallied_id(source, source_id)
        if all(s.id != source_id for s in self.sources):
            raise KeyError(self._unknown("source", source_id, [s.id for s in self.sources]))
        return source_id

    def _tallied_id(self, source: Source, source_id: str) -> str:
        """The id under which the tally holds the Source ``source`` (given with its id, or as
        ``tallied_sources`` renamed it); KeyError when it holds another source of that id."""
        made = (source.text, getattr(source, "path", None))
        found = [s.id for s in self.sources if s.made_of is not None and s.made_of[1:] == made
                 and source_id in (s.made_of[0], s.id)]
        if len(found) == 1:
            return found[0]
        same_id = [s for s in self.sources if s.id == source_id]
        if not same_id:
            raise KeyError(self._unknown("source", source_id, [s.id for s in self.sources]))
        if same_id[0].made_of is None:  # (a tally that does not know its Sources: by id)
            return source_id
        raise KeyError(f"this Source (id {typed(source_id)}) is not one the tally was made of: "
                       f"the tally's {typed(source_id)} has another text or file (tally "
                       f"sources: {', '.join(typed(s.id) for s in self.sources)})")

    def _fact_id(self, fact: str | Fact) -> str:
        """The id of ``fact`` (an id, or a Fact), checked: KeyError when the tally holds no
        fact of that id (kept or ``related``)."""
        fact_id = fact.id if isinstance(fact, Fact) else fact
        if not isinstance(fact_id, str):
            raise TypeError(f"a fact is given by its id (a str) or as a Fact, not "
                            f"{type(fact).__name__}")
        if fact_id not in self._by_id:
            raise KeyError(self._unknown("fact", fact_id, self._by_id))
        return fact_id

    @staticmethod
    def _unknown(what: str, key: object, ids) -> str:
        """What a KeyError for an unknown source or fact id says, with a "did you mean"."""
        hint = closest(key, ids) if isinstance(key, str) else ""
        return f"no {what} {typed(key) if isinstance(key, str) else repr(key)} in the tally{hint}"

    def filtered(self, *, min_support: int = 1,
                 kind: str | Iterable[str] | None = None) -> FactTally:
        """The same tally with only facts of ``kind`` that ``min_support`` or more sources state.

        ``kind``: one of ``KINDS`` ("date"), several (``("date", "percent")``, or
        ``"date,percent"`` as the CLI's ``--kind`` takes them: facts of any of them), or None
        for all. Conflicts, variants, near values and updates are those of the whole tally that
        name a fact kept, whole: a fact shown keeps its contradiction when the other side is
        below the bar, and that side is in ``related``. Raises ValueError for an unknown kind
        ("dates") or a ``min_support`` below 1, TypeError for one that is not an int ("2").
        """
        if isinstance(min_support, bool) or not isinstance(min_support, int):
            raise TypeError(f"min_support must be a whole number (an int), not "
                            f"{type(min_support).__name__} {min_support!r}")
        if min_support < 1:  # (as the CLI's --min-support: every fact has a source or more)
            raise ValueError(f"min_support must be 1 or more, not {min_support}")
        kinds = check_kinds(kind)
        facts = tuple(f for f in self.facts
                      if f.support >= min_support and (kinds is None or f.kind in kinds))
        keep = {f.id for f in facts}
        conflicts, variants, near, updates = (
            [g for g in groups if not keep.isdisjoint(g.facts)]
            for groups in (self.conflicts, self.variants, self.near, self.updates))
        named = {i for g in conflicts + variants + near + updates for i in g.facts}
        related = tuple(f for f in self.related + self.facts if f.id in named and f.id not in keep)
        return FactTally(self.sources, facts, tuple(conflicts), tuple(variants), related,
                         tuple(near), tuple(updates))

    def to_dict(self) -> dict:
        return {
            "sources": [{"id": s.id, "title": s.title} for s in self.sources],
            "facts": [f.to_dict() for f in self.facts],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "variants": [v.to_dict() for v in self.variants],
            "related": [f.to_dict() for f in self.related],
            "near": [n.to_dict() for n in self.near],
            "updates": [u.to_dict() for u in self.updates],
        }
