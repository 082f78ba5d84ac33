"""The dialogs over the reader: the warnings list and the export dialog."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog
from seedreader.ui.dialogs.warnings import WarningsScreen
from seedreader.ui.keymap import binding_groups

__all__ = ["quiet_textual"]

LONG_NAMES = [f"a-rather-long-file-name-number-{n}-that-wraps-in-the-dialog-{'x' * 40}.txt"
              for n in range(3)]


def corpus_with_warnings(folder):
    folder = write_corpus(folder, {"a.txt": "\n\n".join(STORM),
                                   "b.txt": "\n\n".join(reversed(STORM))})
    with open(folder / "INDEX.md", "a", encoding="utf-8") as index:
        index.write("".join(f"| {name} | lost |\n" for name in LONG_NAMES))
    return load_corpus(folder)


@sync
async def test_the_warnings_list_clears_the_load_notice_and_indents_wrapped_lines(tmp_path):
    corpus = corpus_with_warnings(tmp_path / "w")
    async with running(corpus, size=(80, 24)) as (app, pilot):
        assert any(n.title == "reading the articles" for n in app._notifications)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, WarningsScreen)
        assert not any(n.title == "reading the articles" for n in app._notifications)
        text = app.screen.query_one("#warnings-text")
        region = text.content_region.reset_offset
        lines = [strip.text.rstrip() for strip in text.render_lines(region)]
        lines = [line for line in lines if line]
        assert sum(line.startswith("• ") for line in lines) == len(corpus.warnings)
        assert len(lines) > len(corpus.warnings)  # some wrap...
        assert all(line.startswith(("• ", "  ")) for line in lines), lines  # ...under the bullet


@sync
async def test_the_export_dialog_remembers_the_last_folder_and_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    async with running(size=(100, 30)) as (app, pilot):
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one(Input).value = str(out / "first.json")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert (out / "first.json").exists(), str(dialog.query_one("#export-problem").render())
        await pilot.press("right_square_bracket", "e")  # another pair, the dialog again
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        name = Path(dialog.query_one(Input).value)
        assert name.parent == out and name.suffix == ".json"
        assert dialog.query_one("#export-format").pressed_button.name == "json"
        assert name.name.startswith(app.screen_stack[-2].left_id)  # named for the new pair


@sync
async def test_the_dialogs_close_keys_can_be_rebound_and_say_so(tmp_path):
    from ui_support import THEME

    from seedreader.config import Config

    corpus = corpus_with_warnings(tmp_path / "k")
    config = Config(keymap={"warnings-close": "x", "help-close": "z"}, theme=THEME)
    async with running(corpus, size=(100, 30), config=config) as (app, pilot):
        assert not any("keymap" in n.message for n in app._notifications)  # both accepted
        await pilot.press("w")
        await settle(pilot)
        assert str(app.screen.query_one(".dialog-foot").render()) == "x closes this list"
        await pilot.press("x")
        await settle(pilot)
        assert not isinstance(app.screen, WarningsScreen)
        await pilot.press("question_mark")
        await settle(pilot)
        assert str(app.screen.query_one(".dialog-foot").render()) == "z closes this help"
        await pilot.press("z")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "MainScreen"


@sync
async def test_the_dialogs_say_their_default_close_keys():
    async with running(size=(100, 30)) as (app, pilot):
        await pilot.press("question_mark")
        await settle(pilot)
        assert str(app.screen.query_one(".dialog-foot").render()) == "esc, q or ? closes this help"


@sync
async def test_the_help_is_wrapped_again_when_the_window_narrows():
    async with running(size=(120, 40)) as (app, pilot):
        await pilot.press("question_mark")
        await settle(pilot)
        text = app.screen.query_one("#help-text")
        wide = len(text.render_lines(text.content_region.reset_offset))
        await pilot.resize_terminal(60, 40)
        await settle(pilot)
        region = text.content_region.reset_offset
        lines = [strip.text.rstrip() for strip in text.render_lines(region)]
        assert len(lines) > wide
        # Re-wrapped by the dialog, not cut by the widget: after the introduction, a line that
        # does not start indented (keys, or a description's next line) is a group's name.
        groups = {group for group, _ in binding_groups()} | {"On screen"}
        after_intro = lines[lines.index(""):]
        assert all(line in groups for line in after_intro if line and not line[0].isspace())
