"""Both lists (sources, facts) draw the marks of their highlighted row, and only that row's, in
the colour for the cursor, focused or not, after every change: a move, a refill, a new pair,
the focus coming and going (widgets.cursor_marks)."""

from __future__ import annotations

from ui_support import quiet_textual, running, settle, sync

from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.cursor_marks import CursorMarks
from seedreader.ui.widgets.facts_panel import FactList, FactsPanel
from seedreader.ui.widgets.source_list import SourceList

__all__ = ["quiet_textual"]

FOCUSED, BLURRED = "$reader-accent-on-cursor", "$reader-accent-on-cursor-blurred"


def rows_on_cursor(rows) -> dict[int, set[str]]:
    """The rows whose prompt uses a cursor colour, with the colours used."""
    out = {}
    for i in range(rows.option_count):
        styles = {s.style for s in rows.get_option_at_index(i).prompt.spans}
        used = {c for c in (FOCUSED, BLURRED) if any(str(s).endswith(c) for s in styles)}
        if used:
            out[i] = used
    return out


@sync
async def test_only_the_highlighted_row_of_either_list_has_its_marks_in_the_cursor_colour():
    async with running(size=(160, 48)) as (app, pilot):
        sources, facts = app.screen.query_one(SourceList), app.screen.query_one(FactList)
        assert isinstance(sources, CursorMarks) and isinstance(facts, CursorMarks)
        for rows in (sources, facts):
            rows.focus()
            await settle(pilot)
            assert rows_on_cursor(rows) == {rows.highlighted: {FOCUSED}}
            await pilot.press("down")
            await settle(pilot)
            assert rows_on_cursor(rows) == {rows.highlighted: {FOCUSED}}
            app.screen.query_one(CompareView).focus()
            await settle(pilot)
            assert rows_on_cursor(rows) == {rows.highlighted: {BLURRED}}
        panel = app.screen.query_one(FactsPanel)
        for name in ("conflicts", "quotes", "all"):  # the list refilled, its cursor on row 0 again
            panel.filter = name
            await settle(pilot)
            assert rows_on_cursor(facts) == {facts.highlighted: {BLURRED}}, name
        ids = app.screen.corpus.ids
        await pilot.press("right_square_bracket")  # a new right source: rows redrawn
        await settle(pilot)
        assert rows_on_cursor(sources) == {sources.highlighted: {BLURRED}}
        assert sources.right_id != ids[1] or sources.left_id != ids[0]
