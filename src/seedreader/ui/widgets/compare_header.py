"""The line above the comparison naming the source of each column, aligned with the columns."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.widget import Widget

from ...models import Corpus
from ..clip import clip_distinct, first_fitting
from ..part_styles import StyledParts
from ..source_labels import byline_items, listed_title, position
from .compare_view import GUTTER, SCROLLBAR, SEPARATOR, CompareView, column_width


class CompareHeader(StyledParts, Widget):
    """Styled in app.tcss (the compare-header--* component classes)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "compare-header--current",  # the bar before the current column's label
        "compare-header--side",  # L, R
        "compare-header--number",  # the source's number in the list
        "compare-header--muted",  # outlet · date
        "compare-header--separator",  # │ between the columns
    }

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.pair: tuple[str, str] = ("", "")
        self.side = "left"

    def show(self, left: str, right: str, side: str) -> None:
        if ((left, right), side) != (self.pair, self.side):
            self.pair, self.side = (left, right), side
            self.refresh()  # one line, always: no layout pass

    def _view_width(self) -> int:
        """The comparison's text width, as it says (it changes with the panels shown)."""
        view = next(iter(self.parent.query(CompareView)), None) if self.parent else None
        if view is not None:
            return view.text_width()
        return max(0, self.size.width - SCROLLBAR)  # the comparison is not mounted yet

    def _label(self, role: str, source_id: str, width: int, current: bool,
               beside: str = "") -> Content:
        """One column's label; ``beside``: the other column's title (a cut that leaves both
        alike shows where they differ)."""
        if source_id not in self.corpus:
            return Content(" " * width)
        source = self.corpus[source_id]
        head = Content.assemble(("▌" if current else " ", ".compare-header--current"),
                                (f"{role} ", ".compare-header--side"),
                                (f"{position(self.corpus, source_id)} ", ".compare-header--number"))
        title = listed_title(self.corpus, source)
        details = byline_items(source)
        # Whole items: the date goes first, then the outlet, then the title's last words.
        text = first_fitting(
            [Content.assemble(head, title, ("  " + " · ".join(details[:n]), ".compare-header--muted"))
             for n in range(len(details), 0, -1)]
            + [Content.assemble(head, title),
               Content.assemble(head, clip_distinct(title, [beside],
                                                    max(1, width - head.cell_length)))],
            width)
        return text.pad_right(max(0, width - text.cell_length))

    def render(self) -> Content:
        total = self._view_width()
        left_width = GUTTER + column_width(total)
        right_width = max(0, total - left_width - SEPARATOR)
        left, right = self.pair
        titles = [listed_title(self.corpus, self.corpus[i]) if i in self.corpus else ""
                  for i in self.pair]
        return Content.assemble(
            self._label("L", left, left_width, self.side == "left", titles[1]),
            (" │", ".compare-header--separator"),
            self._label("R", right, right_width, self.side == "right", titles[0]),
        )
