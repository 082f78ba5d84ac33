"""One quantity in one unit of one subject ("the spill was 5,000 gallons" / "the spill was 3,000
gallons") conflicts though the sentences share one word besides the unit (session 6, facts-c; QA:
/tmp/qa-ar/dt). Counter-examples: other subjects, counts that are not units of measure."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicts(tally: FactTally) -> list[list[tuple[str, tuple[str, ...]]]]:
    return sorted(sorted((tally.fact(fid).value, tally.fact(fid).sources) for fid in c.facts)
                  for c in tally.conflicts if tally.fact(c.facts[0]).kind == "count")


def test_one_subject_measured_in_one_unit_conflicts():
    a = "Residents said the spill was 5,000 gallons, not 3,000, and that the notice covered 45,000 people."
    b = "Officials said the spill was 3,000 gallons and that the notice covered 42,000 people."
    found = conflicts(tally_of(a, b))
    assert [("3000", ("s2",)), ("5000", ("s1",))] in found


def test_two_subjects_in_one_unit_are_no_conflict():
    a = "Officials said the spill was 5,000 gallons."
    b = "Officials said the cleanup recovered 3,000 gallons."
    assert conflicts(tally_of(a, b)) == []


def test_one_subject_in_two_units_is_no_conflict():
    a = "Officials said the spill was 5,000 gallons."
    b = "Officials said the spill was 3,000 barrels."
    assert conflicts(tally_of(a, b)) == []


def test_counts_of_seats_and_points_still_need_two_words():
    # an election and a match: one word in common ("won") is not enough for counts that are not units
    assert conflicts(tally_of("Labour won 52 seats.", "The Greens won 48 seats.")) == []
    assert conflicts(tally_of("The Hawks scored 31 points.", "The Lions scored 28 points.")) == []


def test_one_firm_s_two_figures_in_one_unit_are_no_conflict():
    # earnings: the refinery's output and its storage, one unit, other subjects
    a = "The refinery produced 5,000 barrels a day, the company said."
    b = "The company said its tanks held 3,000 barrels."
    assert conflicts(tally_of(a, b)) == []


def measure_conflicts(tally: FactTally) -> list[list[tuple[str, tuple[str, ...]]]]:
    return sorted(sorted((tally.fact(fid).value, tally.fact(fid).sources) for fid in c.facts)
                  for c in tally.conflicts if tally.fact(c.facts[0]).kind == "measure")


def test_kilos_are_a_unit_as_the_hyphened_kilo_is():
    # (final mend: the units are listed once, in figures.UNITS; "5-kilo" made the head "kilo",
    # which the conflicts' list of units did not have. Session 11: kilos are a measure of mass,
    # measures.py, one with "50kg"; the rule of one subject in one unit holds for them too.)
    a = "Police said the seizure was 50 kilos, not 30, and that the raid involved 45 officers."
    b = "Customs said the seizure was 30 kilos and that the raid involved 42 officers."
    assert [("30 kg", ("s2",)), ("50 kg", ("s1",))] in measure_conflicts(tally_of(a, b))
    a = "Police said the seizure was 50 kilos."
    b = "Police said the dog found 30 kilos."
    assert measure_conflicts(tally_of(a, b)) == []
