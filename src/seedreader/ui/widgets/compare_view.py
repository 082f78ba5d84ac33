"""Two articles side by side in aligned rows: one ScrollView that renders only the lines on screen.

Rows are pre-wrapped for both columns (compare_rows.lay_out); a row is found by bisecting the
first rows of the units; rendered strips are cached until the width, the theme or the highlights
change. Article text only ever becomes Segments: never markup, never control codes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import Worker, WorkerState

from ...models import Comparison
from ..compare_rows import Layout, Locator, Prepared, SideName, Unit, lay_out
from ..safe import error_line
from .search_fold import Folded

GUTTER = 2  # cursor bar + change marker, before each column
SEPARATOR = 2  # " │" between the columns
SCROLLBAR = 2  # the vertical scrollbar's width


def terminal_color_system(app) -> str | None:
    """The colours the terminal shows ("standard": 16, "256", "truecolor"); None when there is
    no terminal (headless: screenshots are drawn in true colour, whatever TERM says)."""
    return None if app.is_headless else app.console.color_system


def few_colors(color_system: str | None) -> bool:
    """Whether the terminal shows 16 colours (or 8): tints of the theme all round to one grey."""
    return color_system in ("standard", "windows")


def column_width(total: int) -> int:
    """Width of one text column when the view is ``total`` cells wide."""
    return max(8, (total - 2 * GUTTER - SEPARATOR) // 2)


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was in a pair: the current paragraph and its row on screen."""

    pair: tuple[str, str]  # (left id, right id)
    side: SideName
    paragraph: int  # the current column's first paragraph in the unit
    row_on_screen: int  # the unit's first row minus the top row shown
    match: tuple[SideName, int, int] | None = None  # the current match: side, paragraph, offset


@dataclass(frozen=True, slots=True)
class Spot:
    """A place in the comparison: a unit, one of its sides, a character offset in that side."""

    unit: int
    side: SideName
    offset: int = 0


