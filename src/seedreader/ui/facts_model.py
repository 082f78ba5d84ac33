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
            seen, out = set(), []
            for group in self.conflicts:
                for fid in group.facts:
                    fact = self.by_id(fid)
                    if fact is not None and fid not in seen:
                        seen.add(fid)
                        out.append(fact)
            return out
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
        """The other values of every conflict ``fact`` is in."""
        return self._linked(fact, self.conflicts, self.conflict_of)

    def misquoted(self, fact: Fact) -> list[str]:
        """What changes between a quote and the others of each conflict it is in (the conflict's
        about: 'accept tariffs (“never” in one, not the other)'); nothing for a figure, whose
        conflict's about is the context the detail already shows."""
        if fact.kind != "quote":
            return []
        return [self.conflicts[g].about for g in self.conflict_of.get(fact.id, ())]

    def variants_of(self, fact: Fact) -> list[Fact]:
        """Quotes that may be the same remark in other words."""
        return self._linked(fact, self.variants, self.variant_of)

    def _linked(self, fact: Fact, groups, membership) -> list[Fact]:
        out, seen = [], {fact.id}
        for g in membership.get(fact.id, ()):
            for fid in groups[g].facts:
                other = self.by_id(fid)
                if other is not None and fid not in seen:
                    seen.add(fid)
                    out.append(other)
        return out

    def dots(self, fact: Fact) -> str:
        """Support as one dot per source of the corpus: ●○●●○."""
        held = set(fact.sources)
        return "".join("●" if sid in held else "○" for sid in self.source_ids)


def hedge(fact: Fact) -> str:
    """How the sources that state a fact hedge it, from each mention's own reading:
    '“about” in 2 of 5', '“late”' when all of them do, '' when none does."""
    by_word: dict[str, set[str]] = {}
    for mention in fact.mentions:
        word = getattr(mention, "qualifier", None)
        if word:
            by_word.setdefault(word, set()).add(mention.source)
    if not by_word:  # mentions without their own reading: the tally's summary as it is
        return fact.qualifier or ""
    holders = len(set(fact.sources))
    if len(by_word) == 1 and len(next(iter(by_word.values()))) == holders:
        return f"“{next(iter(by_word))}”"
    return ", ".join(f"“{word}” in {len(held)}" for word, held in by_word.items()) + \
        f" of {holders}"
