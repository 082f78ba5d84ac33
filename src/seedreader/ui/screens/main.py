"""The main screen: sources and facts on the left, the comparison on the right.

It owns the pair being compared and runs the slow work (compare, similarities, fact tally) in
thread workers that post messages; the handlers here are the only place state changes.
"""

from __future__ import annotations

import time
from collections import OrderedDict

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import get_current_worker

from ...models import Comparison, Corpus
from ...pace import paced
from ..compare_rows import Prepared, prepare
from ..facts_model import FILTER_LABELS, FILTERS, Fact, FactsView
from ..keymap import WAIT_NOTICE, key_of, notify_waiting
from ..mention_places import mention_places
from ..messages import ComparisonReady, FactsReady, SimilarityReady, WordsCounted, WorkFailed
from ..safe import error_line
from ..source_labels import named, numbered
from ..widgets.compare_header import CompareHeader
from ..widgets.compare_view import CompareView, Spot, column_width
from ..widgets.facts_panel import FactList, FactsPanel, shown_value
from ..widgets.find_bar import FindBar
from ..widgets.keys_bar import KeysBar
from ..widgets.source_list import SourceList
from ..widgets.status_bar import StatusBar

NARROW = 110  # below this many columns, one panel at a time
CACHE = 24  # comparisons kept (switching back to a pair is instant)
SWAPS = 2 * 3  # pairs swapped kept (for the NEAR sources each way of the right one)
NEAR = 3  # sources each way of the right one that the background work prepares, for ] and [
NOTICE_QUOTE = 40  # cells of a quote in a conflict's notice
NOTICE_TRIES = 8  # refreshes to wait for the notices to be laid out
STEP_NOTICE = "step"  # the kind of the notices of N, P and enter on a fact: one at a time
# Keys that move in the comparison: pressed while it is computed, they wait for it.
WAITING = {"next-difference", "previous-difference", "next-conflict", "previous-conflict",
           "next-paragraph", "previous-paragraph", "left-column", "right-column", "jump-moved"}
PROGRESS_EVERY = 0.5  # seconds between updates of a running comparison's elapsed time
# Background work (pairs prepared ahead, the facts tally) waits while the user is at the keys:
# until this long after the last key or click, and while the pair asked for is compared.
QUIET = 0.3  # seconds
PACE_STEP = 0.02  # seconds slept at a time while it waits


