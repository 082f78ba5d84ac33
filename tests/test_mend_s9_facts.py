"""Mends of session 9's facts fixes, from the facts reviewer: each regression with its case and
the cases the first fix was for, which must stay."""

from __future__ import annotations

import pathlib

import pytest
from facts_support import tally_of, values

from seedreader import load_corpus, tally_facts

SRC = pathlib.Path(__file__).resolve().parent.parent / "src" / "seedreader"


def _quotes(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    return values(tally_of(*texts), "quote")


# 1. A quoted name or term in a sentence that ends on who said it is no quote of theirs.


def test_quoted_names_and_terms_before_an_attribution_are_no_quotes():
    for text in ("Troops entered the “buffer zone” on Monday, the army said.",
                 "The “Iron Dome” system intercepted most rockets, the military said.",
                 "Staff were moved to the “Blue Wing” of the hospital, a spokesperson said.",
                 "The “Make America Great Again” movement gathered in Ohio, organisers said.",
                 "The fire started in the “mixing hall”, the company said.",
                 'Troops entered the "buffer zone" on Monday, the army said.',
                 "Police found the “burner phone” in a car, officials said."):
        assert _quotes(text) == [], text


def test_words_led_into_by_a_verb_and_attributed_after_are_still_quotes():
    for text, quote in (
            ("An inspection had found “no material breaches”, a spokesperson said.",
             "no material breaches"),
            ("An inspection found “no material breaches” at the site, officials said.",
             "no material breaches"),
            ("The review concluded “no further action”, the council said.", "no further action"),
            ("The review called it “a serious lapse”, the council said.", "a serious lapse"),
            ("The plan was “deeply flawed”, critics said.", "deeply flawed"),
            ("The offer was “insulting”, aides said.", "insulting")):
        assert _quotes(text) == [(quote, ("s1",))], text


# 4. The column gap of a table as text is one constant.


def test_the_table_gap_is_defined_once():
    from seedreader import patterns, strip_markdown
    from seedreader.facts import figures
    defined = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
               if "TABLE_GAP = " in p.read_text(encoding="utf-8")]
    assert defined == ["patterns.py"]
    assert strip_markdown.TABLE_GAP is patterns.TABLE_GAP
    assert figures.TABLE_GAP is patterns.TABLE_GAP


# 2. Caps are one class of hedge, floors another, whatever their words.


def test_two_floors_or_two_caps_clash_whatever_their_words():
    from facts_support import conflicts
    for a, b, kind, va, vb in (
            ("At least 40 people were injured in the crush.", "More than 50 people were injured in the crush.",
             "count", "40", "50"),
            ("More than 40 people were injured in the crush.", "More than 50 people were injured in the crush.",
             "count", "40", "50"),
            ("Over 40 people were injured in the crush.", "More than 50 people were injured in the crush.",
             "count", "40", "50"),
            ("Up to 40 people were injured in the crush.", "As many as 50 people were injured in the crush.",
             "count", "40", "50"),
            ("Firms that break the rules face fines of up to £18 million.",
             "Firms that break the rules face fines of no more than £20 million.", "money", "£18 million",
             "£20 million"),
            ("Platforms must keep the records for at least 28 days.",
             "Platforms must keep the records for more than 21 days.", "duration", "21 days", "28 days")):
        tally = tally_of(a, b)
        got = conflicts(tally, kind)
        assert len(got) == 1 and sorted(v for v, _ in got[0]) == [va, vb], (a, b, got)


def test_close_bounds_of_one_class_are_near_values_no_conflict():
    from facts_support import conflicts
    for a, b in (("More than 3,400 homes were left without power.",
                  "More than 3,500 homes were left without power."),
                 ("At least 3,400 homes were left without power.",
                  "Over 3,500 homes were left without power."),
                 ("Up to 3,400 homes were left without power.",
                  "As many as 3,500 homes were left without power.")):
        tally = tally_of(a, b)
        assert conflicts(tally, "count") == [], (a, b)
        assert [sorted(tally.fact(fid).value for fid in n.facts) for n in tally.near] \
            == [["3400", "3500"]], (a, b)


def test_a_cap_and_a_floor_that_overlap_are_no_conflict():
    from facts_support import conflicts
    tally = tally_of("Up to 50 people were injured in the crush.",
                     "At least 40 people were injured in the crush.")
    assert conflicts(tally, "count") == []
    assert not tally.near


def _results_on(day: str) -> str:
    return f"Report\n\nThe company said it will report its results on {day}.\n"


@pytest.mark.parametrize("order", [("a", "b", "c"), ("b", "a", "c"), ("c", "b", "a")])
def test_a_date_without_its_year_picks_no_year_when_two_are_told(tmp_path, order):
    """Review: "5 March" joined whichever of "5 March 2026" and "5 March 2025" came first in
    the folder; it now supports neither (a fact of its own, in no conflict), in any order."""
    days = {"a": "5 March 2026", "b": "5 March 2025", "c": "5 March"}
    for n, name in enumerate(order):
        (tmp_path / f"{n}{name}.txt").write_text(_results_on(days[name]), encoding="utf-8")
    tally = tally_facts(load_corpus(tmp_path))
    dates = {f.value: {s[1] for s in f.sources} for f in tally.facts if f.kind == "date"}
    assert dates == {"2026-03-05": {"a"}, "2025-03-05": {"b"}, "March 5": {"c"}}, dates
    yearless = next(f for f in tally.facts if f.value == "March 5")
    assert not tally.conflicts_for(yearless)
    assert len(tally.conflicts) == 1


def test_a_date_without_its_year_still_joins_the_one_year_told(tmp_path):
    for name, day in (("a", "5 March 2026"), ("c", "5 March")):
        (tmp_path / f"{name}.txt").write_text(_results_on(day), encoding="utf-8")
    tally = tally_facts(load_corpus(tmp_path))
    assert [(f.value, f.support) for f in tally.facts if f.kind == "date"] == [("2026-03-05", 2)]
