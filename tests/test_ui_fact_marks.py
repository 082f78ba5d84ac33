"""A fact highlighted in the comparison keeps the marks of the words under it: inserted text stays
underlined, deleted text struck through, unchanged text neither, in every theme and without
colour (NO_COLOR), so a highlighted "50%" still says whether the other source has it."""

from __future__ import annotations

import pytest
from ui_support import quiet_textual, running, settle, sync, write_corpus

from seedreader import load_corpus
from seedreader.config import Config
from seedreader.ui.widgets.compare_view import CompareView

__all__ = ["quiet_textual"]

LEFT = "Officials said 12 people were killed on Tuesday and 300 homes lost power in the storm.\n"
RIGHT = ("Officials said 12 people were killed on Tuesday, including a 50% rise in road deaths, "
         "and homes lost power in the storm.\n")


async def fact_styles(app, pilot) -> dict[tuple[str, str], object]:
    """The style each highlighted word is drawn in, by (side, word)."""
    view = app.screen.query_one(CompareView)
    unit = next(i for i, u in enumerate(view.units) if u.left and u.right)
    left, right = view.units[unit].left, view.units[unit].right
    marks = {"left": [], "right": []}
    for name, side, words in (("left", left, ("12", "300")), ("right", right, ("12", "50%"))):
        for word in words:
            start = side.text.index(word)
            paragraph, offset = side.locate(start)
            marks[name].append((paragraph, offset, offset + len(word)))
    view.highlight(marks["left"], marks["right"])
    await settle(pilot)
    styles = {}
    for y in range(view.size.height):
        x = 0
        for segment in view.render_line(y):
            for name, words in (("left", ("12", "300")), ("right", ("12", "50%"))):
                if segment.text in words and (x < view.size.width // 2) == (name == "left"):
                    styles[(name, segment.text)] = segment.style
            x += len(segment.text)
    return styles


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-light", "ansi-dark"])
@pytest.mark.parametrize("no_color", [False, True])
@sync
async def test_a_highlighted_fact_keeps_the_marks_of_its_words(tmp_path, monkeypatch, theme,
                                                              no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    folder = write_corpus(tmp_path / "c", {"a.txt": LEFT, "b.txt": RIGHT})
    async with running(load_corpus(folder), config=Config(theme=theme)) as (app, pilot):
        assert app.no_color == no_color
        styles = await fact_styles(app, pilot)
        assert set(styles) == {("left", "12"), ("left", "300"), ("right", "12"),
                               ("right", "50%")}
        inserted, deleted = styles[("right", "50%")], styles[("left", "300")]
        same = [styles[("left", "12")], styles[("right", "12")]]
        assert inserted.underline and not inserted.strike
        assert deleted.strike and not deleted.underline
        for style in same:  # unchanged: the fact's mark only, neither of the others
            assert not style.underline and not style.strike and style.bold
        if no_color:  # no colour to see the fact by: it is reversed
            assert all(s.reverse for s in (inserted, deleted, *same))
