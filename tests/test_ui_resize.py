"""A window resized keeps the reader's place: the current paragraph stays current and in view."""

from __future__ import annotations

import re

import pytest
from ui_support import quiet_textual, running, screen_text, settle, sync, visible_rows

from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]


def where(app) -> str:
    """The top line's 'difference N of M'."""
    return re.search(r"difference \d+ of \d+", str(app.screen.query_one("#topbar").render()))[0]


@pytest.mark.parametrize(("before", "after", "steps"), [
    ((160, 48), (80, 24), 12),  # the sidebar goes too: the comparison gets wider and shorter
    ((140, 30), (120, 30), 15),  # narrower columns, more rows per paragraph
    ((120, 36), (120, 14), 12),  # only shorter: the same rows
    ((80, 24), (160, 48), 12),
])
@sync
async def test_a_resize_keeps_the_current_difference_current_and_on_screen(before, after, steps):
    async with running(size=before) as (app, pilot):
        view = app.screen.query_one(CompareView)
        for _ in range(steps):
            await pilot.press("n")
        await settle(pilot)
        cursor, side = view.cursor, view.side
        assert where(app) == f"difference {steps + 1} of 17"
        await pilot.resize_terminal(*after)
        await settle(pilot)
        assert (view.cursor, view.side) == (cursor, side)
        assert where(app) == f"difference {steps + 1} of 17"
        assert view.wrapped.width == view._width()  # re-wrapped for the new width
        assert view.wrapped.tops[view.cursor] in visible_rows(view)
        assert "▌" in screen_text(app)
        await pilot.press("n")  # and the next difference is the one after it
        assert where(app) == f"difference {steps + 2} of 17"


@sync
async def test_a_shorter_window_keeps_a_current_paragraph_near_the_bottom_in_view():
    """Only the height changes (the same rows): the view scrolls to the cursor, which the
    n key alone leaves near the top."""
    async with running(size=(120, 36)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        for _ in range(5):
            await pilot.press("n")
        await settle(pilot)
        height = view.scrollable_content_region.height
        await pilot.click(CompareView, offset=(10, height - 3))  # a paragraph near the bottom
        await settle(pilot)
        cursor = view.cursor
        assert view.wrapped.tops[cursor] not in visible_rows(view)[:12]
        await pilot.resize_terminal(120, 14)
        await settle(pilot)
        assert view.cursor == cursor
        assert view.wrapped.tops[view.cursor] in visible_rows(view)
        assert "▌" in screen_text(app)


@sync
async def test_scrolling_while_a_long_pair_is_rewrapped_does_not_move_the_place(monkeypatch):
    """A long pair is re-wrapped in a worker: until its rows come, those on screen were placed
    for the old width, and a scroll then (the wheel, a clamp) must not pick a new current
    paragraph from them."""
    import threading
    import time

    from seedreader.ui import compare_rows
    from seedreader.ui.widgets import compare_view

    monkeypatch.setattr(compare_rows, "LAZY_CHARS", 10)  # the seeds count as long
    hold = threading.Event()
    real = compare_view.lay_out

    def slow(units, width):
        hold.wait(5)
        return real(units, width)

    async with running(size=(160, 48)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        for _ in range(4):
            await pilot.press("n")
        await settle(pilot)
        cursor = view.cursor
        monkeypatch.setattr(compare_view, "lay_out", slow)
        await pilot.resize_terminal(150, 48)  # a new width: re-wrapped in a worker, held
        await pilot.pause()
        assert view.wrapped.width != view._width()  # the old rows, still on screen
        view.scroll_to(y=view.wrapped.tops[cursor] + 40, animate=False, immediate=True)
        await pilot.pause()
        assert view.cursor == cursor
        hold.set()
        time.sleep(0.05)
        await settle(pilot)
        assert view.cursor == cursor and view.wrapped.width == view._width()


@sync
async def test_the_top_line_is_fitted_again_after_a_maximized_panel_is_restored(monkeypatch):
    """100x30: maximize the comparison, n, escape: the top line was left as fitted while hidden
    (to no width: the widest version, cut at the edge) until the next key. A real terminal sends
    the bar no resize when the panel is restored (its size is the one it had before), so none is
    counted on here: the pilot's own resize is left out."""
    from seedreader.ui.widgets.status_bar import StatusBar

    monkeypatch.setattr(StatusBar, "on_resize", lambda self: None)
    async with running(size=(100, 30)) as (app, pilot):
        bar = app.screen.query_one(StatusBar)
        width = bar.content_region.width
        app.screen.action_maximize()
        await settle(pilot)
        assert app.screen.maximized is not None
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.maximized is None
        line = str(bar.render())
        assert len(line) <= width, line
        assert "difference 2 of 17" in line and line.endswith("1 conflict"), line
