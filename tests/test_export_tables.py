"""Tables (preformatted blocks) in the pair exports: their columns line up and only real changes
are marked. HTML: a monospace paragraph, each line its own, spacing kept, a change of padding
unmarked. Markdown: an HTML <pre> block (GitHub renders <del>/<ins> inside it) whose spacing is
kept, as CommonMark reads it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from export_support import GFM, OUR_TAGS, md_tokens
from ui_support import write_corpus

from seedreader import compare, load_corpus
from seedreader.export import render_pair
from seedreader.export.html_style import CSS
from seedreader.models import Segment, Source

HEAD = "| Item | What must be reported | Frequency | Deadline |\n|---|---|---|---|\n"
ROWS_A = [
    ("1", "Number of reports received", "Every six months", "30 days after period end"),
    ("2", "Median time to act on a report", "Every six months", "30 days after period end"),
    ("3", "Number of items removed", "Every six months", "30 days after period end"),
    ("4", "Number of appeals", "Annually", "60 days after year end"),
]
# B: one frequency changed, one deadline changed; "Every three months" is wider than any
# frequency of A, so the Frequency column is padded wider on every row of B.
ROWS_B = [
    ("1", "Number of reports received", "Every three months", "30 days after period end"),
    ("2", "Median time to act on a report", "Every six months", "30 days after period end"),
    ("3", "Number of items removed", "Every six months", "45 days after period end"),
    ("4", "Number of appeals", "Annually", "60 days after year end"),
]
INTRO = "A provider must publish a transparency report at least once every six months."
INTRO_B = "A provider must publish a transparency report at least once every three months."


def table(rows) -> str:
    return HEAD + "".join(f"| {' | '.join(row)} |\n" for row in rows)


def pair(tmp_path, rows_a=ROWS_A, rows_b=ROWS_B):
    corpus = load_corpus(write_corpus(tmp_path / "c", {
        "a.md": f"# Bill\n\n{INTRO}\n\n{table(rows_a)}\nThe regulator may ask for more.\n",
        "b.md": f"# Bill\n\n{INTRO_B}\n\n{table(rows_b)}\nThe regulator may ask for more.\n",
    }))
    return compare(corpus["a"], corpus["b"])


def table_text(source) -> str:
    (text,) = [source.paragraphs[i] for i, s in enumerate(source.segments)
               if s.kind == "preformatted"]
    return text


class Paragraphs(HTMLParser):
    """The .para paragraphs of a page: their classes, text, the text of each line (.ln) and of
    each del/ins inside them ("minor": those marked as differences that do not count)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[dict] = []
        self._open: list[str] = []  # the tags open inside the current paragraph
        self._mark = ""  # the key of the del/ins open, if one is

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if not self._open:
            if tag == "p" and "para" in classes:
                self.paras.append({"class": classes, "text": "", "lines": [], "del": [],
                                   "ins": [], "minor": []})
                self._open.append(tag)
            return
        self._open.append(tag)
        para = self.paras[-1]
        if tag == "span" and "ln" in classes:
            para["lines"].append("")
        elif tag in ("del", "ins"):
            self._mark = "minor" if "minor" in classes else tag
            para[self._mark].append("")

    def handle_endtag(self, tag):
        if self._open and self._open.pop() in ("del", "ins"):
            self._mark = ""

    def handle_data(self, data):
        if not self._open:
            return
        para = self.paras[-1]
        para["text"] += data
        if para["lines"]:
            para["lines"][-1] += data
        if self._mark:
            para[self._mark][-1] += data


def paras(page: str) -> list[dict]:
    parser = Paragraphs()
    parser.feed(page)
    return parser.paras


def test_html_sets_a_table_in_monospace_with_its_columns_and_only_real_changes_marked(tmp_path):
    c = pair(tmp_path)
    page = render_pair(c, "html")
    found = paras(page)
    tables = [p for p in found if "pre" in p["class"]]
    assert len(tables) == 2  # A's table and B's
    a, b = tables
    # Each side's own lines, spacing and all: the columns line up.
    assert a["lines"] == table_text(c.left).split("\n")
    assert b["lines"] == table_text(c.right).split("\n")
    for lines in (a["lines"], b["lines"]):  # each side's Frequency column at one offset
        column = lines[0].index("Frequency")
        assert all(line[column - 3:column + 1].startswith("   ") and line[column] != " "
                   for line in lines)
    # Only the real changes are marked: no padding, no spacing-only "minor" marks.
    assert a["del"] == ["six", "30"] and b["ins"] == ["three", "45"]
    assert a["minor"] == [] and b["minor"] == []
    # The stylesheet sets them in monospace, spacing kept, each line its own block.
    rule = re.search(r"\.para\.pre \{([^}]*)\}", CSS).group(1)
    assert "monospace" in rule and "pre-wrap" in rule
    assert re.search(r"\.para\.pre \.ln \{[^}]*display: block", CSS)


