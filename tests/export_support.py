"""Helpers for the export tests: hand-made sources, a hostile article, and readers of the output
(an HTML structure parser, a Markdown token walker) that check what a person would see."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from seedreader.export.common import clean
from seedreader.export.factview import FactSelection
from seedreader.models import Block, Comparison, Segment, Source, Span


def make_source(id: str, paragraphs: list[str], title: str | None = None, **fields) -> Source:
    """A Source whose paragraphs are exactly ``paragraphs`` (blank line between them)."""
    text, segments, pos = "", [], 0
    for n, paragraph in enumerate(paragraphs):
        if n:
            text += "\n\n"
            pos += 2
        segments.append(Segment(pos, pos + len(paragraph)))
        text += paragraph
        pos += len(paragraph)
    return Source(id=id, title=title or id, text=text, segments=tuple(segments), **fields)


HOSTILE = [
    "<script>alert('x')</script> She said the <b>numbers</b> were “clear” & final.",
    "| col | col |\n|---|---|\n| a | b |",
    "**Not bold** and _not em_ and `not code` and ```fence``` and ~~not struck~~ and $5 or $6.",
    "# Not a heading",
    "- not a list\n+ nor this\n1. nor this\n> nor a quote\n---\n===",
    "[click me](javascript:alert(1)) ![img](http://evil.example/x.png) <http://evil.example>",
    "Entities stay text: &amp; &lt;b&gt; &#x3C;script&#x3E; &copy;",
    "Control codes: \x1b[31mred\x1b[0m\x07 bell \x00 nul \u202eevil\u202c \x9b2J done.",
    "    indented four spaces would be code",
    '"><img src=x onerror=alert(1)> <!-- comment --> <![CDATA[x]]>',
]


# The right side's url of hostile_pair() as exports write it: still a link, its quote and angle
# brackets percent-encoded, so it cannot end the attribute or open a tag.
HOSTILE_LINK = "https://example.org/a?b=1&c=%22%3E%3Cscript%3E"


def hostile_pair() -> tuple[Source, Source]:
    """Two hostile articles that differ a little, so that changes are marked in the middle."""
    left = make_source(
        "evil<one>|`x`", HOSTILE, title="# <script>alert(1)</script> | *T* `x`",
        outlet="Outlet <b>|</b>", published="2026-01-12 | *", url="javascript:alert(1)",
    )
    right_paragraphs = list(HOSTILE)
    right_paragraphs[0] = right_paragraphs[0].replace("final", "<i>final</i> | **done**")
    right_paragraphs[3] = "# Not a heading, really | `code`"
    right_paragraphs.append("[only right](javascript:alert(2)) # tail <script>x</script>")
    right = make_source(
        "evil-two", right_paragraphs, title="Right \x1b]0;pwned\x07 title",
        url='https://example.org/a?b=1&c="><script>',
    )
    return left, right


def fake_view(sources: list[Source], *, hostile: bool = False) -> FactSelection:
    """A facts view as tally_facts().to_dict() would give it: support, a conflict, a variant."""
    ids = [s.id for s in sources]
    odd = "<b>|</b> `*x*` # [a](javascript:1) \x1b[2J" if hostile else ""

    def fact(fid, kind, value, about, holders, qualifier=None, speaker=None):
        mentions = [{"source": sid, "text": f"{value}{odd}", "start": 0, "end": 1, "paragraph": 0}
                    for sid in holders]
        return {"id": fid, "kind": kind, "value": value + odd, "qualifier": qualifier,
                "about": about + odd, "speaker": speaker, "sources": list(holders),
                "support": len(holders), "mentions": mentions}

    facts = [
        fact("f1", "percent", "50%", "fall in fentanyl crossings", ids),
        fact("f2", "percent", "40%", "fall in drug deaths", ids[:2], qualifier="more than"),
        fact("f3", "date", "January 23", "security meeting", ids[:1]),
        fact("f4", "date", "January 22–23", "security meeting", ids[1:2]),
        fact("f5", "quote", "coordination without subordination", "", ids[1:], speaker="Sheinbaum"),
        fact("f6", "quote", "coordinate efforts without relinquishing authority", "", ids[:1],
             speaker="Sheinbaum"),
    ]
    return FactSelection(
        sources=tuple({"id": s.id, "title": s.title} for s in sources),
        facts=tuple(facts),
        conflicts=({"about": "security meeting" + odd, "facts": ["f3", "f4"]},),
        variants=({"about": "coordination", "facts": ["f5", "f6"]},),
        all_facts={f["id"]: f for f in facts},
    )


def synthetic_comparison() -> Comparison:
    """A comparison built by hand: changed, moved, one-sided and same blocks, a split."""
    left = make_source("L", ["Alpha beta gamma.", "Only left here.", "Moved text stays.",
                             "Same words."], title="Left title")
    right = make_source("R", ["Alpha delta gamma.", "Same words.", "Moved text stays put.",
                              "Only right here.", "Second half."], title="Right title")
    blocks = (
        Block("changed", (0,), (0,), 0.8, (Span("equal", "Alpha "), Span("delete", "beta"),
                                          Span("insert", "delta"), Span("equal", " gamma."))),
        Block("left_only", (1,), (), 0.0, (Span("delete", "Only left here."),)),
        Block("same", (3,), (1,), 1.0, (Span("equal", "Same words."),)),
        Block("moved", (2,), (2,), 0.9, (Span("equal", "Moved text stays"), Span("insert", " put"),
                                        Span("equal", "."))),
        Block("right_only", (), (3, 4), 0.0, (Span("insert", "Only right here.\nSecond half."),)),
    )
    return Comparison(left, right, 0.6, blocks)


# --- HTML ------------------------------------------------------------------------------------

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "nav", "section",
    "div", "p", "span", "h1", "h2", "h3", "ul", "li", "dl", "dt", "dd", "a", "code", "strong",
    "em", "br", "del", "ins", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "bdi",
    "wbr",  # (round 8: where a link may break; no attributes, no content)
}


@dataclass
class Para:
    side: str
    n: int  # 1-based paragraph number
    runs: list[tuple[str | None, str]] = field(default_factory=list)  # (del/ins/None, text)

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.runs)

    def marked(self, tag: str) -> str:
        return "".join(text for mark, text in self.runs if mark == tag)


@dataclass
class DiffRow:
    kind: str
    paras: list[Para] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # class of each td
    meta: str = ""  # text of the middle cell


class Page(HTMLParser):
    """The structure of an exported page: its tags, diff tables (rows, paragraphs) and text."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.tables: list[list[DiffRow]] = []
        self.texts: list[str] = []
        self.title = ""
        self._para: Para | None = None
        self._mark: str | None = None
        self._in_meta = False
        self._in_title = False
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        self.tags.append((tag, a))
        if tag == "title":
            self._in_title = True
        if tag == "table" and "diff" in classes:
            self.tables.append([])
        elif tag == "tr" and "block" in classes:
            kind = next(c[2:] for c in classes if c.startswith("k-"))
            self.tables[-1].append(DiffRow(kind))
        elif tag == "td" and self.tables and self.tables[-1]:
            self.tables[-1][-1].cells.append(a.get("class", ""))
            self._in_meta = "meta" in classes
        elif tag == "p" and "para" in classes:
            self._para = Para(a["data-side"], int(a["data-n"]))
            self.tables[-1][-1].paras.append(self._para)
        elif tag in ("del", "ins") and self._para is not None:
            self._mark = tag

    def handle_endtag(self, tag):
        if tag == "p":
            self._para = None
        elif tag in ("del", "ins"):
            self._mark = None
        elif tag == "td":
            self._in_meta = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        self.texts.append(data)
        if self._in_title:
            self.title += data
        if self._para is not None:
            self._para.runs.append((self._mark, data))
        elif self._in_meta:
            self.tables[-1][-1].meta += data

    def handle_comment(self, data):
        raise AssertionError(f"comment in export: {data!r}")

    def unknown_decl(self, data):
        raise AssertionError(f"declaration in export: {data!r}")

    @property
    def text(self) -> str:
        return "".join(self.texts)

    def side(self, table: int, side: str) -> list[Para]:
        return [p for row in self.tables[table] for p in row.paras if p.side == side]

    def hrefs(self) -> list[str]:
        return [a[k] for _, a in self.tags for k in ("href", "src", "action", "srcset") if k in a]


