"""Plain text whose articles hold the text diff's own markers (QA session 11)."""

from __future__ import annotations

import pytest
from export_support import make_source

from seedreader import compare
from seedreader.export import render_pair
from seedreader.export.text import ESCAPE_NOTE, MARKERS, unescape_markers

_OPEN = {"[-": ("del", "-]"), "{+": ("ins", "+}"), "{~~": ("was", "~>")}
_THEN = {"was": ("now", "~~}")}


def read_sides(text: str) -> tuple[str, str]:
    """(A's text, B's text) of a block's text, read as the legend and the escape note say: a
    backslash before a marker or a backslash makes it the article's; [-A-] {+B+} {~~A~>B~~}."""
    a, b, i, mode, close = [], [], 0, None, None
    while i < len(text):
        literal = None
        if text[i] == "\\" and (text.startswith("\\", i + 1)
                                or any(text.startswith(m, i + 1) for m in MARKERS)):
            word = "\\" if text.startswith("\\", i + 1) else next(
                m for m in MARKERS if text.startswith(m, i + 1))
            literal, i = word, i + 1 + len(word)
        elif mode is None and (opener := next((m for m in _OPEN if text.startswith(m, i)), None)):
            mode, close = _OPEN[opener]
            i += len(opener)
        elif mode is not None and text.startswith(close, i):
            i += len(close)
            mode, close = _THEN.get(mode, (None, None))
        else:
            literal, i = text[i], i + 1
        if literal is not None:
            if mode in (None, "del", "was"):
                a.append(literal)
            if mode in (None, "ins", "now"):
                b.append(literal)
    assert mode is None, f"unclosed marker in {text!r}"
    return "".join(a), "".join(b)


def block_texts(out: str) -> list[str]:
    """The text of each block of a text diff (what follows its @@ line, up to the blank line)."""
    return [part.split("\n", 1)[1].rstrip("\n") for part in out.split("\n\n")
            if part.startswith("@@ ")]


PAIRS = [
    # QA: both versions hold "[-was not-]"; only Monday/Tuesday differ.
    ("The minister said the deal [-was not-] is final on Monday.",
     "The minister said the deal [-was not-] is final on Tuesday."),
    ("Markers {+added+} and {~~a~>b~~} in the text, then the end.",
     "Markers {+added+} and {~~a~>c~~} in the text, then another end."),
    # A marker that one side has across a change, a backslash before one, "@@" lines.
    ("She typed x[-y and left.", "She typed x[y and left."),
    ("A path a\\[-b here, and a\\ trailing backslash\\", "A path a\\b here, and a\\ trailing backslash"),
    ("@@ same A ¶1 @@ is what it printed.", "@@ moved A ¶1 @@ is what it printed."),
    ("Odd ends: a-] b+} c~~} d~> e{ f[ g~ h- i+", "Odd ends: a-] b+} c~~} d~> e{+ f[- g~~ h-] i+}"),
    ("“Quotes” [-in-] 5 per cent of cases", "\"Quotes\" [-in-] 5% of all cases"),
]


@pytest.mark.parametrize("a,b", PAIRS)
def test_each_side_reads_back_exactly_when_the_articles_hold_markers(a, b):
    comparison = compare(make_source("a", [a]), make_source("b", [b]))
    out = render_pair(comparison, "text")
    assert ESCAPE_NOTE in out
    texts = block_texts(out)
    assert len(texts) == 1, out
    assert read_sides(texts[0]) == (a, b), texts[0]


def test_the_minister_does_not_read_as_if_only_a_said_was_not():
    a, b = PAIRS[0]
    out = render_pair(compare(make_source("a", [a]), make_source("b", [b])), "text")
    assert "deal \\[-was not\\-] is final on [-Monday-]{+Tuesday+}." in out
    assert unescape_markers("deal \\[-was not\\-] is") == "deal [-was not-] is"


def test_colour_does_not_change_the_escaping():
    a, b = PAIRS[1]
    comparison = compare(make_source("a", [a]), make_source("b", [b]))
    import re

    plain = render_pair(comparison, "text")
    coloured = render_pair(comparison, "text", color=True)
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_texts_without_markers_come_out_as_before():
    a = "A path C:\\Users\\me and a [bracket] {brace} ~tilde - dash + plus @ at."
    b = a.replace("dash", "hyphen")
    out = render_pair(compare(make_source("a", [a]), make_source("b", [b])), "text")
    assert ESCAPE_NOTE not in out and "\\\\" not in out
    assert "C:\\Users\\me and a [bracket] {brace} ~tilde - [-dash-]{+hyphen+} + plus @ at." in out
