"""The reader exports the report too (every source against the left one, and the facts), from
the command palette (QA: a desk editor could export only the pair shown)."""

from __future__ import annotations

from test_ui_export_paths import enter, type_name, where
from textual.widgets import RadioButton
from ui_support import quiet_textual, running, settle, sync

from seedreader import load_corpus
from seedreader.ui.dialogs.export import ExportDialog

__all__ = ["quiet_textual"]


async def open_report(app, pilot) -> ExportDialog:
    app.screen.action_export_report()
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, ExportDialog) and dialog.report
    return dialog


@sync
async def test_the_report_is_written_from_the_reader(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = load_corpus()
    async with running(corpus, size=(120, 36)) as (app, pilot):
        dialog = await open_report(app, pilot)
        assert [b.name for b in dialog.query(RadioButton)] == ["html", "md", "json"]
        name = f"{corpus.ids[0]}_report.html"
        assert str(tmp_path / name) in where(dialog)
        await pilot.press("ctrl+u", *"desk")
        await settle(pilot)
        await enter(pilot)
        assert app.screen is not dialog
        page = (tmp_path / "desk.html").read_text(encoding="utf-8")
        for source in corpus.sources:  # every source, not only the pair shown
            assert source.id in page


@sync
async def test_the_reports_formats_rename_its_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = load_corpus()
    async with running(corpus, size=(120, 36)) as (app, pilot):
        dialog = await open_report(app, pilot)
        dialog.query_one("#export-format").action_choose(1)  # Markdown
        await settle(pilot)
        assert str(tmp_path / f"{corpus.ids[0]}_report.md") in where(dialog)
        await type_name(pilot, "r.md")
        await enter(pilot)
        text = (tmp_path / "r.md").read_text(encoding="utf-8")
        assert text.startswith("<!-- seedreader export -->")
        assert "| #1 (base) |" in text  # the left source is the base
        assert all(f"| #{n} |" in text for n in range(2, len(corpus) + 1))  # every other one
