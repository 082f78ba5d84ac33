"""The reader driven by keys: each key does what the help says it does."""

from __future__ import annotations

import json

from rich.cells import cell_len
from textual.widgets import Input
from ui_support import (
    STORM,
    quiet_textual,
    running,
    screen_text,
    settle,
    sync,
    visible_rows,
    write_corpus,
)

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog
from seedreader.ui.dialogs.help import HelpScreen
from seedreader.ui.keymap import all_binding_ids
from seedreader.ui.source_labels import named
from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.facts_panel import FactList, FactsPanel
from seedreader.ui.widgets.source_list import SourceList

__all__ = ["quiet_textual"]

SEEDS = load_corpus()
IDS = SEEDS.ids
STORM_B = ["A relief fund opened on Wednesday and quickly raised 40,000 euros in its first day.",
           STORM[0],
           "Officials said fourteen people were killed and hundreds were left without power.",
           *STORM[2:5]]


def pair(app):
    view = app.screen.query_one(CompareView)
    return view.comparison.left.id, view.comparison.right.id


def cursor_visible(view) -> bool:
    return view.wrapped.tops[view.cursor] in visible_rows(view)


@sync
async def test_opens_the_seeds_comparing_the_first_two_sources():
    async with running(size=(160, 48)) as (app, _pilot):
        assert pair(app) == (IDS[0], IDS[1])
        sources = app.screen.query_one(SourceList)
        assert (sources.left_id, sources.right_id) == (IDS[0], IDS[1])
        text = screen_text(app)
        assert SEEDS[0].paragraphs[0][:20] in text.replace("\n", " ") or \
            SEEDS[1].paragraphs[0][:20] in text


@sync
async def test_enter_in_the_source_list_sets_the_right_source_and_l_the_left():
    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("tab")  # the source list
        assert isinstance(app.focused, SourceList)
        app.focused.highlighted = 3
        await pilot.press("enter")
        await settle(pilot)
        assert pair(app) == (IDS[0], IDS[3])
        assert isinstance(app.focused, CompareView)  # enter goes on to read
        await pilot.press("tab")
        app.focused.highlighted = 2
        await pilot.press("l")
        await settle(pilot)
        assert pair(app) == (IDS[2], IDS[3])
        await pilot.press("r")  # the left one picked as right: the sides trade places
        await settle(pilot)
        assert pair(app) == (IDS[3], IDS[2])


@sync
async def test_s_swaps_and_brackets_step_the_right_source_past_the_left():
    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("s")
        await settle(pilot)
        assert pair(app) == (IDS[1], IDS[0])
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert pair(app) == (IDS[1], IDS[2])
        await pilot.press("left_square_bracket", "left_square_bracket")
        await settle(pilot)
        assert pair(app) == (IDS[1], IDS[4])  # wrapped round, skipping the left source
        sources = app.screen.query_one(SourceList)
        assert (sources.left_id, sources.right_id) == (IDS[1], IDS[4])


