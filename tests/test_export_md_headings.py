"""Markdown exports: a title keeps every character in the headings and table cells it stands in,
whatever block syntax it holds (a trailing '#' is an ATX heading's closing sequence; "1.", "-",
"===" open blocks at a line's start)."""

from __future__ import annotations

import pytest
from export_support import headings, inline_plain, make_source, md_tokens

from seedreader import compare
from seedreader.export import render_pair, render_report
from seedreader.export.markdown import heading
from seedreader.models import Corpus

TRAPS = ["We are number #", "Ends ##", "#", "Title # ", "Issue #5 #", "1. First", "- dash",
         "===", "---", "+ plus", "# hash", "2) two", "> quoted"]
# Titles whose '#' is no closing sequence: left as written, no backslash added.
PLAIN = ["C#", "Issue #5", "Top#"]


def _pair_md(left_title: str, right_title: str) -> str:
    a = make_source("a", ["One paragraph here."], title=left_title)
    b = make_source("b", ["Another paragraph here."], title=right_title)
    return render_pair(compare(a, b), "md")


def _cells(tokens) -> list[str]:
    out, in_cell = [], False
    for token in tokens:
        if token.type in ("td_open", "th_open"):
            in_cell = True
        elif token.type in ("td_close", "th_close"):
            in_cell = False
        elif in_cell and token.type == "inline":
            out.append(inline_plain(token))
    return out


@pytest.mark.parametrize("title", TRAPS + PLAIN)
def test_a_title_reads_whole_in_the_pair_heading_on_either_side(title):
    for left, right in (("Alpha", title), (title, "Alpha")):
        tokens = md_tokens(_pair_md(left, right))
        assert headings(tokens)[0] == f"{left.strip()} vs {right.strip()}"
        assert title.strip() in _cells(tokens)  # the sources table's Title row


@pytest.mark.parametrize("title", TRAPS + PLAIN)
def test_a_title_reads_whole_in_the_report(title):
    a = make_source("a", ["One paragraph here."], title="Alpha")
    b = make_source("b", ["Another paragraph here."], title=title)
    tokens = md_tokens(render_report(Corpus(path=None, sources=(a, b)), "md"))
    assert f"#2 {title.strip()}, against the base #1" in headings(tokens)
    assert title.strip() in _cells(tokens)


def test_only_a_closing_sequence_is_escaped():
    assert heading("#", "We are number #") == "# We are number \\#"
    assert heading("#", "#") == "# \\#"
    assert heading("##", "Ends ##  ") == "## Ends \\##  "
    for title in PLAIN:
        assert heading("#", title) == f"# {title}"
    assert "C#" in _pair_md("Alpha", "C#") and "\\#" not in _pair_md("Alpha", "C#")