class CompareView(ScrollView, can_focus=True):
    """The comparison of two sources."""

    COMPONENT_CLASSES = {
        "compare-view--delete",
        "compare-view--insert",
        "compare-view--left-only",
        "compare-view--right-only",
        "compare-view--moved",
        "compare-view--marker-delete",
        "compare-view--marker-insert",
        "compare-view--marker-moved",
        "compare-view--cursor",
        "compare-view--separator",
        "compare-view--fact",
        "compare-view--match",
        "compare-view--match-current",
        "compare-view--note",
    }

    BINDINGS = [
        Binding("left", "side('left')", "Left column", show=False, id="left-column",
                tooltip="make the left column current (for copy)"),
        Binding("right", "side('right')", "Right column", show=False, id="right-column",
                tooltip="make the right column current (for copy)"),
        Binding("j", "step_unit(1)", "Next paragraph", show=False, id="next-paragraph",
                tooltip="next paragraph (row of the comparison)"),
        Binding("k", "step_unit(-1)", "Previous paragraph", show=False,
                id="previous-paragraph", tooltip="previous paragraph"),
    ]

    class CursorMoved(Message):
        """The current paragraph (unit) or column changed."""

        def __init__(self, view: CompareView, unit: int, side: SideName) -> None:
            super().__init__()
            self.view = view
            self.unit = unit
            self.side = side

    class LayoutChanged(Message):
        """New rows are on screen (a new comparison, or wrapped for a new width)."""

    class ChangesShown(Message):
        """Other changes of a block taller than the view are on screen (``changes_in_view``)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.comparison: Comparison | None = None
        self.units: tuple[Unit, ...] = ()
        self.differences: tuple[int, ...] = ()  # indices of the units that are not "same"
        self.prepared: Prepared | None = None
        self.locator = Locator({}, {})
        self.wrapped: Layout | None = None
        self.cursor = 0
        self.side: SideName = "left"
        # The column last chosen (a key, a click, a match): j and k keep to it past rows only the
        # other column has (QA: after one, j stayed in the other column and k did not come back).
        self.wanted: SideName | None = None  # (none chosen yet: the column the cursor is in)
        self.placeholder = "Comparing…"
        self._cache: LRUCache[tuple, Strip] = LRUCache(2048)
        self._styles: dict[str, Style] = {}
        self._facts: dict[tuple[int, str], list[tuple[int, int]]] = {}
        self._matches: list[tuple[int, str, int, int]] = []
        self._match_index: dict[tuple[int, str], list[tuple[int, int]]] = {}
        self._current_match = -1
        self._folded: dict[tuple[int, str], Folded] = {}  # each side's text folded for search
        self.query_text = ""
        self._pending: Spot | None = None
        self._pending_top = False
        self._pending_row: int | None = None  # where the cursor's unit goes on screen (a swap)
        self._place: Place | None = None  # kept through clear(), for the pair swapped
        self._laid_for = (0, 0)  # the text region's size the rows were last placed for
        self._keys: dict[str, str] = {}
        self._change_rows: tuple[Layout | None, int, tuple[int, ...]] = (None, -1, ())
        self._changes_shown: tuple[int, int, int] | None = None  # changes_in_view, as posted

    def on_mount(self) -> None:
        if few_colors(terminal_color_system(self.app)):
            self.add_class("-few-colors")  # app.tcss: the palette's colours, not tints

    # ----- data in -------------------------------------------------------------------------

    def show(self, prepared: Prepared) -> None:
        """Show a comparison, prepared (and maybe wrapped) by a worker."""
        comparison = prepared.comparison
        same_pair = (self.comparison is not None
                     and (self.comparison.left.id, self.comparison.right.id)
                     == (comparison.left.id, comparison.right.id))
        place = self._where() or self._place
        self._place = None
        self.prepared = prepared
        self.comparison = comparison
        self.units = prepared.units
        self.differences = prepared.differences
        self.locator = prepared.locator
        self.wrapped = None
        self._facts = {}
        self._folded = {}
        self.cursor = min(self.cursor, max(0, len(self.units) - 1)) if same_pair else 0
        swapped = (not same_pair and place is not None
                   and place.pair == (comparison.right.id, comparison.left.id))
        if swapped:  # the same blocks, sides flipped: the same paragraph, in its new column
            side: SideName = "right" if place.side == "left" else "left"
            unit = self.locator.find(side, place.paragraph)
            if unit is not None:
                self.cursor, self.side = unit, side
                if self.wanted is not None:
                    self.wanted = "right" if self.wanted == "left" else "left"
                self._pending_row = place.row_on_screen
            swapped = unit is not None
        if not same_pair and not swapped:
            self._pending_top = True
        if self.query_text:
            current = self._current_match
            self._run_search(self.query_text, keep_position=False)
            if same_pair:  # the same matches
                self._current_match = current if current < len(self._matches) else -1
            elif swapped and place.match is not None:  # the same occurrence, in its new column
                self._current_match = self._match_at(place.match)
            elif self._matches:  # a new pair: its first match at or after the place
                self.step_match(1, from_cursor=True)
        layout = prepared.layout
        if layout is not None and layout.units is self.units and layout.width == self._width():
            self._apply_layout(layout)
        else:
            self.relayout()

    def _where(self) -> Place | None:
        """The reader's place in the pair shown, if it is laid out."""
        unit, layout, comparison = self.current, self.wrapped, self.comparison
        if unit is None or comparison is None or layout is None or layout.units is not self.units:
            return None
        name: SideName = self.side if unit.side(self.side) is not None else (
            "left" if unit.left is not None else "right")
        match = None
        if 0 <= self._current_match < len(self._matches):
            m_unit, m_side, start, _ = self._matches[self._current_match]
            match = (m_side, *self.units[m_unit].side(m_side).locate(start))
        return Place((comparison.left.id, comparison.right.id), name, unit.side(name).paragraphs[0],
                     layout.tops[self.cursor] - round(self.scroll_y), match)

    def clear(self, placeholder: str) -> None:
        """Show a message instead of a comparison (while one is being computed)."""
        self._place = self._where() or self._place
        self.placeholder = placeholder
        self.comparison = None
        self.units = ()
        self.differences = ()
        self.prepared = None
        self.wrapped = None
        self.locator = Locator({}, {})
        self.virtual_size = Size(self.size.width, 0)
        self._cache.clear()
        self.refresh()

    def set_key_names(self, keys: dict[str, str]) -> None:
        """Display names of keys the notes mention (binding id -> key), after a keymap change."""
        self._keys = keys
        self._cache.clear()
        self.refresh()

    # ----- layout ----------------------------------------------------------------------------

    def text_width(self) -> int:
        """The width of the comparison's text (both columns, their gutters and the separator):
        measured once it is on screen; before that, or while a narrow screen shows a sidebar
        panel in its place, the width it will have: a narrow screen's whole width (less the
        scrollbar: the comparison is shown alone), else the screen's less the sidebar's."""
        if self.scrollable_content_region.width:
            return self.scrollable_content_region.width
        screen = self.screen
        return max(20, screen.size.width - (SCROLLBAR if screen.has_class("-narrow") else 40))

    def _width(self) -> int:
        """One text column's width."""
        return column_width(self.text_width())

    def relayout(self) -> None:
        if not self.units:
            self.wrapped = None
            self.refresh()
            return
        if not self.scrollable_content_region.width:
            self.call_after_refresh(self.relayout)  # not laid out on screen yet
            return
        width = self._width()
        if self.prepared is not None and not self.prepared.is_long:
            self._apply_layout(lay_out(self.units, width))
        else:
            self.run_worker(partial(lay_out, self.units, width), thread=True, exclusive=True,
                            group="layout", exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "layout" or event.worker.node is not self:
            return
        event.stop()
        if event.state == WorkerState.SUCCESS:
            layout = event.worker.result
            if layout.units is self.units:
                if layout.width == self._width():
                    self._apply_layout(layout)
                else:  # resized meanwhile
                    self.relayout()
        elif event.state == WorkerState.ERROR:
            self.notify(f"could not lay out the comparison: {error_line(event.worker.error)}",
                        severity="error")

    def _apply_layout(self, layout: Layout) -> None:
        keep = self._anchor()
        self.wrapped = layout
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, layout.rows)
        self._laid_for = self._region_size()
        if self._pending is not None:
            spot, self._pending = self._pending, None
            self.jump(spot)
        elif self._pending_row is not None:
            row, self._pending_row = self._pending_row, None
            top = max(0, layout.tops[self.cursor] - row)
            self.scroll_to(y=self._top_showing(top, self.cursor), animate=False, immediate=True)
            self.post_message(self.CursorMoved(self, self.cursor, self.side))
        elif self._pending_top:
            self._pending_top = False
            self.scroll_to(y=0, animate=False, immediate=True)
            self._set_cursor(0, self.wanted)
        elif keep is not None:  # re-wrapped for a new width: the same place, the cursor in view
            unit, share = keep  # as far into a tall paragraph as before
            top = layout.tops[unit] + int(share * layout.height(unit))
            self.scroll_to(y=self._top_showing(top, self.cursor), animate=False, immediate=True)
        self.refresh()
        self.post_message(self.LayoutChanged())

    def _anchor(self) -> tuple[int, float] | None:
        """The unit at the top of the view and how far into it the view starts (a share of its
        rows), to keep them there when the rows are re-wrapped."""
        layout = self.wrapped
        if layout is None or layout.units is not self.units:
            return None
        top = round(self.scroll_y)
        unit = layout.unit_at(top)
        return unit, max(0, top - layout.tops[unit]) / max(1, layout.height(unit))

    def screen_row(self, spot: Spot) -> int | None:
        """The screen line that shows ``spot`` now; None if it is not laid out or not in view."""
        row = self.row_of(spot) if 0 <= spot.unit < len(self.units) else None
        if row is None:
            return None
        region = self.scrollable_content_region
        y = row - round(self.scroll_y)
        return region.y + y if 0 <= y < region.height else None

    def _region_size(self) -> tuple[int, int]:
        region = self.scrollable_content_region
        return region.width, region.height

    def _top_showing(self, top: int, unit: int, row: int | None = None) -> int:
        """The first row to show so that ``unit`` is in view, ``top`` if it is already: the
        whole unit when it fits (with up to two rows above it), else its ``row`` (by default
        its first). Used by every move of the place: keys, jumps, a resize."""
        layout, height = self.wrapped, self.scrollable_content_region.height
        if layout is None or not 0 <= unit < len(self.units) or height <= 0:
            return top
        start = layout.tops[unit]
        last = max(start, layout.tops[unit + 1] - 2)  # its last text row (a blank row follows)
        tall = last - start + 1
        if tall <= height:
            if top <= start and last < top + height:
                return top
            return max(0, start - min(2, height - tall))
        if row is None:
            if start < top + height and last >= top:
                return top  # it fills the view: the reader's place in it stays
            row = start
        if top <= row < top + height - 1:
            return top
        return max(0, row - 2)

    def on_resize(self) -> None:
        layout = self.wrapped
        if layout is None or layout.units is not self.units:
            return
        self._resized(layout)
        self._post_changes_shown()

    def _resized(self, layout: Layout) -> None:
        if layout.width != self._width():
            self.relayout()  # _apply_layout keeps the current paragraph in view
        elif self._pending is not None and self.scrollable_content_region.height:
            self._laid_for = self._region_size()
            spot, self._pending = self._pending, None
            self.jump(spot)  # a jump made while hidden
        elif self._laid_for != self._region_size():  # taller or shorter: the same rows
            self._laid_for = self._region_size()
            top = round(self.scroll_y)
            target = self._top_showing(top, self.cursor)
            if target != top:
                self.scroll_to(y=target, animate=False, immediate=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    # ----- moving about ----------------------------------------------------------------------

    @property
    def current(self) -> Unit | None:
        return self.units[self.cursor] if 0 <= self.cursor < len(self.units) else None

    def _set_cursor(self, unit: int, side: SideName | None = None) -> None:
        """``side``: the column asked for (kept as the one wanted when the unit has it)."""
        asked = side
        side = side or self.side
        if self.units:
            u = self.units[unit]
            if u.side(side) is None:  # a one-sided unit: the column that has text
                side = "left" if u.left else "right"
            elif asked is not None:
                self.wanted = asked
        changed = (unit, side) != (self.cursor, self.side)
        self.cursor, self.side = unit, side
        if changed:
            self.refresh()
            self.post_message(self.CursorMoved(self, unit, side))

    def jump(self, spot: Spot, *, scroll: bool = True) -> None:
        """Make ``spot`` current and bring its row into view (later, if not laid out yet)."""
        if self.wrapped is None or self.wrapped.units is not self.units:
            self._pending = spot
            return
        self._set_cursor(spot.unit, spot.side)
        if scroll:
            if not self.scrollable_content_region.height:
                self._pending = spot  # hidden (a narrow screen's sidebar): scrolled when shown
                return
            top = round(self.scroll_y)
            row = self.wrapped.row_of(spot.unit, spot.side, spot.offset)
            target = self._top_showing(top, spot.unit, row)
            if target != top:
                self.scroll_to(y=target, animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        layout = self.wrapped
        if layout is None or not self.units or self._pending is not None:
            return
        if self._laid_for != self._region_size():
            # Being resized (rows placed for the old size until re-wrapped, in a worker for a
            # long pair): the rows move under the reader, who has not scrolled.
            return
        top, height = round(new_value), self.scrollable_content_region.height
        start, end = layout.tops[self.cursor], layout.tops[self.cursor + 1] - 1
        if end <= top or start >= top + height:
            # The current paragraph scrolled out of view: the one on screen becomes current.
            self._set_cursor(self._unit_on_screen(layout, top, height), self.wanted)
        self._post_changes_shown()

    def _post_changes_shown(self) -> None:
        """Tell the screen when the changes of the current block on screen are others than
        last told (``changes_in_view``): on a scroll, and when the view gets its size (a
        jump made while it had none: no scroll, no cursor move, yet a tall block now shows)."""
        shown = self.changes_in_view()
        if shown != self._changes_shown:
            self._changes_shown = shown
            self.post_message(self.ChangesShown())

    @staticmethod
    def _unit_on_screen(layout: Layout, top: int, height: int) -> int:
        """The paragraph a reader looking at rows [top, top + height) is reading: the first
        whose first row is on screen, else the one covering the top (taller than the view)."""
        unit = layout.unit_at(top)
        if layout.tops[unit] < top and unit + 1 < len(layout.units) \
                and layout.tops[unit + 1] < top + height:
            unit += 1
        return unit

    # ----- the changes of a block taller than the view -------------------------------------

    def _is_tall(self, unit: int) -> bool:
        """Whether ``unit``'s text is taller than the view (its changes may be out of sight)."""
        layout, height = self.wrapped, self.scrollable_content_region.height
        return (layout is not None and layout.units is self.units and height > 0
                and 0 <= unit < len(self.units) and layout.height(unit) - 1 > height)

    def change_rows(self, unit: int) -> tuple[int, ...]:
        """The row where each change of ``unit`` starts (its first side's, when both have
        some of it), in the order of ``Unit.changes``."""
        layout = self.wrapped
        if layout is None or layout.units is not self.units or not 0 <= unit < len(self.units):
            return ()
        known = self._change_rows
        if known[0] is layout and known[1] == unit:
            return known[2]
        u = self.units[unit]
        rows = tuple(sorted(
            min(layout.row_of(unit, name, offset) for name, offset in (("left", a), ("right", b))
                if offset >= 0 and u.side(name) is not None) for a, b in u.changes
            if (a >= 0 and u.left is not None) or (b >= 0 and u.right is not None)))
        self._change_rows = (layout, unit, rows)
        return rows

    def changes_in_view(self) -> tuple[int, int, int] | None:
        """Where the view is among the changes of the current block when it is taller than
        the view: (the first on screen, the one after the last on screen, how many), 0-based;
        the first two equal when none is on screen (how many are above). None for a block
        that fits, or has no changes of its own (one side only)."""
        if not self._is_tall(self.cursor):
            return None
        rows = self.change_rows(self.cursor)
        if not rows:
            return None
        top = round(self.scroll_y)
        return (bisect_left(rows, top),
                bisect_left(rows, top + self.scrollable_content_region.height), len(rows))

    def _step_change(self, delta: int) -> bool:
        """Scroll to the next change (``delta`` 1) of the current block below the view, or the
        previous one (-1) above it, when the block is taller than the view; False if none."""
        shown = self.changes_in_view()
        if shown is None:
            return False
        first, after, _ = shown
        rows = self.change_rows(self.cursor)
        n = after if delta > 0 else first - 1
        if not 0 <= n < len(rows):
            return False
        self._show_row(rows[n])
        return True

    def _show_row(self, row: int) -> None:
        """Scroll ``row`` of the current unit into view, near the top (two rows above it)."""
        top = round(self.scroll_y)
        target = self._top_showing(top, self.cursor, row)
        if target != top:
            self.scroll_to(y=target, animate=False, immediate=True)

    def step(self, delta: int, *, differences_only: bool) -> bool:
        """Move the cursor to the next (``delta`` 1) or previous (-1) unit; False at the end.

        Differences only: the changes of a block taller than the view come first, one by one
        (``_step_change``); going back into one, its last change is shown (if not its first
        screen's), so that n and p reach every change."""
        if differences_only:
            if self._step_change(delta):
                return True
            diffs = self.differences
            n = bisect_right(diffs, self.cursor) if delta > 0 else \
                bisect_left(diffs, self.cursor) - 1
            if not 0 <= n < len(diffs):
                return False
            target = diffs[n]
        else:
            target = self.cursor + delta
            if not 0 <= target < len(self.units):
                return False
        wanted, unit = self.wanted, self.units[target]
        side: SideName = wanted or self.side
        if unit.side(side) is None:
            side = "left" if unit.left else "right"
        self.jump(Spot(target, side))
        self.wanted = wanted  # (a row only the other column has does not change it)
        if differences_only and delta < 0 and self._is_tall(target):
            rows = self.change_rows(target)
            if rows and rows[-1] >= round(self.scroll_y) + self.scrollable_content_region.height:
                self._show_row(rows[-1])
        return True

    def on_click(self, event) -> None:
        """A click makes the paragraph under the pointer, in its column, the current one."""
        layout = self.wrapped
        if layout is None or not self.units:
            return
        row = round(self.scroll_y) + event.y
        if row >= layout.rows:
            return
        side: SideName = "left" if event.x < GUTTER + layout.width + 1 else "right"
        self._set_cursor(layout.unit_at(row), side)

    # Page and end keys jump at once: a reader paging through a long document wants the next
    # page now, not a glide through every row between (the mouse wheel still scrolls smoothly).
    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False)

    def action_step_unit(self, delta: int) -> None:
        if not self.step(delta, differences_only=False):
            self.notify("no more paragraphs", timeout=2)

    def action_side(self, side: SideName) -> None:
        if self.current is not None and self.current.side(side) is None:
            # That column is blank here: the paragraph of that side nearest below.
            for i in range(self.cursor + 1, len(self.units)):
                if self.units[i].side(side) is not None:
                    self.jump(Spot(i, side))
                    return
        self._set_cursor(self.cursor, side)

    def counterpart(self) -> Spot | None:
        unit = self.current
        if unit is None or unit.counterpart is None:
            return None
        other = self.units[unit.counterpart]
        return Spot(unit.counterpart, "left" if other.left else "right")

    def spot_of(self, side: SideName, paragraph: int, offset: int = 0) -> Spot | None:
        """Where character ``offset`` of paragraph ``paragraph`` of one side is shown."""
        unit = self.locator.find(side, paragraph)
        if unit is None:
            return None
        s = self.units[unit].side(side)
        return Spot(unit, side, s.offset_of(paragraph, offset))

    def row_of(self, spot: Spot) -> int | None:
        if self.wrapped is None or self.wrapped.units is not self.units:
            return None
        return self.wrapped.row_of(spot.unit, spot.side, spot.offset)

    def current_text(self) -> tuple[str, str, tuple[int, ...]] | None:
        """The original text of the current paragraph(s) in the current column, the id of its
        source and the paragraphs' indices."""
        unit, comparison = self.current, self.comparison
        if unit is None or comparison is None:
            return None
        side = unit.side(self.side)
        source = comparison.left if self.side == "left" else comparison.right
        if side is None:
            side = unit.left or unit.right
            source = comparison.left if unit.left else comparison.right
        paragraphs = source.paragraphs
        text = "\n\n".join(paragraphs[i] for i in side.paragraphs)
        return text, source.id, side.paragraphs

    # ----- highlights --------------------------------------------------------------------------

    def highlight(self, left: list[tuple[int, int, int]], right: list[tuple[int, int, int]]) -> \
            Spot | None:
        """Mark fact mentions given as (paragraph, start, end) within each side's paragraph.

        Returns the first marked place (None when neither side has one).
        """
        marks: dict[tuple[int, str], list[tuple[int, int]]] = {}
        spots: list[Spot] = []
        for side, items in (("left", left), ("right", right)):
            for paragraph, start, end in items:
                unit = self.locator.find(side, paragraph)
                if unit is None:
                    continue
                base = self.units[unit].side(side).offset_of(paragraph, 0)
                marks.setdefault((unit, side), []).append((base + start, base + end))
                spots.append(Spot(unit, side, base + start))
        for ranges in marks.values():
            ranges.sort()
        self._facts = marks
        self._cache.clear()
        self.refresh()
        if not spots:
            return None
        order = {"left": 0, "right": 1}
        return min(spots, key=lambda s: (self.row_of(s) or 0, s.unit, order[s.side], s.offset))

    def search(self, query: str) -> int:
        """Highlight every match of ``query`` as a person searches (case, accents, quote styles
        and ligatures ignored: search_fold); jump to the first one below."""
        self.query_text = query
        count = self._run_search(query, keep_position=True)
        return count

    def _run_search(self, query: str, *, keep_position: bool) -> int:
        self._matches, self._match_index, self._current_match = [], {}, -1
        if query:
            folded = self._folded
            for i, unit in enumerate(self.units):
                for name, side in (("left", unit.left), ("right", unit.right)):
                    if side is None:
                        continue
                    text = folded.get((i, name))
                    if text is None:
                        text = folded[(i, name)] = Folded(side.text)
                    spans = text.find_all(query)
                    if spans:
                        self._matches.extend((i, name, a, b) for a, b in spans)
                        self._match_index[(i, name)] = spans
        self._cache.clear()
        self.refresh()
        if keep_position and self._matches:
            self.step_match(1, from_cursor=True)
        return len(self._matches)

    def _match_at(self, old: tuple[SideName, int, int]) -> int:
        """The index of the match at (side, paragraph, offset) of the swapped pair, or -1."""
        side: SideName = "right" if old[0] == "left" else "left"
        unit = self.locator.find(side, old[1])
        if unit is None:
            return -1
        start = self.units[unit].side(side).offset_of(old[1], old[2])
        return next((i for i, m in enumerate(self._matches) if m[:3] == (unit, side, start)), -1)

    @property
    def match_position(self) -> tuple[int, int]:
        """(current match, 1-based; 0 if none) and how many matches there are."""
        return self._current_match + 1, len(self._matches)

    def step_match(self, delta: int, *, from_cursor: bool = False) -> bool:
        if not self._matches:
            return False
        if from_cursor or self._current_match < 0:
            keys = [(u, 0 if s == "left" else 1) for u, s, _, _ in self._matches]
            i = bisect_left(keys, (self.cursor, 0))
            if delta < 0:
                i -= 1
            i %= len(self._matches)
        else:
            i = (self._current_match + delta) % len(self._matches)
        self._current_match = i
        unit, side, start, _ = self._matches[i]
        self._cache.clear()
        self.jump(Spot(unit, side, start))
        self.refresh()
        return True

    def clear_search(self) -> None:
        self.query_text = ""
        self._run_search("", keep_position=False)

    # ----- rendering ---------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"compare-view--{name}")
        return style

    @property
    def _base(self) -> Style:
        """The widget's own style (Widget.rich_style is costly: it walks the ancestors)."""
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        row = round(self.scroll_y) + y
        layout = self.wrapped
        base = self._base
        if layout is None or layout.units is not self.units:
            if y == 1:
                text = f"  {self.placeholder}"
                return Strip([Segment(text, base + self._style("note"))]).adjust_cell_length(
                    width, base)
            return Strip.blank(width, base)
        if row >= layout.rows:
            return Strip.blank(width, base)
        unit = layout.unit_at(row)
        is_cursor = unit == self.cursor
        key = (row, width, self.side if is_cursor else None)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(layout, unit, row - layout.tops[unit], width, is_cursor)
            self._cache[key] = strip
        return strip

    def _render_row(self, layout: Layout, index: int, line: int, width: int,
                    is_cursor: bool) -> Strip:
        unit = layout.units[index]
        base = self._base
        cw = layout.width
        text_rows = max(len(layout.left_lines[index]), len(layout.right_lines[index]), 1)
        segments: list[Segment] = []
        cells = 0  # known as we go, so the Strip need not measure its segments again
        indented = layout.left_indents and (layout.left_indents[index]
                                            or layout.right_indents[index])
        for name, lines in (("left", layout.left_lines[index]),
                            ("right", layout.right_lines[index])):
            if name == "right":
                segments.append(Segment(" │", self._style("separator")))
                col_width = max(cw, width - GUTTER * 2 - SEPARATOR - cw)
                cells += SEPARATOR
            else:
                col_width = cw
            cells += 1
            side = unit.side(name)
            bar = is_cursor and self.side == name and line < text_rows
            segments.append(Segment("▌", self._style("cursor")) if bar else Segment(" ", base))
            if side is None or line >= len(lines):
                segments.append(Segment(" ", base))
                note = self._note(unit, index, name, line, col_width)
                if note:
                    segments.append(Segment(note, base + self._style("note")))
                    segments.append(Segment(" " * (col_width - cell_len(note)), base))
                else:
                    segments.append(Segment(" " * col_width, base))
                cells += 1 + col_width
                continue
            start, end = lines[line]
            indent = 0
            if indented:  # a preformatted line going on: under its second cell
                indents = (layout.left_indents if name == "left" else layout.right_indents)[index]
                indent = indents.get(line, 0) if indents else 0
            used = self._text_segments(segments, unit, index, name, side.text, start, end,
                                       col_width, line, indent)
            cells += 1 + max(used, col_width)
        if cells == width:
            return Strip(segments, width)
        return Strip(segments).adjust_cell_length(width, base)

    def _note(self, unit: Unit, index: int, name: SideName, line: int, width: int) -> str:
        """What a blank column says beside half of a moved block (its first row only)."""
        if unit.kind != "moved" or unit.counterpart is None or line != 0:
            return ""
        other = self.units[unit.counterpart].side(name)
        if other is None:
            return ""
        arrow = "↓ below" if unit.counterpart > index else "↑ above"
        key = self._keys.get("jump-moved", "m")
        note = f"↕ moved: {name} ¶{other.paragraphs[0] + 1} is {arrow} · {key}"
        return note if cell_len(note) <= width else note[: max(0, width - 1)] + "…"

    def _text_segments(self, out: list[Segment], unit: Unit, index: int, name: SideName,
                       text: str, start: int, end: int, col_width: int, line: int,
                       indent: int = 0) -> int:
        """Append the marker and one wrapped line of a column to ``out`` (``indent`` cells in);
        its width in cells."""
        base = self._base
        if unit.kind == "left_only":
            base, marker, marker_style = base + self._style("left-only"), "-", "marker-delete"
        elif unit.kind == "right_only":
            base, marker, marker_style = base + self._style("right-only"), "+", "marker-insert"
        else:
            marker, marker_style = " ", "marker-delete"
            if unit.kind == "moved":
                base = base + self._style("moved")
        side = unit.side(name)
        layers: list[tuple[list[tuple[int, int]], Style]] = []
        if unit.kind in ("changed", "moved", "same") and side.marks and start < end:
            marks = _overlapping(side.marks, start, end)
            if marks:
                layers.append((marks, self._style("delete" if name == "left" else "insert")))
                marker = "-" if name == "left" else "+"
                marker_style = "marker-delete" if name == "left" else "marker-insert"
        if unit.kind == "moved" and line == 0:
            marker, marker_style = "↕", "marker-moved"
        facts = self._facts.get((index, name))
        if facts:  # few, and they may overlap: no bisecting
            layers.append(([(a, b) for a, b in facts if a < end and b > start],
                           self._style("fact")))
        matches = self._match_index.get((index, name))
        if matches:
            layers.append((_overlapping(matches, start, end), self._style("match")))
            if self._current_match >= 0:
                u, s, ms, me = self._matches[self._current_match]
                if u == index and s == name:
                    layers.append((_overlapping([(ms, me)], start, end),
                                   self._style("match-current")))
        out.append(Segment(marker, self._base + self._style(marker_style)))
        if indent:
            out.append(Segment(" " * indent, base))
        points = {start, end}
        for ranges, _ in layers:
            for a, b in ranges:
                points.add(max(a, start))
                points.add(min(b, end))
        cuts = sorted(points)
        used = indent
        for a, b in pairwise(cuts):
            if a >= b:
                continue
            style = base
            for ranges, layer_style in layers:
                for ra, rb in ranges:
                    if ra <= a < rb:
                        style = style + layer_style
                        break
            piece = text[a:b]
            out.append(Segment(piece, style))
            used += cell_len(piece)
        if used < col_width:
            out.append(Segment(" " * (col_width - used), base))
        return used


def _overlapping(ranges: list[tuple[int, int]] | tuple[tuple[int, int], ...], start: int,
                 end: int) -> list[tuple[int, int]]:
    """Those of the sorted, non-overlapping ``ranges`` that overlap [start, end)."""
    i = bisect_left(ranges, (start, start))
    if i > 0 and ranges[i - 1][1] > start:
        i -= 1
    out = []
    while i < len(ranges) and ranges[i][0] < end:
        if ranges[i][1] > start:
            out.append(ranges[i])
        i += 1
    return out
