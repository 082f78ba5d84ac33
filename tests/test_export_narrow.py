"""The HTML pair on a phone: one column, no sideways scrolling of the page, facts rows as cards.

Judged by screenshots (chromium --headless --window-size=400,1800); these tests hold the rules
that make it so: a narrow-screen rule that stacks the diff into one column and the facts tables
into cards, every card line naming its column, and no fixed width wider than a phone.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

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
    # Facts tables and the report's sources: cards whose lines are labelled with their column.
    assert re.search(r"\.facts-table thead, \.plain thead \{ display: none", rules)
    assert "content: attr(data-label)" in rules
    # The report's similarity grid scrolls inside its own box.
    assert re.search(r"\.matrix \{ display: block; overflow-x: auto", rules)


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


# --- measured in a browser at 400px ------------------------------------------------------------
_MEASURE = """<script>
addEventListener("load", () => {
  const page = document.documentElement.scrollWidth;
  const boxes = [...document.querySelectorAll("table")]
    .filter(t => !t.classList.contains("matrix") && t.scrollWidth > t.clientWidth + 1)
    .map(t => t.className || t.tagName);
  const labels = [...document.querySelectorAll("table.plain tbody tr:first-child td")]
    .map(td => getComputedStyle(td, "::before").content);
  parent.postMessage(JSON.stringify({page, view: innerWidth, boxes, labels}), "*");
});
</script></body>"""
# Chromium's window is 500px at least: the page is laid out in a frame of the width asked.
_FRAME = """<!DOCTYPE html><html><body><iframe src="page.html" width="{width}" height="1600">
</iframe><script>
addEventListener("message", e => document.body.setAttribute("data-measured", e.data));
</script></body></html>"""


def _measured(tmp_path, markup: str, width: int = 400) -> dict:
    """How wide the page is laid out in chromium at ``width`` px, and which tables (but the
    similarity matrix, a grid) scroll inside their own box."""
    import html
    import json
    import shutil
    import subprocess

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("no chromium to lay the page out")
    # The export forbids scripts (its Content-Security-Policy): lifted for the measuring one.
    markup = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", markup, count=1)
    (tmp_path / "page.html").write_text(markup.replace("</body>", _MEASURE, 1),
                                        encoding="utf-8")
    frame = tmp_path / "frame.html"
    frame.write_text(_FRAME.format(width=width), encoding="utf-8")
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                          f"--user-data-dir={tmp_path / 'profile'}", "--window-size=800,1700",
                          "--virtual-time-budget=10000", "--dump-dom", frame.as_uri()],
                         capture_output=True, text=True, timeout=120, check=False).stdout
    found = re.search(r'data-measured="([^"]*)"', dom)
    assert found, dom[-500:]
    measured = json.loads(html.unescape(found.group(1)))
    assert measured["view"] == width
    return measured


def _wide_corpus(n: int):
    from export_support import make_source

    from seedreader.models import Corpus

    sources = [make_source(f"s{i:02d}", [(f"Officials said {14 + i % 3} people were killed "
                                          "when the dam failed on March 3."),
                                         f"Damage is put at ${40 + i % 5} million."],
                           title=f"Report number {i} on the dam", outlet=f"Outlet {i}")
               for i in range(n)]
    return Corpus(None, tuple(sources))


@pytest.mark.slow
@pytest.mark.parametrize("n", [20, 40])
def test_a_pair_of_a_large_corpus_is_not_wider_than_a_phone(tmp_path, n):
    """Review: with 20 sources the support dots (one per source, never wrapping) ran past the
    card and the page scrolled sideways at 400px."""
    corpus = _wide_corpus(n)
    markup = render_pair(compare(corpus[0], corpus[1]), "html", corpus=corpus)
    assert markup.count("<span class=\"off\">○</span>") > n  # dots of many sources indeed
    measured = _measured(tmp_path, markup)
    assert measured["page"] <= 400, measured
    assert measured["boxes"] == [], measured  # no table hides columns in a scroll box


@pytest.mark.slow
@pytest.mark.parametrize("n", [5, 20])
def test_the_corpus_report_shows_every_source_column_on_a_phone(tmp_path, n):
    """Review: at 400px the report's Sources table hid Published and Link in its scroll box
    with no sign of them; its rows are cards now, each line naming its column."""
    from seedreader.export import render_report

    markup = render_report(_wide_corpus(n), "html")
    measured = _measured(tmp_path, markup)
    assert measured["page"] <= 400, measured
    assert measured["boxes"] == [], measured
    # Each line of a source's card names its column.
    assert measured["labels"] == ['"#"', '"Title and id"', '"Outlet"', '"Published"', '"Link"',
                                  '"Paragraphs"', '"Words"', '"Closest"'], measured
