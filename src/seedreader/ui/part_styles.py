"""Styles for the parts of the text a widget builds (a fact's value, a label, a conflict mark),
read from app.tcss: each part is a component class (``facts-panel--value``...), as CompareView's
are, so the look of the reader is all in app.tcss.

A widget's Content names the class in its spans' style, ``(value, ".facts-panel--value")``:
Textual resolves it when the text is drawn (Widget._get_style, the nearest widget that declares
the class), so a new theme needs nothing. Colours computed in Python (a mark on a list's
highlighted row, see ui.contrast) stay theme variables ("$reader-accent-on-cursor"), which
Content resolves itself. One gap: a class's ``reverse`` is not read (get_visual_style drops it),
so a reversed part adds "reverse" to its span itself.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import OptionList


class StyledParts:
    """For a widget (put before its Textual base class) whose component classes style text it
    or its children show: when the CSS changes (the widget's styles are updated), that text is
    drawn again, as Textual redraws nothing whose own styles stayed the same."""

    def notify_style_update(self: Any) -> None:
        super().notify_style_update()
        if not self.is_mounted:
            return
        for widget in (self, *self.query("*")):
            if isinstance(widget, OptionList):
                widget._clear_caches()  # its rows' render cache knows the list's style only
            else:
                widget.refresh()
