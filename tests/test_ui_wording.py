"""Words the reader shows: counts agree in number, dialogs name their own keys, a copy notice
names the source plainly, and toasts leave the search count in view."""

from __future__ import annotations

from ui_support import STORM, make_app, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog
from seedreader.ui.dialogs.help import HelpScreen
from seedreader.ui.widgets.keys_bar import KeysBar

__all__ = ["quiet_textual"]


def topbar(app) -> str:
    return str(app.screen.query_one("#topbar").render())


@sync
async def test_one_source_is_one_source(tmp_path):
    folder = write_corpus(tmp_path / "one", {"a.txt": "\n\n".join(STORM)})
    async with running(load_corpus(folder), size=(160, 48)) as (app, _pilot):
        assert "of 1 source" in topbar(app) and "of 1 sources" not in topbar(app)


@sync
async def test_many_sources_are_sources():
    async with running(size=(160, 48)) as (app, _pilot):
        assert "of 5 sources" in topbar(app)


def keys_shown(app) -> str:
    return str(app.screen.query_one(KeysBar).render())


def only_its_own_keys(app, key: str) -> None:
    """The keys bar names ``key`` and none of the reader's keys behind the dialog."""
    shown = keys_shown(app)
    assert key in shown
    assert not any(word in shown for word in ("Next diff", "Swap", "Quit", "Copy")), shown


@sync
async def test_the_help_shows_its_own_keys_not_the_reader_s():
    async with running(size=(160, 48)) as (app, pilot):
        assert "Next diff" in keys_shown(app)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        only_its_own_keys(app, "Close")


@sync
async def test_the_export_dialog_shows_its_own_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        only_its_own_keys(app, "Cancel")
        await pilot.press("shift+tab")  # the formats: enter exports
        await settle(pilot)
        assert "Export" in keys_shown(app)


@sync
async def test_toasts_leave_the_search_count_in_view():
    for size in ((160, 48), (80, 24)):
        app = make_app()
        async with app.run_test(size=size, notifications=True) as pilot:
            await settle(pilot)
            await pilot.press("slash", *"Trump", "enter", "c")  # a copy notice, search open
            await settle(pilot)
            await pilot.pause(0.1)
            count = app.screen.query_one("#find-count").region
            toasts = [t.region for t in app.screen.query("Toast")]
            assert toasts and count.height
            assert not any(t.overlaps(count) for t in toasts), (toasts, count)
