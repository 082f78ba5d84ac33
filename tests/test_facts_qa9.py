"""Session 9's facts fixes, from two QA testers (a researcher who scripts, on a fire at a Harlow
paint factory; a policy researcher, on bills and press releases): each rule with the tester's case
and the counter-examples it must not catch."""

from __future__ import annotations

from facts_support import conflicts, tally_of, values

# 1. Dates that differ only in the year are two dates.


def test_the_same_day_of_two_years_is_two_dates_in_conflict():
    for a, b, va, vb in (
        ("31 March 2030", "31 March 2031", "2030-03-31", "2031-03-31"),
        ("12 May 2030", "12 May 2031", "2030-05-12", "2031-05-12"),
        ("March 31, 2030", "March 31, 2031", "2030-03-31", "2031-03-31"),
        ("31 March 2026", "31 March 2027", "2026-03-31", "2027-03-31"),
    ):
        tally = tally_of(f"The council must publish the plan no later than {a}.",
                         f"The council must publish the plan no later than {b}.")
        assert values(tally, "date") == [(va, ("s1",)), (vb, ("s2",))]
        assert conflicts(tally, "date") == [[(va, ("s1",)), (vb, ("s2",))]]


def test_the_same_month_of_two_years_is_two_dates_in_conflict():
    tally = tally_of("The plant will reopen in August 2025, the company said.",
                     "The plant will reopen in August 2026, the company said.")
    assert conflicts(tally, "date") == [[("2025-08", ("s1",)), ("2026-08", ("s2",))]]


def test_a_day_without_its_year_still_joins_the_day_with_one():
    tally = tally_of("The council must publish the plan by 31 March 2030.",
                     "The council must publish the plan by 31 March.",
                     "The council must publish the plan by 31 March 2030.")
    assert values(tally, "date") == [("2030-03-31", ("s1", "s2", "s3"))]
    assert conflicts(tally, "date") == []
    tally = tally_of("Talks were held on January 23, 2026, officials said.",
                     "Talks were held on January 23, officials said.")
    assert values(tally, "date") == [("2026-01-23", ("s1", "s2"))]


def test_two_years_of_one_day_told_by_one_source_are_two_facts_and_no_conflict():
    tally = tally_of("The first plan was published on 31 March 2029 and the second is due on "
                     "31 March 2030.",
                     "The second plan is due on 31 March 2030, the council said.")
    assert values(tally, "date") == [("2029-03-31", ("s1",)), ("2030-03-31", ("s1", "s2"))]
    assert conflicts(tally, "date") == []


# 2. A count followed by "others" or "more" and what befell them.


def test_a_count_of_others_or_more_hurt_is_read():
    for text in ("Three workers were killed and 14 others injured.",
                 "Three workers were killed and 14 more were hurt.",
                 "Three workers were killed. Fourteen others were injured.",
                 "Three workers died and 14 others were hurt.",
                 "Three workers have died and 14 others have been injured in a fire."):
        assert values(tally_of(text), "count") == [("14", ("s1",)), ("3", ("s1",))], text


def test_the_injured_others_are_one_fact_with_the_injured_people_and_no_deaths_conflict():
    tally = tally_of("Three workers were killed and 14 others injured in the factory fire.",
                     "Three people died in the factory fire and 14 more were injured.",
                     "Three workers died in the factory fire. Fourteen people were injured.")
    assert values(tally, "count") == [("14", ("s1", "s2", "s3")), ("3", ("s1", "s2", "s3"))]
    assert conflicts(tally, "count") == []
    tally = tally_of("Three workers were killed and 14 others injured in the factory fire.",
                     "Three workers were killed and 12 others injured in the factory fire.")
    assert conflicts(tally, "count") == [[("12", ("s2",)), ("14", ("s1",))]]


def test_others_or_more_without_what_befell_them_count_nothing():
    for text in ("Three workers were killed; police questioned 14 others.",
                 "Three workers were killed and 14 more were expected to arrive.",
                 "By 2019 more injured workers were filing claims, the union said."):
        assert values(tally_of(text), "count") in ([], [("3", ("s1",))]), text


# 3. A title of three words before a name; a post named without a person.

_FIRES = "“This was one of the most difficult fires our crews have faced,”"


