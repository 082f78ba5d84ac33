"""Every verb over hostile corpora and odd files, as a user runs it: `python -m seedreader ...`.

What must hold whatever the input: no traceback, exit status 0 (done), 1 (an error the user can
act on, one line) or 2 (usage); every skipped entry named in one warning line; nothing from the
articles that could drive a terminal reaches stdout, and exports show markup as text.

Loader-level cases (each INDEX.md problem, each encoding) are in test_corpus.py; here they are
checked through the command line. compare() on huge one-line files is in test_faults.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile import (
    BLINK_MARK,
    HOSTILE_FILES,
    HOSTILE_INDEX_SKIPS,
    HTML_IMG,
    HTML_SCRIPT,
    HYPERLINK_URL,
    MD_LINK,
    SECRET,
    STORY,
    UNUSABLE_FILES,
    controls_in,
    hostile_corpus,
    two_article_corpus,
)
from hostile.terminal import PtyApp, seedreader_argv

from seedreader import compare

# Strings that only exist inside hostile escape sequences: none may ever be printed.
NEVER_SHOWN = ("PWNED", "NAMEPWN", "IDXPWN", "C1TITLE", "DCSDATA", "NEVER-ENDING", HYPERLINK_URL)
HANG_GUARD = 120  # seconds: only a hang reaches this


@dataclass
class Run:
    code: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")  # strict: output must be valid UTF-8

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("seedreader: warning: ")]


def seedreader(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
               stdin: bytes | None = None) -> Run:
    """Run the CLI in a subprocess; assert what must hold for any run."""
    proc = subprocess.run(seedreader_argv(*args), capture_output=True, cwd=cwd, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=HANG_GUARD, check=False)
    err = proc.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in err, err
    assert proc.returncode in (0, 1, 2), (proc.returncode, err)
    for line in err.splitlines():  # every line of stderr is ours, one message each
        assert line.startswith(("seedreader: ", "usage: ", " ")), err
        assert not controls_in(line), line
    if proc.returncode:
        assert any(line.startswith("seedreader: error: ") for line in err.splitlines()), err
    for needle in NEVER_SHOWN:
        assert needle.encode() not in proc.stdout and needle not in err
    return Run(proc.returncode, proc.stdout, err)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    return hostile_corpus(tmp_path_factory.mktemp("hostile"))


def strings_in(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in strings_in(k) + strings_in(v)]
    if isinstance(data, list):
        return [s for v in data for s in strings_in(v)]
    return []


# --- every verb, every format, over a hostile corpus ---------------------------------------------------
VERB_RUNS = [
    ("sources", "{c}"), ("sources", "{c}", "--format", "json"),
    ("diff", "1", "2", "--corpus", "{c}"), ("diff", "2", "3", "--corpus", "{c}", "--format", "json"),
    ("diff", "01_markup", "02_escapes", "--corpus", "{c}", "--format", "html"),
    ("diff", "1", "8", "--corpus", "{c}", "--format", "md"),
    ("diff", "3", "4", "--corpus", "{c}", "--format", "text"),
    ("facts", "{c}"), ("facts", "{c}", "--format", "json"), ("facts", "{c}", "--format", "csv"),
    ("export", "{c}"), ("export", "{c}", "--format", "md"), ("export", "{c}", "--format", "json"),
]


@pytest.mark.parametrize("argv", VERB_RUNS, ids=lambda a: "-".join(x for x in a if x != "{c}"))
def test_every_verb_and_format_over_a_hostile_corpus(hostile, argv):
    run = seedreader(*(hostile if a == "{c}" else a for a in argv))
    assert run.code == 0, run.err
    text = run.text
    assert not controls_in(text), controls_in(text)[:5]
    assert "\x1b" not in text and BLINK_MARK not in "".join(controls_in(text))
    assert SECRET not in text  # the file outside the corpus was never read
    fmt = argv[argv.index("--format") + 1] if "--format" in argv else "text"
    if fmt == "json":
        assert not controls_in("".join(strings_in(json.loads(text))))
    if fmt == "html":
        assert HTML_SCRIPT not in text and HTML_IMG not in text and "<script" not in text.lower()
    if fmt == "md":
        assert HTML_SCRIPT not in text and HTML_IMG not in text and MD_LINK not in text
    if fmt in ("html", "md") and "markup" in " ".join(argv) + (" export" if "export" in argv else ""):
        assert "onerror" not in re.sub(r"&lt;img src=x onerror|\\<img src=x onerror", "", text)


def test_markup_in_articles_is_shown_as_text_in_every_format(hostile):
    marker = "[@click=app.quit]quit now[/]"
    for fmt in ("text", "json"):
        assert marker in seedreader("diff", "1", "3", "--corpus", str(hostile), "--format", fmt).text
    html = seedreader("diff", "1", "3", "--corpus", str(hostile), "--format", "html").text
    assert "&lt;script&gt;" in html and "[@click=app.quit]quit now[/]" in html


def test_each_skipped_entry_is_named_in_one_warning_line_and_the_rest_loads(hostile):
    run = seedreader("sources", str(hostile), "--format", "json")
    assert run.code == 0
    ids = [s["id"] for s in json.loads(run.text)["sources"]]
    assert ids == [Path(name).stem for name in HOSTILE_FILES]
    skipped = [w for w in run.warnings if "skipped" in w]
    outside = str(hostile.parent / "outside.txt")
    for entry, reason in HOSTILE_INDEX_SKIPS.items():
        lines = [w for w in skipped if f"skipped {entry.format(outside=outside)}" in w]
        assert len(lines) == 1, (entry, skipped)
        assert reason in lines[0], (entry, lines[0])
    assert len(skipped) == len(HOSTILE_INDEX_SKIPS)
    # the index's hostile cells are cleaned; the javascript: url is dropped with a warning
    sources = {s["id"]: s for s in json.loads(run.text)["sources"]}
    assert sources["02_escapes"]["title"] == "Escapes title"
    assert sources["01_markup"]["url"] == ""
    assert sum("javascript:alert(1)" in w for w in run.warnings) == 1


@pytest.mark.parametrize(("variant", "needle"), [
    ("none", None),
    ("empty", "INDEX.md is empty"),
    ("header_only", "lists no files"),
    ("prose", "has no table"),
])
def test_index_variants_fall_back_to_the_folder_listing(tmp_path, variant, needle):
    folder = hostile_corpus(tmp_path, variant, hostile_name=variant == "none")
    run = seedreader("sources", str(folder), "--format", "json")
    assert run.code == 0
    ids = [s["id"] for s in json.loads(run.text)["sources"]]
    assert ids[:len(HOSTILE_FILES)] == [Path(name).stem for name in HOSTILE_FILES]
    if needle:
        assert sum(needle in w for w in run.warnings) == 1, run.warnings
    for name in [*UNUSABLE_FILES, "link_out.txt"]:
        assert sum(f"skipped {name}" in w for w in run.warnings) == 1, (name, run.warnings)
    if variant == "none":  # the file whose name holds escape codes and markup
        assert ids[-1] == "[@click=app.quit]x"
        assert seedreader("diff", "1", str(len(ids)), "--corpus", str(folder)).code == 0


def test_a_malformed_index_loads_what_it_can(tmp_path):
    run = seedreader("sources", str(hostile_corpus(tmp_path, "malformed")), "--format", "json")
    assert [s["id"] for s in json.loads(run.text)["sources"]] == ["01_markup"]
    assert sum("no |---| line" in w for w in run.warnings) == 1
    assert sum("malformed row" in w for w in run.warnings) == 1


def test_index_verb_over_a_hostile_folder_writes_a_clean_loadable_index(tmp_path):
    folder = hostile_corpus(tmp_path, "none", hostile_name=True)
    run = seedreader("index", str(folder))
    assert run.code == 0 and "wrote" in run.err
    index = (folder / "INDEX.md").read_text(encoding="utf-8")
    assert not controls_in(index) and SECRET not in index
    assert "link_out" not in index and "90_binary" not in index
    again = seedreader("sources", str(folder), "--format", "json")
    assert not [w for w in again.warnings if "INDEX.md" in w and "skipped" in w
                and "link_out" not in w]
    assert seedreader("index", str(folder)).code == 1  # never replaced without --force


def test_a_corpus_folder_named_with_escape_codes_stays_out_of_md_and_html(tmp_path):
    folder = two_article_corpus(tmp_path, HOSTILE_FILES["01_markup.txt"], story())
    named = folder.rename(tmp_path / "\x1b]0;DIRTITLE\x07corpus")
    for fmt in ("md", "html"):
        run = seedreader("export", str(named), "--format", fmt)
        assert run.code == 0 and not controls_in(run.text)


def test_a_corpus_folder_named_with_escape_codes_stays_out_of_json(tmp_path):
    folder = two_article_corpus(tmp_path, HOSTILE_FILES["01_markup.txt"], story())
    named = folder.rename(tmp_path / "\x1b]0;DIRTITLE\x07corpus")
    run = seedreader("export", str(named), "--format", "json")
    assert run.code == 0
    assert not controls_in("".join(strings_in(json.loads(run.text))))


# --- text diffs on a terminal: colour, but only our own ---------------------------------------------------
def test_coloured_text_diff_on_a_terminal_sends_only_its_own_colours(hostile):
    with PtyApp(seedreader_argv("diff", "2", "1", "--corpus", str(hostile)),
                env={**os.environ, "TERM": "xterm-256color"}) as app:
        assert app.wait(HANG_GUARD) == 0
        out = bytes(app.output)
    assert b"Traceback" not in out
    sequences = re.findall(rb"\x1b[^a-zA-Z]*[a-zA-Z]?", out)
    assert sequences, "stdout is a terminal: the diff should be coloured"
    assert all(re.fullmatch(rb"\x1b\[[0-9;]*m", s) for s in sequences), set(sequences)
    params = {p for s in sequences for p in s[2:-1].split(b";")}
    assert not {b"5", b"6", b"8"} & params  # no blink, no hidden text
    assert b"\x07" not in out and b"PWNED" not in out
    text = out.decode("utf-8")
    assert BLINK_MARK in text  # the article's words stay, only the escapes went
    assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", text)


# --- odd files given by path and in folders ----------------------------------------------------------------
def story(extra: str = "") -> str:
    return "\n\n".join(STORY) + extra + "\n"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("binary.txt", b"\x00\x01\x02binary\x00", "not text"),
    ("huge.txt", None, "too large"),
    ("folder.txt", "dir", "folder, not a file"),
    ("fifo.txt", "fifo", "not a regular file"),
])
def test_unusable_files_given_by_path_are_one_line_errors(tmp_path, name, data, reason):
    path = tmp_path / name
    if data is None:
        with open(path, "wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    elif data == "dir":
        path.mkdir()
    elif data == "fifo":
        os.mkfifo(path)
    else:
        path.write_bytes(data)
    run = seedreader("diff", str(path), "1")
    assert run.code == 1 and run.out == b""
    assert run.err.count("\n") == 1 and reason in run.err and name in run.err


def test_dev_zero_and_stdin_as_an_article_are_refused_without_hanging():
    for device in ("/dev/zero", "/dev/stdin"):
        run = seedreader("diff", device, "1", stdin=b"")
        assert run.code == 1 and "not a regular file" in run.err


@pytest.mark.parametrize("raw", [b"", b" \n\t\r\n  \n"], ids=["empty", "whitespace"])
def test_an_empty_file_given_by_path_is_compared_with_a_warning(tmp_path, raw):
    (tmp_path / "e.txt").write_bytes(raw)
    (tmp_path / "a.txt").write_text(story())
    run = seedreader("diff", str(tmp_path / "e.txt"), str(tmp_path / "a.txt"), "--format", "json")
    assert run.code == 0
    assert run.warnings == ["seedreader: warning: e.txt: no text left after cleaning"]
    blocks = json.loads(run.text)["blocks"]
    assert {b["kind"] for b in blocks} == {"right_only"} and len(blocks) == len(STORY)


@pytest.mark.parametrize("name", ["05_crlf.txt", "06_lone_cr.txt", "07_utf16.txt", "08_latin1.txt"])
def test_odd_encodings_and_line_ends_diff_like_plain_utf8(tmp_path, name):
    folder = two_article_corpus(tmp_path, HOSTILE_FILES[name], story())
    left, right = (str(folder / n) for n in ("left.txt", "right.txt"))
    run = seedreader("diff", left, right, "--format", "json")
    assert run.code == 0
    data = json.loads(run.text)
    assert len(data["left"]["paragraphs"]) == len(STORY)
    kinds = [b["kind"] for b in data["blocks"]]
    assert kinds.count("same") == len(STORY) - 1 and kinds.count("changed") == 1  # the one edit
    assert not any("\r" in p for p in data["left"]["paragraphs"])
    if name == "08_latin1.txt":
        assert run.warnings == ["seedreader: warning: left.txt: not valid UTF-8: decoded as cp1252"]
        assert "Café über naïve ÿ." in data["left"]["paragraphs"][3]


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    (folder / "a_long.txt").write_text("Word " * (10 * 1024 * 1024 // 5))
    (folder / "b_many.txt").write_text("\n".join(f"Line {i} is short." for i in range(100_000)))
    (folder / "c_story.txt").write_text(story())
    return folder


def test_ten_megabytes_on_one_line_and_100000_lines_are_listed(big):
    run = seedreader("sources", str(big), "--format", "json")
    assert run.code == 0, run.err
    sources = {s["id"]: s for s in json.loads(run.text)["sources"]}
    assert len(sources["b_many"]["paragraphs"]) == 100_000
    assert len(sources["a_long"]["paragraphs"]) == 1
    assert len(sources["a_long"]["title"]) <= 100


@pytest.mark.slow
def test_ten_megabytes_on_one_line_and_100000_lines_diff_against_a_story(big):
    run = seedreader("diff", "a_long", "c_story", "--corpus", str(big), "--format", "json")
    assert [b["kind"] for b in json.loads(run.text)["blocks"]].count("left_only") == 1
    run = seedreader("diff", "c_story", "b_many", "--corpus", str(big))
    assert run.code == 0 and "Line 99999 is short." in run.text


def test_two_long_one_line_files_with_scattered_edits_diff_without_hanging(tmp_path):
    words = [f"w{(i * 7919) % 5000}" for i in range(3 * 1024 * 1024 // 6)]
    edited = [("CHANGED" if i % 5000 == 0 else w) for i, w in enumerate(words)]
    (tmp_path / "a.txt").write_text(" ".join(words))
    (tmp_path / "b.txt").write_text(" ".join(edited))
    # A hang guard, not a speed test: done right this takes a second or two.
    proc = subprocess.run(seedreader_argv("diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                          "-o", str(tmp_path / "d.json"), "--format", "json"),
                          capture_output=True, timeout=20, check=False)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr
    blocks = json.loads((tmp_path / "d.json").read_text())["blocks"]
    assert [b["kind"] for b in blocks] == ["changed"]


# Runs the CLI, then reports the peak resident memory since exec (VmHWM, Linux) on stderr. The
# parent's rusage cannot tell: a forked child's ru_maxrss starts at the (big) pytest process's.
_PEAK = """
import sys
from seedreader.cli import main
code = main(sys.argv[1:])
peak = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")]
print(f"PEAK-KIB {peak[0]}", file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_50_mb_file_is_skipped_or_refused_with_bounded_memory(tmp_path):
    folder = two_article_corpus(tmp_path, story(), story(" Extra."))
    with open(folder / "huge.txt", "wb") as handle:  # sparse: costs no disk
        handle.truncate(50 * 1024 * 1024)
    for argv, code in ((["sources", str(folder)], 0), (["diff", str(folder / "huge.txt"), "1"], 1)):
        proc = subprocess.run([sys.executable, "-c", _PEAK, *argv], capture_output=True,
                              text=True, timeout=HANG_GUARD, check=False)
        assert proc.returncode == code and "Traceback" not in proc.stderr
        assert proc.stderr.count("too large (50.0 MB; the limit is 20.0 MB)") == 1
        peak = int(re.search(r"PEAK-KIB (\d+)", proc.stderr).group(1))
        assert peak < 45 * 1024, f"peak RSS {peak} KiB: the 50 MB file was read"


# --- arguments, terminals and pipes ---------------------------------------------------------------------
ESC = "\x1b]0;ARGPWN\x07\x1b[5m"


@pytest.mark.parametrize("argv", [
    ["diff", ESC + "x", "1"], ["diff", "1", "2", "--corpus", ESC + "dir"], ["export", "--base", ESC],
    ["facts", "--kind", ESC], ["facts", "--min-support", ESC], ["sources", ESC + "nodir"],
    ["diff", "1", "2", "--format", ESC], [ESC + "verb", "x"], ["index", ESC],
    ["diff", "1", "2", "-o", ESC + "/x.txt"], [ESC + "no-such-folder"],
], ids=lambda a: "-".join(x for x in a if x != ESC and ESC not in x) or "verb")
def test_escape_codes_in_arguments_are_never_echoed_raw(argv):
    run = seedreader(*argv)  # seedreader() checks stderr for control characters and ARGPWN...
    assert run.code in (1, 2)
    assert "\x1b" not in run.err and "\x07" not in run.err


def test_a_path_with_escape_codes_is_quoted_visibly(tmp_path):
    target = tmp_path / "no\x1b[5mdir" / "x.txt"
    run = seedreader("diff", "1", "2", "-o", str(target))
    assert run.code == 1
    assert "no\\x1b[5mdir" in run.err and "does not exist" in run.err


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_cannot_show_unicode_gets_question_marks_not_a_traceback(hostile, encoding):
    for argv in (["sources", str(hostile)], ["diff", "3", "4", "--corpus", str(hostile)],
                 ["facts", str(hostile)], ["export", str(hostile), "--format", "md"]):
        run = seedreader(*argv, env={"PYTHONIOENCODING": encoding})
        assert run.code == 0, run.err
        assert sum("cannot show some characters" in w for w in run.warnings) == 1
        run.out.decode(encoding)


def test_output_into_a_closed_pipe_stops_quietly(hostile):
    # `seedreader export | head -1`: the reader of the pipe goes away early.
    proc = subprocess.Popen(seedreader_argv("export", str(hostile), "--format", "md"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(HANG_GUARD) == 0
    assert "Traceback" not in err and "Exception ignored" not in err


def _in_shell(redirect: str, argv: list[str]) -> subprocess.CompletedProcess:
    """Run the CLI with a shell redirection (``>&-``, ``2>&-``, ``>/dev/full``)."""
    return subprocess.run(["sh", "-c", f'"$@" {redirect}', "sh", *seedreader_argv(*argv)],
                          capture_output=True, timeout=HANG_GUARD, check=False)


@pytest.mark.parametrize(("redirect", "message"), [
    (">&-", "seedreader: error: standard output is closed; give -o FILE"),
    (">/dev/full", "seedreader: error: cannot write to standard output: No space left on device"),
])
def test_a_closed_or_full_stdout_is_a_one_line_error(hostile, redirect, message):
    if "full" in redirect and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    for argv in (["sources", str(hostile)], ["export", str(hostile), "--format", "md"],
                 ["diff", "1", "2", "--corpus", str(hostile)]):
        proc = _in_shell(redirect, argv)
        err = proc.stderr.decode()
        assert proc.returncode == 1 and "Traceback" not in err and "Exception" not in err
        assert err.splitlines()[-1] == message


def test_a_closed_stderr_never_sends_warnings_into_stdout(hostile):
    proc = _in_shell("2>&-", ["sources", str(hostile), "--format", "json"])
    assert proc.returncode == 0
    assert len(json.loads(proc.stdout)["sources"]) == len(HOSTILE_FILES)


# --- the reader's command line, before any screen is drawn ----------------------------------------------
@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p / "missing", "is not a folder of articles"),
    (lambda p: (p / "file.txt").write_text("x") and p / "file.txt", "is not a folder of articles"),
    (lambda p: hostile_corpus(p, "none", name="bad") and _only_unusable(p / "bad"),
     "holds no readable articles"),
])
def test_the_reader_refuses_what_it_cannot_open_in_one_line(tmp_path, make, message):
    with PtyApp(seedreader_argv(str(make(tmp_path))),
                env={**os.environ, "TERM": "xterm-256color"}) as app:
        code = app.wait(HANG_GUARD)
        out = bytes(app.output).decode("utf-8", errors="replace")
    assert code == 1 and "Traceback" not in out
    assert f"{message}" in out.strip().splitlines()[-1]
    assert out.strip().splitlines()[-1].startswith("seedreader: error: ")


