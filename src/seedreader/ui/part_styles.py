"""Styles for the parts of the text a widget builds (a fact's value, a label, a conflict mark),
read from app.tcss: each part is a component class (``facts-panel--value``...), as CompareView's
are, so the look of the reader is all in app.tcss.

A widget that builds Content (a list's prompts, a line of items) bakes the styles into it: when
the CSS or the theme changes (the widget's styles are updated), the styles are read again and,
if one changed, ``restyle`` draws the widget's text anew. Colours computed in Python (a mark on
a list's highlighted row, see ui.contrast) stay theme variables ("$reader-accent-on-cursor"),
which Content resolves itself.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """The component class ``name`` of ``widget`` as a Content style: only what app.tcss sets
    (a part without a colour keeps the colour of the text around it)."""
    styles = widget.get_component_styles(name)
    text = styles.text_style
    return Style(styles.background if styles.has_rule("background") else None,
                 styles.color if styles.has_rule("color") else None,
                 bold=text.bold, dim=text.dim, italic=text.italic, underline=text.underline,
                 reverse=text.reverse, strike=text.strike)


class StyledParts:
    """For a widget (put before its Textual base class) whose text is styled by its component
    classes, PARTS_OF + "--" + a part's name; COMPONENT_CLASSES lists them."""

    PARTS_OF: ClassVar[str] = ""  # the component classes' prefix: "facts-panel"
    _parts: dict[str, Style] | None = None  # the styles read (per widget, made on first use)
    _parts_checked = False  # a check of the styles read is due

    def part(self: Any, name: str) -> Style:
        """The style of the part ``name`` (the component class PARTS_OF--name)."""
        if self._parts is None:
            self._parts = {}
        style = self._parts.get(name)
        if style is None:
            style = self._parts[name] = component_style(self, f"{self.PARTS_OF}--{name}")
        return style

    def notify_style_update(self: Any) -> None:
        super().notify_style_update()
        if self._parts and not self._parts_checked:
            # The widget's own styles are new; its component classes are set after them (by
            # the same CSS pass): compare once that pass is over.
            self._parts_checked = True
            self.call_later(self._check_parts)

    def _check_parts(self: Any) -> None:
        self._parts_checked = False
        before, self._parts = self._parts, None
        if before and self.is_mounted and any(self.part(n) != s for n, s in before.items()):
            self.restyle()

    def restyle(self) -> None:
        """Draw the widget's text again with the parts' new styles."""
        self.refresh()
