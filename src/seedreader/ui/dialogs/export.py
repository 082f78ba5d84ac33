"""The export dialog: a file name and a format; never overwrites a file without asking, and
never one the reader reads (an article of the corpus, its INDEX.md), even if asked."""

from __future__ import annotations

import hashlib
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

from ...export import PAIR_FORMATS, SUFFIXES, format_of
from ...models import Comparison, Corpus
from ..part_styles import StyledParts
from ..safe import error_line, label
from ..source_labels import named
from ..widgets.keys_bar import KeysBar

_NAMES = {"html": "HTML page", "md": "Markdown", "json": "JSON", "text": "plain text"}
FORMATS = {fmt: _NAMES[fmt] for fmt in PAIR_FORMATS}
HEADING_TITLE = 24  # cells of each title in the heading: both fit on one line of the dialog
NAME_BYTES = 255  # the longest file name ext4, XFS, btrfs, APFS and NTFS take (in bytes, UTF-8)


class InputFile(Exception):
    """The file to write is one the reader reads; the message says which and why not."""


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


def renamed_for(name: str, comparison: Comparison, fmt: str) -> str:
    """The file name after switching to ``fmt``: the default one if empty, the suffix changed
    if it names a format (.htm, .JSON...), else as typed (dots elsewhere in it are the user's)."""
    if not name.strip():
        return default_name(comparison, fmt)
    path = Path(name)
    if format_of(path.name) is not None:
        return str(path.with_suffix(SUFFIXES[fmt]))
    return name


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

    def __init__(self, comparison: Comparison, corpus: Corpus | None = None,
                 fmt: str = "html", *, tally=None, folder: Path | None = None) -> None:
        """``tally``: the reader's ``tally_facts(corpus)``, if done (else the export makes it);
        ``folder``: where the file goes (the last export's), else the working folder."""
        super().__init__()
        self.folder = folder
        self.comparison = comparison
        self.corpus = corpus
        self.tally = tally
        self.fmt = fmt
        self.confirmed: Path | None = None  # the existing file the user agreed to replace

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._heading(), id="export-heading")
            yield Label("Format")
            with FormatChoice(id="export-format"):
                for fmt, name in FORMATS.items():
                    yield RadioButton(name, value=fmt == self.fmt, name=fmt)
            yield Label("File")
            name = default_name(self.comparison, self.fmt)
            if self.folder is not None and self.folder.resolve() != Path.cwd().resolve():
                name = str(self.folder / name)
            yield Input(name, id="export-file")
            yield Static(id="export-where")
            yield Static(id="export-problem")
            with Horizontal(id="export-buttons"):
                yield Button("Cancel", id="export-cancel-button")
                yield Button("Export", variant="primary", id="export-go")
        yield KeysBar()  # the dialog's keys, over the reader's

    def _heading(self) -> Content:
        left, right = (named(self.corpus, source.id, HEADING_TITLE)
                       for source in (self.comparison.left, self.comparison.right))
        return Content.assemble(("Export ", ".export-dialog--verb"), label(left), " ⇄ ", label(right))

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = "Export the comparison"
        self._describe()

    @property
    def path(self) -> Path:
        return Path(self.query_one(Input).value.strip()).expanduser()

    def _describe(self) -> None:
        raw = self.query_one(Input).value.strip()
        where = self.query_one("#export-where", Static)
        where.update(label(f"→ {self.path.resolve()}") if raw else Content(""))
        if self.confirmed is not None and self.confirmed != self.path:
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
        if fmt in FORMATS and fmt != self.fmt:  # "x.json" typed: JSON is what gets written
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
            field.value = renamed_for(field.value, self.comparison, self.fmt)

    @on(Input.Submitted, "#export-file")
    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        if not self.query_one(Input).value.strip():
            self._set_problem("Give the file a name.")
            return
        path = self.path
        if path.is_dir():
            self._set_problem(f"{path} is a folder; give a file name.")
            return
        refused = refusal(path, self.comparison, self.corpus)
        if refused is not None:  # no Overwrite offered: not even a second enter replaces it
            self.confirmed = None
            self._set_problem(refused)
            return
        if path.exists() and self.confirmed != path:
            self.confirmed = path
            self._set_problem(f"{path.name} exists. Press enter or Overwrite again to replace "
                              "it, or change the name.")
            return
        # (_file_changed keeps self.fmt the format a suffix typed names)
        self._write(path, self.fmt, force=self.confirmed == path)

    @on(Button.Pressed, "#export-cancel-button")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, path: Path, fmt: str, force: bool) -> Path:
        from ...export import render_pair
        from ...fileio import atomic_write_text

        text = render_pair(self.comparison, fmt, corpus=self.corpus, tally=self.tally,
                           color=False)
        # again, just before writing: a link to an article may have been made there meanwhile
        refused = refusal(path, self.comparison, self.corpus)
        if refused is not None:
            raise InputFile(refused)
        return atomic_write_text(path, text, force=force)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "export":
            return
        if event.state == WorkerState.SUCCESS:
            written = event.worker.result
            self.app.notify(f"wrote {written}", title="export", timeout=5)
            self.dismiss(written)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            from ...errors import OutputExists

            if isinstance(error, InputFile):
                self.confirmed = None
                self._set_problem(str(error))
                return
            if isinstance(error, OutputExists):  # appeared since the check: ask again
                self.confirmed = self.path
                self._set_problem(f"{self.path.name} exists now. Press enter or Overwrite again "
                                  "to replace it.")
                return
            self._set_problem(f"Not written: {error_line(error)}")
