"""fileio.decode_file: UTF-8 with a stray byte of another encoding keeps its UTF-8, and UTF-16
without a byte-order mark is read; plain cp1252 and binary are treated as before."""

from __future__ import annotations

import codecs
import random

import pytest

from seedreader.fileio import decode_file
from seedreader.sanitize import BinaryContent, decode

GOOD = ("The mayor of São Paulo said “we will rebuild 40 homes by March.”\n\n"
        "Officials said 12 people died.\n")


def test_a_stray_cp1252_byte_in_utf8_is_read_alone():
    data = GOOD.encode("utf-8") + b"It\x92s a stray cp1252 apostrophe.\n"
    text, notes = decode_file(data)
    assert text == GOOD + "It’s a stray cp1252 apostrophe.\n"
    assert notes == ["1 byte not valid UTF-8: read as cp1252"]


def test_stray_bytes_are_counted_and_read_as_cp1252_or_latin1():
    data = "São Paulo".encode() + b" \x93quoted\x94 \x81 caf\xe9\n"
    text, notes = decode_file(data)
    assert text == "São Paulo “quoted” \x81 café\n"  # 0x81: none in cp1252, latin-1's
    assert notes == ["4 bytes not valid UTF-8: read as cp1252"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_a_file_with_no_valid_utf8_sequence_keeps_the_whole_file_fallback(encoding):
    data = "Café naïve, “quoted” — 40 homes in São Paulo.\n".encode(encoding, "replace")
    assert decode_file(data) == decode(data)
    assert decode_file(data)[1] == ["not valid UTF-8: decoded as cp1252"]


@pytest.mark.parametrize("data", [GOOD.encode(), b"plain ascii\n", codecs.BOM_UTF8 + GOOD.encode(),
                                  codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), b""])
def test_valid_utf8_ascii_and_marked_files_are_decoded_as_before(data):
    assert decode_file(data) == decode(data)


@pytest.mark.parametrize(("encoding", "order"), [("utf-16-le", "little"), ("utf-16-be", "big")])
@pytest.mark.parametrize("text", [GOOD, "Αθήνα, 12 Μαρτίου: «40 σπίτια», είπε ο δήμαρχος.\n",
                                  "东京 3月12日: 市长说 “40 homes”.\n"])
def test_utf16_without_a_byte_order_mark_is_read(encoding, order, text):
    decoded, notes = decode_file(text.encode(encoding))
    assert decoded == text
    assert notes == [f"UTF-16 ({order}-endian) without a byte-order mark: decoded as {encoding}"]
    with pytest.raises(BinaryContent):  # what it was before
        decode(text.encode(encoding))


def _png_like(size: int) -> bytes:
    rng = random.Random(7)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(size))


@pytest.mark.parametrize("data", [
    _png_like(4000),
    bytes(range(256)) * 20,
    # NUL in every other byte, the others small numbers (an array of 16-bit integers): controls
    b"".join(bytes([n % 200, 0]) for n in range(3000)),
    b"".join(bytes([0, n % 200]) for n in range(3000)),
    b"\x00" * 1000,
])
def test_binary_stays_refused(data):
    with pytest.raises(BinaryContent):
        decode_file(data)


def test_odd_length_is_not_utf16():
    with pytest.raises(BinaryContent):
        decode_file(GOOD.encode("utf-16-le") + b"x")
