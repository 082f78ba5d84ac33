"""Review round 5 (corpus, CLI, text and Markdown exports): `index --update` never loses a row,
edits INDEX.md's raw text, ends the table where loading does; files that are no articles
(README, LICENSE...); the --update hint; the text diff's CriticMarkup; the Markdown export's
minor differences."""

from __future__ import annotations

from pathlib import Path

from seedreader.cli import main
from seedreader.corpus import load_corpus, parse_index


def article(n: int) -> str:
    return f"Article {n} headline\n\nThe body of article {n} says something.\nA second paragraph.\n"


def folder_with(tmp_path: Path, files: dict[str, str], index: str | bytes | None,
                name: str = "corpus") -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    if isinstance(index, str):
        (folder / "INDEX.md").write_text(index, encoding="utf-8", newline="")
    elif index is not None:
        (folder / "INDEX.md").write_bytes(index)
    return folder


def unlisted_notes(corpus) -> list[str]:
    return [w for w in corpus.warnings if "not in INDEX.md" in w]


# --- 2. the table ends at the first line that is no row -----------------------------------------
FOOTERS = ("Compiled by J. Smith | updated March 2025", "> Note: outlets | dates to be filled in")


def test_a_footer_line_holding_a_pipe_is_no_row(tmp_path, capsys):
    for n, footer in enumerate(FOOTERS):
        index = ("| file | title | outlet |\n|---|---|---|\n| a.txt | A | AP |\n"
                 f"| b.txt | B | Reuters |\n{footer}\n")
        parsed = parse_index(index)
        assert [e.file for e in parsed.entries] == ["a.txt", "b.txt"]
        assert parsed.warnings == () and parsed.end == 4
        folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2),
                                        "c.txt": article(3)}, index, name=f"f{n}")
        corpus = load_corpus(folder)
        assert [s.outlet for s in corpus] == ["AP", "Reuters"]
        assert not any("skipped" in w for w in corpus.warnings)
        assert main(["index", str(folder), "--update"]) == 0
        # The new row goes right after the table's last row; the footer stays as it was.
        assert (folder / "INDEX.md").read_text(encoding="utf-8") == index.replace(
            f"{footer}\n", f"| c.txt | Article 3 headline |  |\n{footer}\n")
        assert [s.id for s in load_corpus(folder)] == ["a", "b", "c"]


def test_rows_without_leading_pipes_and_rows_after_a_blank_line_are_still_read():
    # (counter-examples: a table written without outer pipes; a blank line inside a table)
    assert [e.file for e in parse_index("file | title\n---|---\na.txt | A\nb.txt | B\n").entries
            ] == ["a.txt", "b.txt"]
    parsed = parse_index("| file | title |\n|---|---|\n| a.txt | A |\n\n| b.txt | B |\n\nEnd.\n")
    assert [e.file for e in parsed.entries] == ["a.txt", "b.txt"] and parsed.end == 5
    # An indented row is a row.
    assert [e.file for e in parse_index("| file |\n|---|\n  | a.txt |\n").entries] == ["a.txt"]


# --- 1. --update never drops a row -----------------------------------------------------------------
def test_update_keeps_a_row_whose_file_is_written_another_way_and_names_it(tmp_path, capsys):
    index = ("| file | title | outlet | notes |\n|---|---|---|---|\n"
             "| A.TXT | Storm | AP | checked |\n| b.txt | B | Reuters | |\n")
    folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2)}, index)
    assert main(["index", str(folder), "--update"]) == 0
    err = capsys.readouterr().err
    assert "listed but missing: A.TXT; kept its row" in err
    assert "kept 2 rows, added 1 (a.txt)" in err
    # A.TXT's row, its outlet and notes, stay as written; a.txt gets a row of its own.
    assert (folder / "INDEX.md").read_text(encoding="utf-8") == index + (
        "| a.txt | Article 1 headline |  |  |\n")


