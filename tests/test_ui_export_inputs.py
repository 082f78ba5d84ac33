"""The export dialog never replaces a file the reader reads: the articles compared, another
article of the corpus, its INDEX.md, or a link to one of them (QA: a second enter overwrote a
compared article with the diff, and INDEX.md, after which the folder no longer loaded). An
ordinary existing file is still replaced after asking."""

from __future__ import annotations

import json

from textual.widgets import Button, Input, Static
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog

__all__ = ["quiet_textual"]

ARTICLES = {"a.txt": "\n\n".join(STORM), "b.txt": "\n\n".join(reversed(STORM)),
            "c.txt": "\n\n".join(STORM[:4])}


def corpus_at(tmp_path):
    return write_corpus(tmp_path / "corpus", ARTICLES)


def snapshot(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


async def export_to(pilot, name: str, enters: int = 2) -> ExportDialog:
    """Open the export dialog, type ``name`` and press enter ``enters`` times."""
    await pilot.press("e")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one(Input).value = name
    await settle(pilot)
    for _ in range(enters):
        dialog.query_one(Input).focus()
        await pilot.press("enter")
        await settle(pilot)
    return dialog


def problem(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-problem", Static).render())


@sync
async def test_the_inputs_of_the_reader_are_refused_outright(tmp_path):
    folder = corpus_at(tmp_path)
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "pair.txt"
    link.symlink_to(folder / "b.txt")
    before = snapshot(folder)
    corpus = load_corpus(folder)
    async with running(corpus, size=(120, 36)) as (app, pilot):
        left, right = app.screen.comparison.left, app.screen.comparison.right
        assert {left.id, right.id} == {"a", "b"}
        cases = [(folder / "a.txt", "source 'a', an input of this comparison"),
                 (folder / "c.txt", "source 'c', read by this reader"),
                 (folder / "INDEX.md", "this corpus's index, read by this reader"),
                 (link, "source 'b', an input of this comparison")]
        for path, what in cases:
            dialog = await export_to(pilot, str(path), enters=3)
            assert app.screen is dialog  # still open: nothing written, the reason shown
            said = problem(dialog)
            assert f"{path.name} is {what}" in said and "write elsewhere" in said
            assert str(dialog.query_one("#export-go", Button).label) == "Export"  # no Overwrite
            assert snapshot(folder) == before
            assert link.is_symlink()
            await pilot.press("escape")
            await settle(pilot)
    assert list(load_corpus(folder).ids) == ["a", "b", "c"]  # the folder still loads


@sync
async def test_an_ordinary_file_is_still_replaced_after_asking(tmp_path):
    folder = corpus_at(tmp_path)
    before = snapshot(folder)
    target = tmp_path / "pair.json"
    target.write_text("old\n", encoding="utf-8")
    async with running(load_corpus(folder), size=(120, 36)) as (app, pilot):
        dialog = await export_to(pilot, str(target), enters=1)
        assert "pair.json exists" in problem(dialog)
        assert str(dialog.query_one("#export-go", Button).label) == "Overwrite"
        assert target.read_text(encoding="utf-8") == "old\n"
        dialog.query_one(Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is not dialog
    assert json.loads(target.read_text(encoding="utf-8"))["left"]["id"] == "a"
    assert snapshot(folder) == before


@sync
async def test_a_link_made_while_the_export_is_written_is_refused(tmp_path, monkeypatch):
    """The check is made again just before writing: an ordinary file the user agreed to
    replace, become meanwhile a link to a compared article, is not written through."""
    import seedreader.export

    folder = corpus_at(tmp_path)
    before = snapshot(folder)
    target = tmp_path / "pair.txt"
    target.write_text("old\n", encoding="utf-8")
    render = seedreader.export.render_pair

    def render_then_link(*args, **kwargs):
        text = render(*args, **kwargs)
        target.unlink()
        target.symlink_to(folder / "a.txt")
        return text

    async with running(load_corpus(folder), size=(120, 36)) as (app, pilot):
        dialog = await export_to(pilot, str(target), enters=1)
        assert str(dialog.query_one("#export-go", Button).label) == "Overwrite"
        monkeypatch.setattr(seedreader.export, "render_pair", render_then_link)
        dialog.query_one(Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog
        assert "pair.txt is source 'a', an input of this comparison" in problem(dialog)
        assert str(dialog.query_one("#export-go", Button).label) == "Export"
    assert snapshot(folder) == before


@sync
async def test_a_file_the_index_lists_is_refused_even_if_it_did_not_load(tmp_path):
    """Review: an empty file INDEX.md lists (skipped, not an article) was replaced after the
    second enter, and then loaded as an article holding the diff."""
    folder = corpus_at(tmp_path)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    index = folder / "INDEX.md"
    index.write_text(index.read_text(encoding="utf-8") + "| empty.txt | Empty |\n",
                     encoding="utf-8")
    before = snapshot(folder)
    async with running(load_corpus(folder), size=(120, 36)) as (app, pilot):
        dialog = await export_to(pilot, str(folder / "empty.txt"), enters=3)
        assert app.screen is dialog
        said = problem(dialog)
        assert "empty.txt is a file this corpus's index lists, read by this reader" in said
        assert "write elsewhere" in said
        assert snapshot(folder) == before
        await pilot.press("escape")
        await settle(pilot)
        dialog = await export_to(pilot, str(folder / "notes.txt"), enters=1)  # not listed
        assert app.screen is not dialog
    assert (folder / "empty.txt").read_bytes() == b""
    assert list(load_corpus(folder).ids) == ["a", "b", "c"]
