"""The facts' extraction shortcuts (session 9's speed pass) give what the full readings give."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader.facts.words import _LETTERS, _SEARCHED_WORDS, _written, accented_words, fold_word


def _accented_reference(text: str) -> dict[str, str | None]:
    """accented_words as first written: a search of the whole text for each folded word."""
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


_MANY = [f"{a}{b}" for a in ("é", "ü", "ç", "ñ", "ø") for b in ("lan", "ber", "a", "x", "té")]
_PLAIN = [fold_word(w) for w in _MANY] + ["élan2", "x", "2", "_", "-", "cafe", "dé"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MANY + _PLAIN), max_size=60),
       st.lists(st.sampled_from([" ", "", ",", "'", "\n", "_"]), min_size=60, max_size=60))
def test_accented_words_by_search_or_by_listing_agree_with_the_reference(words, seps):
    text = "".join(w + s for w, s in zip(words, seps))
    assert accented_words(text) == _accented_reference(text)


def test_accented_words_past_the_searched_number_lists_the_words():
    many = [w for w in _MANY if fold_word(w).isascii()]
    assert len(many) > _SEARCHED_WORDS
    text = " ".join(many) + " " + fold_word(many[0]) + " " + fold_word(many[1]) + "s"
    forms = accented_words(text)
    assert forms == _accented_reference(text)
    assert forms[fold_word(many[0])] is None and forms[fold_word(many[1])] == many[1]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab é_2²½ᵃ-'\u0301", max_size=30),
       st.text(alphabet="ab é_2²½ᵃ-'\u0301", max_size=4))
def test_a_word_searched_for_is_a_word_the_listing_finds(text, word):
    assert _written(word, text) == (word in set(_LETTERS.findall(text)))
