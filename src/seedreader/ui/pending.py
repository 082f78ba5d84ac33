"""Exports being written: quitting the reader waits for them (``run``) instead of ending the
process under them, and says so; nothing else the workers do is waited for."""

from __future__ import annotations

import threading
from pathlib import Path

_LOCK = threading.Lock()
_RUNNING: list[Export] = []


class Export:
    """One export on its way to ``path``: ``done`` once written (``written``) or refused
    (``error``). Once the reader showed the outcome it leaves ``_RUNNING`` (``shown``): nothing
    is left to say about it on quitting."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.started = threading.Event()  # its worker's thread runs it
        self.done = threading.Event()
        self.written: Path | None = None
        self.error: BaseException | None = None

    def finish(self, written: Path | None = None, error: BaseException | None = None) -> None:
        self.written, self.error = written, error
        self.done.set()

    def shown(self) -> None:
        """The reader showed the outcome: quitting has nothing to wait for or say about it."""
        with _LOCK:
            if self in _RUNNING:
                _RUNNING.remove(self)


def begin(path: Path) -> Export:
    export = Export(path)
    with _LOCK:
        _RUNNING.append(export)
    return export


def wait(export: Export, start_within: float = 1.0) -> bool:
    """Wait for ``export`` to be written or refused; False (at once) when its worker did not
    start within ``start_within`` seconds (cancelled with the reader: it never will)."""
    if not export.started.wait(start_within):
        return False
    export.done.wait()
    return True


def untold() -> list[Export]:
    """The exports started whose outcome the reader has not shown (running, or just done)."""
    with _LOCK:
        return list(_RUNNING)
