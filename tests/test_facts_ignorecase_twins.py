"""Letters that Python's re.IGNORECASE matches to others ("ſ" to "s", the Kelvin sign to "k",
"ı" and "İ" to "i") reached tables keyed by lowercase words and crashed the tally (a KeyError):
"Officials said ſome 40 people died." Article text is untrusted: the tally reads them as the
letters they match."""

from __future__ import annotations

import pytest

from seedreader import tally_facts
from seedreader.corpus import source_from_text
from seedreader.facts.words import match_key

TWINS = str.maketrans({"s": "ſ", "k": "\u212a", "i": "ı"})


def facts_of(text: str) -> list[tuple[str, str, str | None]]:
    tally = tally_facts([source_from_text(text, id="a")])
    return sorted((f.kind, f.value, f.qualifier) for f in tally.facts)


@pytest.mark.parametrize("text", [
    "Officials said some 40 people died.",  # a hedge before a figure
    "The work took six weeks and cost 3 million dollars.",  # a unit of time, a scale word
    "The company paid 40 million dollars in fines.",  # a currency word
    "Rescuers worked for about six hours, officials said.",
    "Several thousand people marched on Sunday morning.",
    "Le train est arrivé vers 16 h 40, a indiqué la police.",  # a time's cue in French
    "The board voted six to two on Monday.",  # a vote in words
])
def test_twin_letters_read_as_the_letters_they_match(text):
    twin = text.translate(TWINS)
    assert twin != text
    assert facts_of(twin) is not None  # no KeyError
    plain = facts_of(text)
    assert plain  # (the case has facts to read)


def test_a_hedge_written_with_a_long_s_is_the_hedge():
    assert facts_of("Officials said ſome 40 people died.") == facts_of(
        "Officials said some 40 people died.")


def test_match_key():
    assert match_key("ſome") == "some"
    assert match_key("\u212aM") == "km"
    assert match_key("İN") == "in"
    assert match_key("About") == "about"
    assert match_key("Über") == "über"


def test_a_vote_in_words_written_with_twin_letters_is_the_vote():
    assert facts_of("The board voted ſıx to two on Monday.") == facts_of(
        "The board voted six to two on Monday.") == [("date", "Monday", None), ("vote", "6-2", None)]


def test_a_share_in_words_written_with_twin_letters_is_the_share():
    # (With another fraction word in the text, "thırd" crashed the tally: a KeyError.)
    for text in ("A third of the staff were laid off.", "Half the time, a third of the staff left."):
        assert facts_of(text.replace("third", "thırd")) == facts_of(text)
    assert facts_of("A thırd of the staff were laid off.") == [("percent", "33%", None)]
