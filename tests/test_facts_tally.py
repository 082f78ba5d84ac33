"""Support and contradictions across small articles written for the purpose."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader.corpus import load_corpus, source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.extract import extract_source

BRIDGE_A = """Bridge collapse kills twelve in Riverton

Twelve people died when the Old Mill bridge collapsed on Tuesday, officials said. At least 30 people were injured and taken to four area hospitals.

The town's mayor, Ana Lopez, 58, said the bridge had been inspected in March 2023. "We will find out what went wrong, and we will rebuild," Lopez said.

Repairs will cost about $4.5 million, according to the council.
"""
BRIDGE_B = """Fourteen dead after Riverton bridge gives way

Fourteen people were killed when the Old Mill bridge collapsed on Tuesday. Nearly 30 people were hurt; they were taken to four hospitals in the area.

Mayor Ana Lopez, 59, said: "We will find out what went wrong and we will rebuild." The bridge was inspected in March 2023, she added.

The council put the cost of repairs at $4.5m.
"""
BRIDGE_C = """Riverton mourns

The death toll from Tuesday's bridge collapse in Riverton rose to 14, police said. The collapse also injured dozens of people, and 300 residents were evacuated from nearby homes.

Lopez told reporters: "We will find out what went wrong." The bridge opened in 1962.
"""


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def the(tally: FactTally, kind: str, value: str):
    [fact] = [f for f in tally.facts if f.kind == kind and f.value == value]
    return fact


def conflicting_values(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts]


def test_death_toll_12_against_fourteen_is_a_conflict_with_who_holds_each():
    tally = tally_of(BRIDGE_A, BRIDGE_B, BRIDGE_C)
    twelve, fourteen = the(tally, "count", "12"), the(tally, "count", "14")
    assert twelve.sources == ("s1",)
    assert set(fourteen.sources) == {"s2", "s3"}  # "Fourteen people were killed", "toll rose to 14"
    [conflict] = tally.conflicts_for(twelve.id)
    assert set(conflict.facts) == {twelve.id, fourteen.id}


def test_an_age_of_58_against_59_is_a_conflict():
    tally = tally_of(BRIDGE_A, BRIDGE_B, BRIDGE_C)
    assert {"58", "59"} in conflicting_values(tally)
    assert the(tally, "age", "58").about.startswith("lopez")


def test_only_those_two_conflicts():
    # 300 evacuated residents, "dozens" injured, 30 injured, four hospitals: no contradiction.
    assert sorted(map(sorted, conflicting_values(tally_of(BRIDGE_A, BRIDGE_B, BRIDGE_C)))) == [
        ["12", "14"], ["58", "59"]]


def test_hedged_figures_and_money_group_with_their_plain_wording():
    tally = tally_of(BRIDGE_A, BRIDGE_B, BRIDGE_C)
    injured = the(tally, "count", "30")
    assert set(injured.sources) == {"s1", "s2"}
    assert {m.qualifier for m in injured.mentions} == {"at least", "nearly"}
    assert set(the(tally, "money", "$4.5 million").sources) == {"s1", "s2"}
    assert set(the(tally, "count", "4").sources) == {"s1", "s2"}  # four (area) hospitals
    assert set(the(tally, "date", "Tuesday").sources) == {"s1", "s2", "s3"}
    assert set(the(tally, "date", "2023-03").sources) == {"s1", "s2"}


def test_a_quote_that_is_part_of_a_longer_one_supports_it():
    tally = tally_of(BRIDGE_A, BRIDGE_B, BRIDGE_C)
    [quote] = [f for f in tally.facts if f.kind == "quote"]
    assert quote.value == "We will find out what went wrong, and we will rebuild"
    assert quote.support == 3 and quote.speaker == "Lopez"
    assert {m.text for m in quote.mentions} == {
        "We will find out what went wrong, and we will rebuild",
        "We will find out what went wrong and we will rebuild",
        "We will find out what went wrong"}


def test_unrelated_percentages_are_not_a_conflict():
    tally = tally_of("Unemployment fell to 5% last year, the ministry said.",
                     "Inflation rose 3% over the same period, the bank said.",
                     "Drug deaths fell 40% in the state last year.",
                     "Fentanyl seizures at the border fell 50% last year.")
    assert tally.conflicts == ()


def test_the_same_measure_with_different_values_is_a_conflict():
    tally = tally_of("Turnout was 60% in the first round.",
                     "Turnout reached 62% in the first round, officials said.")
    assert conflicting_values(tally) == [{"60%", "62%"}]


@pytest.mark.parametrize(("one", "other"), [
    ("Unemployment rose to 5% last month, the statistics office said on Friday.",
     "Inflation rose to 7% last month, the statistics office said on Friday."),
    ("The storm killed 12 people in Texas, state officials said on Sunday.",
     "In neighbouring Oklahoma, the storm killed 4 people, the governor said on Sunday."),
    ("The first round of talks with the port authority was held on January 10 in the capital.",
     "The next round of talks with the port authority will be held on January 23 in the capital."),
    ("60% of members backed the deal, the union said.",
     "40% of members opposed the deal, the union said."),
    ("Company profits rose 12% in the first quarter, the firm said.",
     "Company profits rose 15% in the second quarter, the firm said."),
    ("Company profits rose 12% in 2024, the firm said.",  # neither the years nor the profits
     "Company profits rose 15% in 2025, the firm said."),
])
def test_look_alike_sentences_about_different_things_are_not_conflicts(one, other):
    # Each has a word by its figure that the other lacks: the measured noun, a place, an ordinal,
    # the verb; or a figure beside it (the year) that disagrees too.
    assert tally_of(one, other).conflicts == ()


@pytest.mark.parametrize(("one", "other", "values"), [
    ("Unemployment rose to 5% last month, the statistics office said.",
     "Unemployment climbed to 6% last month, according to the statistics office.", {"5%", "6%"}),
    ("The storm killed 12 people in Texas, officials said.",
     "The storm killed 14 people in Texas on Sunday.", {"12", "14"}),
    ("Company profits rose 12% in 2024, the firm said.",
     "Company profits rose 15% in 2024, the firm said.", {"12%", "15%"}),
    ("The second round of talks will be held on January 23 in Geneva.",
     "The second round of talks will be held on January 24 in Geneva.", {"January 23", "January 24"}),
])
def test_the_same_thing_with_other_words_around_it_is_still_a_conflict(one, other, values):
    assert conflicting_values(tally_of(one, other)) == [values]


# A differing word by a figure is not, by itself, another thing: a synonym that words.py's
# SYNONYMS does not hold (quake, hurricane, shot, jet, began, walkout) is still the same thing.
@pytest.mark.parametrize(("one", "other", "values"), [
    ("The earthquake killed 200 people in Nepal on Saturday, officials said.",
     "The quake killed 250 people in Nepal on Saturday, officials said.", {"200", "250"}),
    ("The storm killed 12 people in Texas on Monday, officials said.",
     "The hurricane killed 15 people in Texas on Monday, officials said.", {"12", "15"}),
    ("The vaccine was 90% effective in the trial, the company said.",
     "The shot was 95% effective in the trial, the company said.", {"90%", "95%"}),
    ("The plane carrying 150 passengers crashed near Lyon on Sunday, officials said.",
     "The jet carrying 162 passengers crashed near Lyon on Sunday, officials said.", {"150", "162"}),
    ("The summit in Geneva opened on March 3, officials said.",
     "The summit in Geneva began on March 4, officials said.", {"March 3", "March 4"}),
    ("The strike by 3,000 nurses began on Monday at the hospital, the union said.",
     "The walkout by 4,000 nurses began on Monday at the hospital, the union said.",
     {"3000", "4000"}),
])
def test_a_synonym_no_list_holds_keeps_the_conflict(one, other, values):
    assert conflicting_values(tally_of(one, other)) == [values]


# Nor is a place named at another level of detail, or described rather than named: one may be
# inside the other, or be it.
@pytest.mark.parametrize(("one", "other", "values"), [
    ("The storm killed 12 people in Houston on Monday, officials said.",
     "The storm killed 15 people in Texas on Monday, officials said.", {"12", "15"}),
    ("Officials said 12 people died in the flooding in Texas.",
     "Officials said 15 people died in the flooding in Houston, Texas.", {"12", "15"}),
    ("Israeli strikes killed 40 people in Gaza City overnight, health officials said.",
     "Israeli strikes killed 52 people in northern Gaza overnight, health officials said.",
     {"40", "52"}),
    ("The quake killed 200 people in Nepal, officials said.",
     "The quake killed 250 people in the Himalayan nation, officials said.", {"200", "250"}),
    ("The bridge collapse killed 7 people in Genoa on Tuesday, officials said.",
     "The bridge collapse killed 9 people in Genoa, Italy on Tuesday, officials said.", {"7", "9"}),
])
def test_a_place_at_another_level_of_detail_keeps_the_conflict(one, other, values):
    assert conflicting_values(tally_of(one, other)) == [values]


@pytest.mark.parametrize(("one", "other"), [
    # Two measures reported side by side (distinct.py's list).
    ("The storm killed 12 people in Texas on Monday, officials said.",
     "The storm injured 15 people in Texas on Monday, officials said."),
    ("Exports rose 12% last month, the ministry said.",
     "Imports rose 15% last month, the ministry said."),
    # Two places of one kind, with no word in common.
    ("The storm killed 12 people in Texas on Monday, officials said.",
     "The storm killed 15 people in Oklahoma on Monday, officials said."),
    ("The storm killed 12 people in Houston, Texas on Monday, officials said.",
     "The storm killed 15 people in Oklahoma on Monday, officials said."),
    ("The flooding killed 12 people in Guatemala, officials said.",
     "The flooding killed 15 people in Honduras, officials said."),
    # The start and the end of one event.
    ("The summit in Geneva opened on March 3, officials said.",
     "The summit in Geneva closed on March 5, officials said."),
])
def test_words_known_to_name_two_things_tell_them_apart(one, other):
    assert tally_of(one, other).conflicts == ()


def test_a_word_the_other_source_uses_beside_another_figure_tells_two_things_apart():
    # Bread and milk are on no list, but the second source gives bread a figure of its own: its
    # 7% is not about bread, and its 4% contradicts the first source's 6%.
    tally = tally_of("Bread prices rose 6% last year, the ministry said.",
                     "Milk prices rose 7% last year, while bread prices rose 4%, the ministry said.")
    assert conflicting_values(tally) == [{"6%", "4%"}]
    # A figure the other source gives to a third thing (injured, not killed) says nothing of it.
    tally = tally_of("The earthquake killed 200 people on Saturday, officials said.",
                     "The quake killed 250 people on Saturday, officials said. The earthquake "
                     "injured 1,000 people.")
    assert conflicting_values(tally) == [{"200", "250"}]


@pytest.mark.parametrize(("one", "other", "values"), [
    ("The storm killed 12 people in the city on Monday, officials said.",
     "The storm killed 15 people in the city on Tuesday, officials said.",
     [{"12", "15"}, {"Monday", "Tuesday"}]),
    ("The ceasefire took effect on March 3 after 200 days of fighting, officials said.",
     "The ceasefire took effect on March 4 after 230 days of fighting, officials said.",
     [{"200 days", "230 days"}, {"March 3", "March 4"}]),
    ("The vote drew 60% turnout on Sunday, officials said.",
     "The vote drew 65% turnout on Saturday, officials said.",
     [{"60%", "65%"}, {"Sunday", "Saturday"}]),
])
def test_a_figure_and_its_day_both_in_dispute_are_two_conflicts(one, other, values):
    # A day or a weekday is no period a figure measures (as "in 2024" is): it does not make the
    # figures two things, nor do the figures make the days two things.
    assert sorted(conflicting_values(tally_of(one, other)), key=sorted) == sorted(values, key=sorted)


def test_each_figure_of_a_long_list_is_beside_its_own_year_only():
    # Not every year of the sentence (which made the work per sentence quadratic): the one in the
    # figure's clause.
    text = "Profits rose " + ", ".join(f"{10 + i}% in {2000 + i}" for i in range(60)) + "."
    figures = [f for f in extract_source(source_from_text(text)) if f.kind == "percent"]
    assert len(figures) == 60
    assert [[g.value for g in f.near] for f in figures] == [[str(2000 + i)] for i in range(60)]


def assert_two_things(one: str, other: str) -> None:
    """Two sentences whose figures differ are no conflict, and with the same figure are two facts
    (the first number of ``other`` replaced by the first of ``one``)."""
    assert tally_of(one, other).conflicts == ()
    [value], [other_value] = (re.findall(r"\d+", text)[:1] for text in (one, other))
    same = tally_of(one, other.replace(other_value, value))
    assert sorted(f.support for f in same.facts if f.kind in ("percent", "count")) == [1, 1]


@pytest.mark.parametrize(("one", "other"), [
    ("212 lawmakers voted in favour of the bill on Tuesday, the speaker said.",
     "198 lawmakers voted against the bill on Tuesday, the speaker said."),
    ("212 lawmakers voted for the bill on Tuesday, the speaker said.",
     "198 lawmakers voted against the bill on Tuesday, the speaker said."),
    ("212 members voted yes on the deal, the union said.",
     "198 members voted no on the deal, the union said."),
    ("The deal was backed by 212 members, the union said.",
     "The deal was opposed by 198 members, the union said."),
    ("212 members support the deal, the union said.",
     "198 members oppose the deal, the union said."),
    ("212 members approved the deal, the union said.",
     "198 members did not approve the deal, the union said."),
])
def test_the_two_sides_of_a_vote_are_two_things_not_a_conflict(one, other):
    # Stance words (for/against, in favour, backed/opposed, support/oppose, approve/reject, yes/no)
    # say which side a figure counts; one value on both sides is two facts, not support.
    assert_two_things(one, other)


def test_the_same_side_of_a_vote_in_other_words_still_conflicts():
    assert conflicting_values(tally_of(
        "212 lawmakers voted for the bill on Tuesday, the speaker said.",
        "215 lawmakers voted in favour of the bill on Tuesday, the speaker said.")) == [{"212", "215"}]
    assert conflicting_values(tally_of(
        "198 lawmakers voted against the bill on Tuesday, the speaker said.",
        "196 lawmakers voted against the bill, the speaker said on Tuesday.")) == [{"198", "196"}]


@pytest.mark.parametrize(("one", "other"), [
    ("Exports rose 12% last year, the ministry said.", "Exports rose 15% this year, the ministry said."),
    ("Last week, 40 people were arrested at the border, police said.",
     "This week, 52 people were arrested at the border, police said."),
    ("Exports rose 12% last month, the ministry said.",
     "Exports will rise 15% next month, the ministry said."),
    ("Exports rose 12% in the previous quarter, the ministry said.",
     "Exports rose 15% in the current quarter, the ministry said."),
    ("Exports rose 12% a year earlier, the ministry said.",
     "Exports rose 15% this year, the ministry said."),
    ("Exports rose 12% in the last fiscal year, the ministry said.",
     "Exports rose 15% in this fiscal year, the ministry said."),
])
def test_figures_of_two_periods_are_two_things_not_a_conflict(one, other):
    # "last year" and "this year" (last/this/next month, week, quarter...) beside two figures say
    # which period each measures; and one value in both periods is two facts, not one.
    assert_two_things(one, other)


def test_the_same_period_in_other_words_still_conflicts():
    assert conflicting_values(tally_of(
        "Exports rose 12% last year, the ministry said.",
        "Exports rose 15% over the past year, according to the ministry.")) == [{"12%", "15%"}]
    tally = tally_of("Exports rose 12% last year, the ministry said.",
                     "Exports rose 12% over the past year, according to the ministry.")
    assert [f.support for f in tally.facts if f.kind == "percent"] == [2]


def test_a_conflict_group_does_not_chain_through_a_fact_about_something_else():
    # "It fell 30%" may be about either; drug deaths and border crossings are two things. Each
    # contradiction is shown, but no group holds the 40% fall in deaths and the 10% in crossings.
    tally = tally_of("Drug deaths fell 40% last year, officials in the state said on Friday.",
                     "It fell 30% last year, officials in the state said on Friday.",
                     "Border crossings fell 10% last year, officials in the state said on Friday.")
    assert sorted(map(sorted, conflicting_values(tally))) == [["10%", "30%"], ["30%", "40%"]]
    [thirty] = [f for f in tally.facts if f.value == "30%"]
    assert len(tally.conflicts_for(thirty.id)) == 2


def test_durations_compare_by_length_whatever_the_unit():
    tally = tally_of("The river reached its highest level in four decades, officials said.",
                     "The river reached its highest level in 40 years, officials said.",
                     "The river reached its highest level in two years, officials said.",
                     "The talks lasted about 2 hours, the ministry said.",
                     "The talks lasted 115 minutes, the ministry said.")
    forty = the(tally, "duration", "40 years")
    assert forty.sources == ("s1", "s2")
    assert {m.text for m in forty.mentions} == {"four decades", "40 years"}
    # Two years against four decades is a contradiction; about 2 hours allows 115 minutes.
    assert conflicting_values(tally) == [{"40 years", "2 years"}]


def test_compatible_values_are_not_conflicts():
    tally = tally_of(
        "Between 10 and 15 people were hurt in the crash on the highway.",
        "Twelve people were hurt in the crash on the highway.",
        "More than 10 people were hurt in the crash on the highway.",
        "Hundreds of people were hurt in the crash on the highway.",
        "The crash on the highway happened in early January, police said.",
        "The crash on the highway happened on January 3, police said.",
    )
    assert tally.conflicts == ()
    assert the(tally, "count", "10–15").mentions[0].text == "Between 10 and 15 people"


def test_one_source_holding_both_values_is_not_a_conflict():
    tally = tally_of("The toll rose from 12 to 14 overnight. The toll stood at 12 on Monday and "
                     "at 14 on Tuesday.", "The toll stood at 14 on Tuesday, officials said.")
    assert tally.conflicts == ()


def test_dates_that_differ_for_the_same_meeting_conflict_but_weekdays_need_more_context():
    tally = tally_of("The meeting will be held on January 23 in Ottawa.",
                     "The meeting will be held on January 24 in Ottawa.")
    assert conflicting_values(tally) == [{"January 23", "January 24"}]
    assert tally_of("He spoke on Monday.", "She spoke on Tuesday.").conflicts == ()


def test_a_weekday_is_one_fact_only_for_one_event():
    # "Monday" recurs every week: the call's Monday and the refinery's Monday are two facts, each
    # supported by the sources that tie it to its event, though all three sentences name Sheinbaum.
    tally = tally_of(
        "Sheinbaum spoke with Trump by phone on Monday about tariffs and migration. On Monday, "
        "Sheinbaum also opened a new refinery in Tabasco.",
        "Sheinbaum and Trump held a phone call on Monday about tariffs and migration.",
        "Sheinbaum opened a new refinery in Tabasco on Monday, the government said.",
    )
    mondays = [f for f in tally.facts if f.kind == "date" and f.value == "Monday"]
    assert sorted(f.sources for f in mondays) == [("s1", "s2"), ("s1", "s3")]
    call, refinery = sorted(mondays, key=lambda f: f.sources)
    [call_in_s1], [refinery_in_s1] = call.mentions_in("s1"), refinery.mentions_in("s1")
    assert call_in_s1.start < refinery_in_s1.start  # the first Monday of s1 is the call's
    assert tally.conflicts == ()


def test_the_event_named_beside_a_weekday_ties_it_across_sources():
    # "The Monday conversation" and "a good conversation on Monday" are the day of one event,
    # though the first sentence names neither leader; the day she announced something, and a
    # vote on Monday, are other events.
    call = ("Mexican President Claudia Sheinbaum said she ruled out a U.S. military intervention to "
            "combat drug cartels, following a good conversation on Monday with President Donald "
            "Trump on security and drug trafficking.")
    announced = ("Mexican President Claudia Sheinbaum announced Monday that U.S. President Donald "
                 "Trump has agreed to rule out direct U.S. military intervention in Mexico.")
    monday = ("The Monday conversation occurred amidst escalating international tensions and recent "
              "U.S. military operations in Venezuela.")

    def mondays(*texts: str) -> list[tuple[str, ...]]:
        return sorted(f.sources for f in tally_of(*texts).facts if f.value == "Monday")

    assert ("s1", "s3") in mondays(monday, announced, call)
    assert ("s1",) in mondays(monday.replace("conversation", "vote"), announced, call)


def test_translations_of_one_remark_are_variants_not_support():
    tally = tally_of(
        "“We will not accept any foreign intervention in our territory,” Sheinbaum said.",
        "“We will not allow foreign intervention on our territory,” Sheinbaum said on Monday.",
        "“The economy is growing faster than expected,” Sheinbaum said.",
    )
    quotes = [f for f in tally.facts if f.kind == "quote"]
    assert [q.support for q in quotes] == [1, 1, 1]
    [link] = tally.variants
    assert {tally.fact(i).sources[0] for i in link.facts} == {"s1", "s2"}
    assert link.about.startswith("Sheinbaum:")


def quote_conflicts(tally: FactTally) -> list[tuple[str, set[str]]]:
    return [(c.about, {tally.fact(fid).value for fid in c.facts}) for c in tally.conflicts
            if tally.fact(c.facts[0]).kind == "quote"]


def test_a_misquote_is_a_conflict_not_two_quotes():
    # The same remark, but one source drops the "never": what a fact-checker most wants to see.
    # Neither source names the minister (no speaker), which kept them from even being variants.
    tally = tally_of("The minister spoke on Monday. “We will never accept these tariffs,” the "
                     "minister said.",
                     "The minister spoke on Monday. “We will accept these tariffs,” the minister said.")
    [(about, values)] = quote_conflicts(tally)
    assert values == {"We will never accept these tariffs", "We will accept these tariffs"}
    assert "never" in about and "accept" in about
    assert tally.variants == ()


@pytest.mark.parametrize(("one", "other", "change"), [
    ("“We will cut tariffs by 25 percent next year,” Lopez said.",
     "“We will cut tariffs by 20 percent next year,” Lopez said.", "“25” against “20”"),
    ("“Three people were hurt in the blast,” the mayor said.",
     "“Four people were hurt in the blast,” the mayor said.", "“three” against “four”"),
    ("“We accept the proposal from Washington,” Sheinbaum said.",
     "“We reject the proposal from Washington,” Sheinbaum said.", "“accept” against “reject”"),
    ("“The deal is legal and fair for both countries,” Lopez said.",
     "“The deal is illegal and fair for both countries,” Lopez said.", "“legal” against “illegal”"),
    ("“We don’t want the wall on our border,” Sheinbaum said.",
     "“We want the wall on our border,” an aide said.", "“not” in one"),  # (no speaker named)
    # A part quote: the other source quotes more of the remark, and its "never".
    ("“We will accept these tariffs,” Lopez said.",
     "“We will never accept these tariffs, and we will fight them in court,” Lopez said.",
     "“never” in one"),
])
def test_a_change_of_meaning_in_one_remark_is_a_misquote(one, other, change):
    [(about, _values)] = quote_conflicts(tally_of(one, other))
    assert change in about


def test_a_long_misquote_is_named_in_a_few_words_and_what_changes():
    # The about is a line (the reader's facts panel shows it), not a second copy of the quote.
    tally = tally_of("“We will never accept these tariffs on steel, aluminium, cars and grain from "
                     "our neighbours,” Lopez said.",
                     "“We will accept these tariffs on steel, aluminium, cars and grain from our "
                     "neighbours,” Lopez said.")
    [(about, _values)] = quote_conflicts(tally)
    assert about == "Lopez: accept tariffs steel aluminium cars grain … (“never” in one, not the other)"


def test_a_misquote_carries_what_changes_on_its_own():
    # The reader and the text report show the change whole and clip the words before it.
    tally = tally_of("“We will never accept these tariffs,” Lopez said.",
                     "“We will accept these tariffs,” Lopez said.",
                     "Lopez said unemployment fell to 5%.", "Lopez said unemployment fell to 6%.")
    [misquote] = [c for c in tally.conflicts if tally.fact(c.facts[0]).kind == "quote"]
    assert misquote.change == "“never” in one, not the other"
    assert misquote.about == "Lopez: accept tariffs (“never” in one, not the other)"
    assert misquote.to_dict()["change"] == misquote.change
    figure_conflicts = [c for c in tally.conflicts if c is not misquote]
    assert figure_conflicts and all(c.change is None and "change" not in c.to_dict()
                                    for c in figure_conflicts)


@pytest.mark.parametrize(("one", "other"), [
    # Two people may well say opposite things.
    ("“We will never accept these tariffs,” Lopez said.", "“We will accept these tariffs,” Garcia said."),
    # Other words, the same meaning: a variant at most.
    ("“We will not accept any foreign intervention in our territory,” Sheinbaum said.",
     "“We will not allow foreign intervention on our territory,” Sheinbaum said."),
    ("“Frankly, we will accept these tariffs,” Lopez said.",
     "“Sadly, we will accept these tariffs,” Lopez said."),
    # Different remarks that share a few words.
    ("“We will never accept these tariffs on steel,” Lopez said.",
     "“Steel workers accept the new contract and the tariffs,” Lopez said."),
])
def test_no_misquote_without_a_change_of_meaning_in_one_remark(one, other):
    assert quote_conflicts(tally_of(one, other)) == []


def test_one_source_quoting_both_wordings_is_no_misquote():
    tally = tally_of("“We will never accept these tariffs,” Lopez said. Later he said: “We will "
                     "accept these tariffs.”", "Lopez spoke on Monday.")
    assert quote_conflicts(tally) == []


def test_unattributed_translations_of_one_remark_are_variants():
    tally = tally_of(
        "“We will not accept any foreign intervention in our territory,” the president said.",
        "“We will not allow foreign intervention on our territory,” the president said.")
    [link] = tally.variants
    assert {tally.fact(i).sources[0] for i in link.facts} == {"s1", "s2"}


def test_quotes_compare_equal_across_spelling_case_punctuation_and_contractions():
    tally = tally_of("“We seek co-ordination, without subordination!” she said. Sheinbaum said so.",
                     "“we seek coordination without subordination,” Sheinbaum said.",
                     "“We don’t favour intervention,” Sheinbaum said.",
                     "“We do not favor intervention,” Sheinbaum said.")
    supports = sorted(f.support for f in tally.facts if f.kind == "quote")
    assert supports == [2, 2]


def test_quotes_compare_equal_where_the_word_diff_does():
    tally = tally_of("“The defence programme is sceptical of grey areas,” Sheinbaum said.",
                     "“The defense program is skeptical of gray areas,” Sheinbaum said.",
                     "“We took a long detour through the hills,” Lopez said.",
                     "“We took a long detor through the hills,” Lopez said.")
    quotes = [f for f in tally.facts if f.kind == "quote"]
    # The UK and US spellings are one quote; a misspelling is not the same word.
    assert [f.support for f in quotes if "defen" in f.value] == [2]
    assert [f.support for f in quotes if "det" in f.value] == [1, 1]


# --- property: never raises, offsets always point at the text -------------------------------------
_PIECES = st.sampled_from([
    "50%", "50 per cent", "about", "more than", "Twelve", "a dozen", "hundreds of", "people",
    "troops", "January 23rd", "Jan. 3", "22–23", "late 2024", "on Monday", "$4.5m", "US$", "€",
    "15-minute", "aged 58", "Lopez, 58,", "-year-old", "“", "”", "‘", "’", "'", '"', "«", "»", "„",
    "she said", "Trump said", "said Lopez", "don’t", "Mexico’s", ".", ",", ";", "\n", "\n\n", " ",
    "between 10 and", "to 15", "100M", "73 20", "https://x.y/12", "Section 3.2", "toll rose to",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=3))
def test_tally_never_raises_and_offsets_point_at_their_text(texts):
    sources = [source_from_text(t, id=f"s{i}") for i, t in enumerate(texts)]
    by_id = {s.id: s for s in sources}
    tally = tally_facts(sources)
    for fact in tally.facts:
        assert fact.support == len(fact.sources) >= 1
        for m in fact.mentions:
            source = by_id[m.source]
            assert source.text[m.start:m.end] == m.text
            assert 0 <= m.paragraph < len(source.segments)
    tally.to_dict()


def test_a_mention_quotes_its_own_source_when_two_sources_share_an_id():
    a = source_from_text("Fire in the hills\n\nTwelve people died in the fire, officials said.", id="x")
    b = source_from_text("Hill fire\n\nOfficials said on Friday that 14 people had died.", id="x")
    tally = tally_facts([a, b])
    counts = sorted((f.value, m.text) for f in tally.facts if f.kind == "count" for m in f.mentions)
    assert counts == [("12", "Twelve people"), ("14", "14 people")]


def test_the_collector_is_paused_while_tallying_and_left_as_it_was(monkeypatch):
    import gc

    from seedreader.facts import tally as tally_module
    from seedreader.gcpause import gc_paused

    seen = []
    real = tally_module.extract_source
    monkeypatch.setattr(tally_module, "extract_source",
                        lambda source: seen.append(gc.isenabled()) or real(source))
    was = gc.isenabled()
    try:
        gc.enable()
        tally_of(BRIDGE_A)
        assert seen == [False] and gc.isenabled()
        gc.disable()
        with gc_paused():
            pass
        assert not gc.isenabled()  # a pause never enables a collector that was off
        gc.enable()
        with pytest.raises(KeyError), gc_paused():
            tally_of(BRIDGE_A).fact("no such fact")
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_each_quote_fact_reads_its_words_once(monkeypatch):
    from seedreader.facts import words as words_module

    calls = []
    real = words_module.words
    monkeypatch.setattr(words_module, "words", lambda text, base=0: calls.append(text) or real(text, base))
    tally = tally_of("“We will rebuild the old bridge,” Lopez said. “Nobody crosses it now,” Reyes said.",
                     "“The river is still rising fast,” Ortiz said.")
    quotes = [f.value for f in tally.facts if f.kind == "quote"]
    assert len(quotes) == 3 and sorted(calls) == sorted(quotes)


def test_files_on_disk_work_the_same(tmp_path):
    for name, text in (("a.txt", BRIDGE_A), ("b.txt", BRIDGE_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    tally = tally_facts(load_corpus(tmp_path))
    assert {"12", "14"} in conflicting_values(tally)


def test_a_whole_number_is_a_rounding_only_close_to_the_finer_value():
    # Fewer decimals is no licence to round coarsely: these were read as one value rounded.
    for coarse, fine, text in (("5%", "5.4%", "Turnout was {} higher than in 2020."),
                               ("5%", "4.5%", "Turnout fell {} from the last vote."),
                               ("4%", "4.4%", "Inflation was {} in March, official data showed."),
                               ("$1 billion", "$1.4 billion", "The jury awarded {} in punitive damages."),
                               ("$1.2 billion", "$1.24 billion", "The jury awarded {} in punitive damages.")):
        tally = tally_of(text.format(coarse), text.format(fine))
        assert conflicting_values(tally) == [{coarse, fine}], (coarse, fine)
    # A coarser value with decimals, or a whole one within 0.5% of the finer, is that value rounded.
    for coarse, fine in (("52%", "52.2%"), ("4.3%", "4.34%"), ("31.2%", "31.24%")):
        tally = tally_of(f"Turnout was {fine}, the electoral commission said.",
                         f"Turnout was {coarse}, the electoral commission said.")
        assert conflicting_values(tally) == [], (coarse, fine)


def test_a_level_and_an_amount_of_change_of_one_value_are_two_facts():
    tally = tally_of("Support for the plan stood at 40% in the poll.",
                     "The plan would cut emissions by 40%, the minister said.")
    assert sorted(f.sources for f in tally.facts if f.kind == "percent") == [("s1",), ("s2",)]


def test_a_weekday_ahead_is_not_the_weekday_of_the_story():
    tally = tally_of("The bridge collapsed on Tuesday, killing 12.",
                     "Rescue teams will resume the search on Tuesday, officials said.")
    assert sorted(f.sources for f in tally.facts if f.value == "Tuesday") == [("s1",), ("s2",)]
    tally = tally_of("The council is expected to vote next Tuesday.",
                     "Council members will vote on Tuesday, the mayor's office said.")
    assert [f.sources for f in tally.facts if f.value == "Tuesday"] == [("s1", "s2")]


def test_a_month_with_its_year_has_no_tense_from_the_year_alone():
    tally = tally_of("The bridge will reopen by August 2025, officials said.",
                     "The bridge will reopen in August 2025, officials said.")
    assert [f.sources for f in tally.facts if f.kind == "date"] == [("s1", "s2")]
    # "since" still says behind, "by" ahead: the rates held since, the cut by then, are two.
    tally = tally_of("Markets see a 50% chance of a cut in Bank Rate by August 2025.",
                     "Rates have been held at 5.25% since August 2025.")
    assert sorted(f.sources for f in tally.facts if f.kind == "date") == [("s1",), ("s2",)]


def test_two_days_of_one_toll_update_are_a_conflict_two_tolls_days_are_not():
    tally = tally_of("The quake struck on Monday. The toll rose to 312 on Friday.",
                     "The quake struck on Monday. The toll rose to 312 on Saturday.")
    assert conflicting_values(tally) == [{"Friday", "Saturday"}]
    tally = tally_of("The quake struck on Monday. The toll rose to 250 on Thursday.",
                     "The quake struck on Monday. The toll rose to 312 on Friday.")
    assert conflicting_values(tally) == []


def test_tally_facts_refuses_what_is_not_sources_with_a_message_that_says_what_to_pass():
    for wrong, named in (("/some/folder", "str"), (["12 people died."], "str"), (b"x", "bytes"),
                         ([source_from_text("12 people died.", id="a"), 3], "int")):
        with pytest.raises(TypeError, match=rf"takes (a Corpus or )?Sources, not {named}"):
            tally_facts(wrong)
