"""Session 7 reader fixes: changed files noticed, quick quit, keymap clashes, the palette,
Escape when narrow, a too-small terminal, feedback for keys that do nothing, stale notices."""

from __future__ import annotations

import contextlib

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


@sync
async def test_a_too_small_terminal_says_so_and_the_reader_comes_back_when_it_grows():
    from textual.widgets import Static

    from seedreader.ui.app import MIN_SIZE, TooSmallScreen
    from seedreader.ui.screens.main import MainScreen

    async with running(size=(20, 6)) as (app, pilot):
        assert isinstance(app.screen, TooSmallScreen)
        text = str(app.screen.query_one(Static).render())
        assert text == f"terminal too small (need {MIN_SIZE[0]}x{MIN_SIZE[1]})"
        await pilot.resize_terminal(120, 36)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.resize_terminal(MIN_SIZE[0], MIN_SIZE[1])  # just big enough: the reader
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.resize_terminal(MIN_SIZE[0] - 1, 30)
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code is not None or not app.is_running


def notice_titles(app) -> list[str]:
    return [notice.title for notice in app._notifications]


@sync
async def test_a_conflicts_notice_goes_when_the_pair_changes():
    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("N")
        await pilot.pause()
        assert any(t.startswith("conflict 1 of") for t in notice_titles(app)), notice_titles(app)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert not any(t.startswith("conflict") for t in notice_titles(app)), notice_titles(app)
        # Notices not about the pair stay: a copy's, say.
        await pilot.press("c")
        await pilot.press("s")
        await settle(pilot)
        assert any(n.message.startswith("copied") for n in app._notifications)


@sync
async def test_the_notice_that_announces_a_new_pair_stays_with_it(tmp_path):
    """Enter on a fact neither article holds shows a source that holds it, with a notice saying
    so: that notice is about the new pair and stays."""
    from seedreader.ui.widgets.facts_panel import FactList

    async with running(size=(160, 48)) as (app, pilot):
        screen = app.screen
        left, right = screen.left_id, screen.right_id
        fact = next(f for f in screen.facts.facts
                    if left not in f.sources and right not in f.sources and f.sources)
        await pilot.press("N")  # a conflict notice first: it goes, the new one stays
        await pilot.pause()
        screen.set_focus(screen.query_one(FactList))
        await pilot.pause()
        screen.facts_panel.select(fact.id)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.right_id != right
        assert any(n.message.startswith("showing") for n in app._notifications)
        assert not any(t.startswith("conflict") for t in notice_titles(app))


@sync
async def test_escape_backs_out_of_the_sidebar_to_the_comparison_when_narrow():
    from seedreader.ui.widgets.compare_view import CompareView
    from seedreader.ui.widgets.facts_panel import FactList
    from seedreader.ui.widgets.source_list import SourceList

    async with running(size=(80, 24)) as (app, pilot):
        for panel, tabs in ((SourceList, 1), (FactList, 2)):
            await pilot.press(*["tab"] * tabs)
            await pilot.pause()
            assert isinstance(app.focused, panel)
            assert app.screen.has_class("-sidebar-focus")
            cursor = app.screen.compare_view.cursor
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.focused, CompareView)
            assert not app.screen.has_class("-sidebar-focus")
            assert app.screen.compare_view.cursor == cursor  # back where it was


@sync
async def test_escape_in_a_wide_terminal_leaves_the_focus_in_the_sidebar():
    from seedreader.ui.widgets.source_list import SourceList

    async with running(size=(160, 48)) as (app, pilot):
        await pilot.press("tab", "escape")
        await pilot.pause()
        assert isinstance(app.focused, SourceList)  # both are on screen: nothing to back out of


def messages(app) -> list[str]:
    return [notice.message for notice in app._notifications]


