"""Rough edges of the command line that a tester found: what a user types that could mean two
things, paths and names the CLI must not take silently, and what it says back."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedreader.cli import main
from seedreader.export.common import EXPORT_MARK

MARK = EXPORT_MARK + "\n"  # the first line of a Markdown export

ARTICLE = "Article {n} title\n\nOfficials said on Monday that {n} people had died.\n\nMore text follows.\n"

# What the error adds when no corpus was given (round 8: which corpus was searched).
BUNDLED_NOTE = (" in the bundled seeds (no corpus given; for your own articles, name their "
                "folder: seedreader export DIR --base ID)")


def numbered_folder(tmp_path: Path, *numbers: int) -> Path:
    """A folder without INDEX.md whose files are named by numbers: ids that look like positions."""
    folder = tmp_path / "num"
    folder.mkdir()
    for n in numbers:
        (folder / f"{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


# --- an argument that is an id of one source and the position of another ----------------------------
def test_diff_says_when_a_number_is_an_id_and_another_sources_position(tmp_path, capsys):
    folder = numbered_folder(tmp_path, 2, 3)  # sources: #1 is id "2", #2 is id "3"
    assert main(["diff", "2", "3", "--corpus", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("--- A 2: Article 2 title\n+++ B 3: Article 3 title\n")  # ids win
    assert err.count("\n") == 1
    assert "'2' is both the id of source #1 and the position of source '3'; took the id" in err
    assert "give its id '3'" in err


def test_diff_warns_when_both_sides_are_one_source(tmp_path, capsys):
    folder = numbered_folder(tmp_path, 2, 3)
    # "1" is position 1 (id "2"), "2" is the id "2": the same file on both sides.
    assert main(["diff", "1", "2", "--corpus", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "warning: comparing '2' with itself" in err
    assert "'2' is both the id of source #1" in err


def test_diff_of_one_file_given_twice_by_path_warns_once(tmp_path, capsys):
    folder = numbered_folder(tmp_path, 2, 3)
    path = str(folder / "3.txt")
    assert main(["diff", path, path, "--corpus", str(folder)]) == 0
    assert capsys.readouterr().err == "seedreader: warning: comparing '3' with itself\n"


def test_plain_ids_and_positions_say_nothing(tmp_path, capsys):
    folder = numbered_folder(tmp_path, 1, 2)  # ids and positions agree
    assert main(["diff", "1", "2", "--corpus", str(folder)]) == 0
    assert capsys.readouterr().err == ""


def test_export_base_says_when_it_is_ambiguous(tmp_path, capsys):
    folder = numbered_folder(tmp_path, 2, 3)
    assert main(["export", str(folder), "--base", "2", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert '"base": "2"' in out
    assert "'2' is both the id of source #1 and the position of source '3'" in err


def test_a_base_of_unicode_digits_is_an_unknown_base_not_a_traceback(capsys):
    assert main(["export", "--base", "²", "--format", "json"]) == 1  # "²".isdigit() is True
    assert capsys.readouterr().err == (
        "seedreader: error: unknown --base '²'"
        + BUNDLED_NOTE + ": give a source's id, file name or position (1-5, as "
        "'seedreader sources' lists them)\n")


# --- writing never follows a link out of the corpus folder ------------------------------------------
def test_index_refuses_an_index_link_that_leads_outside_the_folder(tmp_path, capsys):
    precious = tmp_path / "precious.md"
    precious.write_text("my notes\n", encoding="utf-8")
    folder = numbered_folder(tmp_path, 1, 2)
    (folder / "INDEX.md").symlink_to(precious)
    for force in ([], ["--force"]):
        assert main(["index", str(folder), *force]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert f"INDEX.md is a link to {precious}, outside" in err
        assert precious.read_text(encoding="utf-8") == "my notes\n"
        assert (folder / "INDEX.md").is_symlink()
    assert sorted(p.name for p in folder.iterdir()) == ["1.txt", "2.txt", "INDEX.md"]  # no temp


def test_index_refuses_a_dangling_index_link_that_leads_outside(tmp_path, capsys):
    folder = numbered_folder(tmp_path, 1, 2)
    (folder / "INDEX.md").symlink_to(tmp_path / "not-yet.md")
    assert main(["index", str(folder), "--force"]) == 1
    assert "is a link to" in capsys.readouterr().err
    assert not (tmp_path / "not-yet.md").exists()


def test_index_writes_through_a_link_inside_the_folder(tmp_path, capsys):
    folder = numbered_folder(tmp_path, 1, 2)
    (folder / "notes").mkdir()
    real = folder / "notes" / "index-real.md"
    real.write_text("old\n", encoding="utf-8")
    (folder / "INDEX.md").symlink_to(real)
    assert main(["index", str(folder), "--force"]) == 0
    assert (folder / "INDEX.md").is_symlink()
    assert real.read_text(encoding="utf-8").startswith("| file | title |")


# --- links in INDEX.md ----------------------------------------------------------------------------
def test_an_https_link_with_a_quote_is_kept_encoded_and_a_refused_one_says_why(tmp_path, capsys):
    import json

    folder = numbered_folder(tmp_path, 1, 2)
    (folder / "INDEX.md").write_text(
        "| file | title | url |\n|---|---|---|\n"
        "| 1.txt | One | https://en.wikipedia.org/wiki/Conan_O'Brien |\n"
        "| 2.txt | Two | ftp://example.org/two |\n", encoding="utf-8")
    assert main(["sources", str(folder), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    urls = [s["url"] for s in json.loads(out)["sources"]]
    assert urls == ["https://en.wikipedia.org/wiki/Conan_O%27Brien", ""]
    assert err == ("seedreader: warning: INDEX.md line 4: 2.txt: url ignored (only http:// and https:// "
                   "links are kept): ftp://example.org/two\n")
    assert main(["diff", "1", "2", "--corpus", str(folder), "--format", "html"]) == 0
    assert 'href="https://en.wikipedia.org/wiki/Conan_O%27Brien"' in capsys.readouterr().out


# --- an empty argument is not the current folder --------------------------------------------------
@pytest.mark.parametrize(("argv", "label"), [
    (["index", ""], "DIR"),
    (["index", "", "--force"], "DIR"),
    (["sources", ""], "CORPUS"),
    (["facts", ""], "CORPUS"),
    (["export", "", "--format", "md"], "CORPUS"),
    (["diff", "1", "2", "--corpus", ""], "--corpus"),
    (["diff", "1", "2", "-o", ""], "-o"),
    (["diff", "", "2"], "LEFT"),
    (["diff", "1", ""], "RIGHT"),
    ([""], "CORPUS"),
])
def test_an_empty_path_is_a_usage_error(tmp_path, monkeypatch, capsys, argv, label):
    numbered_folder(tmp_path, 1, 2)
    monkeypatch.chdir(tmp_path / "num")  # where "" would have written INDEX.md
    assert main(argv) == 2
    assert capsys.readouterr().err == f"seedreader: error: {label} is an empty path\n"
    assert sorted(p.name for p in (tmp_path / "num").iterdir()) == ["1.txt", "2.txt"]


# --- the output format from -o's name ---------------------------------------------------------------
@pytest.mark.parametrize(("name", "start"), [
    ("pair.html", "<!DOCTYPE html>"), ("pair.HTM", "<!DOCTYPE html>"), ("pair.md", "# "),
    ("pair.markdown", "# "), ("pair.json", "{"), ("pair.txt", "--- A "), ("pair.out", "--- A "),
])
def test_diff_takes_the_format_from_the_output_name(tmp_path, capsys, name, start):
    assert main(["diff", "3", "1", "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / name).read_text(encoding="utf-8").removeprefix(MARK).startswith(start)
    assert capsys.readouterr().err == f"seedreader: wrote {tmp_path / name}\n"


def test_diff_warns_when_format_and_name_disagree(tmp_path, capsys):
    target = tmp_path / "pair.html"
    assert main(["diff", "3", "1", "--format", "json", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("{")  # --format wins
    err = capsys.readouterr().err
    assert err.startswith(f"seedreader: warning: writing json to {target}, whose name says html\n")


@pytest.mark.parametrize(("name", "start", "warns"), [
    ("report.md", "# Corpus report", False), ("report.json", "{", False),
    ("report.htm", "<!DOCTYPE html>", False), ("report.txt", "<!DOCTYPE html>", True),
])
def test_export_takes_the_format_from_the_output_name(tmp_path, capsys, name, start, warns):
    assert main(["export", "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / name).read_text(encoding="utf-8").removeprefix(MARK).startswith(start)
    err = capsys.readouterr().err
    assert ("whose name says text" in err) == warns


def test_the_facts_formats_the_parser_offers_are_the_engines():
    from seedreader.cli import FACT_FORMATS
    from seedreader.facts.render import FORMATS

    assert FACT_FORMATS == FORMATS


@pytest.mark.parametrize(("name", "start"), [
    ("facts.csv", "fact_id,"), ("facts.json", "{"), ("facts.txt", "Facts in"), ("facts.out", "Facts in"),
])
def test_facts_takes_the_format_from_the_output_name(tmp_path, capsys, name, start):
    assert main(["facts", "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)
    assert capsys.readouterr().err == f"seedreader: wrote {tmp_path / name}\n"


# --- JSON through a stdout that cannot encode everything -------------------------------------------
@pytest.mark.parametrize("argv", [
    ["diff", "3", "1", "--format", "json"],
    ["sources", "--format", "json"],
    ["export", "--format", "json"],
    ["facts", "--format", "json"],
])
def test_json_to_an_ascii_stdout_is_escaped_not_lossy(monkeypatch, capsys, argv):
    import io
    import json

    assert main(argv) == 0
    full = capsys.readouterr().out
    assert "’" in full or "“" in full  # the seeds' curly quotes: something to lose
    raw = io.BytesIO()
    ascii_out = io.TextIOWrapper(raw, encoding="ascii", errors="strict")
    monkeypatch.setattr("sys.stdout", ascii_out)
    assert main(argv) == 0
    ascii_out.flush()
    written = raw.getvalue().decode("ascii")
    assert "\\u2019" in written or "\\u201c" in written
    assert json.loads(written) == json.loads(full)
    assert capsys.readouterr().err == ""  # no "written as '?'" warning


# --- colour -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("env", "argv", "coloured"), [
    ({}, [], True),
    ({"NO_COLOR": "1"}, [], False),
    ({"NO_COLOR": ""}, [], True),  # set but empty: no effect (no-color.org)
    ({"TERM": "dumb"}, [], False),
    ({"NO_COLOR": "1"}, ["--color", "always"], True),
    ({}, ["--color", "never"], False),
])
def test_diff_colour_on_a_terminal(monkeypatch, capsys, env, argv, coloured):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["diff", "3", "1", *argv]) == 0
    assert ("\x1b[" in capsys.readouterr().out) == coloured


def test_diff_colour_always_into_a_pipe(capsys):
    assert main(["diff", "3", "1"]) == 0
    assert "\x1b[" not in capsys.readouterr().out  # not a terminal
    assert main(["diff", "3", "1", "--color", "always"]) == 0
    assert "\x1b[31m[-" in capsys.readouterr().out


# --- small ones -------------------------------------------------------------------------------------
def test_a_verb_typo_gets_a_suggestion_unless_it_names_a_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["source"]) == 2  # a mistyped verb is a usage error, as 'dif 3 1' is
    assert capsys.readouterr().err == ("seedreader: error: 'source' is not a folder of articles "
                                       "(did you mean 'sources'?)\n")
    assert main(["dif", "3", "1"]) == 2
    assert "unknown verb 'dif' (did you mean 'diff'?)" in capsys.readouterr().err
    (tmp_path / "source").write_text("a file\n", encoding="utf-8")
    assert main(["source"]) == 1
    assert capsys.readouterr().err == "seedreader: error: 'source' is not a folder of articles\n"
    assert main(["seeds"]) == 1  # not close to any verb
    assert "did you mean" not in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_one_of_a_kind_is_singular_in_exports(tmp_path, capsys, fmt):
    import re

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said on Monday that 12 people had died.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said on Tuesday that 14 people had died.\n",
                                    encoding="utf-8")
    assert main(["export", str(folder), "--format", fmt]) == 0
    report = capsys.readouterr().out
    assert ("# Corpus report: one, 1 source\n" in report if fmt == "md"
            else "<h1><bdi>one</bdi>: 1 source compared</h1>" in report)
    assert "out of 1 source" in report
    assert main(["diff", "1", str(tmp_path / "b.txt"), "--corpus", str(folder), "--format", fmt]) == 0
    pair = capsys.readouterr().out
    assert "1 paragraph" in pair and re.search(r"\b1 (?:aligned )?block\b", pair)
    for text in (report, pair):
        assert not re.search(r"\b1 (?:aligned )?(?:sources|paragraphs|words|blocks)\b", text)


def test_a_file_given_twice_has_its_warnings_said_once(tmp_path, capsys):
    odd = tmp_path / "a.txt"
    odd.write_bytes(b"Caf\xe9 owners said on Monday that 12 people had died.\n")  # cp1252
    assert main(["diff", str(odd), str(odd)]) == 0
    assert capsys.readouterr().err == (
        "seedreader: warning: comparing 'a' with itself\n"
        "seedreader: warning: a.txt: not valid UTF-8: decoded as cp1252\n")


@pytest.mark.parametrize(("value", "message"), [
    ("-3", "must be 1 or more, not -3"), ("0", "must be 1 or more, not 0"),
    ("x", "not a whole number: 'x'"),
])
def test_min_support_below_one_is_a_usage_error(capsys, value, message):
    assert main(["facts", "--min-support", value]) == 2
    assert capsys.readouterr().err == (
        f"seedreader: error: argument --min-support: {message} (see seedreader facts --help)\n")


def test_output_under_a_file_says_it_is_not_a_folder(tmp_path, capsys):
    (tmp_path / "m1.txt").write_text("a file\n", encoding="utf-8")
    target = tmp_path / "m1.txt" / "x.html"
    assert main(["diff", "3", "1", "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"seedreader: error: cannot write {target}: {tmp_path / 'm1.txt'} is not a folder\n")


# --- text tables in terminal cells --------------------------------------------------------------------
def test_sources_table_columns_line_up_with_wide_and_combining_characters(tmp_path, capsys):
    from rich.cells import cell_len as display_width  # (an oracle apart from textout's own)

    folder = tmp_path / "cjk"
    folder.mkdir()
    titles = {"a": "東京で大雨、12人が死亡したと当局が発表した長いタイトルのテストです" * 2,
              "b": "Family 🎉🎉🎉 title", "c": "Cafe\u0301 combining e\u0301\u0301 marks",
              "d": "Plain title"}
    for sid, title in titles.items():
        (folder / f"{sid}.txt").write_text(f"{title}\n\nOfficials said 12 people died on Monday.\n",
                                           encoding="utf-8")
    assert main(["sources", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    outlet_at = {display_width(line[:line.index("-  ", 8)]) for line in lines[2:]}
    assert len(outlet_at) == 1  # the outlet column starts in the same terminal cell on every row
    # Clipped to 60 cells with its "…" (59 when the next wide character would not fit).
    assert 59 <= display_width(lines[2].split("  ")[2].strip()) <= 60
    assert lines[2].split("  ")[2].endswith("…")
