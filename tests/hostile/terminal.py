"""Running seedreader in a pseudo-terminal and reading what it sends to the screen."""

from __future__ import annotations

import errno
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Callable
from typing import Self


class PtyApp:
    """A child process on a pseudo-terminal of a given size; everything it writes is kept.

    Use as a context manager: the child is killed (its whole process group) on the way out, so a
    failing assertion never leaves it running.
    """

    def __init__(self, argv: list[str], *, cols: int = 120, rows: int = 36,
                 env: dict[str, str] | None = None, cwd: str | None = None) -> None:
        self.argv, self.cols, self.rows = argv, cols, rows
        self.env = env if env is not None else dict(os.environ)
        self.cwd = cwd
        self.output = bytearray()
        self.pid = -1
        self.fd = -1
        self.status: int | None = None

    def __enter__(self) -> Self:
        pid, fd = pty.fork()
        if pid == 0:  # the child: size its terminal, then become the program
            try:
                winsize = struct.pack("HHHH", self.rows, self.cols, 0, 0)
                fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
                if self.cwd:
                    os.chdir(self.cwd)
                os.execvpe(self.argv[0], self.argv, self.env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        return self

    def __exit__(self, *exc) -> None:
        self.kill()

    def kill(self) -> None:
        if self.pid > 0 and self.status is None:
            try:  # pty.fork made the child a session leader: its group is its pid
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                try:
                    os.kill(self.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:
                _, status = os.waitpid(self.pid, 0)
                self.status = status
            except ChildProcessError:
                pass
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def alive(self) -> bool:
        if self.status is not None:
            return False
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid == 0:
            return True
        self.status = status
        return False

    @property
    def returncode(self) -> int | None:
        if self.status is None:
            return None
        return os.waitstatus_to_exitcode(self.status)

    def read_for(self, seconds: float) -> bytes:
        """Read whatever arrives for ``seconds``; the new bytes."""
        return self.read_until(lambda _: False, seconds)

    def read_until(self, done: Callable[[bytes], bool], timeout: float) -> bytes:
        """Read until ``done(all output so far)`` or ``timeout`` seconds or end of output."""
        start = len(self.output)
        deadline = time.monotonic() + timeout
        while not done(bytes(self.output)):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.2))
            if not ready:
                if not self.alive():
                    self._drain()
                    break
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError as exc:  # EIO: the child has gone and the terminal is closed
                if exc.errno != errno.EIO:
                    raise
                break
            if not chunk:
                break
            self.output += chunk
        return bytes(self.output[start:])

    def _drain(self) -> None:
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0)
            if not ready:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def resize(self, cols: int, rows: int) -> None:
        """Resize the terminal (the kernel tells the app with SIGWINCH)."""
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.cols, self.rows = cols, rows

    def press(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def wait(self, timeout: float) -> int | None:
        """Wait for the child to end (reading its output meanwhile); its exit code or None."""
        deadline = time.monotonic() + timeout
        while self.alive() and time.monotonic() < deadline:
            self.read_for(0.1)
        self._drain()
        return self.returncode


def seedreader_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "seedreader", *args]


# --- what reached the screen -------------------------------------------------------------------------
_ESCAPE = re.compile(
    rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1b[P_^X][^\x1b]*\x1b\\"  # DCS, APC, PM, SOS
    rb"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    rb"|\x1b[ -/]*[0-~]"  # other ESC sequences
)


def visible_text(data: bytes) -> str:
    """The characters of terminal output with every escape sequence taken out."""
    return _ESCAPE.sub(b"", data).decode("utf-8", errors="replace")


_OSC = re.compile(rb"\x1b\]([^\x07\x1b]*)(?:\x07|\x1b\\)")


def osc_payloads(data: bytes) -> list[bytes]:
    """The payload of every OSC sequence (window titles, hyperlinks, clipboard...)."""
    return _OSC.findall(data)


def sgr_attributes(data: bytes) -> set[int]:
    """Every SGR attribute set by the output, colour arguments (38;5;n, 38;2;r;g;b) skipped."""
    found: set[int] = set()
    for params in re.findall(rb"\x1b\[([0-9;:]*)m", data):
        values = [int(p) if p else 0 for p in re.split(rb"[;:]", params)]
        i = 0
        while i < len(values):
            v = values[i]
            if v in (38, 48, 58) and i + 1 < len(values):
                i += 3 if values[i + 1] == 5 else 5 if values[i + 1] == 2 else 2
                continue
            found.add(v)
            i += 1
    return found


_SCREEN_TOKEN = re.compile(
    rb"\x1b\[(\d*)(?:;(\d*))?H"  # cursor position: what Textual uses to place every line
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[P_^X][^\x1b]*\x1b\\"
    rb"|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[ -/]*[0-~]|\r|\n"
)


def screen_rows(data: bytes, cols: int = 120, rows: int = 36) -> list[str]:
    """The last screen that ``data`` painted, as lines of text: a small emulator that knows
    cursor positioning, CR/LF and character widths, and ignores every other sequence."""
    import unicodedata

    grid = [[" "] * cols for _ in range(rows)]
    r = c = pos = 0
    while pos < len(data):
        m = _SCREEN_TOKEN.match(data, pos)
        if m:
            token = m.group(0)
            if token.endswith(b"H") and token.startswith(b"\x1b["):
                r, c = int(m.group(1) or 1) - 1, int(m.group(2) or 1) - 1
            elif token == b"\r":
                c = 0
            elif token == b"\n":
                r = min(r + 1, rows - 1)
            pos = m.end()
            continue
        end = pos + 1
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end += 1
        char = data[pos:end].decode("utf-8", errors="replace")
        width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if 0 <= r < rows and 0 <= c < cols:
            grid[r][c] = char
            if width == 2 and c + 1 < cols:
                grid[r][c + 1] = ""
        c += width
        pos = end
    return ["".join(row) for row in grid]
