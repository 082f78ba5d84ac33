"""Warnings about the files read arrive as one notice, and the whole list is there on demand."""

from __future__ import annotations

from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.commands import ReaderCommands
from seedreader.ui.dialogs.warnings import WarningsScreen
from seedreader.ui.safe import display_line
from seedreader.ui.widgets.keys_bar import KeysBar

__all__ = ["quiet_textual"]

MISSING = ["[bold]gone[/bold].txt", "[/x]missing.txt", "[@click=app.quit]q.txt",
           "\x1b]0;pwned\x07title.txt", "plain-missing.txt", "another.txt", "third.txt"]


def corpus_with_warnings(folder, missing: list[str]):
    """Two articles, and INDEX.md rows naming files that are not there."""
    folder = write_corpus(folder, {"a.txt": "\n\n".join(STORM),
                                   "b.txt": "\n\n".join(reversed(STORM))})
    with open(folder / "INDEX.md", "a", encoding="utf-8") as index:
        index.write("".join(f"| {name} | lost |\n" for name in missing))
    return load_corpus(folder)


def loading_notices(app) -> list[str]:
    return [n.message for n in app._notifications if n.title == "reading the articles"]


@sync
async def test_many_warnings_make_one_notice_and_w_lists_every_one(tmp_path):
    corpus = corpus_with_warnings(tmp_path / "lossy", MISSING)
    assert len(corpus.warnings) >= len(MISSING)
    async with running(corpus, size=(80, 24)) as (app, pilot):
        notices = loading_notices(app)
        assert len(notices) == 1
        assert notices[0].startswith(f"{len(corpus.warnings)} warnings")
        assert "press w" in notices[0]
        await pilot.press("w")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WarningsScreen)
        shown = str(screen.query_one("#warnings-text").render())
        for warning in corpus.warnings:
            assert display_line(warning) in shown
        for literal in ("[bold]gone[/bold].txt", "[/x]missing.txt", "[@click=app.quit]q.txt"):
            assert literal in shown  # markup shown as typed, not applied
        assert "\x1b" not in shown and "\x07" not in shown
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, WarningsScreen)
        assert app.is_running


@sync
async def test_one_warning_is_shown_as_it_is_and_no_warnings_hide_the_key(tmp_path):
    corpus = corpus_with_warnings(tmp_path / "one", ["gone.txt"])
    assert len(corpus.warnings) == 1
    async with running(corpus, size=(160, 30)) as (app, _pilot):
        assert loading_notices(app) == [display_line(corpus.warnings[0])]
        assert "w Warnings" in keys_line(app)
        assert "Load warnings" in palette_titles(app)
    async with running(size=(160, 30)) as (app, _pilot):  # the seeds: nothing to read
        assert loading_notices(app) == []
        assert "e Export" in keys_line(app) and "Warnings" not in keys_line(app)
        assert "Load warnings" not in palette_titles(app)


def keys_line(app) -> str:
    return str(app.screen.query_one(KeysBar).render())


def palette_titles(app) -> list[str]:
    return [title for title, _, _ in ReaderCommands(app.screen)._commands()]
