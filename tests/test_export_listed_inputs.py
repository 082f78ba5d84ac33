"""No export replaces a file INDEX.md lists, even one that did not load (empty, binary,
unreadable, in a later table): written, it would load next time as an article holding the diff
(review: `-o X/empty.txt --force` on a corpus listing an empty empty.txt replaced it). A file the
index does not list is still replaced with --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader import load_corpus
from seedreader.cli import main
from seedreader.corpus import input_at

STORM = ("The storm reached the coast on Tuesday night and flooded the harbour district.\n\n"
         "Officials said 12 people were killed and hundreds were left without power.\n")


@pytest.fixture
def folder(tmp_path) -> Path:
    """Two articles, an empty file and a binary one listed, one in a later table, and a file
    the index leaves out."""
    out = tmp_path / "corp"
    (out / "sub").mkdir(parents=True)
    (out / "a.txt").write_text(STORM, encoding="utf-8")
    (out / "b.txt").write_text(STORM.replace("12", "14"), encoding="utf-8")
    (out / "empty.txt").write_text("", encoding="utf-8")
    (out / "sub" / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (out / "later.txt").write_text(STORM, encoding="utf-8")
    (out / "notes.txt").write_text("my notes\n", encoding="utf-8")
    (out / "INDEX.md").write_text(
        "| file | title |\n|---|---|\n| a.txt | A |\n| b.txt | B |\n| empty.txt | Empty |\n"
        "| [sub/photo.md](sub/photo.md) | Photo |\n\nLater:\n\n| file | title |\n|---|---|\n"
        "| later.txt | Later |\n", encoding="utf-8")
    return out


LISTED = ["empty.txt", "sub/photo.md", "later.txt"]


def test_the_files_the_index_lists_are_inputs_loaded_or_not(folder):
    corpus = load_corpus(folder)
    assert list(corpus.ids) == ["a", "b"]  # the others did not load
    for name in LISTED:
        assert input_at(folder / name, corpus) == "a file the corpus's INDEX.md lists", name
    assert input_at(folder / "a.txt", corpus) == "source 'a'"
    assert input_at(folder / "notes.txt", corpus) is None  # not listed: any export's to replace
    assert input_at(folder / "empty.txt", None) is None  # no corpus: no index to read


@pytest.mark.parametrize("verb", [["facts"], ["export"], ["diff", "1", "2", "--corpus"]],
                         ids=lambda v: v[0])
@pytest.mark.parametrize("name", LISTED)
def test_no_verb_replaces_a_listed_file_that_did_not_load(folder, capsys, verb, name):
    target = folder / name
    before = target.read_bytes()
    for force in (["--force"], []):
        assert main([*verb, str(folder), "-o", str(target), *force]) == 1
        err = capsys.readouterr().err
        assert "a file the corpus's INDEX.md lists, an input of this run" in err, err
    assert target.read_bytes() == before
    assert list(load_corpus(folder).ids) == ["a", "b"]


def test_a_file_the_index_leaves_out_is_still_replaced_with_force(folder, capsys):
    assert main(["diff", "1", "2", "--corpus", str(folder), "-o", str(folder / "notes.txt"),
                 "--force"]) == 0
    assert (folder / "notes.txt").read_text(encoding="utf-8") != "my notes\n"


def test_each_input_is_looked_at_once(folder, monkeypatch):
    # the articles compared are also the corpus's, and INDEX.md lists the loaded ones too: a check
    # compares the file with each input once (it was: the compared ones twice, the listed twice)
    from seedreader import corpus as corpus_module

    corpus = load_corpus(folder)
    compared = 0
    real_samestat = corpus_module.os.path.samestat

    def samestat(*stats):
        nonlocal compared
        compared += 1
        return real_samestat(*stats)

    monkeypatch.setattr(corpus_module.os.path, "samestat", samestat)
    assert input_at(folder / "notes.txt", corpus, *corpus.sources) is None
    assert compared == 2 + 1 + len(LISTED)  # a.txt and b.txt, INDEX.md, the files not loaded
