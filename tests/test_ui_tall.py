"""A paragraph taller than the screen: paging into it keeps it current, and a resize keeps the
reader where they were in it."""

from __future__ import annotations

from ui_support import quiet_textual, running, screen_text, settle, sync, visible_rows, write_corpus

from seedreader import load_corpus
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]

WORDS = ("members", "water", "river", "road", "park", "tax", "city", "vote", "the", "plan",
         "budget", "said", "council", "school")


def long_paragraph(seed: int, n: int = 400) -> str:
    return " ".join(WORDS[(i * 7 + seed * (i % 5 == 0)) % len(WORDS)] for i in range(n)) + "."


def corpus(tmp_path):
    a = ["Short opening paragraph about the council meeting.", long_paragraph(0),
         "A short closing paragraph about the next vote."]
    b = ["Short opening paragraph about the council meeting.", long_paragraph(3),
         "A short closing paragraph about the next vote, on Friday."]
    return load_corpus(write_corpus(tmp_path / "c", {"a.txt": "\n\n".join(a),
                                                      "b.txt": "\n\n".join(b)}))


def rows_of(view, unit) -> range:
    return range(view.wrapped.tops[unit], view.wrapped.tops[unit + 1] - 1)


def current_on_screen(view) -> bool:
    return bool(set(rows_of(view, view.cursor)) & set(visible_rows(view)))


@sync
async def test_paging_into_a_tall_paragraph_keeps_it_current(tmp_path):
    async with running(corpus(tmp_path), size=(80, 24)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        tall = view.locator.find("left", 1)
        assert view.wrapped.height(tall) > view.scrollable_content_region.height
        await pilot.press("pagedown")
        await settle(pilot)
        top = round(view.scroll_y)
        assert view.wrapped.tops[tall] < top < view.wrapped.tops[tall + 1]  # inside it
        assert view.cursor == tall and current_on_screen(view)
        assert "▌" in screen_text(app)
        assert view.current_text()[2] == (1,)  # c copies ¶2, the paragraph on screen
        await pilot.press("pagedown", "pagedown")
        await settle(pilot)
        assert current_on_screen(view)


@sync
async def test_a_paragraph_whose_top_is_on_screen_becomes_current_after_one_cut_at_the_top(
        tmp_path):
    """The counter-example: when a paragraph starts on screen, it is current, not the one
    cut at the top."""
    async with running(corpus(tmp_path), size=(80, 24)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        tall = view.locator.find("left", 1)
        end = view.wrapped.tops[tall + 1]
        view.scroll_to(y=end - 5, animate=False, immediate=True)
        await settle(pilot)
        assert view.cursor == tall + 1


@sync
async def test_a_resize_inside_a_tall_paragraph_stays_near_the_same_place(tmp_path):
    async with running(corpus(tmp_path), size=(80, 24)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        tall = view.locator.find("left", 1)
        await pilot.press("pagedown", "pagedown")
        await settle(pilot)
        share = (round(view.scroll_y) - view.wrapped.tops[tall]) / view.wrapped.height(tall)
        assert 0.2 < share < 0.8
        await pilot.resize_terminal(90, 24)
        await settle(pilot)
        assert view.wrapped.width == view._width()
        assert view.cursor == tall and current_on_screen(view)
        now = (round(view.scroll_y) - view.wrapped.tops[tall]) / view.wrapped.height(tall)
        assert abs(now - share) < 0.1  # not back at its first row
        await pilot.resize_terminal(90, 20)  # shorter only: the same rows, no jump
        await settle(pilot)
        assert view.cursor == tall and current_on_screen(view)
        assert abs(round(view.scroll_y) - view.wrapped.tops[tall]
                   - now * view.wrapped.height(tall)) < 3

