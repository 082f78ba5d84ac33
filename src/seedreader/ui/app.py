"""The reader's application: boots the corpus, config and state, and shows the main screen."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import App
from textual.screen import Screen

from .. import __version__
from ..config import Config, State, corpus_key, load_config, load_state, save_state
from ..errors import SeedreaderError
from ..models import Corpus
from .safe import display_line, error_line
from .screens.loading import LoadingScreen
from .screens.main import MainScreen

DEFAULT_THEME = "textual-dark"
SAVE_AFTER = 0.5  # seconds: pair changes are written to the state file after this quiet time
SWITCH_INTERVAL = 0.001  # seconds (Python's default is 0.005)
LOAD_IN_APP = 1_000_000  # bytes of articles above which the corpus loads with the app on screen


LOAD_NOTICE = "reading the articles"  # the title of the notice about the files read
WATCH_EVERY = 2.0  # seconds between looks at the corpus folder's files (their sizes and times)
CHANGED_NOTICE = "files"  # the kind of the notice about files changed on disk (one at a time)
LOOK_NOW_FILES = 2_000  # files above which an export looks only at its pair's (changed_now)
NAMES_SHOWN = 3  # file names a notice names per kind of change
MIN_SIZE = (40, 10)  # columns, rows: below this the reader says so instead of showing fragments


class _Workers(ThreadPoolExecutor):
    """The threads of the reader's workers: quitting does not wait for them (a comparison of
    megabytes runs on for seconds after it was cancelled; nobody needs its answer)."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=False, cancel_futures=True)


def _busy_threads() -> bool:
    """Whether threads other than this one still run work (a worker's comparison)."""
    return any(t is not threading.current_thread() and not t.daemon and t.is_alive()
               for t in threading.enumerate())


class TooSmallScreen(Screen):
    """Shown over everything while the terminal is smaller than ``MIN_SIZE``."""

    DEFAULT_CSS = """
    TooSmallScreen { align: center middle; }
    TooSmallScreen > Static { width: 100%; height: auto; text-align: center; }
    """
    BINDINGS: ClassVar = [("q", "app.quit", "Quit")]

    def compose(self):
        from textual.widgets import Static

        width, height = MIN_SIZE
        yield Static(f"terminal too small (need {width}x{height})", markup=False)

# What the user does (not mouse moves): background work waits a moment after each (see
# screens.main.MainScreen._pace).
_INPUT = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)


