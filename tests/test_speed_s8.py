"""Session 8 speed work: each faster path gives exactly what the plainer code it replaced gave.

The plain versions are kept here as references and run against the engine's on many generated
inputs (words in capitals and not, acronyms, punctuation, digits, accents, other scripts)."""

from __future__ import annotations

import random
import re

from seedreader import worddiff
from seedreader.tokens import token_key, tokenize
from seedreader.worddiff import ACRONYM_MAX_LETTERS, ACRONYM_WORDS, diff_texts

_WORDS = ("NEW", "YORK", "New", "York", "new", "york", "US", "us", "IT", "it", "WHO", "who",
          "THE", "the", "The", "OF", "of", "SÃO", "São", "são", "PAULO", "Paulo", "AB", "ab",
          "aBC", "DE", "x", "X", "NATO", "Nato", "A1", "U.S.", "50%", "12", "ÉTÉ", "été",
          "Ab", "aB", "ÀB", "STORM", "storm", "TALKS", "talks", "WITH", "with", "I")
_GAPS = (" ", " ", " ", "  ", "\t", "\u00a0", "\n", ", ", " (", ") ", " - ", "-", "_", "'", ".")


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(n)).strip()


_OLD_CAPS_RUN = re.compile(r"\b[A-Z]{2,}[ \t\u00a0]+[A-Z]{2,}\b")


def _old_uncapped(tokens: list[str], other: list[str]) -> list[str]:
    """worddiff._uncapped before session 8: every token looked at in Python."""
    def caps(token: str) -> bool:
        return len(token) > 1 and token.isalpha() and token.isupper()

    theirs = set(other)
    lowered = {t.lower() for t in theirs if t[:1].isalpha() and not t.isupper()}
    out = tokens
    for k, token in enumerate(tokens):
        if (len(token) <= ACRONYM_MAX_LETTERS and caps(token) and token not in theirs
                and token not in ACRONYM_WORDS and token.lower() in lowered
                and token_key(token).isupper()
                and (caps(worddiff._next_word(tokens, k, 1))
                     or caps(worddiff._next_word(tokens, k, -1)))):
            if out is tokens:
                out = list(tokens)
            out[k] = token.lower()
    return out


def test_caps_run_pattern_finds_what_the_word_boundary_one_found():
    rng = random.Random(8)
    texts = [_text(rng, rng.randint(1, 12)) for _ in range(4000)]
    texts += ["aBC DE", "xNEW YORK", "NEW YORK", "(NEW YORK)", "_NEW YORK", "1NEW YORK",
              "NEW YORKer", "NEW\u00a0YORK", "NEW\nYORK", "N EW YORK", "ÀBC DE", "é NEW YORK"]
    for text in texts:
        if text.isascii():
            assert (worddiff._CAPS_RUN.search(text) is not None) == (
                _OLD_CAPS_RUN.search(text) is not None), text
    # what a reader relies on: a dateline in capitals is no change against the same in mixed case
    spans, _ = diff_texts("NEW YORK (Reuters) - Officials met.",
                          "New York (Reuters) - Officials met.")
    assert not worddiff.has_change(spans)
    assert worddiff._CAPS_RUN.search("xNEW YORK") is None  # no word starts at the capitals


def test_uncapped_lowers_the_same_words_as_before():
    rng = random.Random(80)
    for _ in range(3000):
        left, right = tokenize(_text(rng, rng.randint(1, 10))), tokenize(_text(rng, rng.randint(1, 10)))
        assert worddiff._uncapped(left, right) == _old_uncapped(left, right), (left, right)
        assert worddiff._uncapped(right, left) == _old_uncapped(right, left), (left, right)


def test_digit_group_test_of_ascii_text_is_the_unicode_one():
    from seedreader import tokens

    rng = random.Random(88)
    alphabet = "0123456789  ab,.%\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    texts += ["12 000", "7 312", "1 23", "12 0001", "a1 234b", "1\u00a0234", "١٢ ٣٤٥"]
    for text in texts:
        if text.isascii():
            assert (tokens._ASCII_DIGIT_GROUP.search(text) is None) == (
                tokens._DIGIT_GROUP.search(text) is None), text
    # what the diff relies on: a number grouped by a space stays one token, a plain one is cut
    assert "12 000" in tokenize("Some 12 000 people came")
    assert tokenize("In Ward 7 312 ballots")[4:7] == ["7", " ", "312"]
