"""Command line and exports, round 2 of the QA fixes: each test names what a user saw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedreader.cli import main

# What the error adds when no corpus was given (round 8: which corpus was searched).
BUNDLED_NOTE = (" in the bundled seeds (no corpus given; for your own articles, name their "
                "folder: seedreader diff LEFT RIGHT DIR)")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- 1. two articles with one file name ------------------------------------------------------------
@pytest.fixture
def same_names(tmp_path):
    one = write(tmp_path / "d1", "a.txt", "T1\n\nThe storm killed 12 people on Monday, officials said.\n")
    two = write(tmp_path / "d2", "a.txt", "T2\n\nThe storm killed 14 people on Monday, officials said.\n")
    return one, two


def test_two_files_of_one_name_keep_their_own_facts(capsys, same_names):
    one, two = same_names
    code, out, err = run(capsys, "diff", str(one), str(two), "--format", "json")
    assert code == 0, err
    facts = json.loads(out)["facts"]
    assert [s["id"] for s in facts["sources"]] == ["a (d1)", "a (d2)"]
    by_value = {f["value"]: {m["source"] for m in f["mentions"]} for f in facts["facts"]}
    assert by_value["12"] == {"a (d1)"} and by_value["14"] == {"a (d2)"}
    assert len(facts["conflicts"]) == 1
    code, out, _ = run(capsys, "diff", str(one), str(two), "--format", "md")
    row = next(line for line in out.splitlines() if line.startswith("| **14**"))
    assert row.endswith("| — | 14 people |")  # B says 14, A does not


def test_a_file_named_like_a_corpus_source_keeps_its_facts(capsys, same_names):
    one, two = same_names
    code, out, err = run(capsys, "diff", str(one), "a", "--corpus", str(two.parent),
                         "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["left"]["id"] == "a (d1)" and data["right"]["id"] == "a"  # the corpus's keeps it
    by_value = {f["value"]: {m["source"] for m in f["mentions"]} for f in data["facts"]["facts"]}
    assert by_value["12"] == {"a (d1)"} and by_value["14"] == {"a"}


def test_one_file_given_twice_stays_one_source(capsys, same_names):
    one, _ = same_names
    code, out, _ = run(capsys, "diff", str(one), str(one), "--format", "json")
    assert code == 0 and json.loads(out)["left"]["id"] == "a"


# --- 2. exports written into a folder without INDEX.md ---------------------------------------------
def test_exports_in_a_folder_without_index_are_left_out(tmp_path, capsys, monkeypatch):
    write(tmp_path, "a.txt", "Head one\n\nThe storm killed 12 people.\n")
    write(tmp_path, "b.txt", "Head two\n\nThe storm killed 14 people.\n")
    monkeypatch.chdir(tmp_path)
    for argv in (("export", ".", "-o", "report.md"), ("diff", "1", "2", "--corpus", ".", "-o",
                 "pair.md"), ("diff", "1", "2", "--corpus", ".", "-o", "pair.txt"),
                 ("facts", ".", "-o", "facts.txt"),
                 ("diff", "1", "2", "--corpus", ".", "--color", "always", "-o", "pair2.txt")):
        code, _, err = run(capsys, *argv)
        assert code == 0, err
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith(
        "<!-- seedreader export -->\n# Corpus report")
    code, out, err = run(capsys, "sources", ".", "--format", "json")
    assert code == 0
    assert [s["id"] for s in json.loads(out)["sources"]] == ["a", "b"]
    for name in ("facts.txt", "pair.md", "pair.txt", "pair2.txt", "report.md"):
        assert f"seedreader: warning: left out {name}: a seedreader export\n" in err
    code, _, err = run(capsys, "index", ".")
    assert code == 0, err
    rows = (tmp_path / "INDEX.md").read_text(encoding="utf-8").splitlines()[2:]
    assert [row.split(" | ")[0] for row in rows] == ["| a.txt", "| b.txt"]


def test_an_export_listed_in_index_md_is_read(tmp_path, capsys):
    write(tmp_path, "a.txt", "Head one\n\nThe storm killed 12 people.\n")
    write(tmp_path, "old.md", "<!-- seedreader export -->\n# A kept report\n\nIts text.\n")
    write(tmp_path, "INDEX.md", "| file | title |\n|---|---|\n| a.txt | A |\n| old.md | Old |\n")
    code, out, _ = run(capsys, "sources", str(tmp_path), "--format", "json")
    assert code == 0 and [s["id"] for s in json.loads(out)["sources"]] == ["a", "old"]


# --- 3. --base by path, as the ambiguity warning advises ---------------------------------------------
def test_base_takes_the_path_the_warning_advises(tmp_path, capsys):
    write(tmp_path / "num", "2.txt", "Two headline\n\nSome text about two.\n")
    write(tmp_path / "num", "3.txt", "Three headline\n\nSome text about three.\n")
    folder = str(tmp_path / "num")
    code, out, err = run(capsys, "export", folder, "--base", "2", "--format", "json")
    assert code == 0 and json.loads(out)["base"] == "2"
    assert "give its id '3' or its path" in err
    code, out, err = run(capsys, "export", folder, "--base", str(tmp_path / "num" / "3.txt"),
                         "--format", "json")
    assert code == 0, err
    assert json.loads(out)["base"] == "3"
    outside = write(tmp_path, "other.txt", "Other\n\nText.\n")
    code, _, err = run(capsys, "export", folder, "--base", str(outside))
    assert code == 1 and "not a source id, position or file of the corpus" in err


# --- 4. the facts sections of the exports ------------------------------------------------------------
MISQUOTE = {"a.txt": "Minister speaks on trade\n\n“We will never accept tariffs on our steel,” the "
            "minister Ana Lopez said on Monday.\n",
            "b.txt": "Minister on trade talks\n\n“We will accept tariffs on our steel,” the "
            "minister Ana Lopez said on Monday.\n"}


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_misquote_is_named_in_the_conflicts_note(tmp_path, capsys, fmt):
    for name, text in MISQUOTE.items():
        write(tmp_path, name, text)
    code, out, err = run(capsys, "export", str(tmp_path), "--format", fmt)
    assert code == 0, err
    assert ("Sources that give different values for the same thing, or disagree on the words of "
            "a remark (a misquote).") in out
    code, out, _ = run(capsys, "export", "--format", fmt)  # the seeds: a date, no misquote
    assert "Sources that give different values for the same thing." in out


def test_a_conflict_has_one_label_and_its_rows_point_to_it(capsys):
    code, out, _ = run(capsys, "export", "--format", "md")
    assert code == 0
    rows = [line for line in out.splitlines() if "⚠" in line]
    assert [row.split(" | ")[0] for row in rows] == ["| **January 23** ⚠ conflict 1",
                                                     "| **January 22–23** ⚠ conflict 1"]
    assert all(row.split(" | ")[2] == "see conflict 1" for row in rows)
    assert "meeting planned washington" not in out and "meet continue scheduled" not in out
    listed = [line for line in out.splitlines() if line.startswith("- **1** · ")]
    assert len(listed) == 1 and "January 23" in listed[0] and "January 22–23" in listed[0]
    code, out, _ = run(capsys, "export", "--format", "html")
    assert out.count("see conflict 1") == 2 and out.count('<span class="cno">1</span>') == 1


def test_the_pair_export_says_what_its_support_counts(tmp_path, capsys):
    code, out, _ = run(capsys, "diff", "3", "1", "--format", "md")
    assert "out of the 5 sources of the corpus;" in out
    for name, text in MISQUOTE.items():
        write(tmp_path, name, text)
    code, out, _ = run(capsys, "diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                       "--format", "md")
    assert code == 0 and "out of these two sources;" in out and "sources compared" not in out


# --- 5. a paragraph break on one side only, in Markdown ----------------------------------------------
def test_markdown_marks_a_paragraph_break_only_one_side_has(tmp_path, capsys):
    whole = write(tmp_path, "c.txt", "Headline here\n\nThe storm hit the coast on Monday and "
                  "officials said the damage was severe. Rescue teams arrived on Wednesday to "
                  "help the survivors.\n")
    split = write(tmp_path, "b.txt", "Headline here\n\nThe storm hit the coast on Monday and "
                  "officials said the damage was severe.\n\nRescue teams arrived on Tuesday to "
                  "help the survivors.\n")
    code, out, _ = run(capsys, "diff", str(whole), str(split), "--format", "md")
    assert code == 0
    assert ("was severe. <ins>¶</ins> Rescue teams arrived on <del>Wednesday </del>"
            "<ins>Tuesday</ins>" in out)  # (round 8: a space keeps the two words apart)
    code, out, _ = run(capsys, "diff", str(split), str(whole), "--format", "md")
    assert code == 0
    assert ("was severe. <del>¶</del> Rescue teams arrived on <del>Tuesday </del>"
            "<ins>Wednesday</ins>" in out)


# --- 6. a corpus given as '.' ------------------------------------------------------------------------
@pytest.mark.parametrize("given", [".", "./", "sub/.."])
def test_a_corpus_given_as_dot_is_named_by_its_folder(tmp_path, capsys, monkeypatch, given):
    folder = tmp_path / "storm-reports"
    write(folder, "a.txt", "Head one\n\nThe storm killed 12 people.\n")
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "export", given, "--format", "md")
    assert code == 0 and "\n# Corpus report: storm-reports, 1 source\n" in out
    code, out, _ = run(capsys, "export", given, "--format", "json")
    assert code == 0 and json.loads(out)["corpus"] == "storm-reports"


# --- 8. a one-source report --------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_one_source_report_says_there_is_nothing_to_compare(tmp_path, capsys, fmt):
    write(tmp_path, "a.txt", "Only headline\n\nThe dead were buried on January 3.\n")
    code, out, err = run(capsys, "export", str(tmp_path), "--format", fmt)
    assert code == 0, err
    assert "One source: nothing to compare." in out
    assert "No two sources read as rewrites" not in out
    assert "against the base" not in out and "How to read" not in out


# --- 7. the facts text's list of sources -------------------------------------------------------------
def test_the_facts_source_list_lines_up_when_ids_differ_in_length(tmp_path, capsys):
    write(tmp_path, "a.txt", "Short id\n\nThe storm killed 12 people.\n")
    write(tmp_path, "a-much-longer-name.txt", "Long id\n\nThe storm killed 12 people.\n")
    write(tmp_path, "报道.txt", "Wide id\n\nThe storm killed 12 people.\n")
    code, out, _ = run(capsys, "facts", str(tmp_path))
    assert code == 0
    listed = out.splitlines()[1:4]
    from rich.cells import cell_len  # the terminal's widths, not the function under test

    starts = {title: cell_len(line[:line.index(title)])
              for line in listed for title in ("Short id", "Long id", "Wide id") if title in line}
    assert len(starts) == 3 and len(set(starts.values())) == 1, listed


# --- 9. what the user typed, quoted as typed -----------------------------------------------------------
def test_errors_quote_the_argument_as_typed(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README").write_text("a file\n", encoding="utf-8")
    cases = [(("diff", "1 ", "2"),
              ("seedreader: error: no source '1 '" + BUNDLED_NOTE + ": give a source's id, file "
               "name or position (1-5, as 'seedreader sources' lists them), or the path of a text file\n")),
             (("sources", " "), "seedreader: error: ' ' does not exist\n"),
             (("sources", "no such/"), "seedreader: error: 'no such/' does not exist\n"),
             (("index", " "), "seedreader: error: ' ' does not exist\n"),  # (as sources says)
             (("index", "README"), "seedreader: error: 'README' is not a folder\n"),
             (("diff", "1", "2", "--corpus", "x\ty"), "seedreader: error: 'x\\ty' does not exist\n")]
    for argv, message in cases:
        code, _, err = run(capsys, *argv)
        assert (code, err) == (1, message), argv


# --- 10. usage errors: one line, exit 2 ----------------------------------------------------------------
@pytest.mark.parametrize("argv,message", [
    (("facts", "--min-support", "0"),
     "argument --min-support: must be 1 or more, not 0 (see seedreader facts --help)"),
    (("diff", "1"), "the following arguments are required: RIGHT (see seedreader diff --help)"),
    (("export", "--format", "text"), ("argument --format: invalid choice: 'text' (choose from "
     "'html', 'md', 'json') (see seedreader export --help)")),
    (("sources", "--bogus"), "unrecognized arguments: '--bogus' (see seedreader sources --help)"),
    (("help",), "'help' is not a folder of articles (did you mean --help?)"),
    (("facts", "--kind", "percnt"), ("unknown kind 'percnt' (did you mean 'percent'?); expected "
     "one of: percent, count, money, measure, ratio, duration, age, vote, date, time, name, "
     "quote")),
    (("source",), "'source' is not a folder of articles (did you mean 'sources'?)"),
    (("dif", "3", "1"), ("unknown verb 'dif' (did you mean 'diff'?); expected one of: sources, "
     "diff, index, facts, export")),
])
def test_usage_errors_are_one_line_and_exit_2(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", f"seedreader: error: {message}\n")


# --- 11. HTML on a stdout that cannot encode it --------------------------------------------------------
def test_html_on_an_ascii_stdout_gets_character_references(capsys, monkeypatch):
    import io
    import sys

    from seedreader.cli import emit

    written = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", written)
    emit("<p>Trump’s “call” ¶</p>", "-", False, fmt="html")
    written.flush()
    assert written.buffer.getvalue() == b"<p>Trump&#8217;s &#8220;call&#8221; &#182;</p>\n"
    assert capsys.readouterr().err == ""  # nothing lost, nothing to warn about
    emit("Trump’s", "-", False)  # text: '?' and a warning
    written.flush()
    assert written.buffer.getvalue().endswith(b"Trump?s\n")
    assert "cannot show some characters" in capsys.readouterr().err


# --- 12. titles of .md files without inline Markdown ---------------------------------------------------
def test_a_md_files_title_loses_its_inline_markdown(tmp_path, capsys):
    write(tmp_path, "g.md", "**Bold headline**\n\nBody text here.\n")
    write(tmp_path, "c.md", "## Storm *hits* `coast`\nBody line here.\n")
    write(tmp_path, "h.md", "> quoted headline\n\nBody text here.\n")
    write(tmp_path, "n.md", "snake_case_name and 2 * 3 * 4\n\nBody text here.\n")
    write(tmp_path, "t.txt", "**Kept as typed** in a .txt\n\nBody text here.\n")
    code, out, _ = run(capsys, "sources", str(tmp_path), "--format", "json")
    assert code == 0
    titles = {s["id"]: s["title"] for s in json.loads(out)["sources"]}
    assert titles == {"c": "Storm hits coast", "g": "Bold headline", "h": "quoted headline",
                      "n": "snake_case_name and 2 * 3 * 4", "t": "**Kept as typed** in a .txt"}
    code, _, _ = run(capsys, "index", str(tmp_path))
    assert code == 0 and "| g.md | Bold headline |" in (tmp_path / "INDEX.md").read_text("utf-8")


# --- 13. README's verb table ---------------------------------------------------------------------------
def test_readme_verb_table_names_every_option_of_each_verb():
    from seedreader.cli import VERBS, build_parser

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1].split()[1]: line for line in readme.splitlines()
            if line.startswith("| `seedreader ") and len(line.split("`")[1].split()) > 1}
    parser = build_parser()
    verbs = parser._subparsers._group_actions[0].choices
    for verb in VERBS:
        options = [action.option_strings for action in verbs[verb]._actions
                   if action.option_strings and "--help" not in action.option_strings]
        missing = [names for names in options if not any(f"[{n} " in rows[verb]
                                                         or f"[{n}]" in rows[verb] for n in names)]
        assert options and not missing, (verb, missing)


# --- sources --format json carries the schema version, as every other JSON export -----------------
def test_sources_json_names_its_schema_and_kind(capsys):
    from seedreader.export.common import SCHEMA_VERSION

    assert main(["sources", "--format", "json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["schema_version"] == SCHEMA_VERSION and data["kind"] == "sources"
    assert out.startswith('{\n  "schema_version": ')  # first, as in the pair and report JSON
    assert len(data["sources"]) == 5
