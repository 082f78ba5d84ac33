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
