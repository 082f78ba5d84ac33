"""The line above the comparison naming the source of each column, aligned with the columns."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...models import Corpus
from ..safe import label, shown
from .compare_view import GUTTER, SEPARATOR, column_width


class CompareHeader(Static):
    DEFAULT_CSS = """
    CompareHeader { height: 1; background: $panel; }
    """

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.pair: tuple[str, str] = ("", "")
        self.side = "left"
        self.view_width = 0
        self._shown = False

    def show(self, left: str, right: str, side: str, view_width: int) -> None:
        state = ((left, right), side, view_width)
        if state == (self.pair, self.side, self.view_width) and self._shown:
            return
        self.pair, self.side, self.view_width = state
        self._shown = True
        self.update(self._content(), layout=False)  # one line, always: no layout pass

    def _label(self, role: str, source_id: str, width: int, current: bool) -> Content:
        if source_id not in self.corpus:
            return Content(" " * width)
        position = self.corpus.ids.index(source_id) + 1
        source = self.corpus[source_id]
        details = " · ".join(shown(d) for d in (source.outlet, source.published) if d)
        text = Content.assemble(
            ("▌" if current else " ", "$accent"),
            (f"{role} ", "bold $accent"),
            (f"{position} ", "bold"),
            label(source.title or source.id),
            (f"  {details}" if details else "", "dim"),
        )
        text = text.truncate(width, ellipsis=True)
        return text.pad_right(max(0, width - text.cell_length))

    def _content(self) -> Content:
        total = self.view_width or self.size.width
        cw = column_width(total)
        left_width = GUTTER + cw
        right_width = max(0, total - left_width - SEPARATOR)
        left, right = self.pair
        return Content.assemble(
            self._label("L", left, left_width, self.side == "left"),
            (" │", "dim"),
            self._label("R", right, right_width, self.side == "right"),
        )
