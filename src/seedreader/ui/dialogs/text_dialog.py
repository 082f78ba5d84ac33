"""A framed, scrollable text over the reader (the help, the load warnings)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class TextDialog(ModalScreen[None]):
    """Subclasses give the text, its title, the line under it and the keys that close it."""

    TEXT_ID = "dialog-text"
    FOOT = ""

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll():
                yield Static(self._content(), id=self.TEXT_ID)
            yield Static(self.FOOT, classes="dialog-foot")

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = self.heading()

    def heading(self) -> str:
        raise NotImplementedError

    def _content(self) -> Content:
        raise NotImplementedError

    def action_dismiss(self) -> None:
        self.dismiss(None)
