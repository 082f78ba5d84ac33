"""The reader's tidy-up after a newcomer's review: module names that say what they hold, keymap
ids checked outside the help dialog, styles in app.tcss as component classes."""

from __future__ import annotations

import importlib

import pytest
from ui_support import quiet_textual, running, settle, sync

from seedreader import load_corpus, tally_facts
from seedreader.config import Config

__all__ = ["quiet_textual"]


@pytest.fixture(scope="module")
def seeds():
    corpus = load_corpus()
    return corpus, tally_facts(corpus)


def test_mention_offsets_live_in_mention_places_not_a_second_places_module(seeds):
    """ui.mention_places holds where a fact's mentions sit in the paragraphs; no ui module is
    called like facts.places (countries and states) any more."""
    from seedreader.ui.mention_places import mention_places

    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("seedreader.ui.fact_places")
    corpus, tally = seeds
    fifty = next(f for f in tally.facts if f.value == "50%")
    assert fifty.support == 5
    for source_id in fifty.sources:
        source = corpus[source_id]
        places = mention_places(fifty, source)
        assert places, source_id
        for paragraph, start, end in places:
            text = source.text[source.segments[paragraph].start:source.segments[paragraph].end]
            assert "50" in text[start:end]


def test_the_dialogs_package_says_what_it_holds():
    """Its docstring names every dialog module (it said "help, export" and held four)."""
    import pkgutil

    from seedreader.ui import dialogs

    names = [m.name for m in pkgutil.iter_modules(dialogs.__path__)]
    assert {"help", "export", "warnings", "text_dialog"} <= set(names)
    for name in names:
        assert name in dialogs.__doc__, name


# ----- the facts panel's look is in app.tcss ---------------------------------------------------

def _conflict_marks(facts):
    """The ≠ marks the facts list draws on screen, as (foreground, bold) of each."""
    from textual.color import Color

    out = []
    for y in range(facts.size.height):
        for segment in facts.render_line(y):
            if segment.text.strip() == "≠":
                out.append((Color.from_rich_color(segment.style.color).hex.lower(),
                            bool(segment.style.bold)))
    return out


def _restyled(app, css: str):
    app.stylesheet.add_source(css, read_from=("test", "restyle"))
    app.refresh_css(animate=False)


@sync
async def test_the_facts_panel_is_styled_by_app_tcss_component_classes():
    """Its conflict mark, values and labels are component classes (facts-panel--...): a rule
    for one changes what the panel draws (they were style strings in Python, out of CSS's
    reach)."""
    from seedreader.ui.widgets.facts_panel import FactList, FactsPanel

    async with running(size=(160, 48)) as (app, pilot):
        await settle(pilot)
        panel = app.screen.query_one(FactsPanel)
        facts = panel.query_one(FactList)
        error = app.theme_variables["reader-error"].lower()
        marks = _conflict_marks(facts)
        assert marks and set(marks) == {(error, True)}  # as before: the error colour, bold
        _restyled(app, "FactsPanel#facts > .facts-panel--conflict-mark { color: #00ff00; "
                       "text-style: none; }")
        await settle(pilot)
        assert set(_conflict_marks(facts)) == {("#00ff00", False)}
        detail = str(panel.query_one("#facts-detail").render())
        assert "held by" in detail


@sync
async def test_the_facts_panel_takes_a_new_theme_s_colours():
    """Its styles are read once and baked into the rows: a theme changed at run time draws
    them anew (the ≠ in the new theme's error colour, the cursor row's dots as before)."""
    from seedreader.ui.widgets.facts_panel import FactList

    async with running(size=(160, 48), config=Config(theme="textual-dark")) as (app, pilot):
        await settle(pilot)
        facts = app.screen.query_one(FactList)
        dark = app.theme_variables["reader-error"].lower()
        assert set(_conflict_marks(facts)) == {(dark, True)}
        app.theme = "textual-light"
        await settle(pilot)
        light = app.theme_variables["reader-error"].lower()
        assert light != dark
        assert set(_conflict_marks(facts)) == {(light, True)}
        assert facts.highlighted is not None


# ----- the keymap: checked against one list, outside the help dialog ---------------------------

def test_every_declared_binding_id_is_remappable():
    """Each id a reader binding declares (export-cancel was declared and then refused as "no
    binding called…") is one a config's keymap may name; the list is ui.keymap's."""
    from textual.binding import Binding

    from seedreader.ui.dialogs import export
    from seedreader.ui.keymap import all_binding_ids, checked

    declared = {b.id for b in export.ExportDialog.BINDINGS if isinstance(b, Binding) and b.id}
    assert "export-cancel" in declared <= all_binding_ids()
    accepted, notices = checked({"export-cancel": "ctrl+g", "swap": "x", "no-such-key": "y"})
    assert accepted == {"export-cancel": "ctrl+g", "swap": "x"}
    assert len(notices) == 1 and "'no-such-key'" in notices[0]


@sync
async def test_the_export_dialog_s_cancel_key_can_be_remapped():
    from seedreader.ui.dialogs.export import ExportDialog

    config = Config(keymap={"export-cancel": "ctrl+g"}, theme="textual-dark")
    async with running(config=config, size=(120, 40)) as (app, pilot):
        await settle(pilot)
        assert not any("keymap" in n.message for n in app._notifications)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("escape")  # no longer its key
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        await pilot.press("question_mark")  # the help names the new key
        await settle(pilot)
        text = str(app.screen.query_one("#help-text").render())
        line = next(li for li in text.splitlines() if "without writing a file" in li)
        assert line.split()[0] == "^g"