@sync
async def test_keys_that_do_nothing_now_say_why(tmp_path):
    from ui_support import STORM, write_corpus

    from seedreader import load_corpus
    from seedreader.ui.widgets.source_list import SourceList

    corpus = load_corpus(write_corpus(tmp_path / "c", {
        "a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join(STORM[:3] + ["A new line here."])}))
    assert not corpus.warnings
    async with running(corpus, size=(160, 48)) as (app, pilot):
        screen = app.screen
        assert screen.compare_view.counterpart() is None
        await pilot.press("w")
        await pilot.pause()
        assert any(m.startswith("no warnings") for m in messages(app)), messages(app)
        await pilot.press("m")
        await pilot.pause()
        assert any("not moved" in m for m in messages(app)), messages(app)
        await pilot.press("tab")  # the source list, on the right source
        await pilot.pause()
        sources = app.focused
        assert isinstance(sources, SourceList)
        sources.highlighted = 1
        await pilot.press("r")
        await settle(pilot)
        assert any("already on the right" in m for m in messages(app)), messages(app)
        assert (screen.left_id, screen.right_id) == tuple(corpus.ids)


@sync
async def test_keys_that_work_say_nothing_extra(tmp_path):
    from ui_support import STORM, write_corpus

    from seedreader import load_corpus

    corpus = load_corpus(write_corpus(tmp_path / "c", {
        "a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join([STORM[3]] + STORM[:3] + STORM[4:]),
        "c.txt": "\n\n".join(STORM[:2])}))
    async with running(corpus, size=(160, 48)) as (app, pilot):
        screen = app.screen
        while screen.compare_view.counterpart() is None:
            await pilot.press("n")
            await pilot.pause()
        await pilot.press("m")  # a moved paragraph: m jumps, no notice
        await pilot.press("tab")
        app.focused.highlighted = 2
        await pilot.press("enter")  # enter on another source: compares it, no notice
        await settle(pilot)
        await pilot.press("tab")
        app.focused.highlighted = 2
        await pilot.press("enter")  # enter on the right one: reads it, no notice
        await settle(pilot)
        assert screen.right_id == corpus.ids[2]
        assert not any("already" in m or "not moved" in m or m.startswith("no warnings")
                       for m in messages(app)), messages(app)


def storm_corpus(folder):
    from ui_support import STORM, write_corpus

    from seedreader import load_corpus

    return load_corpus(write_corpus(folder, {
        "a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join(STORM[:4] + ["A new line here."]),
        "c.txt": "\n\n".join(reversed(STORM)), "d.txt": "\n\n".join(STORM[2:])}, index=False))


@contextlib.asynccontextmanager
async def on_disk(tmp_path):
    """``async with on_disk(tmp_path) as (folder, app, pilot)``: the reader on a folder."""
    folder = tmp_path / "c"
    async with running(storm_corpus(folder), size=(160, 48)) as (app, pilot):
        yield folder, app, pilot


async def look(app, pilot) -> None:
    """The reader's look at the folder's files, now (it looks every few seconds)."""
    app.check_files()
    await settle(pilot)


def later(path):
    """Touch ``path`` so that its time differs from the one read (coarse file systems)."""
    import os

    info = os.stat(path)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


@sync
async def test_files_changed_on_disk_are_noticed_and_r_reloads_keeping_the_pair_and_place(
        tmp_path):
    from seedreader.ui.screens.main import MainScreen
    from seedreader.ui.widgets.keys_bar import KeysBar

    async with on_disk(tmp_path) as (folder, app, pilot):
        await pilot.press("right_square_bracket")  # a then c
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        place = app.screen.place()
        pair = (app.screen.left_id, app.screen.right_id)
        assert pair == ("a", "c") and place[1] > 0
        await pilot.press("R")  # nothing changed: it says so, nothing reloads
        await settle(pilot)
        assert any("no article changed" in m for m in messages(app))
        screen = app.screen

        (folder / "a.txt").write_text((folder / "a.txt").read_text() + "\n\nA late update.")
        later(folder / "a.txt")
        (folder / "e.txt").write_text("A new report on the storm.\n\nIt rained all day.")
        (folder / "d.txt").unlink()
        await look(app, pilot)
        assert app.changed == (("a.txt",), ("e.txt",), ("d.txt",))
        notice = app.notice("files")
        assert notice is not None
        assert "a.txt edited; e.txt added; d.txt deleted" in notice.message
        assert "R reloads" in notice.message
        assert "R Reload" in str(app.screen.query_one(KeysBar).render())

        await pilot.press("R")
        await settle(pilot)
        assert app.screen is not screen and isinstance(app.screen, MainScreen)
        assert app.screen.corpus.ids == ("a", "b", "c", "e")
        assert app.screen.corpus["a"].paragraphs[-1] == "A late update."
        assert (app.screen.left_id, app.screen.right_id) == pair
        assert app.screen.place() == place
        assert app.changed is None and app.notice("files") is None
        assert "R Reload" not in str(app.screen.query_one(KeysBar).render())
        await look(app, pilot)  # what was reloaded is the new baseline
        assert app.changed is None


@sync
async def test_a_source_deleted_on_disk_leaves_the_pair_for_another_on_reload(tmp_path):
    async with on_disk(tmp_path) as (folder, app, pilot):
        (folder / "b.txt").unlink()  # the right one
        await look(app, pilot)
        await pilot.press("R")
        await settle(pilot)
        assert app.screen.corpus.ids == ("a", "c", "d")
        assert app.screen.left_id == "a" and app.screen.right_id in ("c", "d")


@sync
async def test_files_that_are_not_articles_or_change_back_raise_no_notice(tmp_path):
    async with on_disk(tmp_path) as (folder, app, pilot):
        (folder / "export.html").write_text("<html></html>")
        (folder / ".hidden.txt").write_text("x")
        await look(app, pilot)
        assert app.changed is None and app.notice("files") is None
        (folder / "e.txt").write_text("A new report.")
        await look(app, pilot)
        assert app.notice("files") is not None
        (folder / "e.txt").unlink()  # gone again: as it was read
        await look(app, pilot)
        assert app.changed is None and app.notice("files") is None


@sync
async def test_an_export_after_a_change_on_disk_warns_before_writing_the_old_text(tmp_path):
    from seedreader.ui.dialogs.export import ExportDialog

    async with on_disk(tmp_path) as (folder, app, pilot):
        (folder / "b.txt").write_text("Rewritten entirely.")
        later(folder / "b.txt")
        await pilot.press("e")  # no look since the change: the export looks itself
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert any("changed on disk" in m and "R reloads" in m for m in messages(app))
        await pilot.press("e")  # again: the text as shown, knowingly
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("escape")
        await pilot.press("R")
        await settle(pilot)
        await pilot.press("e")  # reloaded: no warning
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert app.screen.comparison.right.paragraphs == ("Rewritten entirely.",)


@sync
async def test_the_palette_offers_reload_only_after_a_change(tmp_path):
    from seedreader.ui.commands import ReaderCommands

    async with on_disk(tmp_path) as (folder, app, pilot):
        provider = ReaderCommands(app.screen)
        assert "Reload articles" not in [t for t, _, _ in provider._commands()]
        (folder / "e.txt").write_text("A new report.")
        await look(app, pilot)
        assert "Reload articles" in [t for t, _, _ in provider._commands()]


def test_a_keymap_entry_that_takes_a_key_another_binding_has_is_refused_and_named():
    from seedreader.ui.keymap import checked

    accepted, notices = checked({"swap": "n"})
    assert accepted == {}
    assert len(notices) == 1
    assert "'swap'" in notices[0] and "'next-difference'" in notices[0] and " n" in notices[0]
    # A key of a panel that works with the screen's keys: refused too ("l" in the list).
    assert checked({"copy": "l"})[0] == {}
    assert checked({"copy": "ctrl+p"})[0] == {}  # the palette's
    assert checked({"help": "?"})[0] == {"help": "?"}  # its own key, spelled otherwise


def test_keymap_entries_without_a_clash_are_kept():
    from seedreader.ui.keymap import checked

    assert checked({"swap": "x"}) == ({"swap": "x"}, [])
    # An exchange of keys is no clash.
    assert checked({"swap": "n", "next-difference": "s"}) == (
        {"swap": "n", "next-difference": "s"}, [])
    # Keys of panels that never work together may be the same ("r" is the list's, the comparison
    # has none), and a dialog's keys are its own.
    assert checked({"left-column": "r"})[0] == {"left-column": "r"}
    assert checked({"help-close": "n"})[0] == {"help-close": "n"}
    # Two entries asking for one key: the later one is refused.
    accepted, notices = checked({"swap": "x", "copy": "x"})
    assert accepted == {"swap": "x"} and len(notices) == 1 and "'copy'" in notices[0]


@sync
async def test_a_keymap_clash_is_noticed_and_the_built_in_key_kept_in_the_reader():
    from seedreader.config import Config
    from seedreader.ui.dialogs.help import HelpScreen

    config = Config(keymap={"swap": "n"}, theme="textual-dark")
    async with running(config=config, size=(160, 48)) as (app, pilot):
        assert any("'swap' cannot have n" in m for m in messages(app)), messages(app)
        pair = (app.screen.left_id, app.screen.right_id)
        cursor = app.screen.compare_view.cursor
        await pilot.press("n")
        await settle(pilot)
        assert (app.screen.left_id, app.screen.right_id) == pair
        assert app.screen.compare_view.cursor != cursor  # n: the next difference
        await pilot.press("s")
        await settle(pilot)
        assert (app.screen.left_id, app.screen.right_id) == pair[::-1]
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = app.screen._content(100).plain
        keys = [line.split()[0] for line in text.splitlines() if line.startswith("  ")]
        assert keys.count("n") == 1


@sync
async def test_s_shows_the_pair_swapped_without_comparing_it_again(monkeypatch):
    from seedreader import align

    async with running(size=(160, 48)) as (app, pilot):
        screen = app.screen
        left, right = screen.left_id, screen.right_id
        assert screen._swapped.comparison.left.id == right  # the background prepared it
        expected = align.compare(screen.corpus[right], screen.corpus[left]).to_dict()

        def no_compare(*args, **kwargs):
            raise AssertionError("compared again")

        monkeypatch.setattr(align, "compare", no_compare)
        await pilot.press("s")
        await pilot.pause()
        assert screen.comparison is not None  # at once
        assert screen.comparison.to_dict() == expected  # what compare(right, left) says
        assert (screen.left_id, screen.right_id) == (right, left)


@sync
async def test_s_pressed_while_the_background_prepares_the_swap_waits_for_it(monkeypatch):
    """One comparison of the swapped pair, not two at once (each twice as slow on one GIL)."""
    import threading

    from seedreader import align

    real, calls, gate = align.compare, [], threading.Event()

    def counted(left, right, **kwargs):
        calls.append((left.id, right.id, kwargs.get("spans", True)))
        if len(calls) == 2:  # the swapped pair, in the background: held until s is pressed
            gate.wait(10)
        return real(left, right, **kwargs)

    monkeypatch.setattr(align, "compare", counted)
    app_ = None
    try:
        from ui_support import make_app

        app_ = make_app()
        async with app_.run_test(size=(160, 48)) as pilot:
            for _ in range(50):
                await pilot.pause(0.05)
                if len(calls) >= 2:
                    break
            screen = app_.screen
            left, right = screen.left_id, screen.right_id
            assert calls[1][:2] == (right, left)
            await pilot.press("s")
            await pilot.pause()
            gate.set()
            for _ in range(100):  # (not settle: the background's next plan cancels a worker)
                await pilot.pause(0.05)
                if screen.comparison is not None:
                    break
            assert screen.comparison is not None
            assert (screen.comparison.left.id, screen.comparison.right.id) == (right, left)
            assert [c[:2] for c in calls].count((right, left)) == 1
    finally:
        gate.set()


def held_compare(monkeypatch, pairs_held: int = 1):
    """compare() held until the returned event is set, for the first ``pairs_held`` calls."""
    import threading

    from seedreader import align

    real, gate, calls = align.compare, threading.Event(), []

    def held(left, right, **kwargs):
        calls.append(1)
        if len(calls) <= pairs_held:
            gate.wait(20)
        return real(left, right, **kwargs)

    monkeypatch.setattr(align, "compare", held)
    return gate


async def wait_for(pilot, condition, tries: int = 200) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)


@sync
async def test_keys_pressed_while_comparing_apply_once_it_is_shown_and_say_they_wait(
        monkeypatch):
    from ui_support import make_app

    async with running(size=(160, 48)) as (app, pilot):  # where n n j lead, compared at once
        await pilot.press("n", "n", "j")
        await pilot.pause()
        expected = (app.screen.compare_view.cursor, app.screen.compare_view.side)
    assert expected[0] > 0

    gate = held_compare(monkeypatch)
    app = make_app()
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            screen = app.screen
            await wait_for(pilot, lambda: screen.filled)
            assert screen.comparison is None  # held
            await pilot.press("n", "n", "j")
            await pilot.pause()
            notice = app.notice("wait")
            assert notice is not None and "n n j will apply" in notice.message
            gate.set()
            await wait_for(pilot, lambda: screen.comparison is not None)
            await wait_for(pilot, lambda: not app.notice_up("wait"))
            await pilot.pause()
            assert (screen.compare_view.cursor, screen.compare_view.side) == expected
    finally:
        gate.set()


@sync
async def test_keys_pressed_while_a_big_folder_is_read_wait_for_the_reader(tmp_path,
                                                                          monkeypatch):
    import threading

    from ui_support import STORM, write_corpus

    import seedreader
    from seedreader.ui.app import SeedreaderApp
    from seedreader.ui.screens.loading import LoadingScreen
    from seedreader.ui.screens.main import MainScreen

    folder = write_corpus(tmp_path / "big", {"a.txt": "\n\n".join(STORM),
                                             "b.txt": "\n\n".join(reversed(STORM))})
    real, gate = seedreader.load_corpus, threading.Event()

    def held(path=None):
        gate.wait(20)
        return real(path)

    monkeypatch.setattr(seedreader, "load_corpus", held)
    app = SeedreaderApp(None, path=str(folder))
    app.animation_level = "none"
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            assert isinstance(app.screen, LoadingScreen)
            await pilot.press("n", "j")
            await pilot.pause()
            assert any("n j will apply" in m for m in messages(app)), messages(app)
            gate.set()
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen)
                           and app.screen.comparison is not None)
            await wait_for(pilot, lambda: app.screen.compare_view.cursor > 0)
            view = app.screen.compare_view
            assert view.cursor > 0  # n then j: moved
    finally:
        gate.set()


