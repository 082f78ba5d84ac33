"""Search as a person searches: case, accents, quote styles and ligatures do not matter, and a
match highlights exactly the original characters."""

from __future__ import annotations

import pytest

from seedreader.ui.widgets.search_fold import Folded, fold


def found(text: str, query: str) -> list[str]:
    return [text[a:b] for a, b in Folded(text).find_all(query)]


@pytest.mark.parametrize(("text", "query", "shown"), [
    ("les Minguettes à Vénissieux, dit-il", "venissieux", "Vénissieux"),
    ("selon Marc Œuvray, maire", "oeuvray", "Œuvray"),
    ("según Pedro Ibáñez.", "Ibanez", "Ibáñez"),
    ("« Il n’y a pas de risque »", "n'y a", "n’y a"),
    ("He said “no deal” twice", '"no deal"', "“no deal”"),
    ("die Straße war gesperrt", "strasse", "Straße"),
    ("le curriculum vitæ du maire", "vitae", "vitæ"),
    ("TRUMP said", "trump", "TRUMP"),
    ("à Vénissieux", "Vénissieux", "Vénissieux"),  # a typed accent still finds its word
    ("Minguettes\u00a0»", "minguettes »", "Minguettes\u00a0»"),
    # a quote typed in double marks finds it in single ones, curly or straight (UK outlets)
    ("Doe said: ‘Fix the basics first,’ twice", '"fix the basics first,"', "‘Fix the basics first,’"),
    ("A nurse told me, 'I have not had a break'", 'told me, "I have', "told me, 'I have"),
    ("She called it “a turning point”.", "'a turning point'", "“a turning point”"),
])
def test_a_query_finds_the_word_however_it_is_written(text, query, shown):
    assert found(text, query) == [shown]


def test_decomposed_accents_are_part_of_the_match():
    text = "a Ve\u0301nissieux b"  # e + combining acute: the mark belongs to the highlight
    assert found(text, "venissieux") == ["Ve\u0301nissieux"]
    assert found(text, "ve") == ["Ve\u0301"]


def test_offsets_after_a_ligature_map_back_exactly():
    text = "Œuvre, cœur et Vénissieux, cœur"
    assert found(text, "coeur") == ["cœur", "cœur"]
    assert found(text, "vénissieux") == ["Vénissieux"]
    # a match inside a ligature covers the whole character, once
    assert found("Straße", "s") == ["S", "ß"]


def test_no_false_friends():
    """Folding is about how a word is written, not what it means: different letters differ."""
    assert found("Ibáñez", "Ibanes") == []
    assert found("n’y a", "n y a") == []
    assert found("coeur", "cour") == []
    assert found("résumé", "resume") == ["résumé"]
    assert found("12,5 %", "125") == []
    assert fold("") == ""
