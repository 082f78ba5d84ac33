"""A pronoun's speaker ("“…,” she said.") never comes from before a heading, nor from the heading
itself: a new section may quote someone it does not name, and such a quote stands with no
speaker rather than the previous section's (a false misattribution otherwise). Within a section
the pronoun still goes to the person named before it."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.extract import extract_source


def speakers(text: str) -> dict[str, str | None]:
    """Each quote's first words → its speaker, as extracted from ``text``."""
    return {q.value[:12]: q.speaker for q in extract_source(source_from_text(text, id="a"))
            if q.kind == "quote"}


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=s) for s, t in zip("abc", texts, strict=False)])


def quote_conflicts(tally: FactTally) -> list:
    return [c for c in tally.conflicts if tally.fact(c.facts[0]).kind == "quote"]


RUIZ = '"The shop has been here for 40 years," said former mayor Ana Ruiz.'
VOTES = '"We got the votes we needed," she said.'


def test_a_pronoun_after_a_heading_is_not_the_previous_section_s_speaker():
    a = f"Vote reaction\n\n{RUIZ}\n\nRoss wins the day\n\n{VOTES}\n"
    assert speakers(a) == {"The shop has": "Ruiz", "We got the v": None}
    # Base wording too ("… Ana Ruiz said."), the same.
    a2 = a.replace("said former mayor Ana Ruiz.", "former mayor Ana Ruiz said.")
    assert speakers(a2) == {"The shop has": "Ruiz", "We got the v": None}
    b = 'Vote reaction\n\nAnn Ross said: "We got the votes we needed."\n'
    for text in (a, a2):
        tally = tally_of(text, b)
        assert quote_conflicts(tally) == []
        votes = [f for f in tally.facts if f.kind == "quote" and f.value.startswith("We got")]
        assert [(f.speaker, len(f.sources)) for f in votes] == [("Ross", 2)]


def test_a_heading_naming_a_person_does_not_name_the_speaker():
    text = (f"Vote reaction\n\n{RUIZ}\n\nWhat Professor Tom Hale of Georgetown University "
            'thinks\n\n"The closest since 2011," he said.\n')
    assert speakers(text)["The closest "] is None
    # The section's own paragraph naming the speaker still names him.
    named = text.replace('"The closest', 'Tom Hale spoke after the count. "The closest')
    assert speakers(named)["The closest "] == "Hale"


def test_within_a_section_the_pronoun_still_goes_to_the_person_named_before():
    # No heading between: the person named paragraphs before still speaks.
    text = f'Vote reaction\n\nAnn Ross said: "It is a good day."\n\nThe count ended late.\n\n{VOTES}\n'
    assert speakers(text)["We got the v"] == "Ross"
    # A heading before both the person and the quote does not matter.
    text = (f"Vote reaction\n\n{RUIZ}\n\nRoss wins the day\n\nAnn Ross spoke to supporters "
            f"after the count.\n\n{VOTES}\n")
    assert speakers(text) == {"The shop has": "Ruiz", "We got the v": "Ross"}
    # Named in the section but not speaking: no one, and still not the previous section's.
    thanked = text.replace("spoke to supporters", "thanked her staff")
    assert speakers(thanked) == {"The shop has": "Ruiz", "We got the v": None}
    # Nor does one after the quote.
    text = f"Vote reaction\n\n{RUIZ}\n\n\"We lost the shop,\" she said.\n\nRoss wins the day\n"
    assert speakers(text) == {"The shop has": "Ruiz", "We lost the ": "Ruiz"}
