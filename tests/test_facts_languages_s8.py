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


# 3. An institution "X of Y" is one name as a speaker.

def speakers(text: str) -> list[str | None]:
    from seedreader.facts.quotes import find_quotes
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize("text,speaker", [
    ('The Bank of England said: "Inflation will fall to 2% next year."', "Bank of England"),
    ('"Inflation will fall to 2% next year," the Bank of England said.', "Bank of England"),
    ('The Central Bank of Ireland said: "Rates will stay where they are."',
     "Central Bank of Ireland"),
    ('The Mayor of London said: "The tube will run all night."', "Mayor of London"),
    ('Claudia Sheinbaum of Mexico said: "We will not accept it."', "Sheinbaum"),
])
def test_an_institution_of_a_place_is_one_name(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # The person named speaks, not the body.
    ('The Governor of the Bank of England, Andrew Bailey, said: "Inflation will fall."', "Bailey"),
    ('"Inflation will fall," Andrew Bailey, the Governor of the Bank of England, said.', "Bailey"),
    ('Dr Sarah Lindqvist of the Institute for Fiscal Research said: "Taxes will rise."',
     "Lindqvist"),
    ('Secretary of State Marco Rubio said: "We will not accept it at all."', "Rubio"),
    ('Secretary of State Rubio said: "We will not accept it at all."', "Rubio"),
    # A plural noun names no one, as "Residents of the Old Town said" does not.
    ('Residents of Paris said: "We will not accept it at all."', None),
])
def test_a_person_beside_a_body_still_speaks(text, speaker):
    assert speakers(text) == [speaker]


def test_the_banks_quote_is_the_banks_in_the_tally():
    tally = tally_of('The Bank of England said: "Inflation will fall to 2% next year."',
                     '"Inflation will fall to 2% next year," the Bank of England said.')
    assert [(f.speaker, f.sources) for f in tally.facts if f.kind == "quote"] == [
        ("Bank of England", ("s1", "s2"))]
