"""The reader's background work on a corpus of many sources: the closeness bars of the list fill
in row by row, and only the sources next to the right one are kept ready for ] and [."""

from __future__ import annotations

import pytest
from ui_support import STORM, quiet_textual, running, sync, write_corpus

from seedreader import compare, load_corpus
from seedreader.ui.screens.main import NEAR
from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.source_list import SourceList, length_label

__all__ = ["quiet_textual"]

COUNT = 12


def many_sources(folder) -> dict[str, str]:
    """``COUNT`` versions of one short report, each a little further from the first."""
    articles = {}
    for i in range(COUNT):
        paragraphs = [p.replace("the", "a", i % 3) if n <= i % len(STORM) else p
                      for n, p in enumerate(STORM)]
        paragraphs.append(f"Reporter number {i} added a closing line of their own.")
        articles[f"s{i:02d}.txt"] = "\n\n".join(paragraphs[i % 2:])
    return write_corpus(folder, articles)


def role_marks(sources: SourceList) -> dict[str, str]:
    """The L/R marks each row of the list shows now."""
    return {sources.get_option_at_index(n).id: str(sources.get_option_at_index(n).prompt)[3:5]
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
            assert f"{sources.similarity[sid]:4.0%}" in str(
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
            assert f"  {length_label(len(source.text.split()))}" in str(
                sources.get_option_at_index(n).prompt)
