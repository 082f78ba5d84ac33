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
