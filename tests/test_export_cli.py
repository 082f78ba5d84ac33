"""Exports from the command line: where they go, and what is never overwritten."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest

from seedreader.cli import main

# What the error adds when no corpus was given (round 8: which corpus was searched).
BUNDLED_NOTE = (" in the bundled seeds (no corpus given; for your own articles, name their "
                "folder: seedreader export DIR --base ID)")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt,marker", [("html", "<!DOCTYPE html>"), ("md", "## The two texts"),
                                        ("json", '"schema_version"'), ("text", "@@ ")])
def test_diff_writes_each_format_to_a_file(tmp_path, capsys, fmt, marker):
    target = tmp_path / f"pair.{fmt}"
    code, out, err = run(capsys, "diff", "3", "1", "--format", fmt, "-o", str(target))
    assert code == 0, err
    assert out == "" and f"wrote {target}" in err
    assert marker in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_dash_or_no_output_writes_to_stdout(capsys):
    code, out, _ = run(capsys, "diff", "3", "1", "--format", "json", "-o", "-")
    assert code == 0 and json.loads(out)["schema_version"] == 2
    code, out2, _ = run(capsys, "diff", "3", "1", "--format", "json")
    assert code == 0 and out2 == out
    code, out, _ = run(capsys, "export", "--format", "md")
    assert code == 0 and out.startswith(
        "<!-- seedreader export -->\n# Corpus report: Seeds: one Sheinbaum–Trump phone call, five "
        "reports (5 sources)\n")  # (round 8: titled by INDEX.md's heading)


def test_an_existing_file_is_never_overwritten_without_force(tmp_path, capsys):
    target = tmp_path / "pair.html"
    target.write_text("my notes", encoding="utf-8")
    before = os.stat(target)
    code, out, err = run(capsys, "diff", "3", "1", "--format", "html", "-o", str(target))
    assert code == 1 and out == ""
    assert err.strip() == f"seedreader: error: {target} exists; use --force to overwrite it"
    assert target.read_text(encoding="utf-8") == "my notes"
    assert os.stat(target).st_mtime_ns == before.st_mtime_ns
    code, _, err = run(capsys, "export", "--format", "html", "-o", str(target))
    assert code == 1 and "exists" in err and target.read_text(encoding="utf-8") == "my notes"
    code, _, err = run(capsys, "diff", "3", "1", "--format", "html", "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pair.html"]


def test_a_missing_folder_is_a_clear_error(tmp_path, capsys):
    target = tmp_path / "no" / "such" / "pair.md"
    code, out, err = run(capsys, "diff", "3", "1", "--format", "md", "-o", str(target))
    assert code == 1 and out == ""
    assert err.strip() == (f"seedreader: error: cannot write {target}: folder "
                           f"{target.parent} does not exist")
    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 1 and "does not exist" in err


def test_a_folder_as_target_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "export", "--format", "json", "-o", str(tmp_path))
    assert code == 1
    assert err.strip() == f"seedreader: error: {tmp_path} is a folder, not a file"


def test_an_unwritable_folder_is_a_clear_error(tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        target = folder / "report.html"
        code, _, err = run(capsys, "export", "-o", str(target))
        assert code == 1
        assert err.strip() == f"seedreader: error: cannot write {target}: Permission denied"
        assert not target.exists()
    finally:
        folder.chmod(stat.S_IRWXU)


def test_unknown_base_is_one_line_and_writes_nothing(tmp_path, capsys):
    target = tmp_path / "r.html"
    code, out, err = run(capsys, "export", "--base", "zzz", "-o", str(target))
    assert code == 1 and out == ""
    assert err == ("seedreader: error: unknown --base 'zzz'" + BUNDLED_NOTE + ": give a source's "
                   "id, file name or position (1-5, as 'seedreader sources' lists them)\n")
    assert not target.exists()


def test_export_with_a_base_writes_the_report(tmp_path, capsys):
    target = tmp_path / "report.json"
    code, _, err = run(capsys, "export", "--format", "json", "--base", "3", "-o", str(target))
    assert code == 0, err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["base"] == "002_709c97691079b0b5"


def test_text_diff_is_coloured_only_on_a_terminal(tmp_path, capsys, monkeypatch):
    code, plain, _ = run(capsys, "diff", "3", "1")
    assert code == 0 and "\x1b[" not in plain and "[-" in plain
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, coloured, _ = run(capsys, "diff", "3", "1")
    assert code == 0 and "\x1b[31m[-" in coloured
    target = tmp_path / "pair.txt"
    code, _, _ = run(capsys, "diff", "3", "1", "-o", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").rstrip("\n") == plain.rstrip("\n")
