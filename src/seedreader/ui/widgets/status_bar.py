"""The top line: which two sources are compared, how alike and how much of each the other has,
where the cursor is, the tally.

Too narrow a terminal loses whole items, least useful first, never half of one.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import partial
from typing import ClassVar

from textual.content import Content
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from ...export.common import counted, percent
from ...models import Comparison, Corpus
from ...overlap import Overlap, overlap
from ..clip import first_fitting
from ..compare_rows import LAZY_CHARS
from ..part_styles import StyledParts
from ..source_labels import position

GAP = "   "
KEPT = 24  # overlaps kept (as many as the reader keeps comparisons: main.CACHE)


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
        self._comparison: Comparison | None = None  # the one shown
        # The last ones measured, by the comparison's id (kept with it, so the id stays its):
        # ] and [ back and forth do not measure again in a worker racing the repaint.
        self._overlaps: dict[int, tuple[Comparison, Overlap]] = {}
        self._measuring: tuple[Comparison, Worker] | None = None  # a worker's, while it runs

    def show(self, corpus: Corpus, left: str, right: str, comparison: Comparison | None,
             differences: tuple[int, ...], cursor: int, facts=None,
             changes: tuple[int, int, int] | None = None) -> None:
        """``changes``: where the view is among the changes of the current paragraph when it
        is taller than the view (``CompareView.changes_in_view``)."""
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
            shared = self._shared(comparison)
            if shared is not None:
                items["overlap"] = overlap_item(shared)
            if differences:
                n = bisect_left(differences, cursor)
                here = n < len(differences) and differences[n] == cursor
                where = (f"difference {n + 1} of {len(differences)}" if here
                         else f"difference {len(differences)} in all")
                if here and changes is not None:
                    where += " · " + changes_item(*changes)
                items["where"] = Content(where)
            else:
                items["where"] = Content("no differences")
        else:
            items["where"] = Content.styled("comparing…", ".status-bar--pending")
        if facts is not None:
            conflicts = counted(len(facts.conflicts), "conflict")
            items["facts"] = Content.styled(f"{len(facts.facts)} facts, {conflicts}", muted)
            items["conflicts"] = Content.styled(conflicts, muted)  # "facts" when narrow
        self._comparison = comparison
        self._items = items
        self._fit()

    def _shared(self, comparison: Comparison) -> Overlap | None:
        """How much of each side the other has: at once for a short pair, else measured in a
        worker (a second for a 2 MB pair) and shown when ready (None until then)."""
        known = self._overlaps.get(id(comparison))
        if known is not None and known[0] is comparison:
            return known[1]
        if len(comparison.left.text) + len(comparison.right.text) < LAZY_CHARS:
            return self.measured(comparison, overlap(comparison))
        if self._measuring is None or self._measuring[0] is not comparison:
            # (not again on each key while it is measured)
            worker = self.run_worker(partial(_measured, comparison), thread=True,
                                     exclusive=True, group="overlap", exit_on_error=False)
            self._measuring = (comparison, worker)
        return None

    def measured(self, comparison: Comparison, shared: Overlap) -> Overlap:
        """Keep ``comparison``'s overlap (the last ``KEPT`` measured)."""
        self._overlaps.pop(id(comparison), None)
        self._overlaps[id(comparison)] = (comparison, shared)
        while len(self._overlaps) > KEPT:
            del self._overlaps[next(iter(self._overlaps))]
        return shared

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "overlap" or event.worker.node is not self:
            return
        event.stop()
        if event.state not in (WorkerState.SUCCESS, WorkerState.CANCELLED, WorkerState.ERROR):
            return
        if self._measuring is not None and self._measuring[1] is event.worker:
            self._measuring = None
        if event.state != WorkerState.SUCCESS:
            return  # for another pair, or failed: no figure rather than a wrong one
        comparison, shared = event.worker.result
        self.measured(comparison, shared)
        if comparison is self._comparison and "similarity" in self._items:
            self._items["overlap"] = overlap_item(shared)
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


def changes_item(first: int, after: int, total: int) -> str:
    """Which of the ``total`` changes of a paragraph taller than the view are on screen
    (``first`` to ``after``, 0-based, ``after`` not; equal when none: ``first`` above)."""
    if after - first == 1:
        return f"change {first + 1} of {total} in it"
    if after > first:
        return f"changes {first + 1}–{after} of {total} in it"
    if first == 0:
        return f"{counted(total, 'change')} in it, " + ("below" if total == 1 else "the first below")
    if first == total:
        return f"{counted(total, 'change')} in it, " + ("above" if total == 1 else "all above")
    return f"between changes {first} and {first + 1} of {total} in it"


def _measured(comparison: Comparison) -> tuple[Comparison, Overlap]:
    return comparison, overlap(comparison)


def overlap_item(shared: Overlap) -> Content:
    """"47% of L in R · 99% of R in L": the share of each side's words the other has word for
    word (a press release against the story that copied it), as the line's L and R name them."""
    return Content(f"{percent(shared.left_share)} of L in R · {percent(shared.right_share)} of R in L")


# The line's versions, widest first: each gives up the least useful item left.
LINES = [("brand", "pair", "sources", "similarity", "overlap", "where", "facts"),
         ("brand", "pair", "similarity", "overlap", "where", "facts"),
         ("pair", "similarity", "overlap", "where", "facts"),
         ("pair", "similarity", "overlap", "where", "conflicts"),  # (100 columns: QA)
         # the shares of each side give way before the tally of facts
         ("brand", "pair", "sources", "similarity", "where", "facts"),
         ("brand", "pair", "similarity", "where", "facts"),
         ("pair", "similarity", "where", "facts"),
         ("pair", "similarity", "where", "conflicts"),  # the count of facts goes first
         ("pair", "where", "conflicts"),
         ("pair", "where")]


def fitted(items: dict[str, Content], width: int) -> Content:
    """The items that fit in ``width`` cells, least useful ones dropped first."""
    return first_fitting([Content(GAP).join(items[name] for name in line if name in items)
                          for line in LINES], width)
