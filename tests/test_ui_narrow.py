"""Narrow terminals: lines too long for the width lose whole items, or end with "…", never a
word or a number cut in half."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from ui_support import STORM, quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.widgets.compare_header import CompareHeader
from seedreader.ui.widgets.compare_view import column_width
from seedreader.ui.widgets.facts_panel import FactsPanel
from seedreader.ui.widgets.keys_bar import KeysBar

__all__ = ["quiet_textual"]

# Every item the top line may show, whole.
HEADER_ITEMS = [r"seedreader", r"L \d+  ⇄  R \d+", r"of \d+ sources", r"similarity \d+%",
                r"difference \d+ of \d+", r"difference \d+ in all", r"no differences",
                r"comparing…", r"\d+ facts, \d+ conflicts?", r"\d+ conflicts?",
                r"\d+(\.\d)?% of L in R · \d+(\.\d)?% of R in L"]


def header(app) -> str:
    return str(app.screen.query_one("#topbar").render()).strip()


def footer(app) -> str:
    return str(app.screen.query_one(KeysBar).render()).strip()


def hostile(folder):
    markup = "[bold red]x[/] and [link=http://evil]y[/link]"
    return load_corpus(write_corpus(folder, {  # no INDEX.md: titles from the first lines
        "a_evil.txt": f"Title line {markup}\n\nThe mayor said that 12 people died on March 3.",
        "b_plain.txt": "Title line x and y\n\nThe mayor said that 14 people died on March 4.",
        "c_other.txt": "\n\n".join(STORM), "d_more.txt": "\n\n".join(reversed(STORM))},
        index=False))


@pytest.mark.parametrize("width", [160, 120, 100, 80, 60, 40])
@sync
async def test_the_top_line_keeps_whole_items(width):
    async with running(size=(width, 24)) as (app, _pilot):
        line = header(app)
        assert cell_len(line) <= width - 2
        items = line.split("   ")
        for item in items:
            assert any(re.fullmatch(p, item) for p in HEADER_ITEMS), (width, item, line)
        assert any(item.startswith("difference") or item == "no differences"
                   for item in items)  # where the reader is stays to the last
        if width >= 100:  # (the facts panel's border counts the facts too)
            assert re.search(r"\d+ conflicts?$", line), line
            assert "of L in R" in line, line


@pytest.mark.parametrize("width", [160, 120, 80])
@sync
async def test_the_column_headers_show_titles_as_typed_markup_and_all(width, tmp_path):
    """The line over the comparison names each column's source by its title: markup in a title
    is shown as typed, never applied (no bold, no link)."""
    async with running(hostile(tmp_path / "h"), size=(width, 24)) as (app, _pilot):
        bar = app.screen.query_one(CompareHeader)
        content = bar.render()
        left, right = (part.strip() for part in str(content).split(" │"))
        assert left.startswith("▌L 1 Title line [bold"), left
        assert right.startswith("R 2 Title line x and y"), right
        spans = " ".join(str(span.style) for span in content.spans)
        assert "link" not in spans and "red" not in spans, spans


@pytest.mark.parametrize("width", [160, 100, 80, 60])
@sync
async def test_the_keys_line_shows_whole_keys_and_ends_with_the_palette(width):
    async with running(size=(width, 24)) as (app, _pilot):
        line = footer(app)
        assert cell_len(line) <= width - 2
        keys = line.split("  ")
        assert keys[-1] == "^p palette"
        named = {f"{key} {what}" for key, what in (
            ("?", "Help"), ("q", "Quit"), ("n", "Next diff"), ("p", "Prev diff"),
            ("N", "Next conflict"), ("/", "Search"), ("s", "Swap"), ("c", "Copy ¶"),
            ("e", "Export"), ("m", "Moved: jump"), (">", "Next match"))}
        assert set(keys[:-1]) <= named, keys
        assert keys[:3] == ["? Help", "q Quit", "n Next diff"]


@pytest.mark.parametrize(("width", "expected"), [
    (110, "all conflicts quotes 1 source"),
    (120, "all conflicts quotes in one source"),
    (140, "all conflicts quotes in one source"),
    (160, "filter all conflicts quotes in one source"),
])
@sync
async def test_the_facts_filters_fit_the_panel_whole(width, expected):
    async with running(size=(width, 36)) as (app, _pilot):
        panel = app.screen.query_one(FactsPanel)
        line = panel.query_one("#facts-filters")
        text = str(line.render()).strip()
        assert text == expected
        assert cell_len(text) <= line.content_region.width


@sync
async def test_long_titles_in_the_palette_end_with_an_ellipsis(tmp_path):
    from seedreader.ui.commands import ReaderCommands

    title = "A very long headline " * 6
    folder = write_corpus(tmp_path / "long", {"a.txt": "\n\n".join(STORM),
                                              "b.txt": "\n\n".join(reversed(STORM))})
    (folder / "INDEX.md").write_text(f"| file | title |\n| --- | --- |\n| a.txt | {title} |\n"
                                     "| b.txt | Short |\n", encoding="utf-8")
    async with running(load_corpus(folder), size=(120, 36)) as (app, _pilot):
        titles = [t for t, _, _ in ReaderCommands(app.screen)._commands()
                  if t.startswith(("Left: 1.", "Right: 1."))]
        assert len(titles) == 1  # 'Left: 1.' is left out: 1 is on the left already
        for text in titles:
            shown = text.split(". ", 1)[1]
            assert shown.endswith("…") and cell_len(shown) <= 70
            assert title.startswith(shown[:-1] + " ")  # cut after a whole word
        assert "Left: 2. Short" in [t for t, _, _ in ReaderCommands(app.screen)._commands()]


@sync
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_a_hidden_comparison_is_wrapped_for_the_width_it_will_have(size):
    async with running(size=size) as (app, pilot):
        await settle(pilot)
        view = app.screen.compare_view
        shown = view.scrollable_content_region.width
        await pilot.press("tab")  # narrow: the sources fill the screen, the comparison hidden
        await settle(pilot)
        assert not view.scrollable_content_region.width
        assert app.screen._column_width() == column_width(shown)  # what a new pair is wrapped for
        assert view.text_width() == shown
