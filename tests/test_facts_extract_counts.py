"""Counts without a noun after them, or joined to their unit by a hyphen (QA round 6)."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def counts(tally: FactTally) -> dict[str, tuple[str, ...]]:
    return {f.value: f.sources for f in tally.facts if f.kind == "count"}


def conflicting_values(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts]


def test_the_real_number_counts_what_the_sentence_s_other_count_counts():
    tally = tally_of("The authorities admit 31 dead, but sources inside the hospital tell me the real "
                     "number is 41.")
    assert counts(tally) == {"31": ("s1",), "41": ("s1",)}
    (real,) = [f for f in tally.facts if f.value == "41"]
    assert "dead" in real.about.split()  # what the 31 counts, as the article wrote it
    tally = tally_of("Police say 300 people were evacuated, but the actual figure was 450.")
    assert set(counts(tally)) == {"300", "450"}
    assert "people" in next(f for f in tally.facts if f.value == "450").about.split()


def test_the_real_number_with_no_other_count_in_its_sentence_is_no_figure():
    assert counts(tally_of("Officials admit 31 dead. The real number is 41.")) == {"31": ("s1",)}
    assert counts(tally_of("Nobody knows whether the real number is 41.")) == {}
    assert counts(tally_of("He says the number is 41, but the real number was 3% higher.")) == {}


def test_a_number_joined_to_a_unit_by_a_hyphen_counts_that_unit():
    tally = tally_of("A tanker spilled 3,000 gallons of solvent into the river on Tuesday.",
                     "The 3,000-gallon solvent spill reached the river on Tuesday.",
                     "The 5,000-gallon solvent spill reached the river on Tuesday.")
    assert counts(tally) == {"3000": ("s1", "s2"), "5000": ("s3",)}
    assert conflicting_values(tally) == [{"3000", "5000"}]
    assert counts(tally_of("The 40-ton truck crossed the 2-mile bridge.")) == {"40": ("s1",),
                                                                              "2": ("s1",)}


def test_a_hyphen_to_other_words_makes_no_count():
    assert counts(tally_of("The 5-star hotel had a 3-point plan.")) == {}
    assert counts(tally_of("The 12-mile-long queue.")) == {}
    assert [f.kind for f in tally_of("He is a 31-year-old steward.").facts] == ["age"]


def test_a_crowd_is_a_count_of_people_and_a_ground_s_capacity_a_count_of_its_own():
    tally = tally_of("Police said about 42,000 people were inside the ground, which holds 38,500.",
                     "A crowd of 42000 - well above the ground's 38,500 capacity - surged through "
                     "the gate.",
                     "About 42,000 people were at the ground, against a capacity of 38,500.",
                     "More than 40,000 fans tried to get into a stadium built for 38,500.")
    assert counts(tally)["42000"] == ("s1", "s2", "s3")
    assert counts(tally)["38500"] == ("s1", "s2", "s3", "s4")
    assert not [c for c in conflicting_values(tally) if "38500" in c]


def test_holding_or_building_for_a_number_before_other_words_is_no_capacity():
    assert counts(tally_of("He holds 38,500 in savings.")) == {}
    # seats a party holds are no capacity, and differ from party to party (review)
    seats = tally_of("Before the election, the Conservatives held 365.",
                     "Before the election, Labour held 202.")
    assert counts(seats) == {} and conflicting_values(seats) == []
    assert counts(tally_of("The arena, which can hold 21,000, was full.")) == {"21000": ("s1",)}
    assert counts(tally_of("The hall was built for 1990 and later years.")) == {}
    (covers,) = tally_of("The show sold 38,500 seat covers.").facts
    assert "capacity" not in covers.about.split() and "covers" in covers.about.split()


def test_points_are_no_count_even_after_a_change():
    # (review: a rule reading "fallen by 2.5 points" as a count of points set poll and market
    # moves of different parties and indexes against each other: "Labour gained 3 points" /
    # "The Greens gained 2 points", "the Dow rose 120 points" / "the FTSE 100 rose 45 points")
    poll = tally_of("Labour gained 3 points in the latest YouGov poll, published on Sunday.",
                    "The Greens gained 2 points in the latest YouGov poll, published on Sunday.")
    markets = tally_of("On Monday the Dow rose 120 points as bank shares rallied.",
                       "On Monday the FTSE 100 rose 45 points as bank shares rallied.")
    for tally in (poll, markets):
        assert counts(tally) == {} and conflicting_values(tally) == []
    assert counts(tally_of("He scored 12 points in the game.")) == {}
    assert counts(tally_of("The plan has 3 points.")) == {}