def test_link_and_bracketed_file_cells_are_read_as_markdown_means_them(tmp_path, capsys):
    index = ("| file | title | outlet |\n|---|---|---|\n| [My story](my%20story.txt) | Mine | AP |\n"
             "| <b.txt> | B | Reuters |\n| [C](<c d.txt>) | C | BBC |\n")
    folder = folder_with(tmp_path, {"my story.txt": article(1), "b.txt": article(2),
                                    "c d.txt": article(3)}, index)
    corpus = load_corpus(folder)
    assert [(s.path.name, s.outlet) for s in corpus] == [
        ("my story.txt", "AP"), ("b.txt", "Reuters"), ("c d.txt", "BBC")]
    assert unlisted_notes(corpus) == [] and corpus.warnings == ()
    assert main(["index", str(folder), "--update"]) == 0
    assert "lists every file already" in capsys.readouterr().err
    assert (folder / "INDEX.md").read_text(encoding="utf-8") == index
    # (counter-example: a plain cell is a file name as it is, % and all)
    percent = folder_with(tmp_path, {"50%20off.txt": article(1)},
                          "| file |\n|---|\n| 50%20off.txt |\n", name="pct")
    assert [s.path.name for s in load_corpus(percent)] == ["50%20off.txt"]


def test_update_of_rows_that_cannot_load_keeps_them(tmp_path, capsys):
    index = ("| file | title |\n|---|---|\n| gone.txt | G |\n| ../out.txt | O |\n"
             "| a.txt | A |\n| a.txt | again |\n")
    folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2)}, index)
    assert main(["index", str(folder), "--update"]) == 0
    assert "listed but missing: gone.txt" in capsys.readouterr().err
    assert (folder / "INDEX.md").read_text(encoding="utf-8") == index + (
        "| b.txt | Article 2 headline |\n")


# --- 3. --update edits the raw text ------------------------------------------------------------------
def test_update_keeps_every_byte_of_the_lines_it_does_not_touch(tmp_path):
    raw = ("My notes\u2028about it.\r\n\r\n| file | title | outlet |\r\n|---|---|---|\r\n"
           "| a.txt | A\u2028still A | AP |\r\n| b.txt | B\rB | R |\r\n\r\nFooter\rline").encode()
    folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2),
                                    "c.txt": article(3)}, b"\xef\xbb\xbf" + raw)
    assert main(["index", str(folder), "--update"]) == 0
    assert (folder / "INDEX.md").read_bytes() == b"\xef\xbb\xbf" + raw.replace(
        b"| R |\r\n", b"| R |\r\n| c.txt | Article 3 headline |  |\r\n")
    # (loading reads the same rows: a U+2028 or a stray \r in a cell is a space, not a row's end)
    assert [s.title for s in load_corpus(folder)] == ["A still A", "B B", "Article 3 headline"]


def test_update_of_a_table_at_the_end_without_a_final_newline(tmp_path):
    for n, (eol, last) in enumerate((("\r\n", ""), ("\n", ""), ("\r", ""), ("\r\n", "\r\n"))):
        index = eol.join(["| file | title |", "|---|---|", "| a.txt | A |"]) + last
        folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2)}, index,
                             name=f"e{n}")
        assert main(["index", str(folder), "--update"]) == 0
        row = "| b.txt | Article 2 headline |"
        assert (folder / "INDEX.md").read_bytes().decode() == (
            index + eol + row if not last else index + row + eol), repr(eol)
        assert [s.id for s in load_corpus(folder)] == ["a", "b"]


def test_update_of_prose_without_a_table_keeps_the_prose_and_its_line_endings(tmp_path):
    folder = folder_with(tmp_path, {"a.txt": article(1)}, "Sources\r\nfor the fire.")
    assert main(["index", str(folder), "--update"]) == 0
    assert (folder / "INDEX.md").read_bytes() == (
        b"Sources\r\nfor the fire.\r\n\r\n| file | title | outlet | published | url | notes |\r\n"
        b"|------|-------|--------|-----------|-----|-------|\r\n"
        b"| a.txt | Article 1 headline |  |  |  |  |\r\n")


# --- 4. a folder's own documents are no articles -------------------------------------------------
DOCUMENTS = {"README.md": "# About\n\nThis folder holds the fire stories.\n",
             "LICENSE": "MIT\n", "licence.txt": "Licence terms here.\n",
             "Notes.md": "Call the mayor back.\n", "todo.txt": "Check the figures.\n",
             "CHANGELOG.md": "v1: first.\n", "contributing.md": "Send stories.\n"}


