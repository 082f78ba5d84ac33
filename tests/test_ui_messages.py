"""Messages name sources as the list does: its number and the title, never an internal id."""

from __future__ import annotations

from ui_support import quiet_textual, running, settle, sync

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog
from seedreader.ui.source_labels import named

__all__ = ["quiet_textual"]

SEEDS = load_corpus()
IDS = SEEDS.ids


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def test_a_source_is_named_by_its_number_and_its_title_clipped():
    assert named(SEEDS, IDS[1]) == "2 “Mexico’s Sheinbaum tells Trump…”"
    assert named(SEEDS, IDS[0], 80) == f"1 “{SEEDS[0].title}”"
    assert named(None, IDS[0]) == IDS[0]  # no corpus to number it in


@sync
async def test_the_copy_notice_names_the_source_by_number_and_title():
    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("right", "c")  # the right column's first paragraph
        await settle(pilot)
        copied = [m for m in messages(app) if m.startswith("copied")]
        assert copied == [(f"copied ¶1 of source 2 “Mexico’s Sheinbaum tells Trump…” "
                           f"({len(app.clipboard)} characters)")]
        assert not any(sid in m for m in messages(app) for sid in IDS)


@sync
async def test_the_export_dialog_heading_names_both_sources_by_number_and_title():
    async with running(size=(80, 24)) as (app, pilot):
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        heading = str(app.screen.query_one("#export-heading").render())
        assert heading.startswith("Export 1 “Sheinbaum rules out")
        assert "⇄ 2 “Mexico’s Sheinbaum" in heading
        assert "\n" not in heading.strip() and not any(sid in heading for sid in IDS)
