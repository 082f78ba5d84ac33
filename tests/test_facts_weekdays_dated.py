"""A weekday is the day it names by its source's published date in INDEX.md (science QA, F13): the
wire's and the tabloid's "published on Thursday" support 14 May with the sources that write
"14 May 2026", instead of standing alone as "Thursday"."""

from __future__ import annotations

from facts_support import conflicts, values

from seedreader import tally_facts
from seedreader.corpus import source_from_text


def tally(*stories: tuple[str, str]):
    """The tally of (text, published) stories, as sources s1, s2, ..."""
    return tally_facts([source_from_text(text, id=f"s{i}", published=published)
                        for i, (text, published) in enumerate(stories, 1)])


STUDY = ("The study is published on Thursday, 14 May 2026, in the European Heart Review.",
         "2026-05-13")
WIRE = ("The study, published on Thursday in the European Heart Review, followed 1204 people.",
        "2026-05-13 23:31")
TABLOID = ("The study, published in the European Heart Review on Thursday, cost £2.4million.",
           "2026-05-14")


def test_a_weekday_supports_the_day_it_names_by_the_published_date():
    got = values(tally(STUDY, WIRE, TABLOID), "date")
    assert got == [("2026-05-14", ("s1", "s2", "s3"))]


def test_a_weekday_read_as_a_day_contradicts_another_day():
    wrong = ("The study was published on 15 May 2026 in the European Heart Review.", "2026-05-16")
    assert conflicts(tally(WIRE, TABLOID, wrong), "date") == [
        [("2026-05-14", ("s1", "s2")), ("2026-05-15", ("s3",))]]


def test_a_weekday_ahead_is_in_the_week_after_and_one_behind_in_the_week_before():
    ahead = ("A temporary footbridge will open next Monday, the council said.", "2026-11-17")
    behind = ("The bridge has been closed since last Monday, the council said.", "2026-11-17")
    assert values(tally(ahead), "date") == [("2026-11-23", ("s1",))]
    assert values(tally(behind), "date") == [("2026-11-16", ("s1",))]


def test_a_weekday_stays_a_weekday_without_a_published_date_for_every_source():
    undated = ("The study, published on Thursday in the European Heart Review, was large.", "")
    got = values(tally(WIRE, undated), "date")
    assert got == [("Thursday", ("s1", "s2"))]


def test_the_day_someone_spoke_is_not_made_a_day_of_the_story():
    said = ("British researchers said on Wednesday that the diet cut the risk of heart attacks.",
            "2026-05-13")
    assert values(tally(said), "date") == [("Wednesday", ("s1",))]


def test_a_weekday_is_the_day_of_the_two_it_may_be_that_another_source_writes():
    # A Monday story's "Tuesday" is most likely the day after, but it may be six days before:
    # here another source writes that day.
    late = ("The bridge was closed on Tuesday after engineers found a crack, the council said.",
            "2026-11-23")
    dated = ("The bridge was closed on 17 November 2026 after engineers found a crack.",
             "2026-11-17")
    assert values(tally(late, dated), "date") == [("2026-11-17", ("s1", "s2"))]


def test_a_weekday_six_days_back_is_the_day_other_stories_name_by_their_weekdays():
    # Saturday 14 November: two stories of that weekend say "on Saturday"; a Friday story says
    # "on Saturday" of the same day, six days back, not the day after it.
    weekend = ("The bridge was closed on Saturday after engineers found a crack.", "2026-11-14")
    monday = ("The bridge was closed on Saturday after engineers found a crack in it.", "2026-11-16")
    friday = ("The bridge, closed on Saturday after engineers found a crack, is to reopen.",
              "2026-11-20")
    assert values(tally(weekend, monday, friday), "date") == [("2026-11-14", ("s1", "s2", "s3"))]
