"""CLI, fix round 7: a verb run inside a folder of articles without naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader.cli import main

RELEASE = "Halvorsen Rail announces 1,240 new jobs\n\nThe company will hire 1,240 people by May.\n"
STORY = "Rail firm to hire 1,240\n\nHalvorsen Rail said it would hire 1,240 people by May.\n"


@pytest.fixture
def in_articles(tmp_path, monkeypatch) -> Path:
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "a_courier.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_unknown_source_says_the_bundled_seeds_were_searched_and_suggests_corpus_here(
        in_articles, capsys):
    assert main(["diff", "release", "a_courier"]) == 1
    assert capsys.readouterr().err == (
        "seedreader: error: no source 'release' in the bundled seeds (no --corpus given; the "
        "current folder holds articles: add --corpus .): give a source's id, file name or "
        "position (1-5, as 'seedreader sources' lists them), or the path of a text file\n")
    assert main(["diff", "release", "a_courier", "--corpus", "."]) == 0
    assert "Halvorsen" in capsys.readouterr().out


def test_comparing_two_seeds_from_a_folder_of_articles_says_so(in_articles, capsys):
    assert main(["diff", "1", "2"]) == 0
    err = capsys.readouterr().err
    assert err == ("seedreader: warning: compared the bundled seeds' sources (no --corpus given); "
                   "for the articles in the current folder, add --corpus .\n")


def test_an_index_alone_counts_as_articles_here(tmp_path, monkeypatch, capsys):
    (tmp_path / "INDEX.md").write_text("| file | title |\n|---|---|\n| x.txt | X |\n")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "nope", "1"]) == 1
    assert "add --corpus ." in capsys.readouterr().err


def test_no_hint_where_the_folder_holds_no_articles(tmp_path, monkeypatch, capsys):
    (tmp_path / "README.md").write_text("# My project\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "1", "2"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["diff", "nope", "1"]) == 1
    err = capsys.readouterr().err  # (that the bundled seeds were searched: said since round 8)
    assert "--corpus ." not in err and "current folder" not in err


# --- session 7 mend: what counts as a folder of articles ----------------------------------------
def test_a_project_folder_of_empty_and_project_files_holds_no_articles(tmp_path, monkeypatch,
                                                                       capsys):
    for name in ("requirements.txt", "CHANGELOG.md", "CONTRIBUTING.md"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "requirements-dev.txt").write_text("pytest\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "1", "2"]) == 0
    assert capsys.readouterr().err == ""
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")  # (counter-example: one article)
    assert main(["diff", "1", "2"]) == 0
    assert "for the articles in the current folder, add --corpus ." in capsys.readouterr().err


# --- session 7 mend: no export is written as the INDEX.md of a folder of articles ---------------
def test_an_export_named_index_md_is_refused_in_the_folder_of_the_compared_files(in_articles,
                                                                                 capsys):
    for name in ("INDEX.md", "index.md"):
        assert main(["diff", "release.txt", "a_courier.txt", "-o", name, "--force"]) == 1
        err = capsys.readouterr().err
        assert err == (f"seedreader: error: '{name}' would become the index of the folder of the "
                       "compared files (where its INDEX.md goes: every later load of the folder "
                       "would read it); not writing an export there, even with --force (write "
                       "elsewhere, or under another name)\n")
        assert not (in_articles / name).exists()
    assert main(["sources", "."]) == 0 and capsys.readouterr().err == ""


def test_an_export_named_index_md_is_refused_in_any_folder_of_articles(in_articles, tmp_path,
                                                                       capsys):
    out = tmp_path / "elsewhere"
    out.mkdir()
    (out / "story.txt").write_text(STORY, encoding="utf-8")
    assert main(["diff", "1", "2", "-o", str(out / "INDEX.md")]) == 1
    assert "would become the index of a folder of articles" in capsys.readouterr().err
    assert not (out / "INDEX.md").exists()


def test_an_export_named_index_md_is_written_where_no_articles_are(in_articles, tmp_path):
    # (counter-examples: a folder of no articles, or of an empty file and a README only)
    out = tmp_path / "exports"
    out.mkdir()
    (out / "README.md").write_text("# Exports\n", encoding="utf-8")
    (out / "empty.txt").write_text("", encoding="utf-8")
    assert main(["diff", "release.txt", "a_courier.txt", "-o", str(out / "INDEX.md")]) == 0
    assert "Halvorsen" in (out / "INDEX.md").read_text(encoding="utf-8")
    assert main(["diff", "release.txt", "a_courier.txt", "-o", "a_vs_b.md"]) == 0