class MainScreen(Screen):
    AUTO_FOCUS = ""  # nothing: the comparison takes the focus once it is mounted (_fill_in)

    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help", tooltip="this list of keys"),
        Binding("q", "app.quit", "Quit", id="quit", tooltip="quit seedreader"),
        # Keys that move the focus are priority bindings: they run before the keys typed after
        # them are handed to a widget, so "/ query" or "tab down enter" typed fast still work.
        Binding("tab", "panel(1)", "Next panel", show=False, id="next-panel", priority=True,
                tooltip="next panel: sources, facts, comparison"),
        Binding("shift+tab", "panel(-1)", "Previous panel", show=False, id="previous-panel",
                priority=True, tooltip="previous panel"),
        Binding("n", "difference(1)", "Next diff", id="next-difference",
                tooltip="next difference: a changed, moved or one-sided paragraph"),
        Binding("p", "difference(-1)", "Prev diff", id="previous-difference",
                tooltip="previous difference"),
        Binding("N", "conflict(1)", "Next conflict", id="next-conflict",
                tooltip="next conflict: a figure, date or quote the sources disagree on (facts "
                        "panel ≠), shown at its first mention in the two articles"),
        Binding("P", "conflict(-1)", "Prev conflict", show=False, id="previous-conflict",
                tooltip="previous conflict"),
        Binding("m", "moved", "Moved: jump", id="jump-moved",
                tooltip="on a moved paragraph (↕): jump to where it sits in the other article"),
        Binding("slash", "search", "Search", id="search", priority=True,
                tooltip="search both articles (as you type; a long pair on enter)"),
        Binding("escape", "close_search", "Close search", id="clear-search",
                priority=True, tooltip="close the search and clear its highlights"),
        Binding("greater_than_sign", "match(1)", "Next match", id="next-match",
                tooltip="next search match"),
        Binding("less_than_sign", "match(-1)", "Prev match", show=False, id="previous-match",
                tooltip="previous search match"),
        Binding("s", "swap", "Swap", id="swap", tooltip="swap the left and the right source"),
        Binding("right_square_bracket", "step_right(1)", "Next right", show=False,
                id="next-right", tooltip="compare with the next source in the list"),
        Binding("left_square_bracket", "step_right(-1)", "Previous right", show=False,
                id="previous-right", tooltip="compare with the previous source in the list"),
        Binding("c", "copy", "Copy ¶", id="copy",
                tooltip="copy the current paragraph (marked ▌) to the clipboard"),
        Binding("f", "facts_filter", "Facts filter", show=False, id="facts-filter",
                tooltip="facts panel filter: all, conflicts, quotes, in one source"),
        Binding("o", "facts_order", "Conflicts first", show=False, id="facts-order",
                tooltip="facts panel: list conflicts first, or in tally order"),
        Binding("e", "export", "Export", id="export",
                tooltip="export this comparison as HTML, Markdown, JSON or text"),
        Binding("w", "warnings", "Warnings", id="warnings",
                tooltip="the warnings about the files read: skipped or repaired"),
        Binding("R", "app.reload", "Reload", id="reload",
                tooltip="read the articles again after they changed on disk (a notice says "
                        "which); the pair and the place are kept where they still exist"),
    ]

    def __init__(self, corpus: Corpus, pair: tuple[str, str] | None = None, *,
                 place: tuple[str, int] | None = None, typed: list[str] | None = None) -> None:
        """``place``: (side, paragraph) to show once the pair is (a reload keeps the place);
        ``typed``: keys pressed before this screen was up (while the articles were read)."""
        super().__init__()
        self._typed = list(typed or ())
        self._restore = place
        self.corpus = corpus
        ids = corpus.ids
        left, right = pair if pair else (ids[0], ids[min(1, len(ids) - 1)])
        self.left_id, self.right_id = left, right
        self._compared: OrderedDict[tuple[str, str], Prepared] = OrderedDict()
        self._background_for: tuple[str, str] | None = None  # the pair it was planned for
        self._preparing: set[tuple[str, str]] = set()  # the pair swapped, not there yet
        self._swapped: Prepared | None = None  # the pair shown, swapped (ready for s)
        # The last pairs swapped: one slot made each ] compare a swapped pair again, a long
        # one holding the interpreter while the next key was to repaint (300 ms, not 21).
        self._swaps: OrderedDict[tuple[str, str], Prepared] = OrderedDict()
        # Pairs a background worker compares now, cancelled or not (it ends the one it is on):
        # not planned again, two of one long pair at once were each twice as slow on one GIL.
        self._flying: set[tuple[str, str]] = set()
        self._comparing: set = set()  # workers comparing a pair the user waits for (_compare)
        self._waiting: list[str] = []  # keys pressed while the comparison was computed
        self._laid_out_keys: list[str] = []  # those keys, for when it is laid out
        self.facts: FactsView | None = None
        self.fact: Fact | None = None  # the selected fact, highlighted in both columns
        self._reveal_fact = False  # jump to the fact's first mention once its pair is shown
        self._last_conflict: tuple | None = None
        self._pair_notice = None  # a notice about the pair shown (N, P): goes with the pair
        self._progress_timer = None
        self._progress_started = 0.0
        self._tallying = False
        self._keys_shown: tuple = ()
        self._export_warned = None  # the changes on disk an export was warned about
        self.filled = False  # the facts panel and the comparison are mounted

    # ----- building -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first paint shows the list; the facts panel and the comparison are mounted right
        # after it (see _fill_in), and their contents come from workers.
        yield StatusBar(id="topbar")
        with Horizontal(id="body"):
            with Vertical(id="sidebar"):
                yield SourceList(self.corpus, id="sources")
            with Vertical(id="compare-pane"):
                yield CompareHeader(self.corpus, id="compare-header")
        yield KeysBar()

    async def _fill_in(self) -> None:
        self._count_words()  # after the first paint: splitting megabytes holds the GIL
        await self.query_one("#sidebar").mount(FactsPanel(self.corpus, id="facts"))
        await self.query_one("#compare-pane").mount(CompareView(id="compare"), FindBar(id="find"))
        self.filled = True

        self.compare_view.set_key_names({"jump-moved": key_of(self.app, "jump-moved")})
        self.facts_panel.set_pair(self.left_id, self.right_id)
        if self.focused is None:
            self.set_focus(self.compare_view)
        self._update_bars()
        self._request_pair()
        if self._typed:  # pressed while the articles were read: now they have a place
            keys, self._typed = self._typed, []
            self.call_after_refresh(self._replay, keys)

    @property
    def compare_view(self) -> CompareView:
        return self.query_one(CompareView)

    @property
    def source_list(self) -> SourceList:
        return self.query_one(SourceList)

    @property
    def facts_panel(self) -> FactsPanel:
        return self.query_one(FactsPanel)

    @property
    def comparison(self) -> Comparison | None:
        if not self.filled:
            return None
        view = self.compare_view
        if view.comparison is None:
            return None
        if (view.comparison.left.id, view.comparison.right.id) != (self.left_id, self.right_id):
            return None
        return view.comparison

    def on_mount(self) -> None:
        self.query_one("#sources").border_title = "Sources"
        self.source_list.set_pair(self.left_id, self.right_id)
        self._update_bars()
        self._narrow(self.size.width < NARROW)
        self.call_after_refresh(self._fill_in)

    def on_resize(self) -> None:
        self._narrow(self.size.width < NARROW)
        self._update_bars()

    def on_screen_suspend(self) -> None:
        # A dialog over this screen shows the notices on its own rack, and Textual refreshes
        # only the top screen's: this one's would show them a second time, beneath it.
        self._show_notices(False)

    def on_screen_resume(self) -> None:
        self._show_notices(True)  # (Textual puts the notices still up on it again)

    def _show_notices(self, shown: bool) -> None:
        for rack in self.query("#textual-toastrack"):
            rack.display = shown

    def _narrow(self, narrow: bool) -> None:
        if narrow != self.has_class("-narrow"):  # a class change restyles the whole screen
            self.set_class(narrow, "-narrow")
        self._follow_focus()

    def _follow_focus(self) -> None:
        focused = self.focused
        in_sidebar = focused is not None and self.query_one("#sidebar") in focused.ancestors
        if in_sidebar != self.has_class("-sidebar-focus"):
            self.set_class(in_sidebar, "-sidebar-focus")

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, FactList) and self.facts is not None:
            # Arriving in the facts panel highlights the fact under its cursor, where it is:
            # the reader's place moves only when a fact is picked (arrows, enter, a click).
            self._select_fact(self.facts_panel.current, reveal=False)
        self._follow_focus()
        self._update_bars()

    # ----- the pair -----------------------------------------------------------------------

    def set_pair(self, left: str, right: str) -> None:
        if (left, right) == (self.left_id, self.right_id):
            return
        self.left_id, self.right_id = left, right
        self._last_conflict = None
        if self._pair_notice is not None:
            self.app.withdraw(self._pair_notice)  # "… in these articles": no longer these
        self._pair_notice = None
        self.source_list.set_pair(left, right)
        self._update_bars()
        if self.filled:
            self.facts_panel.set_pair(left, right)
            self._request_pair()
        self.app.remember_pair(left, right)

    def _request_pair(self) -> None:
        key = (self.left_id, self.right_id)
        cached = self._compared.get(key)
        swapped = self._swapped
        if cached is None and swapped is not None and _pair(swapped) == key:
            self._swapped, cached = None, swapped
            self._keep(swapped)
        if cached is not None:
            self._compared.move_to_end(key)
            self.workers.cancel_group(self, "compare")
            self._show(cached)
        else:
            self._stop_progress()
            self._progress_started = time.monotonic()
            self.compare_view.clear(self._progress_text())
            self._progress_timer = self.set_interval(PROGRESS_EVERY, self._show_progress)
            if key in self._flying:  # the background is on it, cancelled or not: no second
                self._preparing.add(key)  # run (each twice as slow on one GIL)
                return
            if key in self._preparing and self._busy("similarity"):
                return  # the background is on it (the pair swapped): no second run
            self._compare(self.left_id, self.right_id, self._column_width())

    def _busy(self, group: str) -> bool:
        return any(w.node is self and w.group == group and not w.is_finished
                   for w in self.workers)

    def on_worker_state_changed(self, event) -> None:
        """The background work ended (done, failed, cancelled) before the pair it was to
        prepare, which the reader waits for: compared here."""
        worker = event.worker
        if worker.node is self and worker.group == "similarity" and worker.is_finished:
            self._preparing &= self._flying  # (a cancelled worker ends the pair it is on)
            if self.filled and self.comparison is None and not self._busy("compare") \
                    and (self.left_id, self.right_id) not in self._compared \
                    and (self.left_id, self.right_id) not in self._flying:
                self._compare(self.left_id, self.right_id, self._column_width())

    def _column_width(self) -> int:
        """The text column width the comparison is wrapped for (workers wrap long pairs)."""
        return column_width(self.compare_view.text_width())

    def _progress_text(self) -> str:
        text = (f"Comparing {named(self.corpus, self.left_id)} with "
                f"{named(self.corpus, self.right_id)}…")
        seconds = time.monotonic() - self._progress_started
        return f"{text} {seconds:.0f} s" if seconds >= 1 else text

    def _show_progress(self) -> None:
        """A running comparison says how long it has taken (an animation would cost the worker
        CPU time it needs)."""
        if self.comparison is None and self.compare_view.units == ():
            self.compare_view.clear(self._progress_text())

    def _stop_progress(self) -> None:
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def _show(self, prepared: Prepared) -> None:
        self._stop_progress()
        comparison = prepared.comparison
        # A new left source clears the list's figures: the pair shown gives the right one's.
        self.source_list.set_similarity(comparison.left.id, comparison.right.id,
                                        comparison.similarity)
        view = self.compare_view
        if prepared.shared is not None:  # measured in the background: no worker to show it
            self.query_one(StatusBar).measured(comparison, prepared.shared)
        view.show(prepared)
        if view.query_text:
            self._update_find_count()  # the new pair's matches
        if self.fact is not None:
            spot = view.highlight(*self._mentions(self.fact))
            if self._reveal_fact and spot is not None:
                view.jump(spot)
                self.call_after_refresh(self._place_notices, spot)  # (its notice is up)
        self._reveal_fact = False
        if self._restore is not None:
            self._restore_place(*self._restore)
        if self._waiting:  # keys pressed while it was computed: once it is laid out
            self._laid_out_keys, self._waiting = self._waiting, []
            if self.compare_view.wrapped is not None:
                self._layout_changed()
        self._update_bars()
        self._refresh_keys()
        # Background work starts once the pair is on screen, so it never delays it.
        if not self._tallying:
            self._tallying = True
            self._tally()
        self._background()

    def _restore_place(self, side: str, paragraph: int) -> None:
        """Back at paragraph ``paragraph`` of ``side`` (the last one if there are fewer now)."""
        self._restore = None
        source = self.corpus[self.left_id if side == "left" else self.right_id]
        if source.paragraphs:
            spot = self.compare_view.spot_of(side, min(paragraph, len(source.paragraphs) - 1))
            if spot is not None:
                self.compare_view.jump(spot)

    def place(self) -> tuple[str, int] | None:
        """The current paragraph: (side, its index in that side's source)."""
        current = self.compare_view.current_text() if self.filled else None
        if current is None:
            return None
        _, source_id, paragraphs = current
        return ("left" if source_id == self.left_id else "right"), paragraphs[0]

    def let_go(self) -> None:
        """Replaced by a screen on the articles read again: drop the comparisons kept."""
        self._compared.clear()
        self._swaps.clear()

    def pair_in(self, corpus: Corpus) -> tuple[str, str] | None:
        """The pair shown, in ``corpus`` (read again): the same sources where they still are,
        a source that is gone replaced by another."""
        ids = corpus.ids
        left = self.left_id if self.left_id in corpus else None
        right = self.right_id if self.right_id in corpus else None
        if len(ids) < 2:
            return None
        left = left or next(i for i in ids if i != right)
        right = right or next(i for i in ids if i != left)
        return left, right

    def _keep(self, prepared: Prepared) -> None:
        comparison = prepared.comparison
        key = (comparison.left.id, comparison.right.id)
        self._compared[key] = prepared
        self._compared.move_to_end(key)
        while len(self._compared) > CACHE:
            self._compared.popitem(last=False)
        self.source_list.set_similarity(comparison.left.id, comparison.right.id,
                                        comparison.similarity)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _compare(self, left_id: str, right_id: str, width: int) -> None:
        worker = get_current_worker()
        self._comparing.add(worker)
        try:
            from ...align import compare

            left, right = self.corpus[left_id], self.corpus[right_id]
            comparison = compare(left, right)
            if worker.is_cancelled:
                return
            prepared = prepare(comparison, width)
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            self.post_message(WorkFailed(f"compare {named(self.corpus, left_id)} with "
                                         f"{named(self.corpus, right_id)}", error_line(exc)))
            return
        finally:
            self._comparing.discard(worker)
        if not worker.is_cancelled:
            self.post_message(ComparisonReady(prepared))

    @on(ComparisonReady)
    def _comparison_ready(self, message: ComparisonReady) -> None:
        prepared = message.prepared
        self._keep(prepared)
        comparison = prepared.comparison
        if (comparison.left.id, comparison.right.id) == (self.left_id, self.right_id):
            self._show(prepared)

    @work(thread=True, exclusive=True, group="similarity", exit_on_error=False)
    def _similarity_worker(self, todo: list[tuple[str, str, bool]], width: int) -> None:
        """Compare each pair of ``todo``: (left id, right id, whether to keep it prepared)."""
        worker = get_current_worker()
        from ...align import compare

        with paced(self._pace):
            for left_id, source_id, keep in todo:
                if worker.is_cancelled:
                    return
                left, right = self.corpus[left_id], self.corpus[source_id]
                self._flying.add((left_id, source_id))
                try:
                    if keep:  # wrapped too (when long), so that stepping to it shows it at once
                        prepared = prepare(compare(left, right), width, measure=True)
                        similarity = prepared.comparison.similarity
                    else:  # only the number, for the list: no word diffs, nothing kept
                        prepared = None
                        similarity = compare(left, right, spans=False).similarity
                except Exception:  # noqa: BLE001 - the bar stays empty; the pair shows its own error
                    self._flying.discard((left_id, source_id))
                    self.app.call_from_thread(self._flight_failed, left_id, source_id)
                    continue
                # Posted even if cancelled meanwhile: still true, and it cost its time.
                self.post_message(SimilarityReady(left_id, source_id, similarity, prepared))
                self._flying.discard((left_id, source_id))

    def _pace(self) -> None:
        """In a background worker, at the engine's pause points: wait while the user is at the
        keys (``QUIET``) or waits for a comparison of their own, unless they wait for this very
        work (the pair swapped, which s shows once it is there). A cancelled worker waits too:
        it still ends the pair it is on (``_flying``), and ] cancels one at every press."""
        app = self.app
        while not self._waits_for_background():
            if not self._comparing and time.monotonic() - app.last_input >= QUIET:
                return
            time.sleep(PACE_STEP)

    def _waits_for_background(self) -> bool:
        """Whether the pair asked for is one the background prepares (not shown yet: shown, it
        leaves ``_preparing``). Plain attributes: read from the workers' threads."""
        return (self.left_id, self.right_id) in self._preparing

    def _flight_failed(self, left_id: str, source_id: str) -> None:
        """The background failed on a pair the reader waits for: compared here (its error)."""
        pair = (left_id, source_id)
        if pair in self._preparing:
            self._preparing.discard(pair)
            if pair == (self.left_id, self.right_id) and self.comparison is None:
                self._compare(left_id, source_id, self._column_width())

    def _background(self) -> None:
        """Compare in the background: the pair swapped (kept, so s shows it at once), the left
        source with the ``NEAR`` sources each way of the right one in full (kept, so ] and [
        show them at once), and with the rest only for the closeness bars of the list. Planned
        again when the pair changes."""
        left, right = self.left_id, self.right_id
        if self._background_for == (left, right):
            return
        self._background_for = (left, right)
        ids = self.corpus.ids
        start = ids.index(right)
        ahead = [ids[(start + k) % len(ids)] for k in range(1, len(ids))]
        ahead = [sid for sid in ahead if sid != left]
        near: list[str] = []
        for nxt, prev in zip(ahead[:NEAR], reversed(ahead[-NEAR:]), strict=False):
            near.extend(sid for sid in (nxt, prev) if sid not in near)
        known = self.source_list.similarity
        kept = self._swaps.get((right, left))
        if kept is not None:  # swapped before: not compared again (] back and forth)
            self._swapped = kept
        swapped = self._swapped is not None and _pair(self._swapped) == (right, left)
        todo = [] if left == right or swapped or (right, left) in self._compared \
            else [(right, left, True)]
        for sid in near + [sid for sid in ahead if sid not in near]:
            cached = self._compared.get((left, sid))
            if cached is not None:
                self.source_list.set_similarity(left, sid, cached.comparison.similarity)
            elif sid in near:
                todo.append((left, sid, True))
            elif sid not in known:
                todo.append((left, sid, False))
        todo = [item for item in todo if item[:2] not in self._flying]
        self.workers.cancel_group(self, "similarity")
        # (s is waited for; ] and [ compare as before: the background is then on its way to
        # other pairs and cannot say when it gets there)
        self._preparing = {(right, left)} if todo and todo[0][:2] == (right, left) else set()
        if todo:
            self._similarity_worker(todo, self._column_width())

    @on(SimilarityReady)
    def _similarity_ready(self, message: SimilarityReady) -> None:
        if message.prepared is not None:
            pair = (message.left_id, message.source_id)
            waited = pair in self._preparing
            self._preparing.discard(pair)
            if pair == (self.left_id, self.right_id):
                self._keep(message.prepared)
                if waited and self.comparison is None and self.filled:  # asked for meanwhile
                    self._show(message.prepared)
            elif message.left_id != self.left_id:  # a pair swapped: in a slot of its own
                self._swapped = message.prepared
                self._swaps[pair] = message.prepared
                self._swaps.move_to_end(pair)
                while len(self._swaps) > SWAPS:
                    self._swaps.popitem(last=False)
            else:
                self._keep(message.prepared)
        else:
            self.source_list.set_similarity(message.left_id, message.source_id,
                                            message.similarity)

    @on(WorkFailed)
    def _work_failed(self, message: WorkFailed) -> None:
        self._stop_progress()
        text = f"could not {message.what}: {message.error}"
        if message.what.startswith("compare"):
            self.compare_view.clear(text)
        elif message.what.startswith("tally"):
            self.facts_panel.set_failed(text)
        self.notify(text, severity="error", timeout=8)

    @work(thread=True, group="words", exit_on_error=False)
    def _count_words(self) -> None:
        from ...export.common import word_count

        self.post_message(WordsCounted({s.id: word_count(s) for s in self.corpus.sources}))

    @on(WordsCounted)
    def _words_counted(self, message: WordsCounted) -> None:
        self.source_list.set_words(message.words)

    # ----- facts --------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="facts", exit_on_error=False)
    def _tally(self) -> None:
        try:
            from ...facts import tally_facts

            with paced(self._pace):
                view = FactsView.of(tally_facts(self.corpus))
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            self.post_message(WorkFailed("tally the facts", error_line(exc)))
            return
        self.post_message(FactsReady(view))

    @on(FactsReady)
    def _facts_ready(self, message: FactsReady) -> None:
        self.facts = message.view
        self.facts_panel.set_facts(message.view)
        self._update_bars()
        self._refresh_keys()

    def _mentions(self, fact: Fact) -> tuple[list, list]:
        """The fact's mentions in the left and right source as (paragraph, start, end)."""
        return (mention_places(fact, self.corpus[self.left_id]),
                mention_places(fact, self.corpus[self.right_id]))

    def _select_fact(self, fact: Fact | None, *, reveal: bool) -> bool:
        """Highlight a fact's mentions; with ``reveal`` scroll to the first. False if none shown."""
        self.fact = fact
        view = self.compare_view
        if fact is None:
            view.highlight([], [])
            return False
        spot = view.highlight(*self._mentions(fact))
        if spot is not None and reveal:
            view.jump(spot)
        return spot is not None

    @on(FactsPanel.FactHighlighted)
    def _fact_highlighted(self, message: FactsPanel.FactHighlighted) -> None:
        browsing = isinstance(self.focused, FactList)
        if browsing or self.fact is not None:
            # The list filled again (shown in a narrow terminal, resized) highlights the same
            # fact again: only another fact moves the reader's place.
            same = message.fact is not None and self.fact is not None \
                and message.fact.id == self.fact.id
            self._select_fact(message.fact, reveal=browsing and not same)

    @on(FactsPanel.FactChosen)
    def _fact_chosen(self, message: FactsPanel.FactChosen) -> None:
        fact = message.fact
        if self._select_fact(fact, reveal=True):
            self.set_focus(self.compare_view)
            return
        if not fact.sources:
            self.notify("no source holds this fact", severity="warning")
            return
        holder = fact.sources[0]
        if holder == self.left_id and len(fact.sources) > 1:
            holder = fact.sources[1]
        self._reveal_fact = True
        self._step_notice(f"showing {named(self.corpus, holder)} on the right: it holds this "
                          "fact", timeout=4)
        self.set_pair(self.left_id, holder)
        self.set_focus(self.compare_view)

    def action_facts_filter(self, name: str | None = None) -> None:
        panel = self.facts_panel
        if name in FILTERS:
            panel.filter = name
        else:
            panel.cycle_filter()
        if not panel.region:  # the panel is hidden (narrow terminal): say what changed
            self.notify(f"facts: {FILTER_LABELS[panel.filter]}", timeout=2)

    def action_facts_order(self) -> None:
        panel = self.facts_panel
        panel.conflicts_first = not panel.conflicts_first
        if not panel.region:
            self.notify("facts: conflicts first" if panel.conflicts_first else
                        "facts: tally order", timeout=2)

    def _conflicts_in_view(self) -> list[tuple[tuple[int, int, int], int, Spot, Fact]]:
        """The conflicts with a mention in the two articles shown, in reading order, each at its
        first mention in the comparison: (its place, the conflict's index, spot, fact there)."""
        view, facts = self.compare_view, self.facts
        places: dict[str, tuple | None] = {}  # a fact's first mention in view, by its id

        def first_place(fact: Fact) -> tuple | None:
            if fact.id not in places:
                found = []
                for side, items in zip(("left", "right"), self._mentions(fact), strict=True):
                    for paragraph, start, _ in items:
                        spot = view.spot_of(side, paragraph, start)
                        if spot is not None:
                            found.append(((spot.unit, 0 if side == "left" else 1, spot.offset),
                                          spot))
                places[fact.id] = min(found, key=lambda e: e[0], default=None)
            return places[fact.id]

        entries = []
        for g in range(len(facts.conflicts)):
            seen = [(place, fact) for fact in facts.conflict_facts(g)
                    if (place := first_place(fact)) is not None]
            if seen:
                (key, spot), fact = min(seen, key=lambda e: e[0][0])
                entries.append((key, g, spot, fact))
        return sorted(entries, key=lambda e: e[:2])

    def action_conflict(self, delta: int) -> None:
        """The next (previous) conflict below (above) the place, at its first mention: one press
        per conflict however many times the articles mention its values."""
        if self.facts is None:
            self._step_notice("the facts are still being tallied", timeout=3)
            return
        view = self.compare_view
        if self.comparison is None:
            return
        self._narrow_show_compare()
        entries = self._conflicts_in_view()
        if not entries:
            self._step_notice("no conflicting figures in these two articles; the facts panel's "
                              "conflicts filter lists them all", timeout=5)
            self._pair_notice = self.app.notice(STEP_NOTICE)
            return
        groups = [e[1] for e in entries]
        here = self._last_conflict  # (the cursor's unit then, the conflict shown)
        if here is not None and here[0] == view.cursor and here[1] in groups:
            i = groups.index(here[1]) + delta
        elif delta > 0:  # from the place: the current paragraph, from its current column on
            start = (view.cursor, 0 if view.side == "left" else 1, -1)
            i = next((n for n, e in enumerate(entries) if e[0] > start), len(entries))
        else:
            i = sum(1 for e in entries if e[0] < (view.cursor, -1, -1)) - 1
        if not 0 <= i < len(entries):
            self._step_notice("no more conflicts " + ("below" if delta > 0 else "above"),
                              timeout=2)
            return
        _, g, spot, fact = entries[i]
        self._select_fact(fact, reveal=False)
        view.jump(spot)
        self._last_conflict = (view.cursor, g)
        self.facts_panel.select(fact.id)
        others = self.facts.conflict_facts(g, but=fact)
        against = "; ".join(f"{shown_value(o, [fact], NOTICE_QUOTE)} in "
                            f"{self._positions(o.sources)}" for o in others)
        text = (f"{shown_value(fact, others, NOTICE_QUOTE)} in {self._positions(fact.sources)}"
                f" ≠ {against}")
        about = self.facts.misquote_in(fact, g)
        title = f"conflict {i + 1} of {len(entries)} in these articles"
        # What changed in the quote, as the tally says, on a line of its own.
        self._step_notice((text, about) if about else text,
                          title=title + ("" if about is None else " · misattribution"
                                         if self.facts.misattributed(g) else " · misquote"),
                          timeout=6,
                          spot=spot)
        self._pair_notice = self.app.notice(STEP_NOTICE)

    def _step_notice(self, message, *, title: str = "", timeout: float,
                     spot: Spot | None = None) -> None:
        """The notice of a step to a place (N, P; enter on a fact shown in another pair): one at
        a time, each replacing the last; off the row of ``spot``, the place stepped to."""
        self.app.notify(message, title=title, timeout=timeout, replaces=STEP_NOTICE)
        if spot is not None:
            self.call_after_refresh(self._place_notices, spot)

    def _place_notices(self, spot: Spot, tries: int = NOTICE_TRIES, step=None) -> None:
        """Notices stack at the bottom right of the screen, over the comparison's last rows,
        off its column headings: once they are laid out, ``_clear_notices`` makes sure they miss
        the row of ``spot``, the place a step went to. A comparison not laid out yet (at 100
        columns, enter on a fact brings it back in place of the facts panel) is waited for, as
        long as its notice (``step``, on a look again) is the one up."""
        if step is None:
            self.remove_class("-notices-top")
        elif self.app.notice(STEP_NOTICE) is not step:
            return  # another step's notice replaced it: placed for its own place
        # (a slow pair: its notice may be gone)
        if not self.app.notice_up(STEP_NOTICE):
            return
        if self.compare_view.screen_row(spot) is not None:
            self.call_after_refresh(self._clear_notices, spot, NOTICE_TRIES)
        elif tries and self.compare_view.row_of(spot) is None:  # look again in 50 ms
            step = self.app.notice(STEP_NOTICE)
            self.set_timer(0.05, lambda: self._place_notices(spot, tries - 1, step))

    def _clear_notices(self, spot: Spot, tries: int) -> None:
        """Where the notices, measured where they are laid out, cover the row of ``spot``: the
        comparison scrolls it into its upper part, above them; if it cannot (the end of the
        comparison), they go to the top right, and if they cover it there too (a misquote's
        tall notice at 80x24), it scrolls below them."""
        from textual.widgets._toast import Toast

        view = self.compare_view
        y, region = view.screen_row(spot), view.scrollable_content_region
        step = self.app.notice(STEP_NOTICE)
        toasts = [toast for toast in self.query(Toast) if self.app.shown(toast._notification)]
        if y is None or step is None:
            return
        boxes = [toast.region for toast in toasts]
        if not any(toast._notification is step for toast in toasts) or not all(
                box.height for box in boxes):  # the step's notice not laid out yet
            if tries:
                self.call_after_refresh(self._clear_notices, spot, tries - 1)
            return
        stack = range(min(box.y for box in boxes), max(box.bottom for box in boxes))
        if y not in stack:
            return
        top = self.has_class("-notices-top")
        if not top:
            # A third of the way down the view, or the row just above the notices if higher.
            down = y - min(region.y + region.height // 3, stack.start - 1)
            if view.scroll_y + down <= view.max_scroll_y and y - down >= region.y:
                view.scroll_to(y=view.scroll_y + down, animate=False, immediate=True)
            elif self.app.notice_up(STEP_NOTICE):
                self._notices_top()
                self.call_after_refresh(self._clear_notices, spot, NOTICE_TRIES)
            return
        up = stack.stop - y
        if view.scroll_y >= up and y + up < region.bottom:
            view.scroll_to(y=view.scroll_y - up, animate=False, immediate=True)

    def _notices_top(self) -> None:
        """The notices at the top right only while a step notice is up (a slow pair may show
        after its notice is gone): back at the bottom once it goes."""
        left = self.app.notice_left(STEP_NOTICE)
        if left > 0:
            self.add_class("-notices-top")
            self.set_timer(left + 0.1, self._notices_back)

    def _notices_back(self) -> None:
        if not self.app.notice_up(STEP_NOTICE):
            self.remove_class("-notices-top")

    def _positions(self, source_ids) -> str:
        """Sources as the list numbers them, the two compared marked: '1 (left), 4'."""
        marks = {"L": " (left)", "R": " (right)", "LR": " (left and right)", "": ""}
        return ", ".join(f"{n}{marks[role]}" for n, role in
                         numbered(self.corpus, source_ids, (self.left_id, self.right_id)))

    # ----- moving in the comparison -------------------------------------------------------

    def action_difference(self, delta: int) -> None:
        if self.comparison is None:
            return
        self._narrow_show_compare()
        if not self.compare_view.step(delta, differences_only=True):
            self.notify("no more differences " + ("below" if delta > 0 else "above"), timeout=2)

    def action_moved(self) -> None:
        spot = self.compare_view.counterpart()  # (check_action: not None)
        if spot is not None:
            self._narrow_show_compare()
            self.compare_view.jump(spot)

    def action_copy(self) -> None:
        current = self.compare_view.current_text()
        if current is None:
            return
        text, source_id, paragraphs = current
        self._narrow_show_compare()  # the paragraph copied is on screen, marked
        self.app.copy_to_clipboard(text)
        numbers = ", ".join(f"¶{i + 1}" for i in paragraphs)
        self.notify(f"copied {numbers} of source {named(self.corpus, source_id)} "
                    f"({len(text)} characters)", timeout=3)

    def action_search(self) -> None:
        self._narrow_show_compare()
        find = self.query_one(FindBar)
        find.open()
        view = self.compare_view
        if find.input.value != view.query_text and self._searches_as_you_type():
            view.search(find.input.value)  # the query kept from before is searched again
            self._refresh_keys()
        self._update_find_count()

    def action_match(self, delta: int) -> None:
        view = self.compare_view  # (check_action: something was searched)
        self._narrow_show_compare()
        if not view.step_match(delta):
            self.notify(f"no matches for “{view.query_text}”", timeout=2)
        self._update_find_count()

    def _searches_as_you_type(self) -> bool:
        """Whether each key typed searches (a long pair searches on enter only)."""
        prepared = self.compare_view.prepared
        return prepared is None or not prepared.is_long

    def _update_find_count(self) -> None:
        """The search bar's count, or why there is none yet."""
        view, find = self.compare_view, self.query_one(FindBar)
        query = find.input.value
        current, total = view.match_position
        if not query:
            text = ""
        elif self.comparison is None:  # searched when the comparison is shown (view.show)
            text = "searching when the comparison is ready"
        elif query != view.query_text:
            text = "enter to search"
        elif total == 0:
            text = "no matches"
        else:
            text = f"{current}/{total}"
        find.set_status(text)

    @on(FindBar.Submitted)
    def _find_submitted(self, message: FindBar.Submitted) -> None:
        view = self.compare_view
        count = view.search(message.query)
        self._update_find_count()
        self._refresh_keys()
        self.set_focus(view)
        if message.query and not count and self.comparison is not None:
            self.notify(f"no matches for “{message.query}”", timeout=3)

    @on(Input.Changed, "#find-input")
    def _find_changed(self, event: Input.Changed) -> None:
        if self._searches_as_you_type():  # cheap: each key searches
            self.compare_view.search(event.value)
            self._refresh_keys()
        self._update_find_count()  # else: "enter to search" until enter

    def action_close_search(self) -> None:
        find = self.query_one(FindBar)
        if self.focused is find.input:
            self.set_focus(self.compare_view)
        find.close()
        self.compare_view.clear_search()
        self._refresh_keys()  # > and < go from the footer

    @on(CompareView.CursorMoved)
    def _cursor_moved(self) -> None:
        self._update_bars()
        self._refresh_keys()

    @on(CompareView.ChangesShown)
    def _changes_shown(self) -> None:
        self._update_bars()

    @on(CompareView.LayoutChanged)
    def _layout_changed(self) -> None:
        view = self.compare_view
        prepared, layout = view.prepared, view.wrapped
        if prepared is not None and layout is not None and prepared.layout is not layout:
            key = (prepared.comparison.left.id, prepared.comparison.right.id)
            if self._compared.get(key) is prepared:  # keep the wrapping for next time
                self._compared[key] = view.prepared = prepared.with_layout(layout)
        self.query_one(CompareHeader).refresh()  # the columns may have a new width
        self._cursor_moved()
        if self._laid_out_keys and view.wrapped is not None and self.comparison is not None:
            keys, self._laid_out_keys = self._laid_out_keys, []
            self.call_after_refresh(self._replay, keys)

    # ----- choosing sources ---------------------------------------------------------------

    @on(SourceList.Picked)
    def _picked(self, message: SourceList.Picked) -> None:
        if not (message.focus_compare and message.source_id == self.right_id):
            self.pick(message.side, message.source_id)  # (enter on the right one: read it)
        if message.focus_compare:
            self.set_focus(self.compare_view)

    def pick(self, side: str, source_id: str) -> None:
        """Show ``source_id`` on one side (the list's l/r, the palette's Left:/Right:); the
        source of the other side, when picked, trades places with it: two different sources."""
        left, right = self.left_id, self.right_id
        if source_id == (left if side == "left" else right):
            self.notify(f"source {named(self.corpus, source_id)} is already on the {side}",
                        timeout=2)
            return
        if side == "left":
            left = source_id
            if left == right:
                right = self.left_id if len(self.corpus) > 1 else right
        else:
            right = source_id
            if right == left:
                left = self.right_id if len(self.corpus) > 1 else left
        self.set_pair(left, right)

    def action_swap(self) -> None:
        self.set_pair(self.right_id, self.left_id)

    def action_step_right(self, delta: int) -> None:
        ids = self.corpus.ids
        if len(ids) < 2:
            return
        i = ids.index(self.right_id)
        for _ in range(len(ids)):
            i = (i + delta) % len(ids)
            if ids[i] != self.left_id:
                break
        self.set_pair(self.left_id, ids[i])

    # ----- panels, dialogs ----------------------------------------------------------------

    def _panels(self) -> list[Widget]:
        if not self.filled:
            return [self.source_list]
        panels: list[Widget] = [self.source_list, self.query_one(FactList), self.compare_view]
        find = self.query_one(FindBar)
        if find.has_class("-open"):
            panels.append(find.input)
        return panels

    def on_key(self, event: events.Key) -> None:
        """Keys no binding took (they bubble up here before the screen's own bindings run)."""
        if event.key == "escape" and self._sidebar_fills_screen():
            # Escape backs out of the sources and facts to the comparison they cover.
            event.stop()
            self._narrow_show_compare()
            return
        if self.comparison is None and self._waits(event.key):
            # A key that moves in the comparison, pressed while it is computed: applied once it
            # is shown, in order, and a notice says so (nothing is lost without a word).
            event.stop()
            self._waiting.append(event.key)
            notify_waiting(self.app, "comparing", self._waiting, "the comparison is shown")
            return
        why = self._why_nothing(event.key)
        if why:  # a key of this screen that does nothing now: say why, briefly
            self.notify(why, timeout=3)

    def _waits(self, key: str) -> bool:
        """Whether ``key`` moves in the comparison (so waits for it)."""
        return any(binding.id in WAITING for _, bindings in self._binding_chain
                   for binding in bindings.key_to_bindings.get(key, ()))

    def _replay(self, keys: list[str]) -> None:
        for key in keys:  # posted by the app, as a key from the terminal is: it bubbles to the
            self.app.call_later(self.app.simulate_key, key)  # app, where bindings are found
        self.app.withdraw(self.app.notice(WAIT_NOTICE))

    def _why_nothing(self, key: str) -> str | None:
        """Why ``key`` does nothing now, if a binding of this screen has it and no binding
        that would run does."""
        from textual.actions import parse

        mine = None
        for namespace, bindings in self._binding_chain:
            for binding in bindings.key_to_bindings.get(key, ()):
                if self.app._check_action_state(binding.action, namespace):
                    return None  # it runs
                if namespace is self and mine is None:
                    mine = parse(binding.action)[1]
        return None if mine is None else self._nothing_to_do(mine)

    def _nothing_to_do(self, action: str) -> str | None:

        if action == "warnings":
            return "no warnings: every file was read without trouble"
        if action == "reload":
            return "no article changed on disk since they were read"
        if not self.filled or self.comparison is None:
            if action in ("moved", "copy", "export", "difference"):
                return "the comparison is not ready yet"
            return None
        if action == "moved":
            return "this paragraph was not moved (↕ marks a moved one)"
        if action == "conflict":
            if self.facts is None:
                return "the facts are still being tallied"
            return "no conflicting facts in these articles"
        if action == "match":
            return f"no search matches to step through ({key_of(self.app, 'search')} searches)"
        return None

    def _sidebar_fills_screen(self) -> bool:
        return self.has_class("-sidebar-focus") and self.has_class("-narrow")

    def action_panel(self, delta: int) -> None:
        panels = self._panels()
        index = next((i for i, p in enumerate(panels) if p is self.focused), len(panels) - 1)
        # At once (not Widget.focus, which waits its turn): keys typed next must go there.
        # (_follow_focus then frames the panel and, when narrow, shows it.)
        self.set_focus(panels[(index + delta) % len(panels)])

    def _narrow_show_compare(self) -> None:
        """A key that acts on the comparison shows it when a sidebar panel fills a narrow
        screen (and gives it the focus, so that the keys that follow act on what is seen)."""
        if self._sidebar_fills_screen() and self.filled and not isinstance(self.focused, Input):
            self.set_focus(self.compare_view)
            self._follow_focus()  # at once: the keys' effect is drawn with the comparison

    def action_help(self) -> None:
        from ..dialogs.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_warnings(self) -> None:
        from ..dialogs.warnings import WarningsScreen

        self.app.clear_load_notice()  # (it would cover the list it points to)
        self.app.push_screen(WarningsScreen(self.corpus.warnings))

    def action_export(self, report: bool = False) -> None:
        comparison = self.comparison
        if comparison is None:
            self.notify("the comparison is not ready yet", timeout=2)
            return
        changed = self.app.changed_now((comparison.left, comparison.right))
        if changed is not None and self._export_warned != changed:
            # Never the text as it was without a word: the notice says what changed; the
            # same key again exports what is shown.
            self._export_warned = changed
            self.notify(f"the articles changed on disk since they were read: "
                        f"{key_of(self.app, 'reload')} reloads them first; "
                        f"{key_of(self.app, 'export')} again exports the text as shown",
                        title="export", severity="warning", timeout=10)
            return
        from ..dialogs.export import ExportDialog

        tally = self.facts.tally if self.facts is not None else None
        # (it starts from the folder and format of this corpus's last export: the app's state)
        self.app.push_screen(ExportDialog(comparison, self.corpus, tally=tally, report=report))

    def action_export_report(self) -> None:
        """The report on every source against the left one (the CLI's ``export``)."""
        self.action_export(report=True)

    def _key_state(self) -> tuple:
        if not self.filled:
            return ()
        view = self.compare_view
        return (view.counterpart() is not None, bool(view.query_text),
                view.match_position[1] > 0, self.query_one(FindBar).has_class("-open"),
                self.comparison is not None,
                self.facts is not None and bool(self.facts.conflicts))

    def _refresh_keys(self) -> None:
        """Refresh the footer only when what check_action answers changed (it is costly)."""
        state = self._key_state()
        if state != self._keys_shown:
            self._keys_shown = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that do nothing now are hidden from the footer."""
        if action == "warnings":
            return bool(self.corpus.warnings)
        if action == "reload":  # (the palette asks the screen)
            return self.app.check_action("reload", parameters)
        if not self.filled:  # the first moments: only the list is there
            return action in ("help", "app.quit", "quit", "panel", "swap", "step_right")
        view = self.compare_view
        if action == "search" and isinstance(self.focused, Input):
            return False  # "/" typed into the search bar is a character
        if action == "close_search":
            return self.query_one(FindBar).has_class("-open") or bool(view.query_text)
        if action == "moved":
            return view.counterpart() is not None
        if action == "match":
            return view.match_position[1] > 0  # none found: nothing to step through
        if action in ("copy", "export", "export_report", "difference"):
            return True if self.comparison is not None else None
        if action == "conflict":
            return True if self.facts is not None and self.facts.conflicts else None
        return True

    # ----- the bars -----------------------------------------------------------------------

    def _update_bars(self) -> None:
        if not self.is_mounted:
            return
        view = self.compare_view if self.filled else None
        self.query_one(CompareHeader).show(self.left_id, self.right_id,
                                           view.side if view else "left")
        self.query_one(StatusBar).show(
            self.corpus, self.left_id, self.right_id, self.comparison,
            view.differences if view else (), view.cursor if view else 0, self.facts,
            changes=view.changes_in_view() if view else None)


def _pair(prepared: Prepared) -> tuple[str, str]:
    return prepared.comparison.left.id, prepared.comparison.right.id
