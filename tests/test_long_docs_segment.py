"""Lines that start with an enumerator ("(a)", "(iv)", "b)", "2.3") are list items whatever
their length, where two lines of a block do: two versions of a clause whose items differ by a
word are segmented alike, not one as a list and the other as a wrapped paragraph."""

from __future__ import annotations

import pytest

from seedreader import compare
from seedreader.segment import segment


def _parts(text):
    s = segment(text)
    return [(seg.kind, s.text[seg.start:seg.end]) for seg in s.segments]


_CLAUSE = ("Risk duties\n\n"
           "3.2 A risk assessment must consider, at a minimum:\n"
           "(a) the number of users of the service who are children;\n"
           "(b) the {word}features of the service that allow strangers to contact users;\n"
           "(c) the recommender systems of the service.\n\n"
           "3.3 A provider must take proportionate measures.\n")


@pytest.mark.parametrize("word", ["", "design ", "very many design "])
def test_lettered_items_keep_their_lines_whatever_their_length(word):
    parts = _parts(_CLAUSE.format(word=word))
    [items] = [text for kind, text in parts if kind == "list"]
    assert items.split("\n")[1:] == [
        "(a) the number of users of the service who are children;",
        f"(b) the {word}features of the service that allow strangers to contact users;",
        "(c) the recommender systems of the service."]


def test_two_versions_of_a_list_pair_item_for_item():
    c = compare(_CLAUSE.format(word=""), _CLAUSE.format(word="design "))
    changed = [b for b in c.blocks if b.kind != "same"]
    assert len(changed) == 1
    [block] = changed
    assert len(block.left) == len(block.right) == 1
    inserted = [s.text for s in block.spans if s.op == "insert"]
    assert "".join(inserted).strip() == "design"


@pytest.mark.parametrize("marks", [("(i)", "(ii)", "(iii)"), ("a)", "b)", "c)"),
                                   ("(1)", "(2)", "(3)"), ("4.1", "4.2", "4.3")])
def test_other_enumerators_are_items_too(marks):
    text = "\n".join(f"{m} The provider must do thing number {k} of the list;"
                     for k, m in enumerate(marks)) + "\n"
    assert [kind for kind, _ in _parts(text)] == ["list"]
    assert _parts(text)[0][1] == text.strip()


def test_a_wrapped_line_that_happens_to_start_with_a_letter_in_brackets_stays_wrapped():
    text = ("The regulator may issue a notice under the Act, which must set out the grounds\n"
            "(a) summary of which is published, and the provider must respond to the notice\n"
            "within the period of time that the notice itself specifies for that response.\n")
    assert _parts(text) == [("paragraph", " ".join(text.split()))]


def test_a_figure_at_the_start_of_wrapped_lines_is_no_enumerator():
    text = ("Officials said the flooding had affected a very large number of people across\n"
            "3.5 million households in the region and a further number in neighbouring ones\n"
            "2.5 million more, according to the figures the agency released on Tuesday.\n")
    assert [kind for kind, _ in _parts(text)] == ["paragraph"]
