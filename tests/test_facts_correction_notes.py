"""A correction note's old value is no support (exports QA, item 2): "Correction: An earlier version
of this story said the bridge was built in 1926. It was built in 1962." states 1962 and denies
1926, as "not 1926 as previously reported" does; so do "A previous version misstated ...",
"... was incorrectly given as ..."; and "This article was amended on 14 May 2026 to ..." dates the
page, not the story."""

from __future__ import annotations

from facts_support import conflicts, tally_of, values

FIRST = "The Halden bridge, built in 1926, was closed on Tuesday after engineers found a crack."
FIXED = ("The Halden bridge, built in 1962, was closed after engineers found a crack.\n\n"
         "Correction: An earlier version of this story said the bridge was built in 1926. "
         "It was built in 1962.")


def test_an_earlier_version_s_value_is_no_support():
    tally = tally_of(FIRST, FIXED)
    got = values(tally, "date")
    assert ("1962", ("s2",)) in got and ("1926", ("s1",)) in got
    assert conflicts(tally, "date") == [[("1926", ("s1",)), ("1962", ("s2",))]]


def test_other_wordings_of_a_correction_deny_the_old_value():
    first = "The bus crash near Halden killed 14 people, police said."
    for note in ("A previous version of this article misstated the toll as 14 people.",
                 "In an earlier version the toll was incorrectly given as 14 people.",
                 "An earlier version gave the toll as 14 people."):
        fixed = "The bus crash near Halden killed 12 people, police said.\n\n" + note
        tally = tally_of(first, fixed)
        assert values(tally, "count") == [("12", ("s2",)), ("14", ("s1",))], note
        assert conflicts(tally, "count") == [[("12", ("s2",)), ("14", ("s1",))]], note


def test_an_amendment_s_date_is_no_fact():
    fixed = ("The Halden bridge, built in 1962, was closed after engineers found a crack.\n\n"
             "This article was amended on 18 November 2026 to correct the year the bridge was "
             "built, which was 1962, not 1926.")
    got = values(tally_of(FIRST, fixed), "date")
    assert all(v != "2026-11-18" for v, _s in got), got
    assert ("1926", ("s1",)) in got


def test_a_story_s_own_earlier_value_is_still_support():
    # Not a correction: the story tells an earlier plan, which it does not say was wrong.
    told = ("An earlier version of the plan, drawn up in 1926, was never built; the bridge was "
            "built in 1962.")
    got = [v for v, _s in values(tally_of(told), "date")]
    assert "1926" in got and "1962" in got
