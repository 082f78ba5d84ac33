"""The export dialog: a file name and a format; never overwrites a file without asking, and
never one the reader reads (an article of the corpus, its INDEX.md), even if asked.

Whatever is typed, no look at the file system (while typing or on enter) raises out of the
dialog: a path the system refuses (a name too long, links in a loop, a ~name that is no user's,
a NUL, a folder removed) is a one-line problem under the name, as the CLI's error is."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static
from textual.worker import Worker, WorkerState

from ...config import State, usable_folder
from ...export import PAIR_FORMATS, REPORT_FORMATS, SUFFIXES, format_of
from ...models import Comparison, Corpus
from ...sanitize import shown
from ..part_styles import StyledParts
from ..safe import error_line, label
from ..source_labels import named
from ..widgets.keys_bar import KeysBar

_NAMES = {"html": "HTML page", "md": "Markdown", "json": "JSON", "text": "plain text"}
FORMATS = {fmt: _NAMES[fmt] for fmt in PAIR_FORMATS}
REPORT = {fmt: _NAMES[fmt] for fmt in REPORT_FORMATS}  # the report's formats
HEADING_TITLE = 24  # cells of each title in the heading: both fit on one line of the dialog
NAME_BYTES = 255  # the longest file name ext4, XFS, btrfs, APFS and NTFS take (in bytes, UTF-8)
SHOWN_NAME = 60  # characters of a name quoted in a problem: the line stays one line
WHERE_SHOWN = 200  # characters of the path shown as typed: three lines of the dialog at most


class InputFile(Exception):
    """The file to write is one the reader reads; the message says which and why not."""


class Unusable(Exception):
    """A path typed that no file can be written at; the message says why, on one line, and
    ``short`` in a few words (for the line that shows where the file goes, while typing)."""

    def __init__(self, message: str, short: str = "") -> None:
        super().__init__(message)
        self.short = short or message


def typed_path(text: str) -> Path:
    """The path ``text`` names, ``~`` and ``~user`` expanded as a shell would; Unusable when
    it holds a NUL or starts with a ~name whose home folder is not known (no such user)."""
    if "\0" in text:
        raise Unusable("A file name cannot hold a NUL character.", "a NUL character")
    path = Path(text)
    try:
        return path.expanduser()
    except RuntimeError:  # ("Could not determine home directory")
        home = path.parts[0]
        why = "HOME is not set" if home == "~" else "no such user"
        home = shown(home, SHOWN_NAME)
        raise Unusable(f"No home folder is known for {home} ({why}): give the folder's path.",
                       f"{home}: {why}") from None


def _cannot(text: str, error: BaseException) -> str:
    """The one line for a path the system refused to look at."""
    if isinstance(error, OSError) and error.errno == errno.ELOOP:
        why = "it goes through links that lead in a loop"
    elif isinstance(error, OSError):
        why = error.strerror or str(error)
    else:
        why = " ".join(str(error).split()) or type(error).__name__
    return f"Cannot write {shown(text, SHOWN_NAME)}: {why}."


def _checked(path: Path, text: str) -> os.stat_result | None:
    """What is at ``path`` now (links followed), None when nothing is (or a link leads
    nowhere, or a folder on the way is a file: the writer says which); Unusable when the
    system refuses to look (a name too long, links in a loop, no permission)."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as exc:
        raise Unusable(_cannot(text, exc)) from None


def absolute(path: Path) -> tuple[str, str | None]:
    """Where ``path`` is (links followed when they can be) and why it cannot be followed, if
    so; never raises (a link loop, a working folder removed)."""
    try:
        return str(path.resolve()), None
    except (OSError, RuntimeError, ValueError) as exc:
        problem = "links in a loop" if isinstance(exc, RuntimeError) or getattr(
            exc, "errno", None) == errno.ELOOP else None
    try:
        return str(path.absolute()), problem
    except OSError:  # (os.getcwd: the working folder was removed)
        return str(path), problem or "the working folder no longer exists"


def _missing_folder(path: Path) -> str | None:
    """Why no file can be made at ``path`` for want of its folder ("folder new does not exist",
    the writer's words), said while typing rather than only on enter; None when the folder is
    there or the system will not say."""
    from ...fileio import no_folder

    folder = path.parent
    try:
        return None if folder.is_dir() else no_folder(folder, shown(str(folder), SHOWN_NAME))
    except (OSError, ValueError):
        return None


def refusal(path: Path, comparison: Comparison, corpus: Corpus | None) -> str | None:
    """Why no export may replace the existing file at ``path`` (links and other names of the
    file count): it is one of the articles compared, another article of ``corpus`` or its
    INDEX.md (``corpus.input_of``, the CLI's rule); None for any other file, or none."""
    from ...corpus import input_of

    found = input_of(path, corpus, comparison.left, comparison.right, index="this corpus's index")
    if found is None:
        return None
    what, compared = found
    whose = "an input of this comparison" if compared else "read by this reader"
    return f"{path.name} is {what}, {whose}; not replacing it: write elsewhere."


