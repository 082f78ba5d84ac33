"""Session 8 (facts): dates and decimal commas as French, German and Spanish write them, an
institution "X of Y" as a speaker, and one moment written in two zones. Each case with its
counter-examples."""

from __future__ import annotations

import pytest

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def facts_of(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == kind]


def conflicts_of(tally: FactTally, kind: str) -> list[list[str]]:
    return [sorted(tally.fact(fid).value for fid in c.facts)
            for c in tally.conflicts if tally.fact(c.facts[0]).kind == kind]


# 4. One moment written in two zones is one fact.

def test_one_moment_in_two_zones_is_one_fact():
    tally = tally_of("The explosion happened at 16:40 UTC+1 near the station, police said.",
                     "The explosion happened at 15:40 GMT near the station, police said.",
                     "The explosion happened at 16:40 CET near the station, police said.")
    assert facts_of(tally, "time") == [("16:40 UTC+1", ("s1", "s2", "s3"))]
    assert conflicts_of(tally, "time") == []


def test_other_moments_and_unsaid_zones_stay_apart():
    # An hour apart once converted: two facts, a conflict.
    tally = tally_of("The explosion happened at 16:40 UTC+1 near the station, police said.",
                     "The explosion happened at 16:40 GMT near the station, police said.")
    assert conflicts_of(tally, "time") == [["16:40 GMT", "16:40 UTC+1"]]
    # No zone is the story's own: never one fact with a zone's time, nor a conflict.
    tally = tally_of("The explosion happened at 15:40 near the station, police said.",
                     "The explosion happened at 15:40 GMT near the station, police said.")
    assert sorted(facts_of(tally, "time")) == [("15:40", ("s1",)), ("15:40 GMT", ("s2",))]
    assert conflicts_of(tally, "time") == []
    # "ET" leaves summer time unsaid (14:40 or 15:40 GMT): not made one with either.
    tally = tally_of("The explosion happened at 10:40 ET near the station, police said.",
                     "The explosion happened at 15:40 GMT near the station, police said.")
    assert len(facts_of(tally, "time")) == 2
    assert conflicts_of(tally, "time") == []
