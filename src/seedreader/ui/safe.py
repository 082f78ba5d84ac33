"""Text from articles (titles, ids, facts, quotes) made safe to show on one line.

Everything a source says is shown as plain text: never parsed as markup, and with control
characters replaced by visible ones, even if it did not come through the loader's cleaning
(``sanitize.display_table``: what the loader would remove; right-to-left marks stay).
"""

from __future__ import annotations

from textual.content import Content

from .compare_rows import displayable


def display_line(text: object) -> str:
    """One line as the reader displays it: control characters made visible, runs of whitespace
    as one space. (``sanitize.shown`` removes them instead, for quoting a name in a warning.)"""
    return " ".join(displayable(str(text)).split())


def error_line(error: BaseException, limit: int = 200) -> str:
    """What went wrong, for a notice or a status line: one line, not too long."""
    return (" ".join(str(error).split()) or type(error).__name__)[:limit].rstrip()


def label(text: object, style: str = "") -> Content:
    """Article text as Content, never markup."""
    return Content.styled(display_line(text), style) if style else Content(display_line(text))