# ----- the bars' and the source list's looks are in app.tcss too --------------------------------

def _drawn(widget, text: str):
    """(foreground, bold, dim) of each segment on screen in ``widget`` whose text is ``text``."""
    from textual.color import Color

    out = []
    for y in range(widget.size.height):
        for segment in widget.render_line(y):
            if segment.text.strip() == text:
                style = segment.style
                out.append((Color.from_rich_color(style.color).hex.lower(), bool(style.bold),
                            bool(style.dim)))
    return out


@pytest.mark.parametrize("where, part, text, colour", [
    ("status_bar.StatusBar", "#topbar > .status-bar--brand", "seedreader", "reader-accent"),
    ("compare_header.CompareHeader", "#compare-header > .compare-header--side", "L",
     "reader-accent"),
    ("keys_bar.KeysBar", " > .keys-bar--key", "?", None),  # (a link: in the links' colour)
])
@sync
async def test_the_bars_are_styled_by_app_tcss_component_classes(where, part, text, colour):
    """The status bar's brand, the compare header's L and the keys bar's keys are drawn as
    before (in their colour, bold), and a rule for their component class changes them."""
    module, name = where.split(".")
    widget_type = getattr(importlib.import_module(f"seedreader.ui.widgets.{module}"), name)

    def drawn():
        return [(fg if colour else None, bold, dim) for fg, bold, dim in _drawn(widget, text)]

    async with running(size=(160, 48)) as (app, pilot):
        await settle(pilot)
        widget = app.screen.query_one(widget_type)
        before = app.theme_variables[colour].lower() if colour else None
        assert drawn() == [(before, True, False)]
        words = str(widget.render())
        _restyled(app, f"Screen {name}{part} {{ color: #00ff00; text-style: italic; }}")
        await settle(pilot)
        assert drawn() == [("#00ff00" if colour else None, False, False)]
        assert str(widget.render()) == words  # the same line, restyled


@sync
async def test_the_source_list_is_styled_by_app_tcss_component_classes():
    """Its numbers and details are component classes; the marks' colour (L, R, the bar) stays
    the accent computed per row (test_ui_colors)."""
    from seedreader.ui.widgets.source_list import SourceList

    async with running(size=(160, 48)) as (app, pilot):
        await settle(pilot)
        rows = app.screen.query_one(SourceList)
        assert {dim for _, _, dim in _drawn(rows, "1")} == {True}  # as before
        _restyled(app, "SourceList#sources > .source-list--number { color: #00ff00; "
                       "text-style: bold; }")
        await settle(pilot)
        assert _drawn(rows, "1") == [("#00ff00", True, False)]
        left = rows.get_option_at_index(rows.corpus.index(rows.left_id)).prompt
        assert "bold $reader-accent" in {s.style for s in left.spans}  # its L mark


@sync
async def test_a_new_theme_restyles_the_bars_and_the_source_list():
    from seedreader.ui.widgets.compare_header import CompareHeader
    from seedreader.ui.widgets.source_list import SourceList
    from seedreader.ui.widgets.status_bar import StatusBar

    async with running(size=(160, 48), config=Config(theme="textual-dark")) as (app, pilot):
        await settle(pilot)
        bar, header = app.screen.query_one(StatusBar), app.screen.query_one(CompareHeader)
        rows = app.screen.query_one(SourceList)
        dark = app.theme_variables["reader-accent"].lower()
        numbers = _drawn(rows, "1")
        app.theme = "textual-light"
        await settle(pilot)
        light = app.theme_variables["reader-accent"].lower()
        assert light != dark
        assert _drawn(bar, "seedreader") == [(light, True, False)]
        assert _drawn(header, "L") == [(light, True, False)]
        assert len(_drawn(rows, "1")) == len(numbers) == 1 and _drawn(rows, "1")[0][2]


@pytest.mark.parametrize("dialog, text_id, part, text, colour", [
    ("help", "#help-text", "HelpScreen > .help--group", "Comparison", "reader-accent"),
    ("warnings", "#warnings-text", "WarningsScreen > .warnings--bullet", "•",
     "reader-warning"),
    ("export", "#export-heading", "ExportDialog > .export-dialog--verb", "Export", None),
])
@sync
async def test_the_dialogs_are_styled_by_app_tcss_component_classes(dialog, text_id, part, text,
                                                                     colour):
    from seedreader.ui.dialogs.warnings import WarningsScreen

    async with running(size=(160, 48)) as (app, pilot):
        await settle(pilot)
        if dialog == "warnings":
            app.push_screen(WarningsScreen(["a.txt: skipped (empty)"]))
        else:
            await pilot.press("question_mark" if dialog == "help" else "e")
        await settle(pilot)
        widget = app.screen.query_one(text_id)

        def drawn():
            return [(fg if colour else None, bold) for fg, bold, _ in _drawn(widget, text)]

        before = app.theme_variables[colour].lower() if colour else None
        assert drawn() == [(before, colour != "reader-warning")]  # as before (the bullet: plain)
        words = str(widget.render())
        _restyled(app, f"{part} {{ color: #00ff00; text-style: italic; }}")
        await settle(pilot)
        assert drawn() == [("#00ff00" if colour else None, False)]
        assert str(widget.render()) == words
