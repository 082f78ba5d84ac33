"""Every warning about the corpus read (files skipped, repaired, re-decoded), on demand.

The loader's warnings quote file names and INDEX.md rows: article-derived text, shown as plain
text with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding
from textual.content import Content

from ...export.common import counted
from ..safe import display_line
from .text_dialog import TextDialog, hanging


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
    COMPONENT_CLASSES: ClassVar[set[str]] = {"warnings--bullet"}

    def __init__(self, warnings: Sequence[str]) -> None:
        super().__init__()
        self.warnings = tuple(warnings)

    def heading(self) -> str:
        return f"{counted(len(self.warnings), 'warning')} about the corpus"

    def _content(self, width: int) -> Content:
        """One bullet per warning, its wrapped lines indented under the bullet's text."""
        bullet = Content.styled(BULLET, ".warnings--bullet")
        return Content("\n").join(
            line for warning in self.warnings
            for line in hanging(bullet, display_line(warning), len(BULLET), max(12, width)))
