"""Double-encoded UTF-8 (mojibake): UTF-8 once read as cp1252 and saved as UTF-8 again (QA round 4:
"Mayorâ€™s note" and "cafÃ© closed" passed unrepaired and unwarned)."""

from __future__ import annotations

import pytest

from seedreader.corpus import load_source
from seedreader.fileio import decode_file

GOOD = "Mayor’s note\n\nThe mayor’s office said ‘no chances’ – café closed on Monday. Über 5 °C, £5."


def twice(text: str) -> bytes:
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


def test_a_double_encoded_file_is_repaired_and_says_so(tmp_path):
    (tmp_path / "moji.txt").write_bytes(twice(GOOD))
    source = load_source(tmp_path / "moji.txt")
    assert source.paragraphs == tuple(GOOD.split("\n\n"))
    assert source.title == "Mayor’s note"
    assert len(source.warnings) == 1 and "repaired" in source.warnings[0]


@pytest.mark.parametrize("text", [
    GOOD,  # right as it is
    "Plain ASCII text, nothing to repair.",
    "Ã© is how mojibake looks, and café is how it should.",  # mixed: does not round-trip
    "Gdańsk, Kraków and Łódź.",  # characters no cp1252 byte decodes to
    "naïve façade — “quoted” in Zürich; ½ of São Paulo",  # Latin-1 letters that pair by chance
])
def test_text_that_is_not_mojibake_is_left_alone(text):
    assert decode_file(text.encode("utf-8")) == (text, [])


def test_a_cp1252_file_is_decoded_as_before():
    data = "Caf\u00e9 \u2019quoted\u2019".encode("cp1252")
    text, notes = decode_file(data)
    assert text == "Café ’quoted’" and notes == ["not valid UTF-8: decoded as cp1252"]


# (review of session 6: one pair of characters that mojibake is made of, right in the text, was
# "repaired" into another script, with a warning)
@pytest.mark.parametrize("text", [
    "Vienna heard Johann Strauß’s Blue Danube on Sunday.",  # "ß’" read as one character: "ߒ"
    "Ó’Brien said the talks would go on.",  # "Ó’": "Ӓ"
    "Parts cost 5×— per unit.",  # "×—": "ח"
    "Strauß’s waltz, Ó’Brien’s reel and 5×— per unit.",  # several, but each repairs to a letter
                                                          # of a script the text does not have
])
def test_right_text_with_chance_pairs_is_left_alone(text):
    assert decode_file(text.encode("utf-8")) == (text, [])


@pytest.mark.parametrize("text", [
    "The mayor’s office.",  # one curly apostrophe: a three-byte sequence, evidence enough
    "Café and crème brûlée.",
    "Prices rose 5 °C — and € fell 😀.",
])
def test_double_encoded_text_is_still_repaired(text):
    assert decode_file(twice(text)) == (text, [REPAIRED])


REPAIRED = decode_file(twice(GOOD))[1][0]
