"""The top line: which two sources are compared, how alike, where the cursor is, the tally.

Too narrow a terminal loses whole items, least useful first, never half of one.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from textual.content import Content
from textual.widgets import Static

from ...export.common import counted, percent
from ...models import Comparison, Corpus
from ..clip import first_fitting
from ..part_styles import StyledParts
from ..source_labels import position

GAP = "   "


class StatusBar(StyledParts, Static):
    """Styled in app.tcss (the status-bar--* component classes)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status-bar--brand",  # "seedreader"
        "status-bar--side",  # L, R before the sources' numbers
        "status-bar--arrow",  # ⇄ between them
        "status-bar--muted",  # the number of sources, of facts
        "status-bar--pending",  # "comparing…"
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._items: dict[str, Content] = {}
        self._shown: Content | None = None

    def show(self, corpus: Corpus, left: str, right: str, comparison: Comparison | None,
             differences: tuple[int, ...], cursor: int, facts=None) -> None:
        side, muted = ".status-bar--side", ".status-bar--muted"
        items = {
            "brand": Content.styled("seedreader", ".status-bar--brand"),
            "pair": Content.assemble(("L ", side), f"{position(corpus, left)}",
                                     ("  ⇄  ", ".status-bar--arrow"), ("R ", side),
                                     f"{position(corpus, right)}"),
            "sources": Content.styled(f"of {counted(len(corpus), 'source')}", muted),
        }
        if comparison is not None:
            similarity = percent(comparison.similarity)
            items["similarity"] = Content(f"similarity {similarity}")
            if differences:
                n = bisect_left(differences, cursor)
                here = n < len(differences) and differences[n] == cursor
                items["where"] = Content(f"difference {n + 1} of {len(differences)}" if here
                                         else f"difference {len(differences)} in all")
            else:
                items["where"] = Content("no differences")
        else:
            items["where"] = Content.styled("comparing…", ".status-bar--pending")
        if facts is not None:
            conflicts = counted(len(facts.conflicts), "conflict")
            items["facts"] = Content.styled(f"{len(facts.facts)} facts, {conflicts}", muted)
            items["conflicts"] = Content.styled(conflicts, muted)  # "facts" when narrow
        self._items = items
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def on_show(self) -> None:
        # Back from under a maximized panel: no resize is sent (its size is the one before),
        # but what it shows may have changed meanwhile (fitted then to no width: the widest).
        self._fit()

    def _fit(self) -> None:
        width = self.content_region.width
        if not width and self._shown is not None:
            return  # hidden (a panel maximized): fitted when shown again
        content = fitted(self._items, width)
        if content != self._shown:  # one line, always: no layout pass
            self._shown = content
            self.update(content, layout=False)


# The line's versions, widest first: each gives up the least useful item left.
LINES = [("brand", "pair", "sources", "similarity", "where", "facts"),
         ("brand", "pair", "similarity", "where", "facts"),
         ("pair", "similarity", "where", "facts"),
         ("pair", "similarity", "where", "conflicts"),  # the count of facts goes first
         ("pair", "where", "conflicts"),
         ("pair", "where")]


def fitted(items: dict[str, Content], width: int) -> Content:
    """The items that fit in ``width`` cells, least useful ones dropped first."""
    return first_fitting([Content(GAP).join(items[name] for name in line if name in items)
                          for line in LINES], width)
