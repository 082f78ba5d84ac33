"""Text from articles (titles, ids, facts, quotes) made safe to show on one line.

Everything a source says is shown as plain text: never parsed as markup, and with control
characters replaced by visible ones, even if it did not come through the loader's cleaning.
"""

from __future__ import annotations

from textual.content import Content

from .compare_rows import displayable


def shown(text: object) -> str:
    """One line: control characters made visible, runs of whitespace as one space."""
    return " ".join(displayable(str(text)).split())


def label(text: object, style: str = "") -> Content:
    """Article text as Content, never markup."""
    return Content.styled(shown(text), style) if style else Content(shown(text))
