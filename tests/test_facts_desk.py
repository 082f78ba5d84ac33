"""A wire desk's day on one story (session 8, QA /tmp/qa-desk: a train derailment told by 32 items
over a day): the standard wire sentences, corrections, updates and the figures a desk writes.
Each rule with its counter-examples, on small articles of our own."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicts(tally: FactTally, kind: str | None = None) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Each conflict (of ``kind``) as (value, supporting sources) of its facts, sorted."""
    return sorted(sorted((tally.fact(fid).value, tally.fact(fid).sources) for fid in c.facts)
                  for c in tally.conflicts
                  if kind is None or tally.fact(c.facts[0]).kind == kind)


def values(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((f.value, f.sources) for f in tally.facts if f.kind == kind)


# 1. "N killed and M injured when ...": the words after the second count are the first's too.

def test_a_toll_told_with_the_injured_contradicts_another_toll():
    a = "Seven people were killed and 41 injured when a train derailed near Dunmore on Saturday, police said."
    b = "Eight people were killed and 41 injured when a train derailed near Dunmore on Saturday, police said."
    found = conflicts(tally_of(a, b), "count")
    assert found == [[("7", ("s1",)), ("8", ("s2",))]]
    # and so with other injured counts, or none in one source
    c = "Eight people were killed when a train derailed near Dunmore on Saturday, police said."
    assert conflicts(tally_of(a, c), "count") == [[("7", ("s1",)), ("8", ("s2",))]]
    d = "Seven people died and 30 were hurt after a train derailed near Dunmore on Saturday."
    e = "Nine people died and 30 were hurt after a train derailed near Dunmore on Saturday."
    assert conflicts(tally_of(d, e), "count") == [[("7", ("s1",)), ("9", ("s2",))]]


def test_tolls_of_two_events_told_with_their_injured_do_not_conflict():
    a = "Three people were killed and 12 injured when a bus overturned in Korsa on Monday, officials said."
    b = "Five people were killed and 12 injured when a train derailed near Dunmore on Saturday, police said."
    assert conflicts(tally_of(a, b), "count") == []


def test_the_injured_keep_their_own_words():
    # The count after the conjunction is unchanged: the injured of one story are one fact.
    a = "Seven people were killed and 41 injured when a train derailed near Dunmore on Saturday."
    b = "Seven people were killed and 41 injured when a train derailed near Dunmore on Saturday."
    tally = tally_of(a, b)
    assert values(tally, "count") == [("41", ("s1", "s2")), ("7", ("s1", "s2"))]
    assert next(f for f in tally.facts if f.value == "7").about.split()[:2] == ["people", "killed"]
