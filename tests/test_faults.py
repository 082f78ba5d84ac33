"""Faults around the user's files: bad config/state files, and writes that fail half-way.

What must hold: a bad config or state file gives defaults and a notice, and is kept (renamed
aside), never written over; a write leaves the target either complete and new or untouched,
with no temporary file behind, and says what went wrong in one line.

Already covered elsewhere, so not repeated here: bad *state* files of each kind, a state file
that cannot be moved aside, the reader's notice (test_ui_config.py); an existing target without
--force, a missing folder, a folder as target (test_export_cli.py, test_corpus.py).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hostile.terminal import seedreader_argv

from seedreader.cli import main
from seedreader.config import VERSION, Config, State, load_config, load_state, save_state
from seedreader.paths import config_file, state_file

OLD = "my old notes, which must survive\n"


# --- config and state files -------------------------------------------------------------------------------
@pytest.mark.parametrize("content", [
    b"", b"\n \t\n", b"{\"theme\": ", b"\x00\x01\x02binary", b"\xff\xfe{\x00}\x00", b"\"just a string\"",
    b"null", json.dumps({"version": VERSION + 1, "theme": "nord"}).encode(),
    json.dumps({"version": "one"}).encode(), b"[" * 100_000 + b"]" * 100_000,
], ids=["empty", "blank", "truncated", "binary", "utf16", "string", "null", "future", "version-text",
        "deep"])
def test_a_bad_config_file_gives_defaults_a_notice_and_is_kept_aside(content):
    path = config_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    config, notices = load_config()
    assert config == Config()
    assert len(notices) == 1 and str(path) in notices[0] and "using defaults" in notices[0]
    assert "\n" not in notices[0]
    assert not path.exists() and path.with_name("config.json.bad").read_bytes() == content


def test_a_deeply_nested_state_file_is_moved_aside_too():
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"[" * 100_000)
    state, notices = load_state()
    assert state == State() and "not valid JSON" in notices[0]
    assert path.with_name("state.json.bad").exists()


@pytest.mark.parametrize("which", ["config", "state"])
def test_an_unreadable_file_gives_defaults_and_a_notice_even_as_root(monkeypatch, which):
    # Root reads any file, so a refusing open is simulated where the file is opened.
    path = config_file() if which == "config" else state_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": VERSION, "theme": "nord"}))
    real = os.open

    def refuse(name, *args, **kwargs):
        if Path(name) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    loaded, notices = (load_config if which == "config" else load_state)()
    assert loaded.theme is None
    assert len(notices) == 1 and "cannot be read (Permission denied)" in notices[0]
    aside = path.with_name(f"{path.name}.bad")
    assert aside.exists() and not path.exists()  # kept, under another name
    monkeypatch.setattr(Path, "read_bytes", real)
    if which == "state":
        assert save_state(loaded.with_theme("dracula"))
        assert json.loads(aside.read_text())["theme"] == "nord"  # the original is untouched


def test_a_folder_where_the_state_file_should_be_is_moved_aside_not_crashed_on():
    path = state_file()
    path.mkdir(parents=True)
    (path / "keep.txt").write_text("mine")
    state, notices = load_state()
    assert state == State() and len(notices) == 1
    assert (path.with_name("state.json.bad") / "keep.txt").read_text() == "mine"


def test_state_that_cannot_be_saved_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the state folder should be")
    monkeypatch.setenv("SEEDREADER_STATE_DIR", str(blocker))
    assert save_state(State().with_theme("nord")) is False
    assert blocker.read_text() == "a file where the state folder should be"


def test_wrong_shapes_inside_a_valid_state_file_are_ignored_field_by_field():
    path = state_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": VERSION, "corpus": 12, "theme": ["x"],
                                "pairs": {"/a": ["l", "r"], "/b": "lr", "/c": ["l", 2],
                                          "/d": ["a", "b", "c"]}}))
    state, _ = load_state()
    assert state.theme is None
    assert state.pairs == {"/a": ("l", "r")}
    assert path.exists()  # a valid file is kept in place


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("which", ["config", "state"])
def test_a_fifo_as_config_or_state_file_never_hangs(which):
    path = config_file() if which == "config" else state_file()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    result: list = []
    worker = threading.Thread(target=lambda: result.append(
        (load_config if which == "config" else load_state)()), daemon=True)
    worker.start()
    worker.join(2)  # a hang guard: a correct loader never waits for a writer
    blocked = worker.is_alive()
    if blocked:  # release it: open for writing (it is waiting to read) and close at once
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
    assert not blocked, f"load_{which}() blocked on a FIFO"
    _, notices = result[0]
    assert len(notices) == 1


# --- writes that fail ---------------------------------------------------------------------------------------
def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.fixture
def old_target(tmp_path) -> Path:
    target = tmp_path / "out" / "pair.md"
    target.parent.mkdir()
    target.write_text(OLD)
    return target


def test_a_read_only_folder_is_one_clear_error(tmp_path, capsys, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what a read-only folder does, even to root
    target = tmp_path / "pair.md"
    code, out, err = cli(capsys, "diff", "3", "1", "--format", "md", "-o", str(target))
    assert code == 1 and out == ""
    assert err == f"seedreader: error: cannot write {target}: Permission denied\n"
    assert not target.exists()


@pytest.mark.parametrize("verb", [["diff", "3", "1", "--format", "md"], ["export", "--format", "md"],
                                  ["facts", "--format", "csv"]])
def test_a_rename_that_fails_leaves_the_old_file_and_no_temporary(old_target, capsys, monkeypatch,
                                                                   verb):
    def refuse(src, dst):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "replace", refuse)  # e.g. an immutable target or a read-only mount
    code, _, err = cli(capsys, *verb, "-o", str(old_target), "--force")
    # (csv into pair.md: a warning that the name says md comes first)
    assert code == 1 and err.endswith(f"seedreader: error: cannot write {old_target}: "
                                      "Operation not permitted\n")
    assert old_target.read_text() == OLD
    assert leftovers(old_target.parent, {"pair.md"}) == []


def test_facts_never_overwrites_without_force(old_target, capsys):
    code, _, err = cli(capsys, "facts", "-o", str(old_target))
    assert code == 1 and "exists; use --force" in err and old_target.read_text() == OLD


class _Failing:
    """A text file whose write stores half the text, then raises ``error``."""

    def __init__(self, handle, error: BaseException):
        self.handle, self.error = handle, error

    def write(self, text: str) -> int:
        self.handle.write(text[: len(text) // 2])
        self.handle.flush()
        raise self.error

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


@pytest.mark.parametrize(("error", "code", "message"), [
    (OSError(errno.ENOSPC, "No space left on device"), 1, "No space left on device"),
    (OSError(errno.EIO, "Input/output error"), 1, "Input/output error"),
    (KeyboardInterrupt(), 130, "interrupted"),
], ids=["disk-full", "io-error", "ctrl-c"])
def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary(
        old_target, capsys, monkeypatch, error, code, message):
    real_fdopen = os.fdopen

    def failing_fdopen(fd, *args, **kwargs):
        return _Failing(real_fdopen(fd, *args, **kwargs), error)

    monkeypatch.setattr(os, "fdopen", failing_fdopen)
    got, _, err = cli(capsys, "diff", "3", "1", "--format", "md", "-o", str(old_target),
                      "--force")
    assert got == code and message in err and err.count("\n") == 1
    assert old_target.read_text() == OLD
    assert leftovers(old_target.parent, {"pair.md"}) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_dev_full_is_a_clear_error_and_stays_a_device(capsys):
    before = os.stat("/dev/full")
    for extra in ([], ["--force"]):
        code, out, err = cli(capsys, "diff", "3", "1", "-o", "/dev/full", *extra)
        assert code == 1 and out == ""
        assert err == "seedreader: error: cannot write /dev/full: No space left on device\n"
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev  # never renamed over
    assert not [p for p in os.listdir("/dev") if p.startswith(".full.")]


def test_dev_null_and_stdout_are_written_through(capsys):
    code, _, err = cli(capsys, "export", "--format", "json", "-o", "/dev/null")
    assert code == 0 and err == "seedreader: wrote /dev/null\n"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("target", ["/proc/seedreader-test.md", "/sys/seedreader-test.md",
                                    "/proc/version"])
def test_places_that_refuse_writes_are_one_clear_error(capsys, target):
    if not Path(target).parent.is_dir():
        pytest.skip(f"no {Path(target).parent} here")
    code, out, err = cli(capsys, "diff", "3", "1", "--format", "md", "-o", target, "--force")
    assert code == 1 and out == ""
    assert err.startswith(f"seedreader: error: cannot write {target}: ") and err.count("\n") == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_named_pipe_is_written_to_when_read_and_refused_when_not(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = cli(capsys, "diff", "3", "1", "--format", "json", "-o", str(fifo))
    assert code == 1 and "nothing is reading from it" in err  # refused at once, no hang
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    deadline = time.monotonic() + 10
    while True:  # the reader thread opens the pipe when it gets to run
        code, _, err = cli(capsys, "diff", "3", "1", "--format", "json", "-o", str(fifo))
        if code == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    reader.join(10)
    assert code == 0, err
    assert json.loads(received[0])["schema_version"] == 2
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_symlinked_target_keeps_its_link_and_gets_the_new_text(tmp_path, capsys):
    real = tmp_path / "real.md"
    real.write_text(OLD)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    code, _, err = cli(capsys, "diff", "3", "1", "--format", "md", "-o", str(link))
    assert code == 1 and "exists" in err and real.read_text() == OLD
    code, _, _ = cli(capsys, "diff", "3", "1", "--format", "md", "-o", str(link), "--force")
    assert code == 0 and link.is_symlink() and real.read_text().startswith("<!-- seedreader export -->\n# ")
    assert leftovers(tmp_path, {"real.md", "link.md"}) == []


# --- a process killed between writing the temporary file and renaming it --------------------------------
# The child writes the export, and stops just before the rename until it is killed.
_PAUSED = """
import os, sys, time
real_replace = os.replace
def paused(src, dst):
    print("RENAMING", flush=True)
    time.sleep(60)
    real_replace(src, dst)