class SeedreaderApp(App[int]):
    """Compare how sources report the same event."""

    TITLE = "seedreader"
    SUB_TITLE = __version__
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {lambda: _reader_commands()}

    def __init__(self, corpus: Corpus | None, *, path: str | None = None,
                 config: Config | None = None, state: State | None = None,
                 notices: list[str] | None = None) -> None:
        """``corpus`` None: load ``path`` in a worker, with a loading screen up meanwhile."""
        super().__init__()
        self.corpus = corpus
        self.path = path
        if corpus is not None:
            self.corpus_key = corpus_key(corpus.path if corpus.path != _bundled() else None)
        else:
            self.corpus_key = corpus_key(path)
        self.config = config or Config()
        self.state = state or State()
        self.notices = list(notices or ())
        self.keymap: dict[str, str] = {}
        self.load_error: str | None = None
        self._save_timer = None
        self._one_at_a_time: dict = {}  # a kind of notice: its last one (notify's replaces)
        self._files: Files | None = None  # the corpus's files when they were read
        self.changed: Changes | None = None  # what changed on disk since, if anything
        self._watch_timer = None
        self.last_input = 0.0  # time.monotonic() of the last key or click (MainScreen._pace)
        theme = self.state.theme or self.config.theme or DEFAULT_THEME
        if theme not in self.available_themes:
            self.notices.append(f"unknown theme {theme!r}; using {DEFAULT_THEME}")
            theme = DEFAULT_THEME
        self.theme = theme

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, _INPUT):
            self.last_input = time.monotonic()
        await super().on_event(event)

    def get_system_commands(self, screen: Screen):
        """Textual's palette commands but "Keys": its key panel lists Textual's own bindings
        (some do nothing here) and Escape does not close it; the reader's Help (`?`) lists
        every key, the user's keymap applied."""
        for command in super().get_system_commands(screen):
            if command.title != "Keys":
                yield command

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the reader's readable colours ($reader-accent...)."""
        from .contrast import reader_colors

        variables = super().get_css_variables()
        variables.update(reader_colors(variables, self.current_theme.dark))
        return variables

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """Textual saves to ~/Downloads, and fails where there is none: a folder that exists."""
        if path is None:
            from ..paths import screenshot_dir

            path = str(screenshot_dir())
        return super().deliver_screenshot(filename, path, time_format)

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        if event.name == "screenshot":  # the toast says where (as plain text: a path)
            event.prevent_default()
            where = f" to {event.path}" if event.path is not None else ""
            self.notify(f"saved the screenshot{where}", title="screenshot", timeout=8)

    @on(events.DeliveryFailed)
    def _screenshot_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            self.notify(f"could not save the screenshot: {error_line(event.exception)}",
                        title="screenshot", severity="error", timeout=8)

    def notify(self, message: str | tuple[str, ...], *, title: str = "",
               severity="information", timeout: float | None = None,
               markup: bool = False, replaces: str | None = None) -> None:
        """Notifications carry file names, ids and quotes: always plain text, never markup, each
        line one display line (a line break inside a message is a space). A tuple is shown one
        item a line.

        ``replaces``: a kind of notice shown one at a time (the steps of N and P): this one
        takes the place of the last of that kind, if still up, instead of stacking over the
        comparison. Shown at once (on the app's thread only), so that a key pressed before
        the last one's notice was added still replaces it."""
        lines = message if isinstance(message, tuple) else (message,)
        text, title = "\n".join(display_line(line) for line in lines), display_line(title)
        if replaces is None:  # (thread-safe, as Textual's: posted, shown by _on_notify)
            super().notify(text, title=title, severity=severity, timeout=timeout, markup=False)
            return
        from textual.notifications import Notification

        self._show_notice(Notification(text, title, severity, self.NOTIFICATION_TIMEOUT
                                       if timeout is None else timeout, markup=False), replaces)

    def _on_notify(self, event) -> None:
        """Where Textual's Notify message arrives (``notify`` without ``replaces``, from any
        thread): shown as every notice is, by ``_show_notice``. (Here and not before: presses
        faster than the message do not slip by.)"""
        self._show_notice(event.notification)

    def _show_notice(self, notice, replaces: str | None = None) -> None:
        """Show ``notice`` (a textual Notification), the one way every notice of the reader
        is shown: it takes the place of a notice still shown that is the same in words, title
        and severity (n pressed again at the end: "no more differences below", renewed, not
        stacked over the comparison) and, with ``replaces``, of the last notice of that kind.
        (Textual 8 has no public call that takes one notice off, only ``clear_notifications``:
        ``withdraw`` uses its ``_unnotify``, and ``shown`` its collection of notices.)"""
        same = (notice.message, notice.title, notice.severity)
        for shown in list(self._notifications):
            if (shown.message, shown.title, shown.severity) == same:
                self.withdraw(shown, refresh=False)
        if replaces is not None:
            self.withdraw(self._one_at_a_time.get(replaces), refresh=False)
            self._one_at_a_time[replaces] = notice
        self._notifications.add(notice)
        self._refresh_notifications()

    def withdraw(self, notice, *, refresh: bool = True) -> None:
        """Take ``notice`` (a textual Notification) off the screen, if it is still shown."""
        if self.shown(notice):
            self._unnotify(notice, refresh=refresh)

    def notice_up(self, kind: str) -> bool:
        """Whether the last notice of ``kind`` (``notify(replaces=kind)``) is still shown."""
        return self.notice_left(kind) > 0

    def notice_left(self, kind: str) -> float:
        """The seconds the last notice of ``kind`` is still shown for (0: it is gone)."""
        notice = self.notice(kind)
        return 0.0 if notice is None else max(notice.time_left, 0.0)

    def notice(self, kind: str):
        """The last notice of ``kind`` (a textual Notification), if it is still shown."""
        notice = self._one_at_a_time.get(kind)
        return notice if self.shown(notice) else None

    def shown(self, notice) -> bool:
        """Whether ``notice`` (a textual Notification) is still shown: not replaced, not gone."""
        return notice is not None and notice in self._notifications

    def get_default_screen(self) -> Screen:
        if self.corpus is None:
            return LoadingScreen(self.path or "")
        return MainScreen(self.corpus, self._initial_pair())

    def _initial_pair(self) -> tuple[str, str] | None:
        pair = self.state.pair_for(self.corpus_key)
        if self.corpus is not None and pair and all(p in self.corpus for p in pair):
            return pair
        return None

    def on_load(self) -> None:
        asyncio.get_running_loop().set_default_executor(_Workers())

    def too_small(self) -> bool:
        return self.size.width < MIN_SIZE[0] or self.size.height < MIN_SIZE[1]

    def on_resize(self, event: events.Resize) -> None:
        # One check for every screen (the loading one included, with no key pressed), once
        # the new size is the app's (Textual's own handler runs after this one).
        self.call_after_refresh(self.check_size)

    def check_size(self) -> None:
        """Too small: one line saying so over the screens; big enough again: the screens."""
        covered = isinstance(self.screen, TooSmallScreen)
        if self.too_small() and not covered:
            self.push_screen(TooSmallScreen())
        elif covered and not self.too_small():
            self.pop_screen()

    def on_mount(self) -> None:
        self.check_size()
        self._apply_keymap()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for notice in self.notices:
            self.notify(notice, title="settings", severity="warning", timeout=12)
        if self.corpus is not None:
            self._corpus_warnings()
            self._watch(folder_files(self.corpus.path, self.corpus.sources))

    # ----- files changed on disk ------------------------------------------------------------

    def _watch(self, files: Files) -> None:
        """Look at the corpus's files every ``WATCH_EVERY`` seconds (and when the terminal gets
        the focus back): their sizes and times against ``files``, what was read."""
        self._files, self.changed = files, None
        if self._watch_timer is None:
            self._watch_timer = self.set_interval(WATCH_EVERY, self.check_files)

    def on_app_focus(self) -> None:
        self.check_files()

    def check_files(self) -> None:
        if self._files is not None and self.corpus is not None:
            self._look(self.corpus)

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _look(self, corpus: Corpus) -> None:
        files = folder_files(corpus.path, corpus.sources)
        self.call_from_thread(self._looked, corpus, files)

    def _looked(self, corpus: Corpus, files: Files) -> None:
        if corpus is not self.corpus or self._files is None:
            return  # reloaded meanwhile
        found = changes(self._files, files)
        found = found if any(found) else None
        if found == self.changed:
            return
        self.changed = found
        if found is None:  # changed back as it was
            self.withdraw(self.notice(CHANGED_NOTICE))
        else:
            from .keymap import key_of

            self.notify(f"{changes_line(found)} since the articles were read: "
                        f"{key_of(self, 'reload')} reloads them", title="files changed on disk",
                        severity="warning", timeout=30, replaces=CHANGED_NOTICE)
        self.screen.refresh_bindings()

    def changed_now(self, sources=()) -> Changes | None:
        """What changed on disk since the articles were read, looked at now: the whole folder
        when it is small (a few stats); in a big one (a full look is a pause: 0.2 s for 20,000
        files) the files of ``sources`` now (the pair an export writes) and the rest as the
        watcher last saw it, at most ``WATCH_EVERY`` seconds ago."""
        if self._files is None or self.corpus is None:
            return None
        corpus = self.corpus
        if len(self._files) <= LOOK_NOW_FILES or not sources:
            self._looked(corpus, folder_files(corpus.path, corpus.sources))
            return self.changed
        now = folder_files(corpus.path, sources, scan=False)
        names = {_name(corpus.path, source.path) for source in sources if source.path is not None}
        before = {name: stamp for name, stamp in self._files.items() if name in names}
        found = changes(before, now)
        if self.changed is not None:
            found = tuple(tuple(sorted(set(a) | set(b)))  # type: ignore[assignment]
                          for a, b in zip(self.changed, found, strict=True))
        return found if any(found) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reload":
            return self.changed is not None
        return True

    def action_reload(self) -> None:
        if self.corpus is not None and self.corpus.path is not None:
            self._reload(self.corpus.path)

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def _reload(self, path: Path) -> None:
        try:
            corpus, files = load_watched(path)
        except Exception as exc:  # noqa: BLE001 - one line; the articles read stay shown
            self.call_from_thread(self.notify, f"could not reload: {error_line(exc)}",
                                  title="files changed on disk", severity="error", timeout=10)
            return
        self.call_from_thread(self._reloaded, corpus, files)

    def _reloaded(self, corpus: Corpus, files: Files) -> None:
        old = next((s for s in reversed(self.screen_stack) if isinstance(s, MainScreen)), None)
        found = self.changed
        self.corpus = corpus
        self._watch(files)
        self.withdraw(self.notice(CHANGED_NOTICE))
        pair, place = (None, None) if old is None else (old.pair_in(corpus), old.place())
        screen = MainScreen(corpus, pair, place=place)
        if old is not None:
            old.workers.cancel_node(old)
            old.let_go()
        if old is not None and self.screen is old and self.screen_stack[0] is not old:
            self.switch_screen(screen)
        else:  # (the first screen cannot be switched: the new one goes over it)
            self.push_screen(screen)
        what = f" ({changes_line(found)})" if found else ""
        self.notify(f"reloaded {len(corpus)} articles{what}", title="files changed on disk",
                    timeout=5)
        self._corpus_warnings()

    def _corpus_warnings(self) -> None:
        warnings = self.corpus.warnings
        if len(warnings) == 1:
            self.notify(warnings[0], title=LOAD_NOTICE, severity="warning", timeout=10)
        elif warnings:
            from .dialogs.warnings import summary
            from .keymap import key_of

            self.notify(summary(warnings, key_of(self, "warnings")),
                        title=LOAD_NOTICE, severity="warning", timeout=12)

    def clear_load_notice(self) -> None:
        """Take the notice about the files read off the screen (the list is open)."""
        for notice in list(self._notifications):
            if notice.title == LOAD_NOTICE:
                self.withdraw(notice)

    def corpus_loaded(self, corpus: Corpus, files: Files | None = None) -> None:
        """The loading screen's worker finished: show the corpus."""
        if not corpus.sources:
            self.load_error = _nothing_readable(self.path, corpus)
            self.exit(return_code=1)
            return
        self.corpus = corpus
        typed: list[str] = []
        for loading in self.screen_stack:
            if isinstance(loading, LoadingScreen):
                loading.stop()
                typed += loading.typed
        covered = isinstance(self.screen, TooSmallScreen)
        if covered:
            self.pop_screen()
        self.push_screen(MainScreen(corpus, self._initial_pair(), typed=typed))  # over it
        if covered:
            self.push_screen(TooSmallScreen())
        self._corpus_warnings()
        self._watch(folder_files(corpus.path, corpus.sources) if files is None else files)

    def corpus_failed(self, message: str) -> None:
        self.load_error = message
        self.exit(return_code=1)

    def _apply_keymap(self) -> None:
        if not self.config.keymap:  # the usual case: nothing to check, nothing to import
            return
        from .keymap import checked

        keymap, notices = checked(self.config.keymap)
        self.notices.extend(notices)
        self.keymap = keymap
        if keymap:
            self.set_keymap(keymap)

    def _theme_changed(self, theme) -> None:
        self.state = self.state.with_theme(theme.name)
        self._schedule_save()

    def remember_pair(self, left: str, right: str) -> None:
        self.state = self.state.with_pair(self.corpus_key, left, right)
        self._schedule_save()

    def remember_export(self, folder: str, fmt: str) -> None:
        """The folder and format of this corpus's last export: the export dialog starts there."""
        self.state = self.state.with_export(self.corpus_key, folder, fmt)
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
        saving = any(w.group == "state" and not w.is_finished for w in self.workers)
        if self._save_timer is not None or saving:  # (the process may end before a worker)
            save_state(self.state)


