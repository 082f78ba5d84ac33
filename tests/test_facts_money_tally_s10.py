"""Business figures tallied right (QA money, session 10): grouping figures across sources and their
conflicts: a rise against a fall, a level against a change, bounds, missed contradictions, one
figure split into several facts."""

from __future__ import annotations

import pytest
from facts_support import conflicts, values

from seedreader import tally_facts
from seedreader.corpus import source_from_text


def tally(*texts: str):
    return tally_facts([source_from_text(f"Story {i}\n\n" + t, id=f"s{i}")
                        for i, t in enumerate(texts, 1)])


# --- a rise and a fall of one amount (QA 5) ---------------------------------------------------------

def test_a_fall_and_a_rise_of_one_amount_are_a_contradiction_not_support():
    t = tally("Operating profit fell 12% to $610m, the company said.",
              "Operating profit rose 12% to $610m, the company said.")
    assert values(t, "percent") == [("12%", ("s1",)), ("12%", ("s2",))]
    assert conflicts(t, "percent") == [[("12%", ("s1",)), ("12%", ("s2",))]]
    # the level both reach is one figure: both say profit is $610m
    assert values(t, "money") == [("$610 million", ("s1", "s2"))]


def test_shares_fell_and_rose_by_one_amount_conflict():
    t = tally("Castlegate shares fell 3.1% in early London trading.",
              "Castlegate shares rose 3.1% in early London trading.")
    assert conflicts(t, "percent") == [[("3.1%", ("s1",)), ("3.1%", ("s2",))]]


def test_a_fall_told_in_other_words_is_still_one_fact():
    t = tally("Operating profit fell 12% to $610m.",
              "Castlegate reported a 12 per cent fall in operating profit.",
              "Operating profit was down 12 percent from a year earlier.")
    assert values(t, "percent") == [("12%", ("s1", "s2", "s3"))]
    assert t.conflicts == ()


def test_revenue_up_and_profit_down_by_one_amount_stay_apart_and_no_conflict():
    t = tally("Revenue rose 12% to $4.2bn, while operating profit fell 12% to $610m.",
              "Revenue rose 12% to $4.2bn. Operating profit fell 12% to $610m.")
    assert values(t, "percent") == [("12%", ("s1", "s2")), ("12%", ("s1", "s2"))]
    assert t.conflicts == ()


def test_a_level_reached_by_a_rise_and_by_a_fall_is_one_figure():
    # Two sources may measure the change from two starting points (last month, a year ago): the
    # level they give is the same.
    t = tally("Inflation fell to 3.8% in October, the statistics office said.",
              "Inflation rose to 3.8% in October, the statistics office said.")
    assert values(t, "percent") == [("3.8%", ("s1", "s2"))]
    assert t.conflicts == ()


# --- a level and a change (QA 12) -------------------------------------------------------------------

def test_a_rise_of_12_percent_and_a_share_of_12_percent_are_two_facts():
    t = tally("Castlegate said revenue rose 12% to $4.2bn in the quarter.",
              "Castlegate said revenue rose to 12% of the market in the quarter.")
    assert values(t, "percent") == [("12%", ("s1",)), ("12%", ("s2",))]


def test_cut_to_and_cut_by_are_two_facts():
    t = tally("The Bank of England cut Bank Rate to 4.5% on Thursday.",
              "The Bank of England cut Bank Rate by 4.5% on Thursday.")
    assert values(t, "percent") == [("4.5%", ("s1",)), ("4.5%", ("s2",))]


# --- a bound the right value meets is no side against it (QA 6) -----------------------------------

def test_a_bound_met_by_one_value_is_no_side_in_its_conflict_with_a_third():
    t = tally("Castlegate posted third-quarter revenue of $4.2bn.",
              "Castlegate posted third-quarter revenue of more than $4bn.",
              "Castlegate posted third-quarter revenue of $4.2m.")
    assert conflicts(t, "money") == [[("$4.2 billion", ("s1",)), ("$4.2 million", ("s3",))]]
    bound = next(f for f in t.facts if f.qualifier == "more than")
    assert all(bound.id not in c.facts for c in t.conflicts)


def test_a_bound_alone_against_a_value_it_excludes_still_conflicts():
    t = tally("Castlegate posted third-quarter revenue of more than $4bn.",
              "Castlegate posted third-quarter revenue of $4.2m.")
    assert conflicts(t, "money") == [[("$4 billion", ("s1",)), ("$4.2 million", ("s2",))]]


def test_a_bound_and_a_value_it_allows_stay_apart_without_a_conflict():
    t = tally("Castlegate posted more than $4bn in third-quarter revenue.",
              "Castlegate posted $4.2bn in third-quarter revenue.")
    assert t.conflicts == ()


