"""Loading a folder, QA round 4 (researcher, scripting): tables and subfolders INDEX.md-less."""

from __future__ import annotations

from pathlib import Path

from seedreader.cli import main
from seedreader.corpus import load_corpus, update_index

R = "Solvent found in river\n\nThe county found 72 parts per million on Monday.\n"
C = "County confirms solvent levels\n\nLevels were 72 ppm, the county said on Monday.\n"
N = "Newsletter\n\nResidents met on Tuesday to discuss the spill.\n"


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


# --- 8: a second table -------------------------------------------------------------------------
TWO_TABLES = ("| file | title |\n|---|---|\n| reuters.txt | R |\n\nLater additions:\n\n"
              "| file | title |\n|---|---|\n| county-bom.txt | C |\n")


def test_a_file_listed_only_in_a_later_table_is_named_by_one_warning_not_as_unlisted(tmp_path):
    folder = write(tmp_path, {"reuters.txt": R, "county-bom.txt": C, "INDEX.md": TWO_TABLES})
    corpus = load_corpus(folder)
    assert corpus.ids == ("reuters",)
    (warning,) = corpus.warnings
    assert warning == ("INDEX.md line 7: a second table; only the first lists articles (make it "
                       "one table; not loaded: county-bom.txt)")
    assert corpus.unlisted == ()


def test_update_does_not_list_a_later_tables_file_again(tmp_path):
    folder = write(tmp_path, {"reuters.txt": R, "county-bom.txt": C, "INDEX.md": TWO_TABLES})
    done = update_index(folder)
    assert not done.written and done.added == ()
    assert (folder / "INDEX.md").read_text(encoding="utf-8") == TWO_TABLES


def test_update_still_adds_a_file_no_table_lists(tmp_path):
    folder = write(tmp_path, {"reuters.txt": R, "county-bom.txt": C, "news.txt": N,
                              "INDEX.md": TWO_TABLES})
    corpus = load_corpus(folder)
    assert corpus.unlisted == ("news.txt",)
    assert any(w.startswith("1 file not in INDEX.md, not loaded: news.txt") for w in corpus.warnings)
    done = update_index(folder)
    assert done.added == ("news.txt",)
    lines = (folder / "INDEX.md").read_text(encoding="utf-8").splitlines()
    assert lines[3].startswith("| news.txt |")  # after the first table's last row
    assert sum("county-bom.txt" in line for line in lines) == 1


def test_a_later_table_without_a_file_column_is_no_list_of_articles(tmp_path):
    index = ("| file | title |\n|---|---|\n| reuters.txt | R |\n\nContacts:\n\n"
             "| name | phone |\n|---|---|\n| J. Smith | 555 |\n")
    corpus = load_corpus(write(tmp_path, {"reuters.txt": R, "INDEX.md": index}))
    assert corpus.ids == ("reuters",) and corpus.warnings == ()


def test_a_later_table_repeating_rows_of_the_first_loses_nothing_and_does_not_warn(tmp_path):
    # (review of session 6: a "## Corrections log" table naming files of the first table warned
    # "a second table; only the first lists articles", though every file it names loads)
    index = TWO_TABLES.replace("| reuters.txt | R |\n", "| reuters.txt | R |\n| county-bom.txt | C |\n")
    corpus = load_corpus(write(tmp_path, {"reuters.txt": R, "county-bom.txt": C, "INDEX.md": index}))
    assert corpus.ids == ("reuters", "county-bom")
    assert corpus.warnings == ()
    log = ("| file | title |\n|---|---|\n| a.txt | A |\n\n## Corrections log\n\n"
           "| file | date | correction |\n|---|---|---|\n| a.txt | 2026-03-04 | figure fixed |\n")
    corpus = load_corpus(write(tmp_path / "log", {"a.txt": R, "INDEX.md": log}))
    assert corpus.ids == ("a",) and corpus.warnings == ()


def test_the_warning_names_the_later_table_that_lists_a_file_that_does_not_load(tmp_path):
    index = ("| file | title |\n|---|---|\n| reuters.txt | R |\n\n## Corrections log\n\n"
             "| file | correction |\n|---|---|\n| reuters.txt | fixed |\n\nLater additions:\n\n"
             "| file | title |\n|---|---|\n| county-bom.txt | C |\n")
    corpus = load_corpus(write(tmp_path, {"reuters.txt": R, "county-bom.txt": C, "INDEX.md": index}))
    (warning,) = corpus.warnings
    assert warning == ("INDEX.md line 13: a second table; only the first lists articles "
                       "(make it one table; not loaded: county-bom.txt)")
    assert corpus.unlisted == ()


# --- 9: articles in subfolders of a folder without INDEX.md -------------------------------------
def _nested(tmp_path: Path) -> Path:
    return write(tmp_path / "arch", {"reuters.txt": R, "sub/blog-contra.md": C,
                                     "with space/op ed.txt": N, "sub/README.md": "About\n",
                                     "docs/README.md": "About this folder\n",
                                     ".git/x.txt": "not an article\n"})


def test_subfolders_holding_articles_are_named_once_with_how_to_include_them(tmp_path):
    folder = _nested(tmp_path)
    corpus = load_corpus(folder)
    assert corpus.ids == ("reuters",)
    (warning,) = corpus.warnings
    assert warning.startswith("2 subfolders with .txt or .md files not loaded: 'sub', 'with space' ")
    assert "`| sub/blog-contra.md | … |`" in warning and "index" in warning
    assert "docs" not in warning and ".git" not in warning


def test_rows_like_the_warning_suggests_load_those_articles(tmp_path):
    folder = _nested(tmp_path)
    (folder / "INDEX.md").write_text("| file | title |\n|---|---|\n| reuters.txt | R |\n"
                                     "| sub/blog-contra.md | B |\n| with space/op ed.txt | O |\n",
                                     encoding="utf-8")
    corpus = load_corpus(folder)
    assert corpus.ids == ("reuters", "blog-contra", "op ed") and corpus.warnings == ()


def test_index_says_the_same_about_subfolders(tmp_path, capsys):
    folder = _nested(tmp_path)
    assert main(["index", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "2 subfolders with .txt or .md files not listed: 'sub', 'with space'" in err
    assert "`| sub/blog-contra.md | … |`" in err
    assert load_corpus(folder).warnings == ()  # (INDEX.md now says what is read)


def test_a_folder_without_subfolders_gets_no_such_warning(tmp_path):
    folder = write(tmp_path, {"reuters.txt": R, "empty/.keep": "", "pics/a.png": "x"})
    assert load_corpus(folder).warnings == ()


def test_a_subfolder_of_seedreaders_own_exports_is_not_named(tmp_path):
    # (review: `export c1 -o c1/exports/report.md` and the warning recommended loading it)
    folder = write(tmp_path / "c1", {"reuters.txt": R, "county-bom.txt": C})
    (folder / "exports").mkdir()
    assert main(["export", str(folder), "-o", str(folder / "exports" / "report.md")]) == 0
    assert main(["facts", str(folder), "-o", str(folder / "exports" / "facts.txt")]) == 0
    assert main(["diff", "--corpus", str(folder), "reuters", "county-bom", "-o",
                 str(folder / "exports" / "diff.txt")]) == 0
    assert load_corpus(folder).warnings == ()
    # an article among the exports: the subfolder is named, by that article
    write(folder, {"exports/zz-notes.txt": N})
    (warning,) = load_corpus(folder).warnings
    assert warning.startswith("1 subfolder with .txt or .md files not loaded: 'exports' ")
    assert "`| exports/zz-notes.txt | … |`" in warning
