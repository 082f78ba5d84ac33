"""The help dialog: every key, grouped by where it works (ui.keymap), with the user's keymap
applied."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding
from textual.content import Content
from textual.style import Style

from ..keymap import binding_groups, key_names
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


# What the screen shows, in the words it uses (QA: a newcomer had to guess at the dots and marks).
ON_SCREEN = [
    ("similarity %", ("how much of both texts the pair has in common: each pair of paragraphs "
                      "weighted by how alike they are")),
    ("47% of L in R", ("the share of the left source's words that the right one has word for "
                       "word (and the other way round)")),
    ("L 1  R 2", "the pair shown: the left (L) and right (R) source, by number in the list"),
    ("█▎··  16%", "in the list: how alike each source is to the left one"),
    ("- +", "a paragraph's words deleted (left) or inserted (right); ↕ a paragraph that moved"),
    ("●○○○○ 1/5", "a fact's sources, one dot each in list order (● holds it): 1 of 5 hold it"),
    ("≠", "another source gives a different value for the same thing: a conflict"),
    ("↑", ("a count that rose over time (the toll rising over the day): by the sources' "
           "published times, none gives less than an earlier one; an update, not a conflict")),
    ("≈", ("near values: another source gives another value that a hedge allows as well "
           "(“about 3,400” / “about 3,500”), not a conflict")),
    ("“about” in 3 of 4", "how many of the sources that give the value hedge it"),
    ("context:", "the words the mentions of a fact have around them most often"),
    ("held by 1, 4", "the sources that hold the fact, by number (L, R: the pair shown)"),
    ("in view:", "the columns that show a mention of the fact (highlighted)"),
]

KEYS = 16  # width of the key column


def _row(keys: str, what: str, width: int, style: Style | str = "") -> list[Content]:
    """One key (in ``style``) and its description, wrapped under the description column (2 cells
    spare)."""
    head = Content.styled(f"  {keys}", style)
    return hanging(head, what, KEYS, max(KEYS + 20, width - 2), break_on_hyphens=True)


class HelpScreen(TextDialog):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close",
                tooltip="close this help"),
    ]
    TEXT_ID = "help-text"
    CLOSES = "closes this help"
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "help--intro",  # the first lines: what the reader shows
        "help--group",  # where the keys work: "Comparison", "Facts"...
        "help--keys",  # a binding's keys
    }

    def heading(self) -> str:
        return "Keys"

    def _content(self, width: int) -> Content:
        lines: list[Content] = [Content.styled(
            "seedreader compares two sources side by side: paired paragraphs on one row, "
            "deleted words struck through (left, -), inserted words underlined (right, +), "
            "moved paragraphs marked ↕.", ".help--intro")]
        for group, bindings in binding_groups():
            lines.append(Content(""))
            lines.append(Content.styled(group, ".help--group"))
            rows = [(key_names(self.app, b), b.tooltip or b.description) for b in bindings]
            rows += BUILT_IN.get(group, [])
            for keys, what in rows:
                lines.extend(_row(keys, what, width, ".help--keys"))
        lines += [Content(""), Content.styled("On screen", ".help--group")]
        for shown, what in ON_SCREEN:
            lines.extend(_row(shown, what, width))
        return Content("\n").join(lines)
