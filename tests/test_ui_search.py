"""The search bar's count tells the truth: what is highlighted, or why nothing is yet."""

from __future__ import annotations

import threading

from test_ui_place import find_count
from ui_support import make_app, quiet_textual, running, settle, sync

from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]


@sync
async def test_reopening_the_search_searches_the_query_it_shows():
    async with running(size=(160, 48)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await pilot.press("slash", *"Sheinbaum", "enter")
        await settle(pilot)
        total = view.match_position[1]
        assert total > 1 and find_count(app) == f"1/{total}"
        await pilot.press("escape")
        await settle(pilot)
        assert view.match_position == (0, 0) and not view.query_text
        await pilot.press("slash")  # the query is still in the bar: it is searched again
        await settle(pilot)
        assert app.screen.query_one("#find-input").value == "Sheinbaum"
        assert view.query_text == "Sheinbaum" and view.match_position[1] == total
        assert find_count(app).endswith(f"/{total}")


@sync
async def test_a_long_pair_says_enter_to_search_until_enter(monkeypatch):
    from seedreader.ui import compare_rows

    monkeypatch.setattr(compare_rows, "LAZY_CHARS", 100)  # every pair is a long one
    async with running(size=(160, 48)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        assert view.prepared.is_long
        await pilot.press("slash", *"Trump", "enter")
        await settle(pilot)
        total = view.match_position[1]
        assert total > 1 and find_count(app) == f"1/{total}"
        await pilot.press("slash", *"tariff")  # typed over the old query (selected on focus)
        await settle(pilot)
        assert view.query_text == "Trump"  # not searched yet
        assert find_count(app) == "enter to search"
        await pilot.press("enter")
        await settle(pilot)
        assert view.query_text == "tariff"
        assert find_count(app) == f"1/{view.match_position[1]}"


@sync
async def test_a_short_pair_searches_as_one_types():
    """The counter-example: a short pair's count follows each key, no enter needed."""
    async with running(size=(160, 48)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await pilot.press("slash", *"Trump")
        await settle(pilot)
        assert view.query_text == "Trump" and find_count(app) == f"1/{view.match_position[1]}"
        await pilot.press(*"zzz")
        await settle(pilot)
        assert find_count(app) == "no matches"


@sync
async def test_a_query_typed_while_the_pair_is_compared_runs_when_it_is_ready(monkeypatch):
    from seedreader import align

    release = threading.Event()
    real = align.compare

    def slow(left, right, *args, **kwargs):
        release.wait(10)
        return real(left, right, *args, **kwargs)

    monkeypatch.setattr(align, "compare", slow)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(5):
            await pilot.pause()
        view = app.screen.query_one(CompareView)
        assert view.comparison is None  # still being compared
        await pilot.press("slash", *"Trump", "enter")
        await pilot.pause()
        assert find_count(app) == "searching when the comparison is ready"
        assert not any("no matches" in str(n.message) for n in app._notifications)
        release.set()
        await settle(pilot)
        total = view.match_position[1]
        assert total > 0 and find_count(app) == f"1/{total}"


@sync
async def test_search_ignores_accents_quotes_and_ligatures_and_highlights_the_original(tmp_path):
    from ui_support import write_corpus

    from seedreader import load_corpus

    folder = write_corpus(tmp_path / "fr", {
        "a.txt": "Les Minguettes à Vénissieux ont brûlé.\n\nMarc Œuvray dit : « il n’y a rien ».\n",
        "b.txt": "Les Minguettes à Venissieux ont brûlé hier.\n\nMarc Oeuvray dit : rien.\n",
    })
    async with running(load_corpus(folder), size=(160, 48)) as (app, _pilot):
        view = app.screen.query_one(CompareView)
        for query, expected in (("venissieux", {"Vénissieux", "Venissieux"}),
                                ("oeuvray", {"Œuvray", "Oeuvray"}), ("n'y a", {"n’y a"})):
            view.search(query)
            shown = set()
            for unit, side, start, end in view._matches:
                shown.add(view.units[unit].side(side).text[start:end])
            assert shown == expected, query
