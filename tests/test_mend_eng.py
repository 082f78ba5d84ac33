"""Mends from a final read of the engine: the files INDEX.md leaves out found without resolving
the listed ones, kept on the Corpus; one rule for what ``index --update`` adds; a source found
once per reference; one grouping of minor differences for both exports; PROG outside the CLI."""

from __future__ import annotations

from pathlib import Path

from seedreader.corpus import load_corpus, unlisted_files


def article(n: int) -> str:
    return f"Article {n} headline\n\nThe body of article {n} says something.\nA second paragraph.\n"


def folder_with(tmp_path: Path, files: dict[str, str], index: str | None,
                name: str = "corpus") -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    if index is not None:
        (folder / "INDEX.md").write_text(index, encoding="utf-8", newline="")
    return folder


def table(*names: str) -> str:
    return "| file | title |\n|---|---|\n" + "".join(f"| {n} | {n} |\n" for n in names)


# --- 1. files INDEX.md lists are known by name, without resolving each -----------------------------
def test_unlisted_files_resolves_only_the_files_whose_name_is_not_listed(tmp_path, monkeypatch):
    folder = folder_with(tmp_path, {f"a{n}.txt": article(n) for n in range(20)}
                         | {"late.txt": article(99)}, None)
    (folder / "link.txt").symlink_to(folder / "a3.txt")  # another name for a listed file
    root = folder.resolve()
    listed = {root / f"a{n}.txt" for n in range(20)}
    resolved = []
    real_resolve = Path.resolve

    def counting(self, *args, **kwargs):
        resolved.append(self.name)
        return real_resolve(self, *args, **kwargs)

    monkeypatch.setattr(Path, "resolve", counting)
    assert unlisted_files(folder, listed, root) == ["late.txt"]  # (the link names a3.txt)
    assert sorted(resolved) == ["late.txt", "link.txt"]


# --- 2. what INDEX.md leaves out is kept on the Corpus -------------------------------------------
def test_the_files_index_leaves_out_are_a_field_of_the_corpus_and_survive_a_rebuild(tmp_path):
    from seedreader import compare
    from seedreader.corpus import load_source, unlisted_source_file
    from seedreader.export.factview import scope_corpus

    folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2),
                                    "late.txt": article(3), "empty.txt": ""}, table("a.txt", "b.txt"))
    corpus = load_corpus(folder)
    assert corpus.unlisted == ("late.txt",)  # (empty.txt: --update would not add it)
    assert load_corpus(folder) == corpus  # (not part of a corpus's equality)
    # More corpora loaded since do not make this one forget it (a cache of the last few did).
    for _ in range(6):
        load_corpus(folder)
    assert unlisted_source_file(corpus, "late.txt").startswith("a file of the corpus folder")
    assert unlisted_source_file(corpus, "empty.txt") is None
    # A side from outside the corpus: the scope it is counted over keeps the field.
    outside = folder_with(tmp_path, {"x.txt": article(4)}, None, name="other")
    scope = scope_corpus(compare(corpus["a"], load_source(outside / "x.txt")), corpus)
    assert scope is not corpus and scope.unlisted == ("late.txt",)
    assert unlisted_source_file(scope, "late.txt") is not None
    # No INDEX.md: every file loads, none is left out.
    (folder / "INDEX.md").unlink()
    assert load_corpus(folder).unlisted == ()


# --- 6. the engine does not import the command line -----------------------------------------------
def test_loading_and_comparing_do_not_import_the_cli():
    import os
    import subprocess
    import sys

    import seedreader

    code = ("import sys\nfrom seedreader import load_corpus, compare, tally_facts\n"
            "import seedreader.corpus, seedreader.errors\n"
            "c = load_corpus(); compare(c[0], c[1]); tally_facts(c)\n"
            "assert seedreader.corpus.PROG == seedreader.errors.PROG == 'seedreader'\n"
            "print('seedreader.cli' in sys.modules)")
    src = str(Path(seedreader.__file__).parent.parent)  # (this tree's, not an installed one)
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=env)
    assert out.stdout.strip() == "False"


# --- 7. update_index reads INDEX.md's rows as _listed_paths does (behaviour pinned) ----------------
def test_update_lists_what_the_rows_name_and_reports_the_missing_ones_once_per_row(tmp_path):
    import unicodedata

    from seedreader.corpus import update_index

    nfd = unicodedata.normalize("NFD", "café.txt")
    folder = folder_with(tmp_path, {"a.txt": article(1), nfd: article(2), "pipe.txt": article(3),
                                    "late.txt": article(4)},
                         table("a.txt", "café.txt", "gone.txt", "gone.txt", "../x.txt", "/etc/y.txt")
                         + "| pipe.txt | Left | Right |\n")
    (tmp_path / "x.txt").write_text(article(5), encoding="utf-8")
    (folder / "out.txt").symlink_to(tmp_path / "x.txt")  # leads outside: never added
    done = update_index(folder)
    assert done.added == ("late.txt",)  # (café.txt: its NFC row names it; pipe.txt: malformed)
    assert done.missing == ("gone.txt", "gone.txt")  # (not ../x.txt, /etc/y.txt: unusable rows)
    assert done.kept == 6


