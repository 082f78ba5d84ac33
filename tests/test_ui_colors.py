"""Colours that read on every theme: the reader's text and marks ($reader-accent, ...) reach
4.5:1 on each built-in light theme, and dark themes keep their own colours."""

from __future__ import annotations

import re

import pytest
from textual.app import App
from textual.color import Color
from ui_support import make_app, quiet_textual, running, settle, sync

from seedreader.config import Config
from seedreader.ui.contrast import ROLES, contrast, readable, reader_colors

__all__ = ["quiet_textual"]

THEMES = {name: theme for name, theme in App().available_themes.items()
          if not name.startswith("ansi")}


def backgrounds(variables):
    return [Color.parse(variables[name]) for name in ("background", "surface", "panel")]


@pytest.mark.parametrize("name", sorted(n for n, t in THEMES.items() if not t.dark))
def test_every_light_theme_gets_readable_text_and_marks(name):
    variables = THEMES[name].to_color_system().generate()
    colors = reader_colors(variables, dark=False)
    for role in ROLES:
        color = Color.parse(colors[f"reader-{role}"])
        assert min(contrast(color, b) for b in backgrounds(variables)) >= 4.5, role


@pytest.mark.parametrize("name", sorted(n for n, t in THEMES.items() if t.dark))
def test_dark_themes_keep_their_own_colours(name):
    variables = THEMES[name].to_color_system().generate()
    colors = reader_colors(variables, dark=True)
    assert all(colors[f"reader-{role}"] == variables[role] for role in ROLES)


def test_a_colour_that_already_reads_is_left_as_it_is():
    white = Color.parse("#ffffff")
    navy = Color.parse("#1a3c8c")
    assert readable(navy, [white]) == navy
    assert readable(Color.parse("#fea62b"), [white]) != Color.parse("#fea62b")


def test_the_terminal_s_own_colours_are_left_to_the_terminal():
    variables = App().available_themes["ansi-light"].to_color_system().generate()
    colors = reader_colors(variables, dark=False)
    assert all(colors[f"reader-{role}"] == variables[role] for role in ROLES)


@sync
async def test_the_reader_on_textual_light_draws_no_pale_text():
    app = make_app(config=Config(theme="textual-light"))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        svg = app.export_screenshot()
        fills = set(re.findall(r"fill: (#[0-9a-f]{6})", svg))
        assert "#fea62b" not in fills and "#4ebf71" not in fills  # the pale orange and green
        assert app.theme_variables["reader-accent"] in {f.upper() for f in fills} | fills
        app.theme = "textual-dark"  # a theme changed at run time brings its own colours
        await settle(pilot)
        assert app.theme_variables["reader-accent"] == app.theme_variables["accent"]


def marks_on_highlighted_row(rows, least: int) -> list[tuple[str, float]]:
    """Each mark (L, R, a bar cell) drawn on the list's highlighted row, with its contrast to
    the row's background; at least ``least`` cells of them."""
    first = sum(rows.get_option_at_index(i).prompt.get_height(rows.styles, 200)
                for i in range(rows.highlighted))  # every row is two lines
    out = []
    for y in (first, first + 1):
        for segment in rows.render_line(y - round(rows.scroll_y)):
            text = segment.text.strip()
            if text and (set(text) <= set("LR") or set(text) <= set("█▏▎▍▌▋▊▉·")):
                fg, bg = (Color.from_rich_color(c) for c in (segment.style.color,
                                                             segment.style.bgcolor))
                out.append((text, contrast(fg, bg)))
    assert sum(len(t) for t, _ in out) >= least, out
    return out


def _cursor(variables, name: str) -> Color:
    """A cursor background variable as drawn: a tint ("#0178D44C") over the list's surface."""
    color = Color.parse(variables[name])
    if color.a < 1:
        color = Color.parse(variables["surface"]).blend(color.with_alpha(1), color.a)
    return color


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_theme_s_marks_read_on_its_cursor_focused_or_not(name):
    theme = THEMES[name]
    variables = theme.to_color_system().generate()
    colors = reader_colors(variables, theme.dark)
    for mark, under in (("reader-accent-on-cursor", "block-cursor-background"),
                        ("reader-accent-on-cursor-blurred", "block-cursor-blurred-background")):
        assert contrast(Color.parse(colors[mark]), _cursor(variables, under)) >= 3, (mark, under)


