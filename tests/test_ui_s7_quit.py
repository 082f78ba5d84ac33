"""Quitting is immediate whatever runs in the background: the reader in a real terminal (a pty),
its comparison made slow, quit while it runs."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pty")

SRC = Path(__file__).resolve().parents[1] / "src"

# The reader on a folder, its compare() made a busy loop of 20 s (holding the GIL as the real
# one does between switches) — what a pair of megabytes costs.
DRIVER = textwrap.dedent("""
    import sys, time
    import seedreader.align as align

    def slow(left, right, **kw):
        end = time.monotonic() + 20
        while time.monotonic() < end:
            pass
        raise RuntimeError("too slow")

    align.compare = slow
    from seedreader.ui.app import run
    sys.exit(run(sys.argv[1]))
""")


def read_until(fd: int, text: bytes, timeout: float) -> bytes:
    seen, end = b"", time.monotonic() + timeout
    while text not in seen and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def start(folder: Path, tmp_path: Path):
    import fcntl
    import struct
    import termios

    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    env = dict(os.environ, PYTHONPATH=str(SRC), SEEDREADER_STATE_DIR=str(tmp_path / "state"),
               SEEDREADER_CONFIG_DIR=str(tmp_path / "config"), TERM="xterm-256color")
    process = subprocess.Popen([sys.executable, "-c", DRIVER, str(folder)], stdin=child,
                               stdout=child, stderr=child, env=env, close_fds=True,
                               start_new_session=True)  # (its signals never reach pytest)
    os.close(child)
    return process, main


@pytest.mark.parametrize("keys", [b"", b"s"])  # q alone; s (another comparison) then q
def test_q_quits_at_once_while_a_comparison_runs(tmp_path, keys):
    from ui_support import STORM, write_corpus

    folder = write_corpus(tmp_path / "c", {"a.txt": "\n\n".join(STORM),
                                           "b.txt": "\n\n".join(reversed(STORM))})
    process, fd = start(folder, tmp_path)
    try:
        assert b"Comparing" in read_until(fd, b"Comparing", 30)
        if keys:
            os.write(fd, keys)
            time.sleep(0.3)
        began = time.monotonic()
        os.write(fd, b"q")
        while process.poll() is None and time.monotonic() - began < 10:
            read_until(fd, b"\0", 0.05)  # (drain the output: a full pty blocks the child)
        took = time.monotonic() - began
        assert process.returncode == 0
        assert took < 1.5, took  # was the rest of the comparison (20 s here)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(fd)
