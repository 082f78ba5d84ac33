"""Session 7 final mend: background work that no longer races the keys (] and [ back and forth
compare nothing twice; a long pair's overlap measured with it in the background), a cheap look
at the folder, and an export that does not look at a whole big folder first."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

from ui_support import quiet_textual, running, settle, sync

__all__ = ["quiet_textual"]


@sync
async def test_right_back_and_forth_compares_no_pair_twice(monkeypatch):
    """Each ] used to compare the pair swapped again (one slot for it): a long one held the
    interpreter while the next key was to repaint."""
    from seedreader import align

    real, calls = align.compare, []

    def counted(left, right, **kwargs):
        if kwargs.get("spans", True):
            calls.append((left.id, right.id))
        return real(left, right, **kwargs)

    async with running(size=(160, 48)) as (app, pilot):
        monkeypatch.setattr(align, "compare", counted)
        screen = app.screen
        left = screen.left_id
        for key in "][][][":
            await pilot.press(key)
            await settle(pilot)
            assert screen.comparison is not None
        assert len(calls) == len(set(calls)), calls  # nothing compared twice
        assert all(pair[1] == left or pair[0] == left for pair in calls)
        right = screen.right_id
        await pilot.press("s")  # the pair swapped: kept, shown at once
        await pilot.pause()
        assert screen.comparison is not None
        assert (screen.comparison.left.id, screen.comparison.right.id) == (right, left)


def test_a_long_pair_prepared_in_the_background_brings_its_overlap():
    from seedreader import compare, load_corpus
    from seedreader.overlap import overlap
    from seedreader.ui.compare_rows import LAZY_CHARS, prepare

    corpus = load_corpus(Path(__file__).resolve().parent.parent / "seeds")
    a, b = corpus.sources[0], corpus.sources[1]
    short = compare(a, b)
    assert prepare(short, 60, measure=True).shared is None  # measured at once where shown
    long_text = "\n\n".join([a.text] * (LAZY_CHARS // max(len(a.text), 1) + 1))
    from seedreader.corpus import source_from_text

    la = source_from_text(long_text, "la")
    lb = source_from_text(long_text.replace("the", "a", 50), "lb")
    comparison = compare(la, lb)
    prepared = prepare(comparison, 60, measure=True)
    assert prepared.shared == overlap(comparison)
    assert prepare(comparison, 60).shared is None  # (the foreground compare: not waited for)


def test_folder_files_names_files_as_the_folder_has_them_and_outside_ones_by_path(tmp_path):
    from seedreader.ui.app import folder_files

    folder, other = tmp_path / "corpus", tmp_path / "other"
    folder.mkdir()
    other.mkdir()
    (folder / "a.txt").write_text("One.")
    (folder / "INDEX.md").write_text("| file |\n")
    (folder / ".hidden.txt").write_text("x")
    (folder / "notes.bin").write_text("x")
    (other / "far.txt").write_text("Far.")
    sources = [SimpleNamespace(path=folder / "a.txt"), SimpleNamespace(path=other / "far.txt")]
    files = folder_files(folder, sources)
    assert set(files) == {"a.txt", "INDEX.md", str(Path("..") / "other" / "far.txt")}
    assert files["a.txt"][1] == 4
    only = folder_files(folder, sources[:1], scan=False)  # the sources' files alone
    assert set(only) == {"a.txt"}


@sync
async def test_export_in_a_big_folder_looks_at_its_pair_not_the_whole_folder(tmp_path,
                                                                             monkeypatch):
    from seedreader import load_corpus
    from seedreader.ui import app as app_module
    from seedreader.ui.dialogs.export import ExportDialog

    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in {"a.txt": "One report.", "b.txt": "Another report.",
                       "c.txt": "A third report."}.items():
        (folder / name).write_text(text)
    monkeypatch.setattr(app_module, "LOOK_NOW_FILES", 2)  # "big": more files than this
    async with running(load_corpus(folder), size=(160, 48)) as (app, pilot):
        looks = []  # on the interface thread (the watcher looks in its own, every 2 s)
        real = app_module.folder_files

        def looked(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                looks.append(kwargs.get("scan", True))
            return real(*args, **kwargs)

        monkeypatch.setattr(app_module, "folder_files", looked)
        screen = app.screen
        right = screen.comparison.right
        (folder / "c.txt").write_text("Edited, not in the pair: the watcher says so.")
        Path(right.path).write_text("Rewritten entirely, the pair's own file.")
        await pilot.press("e")
        await pilot.pause()
        assert True not in looks  # no scan of the folder on the key
        assert not isinstance(app.screen, ExportDialog)  # the pair's file changed: warned
        assert app.screen is screen
        await pilot.press("e")  # again: the text as shown, knowingly
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)


@sync
async def test_shrinking_the_terminal_while_the_articles_are_read_says_it_is_too_small(
        tmp_path, monkeypatch):
    """No key pressed: the loading screen used to check the size only on a key, so a shrink
    during a long load showed fragments of it."""
    from ui_support import STORM, write_corpus

    import seedreader
    from seedreader.ui.app import SeedreaderApp, TooSmallScreen
    from seedreader.ui.screens.loading import LoadingScreen
    from seedreader.ui.screens.main import MainScreen

    folder = write_corpus(tmp_path / "big", {"a.txt": "\n\n".join(STORM),
                                             "b.txt": "\n\n".join(reversed(STORM))})
    real, gate = seedreader.load_corpus, threading.Event()
    monkeypatch.setattr(seedreader, "load_corpus", lambda path=None: (gate.wait(20),
                                                                      real(path))[1])
    app = SeedreaderApp(None, path=str(folder))
    app.animation_level = "none"
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            assert isinstance(app.screen, LoadingScreen)
            await pilot.resize_terminal(30, 8)
            await pilot.pause(0.1)
            await pilot.pause()
            assert isinstance(app.screen, TooSmallScreen)
            await pilot.resize_terminal(120, 36)  # big again: the loading screen
            await pilot.pause(0.1)
            await pilot.pause()
            assert isinstance(app.screen, LoadingScreen)
            await pilot.resize_terminal(30, 8)
            await pilot.pause(0.1)
            await pilot.pause()
            gate.set()  # read while covered: still covered, the reader under it
            for _ in range(100):
                await pilot.pause(0.05)
                if any(isinstance(s, MainScreen) for s in app.screen_stack):
                    break
            assert isinstance(app.screen, TooSmallScreen)
            await pilot.resize_terminal(120, 36)
            await pilot.pause(0.1)
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
    finally:
        gate.set()
