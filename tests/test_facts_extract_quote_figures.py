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


def test_a_range_in_a_quote_is_one_figure_however_it_is_written():
    # (session 7) "20,000-25,000" / "20,000 to 25,000" / "20,000–25,000" / "between 20,000 and
    # 25,000" are one range, one remark: no misquote, one quote both sources support.
    said = 'Organisers said: "We expect {} people at the rally tomorrow."'
    for other in ("20,000 to 25,000", "20,000–25,000", "20,000 – 25,000",
                  "between 20,000 and 25,000"):
        tally = tally_of(said.format("20,000-25,000"), said.format(other))
        assert misquote_changes(tally) == [], other
        assert [s for _v, s in quotes(tally)] == [("a", "b")], other
    assert normalise_quote("between 20,000 and 25,000 people") == "20000-25000 people"


def test_a_real_misquote_of_a_range_is_still_one():
    said = 'Organisers said: "We expect {} people at the rally tomorrow."'
    for other in ("20,000-35,000", "20,000 to 35,000", "between 20,000 and 35,000"):
        tally = tally_of(said.format("20,000-25,000"), said.format(other))
        assert len(misquote_changes(tally)) == 1, other
        assert "20,000-25,000" in misquote_changes(tally)[0], other


def test_not_a_range_in_a_quote_a_change_or_two_figures():
    # "from 20 to 25" is a change from one value to another, "20 and 25" two figures: neither is
    # read as the range 20-25.
    assert normalise_quote("it rose from 20 to 25 percent") == "it rose from 20 to 25 percent"
    assert normalise_quote("20 and 25 people") == "20 and 25 people"
    said = 'Lutz said: "Prices rose {} percent in a single year for the families."'
    tally = tally_of(said.format("from 20 to 25"), said.format("20-25"))
    assert len(misquote_changes(tally)) == 1
