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
    assert warnings == ["left out '\\x1b[31mred.txt': INDEX.md cannot name it as it is (control "
                        "characters, line breaks or spaces at its ends); rename the file"]
    assert "| red.txt | Genuine |" in (folder / "INDEX.md").read_text()
