"""The facts detail fits its panel: on a small terminal (80x24) it still says who holds a fact
and where it is ("enter shows 4 on the right"), giving up the context line first."""

from __future__ import annotations

from textual.content import Content
from ui_support import quiet_textual, running, sync

from seedreader.ui.widgets.facts_panel import FactsPanel, fit_detail

__all__ = ["quiet_textual"]

QUOTE = "We seek co-ordination without subordination"


async def detail_of(app, pilot, value: str) -> tuple[list[str], int]:
    """The detail's lines for the fact ``value`` and the rows it shows them in."""
    panel = app.screen.query_one(FactsPanel)
    await pilot.press("tab", "tab")
    index = next(i for i, f in enumerate(panel._shown) if f.value == value)
    app.focused.highlighted = index
    await pilot.pause()
    detail = panel.query_one("#facts-detail")
    lines = str(detail.render()).split("\n")
    return lines, detail.content_region.height


@sync
async def test_at_80x24_the_detail_shows_who_holds_a_quote_and_where_it_is():
    async with running(size=(80, 24)) as (app, pilot):
        lines, rows = await detail_of(app, pilot, QUOTE)
        assert len(lines) <= rows, (lines, rows)  # nothing below the panel's edge
        text = "\n".join(lines)
        assert "held by 4, 5" in text
        assert "enter shows 4 on the right" in text
        assert "said by Sheinbaum" in text


@sync
async def test_with_room_the_detail_keeps_a_line_each():
    """The counter-example: a tall panel changes nothing."""
    async with running(size=(160, 48)) as (app, pilot):
        lines, _rows = await detail_of(app, pilot, QUOTE)
        assert lines[0] == f"“{QUOTE}”"
        assert lines[1].startswith("context: ")
        assert lines[2] == "said by Sheinbaum" and lines[3] == "held by 4, 5"
        assert lines[4].startswith("in neither article shown; enter shows 4")


def test_fit_gives_up_the_least_useful_lines_first():
    head = [Content("“a quote”")]
    context, said, held = Content("context: " + "word " * 30), Content("said by X"), \
        Content("held by 1 L, 2 R")
    where, variants = Content("in view: left and right"), [Content("≈ may be the same as …")]
    full = fit_detail(head, context, said, held, where, variants, 40, 100)
    assert [str(c) for c in full] == [str(c) for c in [*head, context, said, held, where,
                                                       *variants]]
    six = [str(c) for c in fit_detail(head, context, said, held, where, variants, 40, 5)]
    assert six[0] == "“a quote”" and six[1].endswith("…") and len(six[1]) <= 40
    assert "said by X · held by 1 L, 2 R" in six and "in view: left and right" in six
    three = [str(c) for c in fit_detail(head, context, said, held, where, variants, 40, 3)]
    assert three == ["“a quote”", "said by X · held by 1 L, 2 R", "in view: left and right"]