Files = dict[str, tuple[int, int]]  # a file's name in the folder -> (modified ns, size)
Changes = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # edited, added, deleted


def folder_files(folder: Path | None, sources=(), *, scan: bool = True,
                 exports: bool = True) -> Files:
    """What a reload of ``folder`` would read, as ``os.stat`` tells it: its articles and
    INDEX.md, and the files of ``sources`` wherever INDEX.md put them. A file of the folder
    that is not one of ``sources`` and is a seedreader export (``export.common.is_export``:
    what ``load_corpus`` leaves out, the reader's own exports among them) is no article: its
    first bytes are read once per version of it (``_EXPORTS``). Files are named as the
    folder has them (``entry.name``); only a source outside it costs a path worked out.
    ``scan=False``: only the files of ``sources``; ``exports=False``: exports are not told
    apart (nothing read)."""
    from ..corpus import ARTICLE_SUFFIXES, INDEX_NAME

    if folder is None:
        return {}
    index = INDEX_NAME.lower()
    read = {os.path.abspath(source.path) for source in sources if source.path is not None}
    found: dict[str, str] = {}  # a file's path: its name as the folder has it
    try:
        with os.scandir(folder) if scan else contextlib.nullcontext(()) as entries:
            for entry in entries:
                name = entry.name.lower()
                if not entry.name.startswith(".") and (
                        name.endswith(ARTICLE_SUFFIXES) or name == index):
                    found[os.path.abspath(entry.path)] = entry.name
    except OSError:
        pass
    for path in read - found.keys():  # (INDEX.md put it elsewhere: named from the folder)
        found[path] = _name(folder, path)
    files: Files = {}
    for path, name in found.items():
        try:
            info = os.stat(path)
        except OSError:
            continue
        stamp = (info.st_mtime_ns, info.st_size)
        if exports and path not in read and name.lower() != index and _export(Path(path), stamp):
            continue
        files[name] = stamp
    return files


