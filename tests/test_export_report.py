"""The corpus report: every source against a base, who resembles whom, the whole fact tally."""

from __future__ import annotations

import json

import pytest
from export_support import (
    HOSTILE,
    Page,
    assert_pair_table_complete,
    assert_safe_markdown,
    assert_safe_page,
    headings,
    make_source,
    md_tokens,
)

from seedreader import load_corpus
from seedreader.errors import SeedreaderError
from seedreader.export import render_report
from seedreader.export.report import REWRITE_AT, Relation, build_report, resolve_base
from seedreader.models import Corpus

SEEDS = load_corpus()


@pytest.fixture(scope="module")
def seeds_report():
    return build_report(SEEDS)


def test_base_defaults_to_the_first_source_and_can_be_named(seeds_report):
    assert seeds_report.base.id == SEEDS[0].id
    assert [c.right.id for c in seeds_report.comparisons] == list(SEEDS.ids[1:])
    assert all(c.left.id == SEEDS[0].id for c in seeds_report.comparisons)
    assert resolve_base(SEEDS, SEEDS[3].id).id == SEEDS[3].id
    assert resolve_base(SEEDS, "4").id == SEEDS[3].id
    assert resolve_base(SEEDS, 4).id == SEEDS[3].id  # (from Python, a position as an int too)
    with pytest.raises(TypeError, match="not float"):
        resolve_base(SEEDS, 4.0)


def test_unknown_base_is_one_clear_line():
    with pytest.raises(SeedreaderError) as exc:
        resolve_base(SEEDS, "nope")
    assert str(exc.value) == "unknown base 'nope': not a source id, position or file of the corpus (the corpus has 5)"
    with pytest.raises(SeedreaderError):
        resolve_base(SEEDS, "6")
    with pytest.raises(SeedreaderError, match="no sources"):
        render_report(Corpus(path=None, sources=()), "md")


def test_similarity_matrix_is_symmetric_and_names_the_closest(seeds_report):
    n = len(SEEDS)
    m = seeds_report.matrix
    assert all(m[i][i] == 1.0 for i in range(n))
    assert all(m[i][j] == m[j][i] for i in range(n) for j in range(n))
    for i, source in enumerate(SEEDS):
        closest = seeds_report.closest(source)
        assert closest.similarity == max(m[i][j] for j in range(n) if j != i)
    relations = seeds_report.relations
    assert len(relations) == n * (n - 1) // 2
    assert [r.similarity for r in relations] == sorted((r.similarity for r in relations),
                                                       reverse=True)


def test_a_base_other_than_the_first_is_on_the_left_of_every_comparison():
    report = build_report(SEEDS, SEEDS[2].id)
    assert [c.left.id for c in report.comparisons] == [SEEDS[2].id] * 4
    assert SEEDS[2].id not in [c.right.id for c in report.comparisons]
    for comparison in report.comparisons:  # the matrix says what the comparisons say
        k = report.position(comparison.right) - 1
        assert report.matrix[2][k] == report.matrix[k][2] == comparison.similarity


def test_rewrites_are_named_with_their_direction_when_dates_say_it():
    a = make_source("a", ["x"], published="2026-01-12")
    b = make_source("b", ["y"], published="2026-01-13T08:00")
    rewrite = Relation(a, b, REWRITE_AT + 0.1)
    assert rewrite.verdict == "rewrite"
    # (Relation made by hand, without the report's measures. It read "b reads as a rewrite of
    # a, published earlier", as if b came first.)
    assert rewrite.sentence(lambda s: s.id) == ("b, dated later, reads as a rewrite of a, or both "
                                                "of one text")
    undated = Relation(make_source("c", ["x"]), b, REWRITE_AT)
    assert undated.sentence(lambda s: s.id).startswith("one reads as a rewrite of the other")
    assert Relation(a, b, 0.05).verdict == "independent"


