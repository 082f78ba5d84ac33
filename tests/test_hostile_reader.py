"""The reader in a real pseudo-terminal over a hostile corpus: what reaches the screen.

`python -m seedreader CORPUS` runs on a pty of 120x36 with TERM=xterm-256color; keys are typed;
every byte the app writes is kept and searched for escape sequences that came from article text
(window titles, hyperlinks, bells, blinking, 8-bit controls, bidi overrides). The markup in the
articles must show as literal text, and must not have quit the app.

Pilot-level checks of the same (what the widgets hold) are in test_ui_hostile.py; this is the
end-to-end check through the terminal driver.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hostile import (
    HOSTILE_FILES,
    HOSTILE_NAME,
    HYPERLINK_URL,
    hostile_corpus,
    two_article_corpus,
)
from hostile.terminal import (
    PtyApp,
    osc_payloads,
    screen_rows,
    seedreader_argv,
    sgr_attributes,
    visible_text,
)

# Strings that exist only inside the hostile escape sequences of the corpus.
FROM_ESCAPES = (b"PWNED", b"NAMEPWN", b"IDXPWN", b"C1TITLE", b"DCSDATA", b"NEVER-ENDING",
                HYPERLINK_URL.encode())
PAINT_TIMEOUT = 60  # seconds: only a broken start reaches this
KEY_PAUSE = 0.3


def reader_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", "LANG": "C.UTF-8",
            "SEEDREADER_CONFIG_DIR": str(tmp_path / "config"),
            "SEEDREADER_STATE_DIR": str(tmp_path / "state")}


def drive(folder: Path, env: dict[str, str], keys: list[str], painted: bytes) -> tuple[bytes, int]:
    """Run the reader, wait for ``painted`` on screen, type ``keys``, quit; (output, exit code)."""
    with PtyApp(seedreader_argv(str(folder)), cols=120, rows=36, env=env) as app:
        app.read_until(lambda out: painted in out, PAINT_TIMEOUT)
        assert painted in app.output, visible_text(bytes(app.output))[-2000:]
        app.read_for(KEY_PAUSE)
        for key in keys:
            app.press(key)
            app.read_for(KEY_PAUSE)
            assert app.alive(), f"the reader ended after {key!r}"
        app.press("q")
        code = app.wait(PAINT_TIMEOUT)
        return bytes(app.output), code


def assert_nothing_from_the_articles_drove_the_terminal(out: bytes) -> None:
    assert b"Traceback" not in out
    for payload in osc_payloads(out):  # titles, hyperlinks, clipboard: only the app's own
        assert not any(needle in payload for needle in (*FROM_ESCAPES, b"evil")), payload
    for needle in FROM_ESCAPES:
        assert needle not in out, needle
    without_osc = re.sub(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)", b"", out)
    assert b"\x07" not in without_osc  # no bell
    assert not {5, 6} & sgr_attributes(out)  # nothing blinks
    text = out.decode("utf-8")  # the app writes UTF-8 only
    assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069\u200b]", text)


@pytest.mark.slow  # about 5 s
def test_the_reader_shows_a_hostile_corpus_without_obeying_it(tmp_path):
    folder = hostile_corpus(tmp_path)
    # ] steps the right source, n next difference, s swaps, ? help and escape, p previous
    out, code = drive(folder, reader_env(tmp_path), ["]", "n", "s", "]", "n", "?", "\x1b", "p"],
                      painted=b"Storm closes")
    assert code == 0  # it quit when asked, with q, not before
    assert_nothing_from_the_articles_drove_the_terminal(out)
    screen = visible_text(out)
    assert "[bold]Markup[/]" in screen  # an INDEX.md title with markup, shown literally
    assert "[@click=app" in screen  # the live-action markup, as text
    assert "[bold]Bold" in screen  # markup in the article body
    assert "Escapes title" in screen  # the title whose escape codes were removed


def test_the_reader_over_a_hostile_file_name_and_broken_settings(tmp_path):
    folder = two_article_corpus(tmp_path, HOSTILE_FILES["01_markup.txt"],
                                HOSTILE_FILES["02_escapes.txt"], names=("a.txt", HOSTILE_NAME))
    env = reader_env(tmp_path)
    config_dir, state_dir = Path(env["SEEDREADER_CONFIG_DIR"]), Path(env["SEEDREADER_STATE_DIR"])
    config_dir.mkdir()
    state_dir.mkdir()
    bad_config = b"{\"theme\": \x1b]0;PWNED\x07"
    (config_dir / "config.json").write_bytes(bad_config)
    (state_dir / "state.json").write_bytes(json.dumps({"version": 99}).encode())
    out, code = drive(folder, env, ["]", "n", "s"], painted=b"Storm closes")
    assert code == 0
    assert_nothing_from_the_articles_drove_the_terminal(out)
    assert "[@click=app" in visible_text(out)  # the file name, cleaned, shown as its id
    # both bad files were kept aside byte for byte, and the reader said so on screen
    assert (config_dir / "config.json.bad").read_bytes() == bad_config
    assert json.loads((state_dir / "state.json.bad").read_text()) == {"version": 99}
    screen = " ".join(screen_rows(out))
    assert "settings" in screen and "JSON" in screen and "newer" in screen
    if (state_dir / "state.json").exists():  # what the reader saved on the way out is valid
        assert json.loads((state_dir / "state.json").read_text())["version"] == 1


@pytest.mark.slow
def test_the_reader_over_huge_files_stays_responsive_and_quits_when_asked(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "a_long.txt").write_text("Word " * (10 * 1024 * 1024 // 5))
    (folder / "b_many.txt").write_text("\n".join(f"Line {i} is short." for i in range(100_000)))
    (folder / "c_story.txt").write_bytes(HOSTILE_FILES["05_crlf.txt"])
    with open(folder / "d_huge.txt", "wb") as handle:  # sparse: costs no disk
        handle.truncate(50 * 1024 * 1024)
    # n next difference, ] next right source, page down, [ back, p previous difference
    out, code = drive(folder, reader_env(tmp_path), ["n", "]", "\x1b[6~", "[", "p"],
                      painted=b"Word Word")
    assert code == 0
    assert b"Traceback" not in out
    screen = visible_text(out)
    assert "d_huge.txt" in screen and "too large" in screen  # the refused file, named


def test_the_reader_survives_being_squeezed_to_nothing_and_back(tmp_path):
    folder = hostile_corpus(tmp_path)
    with PtyApp(seedreader_argv(str(folder)), env=reader_env(tmp_path)) as app:
        app.read_until(lambda out: b"Storm closes" in out, PAINT_TIMEOUT)
        for cols, rows in ((30, 8), (1, 1), (200, 60), (80, 24)):
            app.resize(cols, rows)
            app.read_for(KEY_PAUSE)
            app.press("n")
            app.read_for(KEY_PAUSE)
            assert app.alive(), f"the reader ended at {cols}x{rows}"
        app.press("q")
        assert app.wait(PAINT_TIMEOUT) == 0
        assert_nothing_from_the_articles_drove_the_terminal(bytes(app.output))
