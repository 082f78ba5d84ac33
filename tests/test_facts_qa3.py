"""QA round 3 on facts: hedges that hid a contradiction or joined two figures that exclude each
other, trimmed and elided quotes, negative prefixes in quotes, appositive ages, hedged dates."""

from __future__ import annotations

import pytest

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicting_values(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts]


def facts_of(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == kind]


# --- 1. a hedged figure beside an exact one does not hide the exact one's contradiction --------
FIRE_EXACT = "Twelve people died when a fire swept through a textile factory in Riverton, police said."
FIRE_AT_LEAST = "At least 12 people were killed in a blaze at a Riverton textile plant, according to police."
FIRE_OTHER = "Fourteen people were killed in the Riverton factory fire, police said."


def test_an_exact_figure_contradicts_another_value_whatever_a_hedged_one_beside_it_allows():
    tally = tally_of(FIRE_EXACT, FIRE_AT_LEAST, FIRE_OTHER)
    assert facts_of(tally, "count") == [("12", ("s1", "s2")), ("14", ("s3",))]
    assert conflicting_values(tally) == [{"12", "14"}]
    # The same without the hedged source, and in any order.
    assert conflicting_values(tally_of(FIRE_EXACT, FIRE_OTHER)) == [{"12", "14"}]
    assert conflicting_values(tally_of(FIRE_OTHER, FIRE_AT_LEAST, FIRE_EXACT)) == [{"12", "14"}]


def test_a_hedged_figure_alone_does_not_contradict_a_value_it_allows():
    assert conflicting_values(tally_of(FIRE_AT_LEAST, FIRE_OTHER)) == []
    # "about 50%" and "50%" against "52%": the exact 50% contradicts it, "about 50%" would not.
    assert conflicting_values(tally_of(
        "Fentanyl seizures fell by about 50% at the border last year, officials said.",
        "Fentanyl seizures at the border fell by 52% last year, officials said.")) == []


# --- 2. a part quote that a remark and its misquote share takes neither side --------------------
def quote_support(tally: FactTally) -> dict[str, tuple[str, ...]]:
    return {f.value: f.sources for f in tally.facts if f.kind == "quote"}


MAYOR_NEVER = ('"This is the worst disaster our town has ever seen, and we will never forget the '
               'victims," the mayor said.')
MAYOR_TRIMMED = "“This is the worst disaster our town has ever seen,” the mayor said."
MAYOR_ALWAYS = ("“This is the worst disaster our town has ever seen, and we will always forget the "
                "victims,” the mayor said.")


def test_a_part_quote_both_a_remark_and_its_misquote_hold_supports_neither():
    tally = tally_of(MAYOR_NEVER, MAYOR_TRIMMED, MAYOR_ALWAYS)
    support = quote_support(tally)
    assert support["This is the worst disaster our town has ever seen, and we will never forget "
                   "the victims"] == ("s1",)
    assert support["This is the worst disaster our town has ever seen, and we will always forget "
                   "the victims"] == ("s3",)
    assert support["This is the worst disaster our town has ever seen"] == ("s2",)
    [(_about, values)] = [(c.about, {tally.fact(i).value for i in c.facts}) for c in tally.conflicts]
    assert len(values) == 2 and all("forget" in v for v in values)
    # In any order of the sources.
    assert quote_support(tally_of(MAYOR_TRIMMED, MAYOR_ALWAYS, MAYOR_NEVER))[
        "This is the worst disaster our town has ever seen"] == ("s1",)


def test_a_part_quote_before_never_is_not_counted_for_never_nor_for_its_absence():
    support = quote_support(tally_of(
        "“We have lost a great deal this year, but we will never give up,” Lopez said.",
        "“We have lost a great deal this year, but we will give up,” Lopez said.",
        "“We have lost a great deal this year,” Lopez said."))
    assert support["We have lost a great deal this year"] == ("s3",)
    assert support["We have lost a great deal this year, but we will never give up"] == ("s1",)


def test_a_part_of_a_shared_part_joins_it_and_a_part_of_one_remark_still_supports_it():
    tally = tally_of(MAYOR_NEVER, MAYOR_TRIMMED, MAYOR_ALWAYS,
                     "“the worst disaster our town has ever seen,” the mayor said.",
                     "“and we will never forget the victims,” the mayor said.")
    support = quote_support(tally)
    assert support["This is the worst disaster our town has ever seen"] == ("s2", "s4")
    assert support["This is the worst disaster our town has ever seen, and we will never forget "
                   "the victims"] == ("s1", "s5")
    # A remark quoted at more and more length: each part supports the longest.
    support = quote_support(tally_of(MAYOR_NEVER, MAYOR_TRIMMED,
                                     "“the worst disaster our town has ever seen,” the mayor said."))
    assert support == {"This is the worst disaster our town has ever seen, and we will never forget "
                       "the victims": ("s1", "s2", "s3")}