def load_watched(path: Path | str) -> tuple[Corpus, Files]:
    """``load_corpus(path)`` and its folder's files (``folder_files``) as they were before it
    read them: a change while it reads shows at the next look. The files before are only
    stat'ed; the few the load left out are told apart from exports after it."""
    from .. import load_corpus

    before = folder_files(Path(path), exports=False)
    corpus = load_corpus(path)
    read = folder_files(corpus.path, corpus.sources)
    folder = corpus.path if corpus.path is not None else Path(path)
    files = {name: stamp for name, stamp in before.items()
             if name in read or not _export(Path(folder, name), stamp)}
    files.update({name: stamp for name, stamp in read.items() if name not in files})
    return corpus, files


def _name(folder: Path, path) -> str:
    """A file's name in ``folder``'s files (``folder_files``): its path from the folder."""
    return os.path.relpath(os.path.abspath(path), os.path.abspath(folder))


_EXPORTS: dict[Path, tuple[tuple[int, int], bool]] = {}  # path: (its stamp, is an export)


def _export(path: Path, stamp: tuple[int, int]) -> bool:
    """Whether the file at ``path`` (as ``stamp`` found it) is a seedreader export."""
    from ..corpus import _is_export_file

    known = _EXPORTS.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    found = _is_export_file(str(path))
    if len(_EXPORTS) > 10_000:  # (a folder of exports rewritten for hours)
        _EXPORTS.clear()
    _EXPORTS[path] = (stamp, found)
    return found