os.replace = paused
from seedreader.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_process_stopped_before_the_rename_leaves_the_old_file_and_no_temporary(
        old_target, sig):
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED, "diff", "3", "1", "--format", "md",
                             "-o", str(old_target), "--force"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "RENAMING\n"
        assert len(leftovers(old_target.parent, {"pair.md"})) == 1  # the complete temporary
        proc.send_signal(sig)
        code = proc.wait(30)
    finally:
        proc.kill()
    err = proc.stderr.read()
    assert "Traceback" not in err
    assert code == (130 if sig == signal.SIGINT else 128 + sig)
    assert old_target.read_text() == OLD
    assert leftovers(old_target.parent, {"pair.md"}) == []


def test_a_process_killed_outright_never_leaves_a_half_written_target(old_target):
    # SIGKILL cannot be caught: the hidden temporary stays, but the target is whole.
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED, "diff", "3", "1", "--format", "md",
                             "-o", str(old_target), "--force"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "RENAMING\n"
    finally:
        proc.kill()
        proc.wait(30)
    assert old_target.read_text() == OLD
    assert all(name.startswith(".pair.md.") and name.endswith(".tmp")
               for name in leftovers(old_target.parent, {"pair.md"}))
    proc = subprocess.run(seedreader_argv("diff", "3", "1", "--format", "md", "-o",
                                          str(old_target), "--force"), capture_output=True,
                          check=False)
    assert proc.returncode == 0 and old_target.read_text().startswith(
        "<!-- seedreader export -->\n# ")



def test_a_new_export_gets_the_usual_file_mode_not_a_private_one(tmp_path):
    from seedreader.fileio import atomic_write_text

    mask = os.umask(0o022)
    os.umask(mask)
    target = atomic_write_text(tmp_path / "pair.html", "<p>x</p>")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o666 & ~mask


def test_an_overwritten_file_keeps_its_mode(tmp_path):
    from seedreader.fileio import atomic_write_text

    target = tmp_path / "report.md"
    target.write_text("old")
    os.chmod(target, 0o640)
    atomic_write_text(target, "new", force=True)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert target.read_text() == "new"


def test_a_huge_state_file_is_not_read_into_memory(tmp_path):
    path = state_file()
    path.parent.mkdir(parents=True)
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB of zeros, instantly
    state, notices = load_state()
    assert state == State()
    assert len(notices) == 1 and "too large" in notices[0]
