"""The reader's application: boots the corpus, config and state, and shows the main screen."""

from __future__ import annotations

from textual.app import App

from .. import __version__
from ..config import Config, State, corpus_key, load_config, load_state, save_state
from ..errors import SeedreaderError
from ..models import Corpus
from .commands import ReaderCommands
from .safe import shown
from .screens.main import MainScreen

DEFAULT_THEME = "textual-dark"
SAVE_AFTER = 0.5  # seconds: pair changes are written to the state file after this quiet time


class SeedreaderApp(App[int]):
    """Compare how sources report the same event."""

    TITLE = "seedreader"
    SUB_TITLE = __version__
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ReaderCommands}

    def __init__(self, corpus: Corpus, *, config: Config | None = None,
                 state: State | None = None, notices: list[str] | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.corpus_key = corpus_key(corpus.path if corpus.path != _bundled() else None)
        self.config = config or Config()
        self.state = state or State()
        self.notices = list(notices or ())
        self.keymap: dict[str, str] = {}
        self._save_timer = None
        theme = self.state.theme or self.config.theme or DEFAULT_THEME
        if theme not in self.available_themes:
            self.notices.append(f"unknown theme {theme!r}; using {DEFAULT_THEME}")
            theme = DEFAULT_THEME
        self.theme = theme

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications carry file names, ids and quotes: always plain text, never markup."""
        super().notify(shown(message), title=shown(title), severity=severity, timeout=timeout,
                       markup=False)

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.corpus, self._initial_pair())

    def _initial_pair(self) -> tuple[str, str] | None:
        pair = self.state.pair_for(self.corpus_key)
        if pair and all(p in self.corpus for p in pair):
            return pair
        return None

    def on_mount(self) -> None:
        self._apply_keymap()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for warning in self.corpus.warnings:
            self.notify(warning, title="skipped", severity="warning", timeout=10)
        for notice in self.notices:
            self.notify(notice, title="settings", severity="warning", timeout=12)

    def _apply_keymap(self) -> None:
        from .dialogs.help import all_binding_ids

        known = all_binding_ids()
        keymap = {}
        for binding_id, keys in self.config.keymap.items():
            if binding_id in known:
                keymap[binding_id] = keys
            else:
                self.notices.append(f"config keymap: no binding called {binding_id!r} "
                                    f"(see the ids in the README); ignored")
        self.keymap = keymap
        if keymap:
            self.set_keymap(keymap)

    def _theme_changed(self, theme) -> None:
        self.state = self.state.with_theme(theme.name)
        self._schedule_save()

    def remember_pair(self, left: str, right: str) -> None:
        self.state = self.state.with_pair(self.corpus_key, left, right)
        self._schedule_save()

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_AFTER, self._save_in_background)

    def _save_in_background(self) -> None:
        self._save_timer = None
        self.run_worker(lambda state=self.state: save_state(state), thread=True,
                        group="state", exit_on_error=False)

    def on_unmount(self) -> None:
        if self._save_timer is not None:
            save_state(self.state)


def _bundled():
    from ..paths import bundled_seeds

    return bundled_seeds()


def run(corpus_path: str | None) -> int:
    """Open the reader on a corpus folder (None: the bundled seeds); the exit status."""
    from .. import load_corpus

    corpus = load_corpus(corpus_path)
    if not corpus.sources:
        where = corpus_path or "the bundled corpus"
        details = f" ({corpus.warnings[0]})" if corpus.warnings else ""
        raise SeedreaderError(f"{where} holds no readable articles{details}")
    config, notices = load_config()
    state, state_notices = load_state()
    app = SeedreaderApp(corpus, config=config, state=state, notices=notices + state_notices)
    app.run()
    return app.return_code or 0
