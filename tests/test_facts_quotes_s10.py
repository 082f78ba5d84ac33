"""Quotes and speakers as written (QA round 10, quotes): straight single quotes, short quotes with
a described speaker, the person who speaks when another is named before "said", split quotes and
quotes over two paragraphs, attributions in other forms, and live-blog entry stamps."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import tally_facts
from seedreader.facts.extract import extract_source
from seedreader.facts.quotes import find_quotes


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.value, q.speaker) for q in find_quotes(text)]


def source_quotes(text: str) -> list[tuple[str, str | None]]:
    return [(f.value, f.speaker) for f in extract_source(source_from_text(text, id="a"))
            if f.kind == "quote"]


# Straight single quotes (UK style)


def test_a_straight_single_quote_opens_on_an_editor_s_bracket_or_an_ellipsis():
    assert quotes("Doe, 54, said that '[the plan] would cost less than the one it replaces.'") \
        == [("[the plan] would cost less than the one it replaces", "Doe")]
    assert quotes("She said: '...and we will not let patients wait any longer.'") \
        == [("...and we will not let patients wait any longer", "she")]
    # the outer quote is read whole, the inner one stays inside it
    (value, _speaker), = quotes("'[She] told me, \"I have not had a proper break in six years,\" "
                                "and that has stayed with me,' the minister said.")
    assert value.startswith("[She] told me") and value.endswith("stayed with me")


def test_a_plural_possessive_in_straight_single_quotes_does_not_close_the_quote():
    assert quotes("Doe said: 'The nurses' union will back the plan in full.'") \
        == [("The nurses' union will back the plan in full", "Doe")]
    assert quotes("'The patients' needs come first, and the nurses' too,' Doe said.") \
        == [("The patients' needs come first, and the nurses' too", "Doe")]


def test_an_apostrophe_inside_a_word_never_opens_or_closes_a_quote():
    assert quotes("I don't think Doe's plan will work, the nurses' union's chief said.") == []
    assert quotes("Doe said: 'I don't accept Reyes's figures at all.'") \
        == [("I don't accept Reyes's figures at all", "Doe")]
