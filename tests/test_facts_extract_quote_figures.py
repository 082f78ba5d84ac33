"""Figures inside quotes are read whole ("3.5", "1,200", "22–23"): a quote with another figure is
not a part of it, and a misquote names the whole figures (QA round 6, fact-checker)."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.words import normalise_quote


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=s) for s, t in zip("abcd", texts, strict=False)])


def quotes(tally: FactTally) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == "quote"]


def misquote_changes(tally: FactTally) -> list[str | None]:
    return [c.change for c in tally.conflicts if tally.fact(c.facts[0]).kind == "quote"]


def test_normalised_quotes_keep_each_figure_whole():
    assert normalise_quote("3.5 million euros, 2.5 per cent") == "3.5 million euros 2.5 percent"
    assert normalise_quote("1,200 fans on 22–23 April") == "1200 fans on 22-23 april"
    # Digits of a word stay as they were read.
    assert normalise_quote("the 1990s, covid-19 and the G7") == "the 1990s covid19 and the g7"


def test_a_quote_with_a_decimal_figure_is_not_supported_by_one_with_its_last_digits():
    tally = tally_of('Lutz said: "3.5 million euros will go to the families."',
                     'Lutz said: "5 million euros will go to the families."')
    assert quotes(tally) == [("3.5 million euros will go to the families", ("a",)),
                             ("5 million euros will go to the families", ("b",))]
    assert misquote_changes(tally) == ["“3.5” against “5”"]
    tally = tally_of('Lutz said: "2.5 per cent is far too little for the families."',
                     'Lutz said: "5 per cent is far too little for the families."')
    assert [s for _v, s in quotes(tally)] == [("a",), ("b",)]
    assert misquote_changes(tally) == ["“2.5” against “5”"]


def test_a_misquote_of_a_decimal_figure_names_the_whole_figures():
    tally = tally_of('Lutz said: "We will pay 3.5 million euros to the families."',
                     'Lutz said: "We will pay 5 million euros to the families."')
    assert misquote_changes(tally) == ["“3.5” against “5”"]
    tally = tally_of('Lutz said: "We will pay 3.5 million euros to the families."',
                     'Lutz said: "We will pay 4.5 million euros to the families."')
    assert misquote_changes(tally) == ["“3.5” against “4.5”"]
    tally = tally_of('Lutz said: "We will pay 1,200 euros to the families."',
                     'Lutz said: "We will pay 200 euros to the families."')
    assert misquote_changes(tally) == ["“1,200” against “200”"]
    # (the misquote tells the figures' contradiction: no count conflict besides)
    assert len(tally.conflicts) == 1


def test_one_figure_written_two_ways_or_quoted_in_part_is_still_one_remark():
    tally = tally_of('Lutz said: "We will pay 1,200 euros to the families."',
                     'Lutz said: "We will pay 1200 euros to the families."')
    assert quotes(tally) == [("We will pay 1,200 euros to the families", ("a", "b"))]
    assert not tally.conflicts
    tally = tally_of('Lutz said: "We will pay 3.5 million euros to the families."',
                     'Lutz said: "3.5 million euros to the families" would be paid.')
    assert [s for _v, s in quotes(tally)] == [("a", "b")]
    assert not tally.conflicts
    # A range is one figure: "22–23" is neither 22 nor 23.
    tally = tally_of('Lutz said: "The hearings will be held on 22–23 April in the city."',
                     'Lutz said: "The hearings will be held on 23 April in the city."')
    assert misquote_changes(tally) == ["“22–23” against “23”"]
