"""The reader in a real pseudo-terminal (issue 6, benchmark 4).

Every figure is taken the same way: the program runs in a pty (160x48, TERM=xterm-256color) and we
read what it writes. The pty answers Textual's query for synchronized output, so Textual brackets
every frame in BSU/ESU (CSI ? 2026 h/l) and a frame's end is a clear point in time.

- First paint: from spawning the process to the end of the first frame that shows a marker (the
  bare app's one line; the reader's "Sources" panel). The bare app is a Textual app that shows one
  Static, started the same way (``python script.py``). Goal: the reader at most 1.5x the bare app.
- Key to repaint: with the app settled, the time from writing a key to the end of the first frame
  after it that shows the key's effect (the status line's "difference k of" for ``n``; the new
  right source's number in the column header for ``]``). Median of several presses. Goals: < 50 ms
  on the seeds, < 100 ms on the large pair.
- Large pair: vim-version7+8 (2.2 MB) and two copies perturbed like bench_compare's (seeds 6 and 7):
  first paint (the loading screen, up before the corpus is read) < 1 s; also reported: when the
  comparison is on screen, and keys there.

quick=True: the bare app and the seeds, one run each, short timeouts; checks the script runs.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

from run import Row, shared_file

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
COLS, ROWS = 160, 48
BSU, ESU = b"\x1b[?2026h", b"\x1b[?2026l"
DECRQM_SYNC = b"\x1b[?2026$p"
SYNC_SUPPORTED = b"\x1b[?2026;2$y"  # "mode 2026 is known and reset": Textual then uses it
_ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-B]")

BARE_APP = '''
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static("bare-app-ready")


Bare().run()
'''

READER = "from seedreader.cli import main; raise SystemExit(main({argv!r}))"


def _plain(data: bytes) -> str:
    """What a frame shows, roughly: escape sequences removed."""
    return _ANSI.sub(b"", data).decode("utf-8", "replace")


class Pty:
    """A program in a pseudo-terminal, with its output split into frames."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.start = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: size its terminal before the program starts
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pending = b""
        self.recent: list[str] = []  # the last frames' text, newest last

    def frames(self, timeout: float):
        """Yield (time, frame text) for each completed frame, until ``timeout`` seconds pass."""
        end = time.perf_counter() + timeout
        while True:
            left = end - time.perf_counter()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.05))
            if not ready:
                continue
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                return
            now = time.perf_counter()
            if DECRQM_SYNC in data:
                os.write(self.fd, SYNC_SUPPORTED)
            self.pending += data
            while ESU in self.pending:
                frame, _, self.pending = self.pending.partition(ESU)
                text = _plain(frame.split(BSU)[-1])
                self.recent = [*self.recent[-49:], text]
                yield now, text

    def wait_for(self, marker, timeout: float) -> float | None:
        """Seconds since ``self.start`` when a frame showing ``marker`` ended; None on timeout."""
        for when, text in self.frames(timeout):
            if marker in text if isinstance(marker, str) else marker.search(text):
                return when - self.start
        return None

    def settle(self, quiet: float = 0.4, timeout: float = 20.0) -> None:
        """Read until nothing has been written for ``quiet`` seconds."""
        end = time.perf_counter() + timeout
        last = time.perf_counter()
        while time.perf_counter() < end and time.perf_counter() - last < quiet:
            for _when, _text in self.frames(0.05):
                last = time.perf_counter()

    def key(self, data: bytes, marker, timeout: float = 5.0) -> float | None:
        """Seconds from writing ``data`` to the end of the first frame showing ``marker``."""
        self.pending = b""
        t0 = time.perf_counter()
        os.write(self.fd, data)
        for when, text in self.frames(timeout):
            if marker in text if isinstance(marker, str) else marker.search(text):
                return when - t0
        return None

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)


def _env(state: Path) -> dict[str, str]:
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor",
               SEEDREADER_STATE_DIR=str(state / "state"),
               SEEDREADER_CONFIG_DIR=str(state / "config"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))
    env.pop("TEXTUAL", None)
    # Bytecode written and reused, as after an install (pip compiles it): with writing turned
    # off, every run of a module edited since its .pyc was made would compile it again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _first_paint(argv: list[str], marker: str, env: dict[str, str], timeout: float) -> float | None:
    session = Pty(argv, env)
    try:
        return session.wait_for(marker, timeout)
    finally:
        session.close()


def _best_and_median(values: list[float | None]) -> tuple[float, float] | None:
    got = [v for v in values if v is not None]
    return (min(got), statistics.median(got)) if got else None


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


_DIFFERENCE = re.compile(r"difference\s+(\d+)\s+of")


class _NextDifference:
    """Matches a frame whose status line names a difference other than the last one seen."""

    def __init__(self, session: Pty) -> None:
        self.last: str | None = None
        for text in reversed(session.recent):  # what the status line says now
            m = _DIFFERENCE.search(text)
            if m:
                self.last = m.group(1)
                break

    def search(self, text: str) -> bool:
        m = _DIFFERENCE.search(text)
        if m and m.group(1) != self.last:
            self.last = m.group(1)
            return True
        return False


