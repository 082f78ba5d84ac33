"""What the command line says back when an argument goes wrong: the closest option of the verb
for a mistyped one (the README promises a "did you mean"), how to give an id or name that
starts with '-', and the usage status (2) for every empty argument."""

from __future__ import annotations

import pytest

from seedreader.cli import main


def _error(capsys, argv: list[str], status: int = 2) -> str:
    assert main(argv) == status
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("seedreader: error: ")
    return err


@pytest.mark.parametrize(("argv", "meant", "verb"), [
    (["diff", "3", "1", "--formt", "json"], "--format", "diff"),
    (["diff", "3", "1", "--colour", "never"], "--color", "diff"),
    (["diff", "3", "1", "--forse"], "--force", "diff"),
    (["diff", "3", "1", "--outptu", "x.txt"], "--output", "diff"),
    (["facts", "--knd", "count"], "--kind", "facts"),
    (["facts", "--min-suport", "2"], "--min-support", "facts"),
    (["export", "--bsae", "2"], "--base", "export"),
    (["sources", "--fromat", "json"], "--format", "sources"),
    (["index", "x", "--froce"], "--force", "index"),
    (["--verison"], "--version", None),
])
def test_a_mistyped_option_gets_the_closest_option_of_its_verb(capsys, argv, meant, verb):
    err = _error(capsys, argv)
    where = f"seedreader {verb}" if verb else "seedreader"
    assert f"(did you mean {meant!r}?) (see {where} --help)\n" in err


@pytest.mark.parametrize("argv", [
    ["sources", "--bogus"],
    ["facts", "--zzzzzz"],
    ["export", "--corpus", "x"],  # another verb's option, not close to one of export's
])
def test_an_option_close_to_none_gets_no_guess(capsys, argv):
    err = _error(capsys, argv)
    assert "did you mean" not in err and "'--'" not in err


def test_an_option_of_another_verb_is_not_offered(capsys):
    err = _error(capsys, ["facts", "--colr", "never"])  # --color is diff's, facts has none
    assert "--color" not in err


@pytest.mark.parametrize(("word", "hint"), [
    ("version", "(did you mean --version?)"),
    ("verison", "(did you mean --version?)"),
    ("sourcs", "(did you mean 'sources'?)"),
])
def test_a_word_close_to_a_verb_or_version_says_which(capsys, word, hint):
    assert hint in _error(capsys, [word])


def test_a_folder_named_like_a_verb_is_still_opened_not_hinted(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "version").write_text("a file, not a folder\n", encoding="utf-8")
    err = _error(capsys, ["version"], status=1)
    assert "did you mean" not in err


# --- ids and names that start with '-' -------------------------------------------------------------
@pytest.fixture
def dashed(tmp_path):
    folder = tmp_path / "h"
    folder.mkdir()
    for name in ("-dash.txt", "b.txt"):
        (folder / name).write_text(f"Title {name}\n\nOfficials said 12 people came on Monday.\n",
                                   encoding="utf-8")
    return folder


@pytest.mark.parametrize("order", [["-dash", "b"], ["b", "-dash"]])
def test_a_dash_id_taken_for_an_option_says_to_use_double_dash(dashed, capsys, order):
    err = _error(capsys, ["diff", "--corpus", str(dashed), *order])
    assert "ids and names that start with '-' go after '--'" in err
    assert main(["diff", "--corpus", str(dashed), "--", *order]) == 0  # as the hint says


def test_a_dash_id_as_a_value_says_to_join_it_with_equals(dashed, capsys):
    err = _error(capsys, ["export", str(dashed), "--base", "-dash"])
    assert "given as --base=-dash" in err
    assert main(["export", str(dashed), "--base=-dash", "--format", "json"]) == 0


def test_a_folder_that_starts_with_a_dash(dashed, monkeypatch, capsys):
    monkeypatch.chdir(dashed.parent)
    dashed.rename(dashed.parent / "-dir")
    assert "go after '--': seedreader facts [options] -- -dir" in _error(capsys, ["facts", "-dir"])
    assert main(["facts", "--", "-dir"]) == 0


def test_negative_numbers_are_values_not_dash_ids(capsys):
    err = _error(capsys, ["facts", "--min-support", "-1"])
    assert "must be 1 or more" in err and "'--'" not in err


def test_an_empty_base_is_a_usage_error(capsys):
    assert _error(capsys, ["export", "--base", ""]) == "seedreader: error: --base is an empty id\n"