# --- 3. "not X" and X with a negating prefix say the same --------------------------------------
def quote_conflicts(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(i).value for i in c.facts} for c in tally.conflicts
            if tally.fact(c.facts[0]).kind == "quote"]


@pytest.mark.parametrize(("one", "other"), [
    ("Sheinbaum said: \"Such assistance is unnecessary for Mexico.\"",
     "Sheinbaum said: \"Such assistance is not necessary for Mexico.\""),
    ("Sheinbaum said: \"Mexico's sovereignty is not negotiable.\"",
     "Sheinbaum said: \"Mexico’s sovereignty is non-negotiable.\""),
    ("“The tariffs are not legal and they hurt our farmers,” Lopez said.",
     "“The tariffs are illegal and they hurt our farmers,” Lopez said."),
    ("“Our workers do not agree with the plan at all,” Lopez said.",
     "“Our workers disagree with the plan at all,” Lopez said."),
    ("“We are not able to accept the offer today,” Lopez said.",
     "“We are unable to accept the offer today,” Lopez said."),
])
def test_not_x_and_x_with_a_negating_prefix_are_no_misquote(one, other):
    assert quote_conflicts(tally_of(one, other)) == []


@pytest.mark.parametrize(("one", "other"), [
    ("“We will not negotiate with them on the border,” Lopez said.",
     "“We will negotiate with them on the border,” Lopez said."),
    ("“Such assistance is unnecessary for Mexico,” Sheinbaum said.",
     "“Such assistance is necessary for Mexico,” Sheinbaum said."),
    # Both negations: the meaning flips back.
    ("“Such assistance is unnecessary for Mexico,” Sheinbaum said.",
     "“Such assistance is not unnecessary for Mexico,” Sheinbaum said."),
    ("“The tariffs are not legal and they hurt our farmers,” Lopez said.",
     "“The tariffs are legal and they hurt our farmers,” Lopez said."),
])
def test_a_real_negation_in_one_quote_only_is_still_a_misquote(one, other):
    assert len(quote_conflicts(tally_of(one, other))) == 1


# --- 4. ages in apposition to a noun of a person, and "who is N" -----------------------------------
def ages(*texts: str) -> list[str]:
    return [f.value for f in tally_of(*texts).facts if f.kind == "age"]


def test_an_age_in_apposition_to_a_noun_of_a_person_is_read_and_conflicts():
    tally = tally_of("The finance minister, 62, resigned on Friday after the vote.",
                     "The finance minister, aged 63, resigned on Friday after the vote.")
    assert sorted(v for v, _s in facts_of(tally, "age")) == ["62", "63"]
    assert {"62", "63"} in conflicting_values(tally)


@pytest.mark.parametrize(("text", "age"), [
    ("The owner, 59, said the restaurant would reopen.", "59"),
    ("Her mother, 80, was rescued from the second floor.", "80"),
    ("The bus driver, 45, was treated for minor injuries.", "45"),
    ("Lopez's spokesman, 38, declined to comment.", "38"),
    ("The restaurant owner, who is 58, said he would rebuild.", "58"),
    ("The owner, who was 12 when the shop opened, runs it now.", "12"),
    ("Ana Lopez, who is 61, said the town would pay.", "61"),
])
def test_ages_in_apposition_are_read(text, age):
    assert ages(text) == [age]


@pytest.mark.parametrize("text", [
    "Democrats won 40 seats and Republicans, 35.",
    "In Texas, a 15-year-old boy was shot on Saturday.",  # (an age, but no person's)
    "The winning numbers were 1, 2, 3 and 4.",
    "Of the players, 12, 14 and 16 were injured.",
    "The report, 12, was filed in March.",  # a thing, not a person
    "The owner, who is 58 feet from the fence, said nothing.",
    "After the vote, 35, mostly Democrats, walked out.",
])
def test_numbers_beside_commas_that_are_no_ages_of_persons(text):
    assert [a for a in ages(text) if a != "15"] == []


def test_two_persons_named_by_nouns_are_two_people():
    tally = tally_of("The finance minister, 62, resigned on Friday after the vote.",
                     "The defence minister, 58, resigned on Friday after the vote.")
    assert conflicting_values(tally) == []


# --- 5. a date with a hedge ("early January") is one fact with the plain date, like figures -------
def dates_of(tally: FactTally) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.value, f.qualifier, f.sources) for f in tally.facts if f.kind == "date"]


