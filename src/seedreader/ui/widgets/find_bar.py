"""The search bar under the comparison: type, enter to find; ``>``/``<`` step through matches."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class FindInput(Input):
    """The query; the keys bar shows that enter ends typing (escape is the screen's)."""

    BINDINGS = [Binding("enter", "submit", "Find", id="find-submit",
                        tooltip="finish typing; > and < step through the matches")]


class FindBar(Horizontal):
    """Hidden until ``/``; the screen closes it (escape) and clears the search."""

    class Submitted(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def compose(self) -> ComposeResult:
        yield Label("find")
        yield FindInput(placeholder="text to find in both articles", id="find-input")
        yield Label("", id="find-count")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def open(self) -> None:
        self.add_class("-open")
        self.screen.set_focus(self.input)  # at once: the next keys typed are the query

    def close(self) -> None:
        self.remove_class("-open")

    def set_status(self, text: str) -> None:
        """What the count label says: ``3/10``, ``no matches``, ``enter to search``…"""
        self.query_one("#find-count", Label).update(text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value))
