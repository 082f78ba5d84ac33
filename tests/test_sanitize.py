"""Decoding files and removing what could drive a terminal or hide text."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from seedreader.sanitize import (
    BinaryContent,
    decode,
    safe_url,
    sanitize,
    sanitize_line,
    shown,
    url_problem,
)


# --- decoding ---------------------------------------------------------------------------------------
def test_plain_utf8_decodes_without_notes():
    assert decode("Nicolás Maduro “quoted”".encode()) == ("Nicolás Maduro “quoted”", [])


def test_utf8_bom_is_stripped():
    assert decode(codecs.BOM_UTF8 + "Ramón".encode()) == ("Ramón", [])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding):
    text = "Sheinbaum – “cordial” 50%"
    data = text.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its own BOM
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    assert decode(data) == (text, [])


def test_invalid_utf8_falls_back_to_cp1252_with_a_note():
    text, notes = decode(b"\x93We operate in Mexico,\x94 she said \x96 caf\xe9")
    assert text == "“We operate in Mexico,” she said – café"
    assert notes == ["not valid UTF-8: decoded as cp1252"]


def test_bytes_cp1252_cannot_decode_fall_back_to_latin1():
    text, notes = decode(b"caf\xe9 \x81")
    assert text == "café \x81"  # the C1 byte is removed later by sanitize()
    assert notes == ["not valid UTF-8: decoded as latin-1"]


def test_nul_bytes_mean_binary():
    with pytest.raises(BinaryContent, match="NUL"):
        decode(b"PK\x03\x04\x00\x00binary")


def test_mostly_control_codes_mean_binary():
    with pytest.raises(BinaryContent):
        decode(bytes(range(1, 9)) * 20)


def test_text_full_of_colour_codes_is_still_text():
    text, _ = decode(("\x1b[31mred\x1b[0m " * 50).encode())
    assert sanitize(text).startswith("red red")


# --- sanitizing -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Red \x1b[31mALERT\x1b[0m now.", "Red ALERT now."),           # CSI: nothing like "[31m" left
        ("a\x1b[38;2;255;0;0mb", "ab"),                                # 24-bit colour
        ("a\x1b[2J\x1b[Hb", "ab"),                                     # clear screen, cursor home
        ("Title \x1b]0;pwned\x07here.", "Title here."),                # OSC window title, BEL
        ("x\x1b]2;title\x1b\\y", "xy"),                                # OSC ended by ST
        ("see \x1b]8;;https://evil.example\x1b\\this\x1b]8;;\x1b\\.", "see this."),  # OSC 8 link
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),                            # DCS (sixel)
        ("a\x1b(Bb\x1b7c", "abc"),                                     # charset, save cursor
        ("8-bit \x9b31mCSI", "8-bit CSI"),
        ("a\x07b\x08c\x00d\x7fe\x1b", "abcde"),                        # C0, DEL, lone ESC
        ("x\x1bcy", "xy"),                                              # ESC c (reset) goes whole
        ("C1 \x80\x8f\x9f codes", "C1  codes"),                           # stray C1 bytes alone
        ("a\x9d0;title\x9cb", "ab"),                                    # 8-bit OSC with its ST
        ("bidi \u202eevil\u202c \u2066iso\u2069 \u202a\u202b\u202d.", "bidi evil iso ."),
        ("fen\u200btanyl 50\u00ad% \u2060x\ufeffy", "fentanyl 50% xy"),  # hidden inside words
        ("tag\U000e0041\U000e0042s", "tags"),                          # invisible tag characters
        ("e\u0301", "\u00e9"),                                         # NFC
        ("one\r\ntwo\rthree\x85four\u2028five\u2029six\x0bseven\x0ceight",
         "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight"),
        ("keep\ttab", "keep\ttab"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ],
)
def test_sanitize(raw, clean):
    assert sanitize(raw) == clean


def test_unterminated_osc_stops_at_the_end_of_its_line():
    assert sanitize("\x1b]0;never ends\nNext paragraph.") == "\nNext paragraph."


def test_what_is_kept_on_purpose():
    # Joiners (emoji, Indic and Persian scripts), direction marks for right-to-left text, markup-like
    # brackets (plain text; rendering it safely is the reader's job), CJK, combining marks NFC keeps.
    text = "👨\u200d👩\u200d👧 می\u200cخواهم \u200fשלום\u200e [bold]x[/] [@click=app.quit]y 中文 q\u0307\u0323"
    assert sanitize(text) == text.replace("q\u0307\u0323", "q\u0323\u0307")


def test_nothing_removed_means_no_note_and_removals_are_counted():
    notes: list[str] = []
    sanitize("plain text", notes)
    assert notes == []
    sanitize("\x1b[31mred\x1b[0m \u202e \x07", notes)
    assert notes == ["removed 2 terminal escape sequences and 2 control or invisible characters"]


def test_sanitize_line_and_shown_are_one_clean_line():
    assert sanitize_line("  a\n b\t\x1b[1mc\x1b[0m  ") == "a b c"
    assert shown("../../etc/\x1b]0;x\x07passwd") == "../../etc/passwd"
    assert shown("x" * 200).endswith("x") and len(shown("x" * 200)) == 80
    long_path = "/tmp/" + "deep/" * 30 + "outside.txt"  # cut in the middle: the file name stays
    assert shown(long_path).startswith("/tmp/deep/") and shown(long_path).endswith("/outside.txt")
    assert "…" in shown(long_path) and len(shown(long_path)) == 80


def test_the_byte_level_check_agrees_with_the_character_classes():
    # sanitize() returns text as it is when a check over its UTF-8 bytes finds nothing to remove:
    # that check must see every character the substitutions would remove or change.
    from seedreader.sanitize import _NEEDS_WORK, _needs_work

    for cp in [*range(0xD800), *range(0xE000, 0x10000), *range(0xE0000, 0xE0100), 0x1F600]:
        text = f"a“{chr(cp)}b"
        assert _needs_work(text) == (_NEEDS_WORK.search(text) is not None), hex(cp)
        # In a long ASCII text the check reads the non-ASCII and control bytes alone.
        assert _needs_work(text + "c" * 500) == _needs_work(text), hex(cp)
    assert _needs_work("x\ud800y")  # a lone surrogate (replaced by U+FFFD)
    assert _needs_work("x\ud800y" + "c" * 500)


def test_sanitize_utf8_hands_over_the_bytes_only_of_an_unchanged_text():
    from seedreader.sanitize import sanitize_utf8
    from seedreader.segment import segment

    plain = "Sheinbaum said 25% — «tariffs».\n\nShare this article\n\nA second paragraph."
    text, data = sanitize_utf8(plain)
    assert text is plain and data == plain.encode()
    assert segment(text, utf8=data) == segment(text)
    text, data = sanitize_utf8("red \x1b[31mtext\x1b[0m")
    assert (text, data) == ("red text", None)
    assert sanitize_utf8("e\u0301")[1] is None  # normalised to NFC: a new text


@pytest.mark.parametrize("rare", [
    "e\u0301", "\u0301", "\u0323\u0302", "\u0302\u0323", "=\u0338", "\u1100\u1161", "\u1100",
    "\u1161", "\uac00\u11a8", "\u212b", "\uf900", "\u0b47\u0b3e", "\u304b\u3099", "é", "日",
    "’", "\u0958", "\U0001d15e",
])
@pytest.mark.parametrize("before", ["", "a", "e", " "])
def test_is_nfc_agrees_with_unicodedata_when_non_ascii_is_rare(rare, before):
    # _is_nfc() checks the few non-ASCII characters of a text on their own: the marks and jamo
    # that compose with what is before them, apart or next to each other, must not fool it.
    import unicodedata

    from seedreader.sanitize import _is_nfc

    for text in [before + rare + "x" * 3000, "x" * 3000 + before + rare,
                 "\u1100" + "x" * 3000 + before + rare, rare + "x" * 3000 + before + rare]:
        data = text.encode()
        assert _is_nfc(text, data) == unicodedata.is_normalized("NFC", text), repr(text)


@pytest.mark.parametrize(("url", "safe"), [
    ("https://en.wikipedia.org/wiki/Conan_O'Brien", "https://en.wikipedia.org/wiki/Conan_O%27Brien"),
    ('http://example.org/a "b" <c>', "http://example.org/a%20%22b%22%20%3Cc%3E"),
    ("https://example.org/x\\y|z?q=`{1}`^", "https://example.org/x%5Cy%7Cz?q=%60%7B1%7D%60%5E"),
    ("https://example.org/a?x=1&y=%20", "https://example.org/a?x=1&y=%20"),  # encoded stays
    ("https://例え.jp/記事", "https://例え.jp/記事"),
])
def test_safe_url_keeps_an_http_link_with_unsafe_characters_encoded(url, safe):
    assert url_problem(url) is None
    assert safe_url(url) == safe
    assert safe_url(safe) == safe


@pytest.mark.parametrize(("url", "reason"), [
    ("javascript:alert(1)", "only http:// and https:// links are kept"),
    ("data:text/html,x", "only http:// and https:// links are kept"),
    ("ftp://example.org/x", "only http:// and https:// links are kept"),
    ("https://", "it names no host"),
    ("http://a b/", "its host name is malformed"),
    ("http://[::1/", "it is malformed: Invalid IPv6 URL"),
    ("https://example.org/\x1b]8;;x", "it holds control characters or line breaks"),
])
def test_a_link_that_is_not_http_or_is_malformed_is_refused_with_its_reason(url, reason):
    assert safe_url(url) is None
    assert url_problem(url) == reason


def test_escaped_writes_what_cleaning_removes_as_escapes_and_hides_string_payloads():
    from seedreader.sanitize import escaped, sanitize_line

    assert escaped("\x1b[31mred.txt") == "\\x1b[31mred.txt"
    assert escaped("\x1b]0;TITLE\x07a.txt") == "\\x1b]…a.txt"  # a window title stays hidden
    assert escaped("\u202eevil.txt") == "\\u202eevil.txt"
    assert escaped("plain name.txt") == "plain name.txt"
    assert escaped("red\u200d.txt") == "red\\u200d.txt"
    assert escaped("\U0001f468\u200d\U0001f469.txt") == "\U0001f468\u200d\U0001f469.txt"  # kept
    for name in ("\x1b[31mred.txt", "\u202ered.txt", "red\x07.txt", "red\u200d.txt"):
        assert escaped(name) != sanitize_line(name)


# --- zero width joiners where no script needs them (fix round 7) ---------------------------------
@pytest.mark.parametrize(("raw", "clean"), [
    ("Deaths from fen\u200dtanyl fell.", "Deaths from fentanyl fell."),
    ("fen\u200ctanyl", "fentanyl"),
    ("fen\u034ftanyl", "fentanyl"),  # the combining grapheme joiner hides as well
    ("The " + "x\u200d" * 40 + " council", "The " + "x" * 40 + " council"),
    ("\u041c\u043e\u200d\u0441\u043a\u0432\u0430", "\u041c\u043e\u0441\u043a\u0432\u0430"),  # Cyrillic
    ("\u0391\u03b8\u200c\u03ae\u03bd\u03b1", "\u0391\u03b8\u03ae\u03bd\u03b1"),  # Greek
    ("40\u200d% of 1\u200c2", "40% of 12"),
    ("\u200dstart and end\u200d", "start and end"),
    ("caf\u00e9\u200d\u200d\u200cs", "caf\u00e9s"),
])
def test_joiners_between_letters_of_scripts_that_never_need_them_are_removed(raw, clean):
    notes: list[str] = []
    assert sanitize(raw, notes) == clean
    assert notes and "invisible" in notes[0]


@pytest.mark.parametrize("text", [
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family emoji
    "\U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian: mi-khaham, with ZWNJ
    "\u0644\u200d",  # Arabic letter forced into its joining form
    "\u0915\u094d\u200d\u0937",  # Devanagari half form
    "\u0d28\u0d4d\u200d",  # Malayalam chillu
    "\u05e2\u05b4\u034f\u05d1\u05b0",  # Hebrew: grapheme joiner keeping marks in order
    "Report: \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 said the \U0001f469\u200d\U0001f52c",
])
def test_joiners_that_emoji_and_other_scripts_need_are_kept(text):
    assert sanitize(text) == unicodedata.normalize("NFC", text)


def test_a_word_with_a_hidden_joiner_is_no_change_in_a_diff():
    from seedreader import compare

    comparison = compare("Deaths from fen\u200dtanyl fell 40 percent.\n",
                         "Deaths from fentanyl fell 40 percent.\n")
    assert comparison.similarity == 1.0


def test_joiners_false_keeps_every_joiner_and_cleans_the_rest():
    notes: list[str] = []
    assert sanitize("fen\u200dtanyl\x1b[31m.txt", notes, joiners=False) == "fen\u200dtanyl.txt"
    assert notes == ["removed 1 terminal escape sequence"]
    assert sanitize("Auf\u200clage.txt", joiners=False) == "Auf\u200clage.txt"
    assert sanitize("Auf\u200clage.txt") == "Auflage.txt"  # (text: removed, as before)
