"""Where the export dialog writes: a new name without a suffix takes the format's, a folder
gets the name offered, and the notice says the whole path (QA: "pair" was written as a file a
browser would not open, and "wrote pair.html" did not say in which folder)."""

from __future__ import annotations

from test_ui_export_paths import enter, open_dialog, type_name, where
from ui_support import quiet_textual, running, sync

from seedreader.ui.dialogs.export import default_name

__all__ = ["quiet_textual"]


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


@sync
async def test_a_new_name_without_a_suffix_is_written_with_the_formats(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        await type_name(pilot, "pair")
        assert str(tmp_path / "pair.html") in where(dialog)
        await enter(pilot)
        assert app.screen is not dialog
        assert (tmp_path / "pair.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert not (tmp_path / "pair").exists()
        assert any(str(tmp_path / "pair.html") in n for n in notices(app))


@sync
async def test_a_folder_typed_gets_the_name_offered(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        name = default_name(dialog.comparison, "html")
        for typed in ("out", "new/"):
            await type_name(pilot, typed)
            assert str(tmp_path / typed.rstrip("/") / name) in where(dialog)
        await type_name(pilot, "out")
        await enter(pilot)
        assert app.screen is not dialog
        assert (tmp_path / "out" / name).is_file()


@sync
async def test_a_file_that_exists_without_a_suffix_is_named_as_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").write_text("mine", encoding="utf-8")
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        await type_name(pilot, "notes")
        assert where(dialog).endswith(str(tmp_path / "notes"))
        await enter(pilot)  # it exists: asked first, nothing written
        assert app.screen is dialog
        assert (tmp_path / "notes").read_text(encoding="utf-8") == "mine"


@sync
async def test_a_name_with_a_dot_that_is_no_suffix_gets_the_formats(tmp_path, monkeypatch):
    """Review: "Smith v. Jones" and "ruling 21.11.2026" were written with no suffix."""
    monkeypatch.chdir(tmp_path)
    async with running(size=(120, 36)) as (_app, pilot):
        dialog = await open_dialog(pilot)
        for typed in ("Smith v. Jones", "ruling 21.11.2026"):
            await type_name(pilot, typed)
            assert where(dialog).endswith(str(tmp_path / f"{typed}.html")), where(dialog)
        await type_name(pilot, "notes.md")  # a format's suffix: that format, no other suffix
        assert where(dialog).endswith(str(tmp_path / "notes.md"))


@sync
async def test_a_folder_that_does_not_exist_is_said_while_typing(tmp_path, monkeypatch):
    """Review: "new/" for a folder not made yet was shown as where the file goes, then refused
    on enter; the line under the name now says so first, in the writer's words."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").write_text("mine", encoding="utf-8")
    async with running(size=(120, 36)) as (app, pilot):
        dialog = await open_dialog(pilot)
        await type_name(pilot, "new/")
        assert "(folder new does not exist)" in where(dialog)
        await type_name(pilot, "notes/pair.html")  # a file where the folder should be
        assert "(notes is not a folder)" in where(dialog)
        await enter(pilot)
        assert app.screen is dialog
        assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]
        (tmp_path / "new").mkdir()
        await type_name(pilot, "new/")
        assert "does not exist" not in where(dialog)
        assert "(" not in where(dialog).rsplit("/", 1)[-1]
