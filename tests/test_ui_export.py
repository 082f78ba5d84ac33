"""The export dialog: the file name follows the format chosen, and the export is what the CLI
writes for the same pair."""

from __future__ import annotations

import json

from textual.widgets import Input
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog

__all__ = ["quiet_textual"]


async def choose(pilot, dialog: ExportDialog, fmt: int) -> str:
    """Press format button ``fmt`` (html, md, json, text) and return the file name shown."""
    dialog.query_one("#export-format").query("RadioButton")[fmt].value = True
    await pilot.pause()
    return dialog.query_one(Input).value


@sync
async def test_switching_format_changes_only_a_suffix_of_ours(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = write_corpus(tmp_path / "dots", {"wire.v1.txt": "\n\n".join(STORM),
                                              "wire.v2.txt": "\n\n".join(reversed(STORM))})
    async with running(load_corpus(folder), size=(120, 36)) as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        field = dialog.query_one(Input)
        assert field.value == "wire.v1_vs_wire.v2.html"
        assert await choose(pilot, dialog, 1) == "wire.v1_vs_wire.v2.md"  # ids keep their dots
        field.value = "out/report.v2.html"
        assert await choose(pilot, dialog, 2) == "out/report.v2.json"
        assert await choose(pilot, dialog, 3) == "out/report.v2.txt"
        field.value = "notes.v2"  # not a suffix of ours: the user's name stays
        assert await choose(pilot, dialog, 0) == "notes.v2"
        field.value = "  "
        assert await choose(pilot, dialog, 1) == "wire.v1_vs_wire.v2.md"

        field.value = "report.v2.html"
        assert await choose(pilot, dialog, 2) == "report.v2.json"
        await pilot.press("enter")
        await settle(pilot)
        written = json.loads((tmp_path / "report.v2.json").read_text(encoding="utf-8"))
        assert written["left"]["id"] == "wire.v1" and written["right"]["id"] == "wire.v2"


def test_a_tally_at_hand_gives_the_same_export_and_is_used_only_for_its_own_corpus():
    from export_support import make_source

    from seedreader import compare, tally_facts
    from seedreader.export import render_pair

    seeds = load_corpus()
    tally = tally_facts(seeds)
    inside = compare(seeds[0], seeds[2])
    outside = compare(seeds[0], make_source("elsewhere", STORM))  # support counted over 6
    for comparison in (inside, outside):
        for fmt in ("html", "md", "json"):
            assert render_pair(comparison, fmt, corpus=seeds, tally=tally) == \
                render_pair(comparison, fmt, corpus=seeds)


@sync
async def test_the_reader_exports_with_the_tally_it_already_has(tmp_path, monkeypatch):
    import seedreader.facts

    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        assert app.screen.facts is not None

        def tally_again(corpus):
            raise AssertionError("the corpus was tallied again")

        monkeypatch.setattr(seedreader.facts, "tally_facts", tally_again)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        name = await choose(pilot, dialog, 2)
        await pilot.press("enter")
        await settle(pilot)
        written = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        facts = app.screen.facts
        mentioned = {f.id for f in facts.facts
                     if {m.source for m in f.mentions} & {written["left"]["id"],
                                                          written["right"]["id"]}}
        assert {f["id"] for f in written["facts"]["facts"]} == mentioned


async def open_export(pilot) -> ExportDialog:
    await pilot.press("e")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


def chosen(dialog: ExportDialog) -> str:
    return dialog.query_one("#export-format").pressed_button.name


@sync
async def test_the_suffix_typed_decides_the_format_written(tmp_path):
    async with running(size=(100, 30)) as (_app, pilot):
        dialog = await open_export(pilot)
        assert chosen(dialog) == "html"
        field = dialog.query_one(Input)
        field.value = str(tmp_path / "mismatch.json")
        await settle(pilot)
        assert chosen(dialog) == "json"  # the radio buttons follow the name
        assert field.value == str(tmp_path / "mismatch.json")
        await pilot.press("enter")
        await settle(pilot)
        written = json.loads((tmp_path / "mismatch.json").read_text(encoding="utf-8"))
        assert written["left"]["id"] == load_corpus().ids[0]

        dialog = await open_export(pilot)
        field = dialog.query_one(Input)
        field.value = str(tmp_path / "pair.HTM")
        await settle(pilot)
        assert chosen(dialog) == "html"
        await choose(pilot, dialog, 1)  # Markdown chosen after: the name follows it
        assert field.value == str(tmp_path / "pair.md")
        await pilot.press("enter")
        await settle(pilot)
        assert (tmp_path / "pair.md").read_text(encoding="utf-8").startswith(
            "<!-- seedreader export -->\n#")


@sync
async def test_the_arrows_in_the_format_buttons_choose_the_format(tmp_path):
    async with running(size=(100, 30)) as (app, pilot):
        dialog = await open_export(pilot)
        field = dialog.query_one(Input)
        field.value = str(tmp_path / "pair.html")
        await pilot.press("shift+tab")  # from the file name to the format buttons
        assert app.focused is dialog.query_one("#export-format")
        await pilot.press("right", "right")
        await settle(pilot)
        assert chosen(dialog) == "json"
        assert field.value == str(tmp_path / "pair.json")
        await pilot.press("left")
        await settle(pilot)
        assert chosen(dialog) == "md" and field.value == str(tmp_path / "pair.md")
        await pilot.press("down", "down")  # md -> json -> text
        await settle(pilot)
        assert chosen(dialog) == "text"
        await pilot.press("tab", "enter")  # back to the file name; enter writes
        await settle(pilot)
        assert (tmp_path / "pair.txt").exists()
        assert not (tmp_path / "pair.html").exists()


@sync
async def test_enter_on_the_format_chosen_exports_in_that_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_export(pilot)
        await pilot.press("shift+tab")  # from the file name to the formats, above it
        await pilot.pause()
        assert app.focused is dialog.query_one("#export-format")
        await pilot.press("right", "right", "enter")  # JSON, then enter: exported at once
        await settle(pilot)
        assert app.screen is not dialog
        written = list(tmp_path.glob("*.json"))
        assert len(written) == 1 and not list(tmp_path.glob("*.html"))
        assert json.loads(written[0].read_text(encoding="utf-8"))["left"]["id"]


@sync
async def test_enter_on_cancel_still_cancels(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_export(pilot)
        dialog.query_one("#export-cancel-button").focus()
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is not dialog
        assert not list(tmp_path.iterdir())  # nothing written