def test_readme_license_notes_are_no_articles_for_index_update_or_the_warning(tmp_path, capsys):
    folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2), **DOCUMENTS},
                         "| file | title |\n|---|---|\n| a.txt | A |\n")
    corpus = load_corpus(folder)
    assert [n for n in corpus.warnings if "not in INDEX.md" in n] == [
        ("1 file not in INDEX.md, not loaded: b.txt (to add it: seedreader index "
         f"{folder} --update)")]
    assert main(["index", str(folder), "--update"]) == 0
    assert "added 1 (b.txt)" in capsys.readouterr().err
    assert [s.id for s in load_corpus(folder)] == ["a", "b"]
    fresh = folder_with(tmp_path, {"a.txt": article(1), **DOCUMENTS}, None, name="fresh")
    assert main(["index", str(fresh)]) == 0
    assert "left out README.md: a folder's own document" in capsys.readouterr().err
    assert [s.id for s in load_corpus(fresh)][:1] == ["a"]
    assert "README.md" not in (fresh / "INDEX.md").read_text(encoding="utf-8")


def test_documents_listed_by_hand_load_and_names_that_merely_hold_the_words_are_articles(tmp_path):
    # (counter-examples: a README listed in INDEX.md is compared; "readme-fire.txt",
    # "notes-from-the-scene.md", "todo list.txt"'s stems are not the documents' names)
    folder = folder_with(tmp_path, {"a.txt": article(1), "README.md": article(2),
                                    "readme-fire.txt": article(3),
                                    "notes-from-the-scene.md": article(4)},
                         "| file | title |\n|---|---|\n| a.txt | A |\n| README.md | About |\n")
    corpus = load_corpus(folder)
    assert [s.id for s in corpus] == ["a", "README"]
    assert unlisted_notes(corpus) and "2 files" in unlisted_notes(corpus)[0]
    assert main(["index", str(folder), "--update"]) == 0
    assert [s.id for s in load_corpus(folder)] == ["a", "README", "notes-from-the-scene",
                                                   "readme-fire"]


# --- 5. the --update hint only where --update adds the file ---------------------------------------
def test_no_update_hint_for_files_update_would_not_add(tmp_path, capsys):
    from seedreader.corpus import unlisted_source_file

    folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2), "empty.txt": "",
                                    " lead.txt": article(3), "pipe.txt": article(4)},
                         "| file | title |\n|---|---|\n| a.txt | A |\n| b.txt | B |\n"
                         "| pipe.txt | Left | Right |\n")
    assert main(["diff", "a", "b", "--corpus", str(folder), "-o", str(folder / "d.txt")]) == 0
    capsys.readouterr()
    corpus = load_corpus(folder)
    assert unlisted_notes(corpus) == []
    assert any("malformed row" in w for w in corpus.warnings)
    for ref in ("empty.txt", " lead.txt", "pipe.txt", "d.txt", str(folder / "d.txt")):
        assert unlisted_source_file(corpus, ref) is None, ref
    # --update agrees: it adds none of them, and leaves the malformed row for the user to fix.
    before = (folder / "INDEX.md").read_text(encoding="utf-8")
    assert main(["index", str(folder), "--update"]) == 0
    assert "lists every file already" in capsys.readouterr().err
    assert (folder / "INDEX.md").read_text(encoding="utf-8") == before


def test_the_hint_says_what_load_corpus_found_and_quotes_the_real_folder(tmp_path):
    from seedreader.corpus import unlisted_source_file

    folder = folder_with(tmp_path, {"a.txt": article(1), "late.txt": article(2)},
                         "| file | title |\n|---|---|\n| a.txt | A |\n", name="sp dir ")
    corpus = load_corpus(folder)
    hint = f"(to add it: seedreader index '{folder}' --update)"
    assert unlisted_notes(corpus)[0].endswith(hint)
    assert unlisted_source_file(corpus, "late.txt").endswith(hint)
    # (what load_corpus found, not INDEX.md read again: listing late.txt since changes nothing)
    with open(folder / "INDEX.md", "a", encoding="utf-8") as index:
        index.write("| late.txt | L |\n")
    assert unlisted_source_file(corpus, "late.txt").endswith(hint)
    assert unlisted_source_file(load_corpus(folder), "late.txt") is None