def changes(before: Files, now: Files) -> Changes:
    """The files edited, added and deleted between two looks at a folder."""
    return (tuple(sorted(n for n in before.keys() & now.keys() if before[n] != now[n])),
            tuple(sorted(now.keys() - before.keys())),
            tuple(sorted(before.keys() - now.keys())))


def changes_line(found: Changes) -> str:
    """'a03.txt edited; a12.txt added; a05.txt deleted' (a few names per kind, then a count)."""
    parts = []
    for names, what in zip(found, ("edited", "added", "deleted"), strict=True):
        if names:
            shown = ", ".join(names[:NAMES_SHOWN])
            more = f" and {len(names) - NAMES_SHOWN} more" if len(names) > NAMES_SHOWN else ""
            parts.append(f"{shown}{more} {what}")
    return "; ".join(parts)


def _reader_commands():
    from .commands import ReaderCommands  # imported when the palette opens, not at start

    return ReaderCommands


def _bundled():
    from ..paths import bundled_seeds

    return bundled_seeds()


def _nothing_readable(path: str | None, corpus: Corpus) -> str:
    where = path or "the bundled corpus"
    details = f" ({corpus.warnings[0]})" if corpus.warnings else ""
    return f"{where} holds no readable articles{details}"


def _article_bytes(path: str) -> int:
    """Roughly how much text a corpus folder holds (its files' sizes), without reading them."""
    total = 0
    try:
        with os.scandir(path) as entries:
            for entry in entries:
                try:
                    if entry.is_file():
                        total += entry.stat().st_size
                except OSError:
                    continue
    except OSError:
        return 0
    return total


