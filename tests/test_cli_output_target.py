"""-o is checked before the work (which may take minutes), a trailing slash names a folder, and
no export replaces a file it was made from, even with --force."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from seedreader.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES = sorted(SEEDS.glob("*.txt"))[:3]


@pytest.fixture
def folder(tmp_path) -> Path:
    """Three seed articles and their INDEX.md."""
    out = tmp_path / "ov"
    out.mkdir()
    for path in ARTICLES:
        shutil.copy(path, out / path.name)
    assert main(["index", str(out)]) == 0
    return out


@pytest.fixture
def no_work(monkeypatch):
    """The verbs' work fails the test if it starts."""
    def refuse(*args, **kwargs):
        raise AssertionError("the work started before -o was checked")

    monkeypatch.setattr("seedreader.facts.tally_facts", refuse)
    monkeypatch.setattr("seedreader.align.compare", refuse)
    monkeypatch.setattr("seedreader.export.render_report", refuse)


VERBS = [["diff", "1", "2"], ["facts"], ["export"]]


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: v[0])
def test_an_existing_output_is_refused_before_the_work(tmp_path, capsys, no_work, verb):
    target = tmp_path / "exists.txt"
    target.write_text("precious", encoding="utf-8")
    assert main([*verb, "-o", str(target)]) == 1
    assert f"{target} exists; use --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: v[0])
@pytest.mark.parametrize(("name", "says"), [
    ("missing/dir/x.txt", "does not exist"),
    ("afolder", "is a folder, not a file"),
    ("newdir/", "a name ending in '/' is a folder's"),
    ("x" * 300 + ".txt", "File name too long"),
    ("x" * 300 + "/x.txt", "File name too long"),
])
def test_an_unwritable_output_is_refused_before_the_work(tmp_path, capsys, no_work, verb, name,
                                                          says):
    (tmp_path / "afolder").mkdir()
    target = str(tmp_path / name) + ("/" if name.endswith("/") else "")
    assert main([*verb, "-o", target]) == 1
    err = capsys.readouterr().err
    assert says in err
    assert err.strip().splitlines()[-1].startswith("seedreader: error: ")
    assert not (tmp_path / "newdir").exists()


def test_a_name_too_long_says_so_in_one_shape_wherever_it_is(tmp_path, capsys):
    errors = []
    for name in ("x" * 300 + ".txt", "x" * 300 + "/x.txt"):
        assert main(["diff", "1", "2", "-o", str(tmp_path / name)]) == 1
        errors.append(capsys.readouterr().err)
    assert all(e == f"seedreader: error: cannot write {tmp_path / n}: File name too long\n"
               for e, n in zip(errors, ("x" * 300 + ".txt", "x" * 300 + "/x.txt")))


def test_a_name_near_the_limit_is_written(tmp_path, capsys):
    target = tmp_path / ("y" * 250 + ".txt")  # 254 bytes: a valid name, too long for a temp name
    assert main(["diff", "1", "2", "-o", str(target)]) == 0  # built from it
    assert target.read_text(encoding="utf-8").startswith("--- A ")
    assert os.listdir(tmp_path) == [target.name]


def test_a_trailing_slash_does_not_overwrite_the_file_without_it(tmp_path, capsys):
    target = tmp_path / "x.html"
    target.write_text("precious", encoding="utf-8")
    assert main(["diff", "1", "2", "-o", f"{target}/", "--force"]) == 1
    assert "a name ending in '/' is a folder's" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "precious"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_a_folder_that_is_not_writable_is_refused_before_the_work(tmp_path, capsys, no_work):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert main(["facts", "-o", str(locked / "f.txt")]) == 1
        assert "is not writable" in capsys.readouterr().err
    finally:
        locked.chmod(0o700)


# --- an export never replaces its own inputs ---------------------------------------------------------
def _refused(capsys, argv: list[str], target: Path) -> None:
    before = target.read_bytes()
    # with --force, and without: the input is named at once (not "use --force" first)
    for force in (["--force"], []):
        assert main([*argv, "-o", str(target), *force]) == 1
        err = capsys.readouterr().err
        assert "an input of this run; not replacing it, even with --force" in err
        assert err.count("error:") == 1
    assert target.read_bytes() == before


def test_diff_does_not_replace_a_compared_source(folder, capsys):
    _refused(capsys, ["diff", "1", "2", "--corpus", str(folder)], folder / ARTICLES[1].name)
    _refused(capsys, ["diff", "1", "2", "--corpus", str(folder)], folder / ARTICLES[0].name)


def test_diff_does_not_replace_a_file_compared_by_its_path(folder, tmp_path, capsys):
    outside = tmp_path / "mine.txt"
    shutil.copy(ARTICLES[2], outside)
    _refused(capsys, ["diff", str(folder / ARTICLES[0].name), str(outside)], outside)


@pytest.mark.parametrize("verb", [["facts"], ["export"], ["diff", "1", "2", "--corpus"]],
                         ids=lambda v: v[0])
def test_no_verb_replaces_a_corpus_article_or_its_index(folder, capsys, verb):
    _refused(capsys, [*verb, str(folder)], folder / "INDEX.md")
    _refused(capsys, [*verb, str(folder)], folder / ARTICLES[2].name)


def test_a_link_to_an_input_is_the_input(folder, tmp_path, capsys):
    link = tmp_path / "link.txt"
    link.symlink_to(folder / ARTICLES[0].name)
    _refused(capsys, ["facts", str(folder)], link)


def test_force_still_replaces_files_that_are_not_inputs(folder, capsys):
    previous = folder / "report.md"  # an earlier export, in the corpus folder but not listed
    previous.write_text("old report\n", encoding="utf-8")
    assert main(["export", str(folder), "-o", str(previous), "--force"]) == 0
    assert previous.read_text(encoding="utf-8") != "old report\n"
    assert main(["facts", str(folder), "-o", str(folder / "facts.txt")]) == 0
    assert main(["facts", str(folder), "-o", str(folder / "facts.txt"), "--force"]) == 0
