"""A count that rises as a story develops: an update, not a conflict.

A wire desk's flash at 06:10 says "Three people were killed", its update at 08:30 "The death toll
has risen to five", its write-through at 12:00 "Seven people were killed". The tally finds 3, 5
and 7 in conflict; a journalist reads the toll rising as the day went on. A conflict of counts is
an update when:

- every value counts what rises during a developing story (the dead, the injured, the missing,
  those arrested, evacuated or rescued, cases: ``RISING_OUTCOMES``, ``RISING_WORDS``);
- every source that states one has a published moment (INDEX.md's ``published``, read by
  ``seedreader.published``), and they are put on one footing (times of day where all give one in
  one zone, else days);
- no source gives less than a source published earlier (each later source's value is at least
  each earlier one's), and two sources of one moment give one value: a toll revised down, or two
  outlets that disagree at the same time, stay a conflict.

A source that states two values itself is judged by the tally's own rules for a source's figures:
"rose from 3 to 5" (an earlier value) is no rival; a source that gives one value as the real one
("the authorities admit 31 dead, but the real number is 41") or denies one ("seven, not five")
disputes it, a conflict whatever the times; a live blog that gives 3 and 7 is one moment with
both values, none of which a later source may fall below.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Source
from ..published import Published, on_one_footing, read_published
from .found import Found
from .models import Fact, FactLink
from .words import key_of

# What befalls the people a count counts (distinct.outcome's names) that grows as a story develops.
RISING_OUTCOMES = frozenset({"deaths", "injuries", "missing", "arrests", "evacuated",
                             "hospitalizations"})
# Counted nouns and words close by a count that say the same (rescues and cases have no outcome).
RISING_WORDS = ("death dead died killed toll fatalities casualties victims injured injuries "
                "wounded hurt missing arrested arrests detained detentions evacuated evacuees "
                "displaced rescued rescues cases infected infections hospitalized hospitalised")
RISING_KEYS = frozenset(k for w in RISING_WORDS.split() if (k := key_of(w)) is not None)


def _rising(f: Found) -> bool:
    """Whether a mention counts what rises as a story develops."""
    return (f.outcome in RISING_OUTCOMES or f.head in RISING_KEYS
            or (f.outcome is None and not RISING_KEYS.isdisjoint(f.close)))


def _stated(members: list[Found]) -> list[Found]:
    """The mentions that give a fact as their source's current value: not told as an earlier
    value ("from 3")."""
    return [f for f in members if not f.earlier]


def split_updates(conflicts: Sequence[FactLink], facts: Sequence[Fact],
                  members: Sequence[list[Found]], sources: Sequence[Source]
                  ) -> tuple[list[FactLink], list[FactLink]]:
    """(conflicts, updates): the conflicts that are counts rising over time (see the module)
    taken out as updates, their facts in the order of their moments, with those moments."""
    index = {f.id: n for n, f in enumerate(facts)}
    stamps: dict[int, Published | None] = {}
    kept: list[FactLink] = []
    updates: list[FactLink] = []
    for link in conflicts:
        update = _update(link, facts, members, index, sources, stamps)
        (updates if update is not None else kept).append(update or link)
    return kept, updates


def _update(link: FactLink, facts: Sequence[Fact], members: Sequence[list[Found]],
            index: dict[str, int], sources: Sequence[Source],
            stamps: dict[int, Published | None]) -> FactLink | None:
    """The update ``link`` is, or None when it stays a conflict."""
    ids = [index.get(fid) for fid in link.facts]
    if any(i is None or facts[i].kind != "count" for i in ids):
        return None
    told: dict[int, list[tuple[int, float, float]]] = {}  # source index: (fact, low, high)
    for i in ids:
        if any(f.disputed is not None or f.negated for f in members[i]):
            return None  # a source that gives one value as the real one, or denies one
        stated = _stated(members[i])
        if not stated or not any(_rising(f) for f in stated):
            return None
        for f in stated:
            told.setdefault(f.source_index, []).append((i, f.key[2], f.key[3]))
    for s in told:
        if s not in stamps:
            stamps[s] = read_published(sources[s].published)
        if stamps[s] is None:
            return None  # a source with no moment: the conflict stays
    order = sorted(told)
    keys, labels = on_one_footing([stamps[s] for s in order])
    key_of_source = dict(zip(order, keys, strict=True))
    label_of_source = dict(zip(order, labels, strict=True))
    by_moment: dict[tuple, list[int]] = {}
    for s in order:
        by_moment.setdefault(key_of_source[s], []).append(s)
    highest = float("-inf")
    for key in sorted(by_moment):
        at = by_moment[key]
        values = [(low, high) for s in at for _i, low, high in told[s]]
        if len(at) > 1 and len(set(values)) > 1:
            return None  # two sources of one moment that disagree
        if min(low for low, _high in values) < highest:
            return None  # less than an earlier source gave: revised down, or disputed
        highest = max(highest, max(high for _low, high in values))
    if len(by_moment) < 2:
        return None
    first = {i: min((key_of_source[s], s) for s, held in told.items() if any(j == i for j, _l, _h in held))
             for i in ids}
    ordered = sorted(ids, key=lambda i: (first[i][0], facts[i].value, i))
    return FactLink(link.about, tuple(facts[i].id for i in ordered),
                    moments=tuple(label_of_source[first[i][1]] for i in ordered))