def test_html_report_holds_every_pair_complete_and_the_matrix(seeds_report):
    markup = render_report(SEEDS, "html")
    page = Page(markup)
    assert_safe_page(page, markup)
    assert len(page.tables) == len(SEEDS) - 1
    for n, comparison in enumerate(seeds_report.comparisons):
        assert_pair_table_complete(page, n, comparison)
    matrix = markup[markup.index('<table class="matrix">'):]
    matrix = matrix[:matrix.index("</table>")]
    assert matrix.count("<tr>") == len(SEEDS) + 1
    for anchor in (f"#vs-{k}" for k in range(2, len(SEEDS) + 1)):
        assert f'href="{anchor}"' in markup and f'id="{anchor[1:]}"' in markup
    assert str(SEEDS.path) not in markup


def test_md_and_json_reports(seeds_report):
    text = render_report(SEEDS, "md", base="2")
    found = headings(md_tokens(text))
    # (round 8: titled by INDEX.md's heading, as the folder name was)
    assert found[0] == ("Corpus report: Seeds: one Sheinbaum–Trump phone call, five reports "
                        "(5 sources)")
    assert {"Sources", "Who resembles whom", "Each source against the base"} <= set(found)
    assert "| #2 (base) |" in text
    data = json.loads(render_report(SEEDS, "json"))
    assert data["schema_version"] == 2 and data["kind"] == "corpus_report"
    assert data["base"] == SEEDS[0].id
    # Counts are named as counts: "paragraphs" is a list of texts in every other JSON output.
    # Words are the runs between spaces that hold a letter or digit (a dash alone is none), as
    # the overlap lines count them.
    assert [(s["id"], s["paragraph_count"], s["word_count"]) for s in data["sources"]] == [
        (s.id, len(s.paragraphs), sum(any(c.isalnum() for c in w) for w in s.text.split()))
        for s in SEEDS]
    assert not any("paragraphs" in s or "words" in s for s in data["sources"])
    assert data["similarity"]["ids"] == list(SEEDS.ids)
    assert len(data["comparisons"]) == len(SEEDS) - 1
    assert data["comparisons"][0] == seeds_report.comparisons[0].to_dict()
    assert len(data["relations"]) == 10
    assert "facts" in data


def test_a_hostile_corpus_cannot_inject_into_the_report():
    sources = (
        make_source("one", HOSTILE, title="<script>x</script> | # t", url="javascript:x"),
        make_source("two|`2`", HOSTILE[::-1], title="**two**", url="https://ok.example/p"),
    )
    corpus = Corpus(path=None, sources=sources)
    markup = render_report(corpus, "html")
    page = Page(markup)
    assert_safe_page(page, markup, {"https://ok.example/p"})
    assert "<script>x</script> | # t" in page.text
    text = render_report(corpus, "md")
    tokens = md_tokens(text)
    assert_safe_markdown(tokens, {"https://ok.example/p"}, lists=expected_lists(corpus))


def test_a_folder_named_with_escape_codes_is_named_without_them(tmp_path):
    folder = tmp_path / "\x1b]0;DIRTITLE\x07news\x1b[31m 2024\x9b2J"
    corpus = Corpus(path=folder, sources=SEEDS.sources[:2])
    assert build_report(corpus).name == "news 2024"
    data = json.loads(render_report(corpus, "json"))
    assert data["corpus"] == "news 2024"
    for fmt in ("md", "html"):
        text = render_report(corpus, fmt)
        assert "news 2024" in text and "DIRTITLE" not in text and "[31m" not in text
    assert build_report(Corpus(path=tmp_path / "\x1b[1m", sources=SEEDS.sources[:2])).name == "corpus"


def expected_lists(corpus: Corpus) -> int:
    """How many bullet lists the report itself writes: related pairs, conflicts, variants."""
    report = build_report(corpus)
    lists = int(any(r.verdict != "independent" for r in report.relations))
    lists += bool(report.facts.conflicts) + bool(report.facts.variants)
    return lists


def test_unknown_formats_are_one_clear_line():
    from seedreader import compare
    from seedreader.export import render_pair

    with pytest.raises(SeedreaderError, match=r"^unknown format 'pdf' \(expected one of: html, "):
        render_pair(compare(SEEDS[0], SEEDS[1]), "pdf")
    with pytest.raises(SeedreaderError, match=r"^unknown report format 'text'"):
        render_report(SEEDS, "text")
