"""The Markdown export, read back with a CommonMark + GFM-tables parser: what a reader would see."""

from __future__ import annotations

import re

from export_support import (
    HOSTILE,
    HOSTILE_LINK,
    assert_safe_markdown,
    fake_view,
    headings,
    hostile_pair,
    inline_plain,
    make_source,
    md_tokens,
    strong_texts,
    synthetic_comparison,
    walk,
)

from seedreader import compare, load_corpus
from seedreader.export.common import clean, reworded
from seedreader.export.markdown import block_lines, md, md_line, render_pair_md
from seedreader.models import Block, Comparison, Span

SEEDS = load_corpus()
OUR_HEADINGS = re.compile(
    r"^(\d+ · .*|The two texts, aligned|Facts in these two sources|Sources counted|"
    r"Figures and dates|Quotes|"
    r"Conflicts|Possible variants of one remark)$"
)


def paragraphs(tokens) -> list[str]:
    return [inline_plain(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "paragraph_open"]


def marked(tokens, tag: str) -> str:
    """The text inside <tag>…</tag> across the document, in order."""
    out, inside = [], False
    for token in walk(tokens):
        if token.type == "html_inline":
            if token.content.startswith(f"<{tag}"):
                inside = True
            elif token.content == f"</{tag}>":
                inside = False
        elif inside and token.type == "text":
            out.append(token.content)
    return "".join(out)


def test_a_hostile_pair_cannot_become_markup():
    left, right = hostile_pair()
    comparison = compare(left, right)
    text = render_pair_md(comparison, fake_view([left, right], hostile=True))
    tokens = md_tokens(text)
    assert_safe_markdown(tokens, {HOSTILE_LINK}, lists=2)  # conflicts and variants
    found = headings(tokens)
    assert found[0] == f"{left.title} vs {clean(right.title)}"
    assert all(OUR_HEADINGS.match(h) for h in found[1:]), found
    # Tables: the sources table, the key to the dots and the facts tables, nothing out of an
    # article.
    assert sum(t.type == "table_open" for t in tokens) == 4
    assert "Not bold" not in strong_texts(tokens)
    assert not any(ch in text for ch in "\x00\x1b\x07\x9b\u202e\r")
    # A fact's hostile wording stays whole in its table cell.
    cells = [inline_plain(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "td_open"]
    assert "fall in fentanyl crossings<b>|</b> `*x*` # [a](javascript:1) [2J" in cells


def test_hostile_one_sided_paragraphs_read_back_as_their_text():
    left = make_source("l", ["Shared opening line."] + HOSTILE)
    right = make_source("r", ["Shared opening line."])
    blocks = (Block("same", (0,), (0,), 1.0, (Span("equal", "Shared opening line."),)),) + tuple(
        Block("left_only", (i + 1,), (), 0.0, (Span("delete", p),)) for i, p in enumerate(HOSTILE))
    comparison = Comparison(left, right, 0.1, blocks)
    tokens = md_tokens(render_pair_md(comparison, None))
    assert_safe_markdown(tokens)
    shown = paragraphs(tokens)
    for paragraph in HOSTILE:
        # A paragraph reads back as its words, in its lines (runs of spaces aside).
        expected = "\n".join(" ".join(clean(line).split()) for line in paragraph.split("\n"))
        assert expected in shown, paragraph


def test_every_change_is_marked_and_the_words_kept():
    comparison = compare(SEEDS[4], SEEDS[2])  # two close rewrites: many marked changes
    text = render_pair_md(comparison, None)
    text = text[text.index("## The two texts, aligned"):]  # the legend has its own marks
    tokens = md_tokens(text)
    assert_safe_markdown(tokens)

    def squash(s: str) -> str:
        return re.sub(r"\s|¶", "", s)

    # One-sided and reworded blocks say so in their heading instead of marking every word;
    shown = [b for b in comparison.blocks
             if b.kind not in ("left_only", "right_only") and not reworded(b)]
    # Differences that do not count are left unmarked.
    deleted = "".join(s.text for b in shown for s in b.spans if s.op == "delete" and not s.minor)
    inserted = "".join(s.text for b in shown for s in b.spans if s.op == "insert" and not s.minor)
    assert deleted and inserted
    assert squash(marked(tokens, "del")) == squash(deleted)
    assert squash(marked(tokens, "ins")) == squash(inserted)


def test_marks_hug_words_so_that_github_renders_them():
    block = Block("changed", (0,), (0,), 0.8, (
        Span("equal", "Mexico"), Span("delete", "’s "), Span("insert", " **bold** "),
        Span("equal", "call")))
    lines = block_lines(Comparison(make_source("l", ["Mexico’s call"]),
                                   make_source("r", ["Mexico **bold** call"]), 0.8, (block,)),
                        block)
    assert lines == ["Mexico<del>’s</del> <ins>\\*\\*bold\\*\\*</ins> call"]


def test_a_paragraph_break_on_one_side_only_is_a_marked_pilcrow():
    left = make_source("l", ["One two.", "Three four."])
    right = make_source("r", ["One two. Three four."])
    block = Block("changed", (0, 1), (0,), 0.95, (
        Span("equal", "One two."), Span("delete", "\n"), Span("insert", " "),
        Span("equal", "Three four.")))
    comparison = Comparison(left, right, 0.95, (block,))
    assert block_lines(comparison, block) == ["One two. <del>¶</del> Three four."]


def test_blocks_with_little_in_common_show_each_side():
    comparison = compare(make_source("l", ["The cat sat on the mat today."]),
                         make_source("r", ["A dog barked at night, loudly and long."]))
    block = comparison.blocks[0]
    if not (block.left and block.right):
        block = Block("changed", (0,), (0,), 0.2, (
            Span("delete", "The cat sat on the mat today."),
            Span("insert", "A dog barked at night, loudly and long.")))
        comparison = Comparison(comparison.left, comparison.right, 0.2, (block,))
    lines = block_lines(comparison, block)
    assert lines[0].startswith("**A ¶1:** ") and lines[-1].startswith("**B ¶1:** ")


def test_structure_headings_legend_and_facts_table():
    comparison = synthetic_comparison()
    view = fake_view([comparison.left, comparison.right])
    text = render_pair_md(comparison, view)
    tokens = md_tokens(text)
    assert_safe_markdown(tokens, lists=2)
    found = headings(tokens)
    assert "1 · changed · 80% alike · A ¶1 ↔ B ¶1" in found
    assert "2 · only in A · ¶2" in found
    assert "4 · moved · 90% alike · A ¶3 ↔ B ¶3" in found
    assert "5 · only in B · ¶4–5" in found
    assert "| Fact | Kind | About | Support | A says | B says |" in text
    assert "| **50%** | percent | fall in fentanyl crossings | ●● 2/2 | 50% | 50% |" in text
    assert "**January 23** ⚠ conflict 1 | date | see conflict 1 |" in text
    assert "- **1** · security meeting: **January 23** (A) *vs* **January 22–23** (B)" in text
    assert "<del>struck through</del>" in text


def test_escaping_keeps_plain_prose_readable():
    assert md("U.S. co-ordination, 50% (about), Mexico’s “deal”!") == (
        "U.S. co-ordination, 50% (about), Mexico’s “deal”!")
    assert md("a | b * c _ d ` e [f] <g> ~h~ $5 &amp;") == (
        "a \\| b \\* c \\_ d \\` e \\[f\\] \\<g\\> \\~h\\~ \\$5 \\&amp;")
    assert md_line("# x") == "\\# x" and md_line("12. x") == "12\\. x"
    assert md_line("- x") == "\\- x" and md_line("   + x") == "\\+ x"
    assert md("AT&T") == "AT&T"


def test_a_block_reworded_throughout_shows_both_sides_unmarked():
    left, right = make_source("l", ["The cat sat on the mat."]), make_source("r", ["A dog slept."])
    block = Block("changed", (0,), (0,), 0.3, (Span("delete", "The cat sat on the mat."),
                                              Span("insert", "A dog slept.")))
    text = render_pair_md(Comparison(left, right, 0.3, (block,)), None)
    assert "### 1 · changed · 30% alike · reworded throughout · A ¶1 ↔ B ¶1" in text
    assert "**A ¶1:** The cat sat on the mat.\n\n**B ¶1:** A dog slept." in text


def test_minor_differences_show_as_a_has_them_unmarked():
    left, right = make_source("l", ["He said ‘yes’ to U.S. aid."]), make_source(
        "r", ["He said 'yes' to US help."])
    block = Block("changed", (0,), (0,), 0.9, (
        Span("equal", "He said "), Span("delete", "‘", minor=True), Span("insert", "'", minor=True),
        Span("equal", "yes"), Span("delete", "’", minor=True), Span("insert", "'", minor=True),
        Span("equal", " to "), Span("delete", "U.S.", minor=True),
        Span("insert", "US", minor=True), Span("equal", " "), Span("delete", "aid"),
        Span("insert", "help"), Span("equal", ".")))
    comparison = Comparison(left, right, 0.9, (block,))
    assert block_lines(comparison, block) == [
        "He said ‘yes’ to U.S. <del>aid </del><ins>help</ins>."]


def test_index_notes_are_a_row_of_the_sources_table_when_there_are_any():
    left = make_source("l", ["Some text."], title="Left", notes="paywalled | *translated*")
    right = make_source("r", ["Other text."], title="Right")
    text = render_pair_md(compare(left, right), None)
    row = next(line for line in text.splitlines() if line.startswith("| Notes |"))
    assert r"paywalled \| \*translated\*" in row
    plain = render_pair_md(compare(right, right), None)
    assert "| Notes |" not in plain
