"""The text the reader builds names its parts' component classes (".facts-panel--value"), which
Textual resolves when it draws: a new theme redraws the same text, built once (the lists are not
refilled, the bars not rebuilt), and a CSS rule for a part still changes what is drawn."""

from __future__ import annotations

from ui_support import quiet_textual, running, settle, sync

from seedreader.config import Config

__all__ = ["quiet_textual"]


def _styles(content) -> set[str]:
    return {str(span.style) for span in content.spans}


@sync
async def test_a_new_theme_draws_the_same_text_again_without_building_it_anew():
    from seedreader.ui.widgets.facts_panel import FactList
    from seedreader.ui.widgets.source_list import SourceList
    from seedreader.ui.widgets.status_bar import StatusBar

    async with running(size=(160, 48), config=Config(theme="textual-dark")) as (app, pilot):
        await settle(pilot)
        facts, rows = app.screen.query_one(FactList), app.screen.query_one(SourceList)
        bar = app.screen.query_one(StatusBar)
        prompts = [[lst.get_option_at_index(i).prompt for i in range(lst.option_count)]
                   for lst in (facts, rows)]
        line = bar.visual
        assert ".facts-panel--value" in set().union(*map(_styles, prompts[0]))
        assert ".source-list--number" in set().union(*map(_styles, prompts[1]))
        assert ".status-bar--brand" in _styles(line)
        app.theme = "textual-light"
        await settle(pilot)
        assert [[lst.get_option_at_index(i).prompt for i in range(lst.option_count)]
                for lst in (facts, rows)] == prompts
        assert all(a is b for old, lst in zip(prompts, (facts, rows), strict=True)
                   for i, a in enumerate(old) for b in [lst.get_option_at_index(i).prompt]
                   if i != lst.highlighted)  # (the highlighted rows are redrawn on focus)
        assert bar.visual is line


@sync
async def test_the_current_facts_filter_is_drawn_bold_and_reversed():
    # (reverse is added in Python: Textual does not read a component class's reverse)
    from seedreader.ui.widgets.facts_panel import FactsPanel

    def drawn(panel, word):
        line = panel.query_one("#facts-filters")
        return [s.style for s in line.render_line(0) if s.text.strip() == word]

    async with running(size=(160, 48)) as (app, pilot):
        await settle(pilot)
        panel = app.screen.query_one(FactsPanel)
        assert panel.filter == "all"
        (current,) = drawn(panel, "all")
        assert current.bold and current.reverse
        (other,) = drawn(panel, "quotes")
        assert other.underline and not other.reverse