def test_about_a_value_stays_near_the_exact_one():
    t = tally("Castlegate posted about $4bn in third-quarter revenue.",
              "Castlegate posted 4.2 billion dollars in third-quarter revenue.")
    assert t.conflicts == ()
    assert [sorted(t.fact(fid).value for fid in link.facts) for link in t.near] == [
        ["$4 billion", "$4.2 billion"]]


# --- "%" and "per cent" in quotes (QA 14) ---------------------------------------------------------

def test_percent_sign_and_per_cent_read_alike_in_quotes():
    from seedreader.facts.words import normalise_quote
    assert (normalise_quote("on track to return to the 2% target in 2027")
            == normalise_quote("on track to return to the 2 per cent target in 2027")
            == normalise_quote("on track to return to the 2 percent target in 2027"))
    assert normalise_quote("a 2% target") != normalise_quote("a 2 target")


def test_one_remark_quoted_with_percent_sign_and_per_cent_is_one_quote():
    t = tally('Governor Andrew Bailey said inflation was "on track to return to the 2% target in 2027".',
              'Governor Andrew Bailey said inflation was "on track to return to the 2 per cent target '
              'in 2027".')
    quotes = [f for f in t.facts if f.kind == "quote"]
    assert [q.sources for q in quotes] == [("s1", "s2")]


# --- missed contradictions and split facts (QA 4, 11) ---------------------------------------------

def test_a_word_of_four_letters_ending_in_e_is_one_key_with_its_forms():
    from seedreader.facts.words import key_of
    assert key_of("vote") == key_of("voted") == key_of("voting") == key_of("votes")
    assert key_of("rate") == key_of("rated") == key_of("rates")
    # (not a stopword, nor a word that would become one)
    assert key_of("same") is None and key_of("more") is None
    assert key_of("wire") is not None


def test_one_vote_told_as_voted_and_as_the_vote_is_one_fact():
    t = tally("The Monetary Policy Committee voted 7-2 for the cut.", "The vote was 7-2.")
    assert values(t, "vote") == [("7-2", ("s1", "s2"))]


def test_counts_told_beside_one_same_other_figure_conflict():
    # (the $4.2bn ends the counts' contexts: "will cut 1,200 jobs" is all they have)
    t = tally("Castlegate reported revenue of $4.2bn and will cut 1,200 jobs.",
              "Castlegate reported revenue of $4.2bn and will cut 1,150 jobs.")
    assert conflicts(t, "count") == [[("1150", ("s2",)), ("1200", ("s1",))]]


def test_counts_of_other_things_beside_one_same_figure_do_not_conflict():
    t = tally("Castlegate reported revenue of $4.2bn and will cut 1,200 jobs.",
              "Castlegate reported revenue of $4.2bn and will open 1,150 stores.")
    assert t.conflicts == ()


def test_a_same_figure_of_its_kind_beside_two_counts_is_no_tie():
    a = "Three people were killed and 12 injured when a bus overturned in Korsa on Monday, officials said."
    b = "Five people were killed and 12 injured when a train derailed near Dunmore on Saturday, police said."
    assert conflicts(tally(a, b), "count") == []


def test_one_workforce_told_as_people_employed_staff_and_employees_is_one_fact():
    t = tally("The group, which employs 38,500 people worldwide, expects revenue of $16.5bn.",
              "The cuts amount to about 3 per cent of the 38,500 staff.",
              "The layoffs, about 3% of its 38,500 employees, will mostly hit Germany.")
    assert values(t, "count") == [("38500", ("s1", "s2", "s3"))]


def test_a_vote_of_a_body_named_by_its_acronym_conflicts_with_its_vote_named_in_full():
    t = tally("The Monetary Policy Committee voted 7-2 for the cut.",
              "The rate cut came at noon, with the MPC voting 6-3.")
    assert conflicts(t, "vote") == [[("6-3", ("s2",)), ("7-2", ("s1",))]]


def test_an_acronym_no_source_spells_out_is_left_as_it_is():
    from seedreader.facts.tally import _acronyms
    assert _acronyms(["The MPC voted 7-2.", "The Bank of England cut rates."], {"mpc", "boe"}) == {}
    assert _acronyms(["The BoE cut rates.", "The Bank of England cut rates."], {"boe"}) == {
        "boe": ("bank", "england")}