def _latency_row(name: str, goal_ms: float | None, latencies: list[float | None]) -> Row:
    got = [v for v in latencies if v is not None]
    if not got:
        return Row(name, "no repaint seen", note="!")
    median = statistics.median(got)
    return Row(name, _ms(median), f"< {goal_ms:g} ms" if goal_ms else "",
               median * 1000 < goal_ms if goal_ms else None,
               f"median of {len(got)}, best {_ms(min(got))}"
               + (f"; {len(latencies) - len(got)} not seen" if len(got) < len(latencies) else ""))


def _key_rows(name: str, session: Pty, goal_ms: float | None, presses: int,
              corpus_size: int) -> list[Row]:
    """Median key-to-repaint of ``n`` (next difference) and ``]`` (next right source)."""
    latencies = []
    seen = _NextDifference(session)
    for _ in range(presses):
        latencies.append(session.key(b"n", seen))
        session.settle(0.15)
    rows = [_latency_row(f"{name}: n (next difference) to repaint", goal_ms, latencies)]
    if corpus_size >= 3:
        latencies = []
        for step in range(presses):
            position = 2 + (step + 1) % (corpus_size - 1)  # 3, 4, .., n, 2, 3: ] skips 1, the left
            latencies.append(session.key(b"]", re.compile(rf"│\W*R\s+{position}\s")))
            session.settle(0.3)
        rows.append(_latency_row(f"{name}: ] (next right source) to repaint", goal_ms, latencies))
    return rows


def _large_corpus(folder: Path) -> Path | None:
    v7, v8 = shared_file("corpora", "vim-version7.txt"), shared_file("corpora", "vim-version8.txt")
    if not (v7 and v8):
        return None
    sys.path.insert(0, str(HERE))
    from bench_compare import perturb

    big = v7.read_text(encoding="utf-8") + v8.read_text(encoding="utf-8")
    folder.mkdir()
    (folder / "a_vim78.txt").write_text(big, encoding="utf-8")
    (folder / "b_vim78_perturbed.txt").write_text(perturb(big, seed=6), encoding="utf-8")
    (folder / "c_vim78_perturbed.txt").write_text(perturb(big, seed=7), encoding="utf-8")
    return folder


def run(quick: bool) -> list[Row]:
    runs = 1 if quick else 7
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = _env(tmp)
        bare = tmp / "bare_app.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        reader = [sys.executable, "-c", READER.format(argv=[])]
        bare_times, reader_times = [], []
        for _ in range(runs):  # alternate, so both see the same machine load
            bare_times.append(_first_paint([sys.executable, str(bare)], "bare-app-ready", env, 20))
            reader_times.append(_first_paint(reader, "Sources", env, 20))
        b, r = _best_and_median(bare_times), _best_and_median(reader_times)
        if b and r:
            ratio = r[1] / b[1]
            rows.append(Row("reader: bare Textual app first paint", _ms(b[1]),
                            note=f"median of {runs}, best {_ms(b[0])}"))
            rows.append(Row("reader: first paint, bundled seeds", _ms(r[1]),
                            "<= 1.5x bare" if not quick else "", ratio <= 1.5 if not quick else None,
                            f"{ratio:.2f}x bare (medians); best {_ms(r[0])}"))
        else:
            rows.append(Row("reader: first paint", "no paint seen", note="!"))

        session = Pty(reader, env)
        try:
            shown = session.wait_for(re.compile(r"similarity\s+\d+%"), 20)
            session.settle(1.0)
            if shown is not None:
                rows += _key_rows("reader seeds", session, None if quick else 50,
                                  3 if quick else 12, 5)
        finally:
            session.close()

        if quick:
            return rows
        folder = _large_corpus(tmp / "large")
        if folder is None:
            return rows + [Row("reader: large pair", "skipped", note="no ../shared/corpora")]
        large = [sys.executable, "-c", READER.format(argv=[str(folder)])]
        paints = [_first_paint(large, "Reading", env, 30) for _ in range(3)]
        got = _best_and_median(paints)
        if got:
            rows.append(Row("reader: large pair first paint", _ms(got[1]), "< 1 s",
                            got[1] < 1.0, f"loading screen; median of 3, best {_ms(got[0])}"))
        session = Pty(large, env)
        try:
            listed = session.wait_for("Sources", 60)
            shown = session.wait_for(re.compile(r"similarity\s+\d+%"), 60)
            if listed is not None and shown is not None:
                rows.append(Row("reader: large pair, list on screen", f"{listed:.2f} s",
                                note="corpus read and cleaned (3 x 2.2 MB) in a worker"))
                rows.append(Row("reader: large pair, comparison on screen", f"{shown:.2f} s",
                                note="compare() + rows wrapped, in workers"))
                session.settle(1.0, timeout=120)
                rows += _key_rows("reader large pair", session, 100, 8, 3)
        finally:
            session.close()
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
