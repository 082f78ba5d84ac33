"""Every warning about the corpus read (files skipped, repaired, re-decoded), on demand.

The loader's warnings quote file names and INDEX.md rows: article-derived text, shown as plain
text with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.content import Content

from ..safe import label
from .text_dialog import TextDialog


def summary(warnings: Sequence[str], key: str) -> str:
    """One notice for them all: a stack of toasts would cover a small terminal."""
    n = len(warnings)
    return (f"{n} warnings while reading the articles (files skipped or repaired): "
            f"press {key} to read them")


class WarningsScreen(TextDialog):
    BINDINGS = [
        Binding("escape,q,w", "dismiss", "Close", id="warnings-close"),
    ]
    TEXT_ID = "warnings-text"
    FOOT = "escape, q or w closes this list"

    def __init__(self, warnings: Sequence[str]) -> None:
        super().__init__()
        self.warnings = tuple(warnings)

    def heading(self) -> str:
        n = len(self.warnings)
        return f"{n} warning{'s' * (n != 1)} about the corpus"

    def _content(self) -> Content:
        if not self.warnings:
            return Content.styled("Every file was read without a warning.", "italic")
        return Content("\n").join(Content.assemble(("• ", "$warning"), label(warning))
                                  for warning in self.warnings)
