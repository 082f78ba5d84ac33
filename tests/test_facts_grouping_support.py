"""Conflicts that must not vanish when another source agrees with one side (QA round 4, item 2):
a fact's context sums all its sources' words, and a contradiction that two sources show alone must
show when a third joins either side; and the counter-examples, that must stay no conflict."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicts(tally: FactTally) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Each conflict as (value, supporting sources) of its facts, sorted."""
    return sorted(sorted((tally.fact(fid).value, tally.fact(fid).sources) for fid in c.facts)
                  for c in tally.conflicts)


REUTERS = ("Officials in Riverton ordered 42,000 residents to boil their tap water on Tuesday after "
           "a tanker truck spilled about 3,000 gallons of industrial solvent into the Miller River.\n\n"
           "The spill happened at 6:40 a.m. on March 3, 2026, when the truck overturned on Route 9, "
           "according to the county sheriff.")
BLOG = "Residents are angry. The spill happened on March 4, 2026."
NEWSLETTER = ("On Tuesday, March 3, 2026, a tanker truck overturned on Route 9 and spilled about "
              "3,000 gallons of solvent into the Miller River.")


def test_a_date_contradicted_by_one_source_stays_a_conflict_when_a_second_source_agrees():
    alone = conflicts(tally_of(BLOG, REUTERS))
    assert alone == [[("2026-03-03", ("s2",)), ("2026-03-04", ("s1",))]]
    assert conflicts(tally_of(BLOG, NEWSLETTER, REUTERS)) == [
        [("2026-03-03", ("s2", "s3")), ("2026-03-04", ("s1",))]]


def test_a_day_told_by_two_sources_in_other_words_conflicts_with_a_third_source_s_day():
    a = ("The Rio Claro dam failed at 3:40 a.m. on Tuesday, March 3, sending a wall of water into "
         "the town of Valle Verde.")
    b = "Homes were destroyed when the Rio Claro dam failed at 3:40 a.m. on Tuesday, March 3, flooding Valle Verde."
    c = "The Rio Claro dam failed on Wednesday, March 4, at about 3:40 a.m. Homes were destroyed."
    found = conflicts(tally_of(a, b, c))
    assert [("March 3", ("s1", "s2")), ("March 4", ("s3",))] in found


def test_no_conflict_with_a_date_of_another_event_when_two_sources_agree_on_one():
    # The same three sources' shapes, but the third date is of another thing: never a conflict.
    c = "The city council will hold a hearing on March 4, 2026, about the water rates."
    assert conflicts(tally_of(c, NEWSLETTER, REUTERS)) == []
    d = "The Miller River festival opened on March 4, 2026, with a parade."
    assert all(("2026-03-04", ("s1",)) not in c_ for c_ in conflicts(tally_of(d, NEWSLETTER, REUTERS)))


def test_no_conflict_between_counts_of_two_things_when_sources_agree_on_one():
    a = "Officials said 42,000 residents were ordered to boil their water."
    b = "Some 42,000 residents were ordered to boil their water, officials said."
    c = "The county said 45,000 households had lost power in the storm."
    assert conflicts(tally_of(a, b, c)) == []


# A misquoted number is one conflict, though a source gives one side's value outside the quote
# too (QA round 4, item 5: 600 officers in three quotes and one narrative, 400 in one quote).

def test_a_misquoted_number_is_one_conflict_when_a_source_also_gives_it_outside_a_quote():
    said = "“We had 600 officers on duty, which was more than the plan required,” Marek Hollan said."
    tally = tally_of("Crush\n\n" + said,
                     "Crush\n\nPolice chief Marek Hollan said 600 officers were on duty at the "
                     "ground, more than the plan required.",
                     "Crush\n\n“We had 400 officers on duty, which was more than the plan "
                     "required,” Marek Hollan said.")
    assert [c.change for c in tally.conflicts] == ["“600” against “400”"]
    # The count still has its support, the narrative's source included.
    assert [f.sources for f in tally.facts if f.kind == "count" and f.value == "600"] == [("s1", "s2")]


def test_values_each_given_outside_the_quotes_too_stay_a_conflict_of_their_own():
    tally = tally_of("Crush\n\nPolice said 600 officers were on duty at the ground. “We had 600 "
                     "officers on duty, which was more than the plan required,” Marek Hollan said.",
                     "Crush\n\nPolice said 400 officers were on duty at the ground. “We had 400 "
                     "officers on duty, which was more than the plan required,” Marek Hollan said.")
    assert sorted(tally.fact(c.facts[0]).kind for c in tally.conflicts) == ["count", "quote"]
