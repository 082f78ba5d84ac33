"""The HTML export as a reader receives it: complete texts, marked changes, nothing that runs."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from export_support import (
    HOSTILE_LINK,
    Page,
    assert_pair_table_complete,
    assert_safe_page,
    fake_view,
    hostile_pair,
    make_source,
    synthetic_comparison,
)

from seedreader import compare, load_corpus
from seedreader.export import render_pair
from seedreader.export.common import clean
from seedreader.export.html import render_pair_html
from seedreader.models import Block, Comparison, Span

SEEDS = load_corpus()


@pytest.mark.parametrize("i,j", list(itertools.permutations(range(len(SEEDS)), 2)))
def test_every_seed_pair_holds_both_texts_and_marks_every_change(i, j):
    comparison = compare(SEEDS[i], SEEDS[j])
    markup = render_pair_html(comparison, None)
    page = Page(markup)
    assert len(page.tables) == 1
    assert_pair_table_complete(page, 0, comparison)
    assert_safe_page(page, markup)


def test_public_render_pair_is_deterministic_and_keeps_paths_out():
    comparison = compare(SEEDS[2], SEEDS[0])
    first = render_pair(comparison, "html", corpus=SEEDS)
    assert first == render_pair(compare(SEEDS[2], SEEDS[0]), "html", corpus=SEEDS)
    assert str(SEEDS.path) not in first
    page = Page(first)
    assert_pair_table_complete(page, 0, comparison)
    assert_safe_page(page, first)


def test_blocks_are_labelled_moved_one_sided_and_with_their_similarity():
    comparison = synthetic_comparison()
    page = Page(render_pair_html(comparison, None))
    rows = page.tables[0]
    assert [r.kind for r in rows] == ["changed", "left_only", "same", "moved", "right_only"]
    assert "80% alike" in rows[0].meta and "A ¶1 ↔ B ¶1" in rows[0].meta
    assert "only in A" in rows[1].meta and rows[1].cells[2].split()[-1] == "absent"
    assert "moved" in rows[3].meta and "90% alike" in rows[3].meta
    assert "only in B" in rows[4].meta and "B ¶" not in rows[4].meta and "¶4–5" in rows[4].meta
    assert "absent" in rows[4].cells[0]
    markup = render_pair_html(comparison, None)  # an empty cell says which side lacks the text
    assert markup.count('absent">not in B</td>') == 1 and markup.count('absent">not in A</td>') == 1
    # The split right-only block still shows two paragraphs, numbered as in the source.
    assert [(p.side, p.n, p.text) for p in rows[4].paras] == [
        ("B", 4, "Only right here."), ("B", 5, "Second half.")]
    assert rows[0].paras[0].marked("del") == "beta" and rows[0].paras[1].marked("ins") == "delta"
    assert_pair_table_complete(page, 0, comparison)


def test_a_change_across_a_paragraph_boundary_is_cut_at_the_boundary():
    left = make_source("l", ["One two.", "Three four."])
    right = make_source("r", ["One two. Three five."])
    block = Block("changed", (0, 1), (0,), 0.7, (
        Span("equal", "One two."), Span("delete", "\n"), Span("insert", " "),
        Span("equal", "Three "), Span("delete", "four."), Span("insert", "five.")))
    comparison = Comparison(left, right, 0.7, (block,))
    page = Page(render_pair_html(comparison, None))
    a = page.side(0, "A")
    assert [(p.n, p.text) for p in a] == [(1, "One two."), (2, "Three four.")]
    assert a[1].marked("del") == "four."
    assert_pair_table_complete(page, 0, comparison)


def test_minor_differences_are_marked_apart():
    if "minor" not in {f.name for f in dataclasses.fields(Span)}:
        pytest.skip("Span has no minor flag in this tree")
    left, right = make_source("l", ["He said ‘yes’."]), make_source("r", ["He said 'yes'."])
    block = Block("same", (0,), (0,), 1.0, (
        Span("equal", "He said "), Span("delete", "‘", minor=True), Span("insert", "'", minor=True),
        Span("equal", "yes"), Span("delete", "’", minor=True), Span("insert", "'", minor=True),
        Span("equal", ".")))
    markup = render_pair_html(Comparison(left, right, 1.0, (block,)), None)
    table = markup[markup.index('<table class="diff"'):]
    assert table.count('<del class="minor"') == 2 and table.count('<ins class="minor"') == 2
    assert_pair_table_complete(Page(markup), 0, Comparison(left, right, 1.0, (block,)))


def test_header_names_both_sources_with_their_details_and_only_their_own_links():
    left = make_source("l", ["Some text."], title="Left headline", outlet="Reuters",
                       published="2026-01-12", url="https://example.org/a?x=1&y=2")
    right = make_source("r", ["Other text."], title="Right headline")
    markup = render_pair_html(compare(left, right), None)
    page = Page(markup)
    assert_safe_page(page, markup, {"https://example.org/a?x=1&y=2"})
    assert "https://example.org/a?x=1&amp;y=2" in markup  # escaped in the attribute
    text = page.text
    for needle in ("Left headline", "Reuters", "2026-01-12", "Right headline", "not stated"):
        assert needle in text
    assert page.title.startswith("Left headline vs Right headline")


def test_page_is_self_contained_light_dark_and_print_ready():
    markup = render_pair_html(synthetic_comparison(), None)
    for needle in ("<style>", "prefers-color-scheme: dark", "@media print", "<del>", "<ins>",
                   "line-through", "underline"):
        assert needle in markup
    for forbidden in ("<script", "<link", "@import", "url(", "<img", "<iframe"):
        assert forbidden not in markup


def test_a_hostile_pair_cannot_inject_or_break_the_page():
    left, right = hostile_pair()
    comparison = compare(left, right)
    markup = render_pair_html(comparison, fake_view([left, right], hostile=True))
    page = Page(markup)
    assert_safe_page(page, markup, {HOSTILE_LINK})  # javascript: is no link; quotes encoded
    assert f'href="{HOSTILE_LINK.replace("&", "&amp;")}"' in markup
    assert_pair_table_complete(page, 0, comparison)
    text = page.text
    assert "<script>alert('x')</script>" in text  # shown as text
    assert "# <script>alert(1)</script> | *T* `x`" in text
    assert "\x1b" not in text and "]0;pwned" in text
    assert "evil<one>|`x`" in text


def test_facts_table_shows_support_across_the_corpus_and_conflicts():
    a, b = make_source("a", ["x"], title="Alpha"), make_source("b", ["y"], title="Beta")
    c = make_source("c", ["z"], title="Gamma report")
    view = fake_view([a, b, c])
    markup = render_pair_html(compare(a, b), view)
    page = Page(markup)
    text = page.text
    assert "●●●" in text and "3/3" in text  # 50%: all three
    assert "more than" in text and "2/3" in text
    assert "Conflicts" in text and "Possible variants of one remark" in text
    conflict = markup[markup.index('<ul class="conflicts">'):]
    conflict = conflict[:conflict.index("</ul>")]
    assert "January 23" in conflict and "January 22–23" in conflict
    assert "(<bdi>A</bdi>)" in conflict and "(<bdi>B</bdi>)" in conflict
    assert "“coordination without subordination”" in text
    assert "Gamma report" in markup  # the third source, named in a support tooltip
    assert markup.count('class="conflict"') == 2


def test_hostile_fact_texts_are_escaped():
    left, right = hostile_pair()
    markup = render_pair_html(compare(left, right), fake_view([left, right], hostile=True))
    assert_safe_page(Page(markup), markup, {HOSTILE_LINK})
    assert "&lt;b&gt;|&lt;/b&gt;" in markup


def test_real_facts_of_the_pair_are_in_the_page():
    from seedreader.export.factview import pair_facts

    comparison = compare(SEEDS[2], SEEDS[0])
    view = pair_facts(comparison, SEEDS)
    assert view.n == len(SEEDS)
    markup = render_pair(comparison, "html", corpus=SEEDS)
    text = Page(markup).text
    assert view.facts, "the seeds share facts"
    for fact in view.facts:
        assert clean(" ".join(fact["value"].split())) in text
        assert f"{fact['support']}/{len(SEEDS)}" in text
    pair = {comparison.left.id, comparison.right.id}
    assert all(any(m["source"] in pair for m in f["mentions"]) for f in view.facts)


def test_support_without_a_corpus_counts_the_two_sides():
    comparison = compare(SEEDS[2], SEEDS[0])
    from seedreader.export.factview import scope_corpus

    assert scope_corpus(comparison, None).ids == (SEEDS[2].id, SEEDS[0].id)
    assert scope_corpus(comparison, SEEDS) is SEEDS
    outsider = make_source("outside", ["text"])
    scoped = scope_corpus(compare(SEEDS[0], outsider), SEEDS)
    assert scoped.ids == SEEDS.ids + ("outside",)
    two_files = compare(outsider, make_source("other", ["more"]))
    assert scope_corpus(two_files, SEEDS).ids == ("outside", "other")
    clash = make_source(SEEDS[0].id, ["a different text with the same id"])
    assert scope_corpus(compare(clash, SEEDS[1]), SEEDS).ids == (SEEDS[0].id, SEEDS[1].id)


def test_a_block_reworded_throughout_is_labelled_not_struck_through_word_by_word():
    left, right = make_source("l", ["The cat sat on the mat."]), make_source("r", ["A dog slept."])
    block = Block("changed", (0,), (0,), 0.3, (Span("delete", "The cat sat on the mat."),
                                              Span("insert", "A dog slept.")))
    comparison = Comparison(left, right, 0.3, (block,))
    markup = render_pair_html(comparison, None)
    page = Page(markup)
    assert "reworded throughout" in page.tables[0][0].meta
    assert '<del class="whole">The cat sat on the mat.</del>' in markup
    assert_pair_table_complete(page, 0, comparison)


def test_a_comparison_without_word_diffs_exports_the_same():
    full, lazy = compare(SEEDS[4], SEEDS[2]), compare(SEEDS[4], SEEDS[2], spans=False)
    assert any(not b.spans for b in lazy.blocks)
    for fmt in ("html", "md", "text"):
        assert render_pair(lazy, fmt, corpus=SEEDS) == render_pair(full, fmt, corpus=SEEDS)


def test_index_notes_are_shown_with_their_source_escaped():
    left = make_source("l", ["Some text."], title="Left", notes="paywalled <b>copy</b> & translated")
    right = make_source("r", ["Other text."], title="Right")
    markup = render_pair_html(compare(left, right), None)
    page = Page(markup)
    assert_safe_page(page, markup, set())
    assert "paywalled <b>copy</b> & translated" in page.text
    assert "<b>copy</b>" not in markup
    assert markup.count("<dt>Notes</dt>") == 1  # the right source has none: no empty row


def test_right_to_left_text_keeps_its_direction():
    import re

    from seedreader.export.html import render_report_html
    from seedreader.export.report import build_report
    from seedreader.models import Corpus

    arabic = make_source("ar", ["قال المسؤولون إن 12 شخصا لقوا حتفهم يوم الاثنين.", "فقرة ثانية هنا."],
                         title="عاصفة تضرب الساحل", outlet="الجزيرة")
    hebrew = make_source("he", ["גורמים רשמיים אמרו כי 14 בני אדם מתו ביום שני."],
                         title="סערה פוגעת בחוף")
    markup = render_pair_html(compare(arabic, hebrew), fake_view([arabic, hebrew]))
    assert_safe_page(Page(markup), markup)
    paragraphs = re.findall(r'<p class="para"[^>]*>', markup)
    assert len(paragraphs) == 3 and all('dir="auto"' in p for p in paragraphs)
    # A title among our own words is isolated; an element holding one alone gets dir="auto".
    # (A title is the article's own words: its language unknown, lang="".)
    assert "<h1><bdi lang=\"\">عاصفة تضرب الساحل</bdi> <span class=\"muted\">vs</span> " \
           "<bdi lang=\"\">סערה פוגעת בחוף</bdi></h1>" in markup
    assert "<th scope=\"col\">A · <bdi lang=\"\">عاصفة تضرب الساحل</bdi></th>" in markup
    assert '<h2 dir="auto" lang="">عاصفة تضرب الساحل</h2>' in markup
    assert "<dd><bdi>الجزيرة</bdi></dd>" in markup
    facts = markup[markup.index('<section class="facts"'):]
    cells = re.findall(r"<td[^>]*>", facts)
    # (each cell also names its column, data-label, for the one-column layout of a phone)
    assert cells and all(re.fullmatch(r'<td dir="auto"( data-label="[^"]+")?>', c) for c in cells)
    report = render_report_html(build_report(Corpus(None, (arabic, hebrew))))
    assert "<strong><bdi lang=\"\">عاصفة تضرب الساحل</bdi></strong>" in report
    assert "<bdi lang=\"\">סערה פוגעת בחוף</bdi> <span class=\"muted\">against the base" in report