# --- 8. one PROG; the --force message gives the real command ---------------------------------------
def test_force_message_gives_the_command_that_keeps_the_rows(tmp_path, capsys):
    import seedreader.cli
    import seedreader.corpus

    assert seedreader.corpus.PROG is seedreader.cli.PROG
    folder = folder_with(tmp_path, {"a.txt": article(1)}, "| file |\n|---|\n| a.txt |\n",
                         name="my corpus")
    assert main(["index", str(folder), "--force"]) == 0
    assert f"('seedreader index '{folder}' --update' would have kept it)" in capsys.readouterr().err


# --- 6. the text diff writes CriticMarkup's substitution, one for neighbouring words -----------------
def test_text_diff_writes_criticmarkup_substitutions_one_for_neighbouring_words():
    from seedreader import compare
    from seedreader.export import render_pair

    out = render_pair(compare("HALLORAN WINS RIVERTON RACE BY 312 VOTES\n\nThe rest of it.",
                              "Halloran Wins Riverton Race by 312 Votes\n\nThe rest of it."), "text")
    # One substitution while only spaces lie between; an equal word (312) ends it.
    assert "{~~HALLORAN WINS RIVERTON RACE BY~>Halloran Wins Riverton Race by~~} 312 " \
           "{~~VOTES~>Votes~~}" in out
    assert "{~~" in out and "{~H" not in out and "~}" not in out.replace("~~}", "")
    # (counter-example: anything but spaces between two minor words keeps them two)
    a = ("The storm hit the northern coast on Tuesday night, the mayor said: FLOODS, STORMS and "
         "fires are what the three towns along the bay fear most.")
    out = render_pair(compare(a, a.replace("FLOODS, STORMS", "Floods, Storms")), "text")
    assert "said: {~~FLOODS~>Floods~~}, {~~STORMS~>Storms~~} and fires" in out


# --- 7. the Markdown export shows B's wording of a minor difference ---------------------------------
def test_markdown_export_gives_bs_wording_where_a_minor_difference_reads_as_other_words():
    from seedreader import compare
    from seedreader.export import render_pair

    a = "Of the 27 injured, eight remained in hospital. Safety is our priority, she said."
    b = "Eight of the injured remained in hospital. safety is our priority, she said."
    out = render_pair(compare(a, b), "md")
    line = next(x for x in out.splitlines() if x.startswith("<ins>Eight</ins>"))
    assert line.startswith("<ins>Eight</ins> Of (B: of) the ")
    assert "Safety (B: safety) is" in line
    # What B reads: its insertions, B's wording of the minor differences, the rest.
    import re
    side_b = re.sub(r"<del>.*?</del>", "", line)
    side_b = re.sub(r"(\w+) \(B: (.*?)\)", r"\2", side_b)
    assert re.sub(r"</?ins>", "", side_b) == b


def test_markdown_export_neighbouring_minor_words_get_one_note_and_typography_none():
    from export_support import make_source

    from seedreader.export.markdown import block_lines
    from seedreader.models import Block, Comparison, Span

    head = "After a long night of counting the city hall announced that the result is final: "
    left = make_source("l", [head + "HALLORAN WINS, said ‘co-ordination’ to U.S. aid."])
    right = make_source("r", [head + "Halloran Wins, said ‘coordination’ to US help."])
    block = Block("changed", (0,), (0,), 0.97, (
        Span("equal", head), Span("delete", "HALLORAN", minor=True), Span("insert", "Halloran", minor=True),
        Span("equal", " "), Span("delete", "WINS", minor=True), Span("insert", "Wins", minor=True),
        Span("equal", ", said ‘"), Span("delete", "co-ordination", minor=True),
        Span("insert", "coordination", minor=True), Span("equal", "’ to "),
        Span("delete", "U.S.", minor=True), Span("insert", "US", minor=True),
        Span("equal", " "), Span("delete", "aid"), Span("insert", "help"), Span("equal", ".")))
    assert block_lines(Comparison(left, right, 0.97, (block,)), block) == [
        head + "HALLORAN WINS (B: Halloran Wins), said ‘co-ordination’ to U.S. "
        "<del>aid </del><ins>help</ins>."]
