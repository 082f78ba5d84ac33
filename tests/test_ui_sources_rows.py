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


def title_cut(shown: str, full: str, others) -> bool:
    """``whole_words``, or (where another title begins with the same words) the first word,
    '…' and a whole-word stretch of the rest, cut as whole_words does: the words left out are
    ones another title shares."""
    if whole_words(shown, full):
        return True
    first, sep, rest = shown.partition(" … ")
    words = full.split(" ")
    if not sep or first != words[0]:
        return False
    for start in range(2, len(words)):
        tail = " ".join(words[start:])
        if whole_words(rest, tail):
            left_out = " ".join(words[:start])
            return any(o != full and o.startswith(left_out + " ") for o in others)
    return False


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
            assert title_cut(title, source.title, [s.title for s in corpus.sources]), \
                (head, source.title)
        header = str(app.screen.query_one(CompareHeader).render())
        pair = corpus.sources[:2]
        for column, source in zip(header.split(" │"), pair, strict=True):
            title = re.sub(r"^▌?[LR] \d+ ", "", column.strip())
            assert title_cut(title, source.title, [s.title for s in pair]), (column, source.title)
        if width >= 110:  # the facts panel is beside the comparison
            panel = app.screen.query_one(FactsPanel)
            for i, fact in enumerate(panel._shown[:30]):
                line2 = str(panel.fact_list.get_option_at_index(i).prompt).split("\n")[1]
                about = re.sub(r"^\s*[●○]* ?\d+/\d+  ", "", line2).rstrip()
                wanted = fact.about if fact.kind != "quote" else (fact.speaker or fact.about)
                assert whole_words(about, " ".join(wanted.split())), (line2, wanted)
