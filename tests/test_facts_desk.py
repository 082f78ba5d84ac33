"""A wire desk's day on one story (session 8, QA /tmp/qa-desk: a train derailment told by 32 items
over a day): the standard wire sentences, corrections, updates and the figures a desk writes.
Each rule with its counter-examples, on small articles of our own."""

from __future__ import annotations

from facts_support import conflicts, tally_of, values

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


# 2. A corrected time: "about 6:40" against "about 6:14" is a conflict; one time is one row.

LEFT = ("The train was carrying 212 passengers from Brenton to Maple Quay when nine of its cars left "
        "the tracks at about {} a.m. on Saturday.")


def test_a_corrected_time_to_the_minute_conflicts_with_the_first_one():
    found = conflicts(tally_of(LEFT.format("6:40"), LEFT.format("6:14")), "time")
    assert found == [[("06:14", ("s2",)), ("06:40", ("s1",))]]


def test_about_allows_as_much_as_the_time_is_precise():
    # to the minute, "about" allows a minute or two; on the hour, half an hour
    assert conflicts(tally_of(LEFT.format("6:14"), LEFT.format("6:15")), "time") == []
    assert conflicts(tally_of(LEFT.format("6:40"), LEFT.format("6:43")), "time") == []
    assert conflicts(tally_of(LEFT.format("6"), LEFT.format("6:20")), "time") == []
    assert conflicts(tally_of(LEFT.format("6:30"), LEFT.format("6:55")), "time") != []


def test_a_place_named_before_a_time_is_no_event_of_it():
    # "near Dunmore Falls at 6:14": the falls are a place, not what happened at 6:14; the time is
    # the one another source tells of the train ("left the tracks at 6:14"), one row.
    a = "Seven people died when the train derailed near Dunmore Falls at 6:14 a.m. on Saturday."
    b = "The train left the tracks at 6:14 a.m. with 212 passengers aboard."
    assert values(tally_of(a, b), "time") == [("06:14", ("s1", "s2"))]
    # an event noun still tells two times apart: "the blast at 16:40" / "the meeting at 16:40"
    c = "Police said the blast at 16:40 shook the square."
    d = "Police said the meeting at 16:40 went ahead."
    assert values(tally_of(c, d), "time") == [("16:40", ("s1",)), ("16:40", ("s2",))]


# 3. A correction is no support of what it corrects.

FIRST = "Nine cars derailed at 6:40 a.m. near Dunmore, the rail company said."


def test_a_corrected_value_is_no_support_of_it():
    for denial in ("at 6:14 a.m., not 6:40 a.m.", "at 6:14 a.m. and not 6:40 a.m.",
                   "at 6:14 a.m. rather than 6:40 a.m.", "at 6:14 a.m. instead of 6:40 a.m.",
                   "at 6:14 a.m., not at 6:40 a.m."):
        fix = f"Nine cars derailed {denial} near Dunmore, the rail company said."
        tally = tally_of(FIRST, fix)
        forty = [f for f in tally.facts if f.value == "06:40"]
        assert [f.sources for f in forty] == [("s1",)], denial
        # still a mention of 6:40 in the correction (the reader shows it)
        assert [m.source for m in forty[0].mentions] == ["s1", "s2"], denial
        assert conflicts(tally, "time") == [[("06:14", ("s2",)), ("06:40", ("s1",))]], denial


def test_a_value_only_a_denial_mentions_is_no_fact():
    tally = tally_of("Northline said the train derailed at 6:14 a.m., not 6:40 a.m. as reported.")
    assert values(tally, "time") == [("06:14", ("s1",))]


def test_not_before_a_hedge_or_another_word_is_no_denial():
    # "not more than 300" is at most 300; "not until 6 p.m." says 6 p.m.; "did not reach 12%"
    a = "Not more than 300 people were evacuated from the valley, officials said."
    b = "About 300 people were evacuated from the valley, officials said."
    assert values(tally_of(a, b), "count") == [("300", ("s1", "s2"))]
    c = "The line will not reopen until 6 p.m. on Sunday, the rail company said."
    d = "The line will reopen at 6 p.m. on Sunday, the rail company said."
    assert [f.sources for f in tally_of(c, d).facts if f.kind == "time"] == [("s1", "s2")]


# 4. No conflict between the years of two things, nor between two moments of a trading day.

def test_a_year_a_span_starts_is_no_year_of_an_event():
    a = "The derailment is the third serious incident on the Brenton line since 2019."
    b = "The Rail Workers Union said it had warned the company about the condition of the Brenton line in 2024."
    assert conflicts(tally_of(a, b), "date") == []


