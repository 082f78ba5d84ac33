"""The corpus report names A and B of its comparisons: A is the base every other source is
compared with (QA session 11: the block headings said "A ¶3 ↔ B ¶4" and nothing said who A was)."""

from __future__ import annotations

from seedreader import load_corpus
from seedreader.export import render_report
from seedreader.export.common import REPORT_SIDES

SEEDS = load_corpus()


def test_markdown_report_says_a_is_the_base_before_its_comparisons():
    out = render_report(SEEDS, "md")
    section = out[out.index("## Each source against the base"):]
    said = REPORT_SIDES.format(label="#1")
    assert "A is the base, #1" in said
    assert section.split("\n\n")[1].startswith(said)
    assert out.count(said) == 1


def test_html_report_says_it_in_the_legend_and_the_column_heads():
    out = render_report(SEEDS, "html", base="2")
    said = REPORT_SIDES.format(label="#2")
    legend = out[out.index('<section class="legend"'):]
    assert legend[:legend.index("</section>")].count(said) == 1
    heads = [part.split("</th>")[0] for part in out.split('<th scope="col">')[1:]]
    pair_heads = [h for h in heads if h.startswith(("A ", "B "))]
    assert len(pair_heads) == 2 * (len(SEEDS) - 1)
    assert all(h.startswith("A (#2, the base) · ") for h in pair_heads[::2])
    assert [h.split(" · ")[0] for h in pair_heads[1::2]] == [
        f"B (#{n})" for n in range(1, len(SEEDS) + 1) if n != 2]
