"""Two sources with the same title (files without INDEX.md titled by their first line): the
messages, the "Comparing …" placeholder and the export dialog's heading tell them apart by
the id, as the list and the header do (listed_title); unique titles read as before."""

from __future__ import annotations

from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import compare, load_corpus
from seedreader.ui.source_labels import named, source_title

__all__ = ["quiet_textual"]

HEAD = "*version7.txt* For Vim version 7.4. Last change: 2013 Aug 10"


def twins(tmp_path):
    return load_corpus(write_corpus(tmp_path / "vim", {
        "vim_edit.txt": HEAD + "\n\n" + "\n\n".join(STORM),
        "vim_orig.txt": HEAD + "\n\n" + "\n\n".join(STORM[:-1]),
        "other.txt": "A storm report\n\n" + "\n\n".join(reversed(STORM))}, index=False))


def test_named_tells_sources_of_one_title_apart_by_their_id(tmp_path):
    corpus = twins(tmp_path)
    edit, orig = (named(corpus, sid, 24) for sid in ("vim_edit", "vim_orig"))
    assert edit != orig
    assert "vim_edit" in edit and "vim_orig" in orig
    # a title of its own reads as it always did: number and title, no id
    other = corpus["other"]
    assert named(corpus, "other") == f"{corpus.index('other') + 1} “{source_title(other)}”"


def test_the_seeds_are_named_as_before():
    from seedreader.ui.clip import clip_words

    corpus = load_corpus()
    for number, source in enumerate(corpus.sources, 1):
        assert named(corpus, source.id) == f"{number} “{clip_words(source_title(source), 32)}”"


@sync
async def test_the_placeholder_and_the_export_heading_name_each_twin(tmp_path):
    from seedreader.config import State, corpus_key
    from seedreader.ui.dialogs.export import ExportDialog

    corpus = twins(tmp_path)
    state = State(pairs={corpus_key(corpus.path): ("vim_edit", "vim_orig")})
    async with running(corpus, size=(160, 48), state=state) as (app, pilot):
        screen = app.screen
        assert (screen.left_id, screen.right_id) == ("vim_edit", "vim_orig")
        text = screen._progress_text()
        assert "vim_edit" in text and "vim_orig" in text, text
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        heading = app.screen._heading().plain
        assert "vim_edit" in heading and "vim_orig" in heading, heading
    pair = compare(corpus["vim_edit"], corpus["vim_orig"])
    assert pair.left.title == pair.right.title  # (the same title: only the id differs)
