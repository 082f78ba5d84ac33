"""The reader on a corpus of many sources: the closeness bars of the list fill in row by row,
only the sources next to the right one are kept ready for ] and [, and the facts panel stays
readable in a small terminal."""

from __future__ import annotations

import re

import pytest
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import compare, load_corpus
from seedreader.export.common import percent as similarity_percent
from seedreader.ui.screens.main import NEAR
from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.facts_panel import MAX_DOTS, MAX_HOLDERS, FactsPanel
from seedreader.ui.widgets.source_list import SourceList, length_label

__all__ = ["quiet_textual"]

COUNT = 12


def many_sources(folder, count: int = COUNT) -> dict[str, str]:
    """``count`` versions of one short report, each a little further from the first."""
    articles = {}
    for i in range(count):
        paragraphs = [p.replace("the", "a", i % 3) if n <= i % len(STORM) else p
                      for n, p in enumerate(STORM)]
        paragraphs.append(f"Reporter number {i} added a closing line of their own.")
        articles[f"s{i:02d}.txt"] = "\n\n".join(paragraphs[i % 2:])
    return write_corpus(folder, articles)


def role_marks(sources: SourceList) -> dict[str, str]:
    """The L/R marks each row of the list shows now."""
    # (after the number, right-aligned in a column as wide as the last one's)
    return {sources.get_option_at_index(n).id: re.match(
                r" *\d+ ([L ][R ])", str(sources.get_option_at_index(n).prompt)).group(1)
            for n in range(sources.option_count)}


def near(ids: tuple[str, ...], left: str, right: str) -> set[str]:
    others = [ids[(ids.index(right) + k) % len(ids)] for k in range(1, len(ids))]
    others = [s for s in others if s != left]
    return set(others[:NEAR] + others[-NEAR:])


@sync
async def test_closeness_fills_in_row_by_row_and_only_the_right_ones_neighbours_are_kept(
        tmp_path, monkeypatch):
    corpus = load_corpus(many_sources(tmp_path / "many"))
    ids = corpus.ids
    rebuilds = []
    rebuild = SourceList.rebuild
    monkeypatch.setattr(SourceList, "rebuild", lambda self: (rebuilds.append(1), rebuild(self)))
    async with running(corpus) as (app, pilot):
        screen = app.screen
        sources = screen.source_list
        left = ids[0]
        # Every other source has its closeness to the left one: what compare() says.
        assert set(sources.similarity) == set(ids[1:])
        for sid in ids[1:]:
            assert sources.similarity[sid] == pytest.approx(
                compare(corpus[left], corpus[sid]).similarity)
            assert f"{similarity_percent(sources.similarity[sid]):>4}" in str(
                sources.get_option_at_index(ids.index(sid)).prompt)
        # Built once (and again for its first real width), not once per source compared.
        assert len(rebuilds) <= 2
        # Kept whole: the pair shown and the sources next to the right one, no others.
        assert {right for _, right in screen._compared} == near(ids, left, ids[1]) | {ids[1]}
        built = len(rebuilds)

        await pilot.press("right_square_bracket")
        view = screen.query_one(CompareView)
        assert (view.comparison.left.id, view.comparison.right.id) == (left, ids[2])  # at once
        marks = role_marks(sources)
        assert marks[left] == "L " and marks[ids[2]] == " R" and marks[ids[1]] == "  "
        assert len(rebuilds) == built  # a new right source redraws two rows, not the list


@sync
async def test_source_lengths_are_counted_off_the_interface_thread(monkeypatch):
    import threading

    import seedreader.export.common as common

    threads = []
    word_count = common.word_count
    monkeypatch.setattr(common, "word_count",
                        lambda source: (threads.append(threading.current_thread()),
                                        word_count(source))[1])
    seeds = load_corpus()
    async with running(seeds) as (app, _pilot):
        assert len(threads) == len(seeds) and threading.main_thread() not in threads
        sources = app.screen.source_list
        for n, source in enumerate(seeds.sources):
            # (words hold a letter or digit: a dash alone is none, as the exports count)
            words = sum(any(c.isalnum() for c in w) for w in source.text.split())
            assert f"  {length_label(words)}" in str(
                sources.get_option_at_index(n).prompt)


@sync
async def test_with_many_sources_the_facts_panel_shows_counts_and_a_short_list_of_holders(
        tmp_path):
    count = MAX_DOTS + 8
    corpus = load_corpus(many_sources(tmp_path / "many", count))
    async with running(corpus, size=(80, 24)) as (app, pilot):
        await pilot.press("tab", "tab")  # the facts panel, over the whole narrow screen
        await settle(pilot)
        panel = app.screen.query_one(FactsPanel)
        facts = panel.fact_list
        assert facts.size.height >= 4  # the details leave the list room for two facts
        widest = max(panel._shown, key=lambda f: f.support)
        assert widest.support > MAX_HOLDERS
        for n, fact in enumerate(panel._shown):  # the support, not a row of dots cut short
            line2 = str(facts.get_option_at_index(n).prompt).split("\n")[1]
            assert line2.startswith(f"  {fact.support}/{count}  ")
        facts.highlighted = panel._shown.index(widest)
        await settle(pilot)
        detail = panel.query_one("#facts-detail")
        text = str(detail.render())
        held = next(line for line in text.split("\n") if line.startswith("held by"))
        assert held.endswith(f"… {widest.support} in all")
        assert held.startswith("held by 1 L, 2 R, 3")
        assert held.count(",") == MAX_HOLDERS  # ten numbers and the total
        assert "in view: left and right" in text
        assert len(text.split("\n")) <= detail.content_region.height  # every line shown


def test_a_source_length_reads_with_grouped_digits_as_everywhere_else():
    assert length_label(1186) == "1,186 words"
    assert length_label(531) == "531 words"
    assert length_label(12_400) == "12.4k words"
