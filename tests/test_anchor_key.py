"""anchor_key folds case and spacing exactly as ``" ".join(text.lower().split())`` would, whatever
the text: its shortcut (runs of spaces made one without splitting the text, when the space is its
only whitespace) must never change a key."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from seedreader.pairing import anchor_key

# every kind of whitespace str.split() splits at, and characters near them
_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2003\u2028\u2029\u202f\u3000\x00\x7f"


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


@given(st.text(alphabet=st.one_of(st.sampled_from(_SPACES), st.sampled_from("aZİ."),
                                  st.characters()), max_size=40))
def test_anchor_key_folds_like_split_and_join(text):
    assert anchor_key(text) == _folded(text)


def test_anchor_key_edges():
    for text in ["", " ", "   ", "  a  b  ", "a" + " " * 33 + "b", "İstanbul  X", "a\x00  b",
                 "日本\u3000語", "x\n y", "\x85a", "tab\tkey", "Ends with a space "]:
        assert anchor_key(text) == _folded(text), repr(text)
