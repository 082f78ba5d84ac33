"""Bytes to safe text: decoding with fallbacks, and removal of anything that could drive a terminal.

Everything here is linear in the size of the input: a 10 MB line or 100,000 short lines are fine.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from urllib.parse import urlsplit

# Encodings tried in order when a file has no byte-order mark.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")

BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class BinaryContent(ValueError):
    """The bytes are not text (NUL bytes, or mostly control codes)."""


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of ``data`` and notes on how it was decoded (empty when it was plain UTF-8).

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8, then cp1252, then latin-1
    (which never fails). Raises BinaryContent for bytes that are not text. Files are read with
    ``fileio.decode_file``, which adds UTF-8 with stray bytes and UTF-16 without a mark.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(encoding), []
            except UnicodeDecodeError:
                return (body.decode(encoding, errors="replace"),
                        [f"invalid {encoding.upper()} bytes replaced with \ufffd"])
    if b"\x00" in data:
        raise BinaryContent("it looks binary (NUL bytes)")
    try:
        text = data.decode("utf-8")
        notes: list[str] = []
    except UnicodeDecodeError:
        for encoding in FALLBACK_ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            notes = [f"not valid UTF-8: decoded as {encoding}"]
            break
    if _mostly_controls(text[:4096]):
        raise BinaryContent("it looks binary (mostly control codes)")
    return text, notes


_NON_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _mostly_controls(sample: str) -> bool:
    # ESC (\x1b) is left out: text full of colour codes is still text, and is cleaned below.
    return len(sample) >= 16 and len(_NON_TEXT_CONTROLS.findall(sample)) * 10 > len(sample)


# Line breaks of every kind become "\n" (before escape sequences are removed, so an unterminated
# OSC string stops at the end of its line instead of swallowing the rest of the document). A lone
# 8-bit string introducer is more likely a stray byte of a mis-decoded file: it goes on its own.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")

# Terminal escape sequences, removed whole: the parameters and the final byte go with the ESC.
_ESCAPES = re.compile(
    r"""
      (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?        # CSI: colours, cursor moves
    | \x1b[\]PX^_] [^\x07\x1b\x9c\n]* (?:\x07|\x1b\\|\x9c)?           # OSC, DCS, SOS, PM, APC strings
    | [\x90\x98\x9d\x9e\x9f] [^\x07\x1b\x9c\n\x90\x98\x9d\x9e\x9f]*       # ... 8-bit: only when ended
      (?:\x07|\x1b\\|\x9c)
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                                 # other ESC sequences: ESC ( B, ESC 7
    """,
    re.VERBOSE,
)

# Characters removed outright:
# - C0 controls except tab and newline, DEL, C1 controls;
# - bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which can make text display
#   in an order other than the one it is stored in. The marks U+200E/U+200F/U+061C stay: they are
#   needed in right-to-left text and cannot reorder anything beyond their neighbours;
# - invisible characters that hide things inside words ("fen<ZWSP>tanyl" would not match
#   "fentanyl"): zero width space, word joiner, BOM/ZWNBSP, soft hyphen, Mongolian vowel separator,
#   interlinear annotation marks, and Unicode tag characters (used to smuggle invisible text).
#   ZWJ and ZWNJ stay: emoji sequences and several scripts need them.
_REMOVED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u202a-\u202e\u2066-\u2069"
    "\u200b\u2060\ufeff\u00ad\u180e\ufff9-\ufffb"
    "\U000e0000-\U000e007f]"
)
_SURROGATES = re.compile("[\ud800-\udfff]")

# Zero width joiner and non-joiner (and the combining grapheme joiner) where no script needs them:
# a run of them between characters of the scripts that never join with them (Latin, Greek,
# Cyrillic, with their diacritics; ASCII digits, spaces, punctuation), or at the start or end of
# the text next to one (a text of joiners alone is left as it is: nothing to hide in it). There they only hide things: "fen<ZWJ>tanyl" would not match "fentanyl",
# and "x<ZWJ>" repeated is measured one cell wide, so a line of them is never wrapped. Emoji
# sequences (👨‍👩‍👧), Arabic and Persian, the Indic scripts and others need them: next to any
# other character they stay.
_JOINERS = "\u200c\u200d\u034f"
_NO_JOINERS = r"\x00-\u052f\u1e00-\u1fff"
_STRAY_JOINERS = re.compile(rf"(?<=[{_NO_JOINERS}])[{_JOINERS}]+(?=[{_NO_JOINERS}]|\Z)"
                            rf"|\A[{_JOINERS}]+(?=[{_NO_JOINERS}])")


def strip_controls(text: str) -> str:
    """The characters ``sanitize()`` removes, removed one by one (escape sequences are not
    parsed, so their printable rest stays), and lone surrogates as U+FFFD: for text that may
    not have come through ``sanitize()``."""
    return _SURROGATES.sub("\ufffd", _REMOVED.sub("", text))


# Every character that one of the substitutions above changes or removes.
_NEEDS_WORK = re.compile("[" + _REMOVED.pattern[1:-1] + "\u2028\u2029\ud800-\udfff" + _JOINERS + "]")
# The same in UTF-8 (surrogates as "surrogatepass" writes them), by first byte: nearly all text
# has none of these bytes, or only a few of the lead bytes (curly quotes start with E2), and bytes
# are checked much faster than `re` scans characters.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
_NEEDS_WORK_AFTER = {
    0xC2: re.compile(rb"\xc2[\x80-\x9f\xad]"),  # C1 controls, soft hyphen
    0xE1: re.compile(rb"\xe1\xa0\x8e"),  # Mongolian vowel separator
    0xCD: re.compile(rb"\xcd\x8f"),  # combining grapheme joiner
    0xE2: re.compile(rb"\xe2(?:\x80[\x8b-\x8d\xa8-\xae]|\x81[\xa0\xa6-\xa9])"),  # ZWSP, ZWNJ,
    # ZWJ (which may need removing: _STRAY_JOINERS), LS/PS, bidi, WJ
    0xED: re.compile(rb"\xed[\xa0-\xbf]"),  # surrogates
    0xEF: re.compile(rb"\xef(?:\xbb\xbf|\xbf[\xb9-\xbb])"),  # BOM, interlinear annotation
    0xF3: re.compile(rb"\xf3\xa0[\x80\x81]"),  # tag characters
}
_INNOCENT_BYTES = bytes(b for b in range(256)
                        if b not in _CONTROL_BYTES and b not in _NEEDS_WORK_AFTER)


# ASCII but its control bytes: deleted from a text's UTF-8, they leave what the checks look at.
_PLAIN_ASCII = bytes(b for b in range(0x80) if b not in _CONTROL_BYTES)


def _few_non_ascii(text: str, data: bytes) -> bool:
    """Whether ``text`` has few non-ASCII characters: its UTF-8 ``data`` at most 1/64 longer."""
    return 64 * (len(data) - len(text)) <= len(data)


def _uncommon_bytes(text: str, data: bytes) -> bytes:
    """What _has_work() and _is_nfc() need to see of ``text`` (``data``: its UTF-8): when it has
    few non-ASCII characters, only those and the control bytes (one pass deletes the rest;
    the checks then read a few bytes instead of the text, twice), else all of ``data``.
    No ASCII byte is part of a UTF-8 sequence, so each sequence stays whole and in order;
    the _NEEDS_WORK_AFTER patterns start at a lead byte and end within its sequence, so they
    find the same there as in ``data``."""
    return data.translate(None, _PLAIN_ASCII) if _few_non_ascii(text, data) else data


def _needs_work(text: str, data: bytes | None = None) -> bool:
    """Whether sanitize() has anything to remove or change in ``text`` (NFC aside); ``data``:
    ``text`` in UTF-8, if at hand."""
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    return _has_work(_uncommon_bytes(text, data))


def _has_work(uncommon: bytes) -> bool:
    """_needs_work() of a text, from its _uncommon_bytes()."""
    suspects = set(uncommon.translate(None, _INNOCENT_BYTES))
    if not suspects:
        return False
    if not suspects.isdisjoint(_CONTROL_BYTES):
        return True
    return any(_NEEDS_WORK_AFTER[lead].search(uncommon) for lead in suspects)


_ASCII = bytes(range(0x80))


def _is_nfc(text: str, data: bytes, uncommon: bytes | None = None) -> bool:
    """``unicodedata.is_normalized("NFC", text)``; ``data``: ``text`` in UTF-8 (surrogatepass);
    ``uncommon``: its _uncommon_bytes(), if at hand and it has no control bytes.

    Quicker for text with only a few non-ASCII characters (its UTF-8 at most 1/64 longer than
    it), which are checked on their own: NFC never joins or reorders an ASCII character with
    what comes before it, nor with a character of combining class 0 after it (no composition
    starts with an ASCII character and goes on with one of those). So when no non-ASCII
    character has a combining class, the text is NFC if each run of non-ASCII characters is,
    and it is if all of them strung together are (a run that NFC changes is changed wherever
    it stands).
    """
    if text.isascii():
        return True
    if _few_non_ascii(text, data):
        non_ascii = data.translate(None, _ASCII) if uncommon is None else uncommon
        rest = non_ascii.decode("utf-8", "surrogatepass")
        if not any(map(unicodedata.combining, rest)) and unicodedata.is_normalized("NFC", rest):
            return True
    return unicodedata.is_normalized("NFC", text)


def sanitize(text: str, notes: list[str] | None = None, *, joiners: bool = True) -> str:
    """``text`` with newlines normalised, control codes and escape sequences removed, NFC.

    When ``notes`` is given, a line saying what was removed is appended to it (if anything was).
    ``joiners=False`` keeps every zero width joiner and non-joiner: for file names (and the
    INDEX.md cells that name files), where they are part of the name, not something hidden in
    a word to read; removed, "fen<ZWJ>tanyl.txt" would name another file, "fentanyl.txt".
    """
    return sanitize_utf8(text, notes, joiners=joiners)[0]


def sanitize_utf8(text: str, notes: list[str] | None = None, *,
                  joiners: bool = True) -> tuple[str, bytes | None]:
    """``sanitize(text, notes, joiners=joiners)`` and, when that is ``text`` unchanged, the UTF-8
    it made of it (lone surrogates kept), else None: segment() needs those bytes too, so the
    loader hands them over instead of encoding the text a second time."""
    data = text.encode("utf-8", "surrogatepass")
    uncommon = _uncommon_bytes(text, data)
    if not _has_work(uncommon):
        if _is_nfc(text, data, uncommon):
            return text, data
        return unicodedata.normalize("NFC", text), None
    text = _LINE_BREAKS.sub("\n", text)
    text, escapes = _ESCAPES.subn("", text)
    text, removed = _REMOVED.subn("", text)
    text = _SURROGATES.sub("\ufffd", text)
    if joiners:
        text, stray = _STRAY_JOINERS.subn("", text)
        removed += stray
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if notes is not None and (escapes or removed):
        parts = []
        if escapes:
            parts.append(f"{escapes} terminal escape sequence{'s' * (escapes != 1)}")
        if removed:
            parts.append(f"{removed} control or invisible character{'s' * (removed != 1)}")
        notes.append("removed " + " and ".join(parts))
    return text, None


_SPACES = re.compile(r"\s+")


def sanitize_line(text: str) -> str:
    """One line for a title or an INDEX.md field: sanitized, runs of whitespace as one space."""
    return _SPACES.sub(" ", sanitize(text)).strip()


def display_table() -> dict[int, int]:
    """For showing text that may not have come through sanitize(): every character it removes
    or changes mapped to one visible character (one for one, so offsets stay), for str.translate.

    C0 controls become their control pictures (ESC as ␛), DEL ␡, tab and the line and paragraph
    separators a space, the rest (C1 controls, bidi embeddings and overrides, invisible
    characters, surrogates) U+FFFD. Newline is not in it (it ends a line), nor are the marks
    U+200E/U+200F/U+061C that sanitize() keeps for right-to-left text, nor the joiners it keeps
    in emoji and the scripts that need them.
    """
    chars = _NEEDS_WORK.pattern[1:-1]  # single characters and ranges "a-b", nothing escaped
    table: dict[int, int] = {}
    i = 0
    while i < len(chars):
        step = 3 if i + 2 < len(chars) and chars[i + 1] == "-" else 1
        first, last = ord(chars[i]), ord(chars[i + step - 1])
        table.update(dict.fromkeys(range(first, last + 1), 0xFFFD))
        i += step
    table.update({c: 0x2400 + c for c in range(0x20) if c in table})
    table.update({0x7F: 0x2421, 0x09: 0x20, 0x2028: 0x20, 0x2029: 0x20})
    for joiner in _JOINERS:  # (removed only next to letters that never join: an emoji needs them)
        del table[ord(joiner)]
    return table


_INVISIBLE = re.compile(_REMOVED.pattern[:-1] + "\u200e\u200f\u061c\u2028\u2029\ud800-\udfff\n\t]")


def visible(text: str) -> str:
    """``text`` with every control or invisible character written as its escape (``\\x1b``).

    For quoting what the user typed (a path, an argument) in a message: nothing in it can drive
    the terminal, yet the user sees exactly which characters are there.
    """
    return _INVISIBLE.sub(_as_escapes, text)


def _escape_sequence_shown(match: re.Match) -> str:
    sequence = match.group()
    if sequence.startswith(("\x1b[", "\x9b")):  # CSI: its parameters are digits, nothing hidden
        return visible(sequence)
    return visible(sequence[:2]) + "…"  # a string's hidden payload (a title, a link) stays hidden


def escaped(text: str) -> str:
    """``text`` (a file name) as it is, for a message or a script's output, with what
    ``sanitize()`` would remove written as escapes instead (``\\x1b[31mred.txt``): the name can
    never be mistaken for the one cleaning would leave (another file's, maybe). The payload of
    an escape string (a window title) is not shown, as a terminal would not show it."""
    text = _STRAY_JOINERS.sub(_as_escapes, text)
    return visible(_ESCAPES.sub(_escape_sequence_shown, text))


def _as_escapes(match: re.Match) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def typed(text: str, limit: int = 200) -> str:
    """What the user typed (an argument, a path), quoted as Python would write it: '1 ' keeps
    its space, ' ' is seen, a control character is an escape (``'a\\x1bb'``)."""
    return repr(clip(text, limit))


def shown(name: str, limit: int = 80) -> str:
    """A file name or INDEX.md cell made safe to quote in a warning: one clean line, not too long.
    A long one is cut in the middle, so that both the start and the file name at the end show."""
    name = sanitize_line(name)
    if len(name) <= limit:
        return name
    head = (limit - 1) // 2
    return name[:head] + "…" + name[len(name) - (limit - 1 - head):]


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Characters a link may hold that are unsafe where exports write it (an href, a Markdown autolink
# in a table cell): RFC 3986 never allows them unencoded, except the quote, which it allows and
# which ends an attribute. They are percent-encoded; the link still leads to the same place.
_URL_UNSAFE = " \"'<>\\^`{|}"
_URL_ENCODED = {ord(c): f"%{ord(c):02X}" for c in _URL_UNSAFE}


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a link in an export (to complete "url ignored (...)"), or None."""
    url = url.strip()
    if not url:
        return "it is empty"
    if sanitize(url) != url or any(c.isspace() and c != " " for c in url):
        return "it holds control characters or line breaks"
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"it is malformed: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        return "only http:// and https:// links are kept"
    if not parts.netloc or parts.netloc.startswith(("@", ":")):
        return "it names no host"
    if any(c in _URL_UNSAFE for c in parts.netloc):
        return "its host name is malformed"
    return None


def safe_url(url: str) -> str | None:
    """``url`` as a plain http(s) link safe to write in any export, else None (``url_problem``
    says why): characters unsafe in an href or a Markdown table (quotes, <, >, spaces,
    backslash, |) are percent-encoded, so "Conan_O'Brien" stays a link, as "Conan_O%27Brien"."""
    if url_problem(url) is not None:
        return None
    return url.strip().translate(_URL_ENCODED)
