"""The help dialog: every key, grouped by where it works, with the user's keymap applied."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content

from .text_dialog import TextDialog, hanging

# Keys that come from Textual's own widgets, described for people rather than by action name.
BUILT_IN = {
    "Comparison": [("↑ ↓ pgup pgdn home end", "scroll both columns together")],
    "Sources": [("↑ ↓", "move in the list")],
    "Facts": [("↑ ↓", "select a fact: its mentions are highlighted in both columns")],
    "Search bar": [("escape", "close the search bar and clear the highlights")],
    "Everywhere": [("ctrl+p", "command palette: every action by name"),
                   ("ctrl+q", "quit")],
}


def binding_groups() -> list[tuple[str, list[Binding]]]:
    """The reader's bindings, grouped by the panel they belong to."""
    from ..screens.main import MainScreen
    from ..widgets.compare_view import CompareView
    from ..widgets.facts_panel import FactList
    from ..widgets.find_bar import FindInput
    from ..widgets.source_list import SourceList
    from .warnings import WarningsScreen

    return [
        ("Everywhere", list(MainScreen.BINDINGS)),
        ("Comparison", list(CompareView.BINDINGS)),
        ("Sources", list(SourceList.BINDINGS)),
        ("Facts", list(FactList.BINDINGS)),
        ("Search bar", list(FindInput.BINDINGS)),
        ("Dialogs", list(HelpScreen.BINDINGS) + list(WarningsScreen.BINDINGS)),
    ]


def all_binding_ids() -> set[str]:
    return {b.id for _, bindings in binding_groups() for b in bindings if b.id}


def key_names(app, binding: Binding) -> str:
    """How the keys of ``binding`` read now (after the user's keymap)."""
    keys = getattr(app, "keymap", {}).get(binding.id, binding.key) if binding.id else binding.key
    return " ".join(app.get_key_display(binding.with_key(k.strip())) for k in keys.split(","))


def key_of(app, binding_id: str) -> str:
    """How the keys of the reader's binding ``binding_id`` read now (for a message)."""
    for _, bindings in binding_groups():
        for binding in bindings:
            if binding.id == binding_id:
                return key_names(app, binding)
    raise KeyError(binding_id)


KEYS = 16  # width of the key column


def _row(keys: str, what: str, width: int) -> list[Content]:
    """One key and its description, wrapped under the description column (2 cells spare)."""
    head = Content.styled(f"  {keys}", "bold")
    return hanging(head, what, KEYS, max(KEYS + 20, width - 2), break_on_hyphens=True)


class HelpScreen(TextDialog):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close",
                tooltip="close this help"),
    ]
    TEXT_ID = "help-text"
    CLOSES = "closes this help"

    def heading(self) -> str:
        return "Keys"

    def _content(self, width: int) -> Content:
        lines: list[Content] = [Content.styled(
            "seedreader compares two sources side by side: paired paragraphs on one row, "
            "deleted words struck through (left, -), inserted words underlined (right, +), "
            "moved paragraphs marked ↕.", "italic")]
        for group, bindings in binding_groups():
            lines.append(Content(""))
            lines.append(Content.styled(group, "bold $reader-accent"))
            rows = [(key_names(self.app, b), b.tooltip or b.description) for b in bindings]
            rows += BUILT_IN.get(group, [])
            for keys, what in rows:
                lines.extend(_row(keys, what, width))
        return Content("\n").join(lines)
