"""A page's own dates are no facts (science QA, F4 and F13): a blog's "Posted by the ... team, 15 May
2026", a health site's "Last updated 16 May 2026" and a wire's dateline "LONDON, May 13 (Wire) -"
say when the page was written, not when the study was published; they must not outvote the
sources that state the study's date. The story's own dates in the same words stay facts."""

from __future__ import annotations

from facts_support import conflicts, tally_of, values

STUDY = "Diet trial\nThe study was published in the European Heart Review on 14 May 2026."


def test_a_posted_by_line_is_no_date_fact():
    blog = ("# What the trial shows\n\n*Posted by the Evidence Kitchen team, 15 May 2026*\n\n"
            "The trial was published in the European Heart Review this week.")
    tally = tally_of(STUDY, blog)
    assert values(tally, "date") == [("2026-05-14", ("s1",))]
    assert conflicts(tally) == []


def test_a_last_updated_stamp_is_no_date_fact():
    site = ("Diet news\nThe study was published in the European Heart Review.\n\n"
            "This article is for information only. Last updated 16 May 2026.")
    assert values(tally_of(STUDY, site), "date") == [("2026-05-14", ("s1",))]
    reviewed = "Diet news\nThe trial was large.\n\nThis article was last reviewed on 16 May 2026."
    assert values(tally_of(STUDY, reviewed), "date") == [("2026-05-14", ("s1",))]


def test_a_wire_dateline_is_no_date_fact():
    wire = ("Diet trial\nLONDON, May 13 (Wire) - A diet rich in nuts cut the risk of heart attacks, "
            "researchers said.")
    assert values(tally_of(STUDY, wire), "date") == [("2026-05-14", ("s1",))]
    caps = "Vote\nWASHINGTON, Jan. 5 — The Senate voted on the bill after a long debate."
    assert values(tally_of(caps), "date") == []


def test_the_story_s_own_dates_in_like_words_stay_facts():
    told = ("Diet trial\nThe study was published on 13 May 2026 in the European Heart Review.\n\n"
            "The guidance was last updated on 3 March 2026, officials said.\n\n"
            "In London, May 13 - the day the study came out - was busy for the researchers.")
    got = [v for v, _s in values(tally_of(told), "date")]
    assert "2026-05-13" in got and "2026-03-03" in got
