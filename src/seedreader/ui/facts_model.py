"""What the facts panel needs from a fact tally: filters, conflict groups, support dots.

No Textual here. Facts are the engine's own objects (``seedreader.facts``): id, kind, value,
qualifier, about, speaker, sources, support and mentions (source, text, start, end, paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FILTERS = ("all", "conflicts", "quotes", "single")
FILTER_LABELS = {"all": "all", "conflicts": "conflicts", "quotes": "quotes",
                 "single": "in one source"}

Fact = Any  # seedreader.facts.models.Fact; not imported so the reader starts without the engine


@dataclass(frozen=True, slots=True)
class FactsView:
    tally: Any  # the seedreader.facts FactTally shown (kept: an export reuses it)
    source_ids: tuple[str, ...]  # the tally's, in corpus order, for the support dots
    facts: tuple[Fact, ...]
    conflicts: tuple[Any, ...]  # groups with .about and .facts (fact ids)
    variants: tuple[Any, ...]
    conflict_of: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False,
                                                    repr=False)
    variant_of: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False,
                                                   repr=False)

    @classmethod
    def of(cls, tally: Any) -> FactsView:
        def groups_of(groups) -> dict[str, tuple[int, ...]]:
            out: dict[str, list[int]] = {}
            for i, group in enumerate(groups):
                for fid in group.facts:
                    out.setdefault(fid, []).append(i)
            return {fid: tuple(ids) for fid, ids in out.items()}

        return cls(tally, tally.source_ids, tuple(tally.facts), tuple(tally.conflicts),
                   tuple(tally.variants), groups_of(tally.conflicts), groups_of(tally.variants))

    def by_id(self, fact_id: str) -> Fact | None:
        try:
            return self.tally.fact(fact_id)
        except KeyError:
            return None

    def in_conflict(self, fact: Fact) -> bool:
        return fact.id in self.conflict_of

    def filtered(self, name: str, conflicts_first: bool = False) -> list[Fact]:
        """The facts a filter shows, in the order the panel lists them."""
        if name == "conflicts":
            # Grouped: the values of one conflict next to each other.
            seen: set[str] = set()
            return [fact for group in self.conflicts for fact in self._group(group, seen)]
        if name == "quotes":
            facts = [f for f in self.facts if f.kind == "quote"]
        elif name == "single":
            facts = [f for f in self.facts if f.support == 1]
        else:
            facts = list(self.facts)
        if conflicts_first:
            facts.sort(key=lambda f: self.conflict_of.get(f.id, (len(self.conflicts),))[0])
        return facts

    def counterparts(self, fact: Fact) -> list[Fact]:
        """The other values of every conflict ``fact`` is in: not a misquote's wordings on its
        side, which say what it says (FactLink.sides)."""
        seen = {fact.id}
        out = []
        for g in self.conflict_of.get(fact.id, ()):
            link = self.conflicts[g]
            sides = getattr(link, "sides", ())
            seen.update(next((side for side in sides if fact.id in side), ()))
            out += self._group(link, seen)
        return out

    def misquoted(self, fact: Fact) -> list[str]:
        """What changes between a quote and the others of each conflict it is in (the conflict's
        about: 'accept tariffs (“never” in one, not the other)'); nothing for a figure, whose
        conflict's about is the context the detail already shows."""
        return [about for g in self.conflict_of.get(fact.id, ())
                if (about := self.misquote_in(fact, g)) is not None]

    def conflict_facts(self, g: int, but: Fact | None = None) -> list[Fact]:
        """The values of the conflict ``g`` (index in ``conflicts``), ``but`` left out."""
        return self._group(self.conflicts[g], {but.id} if but is not None else set())

    def misquote_in(self, fact: Fact, g: int) -> str | None:
        """What changes between the quote ``fact`` and the others of its conflict ``g`` (the
        conflict's about, maybe empty); None for a figure: no misquote."""
        return self.conflicts[g].about if fact.kind == "quote" else None

    def misattributed(self, g: int) -> bool:
        """Whether the conflict ``g`` is one remark given to two speakers (FactLink.misattribution),
        not its words changed (a misquote)."""
        return bool(getattr(self.conflicts[g], "misattribution", False))

    def misquoted_by(self, fact: Fact) -> list[Fact]:
        """The other wordings of a quote it is in conflict with (none for a figure; none of a
        misattribution, whose words are the same: the quote is cut where it differs from these)."""
        if fact.kind != "quote":
            return []
        seen = {fact.id}
        out = []
        for g in self.conflict_of.get(fact.id, ()):
            link = self.conflicts[g]
            seen.update(next((side for side in getattr(link, "sides", ()) if fact.id in side), ()))
            if not self.misattributed(g):
                out += [other for other in self._group(link, seen) if other.kind == "quote"]
        return out

    def variants_of(self, fact: Fact) -> list[Fact]:
        """Quotes that may be the same remark in other words."""
        return self._linked(fact, self.variants, self.variant_of)

    def near_of(self, fact: Fact) -> list[Fact]:
        """Hedged values of the same thing that a hedge allows both of (``FactTally.near``)."""
        seen = {fact.id}
        return [other for link in self._links("near", fact) for other in self._group(link, seen)]

    def updates_of(self, fact: Fact) -> list[list[tuple[Fact, str]]]:
        """Each update ``fact`` is in (a count that rose over time, ``FactTally.updates``): its
        values in order, ``fact`` among them, each with when it was first published ("06:10"
        on a one-day desk: ``published.shortened``)."""
        from ..published import shortened

        out = []
        for link in self._links("updates", fact):
            moments = dict(zip(link.facts, shortened(link.moments or [""] * len(link.facts)),
                               strict=True))
            out.append([(f, moments[f.id]) for f in self._group(link, set())])
        return out

    def mark(self, fact: Fact) -> str:
        """The list's mark of a fact: "conflict" (≠), else "update" (↑: it rose over time), else
        "near" (≈: a hedge allows another value too), else ""."""
        if self.in_conflict(fact):
            return "conflict"
        if self._links("updates", fact):
            return "update"
        return "near" if self._links("near", fact) else ""

    def _links(self, name: str, fact: Fact) -> tuple[Any, ...]:
        """The tally's near links or updates that name ``fact`` (none from a tally without)."""
        links = getattr(self.tally, name, ())
        return tuple(link for link in links if fact.id in link.facts) if links else ()

    def _linked(self, fact: Fact, groups, membership) -> list[Fact]:
        seen = {fact.id}
        return [other for g in membership.get(fact.id, ()) for other in self._group(groups[g], seen)]

    def _group(self, group: Any, seen: set[str]) -> list[Fact]:
        """The facts of ``group`` not in ``seen``, each once; ``seen`` takes them."""
        out = []
        for fid in group.facts:
            fact = self.by_id(fid)
            if fact is not None and fid not in seen:
                seen.add(fid)
                out.append(fact)
        return out

    def dots(self, fact: Fact) -> str:
        """Support as one dot per source of the corpus: ●○●●○."""
        held = set(fact.sources)
        return "".join("●" if sid in held else "○" for sid in self.source_ids)