@sync
async def test_q_quits_while_a_big_folder_is_read(tmp_path, monkeypatch):
    import threading

    from ui_support import STORM, write_corpus

    import seedreader
    from seedreader.ui.app import SeedreaderApp

    folder = write_corpus(tmp_path / "big", {"a.txt": "\n\n".join(STORM),
                                             "b.txt": "\n\n".join(reversed(STORM))})
    gate = threading.Event()
    real = seedreader.load_corpus
    monkeypatch.setattr(seedreader, "load_corpus", lambda path=None: (gate.wait(20),
                                                                      real(path))[1])
    app = SeedreaderApp(None, path=str(folder))
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("q")
            await pilot.pause()
            assert app.return_code == 0  # exiting, the articles not read yet
    finally:
        gate.set()


async def export_to(app, pilot, path) -> None:
    """Export the comparison shown to ``path`` with the reader's dialog (e, the name, Enter)."""
    from textual.widgets import Input

    from seedreader.ui.dialogs.export import ExportDialog

    app._watch_timer.pause()  # (its looks, cancelling each other, would end settle() early)
    await pilot.press("e")
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one(Input).value = str(path)
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.screen is not dialog or dialog.confirmed is not None)
    if app.screen is dialog:
        await pilot.press("enter")  # (Overwrite asked for: yes)
        await wait_for(pilot, lambda: app.screen is not dialog)
    assert app.screen is not dialog


