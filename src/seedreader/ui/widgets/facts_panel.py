"""The facts panel: every figure, date and quote with its support across sources, and conflicts."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...export.common import counted
from ...models import Corpus
from ...textout import quote_excerpt
from ..clip import clip_words, first_fitting
from ..facts_model import FILTER_LABELS, FILTERS, Fact, FactsView
from ..part_styles import StyledParts
from ..safe import display_line, label
from ..source_labels import numbered
from .cursor_marks import CursorMarks

CONFLICT = "≠"
ROSE = "↑"  # a count that rose over time (an update, not a conflict)
NEAR = "≈"  # a value a hedge allows another source's too (near values)
MARKS = {"conflict": (CONFLICT, ".facts-panel--conflict-mark"),
         "update": (ROSE, ".facts-panel--side"), "near": (NEAR, ".facts-panel--side")}
MAX_DOTS = 16  # sources beyond which a fact's support is the count alone (no dot per source)
MAX_HOLDERS = 10  # list numbers a fact's detail names before "… N in all"
SHORT_LABELS = {**FILTER_LABELS, "single": "1 source"}  # for a narrow panel


class FactList(CursorMarks, OptionList):
    """The facts of the current filter; moving the cursor selects a fact. ``prompt(index,
    accent)`` draws a row again (the panel's, which knows the facts)."""

    BINDINGS = [
        Binding("enter", "select", "Go to", id="fact-go",
                tooltip="go to the fact's first mention (shows a source that holds it)"),
    ]

    def __init__(self, prompt: Callable[[int, str], Content | None], *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self._row_prompt = prompt

    def row_prompt(self, index: int, accent: str) -> Content | None:
        return self._row_prompt(index, accent)


class FactsPanel(StyledParts, Vertical):
    """Filter bar, fact list and details of the highlighted fact; its text is styled in app.tcss
    (the facts-panel--* component classes) but for the support dots' colour, which depends on
    the row (see CursorMarks)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "facts-panel--note",  # "Tallying facts…", "No facts in this filter."
        "facts-panel--error",  # the tally failed
        "facts-panel--muted",  # words around the values: "filter", "held by", a fact's context
        "facts-panel--filter",  # a filter one can click
        "facts-panel--filter-current",  # the filter shown
        "facts-panel--conflict-mark",  # the ≠ before a fact in conflict
        "facts-panel--conflict",  # "≠ misquoted:", "≠ misattributed:", "≠ conflicts with"
        "facts-panel--kind",  # figure, date, quote
        "facts-panel--value",  # the fact's value, a source's number
        "facts-panel--hedge",  # · "about" in 2 of 5
        "facts-panel--side",  # L, R after a source's number; the ↑ and ≈ marks
        "facts-panel--elsewhere",  # "in neither article shown"
    }

    filter: reactive[str] = reactive("all", init=False)
    conflicts_first: reactive[bool] = reactive(False, init=False)

    class FactHighlighted(Message):
        """The cursor moved to a fact (``fact`` None when the list is empty)."""

        def __init__(self, fact: Fact | None) -> None:
            super().__init__()
            self.fact = fact

    class FactChosen(Message):
        """Enter on a fact: show its first mention."""

        def __init__(self, fact: Fact) -> None:
            super().__init__()
            self.fact = fact

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.view: FactsView | None = None
        self.pair: tuple[str, str] = ("", "")
        self.status = "Tallying facts…"
        self._shown: list[Fact] = []
        self._built_width = -1  # of the list when its prompts were made (they are cut to it)
        self._failed = False  # the status is the tally's failure

    def compose(self) -> ComposeResult:
        yield Static(id="facts-filters")
        yield FactList(self._row_prompt, id="facts-list")
        yield Static(id="facts-detail")

    def on_mount(self) -> None:
        self.border_title = "Facts"
        self._show_filters()
        self._show_status()

    def _show_status(self) -> None:
        self.query_one("#facts-detail", Static).update(
            Content.styled(self.status,
                           ".facts-panel--error" if self._failed else ".facts-panel--note"))

    @property
    def fact_list(self) -> FactList:
        return self.query_one(FactList)

    @property
    def current(self) -> Fact | None:
        i = self.fact_list.highlighted
        return self._shown[i] if i is not None and 0 <= i < len(self._shown) else None

    def set_facts(self, view: FactsView) -> None:
        self.view = view
        self.border_subtitle = f"{len(view.facts)} · {counted(len(view.conflicts), 'conflict')}"
        self._refill()

    def set_failed(self, message: str) -> None:
        self.status = message
        self._failed = True
        self._show_status()

    def set_pair(self, left: str, right: str) -> None:
        self.pair = (left, right)
        self._show_detail(self.current)

    def cycle_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]

    def watch_filter(self) -> None:
        self._show_filters()
        self._refill()

    def watch_conflicts_first(self) -> None:
        self._refill()

    def select(self, fact_id: str) -> bool:
        """Move the cursor to a fact (switching to "all" if the filter hides it)."""
        for _ in range(2):
            for i, fact in enumerate(self._shown):
                if fact.id == fact_id:
                    self.fact_list.highlighted = i
                    return True
            if self.filter == "all":
                return False
            self.filter = "all"  # watch_filter refills the list
        return False

    def _show_filters(self) -> None:
        line = self.query_one("#facts-filters", Static)
        line.update(first_fitting([self._filters(True, FILTER_LABELS),
                                   self._filters(False, FILTER_LABELS),
                                   self._filters(False, SHORT_LABELS)],
                                  line.content_region.width))

    def _filters(self, prefix: bool, labels: dict[str, str]) -> Content:
        parts: list = [("filter ", ".facts-panel--muted")] if prefix else []
        for name in FILTERS:
            # ``name`` is one of our own constants, never article text.
            text = Content.from_markup(f"[@click=screen.facts_filter('{name}')]$label[/]",
                                       label=labels[name])
            if name == self.filter:  # (a class's reverse is not read: see part_styles)
                text = text.stylize(".facts-panel--filter-current").stylize("reverse")
            else:
                text = text.stylize(".facts-panel--filter")
            parts.append(text)
            parts.append(" ")
        return Content.assemble(*parts[:-1])

    def _refill(self) -> None:
        fact_list = self.fact_list
        if self.view is None:
            return
        previous = self.current
        self._shown = self.view.filtered(self.filter, self.conflicts_first)
        self._built_width = fact_list.scrollable_content_region.width
        width = max(20, self._built_width or 40)
        fact_list.set_options([Option(self._prompt(f, width, "$reader-accent"), id=f"fact-{i}")
                               for i, f in enumerate(self._shown)])
        if not self._shown:
            self._show_detail(None)
            self.post_message(self.FactHighlighted(None))
            return
        index = 0
        if previous is not None:
            index = next((i for i, f in enumerate(self._shown) if f.id == previous.id), 0)
        fact_list.highlighted = index

    def on_resize(self) -> None:
        self._show_filters()
        self._show_detail(self.current)  # fitted to the panel's height
        if self.fact_list.scrollable_content_region.width != self._built_width:
            self._refill()  # the prompts are cut to the width: a new height changes nothing

    def _prompt(self, fact: Fact, width: int, accent: str) -> Content:
        """A fact's two lines; ``accent``: the colour of its support dots."""
        assert self.view is not None
        mark = MARKS.get(self.view.mark(fact), " ")
        kind = Content.assemble(mark, " ", (f"{display_line(fact.kind):<8} ", ".facts-panel--kind"))
        hedged = self._hedged(fact)
        value = ".facts-panel--value"
        others = self.view.misquoted_by(fact)
        room = max(1, width - kind.cell_length)
        # The hedge goes before the value is cut; a value is cut after a whole word.
        head = first_fitting([Content.assemble(kind, (shown_value(fact), value), hedged),
                              Content.assemble(kind, (shown_value(fact, others, room), value))],
                             width)
        total = len(self.view.source_ids)
        dots = [(self.view.dots(fact), accent), " "] if total <= MAX_DOTS else []
        support = Content.assemble("  ", *dots, f"{fact.support}/{total}  ")
        about = fact.about if fact.kind != "quote" else (fact.speaker or fact.about or "")
        about = clip_words(display_line(about), max(1, width - support.cell_length))
        return Content("\n").join([head, Content.assemble(support, (about, ".facts-panel--muted"))])

    def _row_prompt(self, index: int, accent: str) -> Content | None:
        """The row ``index`` of the list with its support dots in ``accent``."""
        if self.fact_list.option_count != len(self._shown):  # not filled yet: _refill draws it
            return None
        return self._prompt(self._shown[index], max(20, self._built_width or 40), accent)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        fact = self.current
        self._show_detail(fact)
        self.post_message(self.FactHighlighted(fact))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.FactChosen(self.current))

    def _holders(self, source_ids) -> Content:
        """Sources by their position in the list, with L and R for the two shown: '1 L, 3, 4';
        beyond ``MAX_HOLDERS``, the first ones and the two shown, then how many in all."""
        holders = numbered(self.corpus, source_ids, self.pair)
        named = holders
        if len(holders) > MAX_HOLDERS:
            marked = [h for h in holders if h[1]]
            named = sorted(marked + [h for h in holders if not h[1]][:MAX_HOLDERS - len(marked)])
        parts: list = []
        for n, role in named:
            if parts:
                parts.append(", ")
            parts.append((str(n), ".facts-panel--value"))
            if role:
                parts.append((f" {role}", ".facts-panel--side"))
        if len(named) < len(holders):
            parts.append((f", … {len(holders)} in all", ".facts-panel--muted"))
        return Content.assemble(*parts) if parts else Content("-")

    def _show_detail(self, fact: Fact | None) -> None:
        detail = self.query_one("#facts-detail", Static)
        if self.view is None:
            return
        if fact is None:
            detail.update(Content.styled("No facts in this filter.", ".facts-panel--note"))
            return
        # Two lines at most for a quote in conflict: where it differs from the other wording.
        room = 2 * max(20, detail.content_region.width or 40) - 30
        misquoted_by = self.view.misquoted_by(fact)
        value, muted, conflict = ".facts-panel--value", ".facts-panel--muted", ".facts-panel--conflict"
        lines: list[Content] = [Content.assemble((shown_value(fact, misquoted_by, room), value),
                                                 self._hedged(fact))]
        # What it conflicts with first: the detail may be cut to half the panel.
        for g in self.view.conflict_of.get(fact.id, ()):  # (a quote's: what changes, or who)
            if (change := self.view.misquote_in(fact, g)) is not None:
                what = "misattributed" if self.view.misattributed(g) else "misquoted"
                lines.append(Content.assemble((f"{CONFLICT} {what}: ", conflict), label(change)))
        for other in self.view.counterparts(fact):
            lines.append(Content.assemble((f"{CONFLICT} conflicts with ", conflict),
                                          (shown_value(other, [fact], room), value), " in ",
                                          self._holders(other.sources)))
        for steps in self.view.updates_of(fact):  # ↑ rose: 3 (06:10, 1) → 5 (08:30, 2 L)
            parts: list = [(f"{ROSE} rose: ", muted)]
            for n, (other, when) in enumerate(steps):
                parts += [" → "] * bool(n) + [(shown_value(other), value), " ("]
                parts += [display_line(when), ", "] if when else []
                parts += [self._holders(other.sources), ")"]
            lines.append(Content.assemble(*parts))
        context = Content.assemble(("context: ", muted), label(fact.about)) if fact.about \
            else None  # words around its mentions
        said = Content.assemble(("said by ", muted), label(fact.speaker)) if fact.speaker else None
        held = Content.assemble(("held by ", muted), self._holders(fact.sources))
        left, right = self.pair
        sides = [side for side, sid in (("left", left), ("right", right)) if sid in fact.sources]
        if sides:
            where = Content.assemble(("in view: ", muted), " and ".join(sides))
        else:
            first = self._holders(fact.sources[:1]) if fact.sources else "-"
            elsewhere = ".facts-panel--elsewhere"
            where = Content.assemble(("in neither article shown; enter shows ", elsewhere),
                                     first, (" on the right", elsewhere))
        variants = [Content.assemble(("≈ may be the same remark as ", muted), shown_value(other),
                                     " in ", self._holders(other.sources))
                    for other in self.view.variants_of(fact)]
        variants += [Content.assemble(("≈ near ", muted), (shown_value(other), value), " in ",
                                      self._holders(other.sources),
                                      (" (a hedge allows both)", muted))
                     for other in self.view.near_of(fact)]
        width = max(20, detail.content_region.width or 40)
        lines = fit_detail(lines, context, said, held, where, variants, width,
                           self._detail_rows())
        detail.update(Content("\n").join(lines))

    def _detail_rows(self) -> int:
        """The rows of text the detail has at most (app.tcss: half the panel, less its rule)."""
        return max(1, self.content_region.height // 2 - 1) if self.content_region.height \
            else 1_000

    def _hedged(self, fact: Fact) -> Content:
        return _hedged(fact, ".facts-panel--hedge")


def _rows(line: Content, width: int) -> int:
    return max(1, -(-line.cell_length // width))


def fit_detail(head: list[Content], context: Content | None, said: Content | None,
               held: Content, where: Content, variants: list[Content], width: int,
               rows: int) -> list[Content]:
    """A fact's detail in ``rows`` rows of ``width`` cells if it can be: the value and its
    conflicts, who said it, who holds it and where (in view, or "enter shows N on the right")
    are kept; to make room, the context is cut to one row, "said by" and "held by" share one,
    then the context and the "may be the same remark" lines go. What is left over still
    scrolls (a small terminal, 80x24, showed the value and the context but not where it is)."""
    def fitting(context: Content | None, said_held: list[Content],
                variants: list[Content]) -> list[Content] | None:
        lines = [*head, *([context] if context is not None else []), *said_held, where,
                 *variants]
        return lines if sum(_rows(line, width) for line in lines) <= rows else None

    said_held = [line for line in (said, held) if line is not None]
    lines = fitting(context, said_held, variants)
    if lines is not None:
        return lines
    if context is not None:
        context = context.truncate(width, ellipsis=True)
    if said is not None and said.cell_length + 3 + held.cell_length <= width:
        said_held = [Content.assemble(said, " · ", held)]
    for shorter in ((context, variants), (None, variants), (None, [])):
        lines = fitting(shorter[0], said_held, shorter[1])
        if lines is not None:
            return lines
    return [*head, *said_held, where]  # the rest as it may: the detail scrolls


def _hedged(fact: Fact, style: Style | str = "") -> Content:
    """' · “about” in 2 of 5' after a value, or nothing: the tally's wording of how the sources
    that state it hedge it (facts.tally.hedge_wording), as the CLI and the exports show it."""
    words = fact.qualifier
    return Content.styled(f" · {display_line(words)}", style) if words else Content("")


def shown_value(fact: Fact, others: list[Fact] = (), cells: int = 10_000) -> str:
    """A fact's value for the panel, as a person reads it (``Fact.label``: "38,500"); quotes in
    quotation marks, in ``cells`` at most: where they differ from ``others`` (the other wordings
    of a misquote) when not whole."""
    if fact.kind != "quote":
        return clip_words(display_line(fact.label), cells)
    value = display_line(fact.value)
    return quote_excerpt(value, [display_line(o.value) for o in others if o.kind == "quote"],
                         cells)
