"""Pictures of the reader's main views (pytest-textual-snapshot; update with --snapshot-update
after a deliberate change, and look at the result)."""

from __future__ import annotations

from ui_support import make_app, quiet_textual, settle

__all__ = ["quiet_textual"]


def steps(*keys: str, facts_filter: str | None = None):
    """A run_before that lets the app settle, then presses ``keys``, settling after each."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        if facts_filter:
            pilot.app.screen.facts_panel.filter = facts_filter
            await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def test_main_screen(snap_compare):
    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=steps("n", "n"))


def test_facts_panel_filtered_to_conflicts(snap_compare):
    assert snap_compare(make_app(), terminal_size=(160, 48),
                        # focused, then the first conflict picked (down and up): shown in both
                        run_before=steps("tab", "tab", "down", "up", facts_filter="conflicts"))


def test_help(snap_compare):
    assert snap_compare(make_app(), terminal_size=(120, 48), run_before=steps("question_mark"))


def test_export_dialog(snap_compare, monkeypatch):
    monkeypatch.chdir("/")  # the dialog shows the absolute path it will write
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=steps("e"))


def test_small_terminal(snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=steps("n"))


def test_small_terminal_sources(snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=steps("tab"))
