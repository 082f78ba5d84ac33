"""The bottom line: the keys that matter now (those of the focused panel first).

One Static redrawn when the bindings change, instead of Textual's Footer, which mounts a widget
per key and made up a fifth of the reader's first paint.
"""

from __future__ import annotations

import re
from typing import ClassVar

from textual.content import Content
from textual.widgets import Static

from ..clip import first_fitting
from ..part_styles import StyledParts

_CLICKABLE = re.compile(r"^[\w+-]+$")
GAP = "  "


class KeysBar(StyledParts, Static):
    """Styled in app.tcss (the keys-bar--* component classes)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keys-bar--key",  # a key's name
        "keys-bar--disabled",  # a key that does nothing here now, with its description
    }

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self.show_keys)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self.show_keys)

    def on_resize(self) -> None:
        self.show_keys()

    def show_keys(self) -> None:
        if not self.is_attached:  # a dialog's bar, called after the dialog closed
            return
        parts: list[tuple[Content, bool]] = []
        seen: set[str] = set()
        palette = None
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                palette = binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            parts.append((self._key(binding, enabled), enabled))
        last = [self._key(palette, True, "palette")] if palette is not None else []
        self.update(fitted(parts, last, self.content_region.width))

    def _key(self, binding, enabled: bool, description: str | None = None) -> Content:
        key = Content.styled(self.app.get_key_display(binding), ".keys-bar--key")
        text = Content.assemble(key, " ", description or binding.description)
        if not enabled:
            return text.stylize(".keys-bar--disabled")
        if _CLICKABLE.match(binding.key):
            return text.stylize(f"@click=app.simulate_key('{binding.key}')")
        return text


def fitted(parts: list[tuple[Content, bool]], last: list[Content], width: int) -> Content:
    """Every key (enabled or not) and then ``last`` (the palette, where every action is) if they
    fit in ``width`` cells; else as many of the keys that work now as fit, whole and in order,
    with ``last`` if it still fits."""
    gap = Content(GAP)
    enabled = [part for part, on in parts if on]
    kept = [enabled[:n] for n in range(len(enabled), -1, -1)]
    return first_fitting([gap.join([part for part, _ in parts] + last)]
                         + [gap.join(keys + last) for keys in kept]
                         + [gap.join(keys) for keys in kept], width)