@sync
async def test_the_readers_own_exports_into_the_folder_are_no_change_on_disk(tmp_path):
    from seedreader.ui.dialogs.export import ExportDialog

    async with on_disk(tmp_path) as (folder, app, pilot):
        await export_to(app, pilot, folder / "pair.md")  # a .md: read as articles are
        assert (folder / "pair.md").exists()
        await look(app, pilot)
        assert app.changed is None and app.notice("files") is None
        await export_to(app, pilot, folder / "pair.md")  # written over: no edit either
        await export_to(app, pilot, folder / "pair.txt")  # (a JSON in a .txt counts too)
        await look(app, pilot)
        assert app.changed is None and app.notice("files") is None
        await pilot.press("e")  # the next export is not refused
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)


@sync
async def test_an_article_added_beside_the_exports_is_still_a_change(tmp_path):
    async with on_disk(tmp_path) as (folder, app, pilot):
        await export_to(app, pilot, folder / "pair.md")
        (folder / "notes.md").write_text("# Notes\n\nThe storm hit at dawn, say residents.")
        (folder / "a.txt").write_text("--- A rewritten first line, no export.\n\nMore.")
        later(folder / "a.txt")
        await look(app, pilot)
        assert app.changed == (("a.txt",), ("notes.md",), ())
        (folder / "pair.md").write_text("Now an article of the user's.")  # no longer an export
        await look(app, pilot)
        assert app.changed == (("a.txt",), ("notes.md", "pair.md"), ())


