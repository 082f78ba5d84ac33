"""Session 8's tidying: work done once where it was done twice, with the output unchanged."""

from __future__ import annotations

import pytest

from seedreader import load_corpus
from seedreader import overlap as overlap_module
from seedreader.export.html import render_report_html
from seedreader.export.jsonfmt import render_report_json
from seedreader.export.markdown import render_report_md
from seedreader.export.report import build_report
from seedreader.overlap import overlap, source_words

SEEDS = load_corpus()
RENDERERS = (render_report_html, render_report_md, render_report_json)


# --- the corpus report renders the counts build_report made -----------------------------------

@pytest.fixture(scope="module")
def seeds_report():
    return build_report(SEEDS)


def test_the_report_holds_each_sources_word_count_and_each_pairs_overlap(seeds_report):
    assert [seeds_report.word_count(s) for s in SEEDS.sources] == [
        source_words(s) for s in SEEDS.sources]
    for comparison in seeds_report.comparisons:
        assert seeds_report.overlap(comparison) == overlap(comparison)


@pytest.mark.parametrize("render", RENDERERS, ids=lambda r: r.__name__)
def test_rendering_a_report_counts_no_words_again(seeds_report, render, monkeypatch):
    """The Sources table's word counts and each comparison's 'word for word' line come from what
    build_report counted: rendering counts no source's words and measures no overlap again
    (the same page as when it did)."""
    expected = render(seeds_report)
    calls: list[str] = []

    def counting(name, real):
        def wrapper(*args, **kwargs):
            calls.append(name)
            return real(*args, **kwargs)
        return wrapper

    for name in ("source_words", "in_common", "overlap"):
        monkeypatch.setattr(overlap_module, name, counting(name, getattr(overlap_module, name)))
    assert render(seeds_report) == expected
    assert calls == []


def test_a_report_without_measures_still_counts_words():
    """A CorpusReport made without the overlap matrix (by hand, through the API) counts a
    source's words itself, and has no overlap to give."""
    from dataclasses import replace

    report = replace(build_report(SEEDS), shared=(), passages=())
    assert report.word_count(SEEDS[1]) == source_words(SEEDS[1])
    assert report.overlap(report.comparisons[0]) is None
    assert "Word for word" in render_report_md(report)


# --- -o: whose INDEX.md a new file would be, asked once --------------------------------------

def _count_index_to_be(monkeypatch) -> list[str]:
    import seedreader.corpus as corpus_module

    calls: list[str] = []
    real = corpus_module.index_to_be

    def counting(path, *args, **kwargs):
        calls.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(corpus_module, "index_to_be", counting)
    return calls