def test_two_years_of_one_thing_still_conflict():
    a = "The Brenton line has been closed to freight since 2019, the rail company said."
    b = "The Brenton line has been closed to freight since 2017, the rail company said."
    assert conflicts(tally_of(a, b), "date") == [[("2017", ("s2",)), ("2019", ("s1",))]]
    c = "The union said it warned the company about the condition of the Brenton line in 2024."
    d = "The union said it warned the company about the condition of the Brenton line in 2023."
    assert conflicts(tally_of(c, d), "date") == [[("2023", ("s2",)), ("2024", ("s1",))]]


def test_a_move_in_trading_and_one_at_the_close_do_not_conflict():
    a = "Shares in Northline Rail fell 8% in early trading after one of its trains derailed."
    b = "Shares in Northline Rail closed down 11% after one of its trains derailed."
    assert conflicts(tally_of(a, b), "percent") == []


def test_two_moves_at_one_moment_of_the_day_conflict():
    for x, y in (("closed down 8%", "closed down 11%"), ("fell 8% in early trading", "fell 11% in early trading")):
        a = f"Shares in Northline Rail {x} after one of its trains derailed near Dunmore."
        b = f"Shares in Northline Rail {y} after one of its trains derailed near Dunmore."
        assert conflicts(tally_of(a, b), "percent") == [[("11%", ("s2",)), ("8%", ("s1",))]], x


# 5. A clause put first is a remark in other words, not a negation dropped.

SAID = "Transport Minister David Okafor said: “{}”"


def test_a_remark_with_a_clause_moved_is_a_variant_not_a_negation_dropped():
    from seedreader.facts.meaning import meaning_change
    a = "We will find out what happened, and we will not rest until we do"
    b = "We will not rest until we find out what happened"
    assert meaning_change(a, b) is None and meaning_change(b, a) is None
    tally = tally_of(SAID.format(a), SAID.format(b))
    assert [c.change for c in tally.conflicts] == []
    assert len(tally.variants) == 1


def test_a_negation_dropped_is_still_a_misquote():
    from seedreader.facts.meaning import meaning_change
    assert meaning_change("We will not rest until we find out what happened",
                          "We will rest until we find out what happened") == "“not” in one, not the other"
    # a "not" elsewhere in the other quote, before another word, is no move
    assert meaning_change("We will not accept these tariffs",
                          "We will accept these tariffs, not the old ones") == "“not” in one, not the other"
    tally = tally_of(SAID.format("We will never accept these tariffs, and we will not back down"),
                     SAID.format("We will accept these tariffs, and we will not back down"))
    assert [c.change for c in tally.conflicts] == ["“never” in one, not the other"]


# 6. Counts a desk writes: "nine of its cars", "the number of people killed has risen to seven".

def test_a_count_of_a_noun_after_of_and_a_determiner():
    a = "The train was carrying 212 passengers when nine of its cars left the tracks."
    b = "Nine cars derailed at around 6:40 a.m., the rail company said."
    tally = tally_of(a, b)
    nine = [f for f in tally.facts if f.kind == "count" and f.value == "9"]
    assert [f.sources for f in nine] == [("s1", "s2")]
    assert [m.text for m in nine[0].mentions] == ["nine", "Nine cars"]


def test_of_a_determiner_counts_only_a_noun():
    tally = tally_of("Two of the best were left out.", "One of its trains derailed near Dunmore.",
                     "Three of the 12 passengers were hurt.")
    assert values(tally, "count") == [("12", ("s3",)), ("3", ("s3",))]


def test_the_number_of_people_killed_risen_to_a_count():
    a = "The number of people killed in the Dunmore train derailment has risen to seven."
    b = "Seven people were killed in the Dunmore train derailment, police said."
    c = "Eight people were killed in the Dunmore train derailment, police said."
    tally = tally_of(a, b, c)
    assert values(tally, "count") == [("7", ("s1", "s2")), ("8", ("s3",))]
    assert conflicts(tally, "count") == [[("7", ("s1", "s2")), ("8", ("s3",))]]
    # "number" alone is no tally: "the train, number 4417, was carrying 212 passengers"
    assert values(tally_of("The train, number 4417, was carrying 212 passengers."), "count") == [
        ("212", ("s1",))]


def test_the_cli_lists_a_denial_apart_from_the_support():
    from seedreader.facts import render_facts
    fix = "Nine cars derailed at 6:14 a.m., not 6:40 a.m. near Dunmore, the rail company said."
    text = render_facts(tally_of(FIRST, fix), "text")
    forty = next(line for line in text.splitlines() if line.strip().startswith("06:40  "))
    assert "“6:40 a.m.” in 1 s1 ¶1" in forty and forty.endswith("denied in 2 s2 ¶1")
