"""The Sources list's rows: titles, outlet, date and length shown whole or left out, never cut
in the middle of a word or a date."""

from __future__ import annotations

import re

import pytest
from ui_support import STORM, quiet_textual, running, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.widgets.source_list import SourceList

__all__ = ["quiet_textual"]


def corpus_with_bylines(folder):
    folder = write_corpus(folder, {"a.txt": "\n\n".join(STORM),
                                   "b.txt": "\n\n".join(reversed(STORM))})
    (folder / "INDEX.md").write_text(
        "| file | title | outlet | published |\n| --- | --- | --- | --- |\n"
        "| a.txt | Storm hits coast | AP | 2026-01-12 |\n"
        "| b.txt | Coastal storm leaves dead | Reuters | 2026-01-12 |\n", encoding="utf-8")
    return load_corpus(folder)


@pytest.mark.parametrize("width", [110, 120, 140, 160])
@sync
async def test_a_rows_outlet_date_and_length_are_whole_or_left_out(width, tmp_path):
    async with running(corpus_with_bylines(tmp_path / "by"), size=(width, 36)) as (app, _pilot):
        rows = app.screen.query_one(SourceList)
        for i, outlet in enumerate(("AP", "Reuters")):
            line2 = str(rows.get_option_at_index(i).prompt).split("\n")[1]
            info = re.split(r"  +", line2.strip())[0]
            items = info.split(" · ")
            assert items[0] == outlet, line2  # the outlet stays to the last
            assert all(item in ("2026-01-12", f"{len(' '.join(STORM).split())} words")
                       for item in items[1:]), line2
            assert "…" not in line2
