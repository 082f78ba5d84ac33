"""Loading a folder, fix round 7 (security QA): names that differ by what cleaning removes,
hostile INDEX.md files, what loading warns about."""

from __future__ import annotations

import json
from pathlib import Path

from seedreader.cli import main
from seedreader.corpus import find_source, load_corpus, write_index

GENUINE = "Genuine\n\nThe council approved the budget on Monday by seven votes.\n"
IMPOSTOR = "Impostor\n\nThe council rejected the budget on Monday by seven votes.\n"
OTHER = "Other\n\nThe council debated the budget on Monday for five hours.\n"


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


# --- 1: a name that differs from another only by an escape code ---------------------------------
def test_a_file_named_like_another_but_for_an_escape_code_never_takes_its_id(tmp_path):
    folder = write(tmp_path, {"red.txt": GENUINE, "\x1b[31mred.txt": IMPOSTOR, "other.txt": OTHER})
    corpus = load_corpus(folder)
    assert corpus["red"].title == "Genuine"
    assert find_source(corpus, "red.txt").title == "Genuine"
    impostor = next(s for s in corpus if s.title == "Impostor")
    assert impostor.id not in ("red", "red.txt") and not impostor.id.startswith("red.")


def test_a_bidi_control_in_a_name_cannot_take_a_listed_files_id_either(tmp_path):
    folder = write(tmp_path, {"\u202ered.txt": IMPOSTOR, "red.txt": GENUINE, "red-1.txt": OTHER,
                              "INDEX.md": "| file |\n|---|\n| red.txt |\n| red-1.txt |\n"})
    corpus = load_corpus(folder)
    assert [(s.id, s.title) for s in corpus] == [("red", "Genuine"), ("red-1", "Other")]


def test_a_hostile_name_alone_keeps_its_clean_id(tmp_path):
    folder = write(tmp_path, {"\x1b[31mred.txt": IMPOSTOR, "other.txt": OTHER})
    assert load_corpus(folder).ids == ("red", "other")


def test_sources_json_file_is_never_another_files_name(tmp_path, capsys):
    folder = write(tmp_path, {"red.txt": GENUINE, "\x1b[31mred.txt": IMPOSTOR, "other.txt": OTHER})
    assert main(["sources", str(folder), "--format", "json"]) == 0
    rows = {s["title"]: s for s in json.loads(capsys.readouterr().out)["sources"]}
    assert rows["Genuine"]["file"] == "red.txt"
    assert rows["Impostor"]["file"] == "\\x1b[31mred.txt"  # escaped: nothing reaches a terminal
    assert rows["Other"]["file"] == "other.txt"


