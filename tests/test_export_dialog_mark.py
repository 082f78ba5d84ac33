"""The reader's export dialog shows which format is chosen without colour: ● on the chosen
format's button, ○ on the others (QA session 11: all four showed ●, told apart by colour only,
invisible on a monochrome terminal)."""

from __future__ import annotations

from ui_support import STORM, quiet_textual, running, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog

__all__ = ["quiet_textual"]


def marks(dialog: ExportDialog) -> list[str]:
    """The first character of each format button as drawn, without any style."""
    buttons = dialog.query_one("#export-format").query("RadioButton")
    return [button.render().plain.lstrip("▐")[:1] for button in buttons]


@sync
async def test_the_chosen_format_has_its_own_mark(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": "\n\n".join(STORM),
                                           "b.txt": "\n\n".join(reversed(STORM))})
    async with running(load_corpus(folder), size=(120, 36)) as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert marks(dialog) == ["●", "○", "○", "○"]
        dialog.query_one("#export-format").focus()
        await pilot.press("right", "right")
        await pilot.pause()
        assert marks(dialog) == ["○", "○", "●", "○"]
