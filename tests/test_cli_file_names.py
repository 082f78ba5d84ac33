"""A corpus source can be named by its file name (as INDEX.md lists it) wherever an id is
accepted: diff's LEFT and RIGHT, export's --base. An error says what is accepted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedreader.cli import main

TEXT = "Title of {name}\n\nOfficials said on Monday that {n} people had died in {name}.\n"


@pytest.fixture
def folder(tmp_path) -> Path:
    """h/: a.txt, b.txt and sub/c.txt, listed in INDEX.md with an id other than the name's."""
    out = tmp_path / "h"
    (out / "sub").mkdir(parents=True)
    for n, name in enumerate(("a.txt", "b.txt", "sub/c.txt"), 1):
        (out / name).write_text(TEXT.format(name=name, n=n * 10), encoding="utf-8")
    (out / "INDEX.md").write_text(
        "| file | title |\n|---|---|\n| a.txt | A |\n| b.txt | B |\n| sub/c.txt | C |\n",
        encoding="utf-8")
    return out


def test_diff_takes_file_names(folder, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # h/ is here; a.txt is not
    assert main(["diff", "a.txt", "b.txt", "--corpus", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("--- A a: A\n+++ B b: B\n") and err == ""
    assert main(["diff", "sub/c.txt", "1", "--corpus", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["left"]["id"], data["right"]["id"]) == ("c", "a")


def test_export_base_takes_a_file_name(folder, capsys):
    assert main(["export", str(folder), "--base", "b.txt", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["base"] == "b"
    assert main(["export", str(folder), "--base", "c.txt", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["base"] == "c"


def test_a_file_here_of_a_corpus_file_name_is_said_and_reachable_by_its_path(folder, tmp_path,
                                                                            monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT.format(name="here", n=99), encoding="utf-8")
    assert main(["diff", "a.txt", "b.txt", "--corpus", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("--- A a: A\n")  # the corpus's, with a warning
    assert "'a.txt' is the file name of source 'a' and a file here" in err
    assert "give './a.txt'" in err
    assert main(["diff", "./a.txt", "b.txt", "--corpus", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("--- A a: Title of here\n")


def test_ids_and_positions_still_win(folder, capsys):
    (folder / "2").write_text("", encoding="utf-8")  # not listed: nothing to do with it
    assert main(["diff", "b", "2", "--corpus", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["left"]["id"], data["right"]["id"]) == ("b", "b")


def test_a_name_of_two_sources_is_refused(tmp_path, capsys):
    out = tmp_path / "two"
    for sub in ("x", "y"):
        (out / sub).mkdir(parents=True)
        (out / sub / "same.txt").write_text(TEXT.format(name=sub, n=5), encoding="utf-8")
    (out / "INDEX.md").write_text("| file |\n|---|\n| x/same.txt |\n| y/same.txt |\n",
                                  encoding="utf-8")
    assert main(["diff", "same.txt", "1", "--corpus", str(out)]) == 1
    assert "'same.txt': it is the file name of 2 sources; give its id or position" in \
        capsys.readouterr().err
    assert main(["diff", "x/same.txt", "y/same.txt", "--corpus", str(out)]) == 0


@pytest.mark.parametrize(("argv", "message"), [
    (["diff", "nope.txt", "1"], ("no source 'nope.txt': give a source's id, file name or "
                                 "position (1-3, as 'seedreader sources' lists them), or the "
                                 "path of a text file")),
    (["export", "--base", "nope.txt"], ("unknown --base 'nope.txt': give a source's id, file "
                                        "name or position (1-3, as 'seedreader sources' lists "
                                        "them)")),
    (["export", "--base", "9"], ("unknown --base '9': give a source's id, file name or position "
                                 "(1-3, as 'seedreader sources' lists them)")),
])
def test_an_unknown_name_says_what_is_accepted(folder, capsys, argv, message):
    corpus = ["--corpus", str(folder)] if argv[0] == "diff" else [str(folder)]
    assert main([argv[0], *corpus, *argv[1:]]) == 1
    assert capsys.readouterr().err == f"seedreader: error: {message}\n"
