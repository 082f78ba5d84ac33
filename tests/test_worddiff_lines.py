"""An inserted or deleted line (a table's new row) that may slide, because the text before or
after it repeats its own start or end, is shown where it starts and ends at a line break: the
row whole, not the end of the row above and most of the new one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader.worddiff import diff_texts

_ROWS = [
    "6      Spending on content moderation        Annually    60 days after year end",
    "7      Number of moderators, by language     Annually    60 days after year end",
    "8      Results of the latest risk assessment Annually    60 days after year end",
]
_NEW = "9      Number of information notices         Annually    60 days after year end"


def _sides(spans):
    left = "".join(s.text for s in spans if s.op in ("equal", "delete"))
    right = "".join(s.text for s in spans if s.op in ("equal", "insert"))
    return left, right


def _changes(spans):
    return [(s.op, s.text) for s in spans if s.op != "equal"]


def test_a_row_added_at_the_end_is_inserted_whole():
    left = "\n".join(_ROWS)
    right = "\n".join([*_ROWS, _NEW])
    spans, _ = diff_texts(left, right)
    assert _sides(spans) == (left, right)
    assert _changes(spans) == [("insert", "\n" + _NEW)]


def test_a_row_added_at_the_end_of_an_edited_table_is_inserted_whole():
    left = "\n".join(_ROWS)
    right = "\n".join([_ROWS[0].replace("60", "90"), *_ROWS[1:], _NEW])
    spans, _ = diff_texts(left, right)
    assert _sides(spans) == (left, right)
    assert _changes(spans) == [("delete", "60"), ("insert", "90"), ("insert", "\n" + _NEW)]


def test_a_row_deleted_from_an_edited_table_is_deleted_whole():
    left = "\n".join([_ROWS[0], _NEW, *_ROWS[1:]])
    right = "\n".join([_ROWS[0], *_ROWS[1:-1], _ROWS[-1].replace("60", "90")])
    spans, _ = diff_texts(left, right)
    assert _sides(spans) == (left, right)
    changes = _changes(spans)
    assert ("delete", _NEW + "\n") in changes or ("delete", "\n" + _NEW) in changes


def test_a_row_added_in_the_middle_is_inserted_whole():
    left = "\n".join([_ROWS[0], _ROWS[2]])
    right = "\n".join([_ROWS[0], _NEW, _ROWS[2]])
    spans, _ = diff_texts(left, right)
    assert _sides(spans) == (left, right)
    [(op, text)] = _changes(spans)
    assert op == "insert" and text.strip("\n") == _NEW


def test_a_row_deleted_is_deleted_whole():
    left = "\n".join([*_ROWS, _NEW])
    right = "\n".join(_ROWS)
    spans, _ = diff_texts(left, right)
    assert _sides(spans) == (left, right)
    assert _changes(spans) == [("delete", "\n" + _NEW)]


def test_changes_within_a_line_stay_where_they_are():
    left = "the cat sat on the mat\nand slept"
    right = "the cat sat on the the mat\nand slept"
    spans, _ = diff_texts(left, right)
    assert _sides(spans) == (left, right)
    [(op, text)] = _changes(spans)
    assert op == "insert" and "\n" not in text


def test_a_replacement_across_lines_is_left_alone():
    left = "Item 1 costs 30 days\nItem 2 costs 30 days"
    right = "Item 1 costs 45 days\nItem 2 costs 30 days"
    spans, _ = diff_texts(left, right)
    assert _changes(spans) == [("delete", "30"), ("insert", "45")]


_LINE = st.sampled_from(["a b c", "60 days after year end", "x", "", "a b", "b c"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=6), st.lists(_LINE, max_size=6))
def test_the_spans_still_give_both_texts(a, b):
    left, right = "\n".join(a), "\n".join(b)
    spans, _ = diff_texts(left, right)
    assert _sides(spans) == (left, right)
