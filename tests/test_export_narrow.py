"""The HTML pair on a phone: one column, no sideways scrolling of the page, facts rows as cards.

Judged by screenshots (chromium --headless --window-size=400,1800); these tests hold the rules
that make it so: a narrow-screen rule that stacks the diff into one column and the facts tables
into cards, every card line naming its column, and no fixed width wider than a phone.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from seedreader import compare, load_corpus
from seedreader.export import render_pair
from seedreader.export.html_style import CSS

SEEDS = load_corpus()


def _narrow_rules() -> str:
    match = re.search(r"@media screen and \(max-width: (\d+)px\) \{(.*?)\n\}", CSS, re.DOTALL)
    assert match, "no narrow-screen rule"
    assert 480 <= int(match.group(1)) <= 800
    return match.group(2)


def test_narrow_screens_get_one_column_and_cards():
    rules = _narrow_rules()
    # The diff: rows become blocks, the column heads go, each paragraph says its side.
    assert re.search(r"\.diff, \.diff tbody, \.diff tr, \.diff td \{ display: block", rules)
    assert re.search(r"\.diff colgroup, \.diff thead \{ display: none", rules)
    assert 'content: attr(data-side) " ¶" attr(data-n)' in rules
    # Facts tables: cards whose lines are labelled with their column.
    assert re.search(r"\.facts-table thead \{ display: none", rules)
    assert "content: attr(data-label)" in rules
    # Wide tables of the report scroll inside their own box.
    assert re.search(r"\.plain, \.matrix \{ display: block; overflow-x: auto", rules)


def test_nothing_is_wider_than_a_phone():
    # No fixed width in px, and none in rem/em beyond what a 400px screen holds (25rem); the
    # badges and the bar of the middle column fit it or wrap.
    for prop, value, unit in re.findall(r"(?<![-\w])((?:min-)?width):\s*([\d.]+)(px|rem|em)", CSS):
        size = float(value) * (16 if unit != "px" else 1)
        assert size <= 25 * 16, (prop, value, unit)
    assert re.search(r"\.diff td\.meta \.badge \{ white-space: normal", CSS)
    assert re.search(r"\.diff td\.meta \.bar \{ max-width: 100%", CSS)


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables: list[tuple[list[str], list[list[str | None]]]] = []
        self._in: str | None = None
        self._th = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "facts-table" in (a.get("class") or ""):
            self.tables.append(([], []))
            self._in = "table"
        elif self._in and tag == "th":
            self._in, self._th = "th", ""
        elif self._in and tag == "tr":
            self.tables[-1][1].append([])
        elif self._in and tag == "td":
            self.tables[-1][1][-1].append(a.get("data-label"))

    def handle_endtag(self, tag):
        if self._in == "th" and tag == "th":
            self.tables[-1][0].append(self._th)
            self._in = "table"
        elif tag == "table":
            self._in = None

    def handle_data(self, data):
        if self._in == "th":
            self._th += data


def test_every_facts_cell_names_its_column():
    markup = render_pair(compare(SEEDS[2], SEEDS[0]), "html", corpus=SEEDS)
    parser = _Cells()
    parser.feed(markup)
    assert len(parser.tables) >= 3  # the key, figures and dates, quotes
    for heads, rows in parser.tables:
        body = [row for row in rows if row]
        assert body
        assert all(row == heads for row in body), (heads, body[0])
