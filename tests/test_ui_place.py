"""The reader's place (the current paragraph, marked ▌, and the header's 'difference N of M')
moves only when the reader moves it: not when a panel takes the focus, nor when the sides swap."""

from __future__ import annotations

import re

import pytest
from ui_support import quiet_textual, running, screen_text, settle, sync, visible_rows

from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.facts_panel import FactList

__all__ = ["quiet_textual"]


def where(app) -> str:
    """The top line's 'difference N of M'."""
    return re.search(r"difference \d+ of \d+", str(app.screen.query_one("#topbar").render()))[0]


@pytest.mark.parametrize(("size", "keys"), [
    ((160, 48), ("tab", "tab")),  # through the source list
    ((120, 36), ("tab", "tab")),
    ((80, 24), ("shift+tab",)),  # straight from the comparison
    ((160, 48), ("shift+tab",)),
])
@sync
async def test_giving_the_facts_panel_the_focus_keeps_the_place(size, keys):
    async with running(size=size) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await pilot.press("n", "n", "n")
        await settle(pilot)
        assert where(app) == "difference 4 of 17"
        place = (view.cursor, view.side, round(view.scroll_y))
        await pilot.press(*keys)
        await settle(pilot)
        assert isinstance(app.focused, FactList)
        assert where(app) == "difference 4 of 17"
        assert (view.cursor, view.side, round(view.scroll_y)) == place
        await pilot.press("down", "down")  # picking a fact (Monday, in 1) moves the place to it
        await settle(pilot)
        assert view.cursor != place[0] and (view.cursor, view.side) in view._facts


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
@sync
async def test_swapping_the_sides_keeps_the_current_paragraph_current_and_in_view(size):
    async with running(size=size) as (app, pilot):
        view = app.screen.query_one(CompareView)
        for _ in range(5):
            await pilot.press("n")
        await settle(pilot)
        assert where(app) == "difference 6 of 17"
        text, source, paragraphs = view.current_text()
        assert text.startswith("Sheinbaum said Trump asked for her views")
        side = view.side
        on_screen = view.wrapped.tops[view.cursor] - round(view.scroll_y)
        for flips in (1, 2):  # swapped, then swapped back (from the cache)
            await pilot.press("s")
            await settle(pilot)
            assert view.current_text() == (text, source, paragraphs)
            assert view.side != side if flips == 1 else view.side == side
            assert view.wrapped.tops[view.cursor] in visible_rows(view)
            assert view.wrapped.tops[view.cursor] - round(view.scroll_y) == on_screen
            assert "▌" in screen_text(app)


def find_count(app) -> str:
    return str(app.screen.query_one("#find-count").render())


@sync
async def test_the_search_counter_follows_a_swap_and_a_new_pair():
    async with running(size=(120, 36)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await pilot.press("slash", *"Trump", "enter", ">", ">", ">")
        await settle(pilot)
        total = view.match_position[1]
        assert total > 5 and find_count(app) == f"4/{total}"
        unit, side, start, end = view._matches[view._current_match]
        text = view.units[unit].side(side).text[start:end]
        paragraph = view.current_text()
        await pilot.press("s")  # the same occurrence, now in the other column
        await settle(pilot)
        k = view._current_match + 1  # its number among the swapped pair's matches
        assert k > 0 and find_count(app) == f"{k}/{total}"
        unit2, side2, start2, end2 = view._matches[view._current_match]
        assert side2 != side and view.units[unit2].side(side2).text[start2:end2] == text
        assert view.current_text() == paragraph
        await pilot.press(">")
        await settle(pilot)
        assert find_count(app) == f"{k + 1}/{total}"
        await pilot.press("right_square_bracket")  # a new pair, with its own matches
        await settle(pilot)
        new_total = len(view._matches)
        assert new_total != total
        assert find_count(app) == f"1/{new_total}"  # the first at or after the place (the top)
        unit3, _, _, _ = view._matches[view._current_match]
        assert unit3 >= view.cursor and view.wrapped.tops[unit3] in visible_rows(view)


@pytest.mark.parametrize("panel", [(), ("tab", "tab"), ("shift+tab",)])
@sync
async def test_next_conflict_shows_its_whole_row_when_it_fits_from_any_panel(panel):
    async with running(size=(80, 24)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await pilot.press(*panel)
        await settle(pilot)
        await pilot.press("N")
        await settle(pilot)
        assert isinstance(app.focused, CompareView)
        first, last = view.wrapped.tops[view.cursor], view.wrapped.tops[view.cursor + 1] - 2
        assert last - first + 1 <= view.scrollable_content_region.height  # it fits...
        assert first in visible_rows(view) and last in visible_rows(view)  # ...so all of it shows
        assert "January 22–23" in screen_text(app)


@sync
async def test_the_footer_offers_the_search_keys_that_work():
    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("slash", *"Trump")
        await settle(pilot)
        assert "⏎ Find" in footer(app) and "esc Close search" in footer(app)  # while typing
        await pilot.press("enter")
        await settle(pilot)
        assert "> Next match" in footer(app)
        await pilot.press("slash", "ctrl+a", *"zzzz", "enter")  # no match
        await settle(pilot)
        assert "no matches" in find_count(app)
        assert "Next match" not in footer(app)
        assert "esc Close search" in footer(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "Close search" not in footer(app)


def footer(app) -> str:
    from seedreader.ui.widgets.keys_bar import KeysBar

    return str(app.screen.query_one(KeysBar).render())


@sync
async def test_a_comparison_key_in_a_wide_terminal_leaves_the_focus_and_its_frame_alone():
    from seedreader.ui.widgets.source_list import SourceList

    async with running(size=(160, 48)) as (app, pilot):
        sources = app.screen.query_one("#sources")
        await pilot.press("tab")
        await settle(pilot)
        framed = sources.styles.border_top
        await pilot.press("n")  # acts on the comparison, beside the list: the list keeps the keys
        await settle(pilot)
        assert isinstance(app.focused, SourceList)
        assert app.screen.has_class("-sidebar-focus")
        assert sources.styles.border_top == framed