def assert_pair_table_complete(page: Page, table: int, comparison: Comparison) -> None:
    """Both texts are in the table whole, in their own columns, and every change is marked."""
    for side, letter, source, mark, other in (
        ("left", "A", comparison.left, "del", "ins"),
        ("right", "B", comparison.right, "ins", "del"),
    ):
        paras = page.side(table, letter)
        numbers = sorted(p.n for p in paras)
        assert numbers == list(range(1, len(source.paragraphs) + 1)), (letter, numbers)
        for p in paras:
            assert p.text == clean(source.paragraphs[p.n - 1]), (letter, p.n)
            assert not p.marked(other), (letter, p.n, p.marked(other))
    rows = page.tables[table]
    assert len(rows) == len(comparison.blocks)
    for row, block in zip(rows, comparison.blocks):
        assert row.kind == block.kind
        for letter, op, mark in (("A", "delete", "del"), ("B", "insert", "ins")):
            expected = clean("".join(s.text for s in block.spans if s.op == op)).replace("\n", "")
            got = "".join(p.marked(mark) for p in row.paras if p.side == letter).replace("\n", "")
            assert got == expected, (block, letter)
            unmarked = "".join(t for p in row.paras if p.side == letter
                               for m, t in p.runs if m is None).replace("\n", "")
            equal = clean("".join(s.text for s in block.spans if s.op == "equal")).replace("\n", "")
            assert unmarked == equal, (block, letter)


