"""QA round 5 in the reader: a block's paragraphs read as separate paragraphs (a blank row between
them, on both sides, in every kind of block); N / P step through conflicts, not mentions."""

from __future__ import annotations

from export_support import make_source
from textual.geometry import Region
from ui_support import quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.models import Block, Comparison, Span
from seedreader.ui.compare_rows import build_units, lay_out
from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.facts_panel import FactsPanel

__all__ = ["quiet_textual"]

ONE = "The fire started at about 2:40 a.m. and burned for nine hours before it was out."
SPLIT = ["It started at about 2:40 a.m. in the storage building.",
         "Sixty firefighters fought the fire for nine hours."]


def rows_of(layout, unit: int, side: str) -> list[str]:
    u = layout.units[unit]
    text = u.side(side).text
    lines = layout.left_lines[unit] if side == "left" else layout.right_lines[unit]
    return [text[a:b] for a, b in lines]


def one_against_two() -> Comparison:
    """A paragraph paired with two (changed), two paragraphs only the left has, and two paragraphs
    moved: every kind of block that can hold more than one paragraph on a side."""
    left = make_source("l", ["Headline here.", ONE, "Gone one.", "Gone two.", "Moved a.",
                             "Moved b."])
    right = make_source("r", ["Moved a.", "Moved b.", "Headline here.", *SPLIT])
    joined = "\n".join(SPLIT)
    blocks = (
        Block("same", (0,), (2,), 1.0, (Span("equal", "Headline here."),)),
        Block("changed", (1,), (3, 4), 0.5, (Span("delete", ONE), Span("insert", joined))),
        Block("left_only", (2, 3), (), 0.0, ()),
        Block("moved", (4, 5), (0, 1), 1.0, (Span("equal", "Moved a.\nMoved b."),)),
    )
    return Comparison(left, right, 0.5, blocks)


def test_two_paragraphs_paired_with_one_have_a_blank_row_between_them():
    units = build_units(one_against_two())
    layout = lay_out(units, 200)
    changed = next(i for i, u in enumerate(units) if u.kind == "changed")
    assert rows_of(layout, changed, "right") == [SPLIT[0], "", SPLIT[1]]
    assert rows_of(layout, changed, "left") == [ONE]
    # The row of the second paragraph's text is found by its offset, below the blank row.
    right = units[changed].right
    offset = right.offset_of(4, SPLIT[1].index("nine"))
    assert layout.row_of(changed, "right", offset) == layout.tops[changed] + 2
    assert layout.row_of(changed, "right", 0) == layout.tops[changed]
    # Wrapped narrow, the blank row still falls between the paragraphs, not inside one.
    narrow = lay_out(units, 20)
    rows = rows_of(narrow, changed, "right")
    gap = rows.index("")
    assert " ".join(rows[:gap]) == SPLIT[0] and " ".join(rows[gap + 1:]) == SPLIT[1]


def test_every_kind_of_block_separates_its_paragraphs():
    units = build_units(one_against_two())
    layout = lay_out(units, 200)
    shown = {(u.kind, side): rows_of(layout, i, side) for i, u in enumerate(units)
             for side in ("left", "right") if u.side(side) is not None}
    assert shown[("left_only", "left")] == ["Gone one.", "", "Gone two."]
    assert shown[("moved", "left")] == ["Moved a.", "", "Moved b."]
    assert shown[("moved", "right")] == ["Moved a.", "", "Moved b."]
    assert shown[("same", "left")] == ["Headline here."]  # one paragraph: no blank row added


def test_a_line_break_inside_one_paragraph_is_not_a_paragraph_break():
    table = "| a | b |\n| 1 | 2 |"
    left, right = make_source("l", [table]), make_source("r", [table, "After."])
    comparison = Comparison(left, right, 0.9, (
        Block("changed", (0,), (0, 1), 0.9, (Span("equal", table), Span("insert", "\nAfter."))),))
    layout = lay_out(build_units(comparison), 40)
    assert rows_of(layout, 0, "left") == ["| a | b |", "| 1 | 2 |"]
    assert rows_of(layout, 0, "right") == ["| a | b |", "| 1 | 2 |", "", "After."]


