"""The list of sources: position, title, outlet and date, length, and closeness to the left one."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...export.common import percent
from ...models import Corpus, Source
from ...textout import display_width
from ..clip import clip_words, distinct_cuts, first_fitting
from ..part_styles import StyledParts
from ..safe import display_line, label
from ..source_labels import listed_title, published_forms
from .cursor_marks import CursorMarks

BAR = 8  # cells of the similarity bar
BAR_MIN = 4  # a bar shorter than this says too little: the rows show the percent alone
OUTLET_CELLS = 8  # an outlet is cut to no fewer cells than this (or its own), to keep the date
_EIGHTHS = " ▏▎▍▌▋▊▉"


def similarity_bar(value: float, width: int = BAR) -> str:
    """A bar of ``width`` cells filled in eighths: 0.62 -> '█████    '."""
    eighths = round(max(0.0, min(1.0, value)) * width * 8)
    full, rest = divmod(eighths, 8)
    bar = "█" * full + (_EIGHTHS[rest] if rest and full < width else "")
    return bar + "·" * (width - len(bar))


def length_label(words: int) -> str:
    return f"{words / 1000:.1f}k words" if words >= 10_000 else f"{words:,} words"


class SourceList(StyledParts, CursorMarks, OptionList):
    """Sources in INDEX.md order; ``l`` makes the highlighted one the left, ``r`` or enter the
    right one. Styled in app.tcss (the source-list--* component classes) but for the colour of
    a row's marks (L, R, the similarity bar), which depends on the row (see CursorMarks)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-list--number",  # a source's number in the list
        "source-list--muted",  # outlet · date · length, "…" (closeness not known yet)
        "source-list--note",  # "the left source"
    }

    BINDINGS = [
        Binding("enter", "select", "Compare", id="pick-and-read",
                tooltip="compare with the highlighted source on the right, then read"),
        Binding("l", "pick('left')", "Set left", id="pick-left",
                tooltip="make the highlighted source the left one"),
        Binding("r", "pick('right')", "Set right", id="pick-right",
                tooltip="make the highlighted source the right one"),
    ]

    class Picked(Message):
        """The user chose a source for one side."""

        def __init__(self, side: str, source_id: str, focus_compare: bool = False) -> None:
            super().__init__()
            self.side = side
            self.source_id = source_id
            self.focus_compare = focus_compare

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.left_id = corpus.ids[0]
        self.right_id = corpus.ids[min(1, len(corpus) - 1)]
        self.similarity: dict[str, float] = {}  # source id -> similarity to the left source
        self._words: dict[str, int] = {}  # counted by a worker (splitting megabytes takes time)
        self._built_width = -1
        self._titles: dict[int, dict[str, str]] = {}  # cells -> title -> as the row shows it
        self._bar = BAR  # cells of every row's bar at the width built (0: none)...
        self._skip = 0  # ...and the longer forms of its date that every row skips

    def on_mount(self) -> None:
        self.rebuild()

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._built_width:
            self.rebuild()

    def set_pair(self, left_id: str, right_id: str) -> None:
        """A new left source rebuilds the list (every closeness changes); a new right one
        redraws only the rows that lose or gain the R mark. The cursor follows the pair to
        the source that changed (the right one if both did), the list scrolling to its row:
        ] to the 17th source, or one picked from the palette, is where the list shows; unless
        the cursor is on the source that changed sides (l on the right one swaps the pair)."""
        if (left_id, right_id) == (self.left_id, self.right_id):
            return
        before = {self.left_id: "L", self.right_id: "R"}
        changed = right_id if right_id != self.right_id else left_id
        if left_id != self.left_id:
            self.similarity = {}
            self.left_id, self.right_id = left_id, right_id
            self.rebuild()
        else:
            old_right, self.right_id = self.right_id, right_id
            self._redraw(old_right, right_id)
        if self.option_count != len(self.corpus) or changed not in self.corpus:
            return
        here = self.highlighted
        if here is not None:
            source_id = self.corpus.sources[here].id
            now = {left_id: "L", right_id: "R"}.get(source_id)
            if now is not None and now != before.get(source_id):
                # The row picked with l or r (it changed sides): the cursor stays on it, so
                # that the next key acts on the same row.
                self.scroll_to_highlight()
                return
        self.highlighted = self.corpus.index(changed)
        self.scroll_to_highlight()

    def set_words(self, words: dict[str, int]) -> None:
        """The length of each source in words (the rows show it once known)."""
        self._words = words
        self._bar, self._skip = self._layout(self._built_width)
        self._redraw(*self.corpus.ids)

    def set_similarity(self, left_id: str, source_id: str, value: float) -> None:
        if left_id == self.left_id and self.similarity.get(source_id) != value:
            self.similarity[source_id] = value
            self._redraw(source_id)

    def _redraw(self, *source_ids: str) -> None:
        """New prompts for the rows of ``source_ids`` only (the list is not rebuilt)."""
        self.redraw_rows(*(self.corpus.index(s) for s in source_ids if s in self.corpus))

    def row_prompt(self, index: int, accent: str) -> Content | None:
        if self.option_count != len(self.corpus):  # not built yet: rebuild() will draw them
            return None
        return self._prompt(index + 1, self.corpus.sources[index], self._built_width, accent)

    def rebuild(self) -> None:
        width = self.scrollable_content_region.width or 40
        self._built_width = width
        self._bar, self._skip = self._layout(width)
        highlighted = self.highlighted
        options = [Option(self._prompt(n, source, width, "$reader-accent"), id=source.id)
                   for n, source in enumerate(self.corpus.sources, 1)]
        self.set_options(options)
        if highlighted is not None and options:
            self.highlighted = min(highlighted, len(options) - 1)
        elif options:
            self.highlighted = self.corpus.index(self.right_id)

    def _prompt(self, position: int, source: Source, width: int, accent: str) -> Content:
        """A source's two lines; ``accent``: the colour of its marks (L, R, the bar). Numbers
        are right-aligned in a column as wide as the last one's, a space after the border."""
        role = ("L" if source.id == self.left_id else " ") + (
            "R" if source.id == self.right_id else " ")
        digits = len(str(len(self.corpus)))
        indent = self._indent()
        head = Content.assemble(
            (f" {position:>{digits}} ", ".source-list--number"),
            (role, f"bold {accent}" if role.strip() else ""),
            " ",
            label(self._title(source, max(4, width - len(indent)))),
        )
        return Content("\n").join([head, self._details(source, width, indent, accent)])

    def _title(self, source: Source, cells: int) -> str:
        """The title cut to ``cells`` so that no two rows look alike: every title's cut at a
        width is made once (the corpus's titles do not change), not once per row drawn."""
        if cells not in self._titles:
            if len(self._titles) >= 8:  # widths of a resize long gone
                self._titles.clear()
            self._titles[cells] = distinct_cuts(
                [listed_title(self.corpus, s) for s in self.corpus.sources], cells, lead=True)
        return self._titles[cells][listed_title(self.corpus, source)]

    def _indent(self) -> str:
        return " " * (len(str(len(self.corpus))) + 5)  # the second line starts under the title

    def _layout(self, width: int) -> tuple[int, int]:
        """(cells of the similarity bar, how many of its longer date forms each row skips) at
        ``width``, one choice for the whole list, so that the bars make one column and the
        dates one form, with no row that drops its bar or shows another form of date while the
        next does not. What gives way first: a longer form of the date (each row's forms,
        longest first: ``published_forms``), then the bar (down to ``BAR_MIN`` cells, then
        none: the percent alone); no outlet is cut for a bar or a longer date (the bar only
        repeats the percent). A row that does not fit even so cuts its own outlet."""
        if width <= 0:
            return BAR, 0
        room = width - len(self._indent()) - 2 - 5  # "  " before the bar, " NN%" after it
        rows = []  # (the outlet and " · " before the date, the date's forms, " · length")
        for source in self.corpus.sources:
            forms = published_forms(self.corpus, source)
            if not forms:
                continue
            outlet = display_width(display_line(source.outlet)) if source.outlet else 0
            words = self._words.get(source.id)
            forms_cells = [display_width(f) for f in forms]
            tail = 3 + len(length_label(words)) if words is not None else 0
            if outlet and outlet + 3 + forms_cells[-1] + tail > room + 2:
                # Too long to fit whole even without a bar (its "  NN%" is 2 cells narrower
                # than the bar's end): cut whatever the bar, so it counts as cut as far as it
                # may be, and takes no bar from the rows that fit.
                outlet = min(OUTLET_CELLS, outlet)
            rows.append((outlet + 3 if outlet else 0, forms_cells, tail))

        def widest(skip: int) -> int:
            return max((head + forms[min(skip, len(forms) - 1)] + tail
                        for head, forms, tail in rows), default=0)

        deepest = max((len(forms) - 1 for _, forms, _ in rows), default=0)
        bar = min(BAR, room - widest(deepest))
        if bar < BAR_MIN:
            bar = 0
        skip = next(d for d in range(deepest + 1) if d == deepest or widest(d) + bar <= room)
        return bar, skip

    def _details(self, source: Source, width: int, indent: str,
                 accent: str = "$reader-accent") -> Content:
        """The second line: outlet · date · length, then the closeness to the left source."""
        outlet = display_line(source.outlet) if source.outlet else ""
        dates = published_forms(self.corpus, source)
        dates = dates[min(self._skip, len(dates) - 1):]
        date = dates[0] if dates else ""
        words = self._words.get(source.id)
        length = length_label(words) if words is not None else ""
        if source.id == self.left_id:
            closeness = [Content.styled(f"  {text}", ".source-list--note")
                         for text in ("the left source", "left source")]
            ends = closeness  # (the indent gives way before the note is shortened)
        elif source.id in self.similarity:
            value = self.similarity[source.id]
            plain = Content(f"  {percent(value)}")
            bar = self._bar if dates else self._bar or BAR
            closeness = [Content.assemble("  ", (similarity_bar(value, bar), accent),
                                          f" {percent(value):>4}")] if bar else [plain]
            ends = closeness + [plain] if bar else closeness  # the bar gives way to a date
        else:
            closeness = ends = [Content.styled("  …", ".source-list--muted")]
        muted = ".source-list--muted"
        pairs: list[tuple[Content, Content]] = []
        # With a date: every item whole, the date in its shorter forms in turn (a desk's day:
        # the time alone), then the outlet cut (to no fewer than OUTLET_CELLS) so that the
        # shortest date and the length still fit under the title; with the bar, then without.
        for end in ends if dates else ():
            for ind in (indent, "  ") if source.id == self.left_id else (indent,):
                pairs += [(Content.assemble(ind, (" · ".join(d for d in (outlet, form, length)
                                                            if d), muted)), end)
                          for form in dates]
            if outlet:
                rest = "".join(f" · {d}" for d in (dates[-1], length) if d)
                room = width - len(indent) - end.cell_length - display_width(rest)
                cut = clip_words(outlet, room)
                if room >= min(OUTLET_CELLS, display_width(outlet)) and cut != outlet:
                    pairs.append((Content.assemble(indent, (cut + rest, muted)), end))
        # Then whole items or none: the date goes first, then the length (a number is never
        # cut); the outlet is clipped last. The indent gives way before an item.
        kept = [[d for d in items if d] for items in
                ((outlet, date, length), (outlet, length), (outlet,) if outlet else (length,))]
        versions = [v for i, v in enumerate(kept) if v and v not in kept[:i]]
        pairs += [(Content.assemble(ind, (" · ".join(v), muted)), end)
                  for v in versions for end in closeness for ind in (indent, "  ")]
        end = closeness[-1]
        if outlet:
            room = max(1, width - end.cell_length - 2)
            pairs.append((Content.assemble("  ", (clip_words(outlet, room), muted)), end))
        pairs.append((Content(indent), closeness[0]))
        return first_fitting([Content.assemble(info, " " * max(0, width - info.cell_length
                                                            - end.cell_length), end)
                              for info, end in pairs], width)

    def action_pick(self, side: str) -> None:
        if self.highlighted is not None:
            self.post_message(self.Picked(side, self.corpus.sources[self.highlighted].id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked("right", event.option.id, focus_compare=True))