def _articles(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("The mayor said on Monday that 40 homes were flooded.\n")
    (folder / "b.txt").write_text("Forty homes flooded, the mayor said on Tuesday.\n")
    return folder


@pytest.mark.parametrize("name", ["INDEX.md", "index.md"])
def test_an_output_that_would_become_the_corpus_index_is_refused_asking_once(
        tmp_path, monkeypatch, capsys, name):
    from seedreader.cli import main

    corpus = _articles(tmp_path / "corp")
    calls = _count_index_to_be(monkeypatch)
    target = corpus / name
    assert main(["facts", str(corpus), "-o", str(target), "--force"]) == 1
    err = capsys.readouterr().err
    assert "would become the index of the corpus (where its INDEX.md goes" in err, err
    assert not target.exists()
    assert calls == [str(target)]


def test_an_output_elsewhere_is_written_and_an_input_refused_as_before(tmp_path, monkeypatch,
                                                                       capsys):
    from seedreader.cli import main

    corpus = _articles(tmp_path / "corp")
    calls = _count_index_to_be(monkeypatch)
    out = tmp_path / "facts.json"
    assert main(["facts", str(corpus), "-o", str(out)]) == 0
    assert out.read_text().startswith("{")
    assert calls == [str(out)]
    calls.clear()
    # an existing file: one of the corpus's articles, refused even with --force; not an index
    assert main(["facts", str(corpus), "-o", str(corpus / "a.txt"), "--force"]) == 1
    assert "is source 'a', an input of this run" in capsys.readouterr().err
    assert calls == []
    # an existing file that is nobody's input: refused without --force, replaced with it
    assert main(["facts", str(corpus), "-o", str(out)]) == 1
    assert "exists" in capsys.readouterr().err
    assert main(["facts", str(corpus), "-o", str(out), "--force"]) == 0


def test_a_dangling_link_named_index_is_refused_as_an_input(tmp_path, capsys):
    """A link to nowhere named INDEX.md in the corpus: something is there (a link), where the
    corpus's INDEX.md goes; refused as before."""
    from seedreader.cli import main

    corpus = _articles(tmp_path / "corp")
    (corpus / "INDEX.md").symlink_to(tmp_path / "nowhere.md")
    assert main(["facts", str(corpus), "-o", str(corpus / "INDEX.md"), "--force"]) == 1
    err = capsys.readouterr().err
    assert "is where the corpus's INDEX.md goes (every load would read it as the index), an " \
           "input of this run" in err, err


# --- a folder without INDEX.md is listed once for its article files --------------------------

def _count_listings(monkeypatch, folder) -> list[str]:
    import os

    calls: list[str] = []
    real_listdir, real_scandir = os.listdir, os.scandir

    def listdir(path="."):
        if os.fspath(path) == os.fspath(folder):
            calls.append("listdir")
        return real_listdir(path)

    def scandir(path="."):
        if os.fspath(path) == os.fspath(folder):
            calls.append("scandir")
        return real_scandir(path)

    monkeypatch.setattr(os, "listdir", listdir)
    monkeypatch.setattr(os, "scandir", scandir)
    return calls


def test_article_files_lists_a_folder_without_index_once(tmp_path, monkeypatch):
    from seedreader.corpus import article_files

    folder = _articles(tmp_path / "corp")
    (folder / "notes.md").write_text("To check.\n")
    (folder / ".hidden.txt").write_text("Hidden.\n")
    calls = _count_listings(monkeypatch, folder)
    assert [p.name for p in article_files(folder)] == ["a.txt", "b.txt", "notes.md"]
    assert calls == ["listdir"]


@pytest.mark.parametrize("name", ["INDEX.md", "index.md", "Index.MD"])
def test_article_files_leaves_out_the_index_in_any_case_and_the_file_it_links_to(
        tmp_path, monkeypatch, name):
    from seedreader.corpus import article_files

    folder = _articles(tmp_path / "corp")
    (folder / "notes.md").write_text("| file |\n|---|\n| a.txt |\n")
    (folder / name).symlink_to("notes.md")  # the index is notes.md: no article
    calls = _count_listings(monkeypatch, folder)
    assert [p.name for p in article_files(folder)] == ["a.txt", "b.txt"]
    assert len(calls) <= 1
    (folder / name).unlink()
    (folder / name).write_text("| file |\n|---|\n| a.txt |\n")
    assert [p.name for p in article_files(folder)] == ["a.txt", "b.txt", "notes.md"]


def test_loading_a_folder_without_index_lists_it_once_for_each_question(tmp_path, monkeypatch):
    """Loading a folder without INDEX.md lists it to find index.md in any case, for its files,
    and for its subfolders: once each (it was listed five times: INDEX.md's name was looked for
    by each step, and article_files looked for it again)."""
    folder = _articles(tmp_path / "corp")
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text("Forty homes flooded.\n")
    calls = _count_listings(monkeypatch, folder)
    corpus = load_corpus(folder)
    assert corpus.ids == ("a", "b")
    assert any("1 subfolder with .txt or .md files not loaded: 'sub'" in w
               for w in corpus.warnings), corpus.warnings
    assert sorted(calls) == ["listdir", "listdir", "scandir"]


def test_loading_a_folder_with_an_index_in_another_case_reads_it(tmp_path, monkeypatch):
    folder = _articles(tmp_path / "corp")
    (folder / "index.md").write_text("| file | outlet |\n|---|---|\n| b.txt | Daily |\n")
    calls = _count_listings(monkeypatch, folder)
    corpus = load_corpus(folder)
    assert corpus.ids == ("b",) and corpus[0].outlet == "Daily"
    assert corpus.unlisted == ("a.txt",)
    assert calls.count("listdir") <= 2


# --- the report's date rule, in one place ----------------------------------------------------

@pytest.mark.parametrize("a_date,b_date,expected", [
    ("2026-11-03", "2026-11-04", "a is dated earlier (2026-11-03; b: 2026-11-04)"),
    (" 2026-11-05T08:00Z", "2026-11-04 ", "b is dated earlier (2026-11-04; a: 2026-11-05)"),
    # (round 8: times of day, where both give one, date the pair: a desk's stories of one day)
    ("2026-11-03T09:00", "2026-11-03T17:00",
     "a is dated earlier (2026-11-03 09:00; b: 2026-11-03 17:00)"),
    ("2026-11-03", "", None),
    ("Nov 3, 2026", "Nov 4, 2026", None),
    ("2026-11-3", "2026-11-04", None),
])
def test_a_relation_says_which_is_dated_earlier_from_iso_dates_only(a_date, b_date, expected):
    from export_support import make_source

    from seedreader.export.report import Relation, _dated_after
    from seedreader.overlap import Overlap

    a = make_source("a", ["One two three."], published=a_date)
    b = make_source("b", ["One two four."], published=b_date)
    sentence = Relation(a, b, 0.3, Overlap(2, 3, 2, 3), 2).sentence(lambda s: s.id)
    if expected is None:
        assert "dated" not in sentence
    else:
        assert expected in sentence
    later = make_source("c", ["x"], published="2026-11-09")
    assert _dated_after(later, a, b) == (expected is not None)
    assert not _dated_after(make_source("d", ["x"], published="2026-11-01"), a, b)


# --- index: writing and --update, each its own path --------------------------------------------

def test_index_says_what_it_wrote_rewrote_or_updated(tmp_path, capsys):
    from seedreader.cli import main

    folder = _articles(tmp_path / "corp")
    index = folder / "INDEX.md"
    assert main(["index", str(folder)]) == 0
    assert capsys.readouterr().err == f"seedreader: wrote {index}\n"
    assert main(["index", str(folder)]) == 1  # (exists: --force or --update)
    capsys.readouterr()
    assert main(["index", str(folder), "--force"]) == 0
    err = capsys.readouterr().err
    assert err == (f"seedreader: rewrote {index} from scratch: what was written into it "
                   "(outlets, dates, urls, notes, titles, row order) is gone ('seedreader index "
                   f"{folder} --update' would have kept it)\n")
    (folder / "c.txt").write_text("The mayor said 40 homes.\n")
    (folder / "a.txt").unlink()
    assert main(["index", str(folder), "--update"]) == 0
    err = capsys.readouterr().err
    assert "warning: listed but missing: a.txt; kept its row" in err
    assert err.endswith(f"seedreader: updated {index}: kept 2 rows, added 1 (c.txt)\n")
    assert main(["index", str(folder), "--update", "--force"]) == 2
    assert "--update keeps INDEX.md's rows and --force rewrites it" in capsys.readouterr().err


# --- what each verb's --help says is what it does ----------------------------------------------

def _help(capsys, verb: str) -> str:
    from seedreader.cli import main

    with pytest.raises(SystemExit):
        main([verb, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_index_help_names_what_index_leaves_out_and_index_does(tmp_path, capsys):
    from seedreader.cli import main

    text = _help(capsys, "index")
    assert "every .txt and .md file" not in text
    for said in ("own documents (README, LICENSE", "seedreader's exports", "empty and unreadable",
                 "subfolders"):
        assert said in text, said
    folder = _articles(tmp_path / "corp")
    (folder / "README.md").write_text("# About this folder\n")
    (folder / "empty.txt").write_text("\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text("Forty homes.\n")
    assert main(["diff", "a", "b", "--corpus", str(folder), "-o", str(folder / "a-b.md")]) == 0
    capsys.readouterr()
    assert main(["index", str(folder)]) == 0
    err = capsys.readouterr().err
    for left_out in ("README.md: a folder's own document", "empty.txt: it is empty",
                     "a-b.md: a seedreader export", "subfolder with .txt or .md files not listed"):
        assert left_out in err, left_out
    rows = (folder / "INDEX.md").read_text().splitlines()[2:]
    assert [row.split(" | ")[0] for row in rows] == ["| a.txt", "| b.txt"]


def test_export_help_says_a_base_may_be_given_by_its_path(capsys):
    from seedreader.cli import main
    from seedreader.paths import bundled_seeds

    assert "the path of its file" in _help(capsys, "export")
    third = min(bundled_seeds().glob("002_*.txt"))
    assert main(["export", "--base", str(third), "--format", "json"]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["base"] == third.stem


# --- README's Command line section, as the CLI does it ----------------------------------------

def test_readme_inputs_an_export_never_replaces(tmp_path, capsys):
    """README: an export never replaces a file compared, any article of the corpus, a file its
    INDEX.md lists that did not load, or INDEX.md itself, even with --force; nor writes a new
    INDEX.md (any case) in the corpus's folder, a compared file's folder, or a folder of
    articles."""
    from seedreader.cli import main

    corpus = _articles(tmp_path / "corp")
    (corpus / "c.txt").write_text("Forty homes flooded on Monday.\n")
    (corpus / "blank.txt").write_text("\n")
    other = _articles(tmp_path / "other")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.txt").write_text("The mayor spoke on Monday about 40 homes.\n")
    cases = [
        (["diff", "a", "b"], corpus / "a.txt", "is source 'a'"),  # compared
        (["diff", "a", "b"], corpus / "c.txt", "is source 'c'"),  # not compared
        (["facts"], corpus / "INDEX.md", "the corpus's INDEX.md, an input"),
        (["facts"], corpus / "blank.txt", "a file the corpus's INDEX.md lists"),
        (["diff", str(elsewhere / "x.txt"), "a"], elsewhere / "Index.md",
         "the index of the folder of the compared files"),
        (["facts"], other / "INDEX.md", "the index of a folder of articles"),
    ]
    assert main(["index", str(corpus)]) == 0
    with open(corpus / "INDEX.md", "a") as index:
        index.write("| blank.txt | Blank |\n")
    capsys.readouterr()
    for argv, target, said in cases:
        before = target.read_bytes() if target.exists() else None
        verb, rest = argv[0], argv[1:]
        args = [verb, *rest, "--corpus", str(corpus)] if verb == "diff" else [verb, str(corpus)]
        assert main([*args, "-o", str(target), "--force"]) == 1, target
        err = capsys.readouterr().err
        assert said in err and "even with --force" in err, err
        assert (target.read_bytes() if target.exists() else None) == before


def test_readme_a_suffix_the_verb_does_not_write_gets_its_default_format(tmp_path, capsys):
    from seedreader.cli import main

    notes, report = tmp_path / "notes.md", tmp_path / "report.txt"
    assert main(["facts", "-o", str(notes), "--kind", "percent"]) == 0
    assert "warning: writing text to" in capsys.readouterr().err
    assert notes.read_text().startswith("Facts in 5 sources")
    assert main(["export", "-o", str(report)]) == 0
    assert "warning: writing html to" in capsys.readouterr().err
    assert report.read_text().startswith("<!DOCTYPE html>")