def _only_unusable(folder: Path) -> Path:
    for name in HOSTILE_FILES:
        (folder / name).unlink()
    return folder


def test_the_reader_without_a_terminal_says_so_instead_of_waiting_for_keys(hostile):
    run = seedreader(str(hostile), stdin=b"")  # stdin and stderr are pipes here
    assert run.code == 1 and run.out == b""
    assert run.err.splitlines()[-1].startswith("seedreader: error: the reader needs a terminal")


# --- CJK: the word diff works by character where there are no spaces --------------------------------------
def _changed_text(comparison) -> tuple[str, str]:
    spans = [s for b in comparison.blocks for s in b.spans if not s.minor]
    return ("".join(s.text for s in spans if s.op == "delete"),
            "".join(s.text for s in spans if s.op == "insert"))


@pytest.mark.parametrize(("left", "right", "old", "new"), [
    ("东京今天下雨了，我们在家里看书。", "东京今天下雪了，我们在家里看书。", "雨", "雪"),
    ("東京の天気は今日は雨でした。", "東京の天気は昨日は雨でした。", "今", "昨"),
])
def test_cjk_sentences_differing_in_one_word_give_a_small_change(left, right, old, new):
    deleted, inserted = _changed_text(compare(left, right))
    assert old in deleted and new in inserted
    assert len(deleted) <= 2 * len(old) and len(inserted) <= 2 * len(new)


