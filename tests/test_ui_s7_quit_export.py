"""Quitting while an export is being written: the reader waits for it and says so, instead of
ending the process under it (the file lost without a word); the reader in a real terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from test_ui_s7_quit import SRC, read_until

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pty")

# The reader on a folder, its export made slow (3 s), as a pair of megabytes makes it.
DRIVER = textwrap.dedent("""
    import sys, time
    import seedreader.export as export

    real = export.render_pair

    def slow(*args, **kw):
        time.sleep(3)
        return real(*args, **kw)

    export.render_pair = slow
    from seedreader.ui.app import run
    sys.exit(run(sys.argv[1]))
""")


def start(folder, tmp_path, cwd, driver=DRIVER):
    import fcntl
    import struct
    import termios

    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    env = dict(os.environ, PYTHONPATH=str(SRC), SEEDREADER_STATE_DIR=str(tmp_path / "state"),
               SEEDREADER_CONFIG_DIR=str(tmp_path / "config"), TERM="xterm-256color")
    process = subprocess.Popen([sys.executable, "-c", driver, str(folder)], stdin=child,
                               stdout=child, stderr=child, env=env, close_fds=True, cwd=cwd,
                               start_new_session=True)
    os.close(child)
    return process, main


def wait_exit(process, fd, limit: float) -> bytes:
    seen, began = b"", time.monotonic()
    while process.poll() is None and time.monotonic() - began < limit:
        seen += read_until(fd, b"\0", 0.05)
    return seen + read_until(fd, b"\0", 0.2)


def test_quitting_during_an_export_finishes_it_and_says_so(tmp_path):
    from ui_support import STORM, write_corpus

    folder = write_corpus(tmp_path / "c", {"a.txt": "\n\n".join(STORM),
                                           "b.txt": "\n\n".join(STORM[:-1])})
    out = tmp_path / "out"
    out.mkdir()
    process, fd = start(folder, tmp_path, out)
    try:
        read_until(fd, b"Comparing", 30)
        time.sleep(2)  # (the comparison of two short articles is laid out by then)
        os.write(fd, b"e")
        assert b"Export" in read_until(fd, b"Export the comparison", 10)
        os.write(fd, b"\r")
        time.sleep(0.5)
        os.write(fd, b"\x11")  # ctrl+q: the app's quit, from inside the dialog
        seen = wait_exit(process, fd, 15)
        assert process.returncode == 0
        written = [p.name for p in out.iterdir() if not p.name.startswith(".")]
        assert written == ["a_vs_b.html"], (written, seen[-500:])
        assert b"finishing the export" in seen
        assert b"wrote " in seen
        assert b"Traceback" not in seen and b"exception calling" not in seen
        assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temp left
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(fd)


def test_exports_left_when_the_reader_closed_are_each_reported(tmp_path, capsys, monkeypatch):
    """Written, refused, or never begun (its worker cancelled with the reader): each one says so
    on closing, none waited for forever, and the exit status says when one was not written."""
    from seedreader.ui import app, pending

    monkeypatch.setattr(pending, "_RUNNING", [])
    written, refused, _never = (pending.begin(tmp_path / n) for n in ("w.md", "r.md", "n.md"))
    for export in (written, refused):
        export.started.set()
    written.finish(tmp_path / "w.md")
    refused.finish(error=OSError(28, "No space left on device"))
    shown = pending.begin(tmp_path / "s.md")  # its outcome shown in the reader: nothing to say
    shown.started.set()
    shown.finish(tmp_path / "s.md")
    shown.shown()
    began = time.monotonic()
    assert app._finish_exports(0) == 1
    assert time.monotonic() - began < 3
    err = capsys.readouterr().err
    assert f"wrote {tmp_path / 'w.md'}" in err
    assert "r.md was not written: " in err and "No space left on device" in err
    assert "n.md was not written: the reader closed before it began" in err
    assert "s.md" not in err and "finishing" in err  # (n.md was not done: "finishing" first)
    assert pending.untold() == []
    assert app._finish_exports(0) == 0  # nothing left
