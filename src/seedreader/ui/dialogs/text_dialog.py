"""A framed, scrollable text over the reader (the help, the load warnings)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..part_styles import StyledParts
from ..widgets.keys_bar import KeysBar


def hanging(head: Content, text: str, indent: int, width: int, *,
            break_on_hyphens: bool = False) -> list[Content]:
    """``text`` wrapped in ``width`` cells, hanging from ``head`` (a bullet, keys): its first line
    after head padded to ``indent`` cells, the others ``indent`` cells in; head on a line of its
    own when it is wider. The padding after head takes head's style; the text is plain (never
    markup)."""
    wrapped = textwrap.wrap(text, max(1, width - indent), break_on_hyphens=break_on_hyphens) or [""]
    lines = []
    if head.cell_length > indent:
        lines.append(head)
        head = head.extend_right(indent)[len(head.plain):]  # the indent alone, in head's style
    lines.append(Content.assemble(head.extend_right(indent - head.cell_length), wrapped[0]))
    lines.extend(Content(" " * indent + line) for line in wrapped[1:])
    return lines


class _Wrapped(Static):
    """A text wrapped to its own width, again whenever that changes (a resize; the scrollbar
    appearing once the text is taller than the dialog)."""

    def __init__(self, wrap: Callable[[int], Content], text_id: str) -> None:
        super().__init__(id=text_id)
        self._wrap = wrap
        self._width = 0

    def on_resize(self) -> None:
        width = self.content_region.width
        if width and width != self._width:
            self._width = width
            self.update(self._wrap(width))


class TextDialog(StyledParts, ModalScreen[None]):
    """Subclasses give the text (wrapped to the width it is shown in, again on every resize), its
    title, and the binding that closes it (BINDINGS[0]), which the line under the text names with
    the user's keys: 'esc, q or w closes this list'. The text's styles are the subclass's
    component classes, in app.tcss."""

    TEXT_ID = "dialog-text"
    CLOSES = ""  # what the closing keys do: "closes this list"

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll():
                yield _Wrapped(self._content, self.TEXT_ID)
            yield Static(self.foot(), classes="dialog-foot", markup=False)
        yield KeysBar()  # this dialog's keys, over the reader's

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = self.heading()

    def foot(self) -> str:
        from ..keymap import key_names

        keys = key_names(self.app, self.BINDINGS[0]).split()
        spoken = keys[0] if len(keys) == 1 else f"{', '.join(keys[:-1])} or {keys[-1]}"
        return f"{spoken} {self.CLOSES}"

    def heading(self) -> str:
        raise NotImplementedError

    def _content(self, width: int) -> Content:
        raise NotImplementedError

    def action_dismiss(self) -> None:
        self.dismiss(None)
