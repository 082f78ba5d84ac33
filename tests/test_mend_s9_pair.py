"""What the reviewer found in s9-pair's enumerator rules (leading "4.2", "(a)", "3.", "Part 6 —"
taken as labels): no difference may be hidden as a renumbering, wrapped prose whose lines start
with a figure stays prose, an exact copy pairs before a label-free likeness, one enumerator
grammar, and whole-line slides that keep the rebuild invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader import compare
from seedreader.worddiff import diff_texts, has_change


def _pair(left, right):
    return "\n\n".join(left) + "\n", "\n\n".join(right) + "\n"


# --- 1. a changed label is a change -----------------------------------------------------------------
_LABEL_CHANGES = [
    ("1.200 Menschen wurden nach Angaben der Polizei evakuiert.",
     "1.500 Menschen wurden nach Angaben der Polizei evakuiert."),
    ("14.05 Police confirmed two people were arrested at the scene.",
     "14.50 Police confirmed two people were arrested at the scene."),
    ("Article 4 — the clause that lets a member ask for consultations — has been invoked.",
     "Article 5 — the clause that lets a member ask for consultations — has been invoked."),
    ("Title 42 Expulsions were used at the border for three years.",
     "Title 8 Expulsions were used at the border for three years."),
    ("12. Juni: Die Regierung legte den Entwurf vor.",
     "14. Juni: Die Regierung legte den Entwurf vor."),
    ("3. Three people died in the fire, the police said.",
     "5. Three people died in the fire, the police said."),
    ("(a) the number of users who are children;\n(b) the features of the service;",
     "(b) the number of users who are children;\n(c) the features of the service;"),
]


@pytest.mark.parametrize(("left", "right"), _LABEL_CHANGES)
def test_a_changed_leading_figure_or_label_is_a_change(left, right):
    intro = "Die Feuerwehr war am Dienstag im Einsatz."
    a, b = _pair([intro, left], [intro, right])
    for spans in (True, False):
        c = compare(a, b, spans=spans)
        kinds = [blk.kind for blk in c.blocks]
        assert kinds == ["same", "changed"], kinds
    spans, _ = diff_texts(left, right)
    assert has_change(spans)
    assert not any(s.minor for s in spans if s.op != "equal")


# --- 3. an exact copy pairs first; a time or a figure is no label ---------------------------------
def _blocks(a, b):
    c = compare(a, b)
    return [(blk.kind, blk.left, blk.right) for blk in c.blocks]


def test_an_exact_copy_wins_over_a_paragraph_alike_only_without_its_time():
    a, b = _pair(["Storm live: roads closed across the county",
                  "09.15 The Met Office issued an amber warning for wind.",
                  "10.30 Police said the A38 remains closed.",
                  "11.30 Police said the A38 remains closed.",
                  "12.00 Trains resumed between Exeter and Plymouth."],
                 ["Storm live: roads closed across the county",
                  "09.15 The Met Office issued an amber warning for wind.",
                  "11.30 Police said the A38 remains closed.",
                  "12.00 Trains resumed between Exeter and Plymouth."])
    assert _blocks(a, b) == [("same", (0,), (0,)), ("same", (1,), (1,)), ("left_only", (2,), ()),
                             ("same", (3,), (2,)), ("same", (4,), (3,))]


def test_an_exact_copy_of_a_numbered_clause_wins_over_a_renumbered_one():
    # clauses in sequence: labels left out, but the identical one anchors first
    a, b = _pair(["4.1 A provider must keep records of each assessment for six years.",
                  "4.2 A provider must keep records of each assessment for six years.",
                  "4.3 The regulator may ask for the records at any time."],
                 ["4.2 A provider must keep records of each assessment for six years.",
                  "4.3 The regulator may ask for the records at any time."])
    assert _blocks(a, b) == [("left_only", (0,), ()), ("same", (1,), (0,)),
                             ("same", (2,), (1,))]


def test_labels_strip_only_where_they_read_as_a_sequence():
    from seedreader.labels import labels_in_sequence
    doc = ["## Part 1 — Scope", "1.1 This Act may be cited.", "1.2 It extends to Wales.",
           "## Part 3 — Appeals", "3.1 A provider may appeal.", "(a) the first;\n(b) the second;",
           "(I) one", "(II) two", "10.30 Police said the road is closed.",
           "11.30 Police said the road is open.", "1.200 Menschen wurden evakuiert.",
           "3.000 Menschen blieben ohne Strom.", "Article 4 — the clause was invoked.",
           "14.05 Police confirmed two arrests."]
    assert labels_in_sequence(doc) == [
        "Scope", "This Act may be cited.", "It extends to Wales.", "Appeals",
        "A provider may appeal.", "the first;\nthe second;", "one", "two", *doc[8:]]


# --- 2. wrapped prose whose lines start with a figure stays prose ---------------------------------
def _kinds(text):
    from seedreader.segment import segment
    s = segment(text)
    return [(seg.kind, s.text[seg.start:seg.end]) for seg in s.segments]


_WRAPPED = [
    ("Die Feuerwehr meldete am Abend, dass insgesamt rund\n"
     "1.200 Menschen evakuiert worden seien. Weitere rund\n"
     "3.000 Menschen blieben am Dienstag ohne Strom, sagte ein\n"
     "Sprecher der Stadt.\n"),
    ("The first flight was due to leave on Tuesday at around\n"
     "10.30 GMT and the second one at about\n"
     "11.30 GMT, the airline said in a statement.\n"),
    ("Die Sitzung beginnt am Montag um\n"
     "10.30 Uhr, die zweite am Dienstag um\n"
     "14.00 Uhr im Rathaus der Stadt.\n"),
    ("Scientists warned that warming could pass\n"
     "1.5 C within a decade, while prices rose by\n"
     "2.4 % over the year, the report said.\n"),
]


@pytest.mark.parametrize("text", _WRAPPED)
def test_wrapped_prose_whose_lines_start_with_a_figure_stays_one_paragraph(text):
    assert _kinds(text) == [("paragraph", " ".join(text.split()))]


@pytest.mark.parametrize("text", _WRAPPED)
def test_a_wire_copy_and_its_web_copy_are_the_same(text):
    c = compare(text, " ".join(text.split()) + "\n")
    assert [blk.kind for blk in c.blocks] == ["same"]


@pytest.mark.parametrize("marks", [("(I)", "(II)", "(III)"), ("(A)", "(B)", "(C)"),
                                   ("(a)", "(c)", "(d)"), ("2.3", "2.4", "3.1"),
                                   ("i)", "ii)", "iii)")])
def test_labels_in_sequence_are_list_items_whatever_their_case(marks):
    text = "\n".join(f"{m} The provider must do thing number {k} of the list;"
                     for k, m in enumerate(marks)) + "\n"
    assert _kinds(text) == [("list", text.strip())]


@pytest.mark.parametrize("text", [
    "(I) The provider must do one thing\n(II) and another",
    "(a) the first;\n(b) the second;",
])
def test_the_segmenter_lists_what_pairing_strips(text):
    # one grammar: lines the segmenter takes for items are those pairing leaves labels out of
    from seedreader.labels import labels_in_sequence
    assert [k for k, _ in _kinds(text)] == ["list"]
    assert labels_in_sequence([text])[0] != text


# --- 5. whole-line slides keep the rebuild invariants --------------------------------------------
def _rebuilt(parts):
    left = "".join(t for op, t, _ in parts if op in ("equal", "delete"))
    right = "".join(t for op, t, _ in parts if op in ("equal", "insert"))
    return left, right


def test_a_slide_does_not_take_the_equal_text_a_later_change_stands_on():
    from seedreader.worddiff import _lines_whole
    parts = [("equal", "A", False), ("insert", " x\nfoo", False), ("equal", " x", False),
             ("delete", " q\nr", False), ("equal", " tail", False)]
    out = _lines_whole(parts)
    assert _rebuilt(out) == _rebuilt(parts)
    assert [op for op, _, _ in out].count("insert") == 1


def test_the_edge_of_another_change_is_no_line_break():
    from seedreader.worddiff import _lines_whole
    # "c abz" became "c ab\nab": the inserted "ab\n" ends at a line break already; where the
    # deletion of "z" starts is none, so it does not slide there
    parts = [("equal", "c ", False), ("insert", "ab\n", False), ("equal", "ab", False),
             ("delete", "z", False)]
    assert _lines_whole(parts) == parts


_PIECE = st.text(alphabet="x \n", min_size=1, max_size=6)


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(["insert", "delete"]), _PIECE, st.booleans(),
                          _PIECE), min_size=1, max_size=5), _PIECE, st.booleans())
def test_lines_whole_keeps_both_sides_of_any_parts(changes, head, with_head):
    from seedreader.worddiff import _lines_whole
    parts = [("equal", head, False)] if with_head else []
    for op, text, minor, equal in changes:
        parts += [(op, text, minor), ("equal", equal, False)]
    out = _lines_whole(parts)
    assert _rebuilt(out) == _rebuilt(parts)
    assert all(t for _, t, _ in out)
