"""Facts of science and health copy (session 11, QA of a clinical-trial story): absolute and
relative risk, ages of a group, lengths of a study, halvings, units, multipliers."""

from __future__ import annotations

from facts_support import conflicts, tally_of, values


def test_an_absolute_risk_told_in_percent_is_no_support_of_the_relative_change():
    # QA F5: "absolute risk ... fall by 30 per cent" was support of "cut the risk by 30%"
    t = tally_of("The diet cut the risk of heart attack by 30%. In absolute terms, the risk fell "
                 "by 3 percentage points, from 10% to 7%.",
                 "The people on the diet saw their absolute risk of a heart attack fall by 30 per cent.")
    assert ("30%", ("s1",)) in values(t, "percent")
    assert ["3 pp", "30% (absolute)"] in [[v for v, _s in c] for c in conflicts(t, "percent")]


def test_an_absolute_drop_told_beside_a_relative_one_keeps_each():
    t = tally_of("Events fell from 10% to 7%, an absolute reduction of 3 percentage points and a "
                 "relative reduction of 30%.",
                 "The diet cut the risk of events by 30%, an absolute drop of 3 percentage points.")
    assert ("30%", ("s1", "s2")) in values(t, "percent")
    assert ("3 pp", ("s1", "s2")) in values(t, "percent")
    assert not t.conflicts
    # a level of an absolute risk is a percent as written
    t = tally_of("The absolute risk was 7% in the diet group.")
    assert values(t, "percent") == [("7%", ("s1",))]


def test_the_average_age_of_a_group_is_an_age():
    # QA F6: only "58 years old" was read as an age
    t = tally_of("The trial enrolled 1,204 participants. The average age of participants was 58.",
                 "The trial enrolled 1,204 people. Their average age was 58.",
                 "The trial enrolled 1,204 adults. The average age of participants was 63.")
    assert values(t, "age") == [("58", ("s1", "s2")), ("63", ("s3",))]
    assert conflicts(t, "age") == [[("58", ("s1", "s2")), ("63", ("s3",))]]


def test_a_mean_age_of_another_group_is_no_conflict():
    t = tally_of("The squad has an average age of 27, the youngest in the league.",
                 "Voters in the town have a median age of 52, the census found.")
    assert values(t, "age") == [("27", ("s1",)), ("52", ("s2",))]
    assert not t.conflicts


def durations(t):
    return sorted((f.value, f.qualifier, f.sources) for f in t.facts if f.kind == "duration")


def test_over_five_years_after_a_change_is_when_not_more_than():
    # QA F11: "reduced the risk by 30% over five years" was "more than" 5 years
    t = tally_of("The diet reduced the risk by 30% over five years.",
                 "Prices rose over two years. Risk fell over five years by three percentage points.")
    assert durations(t) == [("2 years", None, ("s2",)), ("5 years", None, ("s1", "s2"))]


def test_over_five_years_as_a_length_is_still_more_than():
    t = tally_of("He was jailed for over five years.", "She spent over five years in prison.",
                 "It has not happened in over five years.")
    assert {q for _v, q, _s in durations(t)} == {"more than"}


def test_halving_and_a_change_by_a_fraction_are_percent_changes():
    # QA F10: "HALVES", "halved", "by (almost) a third", "by a quarter" were not read
    t = tally_of("The diet HALVES the risk of dying from heart disease, and slashes the risk of "
                 "heart attacks by almost a third.",
                 "The diet cut the risk of dying from heart disease by 50%.",
                 "The council cut the budget by a quarter. The death rate has halved since 2019.",
                 "The diet cut the risk of heart attacks by a third, the study found.")
    assert ("50%", ("s1", "s2")) in values(t, "percent")
    assert ("25%", ("s3",)) in values(t, "percent")
    assert ("50%", ("s3",)) in values(t, "percent")
    # "by almost a third" and "by a third": one change, the hedge told in one of them
    assert [(f.qualifier, f.sources) for f in t.facts if f.value == "33%"] == [
        ("“nearly” in 1 of 2", ("s1", "s4"))]


def test_fraction_words_that_are_no_change_stay_unread():
    t = tally_of("The contract was won by a third party. Halve the lemons and the tomatoes.",
                 "They led by half-time and won by half a length. The halved figs were served.",
                 "Rates rose by a quarter of a point.")
    assert values(t, "percent") == [("0.25 pp", ("s3",))]


def test_a_confidence_level_is_no_percent_finding():
    # QA F9: "95% CI" made a fact of 95%, shared by the two outlets that cite the interval
    t = tally_of("A relative reduction of 30% (hazard ratio 0.70, 95% CI 0.61-0.82, p<0.001).",
                 "The estimate came with a 95% confidence interval of 0.61 to 0.82. Turnout was 95%.")
    assert values(t, "percent") == [("30%", ("s1",)), ("95%", ("s2",))]