@sync
async def test_n_and_p_step_through_differences_and_keep_them_on_screen():
    async with running(size=(120, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        differences = [i for i, u in enumerate(view.units) if u.is_difference]
        assert len(differences) > 3
        start = view.cursor
        expected = [i for i in differences if i > start][:3]
        seen = []
        for _ in expected:
            await pilot.press("n")
            seen.append(view.cursor)
            assert cursor_visible(view)
        assert seen == expected
        await pilot.press("p")
        assert view.cursor == expected[1]
        assert "difference" in str(app.screen.query_one("#topbar").render())


@sync
async def test_selecting_a_fact_highlights_it_in_both_columns_and_scrolls_to_it():
    async with running(size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        view = app.screen.query_one(CompareView)
        index = next(i for i, f in enumerate(panel._shown) if f.value == "50%")
        await pilot.press("tab", "tab")
        assert isinstance(app.focused, FactList)
        app.focused.highlighted = index + 1  # picked with the arrows: away and back
        await pilot.pause()
        app.focused.highlighted = index
        await pilot.pause()
        sides = {side for (_, side) in view._facts}
        assert sides == {"left", "right"}  # both articles state 50%
        unit, side = view.cursor, view.side
        marks = view._facts[(unit, side)]
        shown = view.units[unit].side(side).text
        assert any("50" in shown[a:b] for a, b in marks)
        assert view.wrapped.row_of(unit, side, marks[0][0]) in visible_rows(view)


@sync
async def test_a_fact_neither_article_holds_says_where_it_is_and_enter_shows_it():
    async with running(size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        index, fact = next((i, f) for i, f in enumerate(panel._shown)
                           if IDS[0] not in f.sources and IDS[1] not in f.sources)
        await pilot.press("tab", "tab")
        app.focused.highlighted = index
        await pilot.pause()
        detail = str(panel.query_one("#facts-detail").render())
        assert "in neither article shown" in detail
        await pilot.press("enter")
        await settle(pilot)
        assert pair(app) == (IDS[0], fact.sources[0])
        view = app.screen.query_one(CompareView)
        assert view._facts and cursor_visible(view)
        # Named as the list names it (number and title), not by its id.
        assert f"showing {named(SEEDS, fact.sources[0])} on the right: it holds this fact" in \
            [n.message for n in app._notifications]


@sync
async def test_next_conflict_lands_on_a_conflicting_figure():
    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("N")
        await pilot.pause()
        panel = app.screen.query_one(FactsPanel)
        view = app.screen.query_one(CompareView)
        fact = panel.current
        assert fact is not None and panel.view.in_conflict(fact)
        values = {fact.value} | {f.value for f in panel.view.counterparts(fact)}
        assert values == {"January 23", "January 22–23"}
        marks = view._facts[(view.cursor, view.side)]
        shown = view.units[view.cursor].side(view.side).text
        assert any("January 2" in shown[a:b] for a, b in marks)


@sync
async def test_search_highlights_matches_and_angle_brackets_step_through_them():
    async with running(size=(160, 48)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"trump", "enter")
        assert isinstance(app.focused, CompareView)
        current, total = view.match_position
        assert total > 5 and current >= 1
        unit, side, start, end = view._matches[current - 1]
        assert view.units[unit].side(side).text[start:end].lower() == "trump"
        await pilot.press("greater_than_sign")
        assert view.match_position[0] == current % total + 1
        await pilot.press("less_than_sign", "less_than_sign")
        assert view.match_position[0] == (current - 2) % total + 1
        await pilot.press("slash", "escape")
        assert view.match_position == (0, 0)


@sync
async def test_export_writes_the_file_and_asks_before_overwriting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-format").query("RadioButton")[2].value = True  # JSON
        await pilot.pause()
        name = dialog.query_one(Input).value
        assert name.endswith(".json")
        await pilot.press("enter")
        await settle(pilot)
        written = tmp_path / name
        data = json.loads(written.read_text(encoding="utf-8"))
        assert data["left"]["id"] == IDS[0] and data["right"]["id"] == IDS[1]
        assert not isinstance(app.screen, ExportDialog)

        written.write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#export-format").query("RadioButton")[2].value = True
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)  # asks first
        assert written.read_text(encoding="utf-8") == "keep me"
        assert "exists" in str(dialog.query_one("#export-problem").render())
        await pilot.press("enter")  # confirmed
        await settle(pilot)
        assert json.loads(written.read_text(encoding="utf-8"))["right"]["id"] == IDS[1]


@sync
async def test_c_copies_the_current_paragraph():
    async with running(size=(160, 48)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await pilot.press("n")
        await pilot.press("c")
        unit = view.current
        side = unit.side(view.side)
        source = view.comparison.left if view.side == "left" else view.comparison.right
        assert app.clipboard == "\n\n".join(source.paragraphs[i] for i in side.paragraphs)


@sync
async def test_m_jumps_between_the_halves_of_a_moved_paragraph(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path / "storm", {
        "a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join(STORM_B)}))
    async with running(corpus, size=(120, 36)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        moved = [i for i, u in enumerate(view.units) if u.kind == "moved"]
        assert len(moved) == 2
        assert "moved" in screen_text(app)  # the blank column says where the other half is
        view.jump(view.spot_of("right", 0))
        await pilot.press("m")
        assert view.cursor == moved[1] and view.side == "left"
        assert cursor_visible(view)
        await pilot.press("m")
        assert view.cursor == moved[0] and view.side == "right"


@sync
async def test_help_lists_every_key():
    async with running(size=(120, 50)) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        flat = " ".join(text.split())
        from seedreader.ui.keymap import binding_groups

        for _, bindings in binding_groups():
            for binding in bindings:
                assert (binding.tooltip or binding.description) in flat
        for key in ("?", "q", "n", "p", "N", "P", "m", "/", ">", "<", "s", "[", "]", "c", "e",
                    "f", "l", "r", "tab", "ctrl+p"):
            assert f"  {key} " in text or f" {key} " in text, key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@sync
async def test_tab_moves_between_panels_even_when_narrow():
    async with running(size=(80, 24)) as (app, pilot):
        assert isinstance(app.focused, CompareView)
        assert app.screen.has_class("-narrow")
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, SourceList)
        assert app.screen.query_one("#sidebar").display
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, FactList)
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, CompareView)
        assert not app.screen.has_class("-sidebar-focus")


def test_binding_ids_are_unique():
    from seedreader.ui.keymap import binding_groups

    ids = [b.id for _, bindings in binding_groups() for b in bindings]
    assert None not in ids
    assert len(ids) == len(set(ids)) == len(all_binding_ids())


@sync
async def test_keys_typed_in_one_burst_go_where_the_first_ones_send_them():
    from textual import events

    async with running(size=(80, 24)) as (app, pilot):
        for key, char in [("slash", "/"), ("t", "t"), ("r", "r"), ("u", "u"), ("m", "m"),
                          ("p", "p"), ("enter", "\r")]:
            app.post_message(events.Key(key, char))  # no pause between them, as in a paste
        await settle(pilot)
        view = app.screen.query_one(CompareView)
        assert view.query_text == "trump" and view.match_position[1] > 0
        for key in ("escape", "tab", "down", "down", "enter"):
            app.post_message(events.Key(key, None))
        await settle(pilot)
        assert pair(app) == (IDS[0], IDS[3])


def test_the_readme_names_every_binding_id():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("Binding ids:")[1].split("A config")[0]
    assert set(re.findall(r"`([a-z-]+)`", listed)) == all_binding_ids()


@sync
async def test_a_click_picks_the_paragraph_and_column_under_the_pointer():
    async with running(size=(160, 48)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        layout = view.wrapped
        target = next(i for i, u in enumerate(view.units) if u.right and i > 0
                      and layout.tops[i] < view.scrollable_content_region.height - 2)
        width = view.scrollable_content_region.width
        await pilot.click(CompareView, offset=(width - 5, layout.tops[target]))
        assert view.cursor == target and view.side == "right"


@sync
async def test_changing_the_theme_recolours_the_comparison():
    async with running(size=(120, 36)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        before = [segment.style for segment in view.render_line(3)]
        for theme in ("textual-light", "ansi-dark"):
            app.theme = theme
            await settle(pilot)
            after = [segment.style for segment in view.render_line(3)]
            assert after != before
            before = after


@sync
async def test_a_big_folder_opens_behind_a_loading_screen(tmp_path):
    import asyncio

    from seedreader.ui.app import SeedreaderApp
    from seedreader.ui.screens.main import MainScreen

    folder = write_corpus(tmp_path / "big", {"a.txt": "\n\n".join(STORM),
                                             "b.txt": "\n\n".join(STORM_B)})
    app = SeedreaderApp(None, path=str(folder))
    app.animation_level = "none"
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(100):
            if isinstance(app.screen, MainScreen):
                break
            await asyncio.sleep(0.05)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert pair(app) == ("a", "b")


@sync
async def test_a_big_folder_with_nothing_readable_ends_with_one_message(tmp_path):
    import asyncio

    from seedreader.ui.app import SeedreaderApp

    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "INDEX.md").write_text("| file | title |\n| --- | --- |\n| gone.txt | Gone |\n")
    app = SeedreaderApp(None, path=str(folder))
    async with app.run_test(size=(120, 36)):
        for _ in range(100):
            if app.load_error:
                break
            await asyncio.sleep(0.05)
    assert app.load_error and "\n" not in app.load_error
    assert app.return_code == 1


@sync
async def test_f_filters_the_facts_and_o_lists_conflicts_first():
    async with running(size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        everything = list(panel._shown)
        assert len(everything) > 5
        await pilot.press("f")
        assert panel.filter == "conflicts"
        assert panel._shown and all(panel.view.in_conflict(f) for f in panel._shown)
        await pilot.press("f")
        assert panel.filter == "quotes" and all(f.kind == "quote" for f in panel._shown)
        await pilot.press("f")
        assert panel.filter == "single" and all(f.support == 1 for f in panel._shown)
        await pilot.press("f")
        assert panel.filter == "all" and panel._shown == everything
        await pilot.press("o")
        conflicting = [panel.view.in_conflict(f) for f in panel._shown]
        assert conflicting == sorted(conflicting, reverse=True) and conflicting[0]


@sync
async def test_the_fact_list_is_filled_once_per_filter_switch_and_not_for_a_new_height():
    async with running(size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        fills = []
        refill = panel._refill
        panel._refill = lambda: (fills.append(panel.filter), refill())
        await pilot.press("f")
        assert fills == ["conflicts"]
        hidden = next(f for f in panel.view.facts if not panel.view.in_conflict(f))
        assert panel.select(hidden.id)  # not in "conflicts": back to "all", filled once
        assert fills == ["conflicts", "all"] and panel.current.id == hidden.id
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        assert fills == ["conflicts", "all"]  # a new height: the prompts are the same
        await pilot.resize_terminal(130, 40)
        await settle(pilot)
        assert fills == ["conflicts", "all", "all"]  # a new width: made again, to fit it
        width = panel.fact_list.scrollable_content_region.width
        for n in range(panel.fact_list.option_count):
            lines = str(panel.fact_list.get_option_at_index(n).prompt).split("\n")
            assert max(cell_len(line) for line in lines) <= width


@sync
async def test_the_command_palette_runs_reader_actions_and_picks_sources():
    async with running(size=(120, 36)) as (app, pilot):
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Swap sides")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert pair(app) == (IDS[1], IDS[0])
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Right: 4")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert pair(app) == (IDS[1], IDS[3])


@sync
async def test_in_a_narrow_terminal_the_column_header_names_both_sources_after_the_facts():
    from seedreader.ui.widgets.compare_header import CompareHeader

    async with running(size=(80, 24)) as (app, pilot):
        await pilot.press("tab", "tab")
        await settle(pilot)
        await pilot.press("enter")  # a fact: back to the comparison, at its mention
        await settle(pilot)
        assert isinstance(app.focused, CompareView)
        header = str(app.screen.query_one(CompareHeader).render())
        assert "L 1" in header and "R 2" in header


@sync
async def test_the_palette_offers_a_jump_to_the_moved_half_only_on_a_moved_paragraph(tmp_path):
    from seedreader.ui.commands import ReaderCommands

    corpus = load_corpus(write_corpus(tmp_path / "storm", {
        "a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join(STORM_B)}))
    async with running(corpus, size=(120, 36)) as (app, pilot):
        def titles():
            return [title for title, _, _ in ReaderCommands(app.screen)._commands()]

        view = app.screen.query_one(CompareView)
        moved = [i for i, u in enumerate(view.units) if u.kind == "moved"]
        assert view.cursor in moved
        assert "Jump to moved counterpart" in titles() and "Swap sides" in titles()
        view.jump(view.spot_of("left", 1))
        await settle(pilot)
        assert view.cursor not in moved
        assert "Jump to moved counterpart" not in titles() and "Swap sides" in titles()


@sync
async def test_the_footer_offers_next_match_only_while_there_is_a_search():
    from seedreader.ui.widgets.keys_bar import KeysBar

    async with running(size=(160, 48)) as (app, pilot):
        def footer() -> str:
            return str(app.screen.query_one(KeysBar).render())

        assert "Next match" not in footer()
        await pilot.press("slash", *"Trump", "enter")
        await settle(pilot)
        assert "Next match" in footer()
        await pilot.press("escape")
        await settle(pilot)
        assert "Next match" not in footer()


@sync
async def test_in_a_narrow_terminal_keys_that_act_on_the_comparison_show_it():
    async with running(size=(80, 24)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        for panel, key in (("tab", "n"), ("tab tab", "p"), ("tab", "N")):
            await pilot.press(*panel.split())
            await settle(pilot)
            assert not view.region  # a sidebar panel fills the screen
            before = view.cursor
            await pilot.press(key)
            await settle(pilot)
            assert view.region and isinstance(app.focused, CompareView), key
            assert view.cursor != before, key
            assert "▌" in screen_text(app), key  # the current paragraph is on screen


@sync
async def test_a_hedged_figure_says_which_sources_hedge_it_and_its_context_is_labelled():
    async with running(size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        index = next(i for i, f in enumerate(panel._shown) if f.value == "50%")
        prompt = str(panel.fact_list.get_option_at_index(index).prompt).split("\n")[0]
        assert prompt.split("  ")[-1].strip() == "50% · “about” in 2 of 5"
        forty = next(i for i, f in enumerate(panel._shown) if f.value == "40%")
        assert str(panel.fact_list.get_option_at_index(forty).prompt).split("\n")[0] \
            .endswith("40% · “more than” in 1 of 2")
        await pilot.press("tab", "tab")
        app.focused.highlighted = index
        await pilot.pause()
        detail = str(panel.query_one("#facts-detail").render()).split("\n")
        assert detail[0] == "50% · “about” in 2 of 5"
        assert detail[1].startswith("context: ")  # not a second, different "about"
        assert not any(line.startswith("about") for line in detail)


@sync
async def test_the_focused_comparison_is_framed_in_the_accent_like_a_focused_sidebar():
    async with running(size=(160, 48)) as (app, pilot):
        pane, sources = app.screen.query_one("#compare-pane"), app.screen.query_one("#sources")
        assert isinstance(app.focused, CompareView)  # at start
        focused_frame, idle_frame = pane.styles.border_top, sources.styles.border_top
        assert focused_frame[0] != "" and focused_frame[1] != idle_frame[1]
        await pilot.press("tab")  # the source list takes the keys and the accent
        await settle(pilot)
        assert sources.styles.border_top[1] == focused_frame[1]
        assert pane.styles.border_top[1] == idle_frame[1]


@sync
async def test_a_misquote_says_what_changed_in_the_facts_detail(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path / "tariffs", {
        "a.txt": "Minister on tariffs\n\nThe minister spoke on Monday. “We will never accept "
                 "these tariffs,” the minister said.",
        "b.txt": "Tariffs\n\nThe minister spoke on Monday. “We will accept these tariffs,” the "
                 "minister said."}))
    async with running(corpus, size=(160, 48)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        index = next(i for i, f in enumerate(panel._shown) if "never" in f.value)
        await pilot.press("tab", "tab")
        app.focused.highlighted = index
        await pilot.pause()
        detail = " ".join(str(panel.query_one("#facts-detail").render()).split())
        # Not only the other wording, but what the change is.
        assert "≠ misquoted: accept tariffs (“never” in one, not the other)" in detail
        assert "≠ conflicts with “We will accept these tariffs”" in detail


@sync
async def test_help_explains_the_marks_and_figures_on_screen():
    """QA: a newcomer had to guess at the dots, ≠, "held by" and the top line's figures."""
    from seedreader.ui.widgets.facts_panel import CONFLICT

    async with running(size=(120, 50)) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        flat = " ".join(str(app.screen.query_one("#help-text").render()).split())
        assert "On screen" in flat
        for mark in ("similarity", "of L in R", "↕", "●", CONFLICT, "“about” in", "context:",
                     "held by", "in view:"):
            assert mark in flat.split("On screen", 1)[1], mark
