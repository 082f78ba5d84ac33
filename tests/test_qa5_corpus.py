"""QA round 5 (corpus, CLI, exports, segmenting): files INDEX.md leaves out, `index --update`,
the text diff's minor differences, "Related:" lines, dates in the report's table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seedreader.cli import main
from seedreader.corpus import load_corpus
from seedreader.errors import SeedreaderError
from seedreader.export.report import resolve_base


def article(n: int) -> str:
    return f"Article {n} headline\n\nThe body of article {n} says something.\nA second paragraph.\n"


def make_folder(tmp_path: Path, files: dict[str, str], index_rows: list[str] | None) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if index_rows is not None:
        (folder / "INDEX.md").write_text(
            "| file | title |\n|------|-------|\n" + "".join(f"{r}\n" for r in index_rows),
            encoding="utf-8")
    return folder


def unlisted_notes(corpus) -> list[str]:
    return [w for w in corpus.warnings if "not in INDEX.md" in w]


# --- 1. files INDEX.md leaves out ------------------------------------------------------------------
def test_a_file_index_leaves_out_is_named_once_with_the_way_to_add_it(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2), "late.txt": article(3)},
                         ["| a.txt | A |", "| b.txt | B |"])
    corpus = load_corpus(folder)
    assert [s.id for s in corpus] == ["a", "b"]  # still not loaded: INDEX.md decides
    notes = unlisted_notes(corpus)
    assert len(notes) == 1
    assert notes[0].startswith("1 file not in INDEX.md")
    assert "late.txt" in notes[0] and "index" in notes[0] and "--update" in notes[0]


def test_many_left_out_files_are_capped(tmp_path):
    files = {f"{n:02}.txt": article(n) for n in range(1, 9)}
    folder = make_folder(tmp_path, files, ["| 01.txt | one |"])
    (note,) = unlisted_notes(load_corpus(folder))
    assert note.startswith("7 files not in INDEX.md")
    assert "02.txt, 03.txt, 04.txt and 4 more" in note
    assert "05.txt" not in note


def test_no_unlisted_warning_for_what_is_not_an_article_or_is_listed_another_way(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1), "Café.txt": article(2),
                                    "sub.md": article(3), ".hidden.txt": article(4),
                                    "notes.csv": "x,y\n", "image.png": "not text"},
                         ["| ./a.txt | A |", "| Cafe\u0301.txt | C |", "| [s](sub.md) | S |"])
    os.symlink("a.txt", folder / "alias.txt")  # the same file as a listed one
    (folder / "gone-row.txt").write_text("", encoding="utf-8")  # listed below, empty: skipped
    index = folder / "INDEX.md"
    index.write_text(index.read_text(encoding="utf-8") + "| gone-row.txt | G |\n", encoding="utf-8")
    corpus = load_corpus(folder)
    assert unlisted_notes(corpus) == []
    assert any("gone-row.txt" in w and "empty" in w for w in corpus.warnings)


def test_no_unlisted_warning_for_files_index_would_not_list_either(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Outside text.\n")
    folder = make_folder(tmp_path, {"a.txt": article(1), "blank.txt": " \n\t\n"}, ["| a.txt | A |"])
    (folder / "bin.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (folder / "dir.txt").mkdir()
    (folder / "out.txt").symlink_to(outside)
    assert unlisted_notes(load_corpus(folder)) == []


def test_a_corpus_with_nothing_loaded_says_why_and_names_the_files_left_out(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1)}, ["| gone.txt | G |"])
    with pytest.raises(SeedreaderError, match=r"no readable articles \(.*gone\.txt.*does not "
                                              r"exist; 1 file not in INDEX.md.*a\.txt"):
        load_corpus(folder)


def test_seedreaders_own_exports_in_the_folder_are_not_named(tmp_path, capsys):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2)},
                         ["| a.txt | A |", "| b.txt | B |"])
    for name, fmt in (("diff.txt", "text"), ("diff.md", "md"), ("pair.txt", "json")):
        assert main(["diff", "a", "b", "--corpus", str(folder), "--format", fmt,
                     "-o", str(folder / name)]) == 0
    assert main(["facts", str(folder), "-o", str(folder / "facts.txt")]) == 0
    capsys.readouterr()
    assert unlisted_notes(load_corpus(folder)) == []


def test_without_index_every_file_loads_and_nothing_is_unlisted(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2)}, None)
    corpus = load_corpus(folder)
    assert [s.id for s in corpus] == ["a", "b"] and unlisted_notes(corpus) == []


def test_bundled_seeds_have_no_unlisted_files():
    assert unlisted_notes(load_corpus()) == []


def test_the_cli_says_the_unlisted_file_once(tmp_path, capsys):
    folder = make_folder(tmp_path, {"a.txt": article(1), "late.txt": article(3)}, ["| a.txt | A |"])
    assert main(["sources", str(folder)]) == 0
    err = capsys.readouterr().err
    assert err.count("late.txt") == 1 and "1 file not in INDEX.md" in err


def test_base_naming_an_unlisted_file_says_index_leaves_it_out(tmp_path, capsys, monkeypatch):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2), "late.txt": article(3)},
                         ["| a.txt | A |", "| b.txt | B |"])
    corpus = load_corpus(folder)
    for ref in (str(folder / "late.txt"), "late.txt"):
        with pytest.raises(SeedreaderError, match="INDEX.md does not list"):
            resolve_base(corpus, ref)
    with pytest.raises(SeedreaderError, match="not a source id, position or file"):
        resolve_base(corpus, "nope.txt")  # no such file: the usual message
    monkeypatch.chdir(tmp_path)
    for ref in ("corpus/late.txt", "late.txt"):
        assert main(["export", "corpus", "--base", ref, "-o", "r.html"]) == 1
        err = capsys.readouterr().err
        assert "INDEX.md does not list" in err and "--update" in err, ref
    assert main(["export", "corpus", "--base", "nope.txt", "-o", "r.html"]) == 1
    assert "INDEX.md does not list" not in capsys.readouterr().err


def test_base_naming_a_listed_but_skipped_file_is_not_called_unlisted(tmp_path, capsys):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2), "e.txt": ""},
                         ["| a.txt | A |", "| b.txt | B |", "| e.txt | E |"])
    with pytest.raises(SeedreaderError) as caught:
        resolve_base(load_corpus(folder), str(folder / "e.txt"))
    assert "does not list" not in str(caught.value)