def test_diff_by_id_compares_the_genuine_file(tmp_path, capsys):
    folder = write(tmp_path, {"red.txt": GENUINE, "\x1b[31mred.txt": IMPOSTOR, "other.txt": OTHER})
    assert main(["diff", "red", "other", "--corpus", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "approved" in out and "rejected" not in out


def test_index_names_the_file_it_leaves_out_escaped_not_as_the_genuine_one(tmp_path):
    folder = write(tmp_path, {"red.txt": GENUINE, "\x1b[31mred.txt": IMPOSTOR, "other.txt": OTHER})
    warnings: list[str] = []
    write_index(folder, warnings=warnings)
    assert warnings == [("left out '\\x1b[31mred.txt': INDEX.md cannot name it as it is (control "
                        "characters, line breaks or spaces at its ends); rename the file")]
    assert "| red.txt | Genuine |" in (folder / "INDEX.md").read_text()


# --- 3: an INDEX.md of many bad rows -----------------------------------------------------------
def test_many_bad_rows_of_one_kind_give_a_few_warnings_and_one_line_for_the_rest(tmp_path):
    rows = ["| one.txt | O |", "| two.txt | T |"] + ["| two.txt | T |"] * 3000
    rows += [f"| m{i}.txt | M |" for i in range(2000)]
    folder = write(tmp_path, {"one.txt": GENUINE, "two.txt": OTHER,
                              "INDEX.md": "| file | title |\n|---|---|\n" + "\n".join(rows) + "\n"})
    corpus = load_corpus(folder)
    assert corpus.ids == ("one", "two")
    twice = [w for w in corpus.warnings if "listed twice" in w]
    missing = [w for w in corpus.warnings if "does not exist" in w]
    assert twice[:10] == [f"INDEX.md line {n}: skipped two.txt: it is listed twice (first: INDEX.md "
                          "line 4: two.txt)" for n in range(5, 15)]
    assert twice[10:] == [("INDEX.md: 2,990 more of the same (it is listed twice), not shown one by "
                          "one: two.txt (2,990 rows)")]  # (one file for all of them: how many)
    assert missing[:10] == [f"INDEX.md line {3005 + i}: skipped m{i}.txt: it does not exist"
                            for i in range(10)]
    assert missing[10:] == [("INDEX.md: 1,990 more of the same (it does not exist), not shown one by "
                            "one: m10.txt, m11.txt, m12.txt and 1,987 more")]
    assert len(corpus.warnings) == 22


def test_a_few_bad_rows_are_each_named_as_before(tmp_path):
    rows = "".join(f"| m{i}.txt | M |\n" for i in range(10))
    folder = write(tmp_path, {"one.txt": GENUINE, "INDEX.md": "| file | title |\n|---|---|\n"
                              "| one.txt | O |\n" + rows})
    assert load_corpus(folder).warnings == tuple(
        f"INDEX.md line {4 + i}: skipped m{i}.txt: it does not exist" for i in range(10))


def test_many_malformed_rows_are_capped_too(tmp_path):
    rows = "".join(f"| x{i}.txt | a | b | c |\n" for i in range(1000))
    folder = write(tmp_path, {"one.txt": GENUINE, "INDEX.md": "| file | title |\n|---|---|\n"
                              "| one.txt | O |\n" + rows})
    corpus = load_corpus(folder)
    assert corpus.ids == ("one",)
    assert sum("skipped a malformed row" in w for w in corpus.warnings) == 10
    assert corpus.warnings[10] == ("INDEX.md: 990 more of the same (malformed rows), not shown one "
                                   "by one: x10.txt, x11.txt, x12.txt and 987 more")
    assert len(corpus.warnings) == 11


def test_sources_over_many_bad_rows_prints_a_few_lines(tmp_path, capsys):
    rows = "".join(f"| m{i}.txt | M |\n" for i in range(20000))
    folder = write(tmp_path, {"one.txt": GENUINE, "INDEX.md": "| file | title |\n|---|---|\n"
                              "| one.txt | O |\n" + rows})
    assert main(["sources", str(folder)]) == 0
    assert len(capsys.readouterr().err.splitlines()) == 11


# --- 4: an INDEX.md that is a link to another .md of the folder -------------------------------
NOTES = "My notes\n\n| file | title |\n|---|---|\n| one.txt | Mine |\n| two.txt | Two |\n"


def linked_index(tmp_path: Path) -> Path:
    folder = write(tmp_path / "c", {"one.txt": GENUINE, "two.txt": OTHER, "mynotes.md": NOTES})
    (folder / "INDEX.md").symlink_to("mynotes.md")
    return folder


def test_the_file_index_md_links_to_is_the_index_never_an_unlisted_article(tmp_path):
    corpus = load_corpus(linked_index(tmp_path))
    assert corpus.ids == ("one", "two")
    assert corpus.warnings == () and corpus.unlisted == ()


def test_update_adds_no_row_for_the_file_index_md_links_to(tmp_path):
    from seedreader.corpus import update_index

    folder = linked_index(tmp_path)
    (folder / "three.txt").write_text(IMPOSTOR, encoding="utf-8")
    done = update_index(folder)
    assert done.added == ("three.txt",)
    assert (folder / "mynotes.md").read_text() == NOTES + "| three.txt | Impostor |\n"
    assert load_corpus(folder).ids == ("one", "two", "three")


def test_a_row_naming_the_file_index_md_links_to_is_skipped_as_the_index(tmp_path):
    folder = linked_index(tmp_path)
    with open(folder / "mynotes.md", "a", encoding="utf-8") as notes:
        notes.write("| mynotes.md | Notes |\n")
    corpus = load_corpus(folder)
    assert corpus.ids == ("one", "two")
    assert corpus.warnings == (("INDEX.md line 7: skipped mynotes.md: it is INDEX.md itself, not "
                               "an article"),)


def test_a_plain_md_next_to_a_real_index_is_still_an_unlisted_article(tmp_path):
    folder = write(tmp_path, {"one.txt": GENUINE, "mynotes.md": "Notes\n\nSome article text here.\n",
                              "INDEX.md": "| file | title |\n|---|---|\n| one.txt | O |\n"})
    assert load_corpus(folder).unlisted == ("mynotes.md",)


# --- 5: files INDEX.md cannot name are named by loading too ------------------------------------
def test_files_index_cannot_name_are_named_when_loading_leaves_them_out(tmp_path):
    folder = write(tmp_path, {"a.txt": GENUINE, "\x1b[31mred.txt": IMPOSTOR, " lead.txt": OTHER})
    warnings: list[str] = []
    write_index(folder, warnings=warnings)
    assert len(warnings) == 2  # (index said so once)
    corpus = load_corpus(folder)
    assert corpus.ids == ("a",)
    assert corpus.unlisted == ()  # (index --update would not add them)
    assert corpus.warnings == (
        ("2 files not loaded: '\\x1b[31mred.txt', ' lead.txt' (INDEX.md cannot name them as they "
        "are: control characters, line breaks or spaces at the ends; rename them to load them)"),)


def test_one_unnamable_file_next_to_an_unlisted_one_gives_both_warnings(tmp_path):
    folder = write(tmp_path, {"a.txt": GENUINE, "new\nline.txt": IMPOSTOR,
                              "INDEX.md": "| file | title |\n|---|---|\n| a.txt | A |\n"})
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    corpus = load_corpus(folder)
    assert corpus.unlisted == ("b.txt",)
    assert corpus.warnings[0].startswith("1 file not in INDEX.md, not loaded: b.txt")
    assert corpus.warnings[1] == (
        "1 file not loaded: 'new\\nline.txt' (INDEX.md cannot name it as it is: control "
        "characters, line breaks or spaces at the ends; rename it to load it)")


# --- 6: an export is never written as the corpus's INDEX.md -------------------------------------
def test_an_export_is_never_written_as_the_index_of_a_folder_without_one(tmp_path, capsys):
    folder = write(tmp_path / "c", {"a.txt": GENUINE, "b.txt": OTHER})
    for name in ("INDEX.md", "index.md"):
        code = main(["diff", "a", "b", "--corpus", str(folder), "-o", str(folder / name),
                     "--force"])
        assert code == 1 and "INDEX.md goes" in capsys.readouterr().err
        assert not (folder / name).exists()
    assert main(["diff", "a", "b", "--corpus", str(folder), "-o", str(folder / "a_vs_b.md")]) == 0
    assert main(["diff", "a", "b", "--corpus", str(folder), "-o",
                 str(tmp_path / "INDEX.md")]) == 0  # (another folder's: not this corpus's index)


def test_input_at_names_the_index_to_be_for_the_reader_dialog_too(tmp_path):
    from seedreader.corpus import input_at

    folder = write(tmp_path / "c", {"a.txt": GENUINE, "b.txt": OTHER})
    corpus = load_corpus(folder)
    assert "INDEX.md" in input_at(folder / "INDEX.md", corpus)
    assert input_at(folder / "sub" / "INDEX.md", corpus) is None
    assert input_at(folder / "report.md", corpus) is None


# --- session 7 mend: joiners in file names are part of the name --------------------------------
ZWJ, ZWNJ = "\u200d", "\u200c"


def test_an_index_row_with_a_joiner_names_that_file_not_the_one_without(tmp_path):
    folder = write(tmp_path, {"fentanyl.txt": GENUINE, f"fen{ZWJ}tanyl.txt": IMPOSTOR,
                              "INDEX.md": "| file | title |\n|---|---|\n| fentanyl.txt | Plain |\n"
                                          f"| fen{ZWJ}tanyl.txt | Joined |\n"})
    corpus = load_corpus(folder)
    assert [(s.id, s.title, s.path.name) for s in corpus] == [
        ("fentanyl", "Plain", "fentanyl.txt"), ("fentanyl-2", "Joined", f"fen{ZWJ}tanyl.txt")]
    assert "rejected" in corpus["fentanyl-2"].text and "approved" in corpus["fentanyl"].text
    assert corpus.warnings == ()


def test_a_file_with_a_joiner_in_its_name_loads_from_its_row(tmp_path):
    folder = write(tmp_path, {f"Auf{ZWNJ}lage.txt": GENUINE, "ok.txt": OTHER,
                              "INDEX.md": f"| file | title |\n|---|---|\n| Auf{ZWNJ}lage.txt | A |\n"
                                          "| ok.txt | T |\n"})
    corpus = load_corpus(folder)
    assert [s.path.name for s in corpus] == [f"Auf{ZWNJ}lage.txt", "ok.txt"]
    assert corpus.warnings == ()


def test_index_writes_a_row_for_a_name_with_a_joiner_as_it_is(tmp_path):
    folder = write(tmp_path, {f"Auf{ZWNJ}lage.txt": GENUINE, "fentanyl.txt": OTHER})
    warnings: list[str] = []
    write_index(folder, warnings=warnings)
    assert warnings == []
    text = (folder / "INDEX.md").read_text(encoding="utf-8")
    assert f"| Auf{ZWNJ}lage.txt | Genuine |" in text
    corpus = load_corpus(folder)
    assert [s.path.name for s in corpus] == [f"Auf{ZWNJ}lage.txt", "fentanyl.txt"]
    assert corpus.warnings == ()


def test_joiners_are_still_cleaned_out_of_titles_and_texts_and_controls_out_of_names(tmp_path):
    # (counter-examples: only file cells keep them; a control character is no part of a name
    # INDEX.md can hold, and its row is still read as the name without it)
    folder = write(tmp_path, {"a.txt": f"Head\n\nThe fen{ZWJ}tanyl seizure was the largest.\n",
                              "INDEX.md": f"| file | title |\n|---|---|\n| a.txt | Jo{ZWJ}ined |\n"})
    corpus = load_corpus(folder)
    assert corpus["a"].title == "Joined"
    assert "fentanyl seizure" in corpus["a"].text
    folder2 = write(tmp_path / "c", {"\x1b[31mred.txt": IMPOSTOR, "red.txt": GENUINE})
    warnings: list[str] = []
    write_index(folder2, warnings=warnings)
    assert len(warnings) == 1 and warnings[0].startswith("left out '\\x1b[31mred.txt'")


# --- session 7 mend: a loader warning never names another file ----------------------------------
def test_loader_warnings_name_a_file_whose_name_cleaning_changes_escaped(tmp_path):
    folder = write(tmp_path, {"a.txt": GENUINE, "a\x1b[31m.txt": "", "b.txt": OTHER,
                              "b\u202e.txt": "Other\n\nText with a \x1b[1mbold\x1b[0m word here.\n"})
    warnings = load_corpus(folder).warnings
    assert "skipped 'a\\x1b[31m.txt': it is empty (no text after cleaning)" in warnings
    assert "'b\\u202e.txt': removed 2 terminal escape sequences" in warnings
    assert not any(w.startswith(("skipped a.txt", "b.txt")) for w in warnings)


def test_loader_warnings_name_a_joined_name_escaped_and_clean_names_as_before(tmp_path):
    folder = write(tmp_path, {f"fen{ZWJ}tanyl.txt": "", "fentanyl.txt": GENUINE, "plain.txt": "",
                              "INDEX.md": f"| file |\n|---|\n| fentanyl.txt |\n| fen{ZWJ}tanyl.txt |\n"
                                          "| plain.txt |\n| gone.txt |\n"})
    assert load_corpus(folder).warnings[1:] == (
        "INDEX.md line 4: skipped 'fen\\u200dtanyl.txt': it is empty (no text after cleaning)",
        "INDEX.md line 5: skipped plain.txt: it is empty (no text after cleaning)",
        "INDEX.md line 6: skipped gone.txt: it does not exist")


def test_update_names_a_missing_joined_name_escaped(tmp_path, capsys):
    folder = write(tmp_path, {"a.txt": GENUINE,
                              "INDEX.md": f"| file |\n|---|\n| a.txt |\n| Auf{ZWNJ}lage.txt |\n"})
    main(["index", str(folder), "--update"])
    err = capsys.readouterr().err
    assert "listed but missing: 'Auf\\u200clage.txt'" in err and "Auflage.txt" not in err


# --- session 7 mend: notes on loaded files are capped as skipped files are ----------------------
def test_many_files_with_the_same_note_give_ten_lines_and_one_for_the_rest(tmp_path):
    files = {f"c{i}.txt": f"Title {i}\n\nA \x1b[31mred\x1b[0m word{' here' * i}.\n" for i in range(1, 13)}
    files["c1.txt"] = "Title 1\n\nA \x1b[31mred word.\n"  # (1 sequence: the same kind as 2)
    files.update({f"s{i}.txt": f"Title\n\nA soft\u00adhyphen {i}.\n" for i in range(1, 4)})
    warnings = load_corpus(write(tmp_path, files)).warnings
    removed = [w for w in warnings if "escape" in w]
    assert removed == ["c1.txt: removed 1 terminal escape sequence"] + [
        f"c{i}.txt: removed 2 terminal escape sequences" for i in range(2, 11)] + [
        ("2 more of the same (removed terminal escape sequences), not shown one by one: "
         "c11.txt, c12.txt")]
    assert [w for w in warnings if "invisible" in w] == [  # (another kind: its own ten)
        f"s{i}.txt: removed 1 control or invisible character" for i in range(1, 4)]


def test_ten_notes_of_a_kind_are_all_given_and_index_rows_say_where(tmp_path):
    files = {f"c{i}.txt": f"T\n\nA \x1b[31mred word {i}.\n" for i in range(1, 12)}
    files["INDEX.md"] = "| file |\n|---|\n" + "".join(f"| c{i}.txt |\n" for i in range(1, 12))
    warnings = load_corpus(write(tmp_path, files)).warnings
    assert warnings[1:11] == tuple(f"INDEX.md line {2 + i}: c{i}.txt: removed 1 terminal escape "
                                   "sequence" for i in range(1, 11))
    assert warnings[11:] == (("INDEX.md: 1 more of the same (removed terminal escape sequences), "
                              "not shown one by one: c11.txt"),)


def test_a_summary_names_a_fourth_name_rather_than_say_and_1_more(tmp_path):
    rows = "".join(f"| m{i}.txt |\n" for i in range(1, 15))
    warnings = load_corpus(write(tmp_path, {"ok.txt": GENUINE, "INDEX.md": "| file | title |\n"
                                            "|---|---|\n| ok.txt | O |\n" + rows})).warnings
    assert warnings[-1] == ("INDEX.md: 4 more of the same (it does not exist), not shown one by "
                            "one: m11.txt, m12.txt, m13.txt, m14.txt")
    rows += "| m15.txt |\n"
    warnings = load_corpus(write(tmp_path, {"INDEX.md": "| file | title |\n|---|---|\n"
                                            "| ok.txt | O |\n" + rows})).warnings
    assert warnings[-1] == ("INDEX.md: 5 more of the same (it does not exist), not shown one by "
                            "one: m11.txt, m12.txt, m13.txt and 2 more")


def test_a_summary_says_how_many_rows_name_one_file(tmp_path):
    rows = "| ok.txt | O |\n" * 13 + "| a.txt | A |\n" * 2
    warnings = load_corpus(write(tmp_path, {"ok.txt": GENUINE, "a.txt": OTHER, "INDEX.md":
                                            "| file | title |\n|---|---|\n" + rows})).warnings
    assert warnings[-1] == ("INDEX.md: 3 more of the same (it is listed twice), not shown one by "
                            "one: ok.txt (2 rows), a.txt")
