"""accented_words: which words a text writes with accents, and which it also writes without."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader.facts.words import accented_words, fold_word


def test_a_word_written_with_and_without_its_accents_has_no_one_form():
    forms = accented_words("Les habitants évacués ont été relogés. Evacues, they said.")
    assert forms["evacues"] is None
    assert forms["reloges"] == "relogés"


def test_a_word_inside_a_longer_word_is_not_the_word_written_without_accents():
    forms = accented_words("Le café ferme. The cafeteria opened; decafe is not a word here.")
    assert forms["cafe"] == "café"


def _reference(text: str) -> dict[str, str | None]:
    """The rule as first written: a search of the whole text for each folded word."""
    out = {}
    for m in re.finditer(r"[^\W\d_]+", text):
        word = m.group().lower()
        if word.isascii():
            continue
        folded = fold_word(word)
        out[folded] = None if out.get(folded, word) != word else word
    lowered = text.lower()
    for folded, word in out.items():
        if word is not None and folded.isascii() and re.search(
                rf"(?<![^\W\d_]){re.escape(folded)}(?![^\W\d_])", lowered):
            out[folded] = None
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["café", "cafe", "cafés", "Café", "élan", "elan", "x", "2",
                                 "über", "uber", "é", "naïve", "naive", "_", "-", "ü2", "çà"]),
                max_size=12),
       st.lists(st.sampled_from([" ", "", ",", "'", "\n", "_"]), min_size=12, max_size=12))
def test_the_one_pass_rule_agrees_with_a_search_per_word(words, seps):
    text = "".join(w + s for w, s in zip(words, seps))
    assert accented_words(text) == _reference(text)
