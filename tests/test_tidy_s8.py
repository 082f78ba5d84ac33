"""Session 8's tidying: work done once where it was done twice, with the output unchanged."""

from __future__ import annotations

import pytest

from seedreader import load_corpus
from seedreader import overlap as overlap_module
from seedreader.export.html import render_report_html
from seedreader.export.jsonfmt import render_report_json
from seedreader.export.markdown import render_report_md
from seedreader.export.report import build_report
from seedreader.overlap import overlap, source_words

SEEDS = load_corpus()
RENDERERS = (render_report_html, render_report_md, render_report_json)


# --- the corpus report renders the counts build_report made -----------------------------------

@pytest.fixture(scope="module")
def seeds_report():
    return build_report(SEEDS)


def test_the_report_holds_each_sources_word_count_and_each_pairs_overlap(seeds_report):
    assert [seeds_report.word_count(s) for s in SEEDS.sources] == [
        source_words(s) for s in SEEDS.sources]
    for comparison in seeds_report.comparisons:
        assert seeds_report.overlap(comparison) == overlap(comparison)


@pytest.mark.parametrize("render", RENDERERS, ids=lambda r: r.__name__)
def test_rendering_a_report_counts_no_words_again(seeds_report, render, monkeypatch):
    """The Sources table's word counts and each comparison's 'word for word' line come from what
    build_report counted: rendering counts no source's words and measures no overlap again
    (the same page as when it did)."""
    expected = render(seeds_report)
    calls: list[str] = []

    def counting(name, real):
        def wrapper(*args, **kwargs):
            calls.append(name)
            return real(*args, **kwargs)
        return wrapper

    for name in ("source_words", "in_common", "overlap"):
        monkeypatch.setattr(overlap_module, name, counting(name, getattr(overlap_module, name)))
    assert render(seeds_report) == expected
    assert calls == []


def test_a_report_without_measures_still_counts_words():
    """A CorpusReport made without the overlap matrix (by hand, through the API) counts a
    source's words itself, and has no overlap to give."""
    from dataclasses import replace

    report = replace(build_report(SEEDS), shared=(), passages=())
    assert report.word_count(SEEDS[1]) == source_words(SEEDS[1])
    assert report.overlap(report.comparisons[0]) is None
    assert "Word for word" in render_report_md(report)
