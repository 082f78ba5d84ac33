"""What a big corpus folder shows while it is read and cleaned (in a worker)."""

from __future__ import annotations

import time
from typing import ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Static

from ..keymap import notify_waiting
from ..safe import error_line, label


class LoadingScreen(Screen):
    BINDINGS: ClassVar = [Binding("q", "app.quit", "Quit", id="quit")]  # (the reader's id)

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.typed: list[str] = []  # keys pressed meanwhile, for the reader once it is up
        self._started = time.monotonic()
        self._timer = None

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(self._text(), id="loading-text")

    def _text(self):
        seconds = time.monotonic() - self._started
        elapsed = f" {seconds:.0f} s" if seconds >= 1 else ""
        return label(f"Reading and cleaning {self.path}…{elapsed}")

    def on_mount(self) -> None:
        # The elapsed time, twice a second: an animation would take CPU time from the reading.
        self._timer = self.set_interval(0.5, self._tick)
        self._load()

    def on_key(self, event: events.Key) -> None:
        """A key for the reader (not one of this screen's): kept for it, and said so."""
        if any(event.key in bindings.key_to_bindings for _, bindings in self._binding_chain):
            return
        if event.is_printable or event.key in ("up", "down", "left", "right", "tab"):
            event.stop()
            self.typed.append(event.key)
            # (the comparison's notice, once the reader is up, replaces this one)
            notify_waiting(self.app, "reading the articles", self.typed, "they are shown")

    def _tick(self) -> None:
        self.query_one("#loading-text", Static).update(self._text())

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self) -> None:
        from ...errors import SeedreaderError
        from ..app import load_watched

        try:
            corpus, files = load_watched(self.path)
        except SeedreaderError as exc:
            self.app.call_from_thread(self.app.corpus_failed, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the reader ends with one line, not a traceback
            self.app.call_from_thread(self.app.corpus_failed,
                                      f"cannot read {self.path}: {error_line(exc)}")
            return
        self.app.call_from_thread(self.app.corpus_loaded, corpus, files)