def test_a_part_of_a_month_or_year_is_a_hedge_of_that_date():
    tally = tally_of("The operation that captured Nicolas Maduro was carried out by U.S. forces in "
                     "January, officials said.",
                     "The operation that captured Nicolas Maduro was carried out by U.S. forces in "
                     "early January, officials said.")
    assert dates_of(tally) == [("January", "“early” in 1 of 2", ("s1", "s2"))]
    tally = tally_of("Prices rose sharply in 2024, the central bank said.",
                     "Prices rose sharply in late 2024, the central bank said.")
    assert dates_of(tally) == [("2024", "“late” in 1 of 2", ("s1", "s2"))]


def test_parts_of_a_month_that_cannot_overlap_are_two_dates_in_conflict():
    tally = tally_of("U.S. forces seized Maduro in early January, officials said.",
                     "U.S. forces seized Maduro in late January, officials said.",
                     "U.S. forces seized Maduro in January, officials said.")
    assert dates_of(tally) == [("January", "“early” in 1 of 2", ("s1", "s3")),
                               ("January", "late", ("s2",))]
    assert conflicting_values(tally) == [{"January"}]
    # "mid" overlaps neither "early" nor "late" when it cannot: three parts, three dates.
    assert len(dates_of(tally_of("Talks began in early March, officials said.",
                                 "Talks began in mid-March, officials said."))) == 2


# --- 7. hedges that exclude each other are not one supported figure ------------------------------
TROOPS = "{} 300 troops were sent to the border on Monday, officials said."


def counts_of(tally: FactTally) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.value, f.qualifier, f.sources) for f in tally.facts if f.kind == "count"]


def test_more_than_and_nearly_one_value_exclude_each_other():
    tally = tally_of(TROOPS.format("More than"), TROOPS.format("Nearly"))
    assert counts_of(tally) == [("300", "more than", ("s1",)), ("300", "nearly", ("s2",))]
    assert len(tally.conflicts) == 1
    for below in ("Almost", "Fewer than", "Under"):
        assert len(counts_of(tally_of(TROOPS.format("Over"), TROOPS.format(below)))) == 2


def test_about_goes_with_either_and_a_plain_value_with_any():
    tally = tally_of(TROOPS.format("About"), TROOPS.format("More than"), TROOPS.format("Nearly"))
    assert [c[2] for c in counts_of(tally)] == [("s1", "s2"), ("s3",)]
    tally = tally_of(TROOPS.format("About"), TROOPS.format("Nearly"))
    assert counts_of(tally) == [("300", "“about” in 1, “nearly” in 1 of 2", ("s1", "s2"))]
    tally = tally_of(TROOPS.format("Exactly"), TROOPS.format("At least"), TROOPS.format("Up to"))
    assert [c[2] for c in counts_of(tally)] == [("s1", "s2", "s3")]


# --- 6. a quote with words left out at an ellipsis supports the quote that holds its pieces ------
LEE_WHOLE = ('"This is the worst disaster our town has ever seen, and we will never forget the '
             'victims," Mayor Ann Lee said.')


def test_a_quote_whose_pieces_between_ellipses_are_in_another_supports_it():
    for elided in (("Lee said: 'This is the worst disaster our town has ever seen ... we will never "
                    "forget the victims.'"),
                   "“This is the worst disaster […] we will never forget the victims,” Lee said.",
                   "“…our town has ever seen… we will never forget the victims,” Lee said."):
        tally = tally_of(LEE_WHOLE, elided)
        assert quote_support(tally) == {
            "This is the worst disaster our town has ever seen, and we will never forget the "
            "victims": ("s1", "s2")}, elided
        assert tally.variants == ()


def test_pieces_out_of_order_or_not_word_for_word_support_nothing():
    for elided in ("“We will never forget the victims ... this is the worst disaster,” Lee said.",
                   "“This is the worst disaster ... we will always forget the victims,” Lee said.",
                   "“This is the worst disaster ... we will not forget the victims,” Lee said."):
        assert len(quote_support(tally_of(LEE_WHOLE, elided))) == 2, elided


def test_an_elided_quote_both_a_remark_and_its_misquote_hold_supports_neither():
    tally = tally_of(MAYOR_NEVER, MAYOR_ALWAYS,
                     "“This is the worst disaster ... our town has ever seen,” the mayor said.")
    assert quote_support(tally)["This is the worst disaster ... our town has ever seen"] == ("s3",)


# --- a death toll counts the deaths themselves: its head is a word the two sentences share ------
def test_two_death_tolls_told_alike_contradict_each_other():
    assert conflicting_values(tally_of("The death toll was 12, officials said.",
                                       "The death toll was 14, officials said.")) == [{"12", "14"}]
    assert conflicting_values(tally_of("He said the toll was 12 and nothing more now.",
                                       "He said the toll was 14 and nothing more now.")) == [
        {"12", "14"}]


