"""Hostile corpora for tests: articles that try to drive the terminal, odd encodings, broken files.

``hostile_corpus(tmp_path)`` builds a folder of articles that tell one story (so they align and
diff against each other) with hostile text woven in; ``INDEX_VARIANTS`` are INDEX.md files that
are broken in the ways people break them. ``escape_bytes`` finds terminal control sequences in
output, to assert that none came from article text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

# Unique strings: if one of them shows up inside a control sequence on the terminal, article text
# drove the terminal.
TITLE_MARK = "PWNED"
OSC_TITLE = f"\x1b]0;{TITLE_MARK}\x07"  # set the window title
OSC_TITLE_ST = "\x1b]2;PWNED2\x1b\\"  # the same, ended by ST instead of BEL
HYPERLINK_URL = "https://evil.example/phish"
OSC_HYPERLINK = f"\x1b]8;;{HYPERLINK_URL}\x07click me\x1b]8;;\x07"
BLINK_MARK = "BLINKMARK"
CSI_BLINK = f"\x1b[5m{BLINK_MARK}\x1b[0m"
C1_CSI = "\x9b31m"  # 8-bit CSI: red
C1_OSC = "\x9d0;C1TITLE\x9c"  # 8-bit OSC, ended by 8-bit ST
DCS = "\x1bPqDCSDATA\x1b\\"
BELL = "\x07"
BIDI = "\u202e"  # right-to-left override
ISOLATE = "\u2067"  # right-to-left isolate
ZERO_WIDTH = "\u200b"
MARKUP = ("[bold]Bold claim[/]", "[/]", "[@click=app.quit]quit now[/]", "[/foo]",
          "[link=https://evil.example]link[/link]", "[red on white]colour[/red on white]")
# HTML and Markdown that an export must show as text, never as live markup.
HTML_SCRIPT = "<script>alert('x')</script>"
HTML_IMG = "<img src=x onerror=alert(1)>"
MD_LINK = "[click](javascript:alert(1))"
# What of the markup must reach the reader literally (visible text, brackets and all).
MARKUP_VISIBLE = "[@click=app.quit]quit now[/]"

STORY = [
    "Storm closes the harbour for three days",
    ("The port authority said on January 23 that 40,000 tonnes of cargo were stranded after the "
     "storm, and that about 50% of the ships had left before it arrived."),
    "“We will reopen when it is safe,” the harbour master said at a news conference on Monday.",
    "Fishermen said the closure would cost them 12 days of work this month.",
    "Officials expect the port to reopen by the end of the week.",
]


def _story(*inserts: tuple[int, str]) -> str:
    """The story with text inserted: (paragraph index, text appended to it)."""
    paragraphs = list(STORY)
    for index, extra in inserts:
        paragraphs[index] = paragraphs[index] + extra
    return "\n\n".join(paragraphs) + "\n"


MARKUP_TEXT = _story(
    (0, " " + MARKUP[0]),
    (1, " Analysts " + MARKUP[2] + " disagreed " + MARKUP[1] + "."),
    (3, " Closing tag " + MARKUP[3] + ", " + MARKUP[4] + " and " + MARKUP[5] + "."),
    (4, " " + HTML_SCRIPT + " " + HTML_IMG + " " + MD_LINK + " &amp; <!-- comment -->"),
)
ESCAPE_TEXT = _story(
    (0, OSC_TITLE),
    (1, " The figure was " + CSI_BLINK + " in red " + C1_CSI + "print" + "\x1b[0m."),
    (2, " A bell" + BELL + " rang, " + OSC_HYPERLINK + "; " + OSC_TITLE_ST + C1_OSC + DCS + "."),
    (3, " Cursor \x1b[2J\x1b[H\x1b7moves\x1b8 and \x1b(0line\x1b(B drawing."),
    (4, " Unterminated \x1b]0;NEVER-ENDING title"),
)
UNICODE_TEXT = _story(
    (0, " " + BIDI + "txet desrever" + "\u202c"),
    (1, " Fen" + ZERO_WIDTH + "tanyl, " + ISOLATE + "isolated\u2069, cafe\u0301 and "
        "Zalgo z\u0351\u0352\u0357a\u0358l\u035bg\u0346o."),
    (2, " Emoji 👍🏽 👨‍👩‍👧 🇲🇽 said the crowd."),
    (3, " قالت الرئيسة إن الميناء سيفتح قريبا. הנמל ייפתח בקרוב."),
)
CJK_TEXT = ("港口因风暴关闭三天\n\n"
            "港务局一月二十三日表示，风暴过后有四万吨货物滞留，约百分之五十的船只在风暴到来前离港。\n\n"
            "東京の港は今日は雨のため閉鎖されました。漁師たちは今月十二日分の仕事を失うと述べた。\n")

# name -> bytes: readable (if odd) articles
HOSTILE_FILES: dict[str, bytes] = {
    "01_markup.txt": MARKUP_TEXT.encode(),
    "02_escapes.txt": ESCAPE_TEXT.encode(),
    "03_unicode.txt": UNICODE_TEXT.encode(),
    "04_cjk.txt": CJK_TEXT.encode(),
    "05_crlf.txt": _story((3, " Windows line ends.")).replace("\n", "\r\n").encode(),
    "06_lone_cr.txt": _story((3, " Old Mac line ends.")).replace("\n", "\r").encode(),
    "07_utf16.txt": codecs.BOM_UTF16_LE + _story((3, " Wide bytes ✓.")).encode("utf-16-le"),
    "08_latin1.txt": _story((3, " Café über naïve ÿ.")).replace("“", '"').replace("”", '"')
    .encode("latin-1"),
}
# name -> bytes: files that must be skipped with a warning naming them
UNUSABLE_FILES: dict[str, bytes] = {
    "90_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "91_empty.txt": b"",
    "92_blank.txt": b" \n\t\r\n   \n",
}
# A file name that is itself hostile (escape codes and markup in the name).
HOSTILE_NAME = "\x1b]0;NAMEPWN\x07[@click=app.quit]x.txt"

# INDEX.md variants: name -> text (None: no INDEX.md). "{outside}" is replaced by an absolute path.
INDEX_VARIANTS: dict[str, str | None] = {
    "none": None,
    "empty": "",
    "header_only": "| file | title |\n|---|---|\n",
    "prose": "Just notes about the sources, no table.\n",
    "malformed": "| file | title |\n| 01_markup.txt | no delimiter row |\n| a | b | c | d |\n",
    "hostile": (
        "| file | title | outlet | url |\n|---|---|---|---|\n"
        "| 01_markup.txt | [bold]Markup[/] [@click=app.quit]title | [/] | javascript:alert(1) |\n"
        "| 02_escapes.txt | \x1b]0;IDXPWN\x07Escapes \x1b[5mtitle | \u202eoutlet | |\n"
        "| 03_unicode.txt | Unicode | | https://example.org/u |\n"
        "| 04_cjk.txt | 港口 | | |\n"
        "| 05_crlf.txt | CRLF | | |\n"
        "| 06_lone_cr.txt | CR | | |\n"
        "| 07_utf16.txt | UTF-16 | | |\n"
        "| 08_latin1.txt | Latin-1 | | |\n"
        "| missing.txt | Missing | | |\n"
        "| ../outside.txt | Up | | |\n"
        "| {outside} | Absolute | | |\n"
        "| link_out.txt | Link out | | |\n"
        "| 01_markup.txt | Duplicate | | |\n"
        "| 90_binary.txt | Binary | | |\n"
        "| 91_empty.txt | Empty | | |\n"
        "| 92_blank.txt | Blank | | |\n"
        "| too | many | cells | here | really |\n"
    ),
}
# In the "hostile" INDEX.md: what follows "skipped " in its one warning -> words the warning holds.
HOSTILE_INDEX_SKIPS = {
    "missing.txt:": "does not exist",
    "../outside.txt:": "outside the corpus folder",
    "{outside}:": "absolute paths are not allowed",
    "link_out.txt:": "leads outside",
    "01_markup.txt:": "listed twice",
    "90_binary.txt:": "not text",
    "91_empty.txt:": "empty",
    "92_blank.txt:": "empty",
    "a malformed row": "| too | many | cells |",
}
SECRET = "SECRET-OUTSIDE-THE-CORPUS"


def hostile_corpus(tmp_path: Path, index: str = "hostile", *, name: str = "hostile",
                   hostile_name: bool = False) -> Path:
    """A corpus folder under ``tmp_path`` with every hostile article, the unusable files, a file
    outside the folder (never to be read) with a symlink to it, and INDEX.md variant ``index``."""
    folder = tmp_path / name
    folder.mkdir()
    for file, data in {**HOSTILE_FILES, **UNUSABLE_FILES}.items():
        (folder / file).write_bytes(data)
    outside = tmp_path / "outside.txt"
    if not outside.exists():
        outside.write_text(f"{SECRET}\n\nThis file is outside the corpus folder.\n")
    (folder / "link_out.txt").symlink_to(outside)
    if hostile_name:
        (folder / HOSTILE_NAME).write_bytes(_story((2, " Named badly.")).encode())
    text = INDEX_VARIANTS[index]
    if text is not None:
        (folder / "INDEX.md").write_text(text.replace("{outside}", str(outside)), encoding="utf-8")
    return folder


def two_article_corpus(tmp_path: Path, left: str | bytes, right: str | bytes,
                       names: tuple[str, str] = ("left.txt", "right.txt")) -> Path:
    """A folder with two articles (no INDEX.md)."""
    folder = tmp_path / "pair"
    folder.mkdir()
    for file, data in zip(names, (left, right)):
        (folder / file).write_bytes(data.encode() if isinstance(data, str) else data)
    return folder


# --- finding control sequences in output ------------------------------------------------------------
# Anything a terminal would act on: 7-bit and 8-bit escape sequences, other C0/C1 controls (tab and
# newline aside), and bidi embeddings/overrides/isolates.
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def controls_in(text: str) -> list[str]:
    """Every control character (as repr) in ``text``: empty for text safe to print."""
    return [repr(c) for c in _CONTROL_TEXT.findall(text)]


_OSC = re.compile(rb"\x1b\](.*?)(?:\x07|\x1b\\)", re.DOTALL)


def osc_payloads(data: bytes) -> list[bytes]:
    """The payloads of every OSC sequence in terminal output (titles, hyperlinks, clipboard)."""
    return _OSC.findall(data)


def blink_on(data: bytes) -> bool:
    """Whether terminal output turns blinking on (SGR 5 or 6, alone or among other parameters)."""
    for params in re.findall(rb"\x1b\[([0-9;:]*)m", data):
        if {b"5", b"6"} & set(re.split(rb"[;:]", params)):
            return True
    return False