def test_glued_millions_and_an_age_range_between_are_read():
    # QA F13: "£2.4million" and "aged between 40 and 75" were not read
    t = tally_of("It was paid for by a £2.4million grant. The study followed 1204 people aged "
                 "between 40 and 75.",
                 "It was paid for by a £2.4 million grant. The study followed 1,204 people aged 40 to 75.")
    assert values(t, "money") == [("£2.4 million", ("s1", "s2"))]
    assert values(t, "age") == [("40–75", ("s1", "s2"))]
    # a word that only starts with "million" is no scale; "between" alone is no age
    t = tally_of("The club has 40millionaires. Between 40 and 75 people came.")
    assert values(t, "money") == [] and values(t, "age") == []


def measures(t):
    return sorted((f.value, f.sources) for f in t.facts if f.kind == "measure")


def test_a_figure_with_its_unit_is_a_measure():
    # QA F8: units were not read; "30 grams" alone was a count of 30
    t = tally_of("Systolic blood pressure fell by 5.2 mmHg more in the diet group. Participants "
                 "lost an average of 1.8kg. They ate 30g of nuts and 50 ml of oil a day. LDL fell by "
                 "0.4 mmol/L. Bake at 190°C.",
                 "Systolic blood pressure dropped by 15.2 mmHg in the diet group. Participants lost "
                 "1.8lb on average. They ate 30 grams of nuts a day. LDL fell by 0.4 mg/dL.",
                 "Participants lost 1.8 kilograms. Children ate a 30-gram bar.")
    assert measures(t) == [("0.4 mg/dL", ("s2",)), ("0.4 mmol/L", ("s1",)), ("1.8 kg", ("s1", "s3")),
                           ("1.8 lb", ("s2",)), ("15.2 mmHg", ("s2",)), ("190°C", ("s1",)),
                           ("30 g", ("s1", "s2", "s3")), ("5.2 mmHg", ("s1",)),
                           ("50 ml", ("s1",))]
    assert not [f for f in t.facts if f.kind == "count"]
    found = conflicts(t, "measure")
    assert [("15.2 mmHg", ("s2",)), ("5.2 mmHg", ("s1",))] in found
    assert [("1.8 kg", ("s1", "s3")), ("1.8 lb", ("s2",))] in found
    assert not any("mg/dL" in v for c in found for v, _s in c)  # another unit, never compared


def test_a_weight_converted_agrees_and_near_values_of_a_measure_round():
    t = tally_of("Participants lost 1.8 kg on average during the trial.",
                 "Participants lost 4 lb on average during the trial.",
                 "Participants lost almost 2kg on average during the trial.",
                 "The oven was set to 375°F for the bake.", "The oven was set to 190°C for the bake.")
    assert not t.conflicts


def ratios(t):
    return sorted((f.value, f.sources) for f in t.facts if f.kind == "ratio")


def test_a_multiple_is_a_ratio_and_two_multiples_of_one_thing_conflict():
    # QA F9: "twice as likely" against "three times as likely" was not read
    t = tally_of("Those who followed the diet most closely were twice as likely to reach their target.",
                 "Those who stuck to the diet the most were three times as likely to reach their target.",
                 "Those who followed the diet were 2 times more likely to reach their target.")
    assert ratios(t) == [("2×", ("s1", "s3")), ("3×", ("s2",))]
    assert conflicts(t, "ratio") == [[("2×", ("s1", "s3")), ("3×", ("s2",))]]


def test_times_that_compare_nothing_are_no_ratio():
    t = tally_of("The two leaders met twice. Smith scored three times in the match and trains "
                 "run four times a day.", "Smokers were three times less likely to quit; a threefold rise.")
    assert ratios(t) == [("3×", ("s2",)), ("3× less", ("s2",))]


def test_rates_cut_by_a_quarter_and_costs_in_absolute_terms_are_no_science_readings():
    # a quarter of rates is a quarter point; "in absolute terms" of costs is no risk's points
    t = tally_of("The Bank of England cut interest rates by a quarter to 4%. In absolute terms, "
                 "mortgage costs rose by 2%. The council cut the budget by a quarter.")
    assert values(t, "percent") == [("2%", ("s1",)), ("25%", ("s1",)), ("4%", ("s1",))]


def test_a_change_of_a_risk_is_no_rival_of_a_group_s_rate():
    # "halves the risk" is a change; "0.9% in the diet group" the level of a group: two things
    t = tally_of("Deaths from heart disease were 1.2% in the control group and 0.9% in the diet "
                 "group, a 25% relative drop.",
                 "The diet HALVES the risk of dying from heart disease.",
                 "The diet cut the risk of dying from heart disease by 50%.")
    assert not t.conflicts
    # two rates of one group still conflict
    t = tally_of("Events occurred in 10% of the control group, the trial found.",
                 "Events occurred in 12% of the control group, the trial found.")
    assert conflicts(t, "percent") == [[("10%", ("s1",)), ("12%", ("s2",))]]
