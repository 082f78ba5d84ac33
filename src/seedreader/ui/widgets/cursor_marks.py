"""A list whose rows draw marks (support dots, L and R, a similarity bar) in the accent, and on
the highlighted row in a colour that reads on the cursor (ui.contrast), which itself changes
with the list's focus: the rows the cursor leaves and reaches, and the highlighted row when the
focus comes or goes, are drawn again."""

from __future__ import annotations

from typing import Any

from textual.content import Content

from ..contrast import cursor_accent


class CursorMarks:
    """For an OptionList (put before it): ``row_prompt(index, accent)`` makes a row's prompt
    with its marks in ``accent`` (None: the row is not to be drawn now)."""

    def row_prompt(self, index: int, accent: str) -> Content | None:
        raise NotImplementedError

    def row_accent(self: Any, index: int) -> str:
        """The colour of a row's marks: the accent, on the highlighted row one that reads on the
        cursor (a light theme's darkened accent is as dark as its cursor)."""
        return cursor_accent(self.has_focus) if index == self.highlighted else "$reader-accent"

    def redraw_rows(self: Any, *indices: int) -> None:
        """New prompts for these rows only (the list is not rebuilt)."""
        for index in indices:
            if 0 <= index < self.option_count:
                prompt = self.row_prompt(index, self.row_accent(index))
                if prompt is not None:
                    self.replace_option_prompt_at_index(index, prompt)

    def watch_highlighted(self: Any, old: int | None, new: int | None) -> None:
        super().watch_highlighted(new)
        self.redraw_rows(*sorted({old, new} - {None}))

    def watch_has_focus(self: Any, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        if self.highlighted is not None:
            self.redraw_rows(self.highlighted)
