"""What a pair export says about the order of its paragraphs is true of that pair.

The blocks follow A's order; B's paragraphs stand next to their counterparts, so where B orders
them differently its numbers jump (QA: the HTML said "read down a column for one source" above a
B column reading ¶1, ¶2, ¶4, ¶3, ¶5).
"""

from __future__ import annotations

from export_support import Page, make_source

from seedreader import compare, load_corpus
from seedreader.export import render_pair
from seedreader.export.common import in_order, order_note

SEEDS = load_corpus()
REORDERED = (SEEDS[2], SEEDS[0])  # `diff 3 1`: B's paragraphs out of their order
SAME_ORDER = (SEEDS[4], SEEDS[2])  # both in their own order


def _numbers(page: Page, side: str) -> list[int]:
    return [p.n for p in page.side(0, side)]


def test_html_says_b_jumps_when_it_does():
    comparison = compare(*REORDERED)
    markup = render_pair(comparison, "html")
    page = Page(markup)
    a, b = _numbers(page, "A"), _numbers(page, "B")
    assert a == sorted(a) and b != sorted(b)  # what the page shows
    assert sorted(b) == list(range(1, len(comparison.right.paragraphs) + 1))  # all of B
    assert "read down a column" not in markup
    assert "A's paragraphs run in their own order" in markup
    assert "so B's numbers jump where B orders its paragraphs differently" in markup


def test_html_and_markdown_say_both_in_order_when_they_are():
    comparison = compare(*SAME_ORDER)
    page = Page(render_pair(comparison, "html"))
    a, b = _numbers(page, "A"), _numbers(page, "B")
    assert a == sorted(a) and b == sorted(b)
    for fmt in ("html", "md"):
        text = render_pair(comparison, fmt)
        assert "Both run in their own order." in text
        assert "numbers jump" not in text


def test_markdown_says_the_same_as_html():
    comparison = compare(*REORDERED)
    text = render_pair(comparison, "md")
    assert order_note(comparison) in text
    assert "so B's numbers jump" in text


def test_the_note_follows_either_side():
    # Built by hand: blocks in B's order, A's jumping; and neither in order.
    from seedreader.models import Block, Comparison, Span

    left = make_source("l", ["One.", "Two."])
    right = make_source("r", ["Two.", "One."])
    b_first = Comparison(left, right, 1.0, (
        Block("same", (1,), (0,), 1.0, (Span("equal", "Two."),)),
        Block("moved", (0,), (1,), 1.0, (Span("equal", "One."),))))
    assert (in_order(b_first, "left"), in_order(b_first, "right")) == (False, True)
    assert "B's paragraphs run in their own order" in order_note(b_first)
    assert "so A's numbers jump" in order_note(b_first)
    three = make_source("t", ["One.", "Two.", "Three."])
    neither = Comparison(three, three, 1.0, (
        Block("same", (2,), (1,), 1.0, (Span("equal", "x"),)),
        Block("moved", (0,), (0,), 1.0, (Span("equal", "x"),)),
        Block("moved", (1,), (2,), 1.0, (Span("equal", "x"),))))
    assert (in_order(neither, "left"), in_order(neither, "right")) == (False, False)
    assert "Neither text is in its own order" in order_note(neither)