def default_name(comparison: Comparison, fmt: str) -> str:
    """``<left id>_vs_<right id>.<suffix>``. When that is longer than a file system takes
    (NAME_BYTES), each id is cut, between characters, to its share (a short one leaves the
    rest to the other) and 8 hex digits of a hash of both whole ids follow, so that pairs whose
    ids start alike keep names of their own."""
    left, right, suffix = comparison.left.id, comparison.right.id, SUFFIXES[fmt]
    name = f"{left}_vs_{right}{suffix}"
    if _size(name) <= NAME_BYTES:
        return name
    digest = hashlib.sha1(f"{left}\0{right}".encode("utf-8", "surrogatepass")).hexdigest()[:8]
    tail = f"_{digest}{suffix}"
    room = NAME_BYTES - _size("_vs_") - _size(tail)
    left = _cut(left, max(room // 2, room - _size(right)))
    return f"{left}_vs_{_cut(right, room - _size(left))}{tail}"


def report_name(comparison: Comparison, fmt: str) -> str:
    """``<left id>_report.<suffix>``: the report on every source against the left one (its
    base), the id cut to fit in NAME_BYTES as ``default_name`` cuts it."""
    suffix = f"_report{SUFFIXES[fmt]}"
    return _cut(comparison.left.id, NAME_BYTES - _size(suffix)) + suffix


def _size(text: str) -> int:
    """Bytes of ``text`` in a file name (at most: an undecodable byte's stand-in counts 3)."""
    return len(text.encode("utf-8", "surrogatepass"))


def _cut(text: str, size: int) -> str:
    """The longest start of ``text`` of at most ``size`` bytes."""
    used = 0
    for i, char in enumerate(text):
        used += _size(char)
        if used > size:
            return text[:i]
    return text


def renamed_for(name: str, comparison: Comparison, fmt: str, named=default_name) -> str:
    """The file name after switching to ``fmt``: the default one (``named``) if empty or left
    as offered (in whatever folder: a default name cut to fit has the room of its own suffix
    only, so it is made again for ``fmt``), the suffix changed if it names a format (.htm,
    .JSON...), else as typed (dots elsewhere in it are the user's)."""
    if not name.strip():
        return named(comparison, fmt)
    path = Path(name)
    was = format_of(path.name)
    if was is not None and was in SUFFIXES and path.name == named(comparison, was):
        return str(path.with_name(named(comparison, fmt)))
    if was is not None:
        return str(path.with_suffix(SUFFIXES[fmt]))
    return name


def _is_working_folder(folder: Path) -> bool:
    try:
        return os.path.samefile(folder, ".")
    except (OSError, ValueError):  # gone (either), a name too long...
        return False


class FormatButton(RadioButton):
    """A format's radio button whose mark says without colour whether it is the one chosen: ●
    chosen, ○ not (Textual's shows ● on each, told apart by colour alone, which a monochrome
    terminal does not show); the chosen one's name is bold too."""

    @property
    def BUTTON_INNER(self) -> str:  # (ToggleButton's name for the mark)
        return "●" if self.value else "○"


class FormatChoice(RadioSet):
    """The formats, one at a time; the arrows choose (not only highlight) as in a radio group."""

    BINDINGS = [
        Binding("down,right", "choose(1)", "Next format", show=False),
        Binding("up,left", "choose(-1)", "Previous format", show=False),
        Binding("enter", "submit", "Export", tooltip="export in the format chosen"),
    ]

    class Submitted(Message):
        """Enter on the formats: export, in ``fmt``."""

        def __init__(self, fmt: str) -> None:
            super().__init__()
            self.fmt = fmt

    def action_choose(self, delta: int) -> None:
        buttons = list(self.query(RadioButton))
        if buttons:
            buttons[(self.pressed_index + delta) % len(buttons)].value = True

    @property
    def chosen(self) -> str | None:
        """The format pressed, as its button says now (RadioSet learns it a message later)."""
        return next((b.name for b in self.query(RadioButton) if b.value), None)

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self.chosen or "html"))

    def choose(self, fmt: str) -> None:
        """Press the button of ``fmt`` without announcing it (the file name said it)."""
        with self.prevent(RadioSet.Changed):
            for button in self.query(RadioButton):
                if button.name == fmt:
                    button.value = True


