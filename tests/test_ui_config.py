"""Config and state: bad files fall back to defaults with a notice and are kept aside; the reader
remembers the pair and theme; keys can be rebound by binding id."""

from __future__ import annotations

import json
import os

import pytest
from ui_support import make_app, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.config import BUNDLED, VERSION, Config, State, load_config, load_state, save_state
from seedreader.errors import SeedreaderError
from seedreader.paths import config_file, state_file
from seedreader.ui.dialogs.help import HelpScreen
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]
IDS = load_corpus().ids


@pytest.mark.parametrize("content", [b"", b"   \n", b"{not json", b"[1, 2]", b"\xff\xfe\x00",
                                     json.dumps({"version": VERSION + 1}).encode()])
def test_a_bad_state_file_is_moved_aside_and_defaults_are_used(content):
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    state, notices = load_state()
    assert state == State()
    assert len(notices) == 1 and str(path) in notices[0]
    assert not path.exists()
    aside = path.with_name("state.json.bad")
    assert aside.read_bytes() == content  # kept, not overwritten
    path.write_bytes(content)
    load_state()
    assert path.with_name("state.json.bad.1").read_bytes() == content


def test_a_newer_state_file_says_so():
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": 99, "pairs": {}}))
    _, notices = load_state()
    assert "newer seedreader" in notices[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_state_file_is_left_alone_when_it_cannot_be_moved():
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_text("{}")
    path.chmod(0)
    path.parent.chmod(0o500)  # no renaming in the folder either
    try:
        state, notices = load_state()
        assert not state.writable and "could not be moved aside" in notices[0]
        assert save_state(state.with_pair(BUNDLED, "a", "b")) is False
    finally:
        path.parent.chmod(0o700)
        path.chmod(0o600)


def test_a_bad_file_that_cannot_be_moved_aside_is_never_written_over(monkeypatch):
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_text("{broken")

    def refuse(*args):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(os, "replace", refuse)
    state, notices = load_state()
    assert not state.writable and "could not be moved aside" in notices[0]
    assert save_state(state.with_pair(BUNDLED, "a", "b")) is False
    assert path.read_text() == "{broken"


def test_state_round_trip_and_atomic_save():
    state = State().with_pair(BUNDLED, IDS[2], IDS[4]).with_theme("nord")
    assert save_state(state)
    loaded, notices = load_state()
    assert notices == []
    assert loaded.pair_for(BUNDLED) == (IDS[2], IDS[4]) and loaded.theme == "nord"
    assert [p.name for p in state_file().parent.iterdir()] == ["state.json"]  # no temp left


def test_config_keymap_and_theme_are_read_and_bad_entries_named():
    path = config_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": 1, "theme": "nord",
                                "keymap": {"next-difference": "x,j", "swap": ["w"], "copy": 3}}))
    config, notices = load_config()
    assert config.theme == "nord"
    assert config.keymap == {"next-difference": "x,j", "swap": "w"}
    assert len(notices) == 1 and "'copy'" in notices[0]


@sync
async def test_a_corrupt_state_file_gives_a_notice_in_the_reader():
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_text("{corrupt")
    state, notices = load_state()
    async with running(state=state, notices=notices, size=(120, 36)) as (app, _pilot):
        messages = [n.message for n in app._notifications]
        assert any("state" in m and "not valid JSON" in m for m in messages)
        assert app.screen.query_one(CompareView).comparison is not None


@sync
async def test_the_reader_remembers_the_pair_and_opens_it_next_time():
    async with running(size=(120, 36)) as (app, pilot):
        await pilot.press("right_square_bracket", "s")
        await settle(pilot)
    saved = json.loads(state_file().read_text())
    assert saved["pairs"][BUNDLED] == [IDS[2], IDS[0]]
    state, _ = load_state()
    async with running(state=state, size=(120, 36)) as (app, pilot):
        comparison = app.screen.query_one(CompareView).comparison
        assert (comparison.left.id, comparison.right.id) == (IDS[2], IDS[0])