def test_html_prose_paragraphs_are_as_before(tmp_path):
    """The counter-example: a prose paragraph is no preformatted one (proportional font, its
    changes marked as before)."""
    c = pair(tmp_path)
    found = paras(render_pair(c, "html"))
    intro = [p for p in found if p["text"].startswith("¶") or "transparency" in p["text"]]
    assert intro and all("pre" not in p["class"] and not p["lines"] for p in intro)
    assert any(p["del"] == ["six"] for p in intro) and any(p["ins"] == ["three"] for p in intro)


def pre_blocks(tokens) -> list[str]:
    return [t.content for t in tokens if t.type == "html_block" and t.content.startswith("<pre>")]


def test_markdown_keeps_a_tables_columns_in_a_pre_block_with_its_changes_marked(tmp_path):
    c = pair(tmp_path)
    text = render_pair(c, "md")
    tokens = md_tokens(text)
    (block,) = pre_blocks(tokens)
    html = GFM.render(text)
    assert block in html  # an HTML block: passed through as it is
    inside = block.removeprefix("<pre>\n").removesuffix("</pre>\n")
    assert set(re.findall(r"</?\w+>", inside)) <= OUR_TAGS
    lines = inside.rstrip("\n").split("\n")
    plain = [re.sub(r"</?(del|ins)>", "", line) for line in lines]
    a_lines = table_text(c.left).split("\n")
    # As A has it, spacing and all, with B's changes after A's: A's columns line up on every
    # row without a change, and the row without one reads exactly as A's.
    assert plain[0] == a_lines[0] and plain[4] == a_lines[4]
    assert "Every <del>six</del><ins>three</ins> months" in lines[1]
    assert "<del>30</del><ins>45</ins> days after period end" in lines[3]
    assert lines[2] == a_lines[2]  # a row whose padding alone differs: unmarked
    assert "  " in lines[0]  # the columns' spacing kept (a paragraph collapsed it)
    assert [t.content for t in tokens if t.type == "html_block"] == [
        "<!-- seedreader export -->\n", block]


def preformatted_source(id: str, paragraphs: list[tuple[str, str]]) -> Source:
    """A Source of (kind, text) paragraphs, a blank line between them."""
    text, segments = "", []
    for kind, paragraph in paragraphs:
        if text:
            text += "\n\n"
        segments.append(Segment(len(text), len(text) + len(paragraph), kind))
        text += paragraph
    return Source(id=id, title=id, text=text, segments=tuple(segments))


def test_markdown_table_text_is_escaped_as_html_and_cannot_end_the_block():
    """A .txt article's preformatted lines hold what they hold: in an HTML block they are
    escaped as HTML, and nothing in them is Markdown."""
    rows = ["No.  Said                                     When",
            "1    </pre><script>alert(1)</script> & more   Monday",
            "2    **not bold** [no](link) <!-- x -->       Tuesday"]
    b_rows = [rows[0], rows[1].replace("Monday", "Friday"), rows[2]]
    left = preformatted_source("a", [("paragraph", "The notes."),
                                     ("preformatted", "\n".join(rows))])
    right = preformatted_source("b", [("paragraph", "The notes."),
                                      ("preformatted", "\n".join(b_rows))])
    text = render_pair(compare(left, right), "md")
    tokens = md_tokens(text)
    (block,) = pre_blocks(tokens)
    assert "&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in block
    assert "**not bold** [no](link) &lt;!-- x --&gt;" in block  # nothing is Markdown in it
    assert "<del>Monday</del><ins>Friday</ins>" in block
    html = GFM.render(text)
    assert "<script>" not in html and "<!-- x" not in html
    assert html.count("<pre>") == html.count("</pre>") == 1
    inside = block.removeprefix("<pre>\n").removesuffix("</pre>\n")
    assert set(re.findall(r"</?\w+>", inside)) <= OUR_TAGS


def test_markdown_prose_and_mixed_blocks_are_as_before(tmp_path):
    """The counter-example: prose stays Markdown paragraphs, no <pre>."""
    c = pair(tmp_path)
    text = render_pair(c, "md")
    assert "A provider must publish a transparency report at least once every <del>six" in text
    paragraphs = [t.content for t in md_tokens(text) if t.type == "inline"]
    assert "The regulator may ask for more." in paragraphs  # a Markdown paragraph still
