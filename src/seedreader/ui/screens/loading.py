"""What a big corpus folder shows while it is read and cleaned (in a worker)."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from ..safe import label


class LoadingScreen(Screen):
    DEFAULT_CSS = """
    LoadingScreen #loading-text { width: auto; color: $text-muted; }
    LoadingScreen LoadingIndicator { height: 1; width: 20; }
    """

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Middle():
            with Center():
                yield Static(label(f"Reading {self.path}…"), id="loading-text")
            with Center():
                yield LoadingIndicator()

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self) -> None:
        from ... import load_corpus
        from ...errors import SeedreaderError

        try:
            corpus = load_corpus(self.path)
        except SeedreaderError as exc:
            self.app.call_from_thread(self.app.corpus_failed, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the reader ends with one line, not a traceback
            message = " ".join(str(exc).split()) or type(exc).__name__
            self.app.call_from_thread(self.app.corpus_failed, f"cannot read {self.path}: {message}")
            return
        self.app.call_from_thread(self.app.corpus_loaded, corpus)
