"""What a fact is about, as the articles wrote it (QA round 4, item 6): a count's noun in its form
in the text ("ambulances", not the stem "ambulanc"), and never the debris of markup ("amp" of an
"&amp;" left in a text, "br" of a "<br>")."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def about(tally: FactTally, value: str) -> list[str]:
    return next(f.about.split() for f in tally.facts if f.value == value)


def test_a_count_s_noun_is_shown_as_written():
    tally = tally_of("Crush\n\nBetween 40 and 50 ambulances were sent to the ground.")
    words_ = about(tally, "40–50")
    assert "ambulances" in words_ and "ambulanc" not in words_
    tally = tally_of("Talks\n\nThe two leaders agreed on security.",
                     "Talks\n\nBoth leaders spoke about security and respect.")
    assert about(tally, "2")[0] == "leaders"  # (the key is "leader")


def test_the_noun_as_written_is_the_nearest_form_to_the_figure():
    tally = tally_of("Fire\n\nSome 60 firefighters fought the blaze, and one firefighter was hurt.")
    assert "firefighters" in about(tally, "60")


def test_markup_debris_is_never_what_a_figure_is_about():
    tally = tally_of("Schools\n\nSchools were closed on Wednesday &amp; Thursday in the district, "
                     "the mayor said.<br>")
    for f in tally.facts:
        assert not {"amp", "br", "nbsp"} & set(f.about.split()), f


def test_an_about_word_that_only_looks_like_an_entity_name_inside_a_longer_word_stays():
    tally = tally_of("Camp\n\nAbout 300 campers were evacuated from the camp on Monday.")
    assert "campers" in about(tally, "300") or "camp" in about(tally, "300")
