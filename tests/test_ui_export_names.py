"""The export dialog's default name, <left id>_vs_<right id>.<suffix>, is one the file system
takes even when the ids are long (QA: two articles with 200-character file names gave a name of
409 bytes; enter ended the reader with "File name too long")."""

from __future__ import annotations

from textual.widgets import Input, Static
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import compare, load_corpus
from seedreader.config import State, corpus_key
from seedreader.ui.dialogs.export import ExportDialog, default_name

__all__ = ["quiet_textual"]


LONG = {"x" * 200 + ".txt": "\n\n".join(STORM), "y" + "x" * 199 + ".txt": "\n\n".join(STORM[:4]),
        "short.txt": "\n\n".join(reversed(STORM))}


@sync
async def test_the_default_name_of_a_pair_with_long_ids_can_be_written(tmp_path, monkeypatch):
    folder = write_corpus(tmp_path / "long", LONG)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    corpus = load_corpus(folder)
    left, right = corpus.ids[0], corpus.ids[1]
    state = State(pairs={corpus_key(folder): (left, right)})
    async with running(corpus, size=(120, 36), state=state) as (app, pilot):
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        name = dialog.query_one(Input).value
        assert len(name.encode()) <= 255 and name.endswith(".html")
        assert name.startswith("x" * 50) and "_vs_y" in name  # both ids still recognisable
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is not dialog, dialog.query_one("#export-problem", Static).render()
        written = list(out.iterdir())
        assert [p.name for p in written] == [name]
        assert "xxxxxxxx" in written[0].read_text(encoding="utf-8")


def test_a_default_name_is_cut_to_fit_in_bytes_and_stays_distinct(tmp_path):
    text = "\n\n".join(STORM)
    corpus = load_corpus(write_corpus(tmp_path / "ids", {
        "a" * 240 + ".txt": text,
        "b" * 240 + ".txt": text + "\n\nMore.",
        "a" * 240 + "2.md": text + "\n\nOther.",  # its first 240 characters are the first's
        "é" * 120 + ".txt": text + "\n\nStill more.",  # 240 bytes
        "ü" * 120 + ".txt": text + "\n\nAnd more.",
        "m" * 100 + ".txt": text + "\n\nMedium.",  # 100 + 4 + 100 + 5 bytes: fits as it is
        "n" * 100 + ".txt": text + "\n\nMedium too.",
    }))
    ids = corpus.ids
    long_pair = compare(corpus[ids[0]], corpus[ids[1]])
    for fmt, suffix in (("html", ".html"), ("md", ".md"), ("json", ".json"), ("text", ".txt")):
        name = default_name(long_pair, fmt)
        assert len(name.encode()) <= 255 and name.endswith(suffix), name
        assert name.startswith("a" * 50) and "_vs_" + "b" * 50 in name
    # the same pair the other way round, or ids sharing a long start: other names
    assert default_name(compare(corpus[ids[1]], corpus[ids[0]]), "md") \
        != default_name(long_pair, "md")
    twin = compare(corpus[ids[2]], corpus[ids[1]])
    assert default_name(twin, "md") != default_name(long_pair, "md")
    # non-ASCII ids are counted in bytes, and cut between characters
    accented = compare(corpus[ids[3]], corpus[ids[4]])
    name = default_name(accented, "json")
    assert len(name.encode()) <= 255 and name.startswith("é" * 20) and "_vs_ü" in name
    # counter-examples: names that fit are as they always were
    seeds = load_corpus()
    assert default_name(compare(seeds[0], seeds[1]), "md") == f"{seeds.ids[0]}_vs_{seeds.ids[1]}.md"
    medium = compare(corpus[ids[5]], corpus[ids[6]])
    assert default_name(medium, "html") == f"{ids[5]}_vs_{ids[6]}.html"


def test_switching_the_format_makes_a_cut_default_name_again_for_the_new_suffix(tmp_path):
    """A 255-byte default name for .md became 257 bytes as .html ("File name too long"):
    the name left as offered is the default of the new format, in the folder it was in."""
    from seedreader.ui.dialogs.export import renamed_for

    corpus = load_corpus(write_corpus(tmp_path / "long", LONG))
    pair = compare(corpus[corpus.ids[0]], corpus[corpus.ids[1]])
    for old in ("md", "json", "text", "html"):
        for new in ("html", "json", "md", "text"):
            name = default_name(pair, old)
            assert renamed_for(name, pair, new) == default_name(pair, new)
            assert len(renamed_for(name, pair, new).encode()) <= 255
            assert renamed_for(f"out/{name}", pair, new) == f"out/{default_name(pair, new)}"
    # names the user typed keep their stem: only the suffix follows the format
    assert renamed_for("notes.md", pair, "html") == "notes.html"
    assert renamed_for("out/x" * 3 + ".json", pair, "text") == "out/xout/xout/x.txt"
    short = compare(corpus[corpus.ids[2]], corpus[corpus.ids[0]])
    assert renamed_for(default_name(short, "md"), short, "json") == default_name(short, "json")


@sync
async def test_a_cut_default_name_switched_to_html_in_the_dialog_is_written(tmp_path,
                                                                             monkeypatch):
    folder = write_corpus(tmp_path / "long", LONG)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    corpus = load_corpus(folder)
    key = corpus_key(folder)
    state = State(pairs={key: (corpus.ids[0], corpus.ids[1])}).with_export(key, str(out), "md")
    async with running(corpus, size=(120, 36), state=state) as (app, pilot):
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert dialog.query_one(Input).value.endswith(".md")
        await pilot.press("shift+tab", "left")  # the formats: Markdown -> HTML
        await settle(pilot)
        name = dialog.query_one(Input).value
        assert name == default_name(dialog.comparison, "html"), name
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.screen is not dialog, dialog.query_one("#export-problem", Static).render()
        assert [p.name for p in out.iterdir()] == [name]
