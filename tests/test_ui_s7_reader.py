"""Session 7 reader fixes: changed files noticed, quick quit, keymap clashes, the palette,
Escape when narrow, a too-small terminal, feedback for keys that do nothing, stale notices."""

from __future__ import annotations

from ui_support import quiet_textual, running, settle, sync

__all__ = ["quiet_textual"]


@sync
async def test_the_palette_leaves_out_textuals_key_panel_and_keeps_the_readers_help():
    async with running(size=(120, 36)) as (app, pilot):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Keys" not in titles
        assert "Quit" in titles and "Theme" in titles  # the others stay
        from seedreader.ui.commands import ACTIONS

        assert any(title == "Help" for title, _, _ in ACTIONS)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"keys")
        await settle(pilot)
        from textual.command import CommandPalette

        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await pilot.press("escape")
        await settle(pilot)
        assert not app.screen.query("HelpPanel")
