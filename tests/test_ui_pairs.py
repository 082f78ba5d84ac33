"""Choosing the pair: every way of picking a source gives two different ones, and the source list
shows each source's closeness to the left one however the pair was reached."""

from __future__ import annotations

from ui_support import quiet_textual, running, settle, sync

from seedreader import load_corpus
from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.source_list import SourceList

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


def closeness(app) -> list[str]:
    """The end of each row of the source list: a percentage, 'the left source' or '…'."""
    sources = app.screen.query_one(SourceList)
    return [str(sources.get_option_at_index(i).prompt).split("\n")[1].split()[-1]
            for i in range(sources.option_count)]


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


@sync
async def test_every_row_of_the_list_ends_with_its_figure_after_swapping_back_and_forth():
    async with running(size=(160, 48)) as (app, pilot):
        for _ in range(2):  # the second swap shows the first pair again, from the cache
            await pilot.press("s")
            await settle(pilot)
        assert shown_pair(app) == (IDS[0], IDS[1])
        ends = closeness(app)
        assert ends[0] == "source"  # "the left source"
        assert all(end.endswith("%") for end in ends[1:]), ends
        await palette(pilot, "Right: 1")
        await palette(pilot, "Left: 1")
        ends = closeness(app)
        assert ends[0] == "source" and all(end.endswith("%") for end in ends[1:]), ends


@sync
async def test_the_palette_leaves_out_the_source_already_on_each_side():
    from seedreader.ui.commands import ReaderCommands

    async with running(size=(120, 36)) as (app, pilot):
        titles = [t for t, _, _ in ReaderCommands(app.screen)._commands()]
        assert not any(t.startswith(("Left: 1.", "Right: 2.")) for t in titles)  # no-ops
        assert any(t.startswith("Right: 1.") for t in titles)  # swaps: still offered
        await pilot.press("s")
        await settle(pilot)
        titles = [t for t, _, _ in ReaderCommands(app.screen)._commands()]
        assert not any(t.startswith(("Left: 2.", "Right: 1.")) for t in titles)
        assert sum(t.startswith(("Left:", "Right:")) for t in titles) == 2 * len(IDS) - 2


@sync
async def test_the_palette_clips_each_title_once_not_on_every_key(monkeypatch):
    from seedreader.ui import commands

    clipped = []
    real = commands.listed_title
    monkeypatch.setattr(commands, "listed_title", lambda corpus, source: clipped.append(source) or
                        real(corpus, source))
    async with running(size=(120, 36)) as (app, pilot):
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Right")
        await settle(pilot)
        assert len(clipped) == len(IDS)
        await pilot.press("enter")
        await settle(pilot)