@sync
async def test_the_state_holds_the_last_pair_of_each_corpus_and_the_theme_and_nothing_else(
        tmp_path):
    from ui_support import STORM

    folder = write_corpus(tmp_path / "storm", {name: "\n\n".join(STORM[i:] + STORM[:i])
                                               for i, name in enumerate(("a.txt", "b.txt",
                                                                         "c.txt"))})
    storm = load_corpus(folder)
    async with running(size=(120, 36)) as (app, pilot):  # the seeds
        await pilot.press("s")
        await settle(pilot)
    state, _ = load_state()
    async with running(storm, state=state, size=(120, 36)) as (app, pilot):
        await pilot.press("right_square_bracket")
        await settle(pilot)
    saved = json.loads(state_file().read_text())
    assert set(saved) == {"version", "theme", "pairs"}  # no "last corpus": it was never used
    assert saved["pairs"] == {BUNDLED: [IDS[1], IDS[0]],
                              str(folder.resolve()): [storm.ids[0], storm.ids[2]]}
    state, _ = load_state()
    async with running(state=state, size=(120, 36)) as (app, _pilot):  # the seeds, their pair
        comparison = app.screen.query_one(CompareView).comparison
        assert (comparison.left.id, comparison.right.id) == (IDS[1], IDS[0])


@sync
async def test_the_reader_remembers_the_theme():
    async with running(size=(120, 36)) as (app, pilot):
        app.theme = "nord"
        await pilot.pause(0.8)
    state, _ = load_state()
    assert state.theme == "nord"
    assert make_app(state=state).theme == "nord"


@sync
async def test_keys_are_rebound_by_binding_id_and_help_shows_the_new_key():
    config = Config(keymap={"next-difference": "x", "no-such-binding": "y"}, theme="textual-dark")
    async with running(config=config, size=(120, 50)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        start = view.cursor
        await pilot.press("x")
        assert view.cursor > start
        moved_to = view.cursor
        await pilot.press("n")  # no longer bound
        assert view.cursor == moved_to
        assert any("no-such-binding" in n.message for n in app._notifications)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        line = next(li for li in text.splitlines() if "next difference" in li)
        assert line.split()[0] == "x"


@sync
async def test_a_rebound_jump_key_is_named_beside_moved_paragraphs(tmp_path):
    from test_ui_app import STORM, STORM_B
    from ui_support import screen_text

    corpus = load_corpus(write_corpus(tmp_path / "storm", {
        "a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join(STORM_B)}))
    config = Config(keymap={"jump-moved": "g"}, theme="textual-dark")
    async with running(corpus, size=(120, 36), config=config) as (app, pilot):
        view = app.screen.query_one(CompareView)
        assert "· g" in screen_text(app)
        start = view.cursor
        await pilot.press("g")
        assert view.cursor != start and view.units[view.cursor].kind == "moved"


def test_a_folder_with_nothing_readable_is_one_clear_error(tmp_path, capsys):
    from seedreader.cli import main
    from seedreader.ui.app import run

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.bin").write_bytes(b"\x00\x01")
    with pytest.raises(SeedreaderError):
        run(str(empty))
    assert main([str(empty)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("seedreader: error:")


def test_a_corpus_of_one_source_opens(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path / "one", {"only.txt": "Just one article here."}))
    app = make_app(corpus)
    assert app.get_default_screen().left_id == app.get_default_screen().right_id


def readme_config() -> str:
    """The example config.json of the README (its one JSON block with a keymap)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```json\n(.*?)```", readme, re.DOTALL) if '"keymap"' in b]
    assert len(blocks) == 1, blocks
    return blocks[0]


@sync
async def test_the_readmes_example_config_loads_without_a_notice_and_its_keys_work(tmp_path):
    """The README showed "next-difference": "n,j", refused since j moves to the next
    paragraph: the example must be one the reader takes as it is."""
    path = tmp_path / "config.json"
    path.write_text(readme_config(), encoding="utf-8")
    config, notices = load_config(path)
    assert notices == [] and config.keymap and config.theme
    async with running(config=config, size=(120, 50)) as (app, pilot):
        assert app.keymap == config.keymap  # every entry taken
        assert not [n.message for n in app._notifications if n.title == "settings"]
        assert app.theme == config.theme
        for binding_id, keys in config.keymap.items():  # each key it gives does the thing
            for key in keys.split(","):
                if binding_id == "next-difference":
                    view = app.screen.query_one(CompareView)
                    start = view.cursor
                    await pilot.press(key)
                    await settle(pilot)
                    assert view.cursor > start, key
                elif binding_id == "swap":
                    pair = (app.screen.left_id, app.screen.right_id)
                    await pilot.press(key)
                    await settle(pilot)
                    assert (app.screen.left_id, app.screen.right_id) == pair[::-1], key
