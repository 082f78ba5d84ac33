"""The command line, QA round 4 (scripting): what a script gets for what it asks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedreader.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- 5: several --kind ---------------------------------------------------------------------------
def _kinds(out: str) -> set[str]:
    return {fact["kind"] for fact in json.loads(out)["facts"]}


def test_kind_given_twice_keeps_both_kinds(capsys):
    code, out, err = run(capsys, "facts", "--format", "json", "--kind", "date", "--kind", "percent")
    assert code == 0, err
    assert _kinds(out) == {"date", "percent"}
    values = {fact["value"] for fact in json.loads(out)["facts"]}
    assert {"50%", "40%"} <= values


def test_kinds_separated_by_commas_are_the_same_as_given_twice(capsys):
    _, twice, _ = run(capsys, "facts", "--format", "json", "--kind", "date", "--kind", "percent")
    code, out, err = run(capsys, "facts", "--format", "json", "--kind", "date,percent")
    assert code == 0, err
    assert json.loads(out) == json.loads(twice)


def test_several_kinds_keep_the_support_bar(capsys):
    code, out, err = run(capsys, "facts", "--format", "json", "--kind", "percent,date",
                         "--min-support", "2")
    assert code == 0, err
    facts = json.loads(out)["facts"]
    assert facts and all(f["support"] >= 2 and f["kind"] in ("percent", "date") for f in facts)
    assert "15 min" not in {f["value"] for f in facts}


def test_one_kind_is_as_before(capsys):
    code, out, err = run(capsys, "facts", "--kind", "percent")
    assert code == 0, err
    assert "kind percent" in out.splitlines()[0]


@pytest.mark.parametrize("kinds", [("--kind", "date", "--kind", "dates"), ("--kind", "date,dates")])
def test_a_bad_kind_among_several_is_refused(capsys, kinds):
    code, _, err = run(capsys, "facts", *kinds)
    assert code == 2 and "unknown kind" in err


def test_a_trailing_comma_names_no_kind_more_and_none_at_all_is_refused(capsys):
    # (review of session 6: "--kind date," failed with "unknown kind ''")
    _, alone, _ = run(capsys, "facts", "--format", "json", "--kind", "date")
    code, out, err = run(capsys, "facts", "--format", "json", "--kind", "date,")
    assert code == 0 and out == alone and _kinds(out) == {"date"}
    code, _, err = run(capsys, "facts", "--kind", ",")
    assert code == 2 and "--kind names no kind" in err


def test_the_text_header_names_every_kind_kept(capsys):
    # (review: with several kinds the header dropped the filter; one kind said "(kind percent)")
    code, out, _ = run(capsys, "facts", "--kind", "date,percent", "--min-support", "2")
    assert code == 0
    assert out.splitlines()[0].startswith("Facts in 5 sources (support ≥ 2, kind date or percent): ")
    code, out, _ = run(capsys, "facts", "--kind", "date", "--kind", "percent", "--kind", "date")
    assert out.splitlines()[0].startswith("Facts in 5 sources (kind date or percent): ")


# --- 7: sources --format json: file and notes ------------------------------------------------------
def test_sources_json_gives_each_file_as_index_lists_it_and_its_notes(capsys, tmp_path):
    folder = tmp_path / "corp"
    write(folder, "a.txt", "Flood closes bridge\n\nThe river rose on Tuesday.\n")
    write(folder, "sub/b.txt", "Bridge shut\n\nThe river rose again.\n")
    write(folder, "INDEX.md", "| file | title | notes |\n|---|---|---|\n"
                              "| a.txt | A | wire copy, checked |\n| sub/b.txt | B | |\n")
    code, out, err = run(capsys, "sources", str(folder), "--format", "json")
    assert code == 0, err
    sources = json.loads(out)["sources"]
    assert [(s["id"], s["file"], s["notes"]) for s in sources] == [
        ("a", "a.txt", "wire copy, checked"), ("b", "sub/b.txt", "")]
    assert str(tmp_path) not in json.dumps([s["file"] for s in sources])


def test_sources_json_of_a_folder_without_index_gives_file_names(capsys, tmp_path):
    write(tmp_path, "x.md", "# Story\n\nText.\n")
    code, out, err = run(capsys, "sources", str(tmp_path), "--format", "json")
    assert code == 0, err
    (source,) = json.loads(out)["sources"]
    assert source["file"] == "x.md" and source["notes"] == ""


# --- 10: one message for a missing folder ----------------------------------------------------------
@pytest.mark.parametrize("verb", ["index", "sources", "facts", "export"])
def test_every_verb_says_a_missing_folder_does_not_exist(capsys, tmp_path, verb):
    code, _, err = run(capsys, verb, str(tmp_path / "missing"))
    assert code == 1 and err == f"seedreader: error: '{tmp_path / 'missing'}' does not exist\n"
    write(tmp_path, "file.txt", "x\n")
    code, _, err = run(capsys, verb, str(tmp_path / "file.txt"))
    assert code == 1 and err == f"seedreader: error: '{tmp_path / 'file.txt'}' is not a folder\n"
