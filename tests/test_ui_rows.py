"""The compare view's model: units in reading order on both sides, marks, wrapping, row lookup."""

from __future__ import annotations

from unicodedata import normalize

from export_support import make_source
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from seedreader import compare
from seedreader.models import Block, Comparison, Span
from seedreader.sanitize import sanitize
from seedreader.ui.compare_rows import (
    LAZY_CHARS,
    Locator,
    build_units,
    displayable,
    lay_out,
    prepare,
    wrap,
)
from seedreader.ui.safe import display_line

LEFT = ["Alpha opens the story.", "Bravo follows it.", "The toll was 12 people.",
        "Delta closes with a remark."]
RIGHT = ["Delta closes with a remark!", "Alpha opens the story.", "Bravo follows it.",
         "The toll was 14 people."]


def moved_comparison() -> Comparison:
    left, right = make_source("l", LEFT), make_source("r", RIGHT)
    blocks = (
        Block("same", (0,), (1,), 1.0, (Span("equal", LEFT[0]),)),
        Block("same", (1,), (2,), 1.0, (Span("equal", LEFT[1]),)),
        Block("changed", (2,), (3,), 0.9, (Span("equal", "The toll was "), Span("delete", "12"),
                                           Span("insert", "14"), Span("equal", " people."))),
        Block("moved", (3,), (0,), 0.95, (Span("equal", "Delta closes with a remark"),
                                           Span("delete", "."), Span("insert", "!"))),
    )
    return Comparison(left, right, 0.9, blocks)


def test_moved_block_is_shown_where_each_half_sits_and_halves_point_at_each_other():
    units = build_units(moved_comparison())
    assert [(u.kind, u.left and u.left.paragraphs, u.right and u.right.paragraphs)
            for u in units] == [
        ("moved", None, (0,)), ("same", (0,), (1,)), ("same", (1,), (2,)),
        ("changed", (2,), (3,)), ("moved", (3,), None)]
    assert units[0].counterpart == 4 and units[4].counterpart == 0


def test_word_marks_come_from_the_spans_of_each_side():
    units = build_units(moved_comparison())
    changed = units[3]
    assert [changed.left.text[a:b] for a, b in changed.left.marks] == ["12"]
    assert [changed.right.text[a:b] for a, b in changed.right.marks] == ["14"]
    assert [units[4].left.text[a:b] for a, b in units[4].left.marks] == ["."]
    assert [units[0].right.text[a:b] for a, b in units[0].right.marks] == ["!"]


def test_spans_that_do_not_rebuild_the_text_mark_the_whole_block():
    comparison = moved_comparison()
    broken = Block("changed", (2,), (3,), 0.9, (Span("equal", "something else"),))
    comparison = Comparison(comparison.left, comparison.right, 0.9,
                            comparison.blocks[:2] + (broken,) + comparison.blocks[3:])
    unit = next(u for u in build_units(comparison) if u.kind == "changed")
    assert unit.left.marks == ((0, len(LEFT[2])),)
    assert unit.right.marks == ((0, len(RIGHT[3])),)


def _reading_order(units, side):
    return [p for u in units if u.side(side) for p in u.side(side).paragraphs]


def test_every_paragraph_once_and_in_order_on_every_seed_pair():
    from seedreader import load_corpus

    corpus = load_corpus()
    for left in corpus:
        for right in corpus:
            if left.id == right.id:
                continue
            units = build_units(compare(left, right))
            assert _reading_order(units, "left") == list(range(len(left.paragraphs)))
            assert _reading_order(units, "right") == list(range(len(right.paragraphs)))
            for i, unit in enumerate(units):
                if unit.counterpart is not None:
                    assert units[unit.counterpart].counterpart == i


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(LEFT + RIGHT + ["Echo is new here.", "Foxtrot, too."]),
                min_size=1, max_size=8),
       st.lists(st.sampled_from(LEFT + RIGHT + ["Golf only on the right."]), min_size=1,
                max_size=8))
def test_both_columns_read_in_article_order_for_any_texts(left, right):
    units = build_units(compare(make_source("a", left), make_source("b", right)))
    assert _reading_order(units, "left") == list(range(len(left)))
    assert _reading_order(units, "right") == list(range(len(right)))


def test_control_characters_become_visible_without_moving_offsets():
    text = "a\x1b[31mred\x07\x9b\u202e!"
    shown = displayable(text)
    assert len(shown) == len(text)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "\u202e" not in shown
    assert shown[2:8] == "[31mre"


def test_right_to_left_marks_stay_and_all_the_loader_would_remove_is_made_visible():
    hebrew = "\u200fהסופה הגיעה לחוף\u200f ב-12 בלילה\u200e \u061c"
    assert displayable(hebrew) == hebrew  # as the loader keeps them
    assert display_line(hebrew) == hebrew
    removed = [chr(c) for c in (*range(0x2100), *range(0xD800, 0xD810), 0xFEFF,
                                *range(0xFFF0, 0x10000), *range(0xE0000, 0xE0080))
               if chr(c) != "\n" and sanitize(chr(c)) != normalize("NFC", chr(c))]
    assert len(removed) > 100
    for char in removed:
        out = displayable(char)
        assert len(out) == 1 and out != char and (out.isprintable() or out == " "), hex(ord(char))


def test_the_pattern_that_finds_unshowable_characters_finds_exactly_those_of_the_table():
    from seedreader.ui.compare_rows import _PICTURES, _UNSHOWABLE

    for code in {c + d for c in _PICTURES for d in (-1, 0, 1) if c + d >= 0}:
        assert bool(_UNSHOWABLE.fullmatch(chr(code))) is (code in _PICTURES), hex(code)