# --- 4. one rule for "would --update add this file" ------------------------------------------------
def test_the_warning_the_hint_and_update_agree_on_the_files_update_adds(tmp_path):
    from seedreader.corpus import unlisted_source_file, update_index

    files = {"a.txt": article(1),
             "late.txt": "\n" * 5000 + article(2),  # the article after its first 4096 bytes
             "late.md": " \n" * 3000 + article(3),
             "blank.txt": "\n" * 5000,  # nothing but blank lines: no article
             "draft.md": "<!-- draft -->\n",  # text, but a Markdown comment: empty once read
             "stars.txt": "*\n",
             "plain.txt": article(4)}
    folder = folder_with(tmp_path, files, table("a.txt"))
    corpus = load_corpus(folder)
    warned = set(corpus.unlisted)
    (note,) = [w for w in corpus.warnings if "not in INDEX.md" in w]
    assert note.startswith("3 files not in INDEX.md")
    hinted = {name for name in files if unlisted_source_file(corpus, name)}
    added = set(update_index(folder).added)
    assert warned == hinted == added == {"late.txt", "late.md", "plain.txt"}
    after = load_corpus(folder)  # the rows added load, and nothing is left out any more
    assert [s.path.name for s in after] == ["a.txt", "late.md", "late.txt", "plain.txt"]
    assert after.unlisted == ()


# --- 3. the CLI looks a reference up once ---------------------------------------------------------
def test_a_reference_is_looked_up_once_by_diff_and_export(tmp_path, monkeypatch, capsys):
    import seedreader.corpus
    from seedreader.cli import main

    folder = folder_with(tmp_path, {"a.txt": article(1), "b.txt": article(2)},
                         table("a.txt", "b.txt"))
    outside = folder_with(tmp_path, {"x.txt": article(3)}, None, name="other") / "x.txt"
    looked = []
    real_source_at = seedreader.corpus.source_at

    def counting(corpus, path):
        looked.append(str(path))
        return real_source_at(corpus, path)

    monkeypatch.setattr(seedreader.corpus, "source_at", counting)
    out = tmp_path / "d.json"
    assert main(["diff", str(outside), "a", "--corpus", str(folder), "-o", str(out)]) == 0
    assert looked == [str(outside)]  # (it is no source of the corpus, and read once)
    assert '"x"' in out.read_text(encoding="utf-8")
    looked.clear()
    assert main(["diff", str(outside), str(outside), "--corpus", str(folder), "-o", str(out),
                 "--force"]) == 0
    assert looked == [str(outside)] * 2  # (each side checked, as before; the file read once)
    looked.clear()
    report = tmp_path / "r.md"
    assert main(["export", str(folder), "--base", str(folder / "b.txt"), "-o", str(report)]) == 0
    assert looked == [str(folder / "b.txt")]
    assert "against the base, #2 **b.txt**" in report.read_text(encoding="utf-8")
    looked.clear()
    # A file outside the corpus as --base: still the engine's message, looked up again there.
    assert main(["export", str(folder), "--base", str(outside), "-o", str(report),
                 "--force"]) != 0
    assert "unknown base" in capsys.readouterr().err


# --- 5. one grouping of minor pairs for the text and Markdown exports -------------------------------
def test_both_exports_group_minor_pairs_with_the_one_helper():
    from export_support import make_source

    from seedreader.export.common import minor_pair_at, minor_run_end
    from seedreader.export.markdown import _merged_lines
    from seedreader.export.text import render_text
    from seedreader.models import Block, Comparison, Span

    def minor(a: str, b: str) -> list[Span]:
        return [Span("delete", a, minor=True), Span("insert", b, minor=True)]

    spans = (minor("BIG", "Big") + [Span("equal", " ")] + minor("FIRE", "Fire")
             + [Span("equal", " ")] + minor("IN\nTOWN", "In\nTown")  # a line break inside
             + [Span("equal", " - ")] + minor("PER CENT", "per cent")
             + [Span("equal", " ")] + minor("A", "a") + [Span("equal", "\n")] + minor("B", "b"))
    assert minor_pair_at(spans, 0) and not minor_pair_at(spans, 1)
    assert minor_run_end(spans, 0) == 8  # (the pair with a line break joins the text's run)
    assert minor_run_end(spans, 0, in_line=True) == 5  # (not the Markdown's: it is no note)
    assert not minor_pair_at(spans, 6, in_line=True)
    assert minor_run_end(spans, 9) == 14  # (" - " is more than spaces: a run of its own)
    assert minor_run_end(spans, 14) == 16  # (a line break between ends a run)
    left_text = "".join(s.text for s in spans if s.op != "insert")
    right_text = "".join(s.text for s in spans if s.op != "delete")
    left, right = make_source("l", [left_text]), make_source("r", [right_text])
    block = Block("changed", (0,), (0,), 0.99, tuple(spans))
    comparison = Comparison(left, right, 0.99, (block,))
    text = render_text(comparison)
    assert "{~~BIG FIRE IN\nTOWN~>Big Fire In\nTown~~} - {~~PER CENT A~>per cent a~~}\n" \
           "{~~B~>b~~}" in text
    md = "\n".join(_merged_lines(comparison, block))  # (the word diff as one text)
    assert "BIG FIRE (B: Big Fire) IN" in md
    assert "PER CENT A (B: per cent a)" in md and "(B: per cent)" not in md
    assert "B (B: b)" in md
