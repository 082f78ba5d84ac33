"""Long documents and tables in the reader: n and p reach the changes inside a block taller than
the screen (a 400-row table), the status line says where the reader is among them, and a notice
repeated while it is shown is not stacked."""

from __future__ import annotations

import contextlib
import re

from textual.widgets._toast import Toast
from ui_support import (
    make_app,
    quiet_textual,
    running,
    settle,
    sync,
    visible_rows,
    write_corpus,
)

from seedreader import compare, load_corpus
from seedreader.ui.compare_rows import build_units
from seedreader.ui.widgets.compare_view import CompareView
from seedreader.ui.widgets.status_bar import StatusBar

__all__ = ["quiet_textual"]

ROWS = 200
CHANGED = {37: "620,210", 74: "739,289", 111: "790,543", 160: "114,193"}  # row: new amount
DELETED = 130


def amount(row: int) -> str:
    return f"{(row * 7919) % 900_000 + 100_000:,}"


def table(version: int) -> str:
    lines = ["| No. | Recipient | Amount (£) | Date |", "|---|---|---|---|"]
    for row in range(1, ROWS + 1):
        if version == 2 and row == DELETED:
            continue
        money = CHANGED.get(row, amount(row)) if version == 2 else amount(row)
        lines.append(f"| {row} | Authority {row} grant line | {money} | {row % 28 + 1} March 2026 |")
    return "\n".join(lines)


def document(version: int, after: str) -> str:
    return "\n\n".join([
        f"# Grant allocations v{version}",
        "The table lists every allocation made under the scheme in the financial year.",
        table(version),
        after,
    ]) + "\n"


def corpus(tmp_path):
    return load_corpus(write_corpus(tmp_path / "c", {
        "a.md": document(1, "The allocations were approved by the board on 2 April."),
        "b.md": document(2, "The allocations were approved by the board on 9 April."),
    }))


def where(app) -> str:
    return app.screen.query_one(StatusBar)._shown.plain


def shown_text(view) -> str:
    """The text of the rows on screen, both columns."""
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def test_a_table_block_knows_each_of_its_changes_once(tmp_path):
    c = corpus(tmp_path)
    units = build_units(compare(c["a"], c["b"]))
    (tall,) = [u for u in units if u.left is not None and u.left.text.startswith("No.")]
    assert tall.kind == "changed"
    # Four amounts changed (a deletion and an insertion each: one change), one row deleted.
    assert len(tall.changes) == len(CHANGED) + 1
    starts = [tall.left.text[a:a + 7] if a >= 0 else tall.right.text[b:b + 7]
              for a, b in tall.changes]
    assert starts == [amount(37)[:7], amount(74)[:7], amount(111)[:7], f"{DELETED}   A",
                      amount(160)[:7]]
    deleted = tall.changes[3]
    assert deleted[1] == -1  # the deleted row: the right side has nothing of it
    for a, b in tall.changes:  # each change starts where its marks start
        assert a < 0 or any(start == a for start, _ in tall.left.marks)
        assert b < 0 or any(start == b for start, _ in tall.right.marks)


def test_changes_of_spaces_alone_are_none_and_a_same_block_has_none():
    c = compare("Alpha beta gamma.\n\nThe council met on Monday and voted.",
            "Alpha   beta gamma.\n\nThe council met on Tuesday and voted.")
    units = build_units(c)
    texts = {u.left.text: u for u in units if u.left is not None}
    assert texts["The council met on Monday and voted."].changes == ((19, 19),)  # "Monday"
    spaced = next(u for u in units if u.left is not None and u.left.text.startswith("Alpha"))
    assert spaced.changes == ()
    assert all(not u.changes for u in units if u.kind == "same")