def test_wrap_breaks_at_spaces_and_keeps_offsets():
    text = "one two three four five"
    lines = wrap(text, 9)
    assert [text[a:b] for a, b in lines] == ["one two", "three", "four five"]


def test_wrap_cuts_words_longer_than_a_line_and_honours_newlines():
    text = "abcdefghijkl x\nnext"
    assert [text[a:b] for a, b in wrap(text, 5)] == ["abcde", "fghij", "kl x", "next"]
    assert wrap("a\n\nb", 10) == [(0, 1), (2, 2), (3, 4)]


def test_wrap_measures_wide_characters_in_cells():
    text = "漢字漢字漢字 かなかな"
    lines = wrap(text, 8)
    assert all(cell_len(text[a:b]) <= 8 for a, b in lines)
    assert "".join(text[a:b] for a, b in lines).replace(" ", "") == text.replace(" ", "")


def test_layout_rows_and_lookup():
    units = build_units(moved_comparison())
    layout = lay_out(units, 10)
    for i in range(len(units)):
        top = layout.tops[i]
        assert layout.unit_at(top) == i
        assert layout.unit_at(layout.tops[i + 1] - 1) == i
        rows = max(len(layout.left_lines[i]), len(layout.right_lines[i]))
        assert layout.height(i) == rows + 1  # one blank row between units
    changed = units[3]
    offset = changed.left.text.index("12")
    row = layout.row_of(3, "left", offset)
    a, b = layout.left_lines[3][row - layout.tops[3]]
    assert a <= offset < b
    locator = Locator.of(units)
    assert locator.find("left", 3) == 4 and locator.find("right", 0) == 0


def test_a_long_pair_is_wrapped_where_it_is_prepared_and_a_short_one_where_it_is_shown():
    short = prepare(moved_comparison(), 40)
    assert not short.is_long and short.layout is None
    half = ("word " * LAZY_CHARS)[:LAZY_CHARS // 2]
    for right_text, long in ((half, True), (half[:-1], False)):
        left, right = make_source("l", [half]), make_source("r", [right_text])
        block = Block("same", (0,), (0,), 1.0, (Span("equal", half),))
        prepared = prepare(Comparison(left, right, 1.0, (block,)), 40)
        assert prepared.chars == len(half) + len(right_text)
        assert prepared.is_long is long
        assert (prepared.layout is not None and prepared.layout.width == 40) is long
        assert prepared.with_layout(lay_out(prepared.units, 30)).is_long is long


def test_wrap_never_breaks_at_a_no_break_space():
    """French typography: "Minguettes\u00a0»" keeps "»" on its line; a plain space still breaks."""
    for nbsp in ("\u00a0", "\u202f", "\u2007"):
        text = f"aux Minguettes{nbsp}» puis 15{nbsp}% dit-il"
        for width in range(12, 30):
            lines = [text[a:b] for a, b in wrap(text, width)]
            assert all(not line.startswith(("»", "%")) for line in lines), (width, lines)
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    text = "aux Minguettes » puis"  # the counter-example: an ordinary space is a break
    assert [text[a:b] for a, b in wrap(text, 14)] == ["aux Minguettes", "» puis"]


def test_the_word_pattern_breaks_at_every_other_space():
    import re
    import sys

    from seedreader.ui.compare_rows import _WORD

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        keeps = _WORD.fullmatch(char) is not None
        assert keeps == (not re.match(r"\s", char) or char in "\u00a0\u2007\u202f"), hex(code)


def test_a_paragraph_spaced_with_no_break_spaces_only_wraps_at_them_never_mid_word():
    """Pasted from a web page, every space a U+00A0: a run longer than the column breaks at its
    no-break spaces (the words whole), not by cells ("their homes a / s the river")."""
    sentence = ("The storm reached the coast at dawn and forced thousands of residents to "
                "leave their homes as the river rose above its banks in three towns.")
    words = sentence.split(" ")
    for nbsp in ("\u00a0", "\u202f"):
        text = nbsp.join(words)
        for width in range(9, 60):
            lines = [text[a:b] for a, b in wrap(text, width)]
            assert all(cell_len(line) <= width for line in lines), (width, lines)
            assert [w for line in lines for w in line.split(nbsp)] == words, (width, lines)
            # as full as ordinary spaces make them
            assert lines == [line.replace(" ", nbsp) for line in
                             (" ".join(words)[a:b] for a, b in wrap(" ".join(words), width))]


def test_a_long_no_break_run_among_ordinary_spaces_and_words_wider_than_the_line():
    run = "alpha\u00a0beta\u00a0gamma\u00a0delta"  # 23 characters
    text = f"one two {run} three"
    lines = [text[a:b] for a, b in wrap(text, 12)]
    assert lines == ["one two", "alpha\u00a0beta", "gamma\u00a0delta", "three"]
    # a word wider than the line, with or without no-break spaces around it, is cut by cells
    assert [text[a:b] for text in ["abcdefghijkl\u00a0xy"] for a, b in wrap(text, 5)] == [
        "abcde", "fghij", "kl\u00a0xy"]
    assert [t[a:b] for t in ["\u00a0" * 7] for a, b in wrap(t, 3)] == ["\u00a0" * 3] * 2 + [
        "\u00a0"]
    # and the French rule stands: no break at a no-break space where a space is near
    text = "aux Minguettes\u00a0» puis"
    assert [text[a:b] for a, b in wrap(text, 14)] == ["aux", "Minguettes\u00a0»", "puis"]