def _speakers(*texts: str) -> list[tuple[str | None, tuple[str, ...]]]:
    tally = tally_of(*texts)
    return sorted(((f.speaker, f.sources) for f in tally.facts if f.kind == "quote"),
                  key=lambda x: x[1])


def test_a_title_of_three_words_before_a_name_leaves_the_surname_the_speaker():
    for title in ("Chief Fire Officer", "Chief Executive Officer", "Deputy Chief Constable",
                  "Assistant Chief Constable", "Fire Officer", ""):
        who = f"{title} Helen Marsh".strip()
        for text in (f"{_FIRES} said {who}.", f"{_FIRES} {who} said.",
                     f"{who} said: “This was one of the most difficult fires our crews have faced.”"):
            assert _speakers(text) == [("Marsh", ("s1",))], text


def test_one_speaker_however_the_sources_title_her_and_her_remark_is_one_fact():
    tally = tally_of(f"{_FIRES} said Chief Fire Officer Helen Marsh.",
                     f"{_FIRES} said Helen Marsh, the chief fire officer.",
                     f"{_FIRES} Marsh said.")
    quotes = [f for f in tally.facts if f.kind == "quote"]
    assert [(f.speaker, f.sources) for f in quotes] == [("Marsh", ("s1", "s2", "s3"))]


def test_a_post_without_a_name_names_no_speaker():
    for text in ("The Technology Secretary said: “Parents have waited too long for this.”",
                 "“Parents have waited too long for this,” Technology Secretary said in a statement.",
                 "“Parents have waited too long for this,” the Prime Minister said.",
                 "The Prime Minister said: “Parents have waited too long for this.”"):
        assert _speakers(text) == [(None, ("s1",))], text


def test_names_after_a_post_or_ending_like_one_are_still_speakers():
    for text, speaker in (
            ("“Parents have waited too long for this,” said Technology Secretary Liz Kendall.", "Kendall"),
            ("“Parents have waited too long for this,” said President Trump.", "Trump"),
            ("“Parents have waited too long for this,” said Emma Judge.", "Judge"),
            ("“Parents have waited too long for this,” Secretary of State Marco Rubio said.", "Rubio"),
            ("“Parents have waited too long for this,” said Andrew Bailey, of the Bank of England.",
             "Bailey")):
        assert _speakers(text) == [(speaker, ("s1",))], text


# 4. A short quote with its attribution after it.