def test_paths_and_arguments_quoted_in_messages_carry_no_escape_codes(tmp_path):
    article = "The port closed on Monday after the storm, officials said.\n"
    left = tmp_path / "left\x1b[31m.txt"
    left.write_text(article, encoding="utf-8")
    (tmp_path / "b.txt").write_text(article.replace("Monday", "Tuesday"), encoding="utf-8")
    out = tmp_path / "out\x1b]0;pwned\x07.txt"
    run = seedreader("diff", str(left), str(tmp_path / "b.txt"), "-o", str(out))
    assert run.code == 0, run.err
    assert out.exists() and "\x1b" not in run.err and "\x07" not in run.err
    assert "wrote" in run.err and "\\x1b]0;pwned\\x07" in run.err  # shown, escaped
    again = seedreader("diff", str(left), str(tmp_path / "b.txt"), "-o", str(out))
    assert again.code == 1 and "\x1b" not in again.err and "exists" in again.err


def test_a_digit_that_is_not_a_number_is_not_a_position(hostile):
    run = seedreader("diff", "\u00b2", "1", "--corpus", str(hostile))
    assert run.code == 1 and "Traceback" not in run.err
    assert run.err.strip().splitlines()[-1] == (
        "seedreader: error: no source '\u00b2': give a source's id, file name or position (1-8, as "
        "'seedreader sources' lists them), or the path of a text file")
