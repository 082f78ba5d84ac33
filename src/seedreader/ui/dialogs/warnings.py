"""Every warning about the corpus read (files skipped, repaired, re-decoded), on demand.

The loader's warnings quote file names and INDEX.md rows: article-derived text, shown as plain
text with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..safe import label


def summary(warnings: Sequence[str], key: str) -> str:
    """One notice for them all: a stack of toasts would cover a small terminal."""
    n = len(warnings)
    return (f"{n} warnings while reading the articles (files skipped or repaired): "
            f"press {key} to read them")


class WarningsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,w", "dismiss", "Close", id="warnings-close"),
    ]

    def __init__(self, warnings: Sequence[str]) -> None:
        super().__init__()
        self.warnings = tuple(warnings)

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll():
                yield Static(self._content(), id="warnings-text")
            yield Static("escape, q or w closes this list", id="warnings-foot")

    def on_mount(self) -> None:
        n = len(self.warnings)
        self.query_one(Vertical).border_title = f"{n} warning{'s' * (n != 1)} about the corpus"

    def _content(self) -> Content:
        if not self.warnings:
            return Content.styled("Every file was read without a warning.", "italic")
        return Content("\n").join(Content.assemble(("• ", "$warning"), label(warning))
                                  for warning in self.warnings)

    def action_dismiss(self) -> None:
        self.dismiss(None)