def _quotes(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    return values(tally_of(*texts), "quote")


def test_a_short_quote_attributed_after_it_is_a_quote():
    for text in ("An inspection had found “no material breaches”, a spokesperson said.",
                 "An inspection had found “no material breaches”, officials said.",
                 "An inspection in 2024 found “no material breaches”, it said.",
                 "An inspection found “no material breaches” at the site, officials said.",
                 "An inspection found “no material breaches”, a spokesperson said in a statement.",
                 "It said a 2024 inspection had found “no material breaches”."):
        assert _quotes(text) == [("no material breaches", ("s1",))], text


def test_the_short_quote_is_one_fact_however_it_is_attributed():
    tally = tally_of("The regulator has opened an inquiry. An inspection in 2024 had found “no material "
                     "breaches”, a spokesperson said.",
                     "The regulator has opened an inquiry. An inspection in 2024 found “no material "
                     "breaches”, it said.",
                     "The regulator has opened an inquiry. It said a 2024 inspection had found “no "
                     "material breaches”.")
    assert values(tally, "quote") == [("no material breaches", ("s1", "s2", "s3"))]


def test_scare_quotes_stay_scare_quotes():
    for text in ("An inspection had found “no material breaches” at the plant.",
                 "The “green deal”, which officials said would cost billions, was dropped.",
                 "The offer of “help” came late, aides said."):
        assert _quotes(text) == [], text
    # a word of theirs right before who said it is theirs
    assert _quotes("The offer was “insulting”, aides said.") == [("insulting", ("s1",))]


# 5. Two caps, or two floors, of one thing.


def test_two_caps_or_two_floors_of_one_thing_conflict():
    tally = tally_of("Firms that break the rules face fines of up to £18 million.",
                     "Firms that break the rules face fines of up to £20 million.")
    assert conflicts(tally, "money") == [[("£18 million", ("s1",)), ("£20 million", ("s2",))]]
    tally = tally_of("Platforms must keep the records for at least 28 days.",
                     "Platforms must keep the records for at least 21 days.")
    assert conflicts(tally, "duration") == [[("21 days", ("s2",)), ("28 days", ("s1",))]]
    tally = tally_of("More than 120 firefighters fought the blaze overnight.",
                     "More than 150 firefighters fought the blaze overnight.")
    assert conflicts(tally, "count") == [[("120", ("s1",)), ("150", ("s2",))]]
    # (without the hedge, as before)
    tally = tally_of("Firms that break the rules face fines of £18 million.",
                     "Firms that break the rules face fines of £20 million.")
    assert conflicts(tally, "money") == [[("£18 million", ("s1",)), ("£20 million", ("s2",))]]


def test_one_cap_told_alike_and_near_values_are_no_conflict():
    tally = tally_of("Firms that break the rules face fines of up to £18 million.",
                     "Firms that break the rules face fines of as much as £18 million.")
    assert values(tally, "money") == [("£18 million", ("s1", "s2"))]
    assert conflicts(tally, "money") == []
    tally = tally_of("About 3,400 people were evacuated from the town.",
                     "About 3,500 people were evacuated from the town.")
    assert conflicts(tally, "count") == []
    assert len(tally.near) == 1
    # a cap and a floor that both allow a value do not clash
    tally = tally_of("Fines of up to £20 million can be imposed on firms that break the rules.",
                     "Fines of at least £18 million can be imposed on firms that break the rules.")
    assert conflicts(tally, "money") == []


# 6. "three or four": an approximate range, never its second number.


def test_a_count_of_n_or_m_is_a_range_never_its_second_number():
    for text, kind, value in (
            ("Neighbours heard three or four loud bangs shortly before the smoke rose.", "count", "3–4"),
            ("Two or three people were hurt in the crash.", "count", "2–3"),
            ("The fire burned for 10 or 12 hours before it was contained.", "duration", "10–12 h"),
            ("Rates rose 3 or 4 per cent last year.", "percent", "3–4%")):
        assert values(tally_of(text), kind) == [(value, ("s1",))], text
    tally = tally_of("Neighbours heard three or four loud bangs before the smoke rose.",
                     "A shopkeeper heard three or four loud bangs before the smoke rose.")
    assert values(tally, "count") == [("3–4", ("s1", "s2"))]


def test_n_or_m_that_is_no_range_is_left_as_it_was():
    assert values(tally_of("Either 14 or 12 people died, officials said."), "count") == \
        [("12", ("s1",))]
    assert values(tally_of("One or more people were hurt."), "count") == []
    assert values(tally_of("Children aged 5 or under travel free."), "age") == [("5", ("s1",))]
    # two figures of two kinds, or of two currencies' amounts, stay two
    tally = tally_of("Firms face fines of up to £18 million or 10% of their worldwide revenue.")
    assert values(tally, "money") == [("£18 million", ("s1",))]
    assert values(tally, "percent") == [("10%", ("s1",))]
    assert values(tally_of("Tickets cost $5 or $6 at the door."), "money") == \
        [("$5", ("s1",)), ("$6", ("s1",))]


# 7. Legal text: a table's item numbers, weekdays of a definition.

_TABLE = """# Transparency reporting

A provider must publish a transparency report in the form set out in the table below.

| Item | What must be reported | Frequency |
|---|---|---|
| 1 | Number of reports of harmful content received | Every six months |
| 2 | Median time to act on a report | Every six months |
| 8 | Results of the latest risk assessment | Annually |
| 9 | Moderators employed | 40 moderators |
"""


def test_a_tables_item_numbers_count_nothing(tmp_path):
    from seedreader import load_corpus, tally_facts

    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(_TABLE, encoding="utf-8")
    tally = tally_facts(load_corpus(tmp_path))
    # (a count within one cell is still read)
    assert values(tally, "count") == [("40", ("a", "b"))]


def test_weekdays_of_a_kind_of_day_are_no_dates():
    for text in (("“Working day” means any day other than a Saturday, a Sunday, Christmas Day or a "
                  "bank holiday."),
                 "The market is open every Sunday, the council said."):
        assert values(tally_of(text), "date") == [], text
    assert values(tally_of("The talks were held on Sunday, officials said."), "date") == \
        [("Sunday", ("s1",))]
