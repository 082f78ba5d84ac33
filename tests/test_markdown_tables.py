"""GitHub tables and footnotes in .md articles (QA round 4: a table kept its pipes, lost its
delimiter row's meaning and paired as prose; footnote markers "[^1]" stayed in the text)."""

from __future__ import annotations

from pathlib import Path

from seedreader.corpus import source_from_text
from seedreader.strip_markdown import plain_markdown


def md(text):
    return source_from_text(text, id="m", path=Path("m.md"))


TABLE = ("Casualties by district:\n\n"
         "| District | Dead | Injured |\n"
         "|:---------|-----:|:-------:|\n"
         "| **North** | 12 | 40 |\n"
         "| South \\| coast | 3 | [7](https://x.example) |\n\n"
         "Officials gave the figures on Monday.")


def test_a_table_is_rows_of_cells_in_columns_and_one_preformatted_block():
    source = md(TABLE)
    assert [s.kind for s in source.segments] == ["paragraph", "preformatted", "paragraph"]
    rows = source.paragraphs[1].split("\n")
    assert rows == ["District        Dead   Injured",
                    "North           12     40",
                    "South | coast   3      7"]
    assert "|---" not in source.text and ":---" not in source.text


def test_the_same_table_in_two_articles_pairs_as_the_same_block():
    from seedreader import compare

    other = md(TABLE.replace("| **North** |", "|North|").replace(":-------:", "---"))
    blocks = compare(md(TABLE), other).blocks
    assert [b.kind for b in blocks] == ["same", "same", "same"]


def test_pipes_that_make_no_table_stay_text():
    # no delimiter row; a delimiter row with another number of cells; a rule under a line
    for text in ("By Jamie Reyes | Updated today\n\nStorm hits coast.",
                 "a | b | c\n--- | ---\n",
                 "Storm | coast\n\n---\n"):
        plain = plain_markdown(text)
        assert "|" in plain, (text, plain)
    # a table in a code block is code
    assert "| a | b |" in plain_markdown("```\n| a | b |\n|---|---|\n```")


def test_footnote_references_go_and_definitions_are_a_list_of_notes():
    text = ("The council said 12 people died[^1] and 40 were hurt[^note].\n\n"
            "[^1]: Figures issued at noon.\n"
            "[^note]: Hospital count.\n")
    source = md(text)
    assert source.paragraphs == ("The council said 12 people died and 40 were hurt.",
                                 "1. Figures issued at noon.\n- Hospital count.")
    assert [s.kind for s in source.segments] == ["paragraph", "list"]
    # a link reference definition still goes, and "[^" in prose that is no reference stays
    assert md("Storm [^ not a note] hits.\n\n[1]: https://x.example").paragraphs == (
        "Storm [^ not a note] hits.",)


def test_a_br_in_a_cell_is_a_space_and_the_cell_stays_in_its_row():
    # (review t8.md: "<br>" became a line break and split the table in two around a paragraph)
    raw = ("# Election night\n\nCounting finished at 4am, officials said.\n\n"
           "| Party | Seats | Notes |\n|---|---|---|\n"
           "| Labour | 412 | Won Northfield<br>and Southgate |\n"
           "| Conservative | 121 | Lost 48 seats<p>held 3 |\n"
           "| Green | 4 | `<br>` in code |\n\n"
           "Turnout was 61%,<br>the returning officer said.\n")
    source = source_from_text(raw, id="a", path=Path("a.md"))
    assert [s.kind for s in source.segments][:3] == ["heading", "paragraph", "preformatted"]
    rows = source.paragraphs[2].split("\n")
    assert [row.split("   ")[0].strip() for row in rows] == ["Party", "Labour", "Conservative", "Green"]
    assert rows[1].endswith("Won Northfield and Southgate")
    assert rows[2].endswith("Lost 48 seats held 3")
    assert rows[3].endswith("<br> in code")
    # outside a table a <br> is still a line break
    assert "Turnout was 61%,\nthe returning officer said." in plain_markdown(raw)