@sync
async def test_n_steps_through_every_change_of_a_tall_table_then_on(tmp_path):
    async with running(corpus(tmp_path), size=(100, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        tall = view.locator.find("left", 2)
        assert view.wrapped.height(tall) > 100  # far taller than the screen
        assert view.cursor == 0 and "difference 1 of 3" in where(app)  # the title
        await pilot.press("n")  # the table, at its top
        await settle(pilot)
        assert view.cursor == tall
        assert "difference 2 of 3 · 5 changes in it, the first below" in where(app)
        seen = []
        for k in range(1, 6):
            await pilot.press("n")
            await settle(pilot)
            assert view.cursor == tall
            assert f"difference 2 of 3 · change {k} of 5 in it" in where(app)
            seen.append(shown_text(view))
        for row, text in zip([37, 74, 111, DELETED, 160], seen):
            assert re.search(rf"\b{row} +Authority {row} grant line", text)
        assert amount(37) in seen[0] and CHANGED[37] in seen[0]
        # then the paragraph after the table, the last difference
        await pilot.press("n")
        await settle(pilot)
        assert view.cursor == tall + 1
        assert "difference 3 of 3" in where(app) and "change" not in where(app)
        # p back into the table: its last change, then each one before it, then the title
        await pilot.press("p")
        await settle(pilot)
        assert view.cursor == tall and "change 5 of 5 in it" in where(app)
        assert re.search(r"\b160 +Authority 160 grant line", shown_text(view))
        for k in (4, 3, 2, 1):
            await pilot.press("p")
            await settle(pilot)
            assert f"change {k} of 5 in it" in where(app)
        await pilot.press("p")
        await settle(pilot)
        assert view.cursor == 0 and "difference 1 of 3" in where(app)


@sync
async def test_the_status_stays_true_when_the_reader_scrolls_in_the_table(tmp_path):
    async with running(corpus(tmp_path), size=(100, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        tall = view.locator.find("left", 2)
        await pilot.press("n", "n", "n")  # the table, its changes 1 and 2
        await settle(pilot)
        assert "change 2 of 5 in it" in where(app)
        rows = view.change_rows(tall)
        view.scroll_to(y=rows[1] + 10, animate=False, immediate=True)  # between 2 and 3
        await settle(pilot)
        assert rows[2] not in visible_rows(view)
        assert "between changes 2 and 3 of 5 in it" in where(app)
        await pilot.press("n")  # the next one below the screen: 3
        await settle(pilot)
        assert "change 3 of 5 in it" in where(app)
        view.scroll_to(y=view.wrapped.tops[tall + 1] - 20, animate=False, immediate=True)
        await settle(pilot)
        assert view.cursor == tall and "5 changes in it, all above" in where(app)


@sync
async def test_n_on_a_block_that_fits_goes_to_the_next_block_as_before(tmp_path):
    """The counter-example: a tall table whose changes are all on its first screen has nothing
    below to scroll to; and at 160x48 a short document's n is one block a press."""
    lines = ["| No. | Item | Amount |", "|---|---|---|"]
    a = lines + [f"| {i} | Item {i} | {i * 100} |" for i in range(1, 80)]
    b = lines + [f"| {i} | Item {i} | {i * 100 + (5 if i == 3 else 0)} |" for i in range(1, 80)]
    c = load_corpus(write_corpus(tmp_path / "c", {
        "a.md": "\n\n".join(["# Items", "\n".join(a), "Closing words on Monday."]),
        "b.md": "\n\n".join(["# Items", "\n".join(b), "Closing words on Friday."])}))
    async with running(c, size=(100, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        tall = view.locator.find("left", 1)
        assert view.wrapped.height(tall) > view.scrollable_content_region.height
        await pilot.press("n")
        await settle(pilot)
        assert view.cursor == tall
        await pilot.press("n")
        await settle(pilot)
        assert view.cursor == tall + 1


@sync
async def test_n_on_the_seeds_steps_block_by_block():
    async with running(size=(100, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        diffs = list(view.differences)
        start = view.cursor
        seen = []
        for _ in range(len(diffs) + 1):
            await pilot.press("n")
            await settle(pilot)
            seen.append(view.cursor)
            assert " change" not in where(app)
        assert seen == [d for d in diffs if d > start] + [diffs[-1]] * (1 + (start in diffs))


def notices(app, text: str) -> int:
    return sum(1 for notice in app._notifications if notice.message == text)


@contextlib.asynccontextmanager
async def with_notices(corpus, size):
    """The reader with its notices shown (a test app shows none by default), up for ten
    minutes (a loaded machine may take more than their seconds)."""
    app = make_app(corpus)
    notify = app.notify

    def lasting(message, *, timeout=None, **kwargs):
        return notify(message, timeout=600, **kwargs)

    app.notify = lasting
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        yield app, pilot


@sync
async def test_n_at_the_end_shows_one_notice_however_often_it_is_pressed(tmp_path):
    async with with_notices(corpus(tmp_path), size=(100, 30)) as (app, pilot):
        view = app.screen.query_one(CompareView)
        view.scroll_end(animate=False)
        await settle(pilot)
        for _ in range(3):
            await pilot.press("n")
        await settle(pilot)
        assert notices(app, "no more differences below") == 1
        await pilot.press("n", "n", "n")  # faster than the notices are shown
        await settle(pilot)
        assert notices(app, "no more differences below") == 1
        await pilot.pause(0.05)  # (the notices are laid out over a few refreshes)
        toasts = [t for t in app.screen.query(Toast)
                  if t._notification.message == "no more differences below"]
        assert len(toasts) == 1
        # Another notice is not one of these: both are shown.
        await pilot.press("/")
        await pilot.press(*"zzqx", "enter")
        await settle(pilot)
        assert notices(app, "no matches for “zzqx”") == 1
        assert notices(app, "no more differences below") == 1
        await pilot.press("/", "enter")  # searched again: still one
        await settle(pilot)
        assert notices(app, "no matches for “zzqx”") == 1


@sync
async def test_the_same_words_at_another_severity_are_another_notice(tmp_path):
    """The counter-example: only a notice the same in words, title and severity replaces."""
    async with running(corpus(tmp_path), size=(100, 30)) as (app, pilot):
        app.notify("the file changed", timeout=5)
        app.notify("the file changed", timeout=5, severity="warning")
        app.notify("the file changed", title="a.md", timeout=5)
        await settle(pilot)
        assert notices(app, "the file changed") == 3


BILL_ROWS = [
    ("1", "Number of reports of harmful content received", "Every six months",
     "30 days after period end"),
    ("2", "Median time to act on a report", "Every six months", "30 days after period end"),
    ("5", "Number of accounts of young children closed", "Every six months",
     "30 days after period end"),
    ("6", "Spending on content moderation, in pounds", "Annually", "60 days after year end"),
]
PROSE = ("4.1 A provider must publish a transparency report at least once every six months, "
         "in the form set out in the table below, and keep it where users can find it.")


def bill(tmp_path):
    def text(rows, prose):
        head = "| Item | What must be reported | Frequency | Deadline |\n|---|---|---|---|\n"
        return (f"# Bill\n\n{prose}\n\n" + head
                + "".join(f"| {' | '.join(row)} |\n" for row in rows) + "\nThe end.\n")
    rows_b = [BILL_ROWS[0], BILL_ROWS[1], BILL_ROWS[2][:2] + ("Every three months",
                                                              BILL_ROWS[2][3]), BILL_ROWS[3]]
    return load_corpus(write_corpus(tmp_path / "bill", {
        "v1.md": text(BILL_ROWS, PROSE), "v2.md": text(rows_b, PROSE.replace("six", "three"))}))


def column_lines(view, unit: int, side: str = "left") -> list[str]:
    """What one column shows of a unit, line by line (its marker column and text)."""
    layout = view.wrapped
    width = view.scrollable_content_region.width
    lines = []
    for row in range(layout.tops[unit], layout.tops[unit + 1] - 1):
        strip = view._render_row(layout, unit, row - layout.tops[unit], width, False)
        text = strip.text
        half = text[:2 + layout.width] if side == "left" else text[4 + layout.width:]
        lines.append(half[1:].rstrip())
    while lines and not lines[-1]:  # (the other column's lines go further)
        lines.pop()
    return lines


@sync
async def test_a_table_row_too_wide_goes_on_indented_under_its_second_cell(tmp_path):
    for size in ((100, 30), (160, 48)):
        async with running(bill(tmp_path), size=size) as (app, _):
            view = app.screen.query_one(CompareView)
            table_unit = next(i for i, u in enumerate(view.units)
                              if u.left is not None and u.left.text.startswith("Item"))
            lines = column_lines(view, table_unit)
            starts = [n for n, line in enumerate(lines) if re.match(r"[ +-](Item|\d) ", line)]
            assert len(starts) == 1 + len(BILL_ROWS)  # each row starts at the column's edge
            assert len(lines) > len(starts)  # and some go on (too wide for the column)
            under = lines[0][1:].index("What")  # the second cell
            for n, line in enumerate(lines):
                if n not in starts:  # a row going on: indented under its second cell
                    assert line[1:1 + under].strip() == "" and line[1 + under] != " ", lines
            # the words of each row, in order, whatever the wrapping
            rows = ["".join(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]
            for (item, what, *_), row in zip(BILL_ROWS, rows[1:]):
                assert re.sub(r"[ +-]+", " ", row).strip().startswith(f"{item} {what.split()[0]}")


@sync
async def test_prose_wraps_as_before_beside_a_table(tmp_path):
    """The counter-example: a prose paragraph's lines are not indented."""
    from seedreader.ui.compare_rows import side_lines, wrap

    async with running(bill(tmp_path), size=(100, 30)) as (app, _):
        view = app.screen.query_one(CompareView)
        prose = view.locator.find("left", 1)
        side = view.units[prose].left
        assert side_lines(side, view.wrapped.width) == wrap(side.text, view.wrapped.width)
        lines = column_lines(view, prose)
        assert len(lines) > 1 and all(not line[1:].startswith(" ") for line in lines)


def test_a_code_line_too_wide_keeps_its_leading_spaces_and_goes_on_indented():
    from seedreader.ui.compare_rows import Side, side_layout

    code = "def f():\n    return compute_the_total(values, weights, rounding=True)\nx = 1"
    side = Side((0,), code, (0,), (), (True,))
    lines, indents = side_layout(side, 30)
    texts = [code[a:b] for a, b in lines]
    assert texts[0] == "def f():" and texts[-1] == "x = 1"
    assert texts[1].startswith("    return")  # its own indentation kept
    assert indents == {n: 6 for n in range(2, len(texts) - 1)}  # no second cell: 4 + 2
    assert "".join(texts[1:-1]).replace(" ", "") == code.split("\n")[1].replace(" ", "")
    assert all(len(t) + indents.get(n, 0) <= 30 for n, t in enumerate(texts))
    # a word wider than what is left after the indent is cut, nothing lost
    side = Side((0,), "ab " + "x" * 50, (0,), (), (True,))
    lines, indents = side_layout(side, 20)
    assert "".join(side.text[a:b] for a, b in lines) == "ab" + "x" * 50
    assert all(side.text[a:b] and (b - a) + indents.get(n, 0) <= 20
               for n, (a, b) in enumerate(lines))
