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


def whole_words(shown: str, full: str) -> bool:
    """``shown`` is ``full``, or its start up to a whole word followed by '…'."""
    return shown == full or (shown.endswith("…") and (full + " ").startswith(
        shown[:-1].rstrip(" ,;:-–—") + " ") and len(shown) > 1)


@pytest.mark.parametrize("width", [80, 120, 160])
@sync
async def test_titles_and_facts_are_cut_after_whole_words(width):
    from seedreader.ui.widgets.compare_header import CompareHeader
    from seedreader.ui.widgets.facts_panel import FactsPanel

    async with running(size=(width, 36)) as (app, pilot):
        corpus = app.screen.corpus
        rows = app.screen.query_one(SourceList)
        for i, source in enumerate(corpus.sources):
            head = str(rows.get_option_at_index(i).prompt).split("\n")[0]
            title = re.sub(r"^\s*\d+ [L ][R ] ", "", head).rstrip()
            assert whole_words(title, source.title), (head, source.title)
        header = str(app.screen.query_one(CompareHeader).render())
        for column, source in zip(header.split(" │"), corpus.sources[:2], strict=True):
            title = re.sub(r"^▌?[LR] \d+ ", "", column.strip())
            assert whole_words(title, source.title), (column, source.title)
        if width >= 110:  # the facts panel is beside the comparison
            panel = app.screen.query_one(FactsPanel)
            for i, fact in enumerate(panel._shown[:30]):
                line2 = str(panel.fact_list.get_option_at_index(i).prompt).split("\n")[1]
                about = re.sub(r"^\s*[●○]* ?\d+/\d+  ", "", line2).rstrip()
                wanted = fact.about if fact.kind != "quote" else (fact.speaker or fact.about)
                assert whole_words(about, " ".join(wanted.split())), (line2, wanted)
