"""The CLI as a scripter meets it (QA round 9): a folder given as a side of diff, help texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader.cli import build_parser, main

WIRE = "Fire at paint works\n\nThree workers were killed at the paint works, officials said.\n"
DAILY = "Paint works inferno\n\nFour workers were feared dead after the blaze at the works.\n"


@pytest.fixture
def corp(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "corp"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "daily.txt").write_text(DAILY, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # (no articles here)
    return folder


def _error(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 2  # (a usage error: a side is missing)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("seedreader: error: ")
    return err.removeprefix("seedreader: error: ").rstrip("\n")


def test_a_folder_of_articles_as_right_says_that_right_is_missing(corp, capsys):
    assert _error(capsys, "diff", "wire", str(corp)) == (
        f"'{corp}' is a folder of articles, not a source: give LEFT and RIGHT, then the "
        f"folder: seedreader diff wire RIGHT {corp}")
    assert "seedreader diff 1 RIGHT " in _error(capsys, "diff", "1", str(corp))
    assert "--corpus ." not in _error(capsys, "diff", "wire", str(corp))


def test_a_folder_of_articles_as_left_gets_the_same_advice(corp, capsys):
    assert _error(capsys, "diff", str(corp), "wire").endswith(
        f"give LEFT and RIGHT, then the folder: seedreader diff wire RIGHT {corp}")
    assert _error(capsys, "diff", str(corp), str(corp)).endswith(
        f"seedreader diff LEFT RIGHT {corp}")


def test_the_command_to_type_quotes_a_folder_for_the_shell(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "sp ace"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _error(capsys, "diff", "a", "sp ace").endswith("seedreader diff a RIGHT 'sp ace'")


def test_a_folder_without_articles_is_not_called_the_corpus(tmp_path, capsys, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "1", "empty"]) == 1  # (as before: the engine's one line)
    assert capsys.readouterr().err == ("seedreader: error: cannot use empty: it is a folder, "
                                       "not a file\n")


def test_a_folder_side_with_a_corpus_given_is_as_before(corp, capsys):
    assert main(["diff", "1", str(corp), "--corpus", str(corp)]) == 1
    assert "it is a folder, not a file" in capsys.readouterr().err


def test_the_corpus_given_third_still_works_and_a_folder_named_as_a_source_is_the_source(
        corp, capsys, monkeypatch):
    assert main(["diff", "wire", "daily", str(corp)]) == 0
    assert capsys.readouterr().out.startswith("--- A wire: Fire at paint works\n+++ B daily")
    monkeypatch.chdir(corp)
    (corp / "wire").mkdir()  # a folder named as a source's id: the id wins
    assert main(["diff", "wire", "daily", "."]) == 0
    assert capsys.readouterr().out.startswith("--- A wire: Fire at paint works\n+++ B daily")


# --- help texts -----------------------------------------------------------------------------
def _help(verb: str) -> str:
    return build_parser().verbs[verb].format_help()


def test_facts_help_does_not_speak_of_an_html_page():
    assert "HTML" not in _help("facts")
    assert "stdout" in _help("facts")


@pytest.mark.parametrize("verb", ["diff", "export"])
def test_verbs_that_write_html_say_where_a_page_goes(verb):
    assert "an HTML page goes to a terminal only with -o -" in " ".join(_help(verb).split())


def test_no_verb_help_names_a_format_it_does_not_write():
    formats = {"sources": {"text", "json"}, "diff": {"text", "json", "html", "md"},
               "facts": {"text", "json", "csv"}, "export": {"html", "md", "json"}, "index": set()}
    words = {"html": "HTML", "csv": "CSV", "md": "Markdown"}
    for verb, written in formats.items():
        text = " ".join(_help(verb).split())
        for fmt, word in words.items():
            if fmt not in written:
                assert word not in text and f"{{{fmt}" not in text and f",{fmt}" not in text, (
                    verb, fmt)
