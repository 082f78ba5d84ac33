"""Plain text whose articles hold the text diff's own markers, and the text export's header:
what each side is (outlet, date, link) and how to read the markers (QA session 11)."""

from __future__ import annotations

import pytest
from export_support import make_source

from seedreader import compare
from seedreader.cli import main
from seedreader.export import render_pair
from seedreader.export.text import ESCAPE_NOTE, LEGEND, MARKERS, unescape_markers

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


def test_an_export_says_how_to_read_it_and_what_each_side_is():
    left = make_source("v1", ["Bridge shut for six weeks."], title="Bridge shut",
                       outlet="Halden Courier", published="2026-11-17 09:00",
                       url="https://example.com/bridge?v=1")
    right = make_source("v2", ["Bridge shut for eight weeks."], title="Bridge shut (updated)",
                        published="2026-11-17 12:30")
    comparison = compare(left, right)
    out = render_pair(comparison, "text")
    head = out.split("\n\n", 1)[0].split("\n")
    assert head[:4] == ["--- A v1: Bridge shut", "+++ B v2: Bridge shut (updated)",
                        "A: Halden Courier · 2026-11-17 09:00 · https://example.com/bridge?v=1",
                        "B: 2026-11-17 12:30"]
    assert LEGEND in out
    for marker in ("[-", "{+", "{~~", "@@", "moved"):
        assert marker in LEGEND
    compact = render_pair(comparison, "text", legend=False)
    assert LEGEND.split("\n")[0] not in compact and "A: Halden Courier" in compact
    assert compact.replace(LEGEND + "\n", "") == compact
    assert out.replace(LEGEND + "\n", "") == compact


def _corpus(tmp_path):
    tmp_path.mkdir()
    (tmp_path / "a.txt").write_text("T\n\nThe deal [-was not-] is final on Monday.\n")
    (tmp_path / "b.txt").write_text("T\n\nThe deal [-was not-] is final on Tuesday.\n")
    (tmp_path / "INDEX.md").write_text(
        "| file | title | outlet | published | url |\n|---|---|---|---|---|\n"
        "| a.txt | Deal | Wire One | 2026-11-17 | https://example.com/a |\n"
        "| b.txt | Deal | Wire Two | 2026-11-18 | https://example.com/b |\n")
    return tmp_path


def test_the_cli_writes_the_legend_to_a_file_and_a_pipe_not_to_a_terminal(tmp_path, capsys,
                                                                         monkeypatch):
    corpus = _corpus(tmp_path / "c")
    target = tmp_path / "pair.txt"
    assert main(["diff", "a", "b", str(corpus), "-o", str(target)]) == 0
    written = target.read_text(encoding="utf-8")
    assert LEGEND in written and ESCAPE_NOTE in written
    assert "A: Wire One · 2026-11-17 · https://example.com/a" in written
    capsys.readouterr()
    assert main(["diff", "a", "b", str(corpus)]) == 0  # (captured: not a terminal)
    piped = capsys.readouterr().out
    assert piped == written
    from seedreader import cli

    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["diff", "a", "b", str(corpus)]) == 0
    shown = capsys.readouterr().out
    assert LEGEND not in shown and ESCAPE_NOTE in shown and "A: Wire One" in shown
