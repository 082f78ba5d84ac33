"""QA round 5 (corpus, CLI, exports, segmenting): files INDEX.md leaves out, `index --update`,
the text diff's minor differences, "Related:" lines, dates in the report's table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seedreader.cli import main
from seedreader.corpus import load_corpus
from seedreader.errors import SeedreaderError
from seedreader.export.report import resolve_base


def article(n: int) -> str:
    return f"Article {n} headline\n\nThe body of article {n} says something.\nA second paragraph.\n"


def make_folder(tmp_path: Path, files: dict[str, str], index_rows: list[str] | None) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if index_rows is not None:
        (folder / "INDEX.md").write_text(
            "| file | title |\n|------|-------|\n" + "".join(f"{r}\n" for r in index_rows),
            encoding="utf-8")
    return folder


def unlisted_notes(corpus) -> list[str]:
    return [w for w in corpus.warnings if "not in INDEX.md" in w]


# --- 1. files INDEX.md leaves out ------------------------------------------------------------------
def test_a_file_index_leaves_out_is_named_once_with_the_way_to_add_it(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2), "late.txt": article(3)},
                         ["| a.txt | A |", "| b.txt | B |"])
    corpus = load_corpus(folder)
    assert [s.id for s in corpus] == ["a", "b"]  # still not loaded: INDEX.md decides
    notes = unlisted_notes(corpus)
    assert len(notes) == 1
    assert notes[0].startswith("1 file not in INDEX.md")
    assert "late.txt" in notes[0] and "index" in notes[0] and "--update" in notes[0]


def test_many_left_out_files_are_capped(tmp_path):
    files = {f"{n:02}.txt": article(n) for n in range(1, 9)}
    folder = make_folder(tmp_path, files, ["| 01.txt | one |"])
    (note,) = unlisted_notes(load_corpus(folder))
    assert note.startswith("7 files not in INDEX.md")
    assert "02.txt, 03.txt, 04.txt and 4 more" in note
    assert "05.txt" not in note


def test_no_unlisted_warning_for_what_is_not_an_article_or_is_listed_another_way(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1), "Café.txt": article(2),
                                    "sub.md": article(3), ".hidden.txt": article(4),
                                    "notes.csv": "x,y\n", "image.png": "not text"},
                         ["| ./a.txt | A |", "| Cafe\u0301.txt | C |", "| [s](sub.md) | S |"])
    os.symlink("a.txt", folder / "alias.txt")  # the same file as a listed one
    (folder / "gone-row.txt").write_text("", encoding="utf-8")  # listed below, empty: skipped
    index = folder / "INDEX.md"
    index.write_text(index.read_text(encoding="utf-8") + "| gone-row.txt | G |\n", encoding="utf-8")
    corpus = load_corpus(folder)
    assert unlisted_notes(corpus) == []
    assert any("gone-row.txt" in w and "empty" in w for w in corpus.warnings)


def test_no_unlisted_warning_for_files_index_would_not_list_either(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Outside text.\n")
    folder = make_folder(tmp_path, {"a.txt": article(1), "blank.txt": " \n\t\n"}, ["| a.txt | A |"])
    (folder / "bin.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (folder / "dir.txt").mkdir()
    (folder / "out.txt").symlink_to(outside)
    assert unlisted_notes(load_corpus(folder)) == []


def test_a_corpus_with_nothing_loaded_says_why_and_names_the_files_left_out(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1)}, ["| gone.txt | G |"])
    with pytest.raises(SeedreaderError, match=r"no readable articles \(.*gone\.txt.*does not "
                                              r"exist; 1 file not in INDEX.md.*a\.txt"):
        load_corpus(folder)


def test_seedreaders_own_exports_in_the_folder_are_not_named(tmp_path, capsys):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2)},
                         ["| a.txt | A |", "| b.txt | B |"])
    for name, fmt in (("diff.txt", "text"), ("diff.md", "md"), ("pair.txt", "json")):
        assert main(["diff", "a", "b", "--corpus", str(folder), "--format", fmt,
                     "-o", str(folder / name)]) == 0
    assert main(["facts", str(folder), "-o", str(folder / "facts.txt")]) == 0
    capsys.readouterr()
    assert unlisted_notes(load_corpus(folder)) == []


def test_without_index_every_file_loads_and_nothing_is_unlisted(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2)}, None)
    corpus = load_corpus(folder)
    assert [s.id for s in corpus] == ["a", "b"] and unlisted_notes(corpus) == []


def test_bundled_seeds_have_no_unlisted_files():
    assert unlisted_notes(load_corpus()) == []


def test_the_cli_says_the_unlisted_file_once(tmp_path, capsys):
    folder = make_folder(tmp_path, {"a.txt": article(1), "late.txt": article(3)}, ["| a.txt | A |"])
    assert main(["sources", str(folder)]) == 0
    err = capsys.readouterr().err
    assert err.count("late.txt") == 1 and "1 file not in INDEX.md" in err


def test_base_naming_an_unlisted_file_says_index_leaves_it_out(tmp_path, capsys, monkeypatch):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2), "late.txt": article(3)},
                         ["| a.txt | A |", "| b.txt | B |"])
    corpus = load_corpus(folder)
    for ref in (str(folder / "late.txt"), "late.txt"):
        with pytest.raises(SeedreaderError, match="INDEX.md does not list"):
            resolve_base(corpus, ref)
    with pytest.raises(SeedreaderError, match="not a source id, position or file"):
        resolve_base(corpus, "nope.txt")  # no such file: the usual message
    monkeypatch.chdir(tmp_path)
    for ref in ("corpus/late.txt", "late.txt"):
        assert main(["export", "corpus", "--base", ref, "-o", "r.html"]) == 1
        err = capsys.readouterr().err
        assert "INDEX.md does not list" in err and "--update" in err, ref
    assert main(["export", "corpus", "--base", "nope.txt", "-o", "r.html"]) == 1
    assert "INDEX.md does not list" not in capsys.readouterr().err


def test_base_naming_a_listed_but_skipped_file_is_not_called_unlisted(tmp_path, capsys):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2), "e.txt": ""},
                         ["| a.txt | A |", "| b.txt | B |", "| e.txt | E |"])
    with pytest.raises(SeedreaderError) as caught:
        resolve_base(load_corpus(folder), str(folder / "e.txt"))
    assert "does not list" not in str(caught.value)


# --- 2. seedreader index DIR --update -------------------------------------------------------------
HAND_MADE = ("# Kestrel fire sources\n\nCollected by the desk.\n\n"
             "| file | title | outlet | published | url |\n"
             "|------|-------|--------|-----------|-----|\n"
             "| z.txt | Zed, titled by hand | The Zed | 2025-03-04 | https://example.org/z |\n"
             "| gone.txt | Gone | Old Paper | 2025-03-03 | |\n"
             "| a.txt | A by hand | The A | 2025-03-05 | https://example.org/a |\n"
             "\nChecked twice.\n")


def test_update_keeps_every_row_even_a_missing_files_and_adds_the_rest(tmp_path, capsys):
    # (review 5: --update no longer drops the row of a missing file, which may be a name written
    # another way, "A.TXT" for a.txt: it keeps it and names it)
    folder = make_folder(tmp_path, {"z.txt": article(1), "a.txt": article(2),
                                    "new.txt": "New one\n\nBody of the new one.\n"}, None)
    (folder / "INDEX.md").write_text(HAND_MADE, encoding="utf-8")
    assert main(["diff", "a", "z", "--corpus", str(folder), "-o", str(folder / "d.txt")]) == 0
    assert main(["index", str(folder), "--update"]) == 0
    err = capsys.readouterr().err
    assert "listed but missing: gone.txt; kept its row" in err
    assert "kept 3 rows, added 1 (new.txt)" in err
    written = (folder / "INDEX.md").read_text(encoding="utf-8")
    assert written == HAND_MADE.replace(
        "https://example.org/a |\n", "https://example.org/a |\n| new.txt | New one |  |  |  |\n")
    corpus = load_corpus(folder)
    assert [s.id for s in corpus] == ["z", "a", "new"]
    assert (corpus["z"].title, corpus["z"].outlet) == ("Zed, titled by hand", "The Zed")
    assert unlisted_notes(corpus) == []
    # Nothing left to do: the file is not written again.
    before = (folder / "INDEX.md").stat().st_mtime_ns
    assert main(["index", str(folder), "--update"]) == 0
    assert "lists every file already" in capsys.readouterr().err
    assert (folder / "INDEX.md").stat().st_mtime_ns == before


def test_update_without_an_index_writes_what_index_writes(tmp_path, capsys):
    one = make_folder(tmp_path / "1", {"a.txt": article(1), "b.md": article(2)}, None)
    two = make_folder(tmp_path / "2", {"a.txt": article(1), "b.md": article(2)}, None)
    assert main(["index", str(one)]) == main(["index", str(two), "--update"]) == 0
    assert (one / "INDEX.md").read_text() == (two / "INDEX.md").read_text()


def test_update_of_a_header_only_or_prose_only_index(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1)}, [])  # a header and |---| only
    assert main(["index", str(folder), "--update"]) == 0
    assert (folder / "INDEX.md").read_text() == ("| file | title |\n|------|-------|\n"
                                                 "| a.txt | Article 1 headline |\n")
    (folder / "INDEX.md").write_text("Sources for the fire story.\n\n")
    assert main(["index", str(folder), "--update"]) == 0
    text = (folder / "INDEX.md").read_text()
    assert text.startswith("Sources for the fire story.\n\n| file | title | outlet |")
    assert [s.title for s in load_corpus(folder)] == ["Article 1 headline"]


def test_update_keeps_crlf_rows_and_cells_it_does_not_know(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2)}, None)
    (folder / "INDEX.md").write_bytes(b"| file | title | rating |\r\n|---|---|---|\r\n"
                                      b"| a.txt | A | 5 stars |\r\n")
    assert main(["index", str(folder), "--update"]) == 0
    assert (folder / "INDEX.md").read_bytes() == (
        b"| file | title | rating |\r\n|---|---|---|\r\n| a.txt | A | 5 stars |\r\n"
        b"| b.txt | Article 2 headline |  |\r\n")


def test_force_says_it_rewrites_from_scratch_and_update_with_force_is_refused(tmp_path, capsys):
    folder = make_folder(tmp_path, {"a.txt": article(1)}, ["| a.txt | Mine |"])
    assert main(["index", str(folder)]) == 1
    assert "--update" in capsys.readouterr().err
    assert main(["index", str(folder), "--update", "--force"]) == 2
    assert "give one" in capsys.readouterr().err
    assert (folder / "INDEX.md").read_text().endswith("| a.txt | Mine |\n")
    assert main(["index", str(folder), "--force"]) == 0
    err = capsys.readouterr().err
    assert "from scratch" in err and "--update" in err
    assert main(["index", str(tmp_path / "2")]) == 1  # (no such folder)
    fresh = make_folder(tmp_path / "3", {"a.txt": article(1)}, None)
    assert main(["index", str(fresh)]) == 0
    assert "from scratch" not in capsys.readouterr().err  # a new INDEX.md: nothing lost


# --- 4. "Related:" lines are asides (headings), not story text -------------------------------------
def kinds_of(text: str) -> list[tuple[str, str]]:
    from seedreader.segment import segment

    done = segment(text)
    return [(s.kind, done.text[s.start:s.end]) for s in done.segments]


@pytest.mark.parametrize("line", [
    "Related: Mill owner fined $2.1 million over dust explosion (2019)",
    "Read more: How the town rebuilt after the 2011 flood",
    "See also: Inspectors warn of ageing plants across the U.S. Midwest",
    "RELATED STORIES: Three hurt in warehouse blaze",
    "Also read: Council approves new fire station",
])
def test_a_pointer_to_another_story_is_a_heading_wherever_it_stands(line):
    body = ("A fire destroyed the old mill on Tuesday, officials said.\n\n"
            "Firefighters from three towns fought it for six hours before it was out.\n\n")
    for text in (body + line + "\n", line + "\n\n" + body, body.replace("\n\nFire", f"\n\n{line}\n\nFire")):
        assert ("heading", line) in kinds_of(text), text


@pytest.mark.parametrize("line", [
    "Related to the fire, police said they had questioned two former employees on Wednesday.",
    ("Read more about the plant's record in our investigation published last year, which found "
     "that inspectors had flagged the storage building four times since 2015 and that the company "
     "had been warned in writing about its sprinklers."),
    "See also the report by the state fire marshal, released on Friday.",
    "The mayor said: Related matters would wait until the investigation was over.",
])
def test_story_text_that_starts_like_a_pointer_stays_a_paragraph(line):
    text = "A fire destroyed the old mill on Tuesday, officials said.\n\n" + line + "\n"
    assert ("paragraph", line) in kinds_of(text)


def test_a_related_line_does_not_pair_with_the_other_sides_prose():
    from seedreader import compare

    a = ("Mill fire kills two\n\nTwo workers died when a fire swept through the Harlow paper mill "
         "on Tuesday, officials said.\n\nThe mill employs about 400 people.\n\n"
         "Related: Harlow mill fined $2.1 million over dust explosion (2019)\n")
    b = ("Two dead in Harlow mill blaze\n\nBlaze at Harlow paper mill burned for six hours; the "
         "company was fined $2.1 million in 2019 over a dust explosion.\n\nTwo workers died when a "
         "fire swept through the Harlow paper mill on Tuesday, officials said.\n\n"
         "The mill employs about 400 people.\n")
    comparison = compare(a, b)
    related = next(block for block in comparison.blocks if 3 in block.left)
    assert related.kind == "left_only"


# --- 5. dates in the HTML exports never wrap ------------------------------------------------------
def test_published_dates_in_html_exports_do_not_wrap(tmp_path):
    import re

    from seedreader import compare
    from seedreader.export import render_pair, render_report

    folder = make_folder(tmp_path, {"a.txt": article(1), "b.txt": article(2)}, None)
    (folder / "INDEX.md").write_text("| file | title | published |\n|---|---|---|\n"
                                     "| a.txt | A | 2025-03-04 |\n| b.txt | B | |\n")
    corpus = load_corpus(folder)
    report = render_report(corpus, "html")
    pair = render_pair(compare(corpus["a"], corpus["b"]), "html")
    style = re.search(r"<style>(.*?)</style>", report, re.DOTALL).group(1)
    rule = re.search(r"(?m)^\.date\s*\{([^}]*)\}", style)
    assert rule and "white-space: nowrap" in rule.group(1)
    # Every Published cell of the report's table, and of each side's card, carries it.
    cells = re.findall(r"<td class=\"date\"[^>]*>(.*?)</td>", report)
    assert len(cells) == 2 and "2025-03-04" in cells[0] and "not stated" in cells[1]
    assert len(re.findall(r"<dt>Published</dt><dd class=\"date\">", pair)) == 2