def corpus(tmp_path):
    first = ("DUNMORE, Ohio - Four workers were killed and 27 people were injured when a fire swept "
             "through the Kestrel Chemicals plant early on Tuesday, officials said, and homes "
             "within two miles were evacuated as a precaution.")
    return load_corpus(write_corpus(tmp_path / "split", {
        "a.txt": f"Fire at the plant\n\n{first}\n\nThe company said it would help the families.",
        "b.txt": ("Fire at the plant\n\nDUNMORE, Ohio - Four workers were killed and 27 people "
                  "were injured when a fire swept through the Kestrel Chemicals plant early on "
                  "Tuesday, officials said.\n\nHomes within two miles were evacuated as a "
                  "precaution.\n\nThe company said it would help the families."),
    }))


def shown(view) -> list[str]:
    width, height = view.size
    return [strip.text for strip in view.render_lines(Region(0, 0, width, height))]


@sync
async def test_the_reader_shows_a_split_paragraph_as_two_with_their_words_marked(tmp_path):
    async with running(corpus(tmp_path), size=(160, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await settle(pilot)
        unit = next(i for i, u in enumerate(view.units)
                    if u.right is not None and len(u.right.paragraphs) == 2)
        assert view.units[unit].left.paragraphs == (1,)
        layout = view.wrapped
        right = rows_of(layout, unit, "right")
        blank = right.index("")
        assert right[blank - 1].endswith("officials said.") and right[blank + 1].startswith("Homes")
        # On screen: the blank row is blank in the right column, with no change marker, and the
        # left column's text goes on beside it (one block, its rows side by side).
        top = layout.tops[unit] - round(view.scroll_y)
        lines = shown(view)
        row = lines[top + blank]
        cut = row.index("│")
        assert row[cut + 1:].strip() == ""
        assert row[:cut].strip()  # the left paragraph is longer: text on that row
        assert "+Homes within two miles" in lines[top + blank + 1]
        # The words only the right has are still marked, in its second paragraph too.
        right_side = view.units[unit].right
        assert [right_side.text[a:b] for a, b in right_side.marks] == [".", "Homes"]


FIRE = {  # one figure in conflict mentioned twice on each side (4 against 5), then a misquote
    # (headlines without the figure: a headline's count is a mention too)
    "a.txt": ("Workers killed in plant fire\n\n"
              "Four workers were killed and 27 people were injured when a fire swept through the "
              "Kestrel Chemicals plant on Tuesday, officials said.\n\n"
              "The four workers who died had all worked at the plant for more than ten years, the "
              "company said. All four were on the night shift.\n\n"
              "\"We do not believe this fire was set deliberately,\" Fire Chief Dana Whitfield "
              "said."),
    "b.txt": ("Plant fire kills workers\n\n"
              "Five workers were killed and 27 people were injured when a fire swept through the "
              "Kestrel Chemicals plant on Tuesday, officials said.\n\n"
              "The five workers who died had all worked at the plant for more than ten years, the "
              "company said.\n\n"
              "\"We believe this fire was set deliberately,\" Fire Chief Dana Whitfield said."),
}


def last_notice(app):
    notice = list(app._notifications)[-1]
    return notice.title, notice.message


@sync
async def test_next_conflict_goes_to_each_conflict_once_and_says_which_of_how_many(tmp_path):
    async with running(load_corpus(write_corpus(tmp_path / "fire", FIRE)), size=(160, 48)) \
            as (app, pilot):
        view = app.screen.query_one(CompareView)
        panel = app.screen.query_one(FactsPanel)
        assert len(panel.view.conflicts) == 2
        await pilot.press("N")
        await settle(pilot)
        title, message = last_notice(app)
        assert title == "conflict 1 of 2 in these articles"
        assert message.startswith("4 in 1 (left) ≠ 5 in 2 (right)"), message
        assert panel.current.value == "4"
        # At its first mention: the paragraph of "Four workers were killed", in the left column.
        assert view.side == "left" and view.units[view.cursor].left.paragraphs == (1,)
        # The next press is the misquote, not the figure's next mention (it has three more).
        await pilot.press("N")
        await settle(pilot)
        title, message = last_notice(app)
        assert title == "conflict 2 of 2 in these articles · misquote"
        assert panel.current.kind == "quote"
        assert view.units[view.cursor].left.paragraphs == (3,)
        await pilot.press("N")
        await settle(pilot)
        assert last_notice(app)[1] == "no more conflicts below"
        await pilot.press("P")
        await settle(pilot)
        title, _ = last_notice(app)
        assert title == "conflict 1 of 2 in these articles" and panel.current.value == "4"
        await pilot.press("P")
        await settle(pilot)
        assert last_notice(app)[1] == "no more conflicts above"


@sync
async def test_next_conflict_starts_from_the_paragraph_the_reader_moved_to(tmp_path):
    async with running(load_corpus(write_corpus(tmp_path / "fire", FIRE)), size=(160, 48)) \
            as (app, pilot):
        view = app.screen.query_one(CompareView)
        await settle(pilot)
        await pilot.press("N")  # conflict 1, then the reader moves on past it
        await settle(pilot)
        while view.units[view.cursor].left is None or view.units[view.cursor].left.paragraphs \
                != (2,):
            await pilot.press("j")
            await pilot.pause()
        await pilot.press("N")
        await settle(pilot)
        assert last_notice(app)[0].startswith("conflict 2 of 2")
        await pilot.press("k", "k")  # back above both; P from there: none above
        await settle(pilot)
        await pilot.press("P")
        await settle(pilot)
        assert last_notice(app)[1] == "no more conflicts above"


@sync
async def test_a_misquotes_notice_says_what_changed_on_a_line_of_its_own(tmp_path):
    async with running(load_corpus(write_corpus(tmp_path / "fire", FIRE)), size=(80, 24)) \
            as (app, pilot):
        await settle(pilot)
        await pilot.press("N", "N")
        await settle(pilot)
        title, message = last_notice(app)
        assert title.endswith("misquote")
        first, second = message.split("\n")
        assert first.endswith("in 2 (right)"), first  # the sources end the first line...
        assert second.startswith("Whitfield:") and "“not” in one, not the other" in second


@sync
async def test_a_line_break_inside_a_notice_is_still_a_space(tmp_path):
    async with running(load_corpus(write_corpus(tmp_path / "fire", FIRE)), size=(80, 24)) \
            as (app, pilot):
        app.notify("skipped evil\nname.txt\x1b[2J")
        await pilot.pause()
        message = last_notice(app)[1]
        assert "\n" not in message and "\x1b" not in message and "evil name.txt" in message
        app.notify(("one\nline", "two"))
        await pilot.pause()
        assert last_notice(app)[1] == "one line\ntwo"


@sync
async def test_the_blank_row_inside_a_change_that_spans_two_paragraphs_has_no_marker(tmp_path):
    said = ("Four workers were killed and 27 people were injured when a fire swept through the "
            "Kestrel Chemicals plant early on Tuesday, officials said")
    folder = write_corpus(tmp_path / "span", {
        "a.txt": f"Fire at the plant\n\n{said}, after a night of heavy rain and wind in the "
                 "county.",
        "b.txt": f"Fire at the plant\n\n{said} in a late statement.\n\nResidents near the plant "
                 "were told to stay indoors after a night of heavy rain and wind in the county.",
    })
    async with running(load_corpus(folder), size=(160, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        await settle(pilot)
        unit = next(i for i, u in enumerate(view.units)
                    if u.right is not None and len(u.right.paragraphs) == 2)
        right = view.units[unit].right
        newline = right.bases[1] - 1
        # The words inserted run from the end of one paragraph into the next: one mark.
        assert any(a < newline < b for a, b in right.marks)
        layout = view.wrapped
        blank = rows_of(layout, unit, "right").index("")
        row = shown(view)[layout.tops[unit] - round(view.scroll_y) + blank]
        assert row[row.index("│") + 1:].strip() == ""  # no "+" on the row between them