def test_shift_and_a_letter_is_the_capital_in_the_keymap_clash_check():
    """{"swap": "shift+n"} was accepted: Shift+N sends N (next-conflict), swap had no key."""
    from seedreader.ui.keymap import checked

    accepted, notices = checked({"swap": "shift+n"})
    assert accepted == {}
    assert len(notices) == 1 and "'swap'" in notices[0] and "'next-conflict'" in notices[0]
    assert checked({"copy": "SHIFT+P"})[0] == {}  # previous-conflict's P
    assert checked({"swap": "x,shift+r"})[0] == {}  # reload's R
    # counter-examples: a free capital is kept (as the key the terminal sends), other keys
    # with shift as they are, and a capital given back to its own binding is no clash
    assert checked({"swap": "shift+x"}) == ({"swap": "X"}, [])
    assert checked({"next-conflict": "shift+n,x"}) == ({"next-conflict": "N,x"}, [])
    assert checked({"swap": "shift+tab"})[0] == {}  # previous-panel's, as before
    assert checked({"swap": "ctrl+shift+x"}) == ({"swap": "ctrl+shift+x"}, [])


@sync
async def test_a_key_given_as_shift_and_a_letter_works_in_the_reader():
    from seedreader.config import Config

    async with running(config=Config(keymap={"swap": "shift+x"}, theme="textual-dark"),
                       size=(160, 48)) as (app, pilot):
        assert not any("keymap" in m for m in messages(app)), messages(app)
        pair = (app.screen.left_id, app.screen.right_id)
        await pilot.press("X")  # what the terminal sends for Shift+X
        await settle(pilot)
        assert (app.screen.left_id, app.screen.right_id) == pair[::-1]


