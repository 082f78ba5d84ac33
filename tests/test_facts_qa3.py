"""QA round 3 on facts: hedges that hid a contradiction or joined two figures that exclude each
other, trimmed and elided quotes, negative prefixes in quotes, appositive ages, hedged dates."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicting_values(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts]


def facts_of(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == kind]


# --- 1. a hedged figure beside an exact one does not hide the exact one's contradiction --------
FIRE_EXACT = "Twelve people died when a fire swept through a textile factory in Riverton, police said."
FIRE_AT_LEAST = "At least 12 people were killed in a blaze at a Riverton textile plant, according to police."
FIRE_OTHER = "Fourteen people were killed in the Riverton factory fire, police said."


def test_an_exact_figure_contradicts_another_value_whatever_a_hedged_one_beside_it_allows():
    tally = tally_of(FIRE_EXACT, FIRE_AT_LEAST, FIRE_OTHER)
    assert facts_of(tally, "count") == [("12", ("s1", "s2")), ("14", ("s3",))]
    assert conflicting_values(tally) == [{"12", "14"}]
    # The same without the hedged source, and in any order.
    assert conflicting_values(tally_of(FIRE_EXACT, FIRE_OTHER)) == [{"12", "14"}]
    assert conflicting_values(tally_of(FIRE_OTHER, FIRE_AT_LEAST, FIRE_EXACT)) == [{"12", "14"}]


def test_a_hedged_figure_alone_does_not_contradict_a_value_it_allows():
    assert conflicting_values(tally_of(FIRE_AT_LEAST, FIRE_OTHER)) == []
    # "about 50%" and "50%" against "52%": the exact 50% contradicts it, "about 50%" would not.
    assert conflicting_values(tally_of(
        "Fentanyl seizures fell by about 50% at the border last year, officials said.",
        "Fentanyl seizures at the border fell by 52% last year, officials said.")) == []
