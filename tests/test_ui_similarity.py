"""A similarity reads 100% only for equal texts."""

from __future__ import annotations

import re

import pytest
from ui_support import STORM, quiet_textual, running, sync, write_corpus

from seedreader import load_corpus
from seedreader.export.common import percent as similarity_percent

__all__ = ["quiet_textual"]


@pytest.mark.parametrize(("value", "shown"), [
    (1.0, "100%"), (0.9995, "99.9%"), (0.99999, "99.9%"), (0.991, "99.1%"), (0.99, "99.0%"),
    (0.989, "99%"), (0.5, "50%"), (0.125, "12%"), (0.0, "0%"),
])
def test_only_equal_is_100(value, shown):
    assert similarity_percent(value) == shown


@sync
async def test_a_pair_one_word_apart_is_not_shown_as_100(tmp_path):
    long = [f"{line} Paragraph {i} adds its own words to the report." for i, line
            in enumerate(STORM * 40)]
    other = list(long)
    other[96] = other[96].replace("flooded", "soaked")
    folder = write_corpus(tmp_path / "near", {"a.txt": "\n\n".join(long),
                                              "b.txt": "\n\n".join(other)})
    async with running(load_corpus(folder), size=(160, 48)) as (app, _pilot):
        comparison = app.screen.comparison
        assert 0.99 <= comparison.similarity < 1
        top = str(app.screen.query_one("#topbar").render())
        assert re.search(r"similarity 99\.\d%", top), top
        assert "100%" not in top
        rows = app.screen.query_one("#sources")
        assert "100%" not in str(rows.get_option_at_index(1).prompt)


@sync
async def test_equal_texts_are_100(tmp_path):
    folder = write_corpus(tmp_path / "same", {"a.txt": "\n\n".join(STORM),
                                              "b.txt": "\n\n".join(STORM)})
    async with running(load_corpus(folder), size=(160, 48)) as (app, _pilot):
        assert "similarity 100%" in str(app.screen.query_one("#topbar").render())
