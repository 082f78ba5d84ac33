"""One figure told by several sources is one fact, its support counted once (science QA, F12):
two rates told as a pair ("10% of the control group and 7% of the diet group") split their
sentence's words between them, so each source's 10% had other words and the tally showed it in
several rows of 1 or 2 sources. Sentences that tell the same pair of values and are alike join
their figures; the same pair told of other things, or with the roles swapped, does not."""

from __future__ import annotations

from facts_support import tally_of, values

RATES = (
    "Heart attacks and strokes occurred in 10% of the control group and in 7% of the diet group.",
    ("Heart attacks and strokes occurred in 7 percent of the diet group, compared with 10 percent "
     "of those given standard advice."),
    "Just 7 per cent of dieters had a heart attack or stroke, compared to 10 per cent of the others.",
    ("Heart attacks or strokes happened to 42 people in the diet group and 60 people in the "
     "control group. That is 7% versus 10%."),
)


def test_a_pair_of_rates_told_by_four_sources_is_two_facts_each_of_four():
    got = values(tally_of(*RATES), "percent")
    assert got == [("10%", ("s1", "s2", "s3", "s4")), ("7%", ("s1", "s2", "s3", "s4"))]


def test_a_sentence_that_only_points_back_takes_the_words_of_the_one_before():
    # "That is 7% versus 10%." says what they are of in the sentence before it; alone it says
    # nothing, and a third source's pair of rates is not taken for it.
    alone = "The trial was a success. That is 7% versus 10%."
    got = values(tally_of(RATES[0], RATES[1], alone), "percent")
    assert ("10%", ("s1", "s2")) in got and ("10%", ("s3",)) in got


def test_the_same_pair_with_the_roles_swapped_stays_two_facts():
    a = "Heart attacks occurred in 10% of men and in 7% of women."
    b = "The rate of heart attacks was 10% for women and 7% for men."
    got = values(tally_of(a, b), "percent")
    assert ("10%", ("s1", "s2")) not in got and ("7%", ("s1", "s2")) not in got


def test_a_pair_of_values_told_of_other_things_stays_apart():
    a = "Jones won 52% of the vote, to Smith's 48%."
    b = "Turnout was 52%, against 48% at the last election."
    got = values(tally_of(a, b), "percent")
    assert ("52%", ("s1", "s2")) not in got and ("48%", ("s1", "s2")) not in got
    c = "Revenue rose 8% and profit 12% in the quarter, the company said."
    d = "Shares fell 8% after the company said it would cut 12% of its staff."
    got = values(tally_of(c, d), "percent")
    assert ("8%", ("s1", "s2")) not in got and ("12%", ("s1", "s2")) not in got


def test_a_pair_of_shares_of_two_other_names_stays_apart():
    a = "Labour won 34% of the vote in the election and the Conservatives 24%."
    b = "Labour took 34% of the vote in the election, while Reform won 24%."
    got = values(tally_of(a, b), "percent")
    assert ("34%", ("s1", "s2")) in got and ("24%", ("s1", "s2")) not in got


def test_ten_percent_of_two_things_in_one_story_stays_two_facts():
    # Each source tells both: 10% of the control group had an event, 10% of all dropped out.
    a = ("Heart attacks occurred in 10% of the control group and in 7% of the diet group. "
         "About 10% of all participants dropped out before the end, and 3% were lost to follow-up.")
    b = ("Heart attacks occurred in 7% of the diet group and 10% of the control group. "
         "Some 10% of participants dropped out, and 3% could not be traced.")
    got = [v for v in values(tally_of(a, b), "percent") if v[0] == "10%"]
    assert len(got) == 2, got


def test_an_uncommon_count_of_people_and_of_volunteers_is_one_fact():
    a = "The trial enrolled 1204 people with high blood pressure at 14 hospitals."
    b = "Scientists put 1,204 middle-aged volunteers with high blood pressure on the diet."
    assert [sources for _v, sources in values(tally_of(a, b), "count")] == [("s1", "s2"), ("s1",)]


def test_a_round_count_of_people_and_of_volunteers_stays_apart():
    # 1,200 is the round number of many things: people of one story, volunteers of another part.
    a = "About 1,200 people were evacuated from the valley on Monday."
    b = "The charity sent 1,200 volunteers to the valley to help with the clean-up."
    got = values(tally_of(a, b), "count")
    assert all(len(sources) == 1 for _v, sources in got), got
