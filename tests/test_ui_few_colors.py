"""A 16-colour terminal (TERM=xterm, no COLORTERM) rounds every tint of the theme to one grey:
deleted and inserted words must still differ, as must a fact and a search match."""

from __future__ import annotations

import pytest
from rich.color import ColorSystem
from ui_support import quiet_textual, running, sync

from seedreader.config import Config
from seedreader.ui.widgets import compare_view
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]

PARTS = ("delete", "insert", "fact", "match")


def as_on_a_terminal(monkeypatch):
    """The test app is headless: let it read the terminal's colours from TERM as a real one."""
    monkeypatch.setattr(compare_view, "terminal_color_system", lambda app: app.console.color_system)


def shown(view: CompareView, part: str, system: ColorSystem):
    """The background and text colours of a part as the terminal gets them."""
    style = view._style(part)
    return tuple(c.downgrade(system) if c is not None else None
                 for c in (style.bgcolor, style.color))


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "gruvbox"])
@sync
async def test_sixteen_colours_tell_deleted_inserted_facts_and_matches_apart(monkeypatch, theme):
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("COLORTERM", raising=False)
    as_on_a_terminal(monkeypatch)
    async with running(config=Config(theme=theme)) as (app, _pilot):
        assert app.console.color_system == "standard"
        view = app.screen.query_one(CompareView)
        backgrounds = [shown(view, part, ColorSystem.STANDARD)[0] for part in PARTS]
        assert len(set(backgrounds)) == len(PARTS), backgrounds
        surface = view._base.bgcolor.downgrade(ColorSystem.STANDARD)
        assert surface not in backgrounds
        # the marks that do not need colour are kept
        assert view._style("delete").strike and view._style("insert").underline


@sync
async def test_a_terminal_with_more_colours_keeps_the_themes_tints(monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    as_on_a_terminal(monkeypatch)
    async with running(config=Config(theme="textual-dark")) as (app, _pilot):
        view = app.screen.query_one(CompareView)
        assert not view.has_class("-few-colors")
        # the theme's tint of its error colour, not the palette's red
        assert view._style("delete").bgcolor.triplet != (0xAA, 0, 0)


@sync
async def test_without_a_terminal_the_tints_stay_whatever_term_says(monkeypatch):
    """Screenshots (headless) are true colour: the same on every machine, TERM=xterm or not."""
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("COLORTERM", raising=False)
    async with running(config=Config(theme="textual-dark")) as (app, _pilot):
        assert compare_view.terminal_color_system(app) is None
        assert not app.screen.query_one(CompareView).has_class("-few-colors")
