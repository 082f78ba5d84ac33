"""Choosing the pair: every way of picking a source gives two different ones, and the source list
shows each source's closeness to the left one however the pair was reached."""

from __future__ import annotations

from ui_support import quiet_textual, running, settle, sync

from seedreader import load_corpus
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]

IDS = load_corpus().ids


def shown_pair(app) -> tuple[str, str]:
    view = app.screen.query_one(CompareView)
    return view.comparison.left.id, view.comparison.right.id


def header(app) -> str:
    return str(app.screen.query_one("#topbar").render())


async def palette(pilot, command: str) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*command)
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


@sync
async def test_the_palette_never_compares_a_source_with_itself():
    async with running(size=(120, 36)) as (app, pilot):
        assert shown_pair(app) == (IDS[0], IDS[1])
        await palette(pilot, "Right: 1")  # the left one: the sides trade places, as r does
        assert shown_pair(app) == (IDS[1], IDS[0])
        assert "L 2  ⇄  R 1" in header(app)
        await palette(pilot, "Left: 1")  # the right one
        assert shown_pair(app) == (IDS[0], IDS[1])
        assert "L 1  ⇄  R 2" in header(app)