def test_death_tolls_of_two_events_do_not_contradict_each_other():
    assert conflicting_values(tally_of("The death toll from the storm in Texas rose to 12.",
                                       "The death toll from the flood in Ohio rose to 14.")) == []
    assert conflicting_values(tally_of("The storm killed 12 people in Texas, officials said.",
                                       "The flood killed 14 people in Ohio, officials said.")) == []


def test_a_negation_swapped_for_its_opposite_is_named_as_such():
    from seedreader.facts.meaning import meaning_change

    assert meaning_change("and we will never forget the victims",
                          "and we will always forget the victims") == "“never” against “always”"
    assert meaning_change("We will never accept these tariffs",
                          "We will accept these tariffs") == "“never” in one, not the other"


# --- review: a prefix says "not X" only where it negates X (before an adjective), not where it
# makes another word of a verb ("disclose", "unlock", "inform") ----------------------------------
@pytest.mark.parametrize(("one", "other"), [
    ("“We did not close the accounts of the company,” Lopez said.",
     "“We did disclose the accounts of the company,” Lopez said."),
    ("“We will not lock the doors of the shelter tonight,” Lopez said.",
     "“We will unlock the doors of the shelter tonight,” Lopez said."),
    ("“The accounts were not closed to the public,” Lopez said.",
     "“The accounts were disclosed to the public,” Lopez said."),
    ("“The families were not formed by the agency,” Lopez said.",
     "“The families were informed by the agency,” Lopez said."),
    ("“They chose to not cover the costs of the trip,” Lopez said.",
     "“They chose to uncover the costs of the trip,” Lopez said."),
    ("“Her advice was not valuable to the committee,” Lopez said.",
     "“Her advice was invaluable to the committee,” Lopez said."),
])
def test_a_prefix_that_does_not_negate_leaves_a_misquote(one, other):
    assert len(quote_conflicts(tally_of(one, other))) == 1


@pytest.mark.parametrize(("one", "other"), [
    ("“The door was not locked when we arrived,” Lopez said.",
     "“The door was unlocked when we arrived,” Lopez said."),
    ("“These demands are not reasonable for our farmers,” Lopez said.",
     "“These demands are unreasonable for our farmers,” Lopez said."),
    ("“Such a deal is not possible before the summer,” Lopez said.",
     "“Such a deal is impossible before the summer,” Lopez said."),
    ("“The cuts are not responsible and hurt our farmers,” Lopez said.",
     "“The cuts are irresponsible and hurt our farmers,” Lopez said."),
    ("“We do not trust the figures they published,” Lopez said.",
     "“We distrust the figures they published,” Lopez said."),
    ("“The answer was not sufficient for the families,” Lopez said.",
     "“The answer was insufficient for the families,” Lopez said."),
])
def test_a_prefix_that_negates_an_adjective_is_still_no_misquote(one, other):
    assert quote_conflicts(tally_of(one, other)) == []


# --- review: a word ending in "-er" / "-or" is not a person ("the remainder, 40,") -------------
@pytest.mark.parametrize("text", [
    "Of the 52 people held, the remainder, 40, were released on Sunday.",
    "The latter, 30, were flown home on a military plane.",
    "Soldiers guarded the tower, 12, in the old port until dawn.",
    "The storm's counter, 45, kept rising through the night.",
    "The list, 14, was published on Monday.",
    "The median, 38, rose from a year earlier.",
])
def test_words_in_er_or_ist_ian_that_name_no_person_take_no_age(text):
    assert ages(text) == []


def test_the_remainder_and_the_latter_make_no_age_conflict():
    tally = tally_of("Of the 52 people held, the remainder, 40, were released on Sunday.",
                     "Of the 52 people held, the remainder, 41, were released on Sunday.")
    assert [f for f in tally.facts if f.kind == "age"] == []
    assert {"40", "41"} not in conflicting_values(tally)


@pytest.mark.parametrize(("text", "age"), [
    ("The finance minister, 62, resigned on Friday.", "62"),
    ("Her mother, 80, was rescued from the second floor.", "80"),
    ("The reporter, 34, was detained at the border.", "34"),
    ("The school's headteacher, 51, said classes would resume.", "51"),
    ("The local historian, 70, kept the records.", "70"),
    ("The freelance journalist, 29, was released on Monday.", "29"),
    ("The fireman, 41, was treated for burns.", "41"),
    ("The club's goalkeeper, 19, signed a new contract.", "19"),
])
def test_nouns_of_people_listed_or_by_a_person_ending_still_take_ages(text, age):
    assert ages(text) == [age]
