"""A misquote (the same remark with a word changed) in the reader: the facts list, the detail and
the conflict notice show the words that differ, in quotation marks, not the common start."""

from __future__ import annotations

from textual.geometry import Region
from ui_support import quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.ui.widgets.facts_panel import FactsPanel

__all__ = ["quiet_textual"]

LONG = ("“These new tariffs on Canadian steel are something our government will {},” the "
        "minister said.")


def corpus(tmp_path, template=LONG, words=("accept", "reject")):
    return load_corpus(write_corpus(tmp_path / "misquote", {
        "a.txt": f"Minister on tariffs\n\n{template.format(words[0])}",
        "b.txt": f"Minister on tariff plan\n\n{template.format(words[1])}",
    }))


def shown(widget) -> list[str]:
    """The lines a widget shows on screen (cut to its height)."""
    width, height = widget.size
    return [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, width, height))]


@sync
async def test_a_misquote_at_the_end_of_a_long_quote_shows_its_own_words(tmp_path):
    async with running(corpus(tmp_path), size=(120, 30)) as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        rows = [str(panel.fact_list.get_option_at_index(i).prompt).split("\n")[0]
                for i in range(panel.fact_list.option_count)]
        assert len(rows) == 2 and rows[0] != rows[1]
        assert "accept”" in rows[0] and "reject”" in rows[1]  # in quotation marks
        assert all("“…" in row for row in rows)  # the common start is left out, and says so
        await pilot.press("tab", "tab")
        await settle(pilot)
        detail = " ".join(shown(panel.query_one("#facts-detail")))
        assert "reject”" in detail  # the other quote, on screen: where it differs
        await pilot.press("escape", "N")
        await settle(pilot)
        notice = app._notifications and list(app._notifications)[-1].message
        assert notice.startswith("“…something our government will accept” in 1 (left) ≠ "
                                 "“…something our government will reject” in 2 (right)"), notice
        assert "“accept” against “reject”" in notice  # what changed, as the tally says


@sync
async def test_a_short_misquote_is_shown_whole(tmp_path):
    words = ("will never accept", "will accept")
    async with running(corpus(tmp_path, "“We {} these tariffs,” he said.", words), size=(160, 48)) \
            as (app, pilot):
        panel = app.screen.query_one(FactsPanel)
        rows = [str(panel.fact_list.get_option_at_index(i).prompt).split("\n")[0]
                for i in range(panel.fact_list.option_count)]
        assert rows[0].endswith("“We will never accept these tariffs”")
        assert rows[1].endswith("“We will accept these tariffs”")
        await pilot.press("N")
        await settle(pilot)
        notice = list(app._notifications)[-1].message
        assert notice.startswith("“We will never accept these tariffs” in 1 (left) ≠ "
                                 "“We will accept these tariffs” in 2 (right)"), notice
