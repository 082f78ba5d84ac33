"""A paragraph that one side splits in two (or two that it merges): the HTML page marks the
break with a framed ¶ where the other side starts a paragraph, as the Markdown export marks it,
and its legend says what the mark means (QA session 11: it showed as a dotted strike on a space,
"a difference that does not count")."""

from __future__ import annotations

import re

from export_support import make_source

from seedreader import compare
from seedreader.export import render_pair
from seedreader.export.html import SPLIT_MARKS
from seedreader.models import Block, Comparison, Span

WHOLE = ("The bridge, built in 1962, was last inspected in March. Repairs are expected to cost "
         "$4.2 million.")
HALVES = ["The bridge, built in 1962, was last inspected in March.",
          "Repairs are expected to cost $4.2 million."]


def cells(page: str) -> list[tuple[str, str]]:
    """(A's cell, B's cell) of each row of the aligned blocks."""
    body = page[page.index("<tbody>"):page.index("</tbody>")]
    return re.findall(r'<td class="side side-A[^"]*">(.*?)</td>.*?'
                      r'<td class="side side-B[^"]*">(.*?)</td>', body)


def test_a_split_shows_a_marked_pilcrow_on_the_side_that_keeps_the_paragraph_whole():
    page = render_pair(compare(make_source("a", [WHOLE]), make_source("b", HALVES)), "html")
    [(a, b)] = cells(page)
    assert f"in March.{SPLIT_MARKS['A'].format(' ')}Repairs are" in a
    assert 'class="minor"' not in a  # (not "a difference that does not count" on a space)
    assert "split" not in b and b.count("<p ") == 2


def test_a_merge_shows_the_mark_on_the_other_side():
    page = render_pair(compare(make_source("a", HALVES), make_source("b", [WHOLE])), "html")
    [(a, b)] = cells(page)
    assert f"in March.{SPLIT_MARKS['B'].format(' ')}Repairs are" in b
    assert "split" not in a and a.count("<p ") == 2


def test_a_split_inside_a_change_is_marked_where_the_other_side_breaks():
    a = make_source("a", [("The bridge, built in 1962, was last inspected in March, and repairs "
                          "are expected to cost $4.2 million.")])
    page = render_pair(compare(a, make_source("b", HALVES)), "html")
    [(cell_a, _)] = cells(page)
    mark = SPLIT_MARKS["A"].format("")
    assert cell_a.count(mark) == 1
    assert re.sub(r"<[^>]+>", "", cell_a.split(mark)[1]).startswith(" repairs")


def test_the_legend_explains_the_mark_and_pages_without_splits_show_none():
    page = render_pair(compare(make_source("a", [WHOLE]), make_source("b", [WHOLE + " More."])),
                       "html")
    start = page.index('<section class="legend"')
    legend = page[start:page.index("</section>", start)]
    assert SPLIT_MARKS["A"].format("") in legend and SPLIT_MARKS["B"].format("") in legend
    assert "new paragraph" in legend
    assert not any("split" in a + b for a, b in cells(page))


def test_markdown_side_by_side_blocks_mark_a_split_too():
    # A block with little in common shows each side in turn; B splits A's paragraph in a change.
    left = make_source("a", ["Totally different words at the start. Later the mayor left."])
    right = make_source("b", ["Nothing alike here, she said.", "Afterwards the mayor left."])
    block = Block("changed", (0,), (0, 1), 0.3, (
        Span("delete", "Totally different words at the start. Later"),
        Span("insert", "Nothing alike here, she said.\nAfterwards"),
        Span("equal", " the mayor left.")))
    md = render_pair(Comparison(left, right, 0.3, (block,)), "md")
    assert "**A ¶1:** <del>Totally different words at the start. Later</del> <ins>¶</ins> the" in md
    assert md.count("<ins>¶</ins>") == 1 and "<del>¶</del>" not in md