# (the running reader, on a few themes: the colour math above covers them all)
@pytest.mark.parametrize("name", ["textual-light", "rose-pine-dawn", "dracula", "textual-dark",
                                  "gruvbox", "solarized-dark"])
@sync
async def test_marks_on_the_highlighted_row_read_on_the_cursor(name):
    # On textual-light the darkened accent was 1.28:1 on the cursor's dark blue; on dracula
    # the pink accent 1.01:1 on its purple.
    from seedreader.ui.widgets.compare_view import CompareView
    from seedreader.ui.widgets.source_list import BAR, SourceList

    async with running(size=(120, 36), config=Config(theme=name)) as (app, pilot):
        rows = app.screen.query_one(SourceList)
        rows.focus()
        await settle(pilot)
        assert rows.has_focus and rows.highlighted == app.screen.corpus.index(rows.right_id)
        focused = marks_on_highlighted_row(rows, 1 + BAR)  # R and the bar
        assert all(ratio >= 3 for _, ratio in focused), focused
        app.screen.query_one(CompareView).focus()  # the list keeps its row, on a paler cursor
        await settle(pilot)
        blurred = marks_on_highlighted_row(rows, 1 + BAR)
        assert all(ratio >= 3 for _, ratio in blurred), blurred
        rows.focus()
        await pilot.press("down")  # the row left keeps the accent, the new one reads
        await settle(pilot)
        assert all(ratio >= 3 for _, ratio in marks_on_highlighted_row(rows, BAR))
        left_row = rows.get_option_at_index(rows.highlighted - 1).prompt
        assert {s.style for s in left_row.spans} >= {"bold $reader-accent", "$reader-accent"}


def test_dark_themes_keep_their_accent_on_the_cursor_where_it_reads():
    variables = THEMES["textual-dark"].to_color_system().generate()
    colors = reader_colors(variables, dark=True)
    assert colors["reader-accent-on-cursor-blurred"] == variables["accent"]  # 6.2:1
    assert colors["reader-accent"] == variables["accent"]


def test_the_terminal_s_own_colours_mark_the_cursor_row_in_its_text_colour():
    for name in ("ansi-light", "ansi-dark"):
        variables = App().available_themes[name].to_color_system().generate()
        colors = reader_colors(variables, dark=name == "ansi-dark")
        assert colors["reader-accent-on-cursor"] == variables["block-cursor-foreground"]


@pytest.mark.parametrize("name", ["textual-light", "rose-pine-dawn", "dracula", "textual-dark"])
@sync
async def test_support_dots_on_the_highlighted_fact_read_on_the_cursor(name):
    # (review: the facts list drew its dots in the accent on the cursor too, 1.28:1 on
    # textual-light's dark blue)
    from seedreader.ui.widgets.compare_view import CompareView
    from seedreader.ui.widgets.facts_panel import FactList

    def dots(facts) -> list[tuple[str, float]]:
        first = sum(facts.get_option_at_index(i).prompt.get_height(facts.styles, 200)
                    for i in range(facts.highlighted))
        out = []
        for segment in facts.render_line(first + 1 - round(facts.scroll_y)):
            text = segment.text.strip()
            if text and set(text) <= set("●○"):
                fg, bg = (Color.from_rich_color(c) for c in (segment.style.color,
                                                             segment.style.bgcolor))
                out.append((text, contrast(fg, bg)))
        assert sum(len(t) for t, _ in out) == len(app.screen.corpus), out
        return out

    async with running(size=(120, 36), config=Config(theme=name)) as (app, pilot):
        facts = app.screen.query_one(FactList)
        facts.focus()
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)
        assert all(ratio >= 3 for _, ratio in dots(facts))
        app.screen.query_one(CompareView).focus()
        await settle(pilot)
        assert all(ratio >= 3 for _, ratio in dots(facts))
        left = facts.get_option_at_index(facts.highlighted - 1).prompt
        assert "$reader-accent" in {s.style for s in left.spans}
