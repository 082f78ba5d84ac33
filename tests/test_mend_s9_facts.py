"""Mends of session 9's facts fixes, from the facts reviewer: each regression with its case and
the cases the first fix was for, which must stay."""

from __future__ import annotations

import pathlib

from facts_support import tally_of, values

SRC = pathlib.Path(__file__).resolve().parent.parent / "src" / "seedreader"


# 4. The column gap of a table as text is one constant.


def test_the_table_gap_is_defined_once():
    from seedreader import patterns, strip_markdown
    from seedreader.facts import figures
    defined = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
               if "TABLE_GAP = " in p.read_text(encoding="utf-8")]
    assert defined == ["patterns.py"]
    assert strip_markdown.TABLE_GAP is patterns.TABLE_GAP
    assert figures.TABLE_GAP is patterns.TABLE_GAP
