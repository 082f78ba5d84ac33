"""Whatever is typed in the export dialog, character by character as a person types it, the
reader keeps running: a path the file system refuses (a name too long, a link loop, a ~name
that is no user, a folder gone) is a one-line problem in the dialog, as the CLI's error is.
(Security QA: each of these ended the reader with a traceback.)"""

from __future__ import annotations

import os

from textual.widgets import Input, Static
from ui_support import quiet_textual, running, settle, sync

from seedreader.ui.dialogs.export import ExportDialog

__all__ = ["quiet_textual"]


async def open_dialog(pilot) -> ExportDialog:
    await pilot.press("e")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


async def type_name(pilot, text: str) -> None:
    """ctrl+u (the field emptied), then ``text`` one key at a time."""
    await pilot.press("ctrl+u", *text)
    await settle(pilot)


def problem(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-problem", Static).render())


def where(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-where", Static).render())


async def enter(pilot) -> None:
    await pilot.press("enter")
    await settle(pilot)


def one_line(text: str, cells: int = 200) -> bool:
    return "\n" not in text and 0 < len(text) <= cells


@sync
async def test_a_name_too_long_typed_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        await type_name(pilot, "z" * 256 + ".html")
        await enter(pilot)
        assert app.screen is dialog and app.is_running
        said = problem(dialog)
        assert one_line(said) and "too long" in said.lower(), said
        assert not list(tmp_path.iterdir())
        await enter(pilot)  # again: the same answer, still nothing written
        assert app.screen is dialog and "too long" in problem(dialog).lower()

        # a folder name too long in the middle of the path: the same
        await type_name(pilot, "q" * 300 + "/x.md")
        assert app.screen is dialog
        await enter(pilot)
        assert one_line(problem(dialog)) and "too long" in problem(dialog).lower()

        await type_name(pilot, "fine.md")  # the dialog still works
        await enter(pilot)
        assert app.screen is not dialog
        assert (tmp_path / "fine.md").read_text(encoding="utf-8").startswith("<!--")


@sync
async def test_a_link_loop_typed_is_refused_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("loop2.html", tmp_path / "loop1.html")
    os.symlink("loop1.html", tmp_path / "loop2.html")
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        await type_name(pilot, "loop1.html")
        assert app.screen is dialog and str(tmp_path / "loop1.html") in where(dialog)
        for _ in range(3):  # not even asking twice writes through it
            await enter(pilot)
            assert app.screen is dialog
            said = problem(dialog)
            assert one_line(said) and "loop" in said, said
        assert os.readlink(tmp_path / "loop1.html") == "loop2.html"
        assert os.readlink(tmp_path / "loop2.html") == "loop1.html"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["loop1.html", "loop2.html"]

        # inside a path too: a loop as a folder
        await type_name(pilot, "loop2.html/x.html")
        await enter(pilot)
        assert app.screen is dialog and one_line(problem(dialog))


@sync
async def test_a_tilde_name_that_is_no_user_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        await type_name(pilot, "~a")
        assert app.screen is dialog
        await type_name(pilot, "~nosuchuser-seedreader/pair.html")
        assert app.screen is dialog and "~nosuchuser-seedreader" in where(dialog)
        await enter(pilot)
        said = problem(dialog)
        assert one_line(said) and "~nosuchuser-seedreader" in said, said
        assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]  # no folder "~nos..." here

        # counter-example: ~ and ~/ still mean the home folder
        await type_name(pilot, "~/mine.md")
        assert str(home / "mine.md") in where(dialog)
        await enter(pilot)
        assert app.screen is not dialog
        assert (home / "mine.md").exists()


@sync
async def test_a_nul_pasted_and_a_folder_removed_are_problems_not_crashes(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        dialog.query_one(Input).value = "a\0b.html"  # pasted
        await settle(pilot)
        await enter(pilot)
        assert app.screen is dialog and one_line(problem(dialog))

        gone.rmdir()  # the working folder removed meanwhile
        await type_name(pilot, "c.html")
        assert app.screen is dialog
        await enter(pilot)
        assert app.screen is dialog and one_line(problem(dialog)), problem(dialog)


@sync
async def test_any_error_of_a_path_check_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    """(Permission denied cannot be seen as root: the checks are made to fail instead.)"""
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        await type_name(pilot, "locked/x.html")

        def denied(*args, **kwargs):
            raise PermissionError(13, "Permission denied", "locked/x.html")

        for name in ("stat", "lstat"):
            monkeypatch.setattr(os, name, denied)
        try:
            await type_name(pilot, "locked/y.html")
            await enter(pilot)
        finally:
            monkeypatch.undo()
        assert app.screen is dialog
        said = problem(dialog)
        assert one_line(said) and "Permission denied" in said, said
