"""Exports say when loading changed an article's text (control or bidi characters, terminal
escape sequences removed): the shown text then differs from the file, and the recipient of an
export cannot see the CLI's warning (QA session 11)."""

from __future__ import annotations

import pytest

from seedreader import compare, load_corpus
from seedreader.export import render_pair, render_report
from seedreader.export.common import LOAD_NOTES_LABEL

NOTE = "removed 1 terminal escape sequence and 2 control or invisible characters"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Deal\n\nThe deal is final on Monday, the minister said.\n")
    (tmp_path / "b.txt").write_text("Deal\n\nThe deal is \x1b[31mfinal\x07 on Tuesday, the "
                                    "minister\u202e said.\n")
    return load_corpus(tmp_path)


def test_the_corpus_notes_what_loading_removed(corpus):
    b = corpus.sources[1]
    assert b.warnings == (NOTE,), b.warnings
    assert corpus.sources[0].warnings == ()


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_a_pair_export_says_which_side_was_changed_on_loading(corpus, fmt):
    a, b = corpus.sources
    out = render_pair(compare(a, b), fmt, corpus=corpus)
    assert out.count(NOTE) == 1
    assert LOAD_NOTES_LABEL.lower() in out.lower()
    plain = render_pair(compare(a, a), fmt, corpus=corpus)
    assert NOTE not in plain and LOAD_NOTES_LABEL.lower() not in plain.lower()


def test_the_text_export_puts_it_on_b_s_line(corpus):
    out = render_pair(compare(*corpus.sources), "text", corpus=corpus)
    assert f"B: {LOAD_NOTES_LABEL.lower()}: {NOTE}" in out.split("\n\n")[0].split("\n")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_report_names_the_source(corpus, fmt):
    out = render_report(corpus, fmt)
    assert f"{LOAD_NOTES_LABEL}: #2: {NOTE}" in out