def assert_safe_page(page: Page, markup: str, allowed_urls: set[str] = frozenset()) -> None:
    """No script, no tag outside the exports' own, no link or fetch but a source's own url."""
    for tag, attrs in page.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in value.lower(), (tag, name, value)
    for url in page.hrefs():
        assert url.startswith("#") or url in allowed_urls, url
    assert not any(ch in markup for ch in "\x00\x1b\x07\x9b\u202e\r"), "control character"
    assert "Content-Security-Policy" in markup


# --- Markdown --------------------------------------------------------------------------------

GFM = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
OUR_TAGS = {"<del>", "</del>", "<ins>", "</ins>"}


def md_tokens(text: str):
    return GFM.parse(text)


def inline_plain(token) -> str:
    """What an inline token shows as text (tags dropped, breaks as newlines)."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def headings(tokens) -> list[str]:
    return [inline_plain(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"]


def walk(tokens):
    for token in tokens:
        yield token
        yield from token.children or []


def assert_safe_markdown(tokens, allowed_links: set[str] = frozenset(), lists: int = 0) -> None:
    """Nothing an article could have turned into markup: only our own tags, links and blocks
    (``lists``: how many bullet lists the export itself writes)."""
    assert sum(t.type == "bullet_list_open" for t in tokens) == lists
    if tokens and tokens[0].type == "html_block":  # only the export's own mark, first
        assert tokens[0].content == "<!-- seedreader export -->\n", tokens[0].content
        tokens = tokens[1:]
    from seedreader.export.markdown import _AUTOLINKED

    for token in walk(tokens):
        assert token.type not in ("html_block", "code_block", "fence", "image",
                                  "blockquote_open", "ordered_list_open", "hr", "s_open"), (
            token.type, token.content)
        if token.type == "code_inline":  # (only the export's own: what GitHub would link)
            assert _AUTOLINKED.fullmatch(token.content), token.content
        if token.type == "html_inline":
            assert token.content in OUR_TAGS, token.content
        if token.type == "link_open":
            assert token.attrs["href"] in allowed_links, token.attrs
    for token in tokens:
        for text in _inside(token, "em"):
            assert text in ("vs", "not stated"), text  # the exports' own emphasis only


def _inside(token, name: str) -> list[str]:
    """Texts of the ``name`` (em, strong) spans of an inline token."""
    found, depth, current = [], 0, []
    for child in token.children or []:
        if child.type == f"{name}_open":
            depth += 1
        elif child.type == f"{name}_close":
            depth -= 1
            if depth == 0:
                found.append("".join(current))
                current = []
        elif depth and child.type == "text":
            current.append(child.content)
    return found


def strong_texts(tokens) -> list[str]:
    return [text for token in tokens for text in _inside(token, "strong")]
