"""A framed, scrollable text over the reader (the help, the load warnings)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class TextDialog(ModalScreen[None]):
    """Subclasses give the text, its title, and the binding that closes it (BINDINGS[0]), which
    the line under the text names with the user's keys: 'esc, q or w closes this list'."""

    TEXT_ID = "dialog-text"
    CLOSES = ""  # what the closing keys do: "closes this list"

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll():
                yield Static(self._content(), id=self.TEXT_ID)
            yield Static(self.foot(), classes="dialog-foot", markup=False)

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = self.heading()

    def foot(self) -> str:
        from .help import key_names

        keys = key_names(self.app, self.BINDINGS[0]).split()
        spoken = keys[0] if len(keys) == 1 else f"{', '.join(keys[:-1])} or {keys[-1]}"
        return f"{spoken} {self.CLOSES}"

    def heading(self) -> str:
        raise NotImplementedError

    def _content(self) -> Content:
        raise NotImplementedError

    def action_dismiss(self) -> None:
        self.dismiss(None)
