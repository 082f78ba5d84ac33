"""Every warning about the corpus read (files skipped, repaired, re-decoded), on demand.

The loader's warnings quote file names and INDEX.md rows: article-derived text, shown as plain
text with control characters made visible.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from ...export.common import counted
from ..safe import display_line, label
from .text_dialog import TextDialog


def summary(warnings: Sequence[str], key: str) -> str:
    """One notice for them all: a stack of toasts would cover a small terminal."""
    n = len(warnings)
    return (f"{n} warnings while reading the articles (files skipped or repaired): "
            f"press {key} to read them")


BULLET = "• "


class WarningsScreen(TextDialog):
    BINDINGS = [
        Binding("escape,q,w", "dismiss", "Close", id="warnings-close",
                tooltip="close the list of warnings"),
    ]
    TEXT_ID = "warnings-text"
    CLOSES = "closes this list"

    def __init__(self, warnings: Sequence[str]) -> None:
        super().__init__()
        self.warnings = tuple(warnings)

    def heading(self) -> str:
        return f"{counted(len(self.warnings), 'warning')} about the corpus"

    def _content(self, width: int = 80) -> Content:
        """One bullet per warning, its wrapped lines indented under the bullet's text."""
        room = max(10, width - len(BULLET))
        items = []
        for warning in self.warnings:
            lines = textwrap.wrap(display_line(warning), room, break_long_words=True,
                                  break_on_hyphens=False) or [""]
            items.append(Content.assemble((BULLET, "$warning"), label(lines[0]), *(
                Content.assemble("\n", " " * len(BULLET), label(line)) for line in lines[1:])))
        return Content("\n").join(items)

    def on_resize(self) -> None:
        text = self.query_one(f"#{self.TEXT_ID}", Static)
        if text.content_region.width:
            text.update(self._content(text.content_region.width))
