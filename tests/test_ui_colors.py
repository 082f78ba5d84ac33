"""Colours that read on every theme: the reader's text and marks ($reader-accent, ...) reach
4.5:1 on each built-in light theme, and dark themes keep their own colours."""

from __future__ import annotations

import re

import pytest
from textual.app import App
from textual.color import Color
from ui_support import make_app, quiet_textual, settle, sync

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
