"""The top line says how much of each side the other has word for word ("47% of L in R · 99% of
R in L": a press release against the story that copied it), measured off the interface thread
for a long pair and shown when ready."""

from __future__ import annotations

import threading

from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.export.common import percent
from seedreader.overlap import overlap
from seedreader.ui.widgets import status_bar
from seedreader.ui.widgets.status_bar import StatusBar

__all__ = ["quiet_textual"]


def top(app) -> str:
    return str(app.screen.query_one(StatusBar).render())


def release_and_story(tmp_path):
    """A release (6 paragraphs) and a story that copies it whole and adds as much again."""
    release = "\n\n".join(STORM)
    story = "\n\n".join([*STORM, *(f"The reporter adds line {i} about the {w} nobody announced."
                                   for i, w in enumerate(("levee", "ferry", "school", "bridge",
                                                          "market", "clinic", "depot")))])
    return load_corpus(write_corpus(tmp_path / "copy", {"release.txt": release,
                                                        "story.txt": story}))


@sync
async def test_the_top_line_says_how_much_of_each_side_the_other_has(tmp_path):
    corpus = release_and_story(tmp_path)
    async with running(corpus, size=(160, 48)) as (app, _pilot):
        shared = overlap(app.screen.comparison)
        assert shared.left_share == 1.0 and 0.3 < shared.right_share < 0.7
        line = top(app)
        assert f"100% of L in R · {percent(shared.right_share)} of R in L" in line, line
        assert "similarity" in line  # beside it, not instead of it


@sync
async def test_seeds_show_their_figures_and_a_narrow_line_keeps_them_whole():
    async with running(size=(160, 48)) as (app, pilot):
        shared = overlap(app.screen.comparison)
        expected = f"{percent(shared.left_share)} of L in R · {percent(shared.right_share)} of R in L"
        assert expected in top(app)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        line = top(app)
        assert expected in line or "of L in R" not in line  # whole or not at all (80: not)
        assert len(line) <= app.screen.query_one(StatusBar).content_region.width


@sync
async def test_a_long_pair_is_measured_in_a_worker_and_shown_when_ready(tmp_path, monkeypatch):
    monkeypatch.setattr(status_bar, "LAZY_CHARS", 100)  # every pair is a long one
    threads = []
    measured = status_bar.overlap

    def spy(comparison):
        threads.append(threading.current_thread())
        return measured(comparison)

    monkeypatch.setattr(status_bar, "overlap", spy)
    corpus = release_and_story(tmp_path)
    async with running(corpus, size=(160, 48)) as (app, pilot):
        await settle(pilot)
        assert threads and threading.main_thread() not in threads
        assert len(threads) == 1  # measured once, not again for each redraw of the line
        assert "100% of L in R" in top(app)
        await pilot.press("s")  # swap the sides: measured again, for the new L and R
        await settle(pilot)
        assert top(app).count("of L in R") == 1
        assert " of R in L" in top(app) and "100% of R in L" in top(app)


@sync
async def test_at_100_columns_the_figures_stay_and_the_count_of_facts_gives_way():
    """QA: at 100 columns the top line dropped the word-for-word figures."""
    async with running(size=(100, 30)) as (app, _pilot):
        shared = overlap(app.screen.comparison)
        line = top(app)
        assert f"{percent(shared.left_share)} of L in R" in line, line
        assert "similarity" in line and line.endswith("1 conflict") and "facts" not in line