@sync
async def test_keys_typed_while_a_folder_is_read_share_one_notice(tmp_path, monkeypatch):
    """n n j while a big folder was read stacked three notices, then a fourth once the
    comparison was computed: one notice, each key's replacing the last."""
    import threading

    from ui_support import STORM, write_corpus

    import seedreader
    from seedreader.ui.app import SeedreaderApp
    from seedreader.ui.screens.main import MainScreen

    folder = write_corpus(tmp_path / "big", {"a.txt": "\n\n".join(STORM),
                                             "b.txt": "\n\n".join(reversed(STORM))})
    real, gate = seedreader.load_corpus, threading.Event()
    monkeypatch.setattr(seedreader, "load_corpus", lambda path=None: (gate.wait(20),
                                                                      real(path))[1])
    held = held_compare(monkeypatch)
    app = SeedreaderApp(None, path=str(folder))
    app.animation_level = "none"
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("n", "n", "j")
            await pilot.pause()
            waiting = [m for m in messages(app) if "will apply" in m]
            assert waiting == ["reading the articles: n n j will apply once they are shown"]
            gate.set()
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen))
            await pilot.pause()
            waiting = [m for m in messages(app) if "will apply" in m]
            assert len(waiting) == 1, waiting  # the comparison's took its place
            assert waiting[0].startswith("comparing: n n j"), waiting
            held.set()
    finally:
        gate.set()
        held.set()
