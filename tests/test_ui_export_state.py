"""The export dialog's folder and format last from one run of the reader to the next: each
corpus's last export is saved in the state (QA: after quitting, the dialog offered the working
folder and HTML again). Per corpus: a corpus is one story, whose exports go together."""

from __future__ import annotations

import json
import os

from textual.widgets import Input
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.config import BUNDLED, State, corpus_key, load_state, save_state
from seedreader.paths import state_file
from seedreader.ui.dialogs.export import ExportDialog, default_name

__all__ = ["quiet_textual"]


async def open_dialog(pilot) -> ExportDialog:
    await pilot.press("e")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


async def export_as(pilot, name: str, enters: int = 1) -> None:
    """The dialog, its name replaced by ``name`` typed key by key, then enter."""
    dialog = await open_dialog(pilot)
    await pilot.press("ctrl+u", *name)
    await settle(pilot)
    for _ in range(enters):
        await pilot.press("enter")
        await settle(pilot)
    assert pilot.app.screen is not dialog, dialog.query_one("#export-problem").render()


async def state_written(pilot) -> None:
    """Wait for the state to be written (the app saves a moment after a change)."""
    from seedreader.ui.app import SAVE_AFTER

    await pilot.pause(SAVE_AFTER + 0.3)
    await settle(pilot)


def offered(dialog: ExportDialog) -> tuple[str, str]:
    return dialog.query_one(Input).value, dialog.query_one("#export-format").pressed_button.name


def pair_name(app, fmt: str) -> str:
    return default_name(app.screen.comparison, fmt)


@sync
async def test_the_last_folder_and_format_are_offered_after_quitting(tmp_path, monkeypatch):
    work = tmp_path / "x"
    out = work / "out"
    out.mkdir(parents=True)
    monkeypatch.chdir(work)
    async with running(size=(120, 36)) as (app, pilot):
        await export_as(pilot, "out/mine.md")  # relative to the working folder
        assert (out / "mine.md").exists()
        await state_written(pilot)
    saved = json.loads(state_file().read_text(encoding="utf-8"))
    assert saved["exports"] == {BUNDLED: {"folder": str(out), "format": "md"}}

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the next run starts somewhere else: the folder is absolute
    state, notices = load_state()
    assert notices == []
    async with running(size=(120, 36), state=state) as (app, pilot):
        dialog = await open_dialog(pilot)
        assert offered(dialog) == (str(out / pair_name(app, "md")), "md")
        await pilot.press("enter")
        await settle(pilot)
        assert (out / pair_name(app, "md")).exists()
        assert not list(elsewhere.iterdir())


@sync
async def test_a_saved_folder_that_is_gone_falls_back_quietly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    gone = tmp_path / "gone"
    state = State(exports={BUNDLED: (str(gone), "json")})
    async with running(size=(120, 36), state=state) as (app, pilot):
        dialog = await open_dialog(pilot)
        assert offered(dialog) == (pair_name(app, "json"), "json")  # the working folder
        assert not [n for n in app._notifications if n.severity != "information"]
        await pilot.press("escape")
        await settle(pilot)

    (tmp_path / "afile").write_text("not a folder")  # a file where the folder was: the same
    state = State(exports={BUNDLED: (str(tmp_path / "afile"), "text")})
    async with running(size=(120, 36), state=state) as (app, pilot):
        dialog = await open_dialog(pilot)
        assert offered(dialog) == (pair_name(app, "text"), "text")


@sync
async def test_each_corpus_has_its_own_last_export(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seeds_out, storm_out = tmp_path / "seeds-out", tmp_path / "storm-out"
    seeds_out.mkdir()
    storm_out.mkdir()
    storm = load_corpus(write_corpus(tmp_path / "storm", {
        "a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join(reversed(STORM))}))
    async with running(size=(120, 36)) as (app, pilot):
        await export_as(pilot, f"{seeds_out}/s.json")
        await state_written(pilot)
    state, _ = load_state()
    async with running(storm, size=(120, 36), state=state) as (app, pilot):
        dialog = await open_dialog(pilot)
        assert offered(dialog) == (pair_name(app, "html"), "html")  # nothing saved for it
        await pilot.press("escape")
        await settle(pilot)
        await export_as(pilot, f"{storm_out}/t.txt")
        await state_written(pilot)
    state, _ = load_state()
    assert state.export_for(BUNDLED) == (str(seeds_out), "json")
    assert state.export_for(corpus_key(storm.path)) == (str(storm_out), "text")
    async with running(size=(120, 36), state=state) as (app, pilot):
        dialog = await open_dialog(pilot)
        assert offered(dialog) == (str(seeds_out / pair_name(app, "json")), "json")


@sync
async def test_a_device_written_through_is_not_remembered(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (_app, pilot):
        await export_as(pilot, "/dev/null", enters=2)  # (it exists: enter twice)
        await state_written(pilot)
    state, _ = load_state()
    assert state.exports == {}


def test_bad_saved_exports_are_dropped_and_good_ones_kept(tmp_path):
    good = str(tmp_path)
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": 1, "pairs": {BUNDLED: ["a", "b"]}, "exports": {
        "good": {"folder": good, "format": "md"},
        "relative": {"folder": "out", "format": "md"},
        "format": {"folder": good, "format": "pdf"},
        "no format": {"folder": good},
        "folder a number": {"folder": 3, "format": "md"},
        "format a list": {"folder": good, "format": ["md"]},
        "nul": {"folder": good + "/a\0b", "format": "md"},
        "too long": {"folder": "/" + "a" * 5000, "format": "md"},
        "surrogate": {"folder": good + "/\udc80", "format": "md"},
        "a list": [good, "md"],
    }}))
    state, notices = load_state()
    assert notices == []
    assert state.exports == {"good": (good, "md")}
    assert state.pair_for(BUNDLED) == ("a", "b")  # the rest of the state is read as before

    for exports in ([], "x", None, 3):
        path.write_text(json.dumps({"version": 1, "exports": exports, "theme": "nord"}))
        state, notices = load_state()
        assert state.exports == {} and state.theme == "nord" and notices == []


def test_saved_exports_round_trip_and_keep_the_latest_corpora(tmp_path):
    state = State()
    for n in range(60):
        state = state.with_export(f"/corpus/{n}", f"/out/{n}", "html")
    state = state.with_export("/corpus/10", "/out/ten", "json")  # used again: kept, last
    assert len(state.exports) == 50 and list(state.exports)[-1] == "/corpus/10"
    assert "/corpus/9" not in state.exports and "/corpus/11" in state.exports
    assert save_state(state)
    loaded, _ = load_state()
    assert loaded.exports == state.exports
    assert list(loaded.exports) == list(state.exports)
    assert "exports" not in State().to_dict()  # (a state without exports is as it was)
    assert os.path.isabs(loaded.export_for("/corpus/10")[0])