class ExportDialog(StyledParts, ModalScreen[Path | None]):
    """Dismisses with the written path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export-cancel",
                        tooltip="close the export dialog without writing a file")]
    AUTO_FOCUS = "#export-file"
    COMPONENT_CLASSES: ClassVar[set[str]] = {"export-dialog--verb"}  # "Export" in the heading

    def __init__(self, comparison: Comparison, corpus: Corpus | None = None, *, tally=None,
                 report: bool = False) -> None:
        """``tally``: the reader's ``tally_facts(corpus)``, if done (else the export makes it).
        ``report``: the report on every source of ``corpus`` against the comparison's left
        one, not the comparison. The file goes to the folder, in the format, of the corpus's
        last export saved in the reader's state, if that folder still is one, else to the
        working folder, in HTML."""
        super().__init__()
        self.folder: Path | None = None
        self.comparison = comparison
        self.corpus = corpus
        self.report = report and corpus is not None
        self.formats = REPORT if self.report else FORMATS
        self.named = report_name if self.report else default_name
        self.tally = tally
        self.fmt = "html"
        self.confirmed: Path | None = None  # the existing file the user agreed to replace
        self.writing: Path | None = None  # the file the export worker writes
        self._running = None  # its pending.Export

    def compose(self) -> ComposeResult:
        self._use_saved_export()
        with Vertical():
            yield Static(self._heading(), id="export-heading")
            yield Label("Format")
            with FormatChoice(id="export-format"):
                for fmt, name in self.formats.items():
                    yield FormatButton(name, value=fmt == self.fmt, name=fmt)
            yield Label("File")
            name = self.named(self.comparison, self.fmt)
            if self.folder is not None and not _is_working_folder(self.folder):
                name = str(self.folder / name)
            yield Input(name, id="export-file")
            yield Static(id="export-where")
            yield Static(id="export-problem")
            with Horizontal(id="export-buttons"):
                yield Button("Cancel", id="export-cancel-button")
                yield Button("Export", variant="primary", id="export-go")
        yield KeysBar()  # the dialog's keys, over the reader's

    def _state(self) -> tuple[State, str] | None:
        """The reader's state and the name it gives this corpus, if the app keeps them."""
        state, key = getattr(self.app, "state", None), getattr(self.app, "corpus_key", None)
        return (state, key) if isinstance(state, State) and isinstance(key, str) else None

    def _use_saved_export(self) -> None:
        """Start from the last export of this corpus in an earlier run: its format, and its
        folder if that is still a folder (else, quietly, the working folder)."""
        found = self._state()
        saved = found[0].export_for(found[1]) if found is not None else None
        if saved is None:
            return
        folder, fmt = saved
        if fmt in self.formats:
            self.fmt = fmt
        if os.path.isdir(folder):  # (False, never an error, for a folder gone or unreadable)
            self.folder = Path(folder)

    def _remember(self, written: Path) -> None:
        """Save this export's folder and format in the reader's state for the next run (only
        of a file written: a device or pipe written through is no folder of exports)."""
        found = self._state()
        if found is None:
            return
        try:
            folder = os.path.abspath(written.parent) if os.path.isfile(written) else None
        except (OSError, ValueError):  # (the working folder removed meanwhile)
            folder = None
        if folder is None or not usable_folder(folder):
            return
        self.app.remember_export(folder, self.fmt)

    def _heading(self) -> Content:
        if self.report:
            base = named(self.corpus, self.comparison.left.id, 2 * HEADING_TITLE)
            return Content.assemble(("Export ", ".export-dialog--verb"),
                                    f"all {len(self.corpus)} sources against ", label(base))
        left, right = (named(self.corpus, source.id, HEADING_TITLE)
                       for source in (self.comparison.left, self.comparison.right))
        return Content.assemble(("Export ", ".export-dialog--verb"), label(left), " ⇄ ", label(right))

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = \
            "Export the report" if self.report else "Export the comparison"
        self._describe()

    def _typed(self) -> Path | None:
        """The file the name typed writes (``_target``), None when there is none or it cannot
        be one."""
        raw = self.query_one(Input).value.strip()
        try:
            return self._target(raw) if raw else None
        except Unusable:
            return None

    def _target(self, raw: str) -> Path:
        """The file an export to ``raw`` writes: in a folder, the name offered; a new name
        without a format's suffix takes this one's ("pair" is pair.html: a browser opens that).
        Unusable as ``typed_path``."""
        path = typed_path(raw)
        try:
            found = _checked(path, raw)
        except Unusable:  # (a link loop, a name too long: the path as typed says so on enter)
            return path
        if raw.endswith(("/", os.sep)) or found is not None and stat.S_ISDIR(found.st_mode):
            return path / self.named(self.comparison, self.fmt)
        if format_of(path.name) is None and path.name not in ("", ".", "..") \
                and not os.path.lexists(path):  # ("Smith v. Jones": a dot is no suffix)
            return path.with_name(path.name + SUFFIXES[self.fmt])
        return path  # (what is there already, a link even to nowhere, is named as typed)

    def _describe(self) -> None:
        raw = self.query_one(Input).value.strip()
        line = ""
        if raw:
            try:
                target = self._target(raw)
                full, problem = absolute(target)
            except Unusable as exc:
                line = f"→ ? ({exc.short})"
            else:
                problem = problem or _missing_folder(target)
                line = f"→ {shown(full, WHERE_SHOWN)}" + (f" ({problem})" if problem else "")
        self.query_one("#export-where", Static).update(label(line) if line else Content(""))
        if self.confirmed is not None and self.confirmed != self._typed():
            self.confirmed = None
        self._set_problem("")

    def _set_problem(self, text: str) -> None:
        self.query_one("#export-problem", Static).update(label(text))
        go = self.query_one("#export-go", Button)
        go.label = "Overwrite" if self.confirmed is not None else "Export"
        go.variant = "warning" if self.confirmed is not None else "primary"

    @on(Input.Changed, "#export-file")
    def _file_changed(self, event: Input.Changed) -> None:
        fmt = format_of(event.value.strip())
        if fmt in self.formats and fmt != self.fmt:  # "x.json" typed: JSON is what gets written
            self.fmt = fmt
            self.query_one(FormatChoice).choose(fmt)
        self._describe()

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self._use_format(event.pressed.name or "html")

    @on(FormatChoice.Submitted)
    def _format_submitted(self, event: FormatChoice.Submitted) -> None:
        self._use_format(event.fmt)
        self._go()

    def _use_format(self, fmt: str) -> None:
        self.fmt = fmt
        field = self.query_one(Input)
        if format_of(field.value.strip()) != self.fmt:
            field.value = renamed_for(field.value, self.comparison, self.fmt, self.named)

    @on(Input.Submitted, "#export-file")
    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        raw = self.query_one(Input).value.strip()
        if not raw:
            self._set_problem("Give the file a name.")
            return
        try:
            path = self._target(raw)
            found = _checked(path, raw)
            if found is not None and stat.S_ISDIR(found.st_mode):
                self._set_problem(f"{shown(str(path), SHOWN_NAME)} is a folder; give a file name.")
                return
            refused = refusal(path, self.comparison, self.corpus)
        except Unusable as exc:
            refused = str(exc)
        except (OSError, RuntimeError, ValueError) as exc:  # (reading the corpus's index)
            refused = _cannot(raw, exc)
        if refused is not None:  # no Overwrite offered: not even a second enter replaces it
            self.confirmed = None
            self._set_problem(refused)
            return
        if (found is not None or os.path.lexists(path)) and self.confirmed != path:
            self.confirmed = path  # (a link counts even when it leads nowhere, as for the writer)
            self._set_problem(f"{shown(path.name, SHOWN_NAME)} exists. Press enter or Overwrite "
                              "again to replace it, or change the name.")
            return
        # (_file_changed keeps self.fmt the format a suffix typed names)
        self.writing = path
        from ..pending import begin

        self._running = begin(path)  # (quitting waits for it: run() in app.py)
        self._write(path, self.fmt, force=self.confirmed == path, running=self._running)

    @on(Button.Pressed, "#export-cancel-button")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, path: Path, fmt: str, force: bool, running) -> Path:
        """``running`` (``pending.begin``): the reader quitting meanwhile waits for it."""
        from ...export import render_pair, render_report
        from ...fileio import atomic_write_text

        running.started.set()
        try:
            if self.report:
                text = render_report(self.corpus, fmt, base=self.comparison.left.id)
            else:
                text = render_pair(self.comparison, fmt, corpus=self.corpus, tally=self.tally,
                                   color=False)
            # again, just before writing: a link to an article may have been made meanwhile
            refused = refusal(path, self.comparison, self.corpus)
            if refused is not None:
                raise InputFile(refused)
            written = atomic_write_text(path, text, force=force)
        except BaseException as exc:
            running.finish(error=exc)
            raise
        running.finish(written)
        return written

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "export":
            return
        running = self._running
        if running is not None and event.state in (WorkerState.SUCCESS, WorkerState.ERROR):
            running.shown()
        if event.state == WorkerState.SUCCESS:
            written = event.worker.result
            self._remember(written)
            self.app.notify(f"wrote {absolute(Path(written))[0]}", title="export", timeout=5)
            self.dismiss(written)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            from ...errors import OutputExists

            if isinstance(error, InputFile):
                self.confirmed = None
                self._set_problem(str(error))
                return
            if isinstance(error, OutputExists):  # appeared since the check: ask again
                self.confirmed = self.writing
                self._set_problem(f"{shown(self.writing.name, SHOWN_NAME)} exists now. Press "
                                  "enter or Overwrite again to replace it.")
                return
            self._set_problem(f"Not written: {error_line(error)}")