def test_a_sum_a_source_tells_twice_in_other_words_is_one_fact():
    t = tally("Castlegate reported third-quarter revenue of US$4.2B on Thursday, a 12 percent "
              "increase from a year earlier.\n\nThe results beat the Wall Street consensus. "
              "Quarterly revenue of 4.2 billion dollars is a record for the company, which moves "
              "goods for Amazon.",
              "Castlegate said its revenue rose 12% year on year to $4.2bn in the third quarter.",
              "Revenue in the July-September quarter rose by 12 per cent on a year earlier to $4.2bn.")
    assert values(t, "money") == [("$4.2 billion", ("s1", "s2", "s3"))]


def test_one_value_of_two_measures_in_one_source_stays_two_facts():
    t = tally("Castlegate's revenue was $4.2bn in the quarter. Its operating profit was $4.2bn "
              "over the whole year, a record.",
              "Castlegate's revenue was $4.2bn in the quarter.")
    assert values(t, "money") == [("$4.2 billion", ("s1",)), ("$4.2 billion", ("s1", "s2"))]


def test_a_percentage_a_source_tells_of_two_things_stays_two_facts():
    t = tally("Castlegate said revenue rose 12% in the quarter. It will cut 12% of its staff.",
              "Castlegate said revenue rose 12% in the quarter.")
    assert values(t, "percent") == [("12%", ("s1",)), ("12%", ("s1", "s2"))]


def test_a_bound_a_source_tells_in_its_headline_and_its_lead_is_one_fact():
    t = tally("Castlegate: more than $4bn in quarterly sales, but a fifth of its European depots will "
              "close\n\nThe British logistics group Castlegate Freight posted more than $4bn in revenue "
              "for the third quarter, an increase of about 12% on the same period last year, but it "
              "will close one in five of its European warehouses and cut roughly 1,200 jobs, most of "
              "them in Germany and the Netherlands.",
              "Castlegate Freight Holdings said on Thursday its revenue rose 12% year on year to $4.2bn "
              "in the third quarter, beating analysts' consensus of $4.05bn.")
    bound = [f for f in t.facts if f.value == "$4 billion"]
    assert [len(f.mentions) for f in bound] == [2]


def test_jobs_roles_and_layoffs_of_one_value_are_one_fact():
    t = tally("Castlegate Freight Tops Revenue Estimates, Plans 1,200 Layoffs\n\nCastlegate said it "
              "would eliminate about 1,200 jobs.",
              "Castlegate will cut about 1,200 jobs, the company said.",
              "About 1,200 roles will go at Castlegate, the company said.")
    assert values(t, "count") == [("1200", ("s1", "s2", "s3"))]
    assert len(t.facts[0].mentions) == 4


def test_a_toll_that_rose_by_some_over_the_day_stays_an_update():
    # (the words of a rise beside a count make no contradiction of its updates)
    day = "2026-03-04"
    train = "a passenger train derailed near Dunmore on Saturday morning, police said."
    items = ((f"Three people were killed when {train}", f"{day} 06:10"),
             (f"The death toll rose by two to five after {train}", f"{day} 08:30"),
             (f"Seven people were killed when {train}", f"{day} 12:00"))
    t = tally_facts([source_from_text(text, id=f"s{n}", published=published)
                     for n, (text, published) in enumerate(items, 1)])
    assert [c for c in t.conflicts if t.fact(c.facts[0]).kind == "count"] == []
    assert [[t.fact(fid).value for fid in u.facts] for u in t.updates] == [["3", "5", "7"]]


def test_two_sums_set_beside_one_same_sum_conflict_though_their_words_differ():
    t = tally("Revenue for the three months to September rose 12% year on year to $4.2 billion, above "
              "the $4.05 billion analysts had expected.",
              "Revenue of $4.4bn was ahead of the $4.05bn analysts expected, so the top line was not "
              "the problem.")
    assert conflicts(t, "money") == [[("$4.2 billion", ("s1",)), ("$4.4 billion", ("s2",))]]


def test_sums_of_other_things_beside_one_same_sum_do_not_conflict():
    t = tally("Castlegate's revenue of $4.2bn beat the $4.05bn analysts had expected.",
              "Castlegate's costs of $4.4bn were well above the $4.05bn it had budgeted.")
    assert t.conflicts == ()


@pytest.mark.xfail(strict=True, reason=(
    "known, older than this rule: two earlier values beside one same sum, one of them of a year "
    "it names ('up from $15.1bn in 2024'), the other of a time it does not name (a forecast "
    "before it was raised), read as one thing; 'FY2024' hid it while it was no date"))
@pytest.mark.parametrize("year", ["in FY2024", "in 2024", "last year"])
def test_earlier_sums_beside_one_same_sum_do_not_conflict(year):
    t = tally(f"The group expects full-year revenue of $16.5bn, up from $15.1bn {year}.",
              "The group raised its full-year revenue forecast to $16.5bn from $16.1bn.")
    assert t.conflicts == ()
