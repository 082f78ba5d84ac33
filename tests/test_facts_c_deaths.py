"""Death counts meet as one outcome, and a source that disputes a toll it reports still contradicts
the others (session 6, facts-c; QA: /tmp/qa-fc stadium crush, the blog's "the real number is 41").
Counter-examples: an updated toll, injured against dead, another event's toll, other stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader import load_corpus
from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicts(tally: FactTally) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Each conflict of counts as (value, supporting sources) of its facts, sorted."""
    return sorted(sorted((tally.fact(fid).value, tally.fact(fid).sources) for fid in c.facts)
                  for c in tally.conflicts if tally.fact(c.facts[0]).kind == "count")


WIRE = ("MAROVA, March 15 - The death toll from a crowd crush at Marova's Arvel Park stadium rose "
        "to 31 from 27 on Sunday after four of the injured died in hospital, the health authority "
        "said.\n\nIn 2019, 12 people died in a crush at the same stadium.")
HERALD = ("The number of people killed in a crush at a football stadium in Marova has risen to 31, "
          "up from 27 on Saturday night, after four more victims died in hospital.\n\n"
          "A total of 148 people were injured.")
DAILY = ("MAROVA - Thirty-one people died after a crowd crush at a soccer stadium in the city of "
         "Marova on Saturday, officials said Sunday, raising the toll from 27.\n\n"
         "The last deadly crush at the stadium, in 2019, killed 12 people.")
BLOG_REAL = ("The official story about Saturday's disaster at Arvel Park does not add up. The "
             "authorities admit 31 dead, but sources inside the hospital tell me the real number is 41.")
BLOG_TELL = ("The official story about Saturday's disaster at Arvel Park does not add up. The "
             "authorities admit 31 dead, but sources inside the hospital tell me 41 people have died.")


@pytest.mark.parametrize("blog", [BLOG_REAL, BLOG_TELL])
def test_a_source_disputing_the_toll_it_reports_contradicts_the_others(blog):
    found = conflicts(tally_of(WIRE, HERALD, DAILY, blog))
    assert len(found) == 1
    (low, high), = found
    assert low[0] == "31" and {"s1", "s3", "s4"} <= set(low[1])  # the blog reports 31 too
    assert high == ("41", ("s4",))


def test_the_qa_stadium_corpus_finds_the_planted_death_toll():
    root = Path("/tmp/qa-fc/corpus")
    if not root.is_dir():
        pytest.skip("QA corpus not here")
    tally = tally_facts(load_corpus(root))
    values = [sorted(tally.fact(fid).value for fid in c.facts) for c in tally.conflicts
              if tally.fact(c.facts[0]).kind == "count"]
    assert values == [["31", "41"]]


@pytest.mark.parametrize("other", [
    "Hospital sources say 41 people have died in the crush at the Arvel Park stadium in Marova.",
    "Hospital sources say 41 people were killed in the crush at the Arvel Park stadium in Marova.",
    "Hospital sources say the crush at the Arvel Park stadium in Marova killed 41 people.",
    "Hospital sources count 41 fatalities in the crush at the Arvel Park stadium in Marova.",
    "Hospital sources say 41 dead in the crush at the Arvel Park stadium in Marova.",
])
def test_death_counts_written_other_ways_meet(other):
    toll = ("The death toll from the crush at the Arvel Park stadium in Marova rose to 31 on Sunday, "
            "hospital sources said.")
    found = conflicts(tally_of(toll, other))
    assert [[v for v, _s in c] for c in found] == [["31", "41"]]


def test_an_updated_toll_is_no_conflict():
    assert conflicts(tally_of(WIRE, HERALD, DAILY)) == []


def test_a_second_toll_that_is_an_update_is_not_disputed():
    text = ("The authorities said 27 people had died by Saturday night, but the toll rose to 31 "
            "on Sunday after four of the injured died in hospital.")
    assert conflicts(tally_of(WIRE, text)) == []


def test_injured_against_dead_is_no_conflict():
    text = ("Thirty-one people died in the crush at Arvel Park, but 41 people were injured, "
            "the hospital said.")
    assert conflicts(tally_of(WIRE, HERALD, text)) == []


def test_another_event_s_toll_is_no_conflict():
    # The 2019 crush's 12 dead against this one's 31
    assert conflicts(tally_of(WIRE, DAILY, BLOG_REAL))[0][1] == ("41", ("s3",))
    assert all("12" not in [v for v, _s in c] for c in conflicts(tally_of(WIRE, DAILY, BLOG_REAL)))


def test_one_source_giving_two_events_tolls_disputes_neither():
    text = ("The crush killed 31 people at Arvel Park, but the 2019 disaster at the same stadium "
            "killed 12 people.")
    assert conflicts(tally_of(WIRE, DAILY, text)) == []


def test_sports_scores_and_earnings_with_but_are_no_disputes():
    # "but" between two figures of other things: no death counts, nothing disputed
    a = ("The Hawks scored 31 points in the first half, but the Lions won 41 to 38 after extra "
         "time.\n\nThe club said revenue rose to $31 million, but profit fell to $4 million.")
    b = ("The Lions won 41 to 38. The Hawks scored 28 points in the first half.\n\n"
         "Revenue rose to $31 million and profit fell to $4 million, the club said.")
    assert conflicts(tally_of(a, b)) == []


def test_an_election_count_with_but_is_no_dispute():
    a = "Officials counted 31 ballots at the first station, but 41 at the second, the election board said."
    b = "The election board said 31 ballots were counted at the first station."
    assert conflicts(tally_of(a, b)) == []


def test_a_court_report_of_two_charges_is_no_dispute():
    a = ("The driver was charged over the crash that killed 3 people on the highway, but a second "
         "crash on Route 9 killed 5 people the same night, police said.")
    b = "Police said 3 people were killed in the highway crash; the driver was charged."
    assert conflicts(tally_of(a, b)) == []


BRIDGE = "Twelve people died when the Old Mill bridge collapsed on Tuesday, officials said."


def test_a_toll_that_rose_is_no_conflict_with_a_lower_count():
    later = "The death toll from Tuesday's Old Mill bridge collapse rose to 14, officials said."
    assert conflicts(tally_of(BRIDGE, later)) == []


def test_a_toll_that_is_not_a_rise_conflicts_with_a_count_of_the_dead():
    other = "The death toll from Tuesday's Old Mill bridge collapse stands at 14, officials said."
    assert [[v for v, _s in c] for c in conflicts(tally_of(BRIDGE, other))] == [["12", "14"]]


def test_lives_lost_are_deaths():
    other = "Fourteen lives were lost when the Old Mill bridge collapsed on Tuesday, officials said."
    assert [[v for v, _s in c] for c in conflicts(tally_of(BRIDGE, other))] == [["12", "14"]]


def test_injured_people_against_the_dead_is_no_conflict():
    other = "Fourteen people were injured when the Old Mill bridge collapsed on Tuesday, officials said."
    assert conflicts(tally_of(BRIDGE, other)) == []


def test_lives_saved_are_no_deaths():
    other = "Rescuers saved 14 lives when the Old Mill bridge collapsed on Tuesday, officials said."
    assert conflicts(tally_of(BRIDGE, other)) == []