def _finish_exports(code: int) -> int:
    """Wait for the exports still being written when the reader closed, saying so, and say
    how each ended (the reader could not): never an export lost without a word."""
    from .pending import untold, wait

    for export in untold():
        where = display_line(str(export.path))
        if not export.done.is_set():
            print(f"seedreader: finishing the export to {where}…", file=sys.stderr, flush=True)
        if not wait(export):
            print(f"seedreader: the export to {where} was not written: the reader closed "
                  "before it began", file=sys.stderr)
            code = code or 1
        elif export.error is None:
            print(f"seedreader: wrote {display_line(str(export.written))}", file=sys.stderr)
        else:
            print(f"seedreader: the export to {where} was not written: "
                  f"{error_line(export.error)}", file=sys.stderr)
            code = code or 1
        export.shown()
    return code


def run(corpus_path: str | None) -> int:
    """Open the reader on a corpus folder (None: the bundled seeds); the exit status."""
    # Workers (compare, tally) hold the GIL in long pure-Python stretches; a shorter switch
    # interval hands it back to the interface sooner, so keys repaint while they run.
    sys.setswitchinterval(SWITCH_INTERVAL)
    config, notices = load_config()
    state, state_notices = load_state()
    notices += state_notices
    if corpus_path is not None and _article_bytes(corpus_path) > LOAD_IN_APP:
        # A big folder: put the app on screen first and load it there (cleaning megabytes of
        # text takes seconds); an error still ends as one line after the app closes.
        app = SeedreaderApp(None, path=str(Path(corpus_path)), config=config, state=state,
                            notices=notices)
    else:
        from .. import load_corpus

        corpus = load_corpus(corpus_path)
        if not corpus.sources:
            raise SeedreaderError(_nothing_readable(corpus_path, corpus))
        app = SeedreaderApp(corpus, config=config, state=state, notices=notices)
    app.run()
    if app.load_error:
        raise SeedreaderError(app.load_error)
    code = app.return_code or 0
    code = _finish_exports(code)
    if _busy_threads():
        # A worker still computing (a long pair) would keep the process alive until it ends,
        # seconds after the reader closed: its answer is not needed, nothing is left to write.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
