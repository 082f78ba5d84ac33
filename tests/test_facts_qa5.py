"""Facts fixes after the fifth QA round (a corpus of five reports of one chemical-plant fire)."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def speakers(*texts: str) -> list[tuple[str, str | None]]:
    return [(f.value[:20], f.speaker) for f in tally_of(*texts).facts if f.kind == "quote"]


def conflicting_values(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts]


# 1. Who "she" is.

def test_she_is_the_person_who_speaks_in_the_sentence_before_not_a_speaker_of_a_paragraph_before():
    text = ("“We do not know the cause yet,” Fire Chief Dana Whitfield said.\n\n"
            "One of the dead was a forklift operator, his sister, Carla Mendez, told reporters. "
            "“He always said the place was a tinderbox,” she said.")
    assert speakers(text) == [("We do not know the c", "Whitfield"), ("He always said the p", "Mendez")]
    # Of two people named, the one who speaks, wherever in the sentence.
    assert speakers("Carla Mendez told reporters that Tom Reyes had worked there. “He loved it,” "
                    "she said.") == [("He loved it", "Mendez")]


def test_a_person_named_in_the_quote_s_paragraph_keeps_a_speaker_of_an_earlier_one_out():
    # Maria Gomez does not speak: the speaker is someone unnamed, not Lopez of the paragraph before.
    text = ("“We will rebuild,” Mayor Ana Lopez said.\n\n"
            "Maria Gomez, 34, died in the collapse. “She was the heart of this family,” she said.")
    assert speakers(text) == [("We will rebuild", "Lopez"), ("She was the heart of", None)]
    # With no one named in its own paragraph, "she" is still the speaker of the paragraph before.
    text = ("“We will rebuild,” Mayor Ana Lopez said.\n\n"
            "The bridge had been closed for a week. “It is a sad day,” she said.")
    assert speakers(text) == [("We will rebuild", "Lopez"), ("It is a sad day", "Lopez")]


# 2. A count is of the outcome its own clause names.

MIN1_A = ("Fire at plant\n\nFour workers were killed and 27 people were injured when a fire swept "
          "through the plant on Tuesday, March 4.")
MIN1_B = ("Plant fire\n\nFour people died and 23 were injured early Monday, March 3, when fire broke "
          "out at the plant.")


def test_deaths_and_injuries_in_one_sentence_are_two_counts_never_in_dispute():
    conflicts = conflicting_values(tally_of(MIN1_A, MIN1_B))
    assert not [c for c in conflicts if "27" in c and ("4" in c or "four" in c)]
    # Counts of one outcome still contradict each other.
    assert conflicting_values(tally_of(
        "Four people died when a fire swept through the plant on Tuesday, officials said.",
        "Five people died when a fire swept through the plant on Tuesday, officials said.")) == [
        {"4", "5"}]
    assert conflicting_values(tally_of(
        "The fire killed two and 27 people were injured at the plant, officials said.",
        "The fire killed two and 31 people were injured at the plant, officials said.")) == [
        {"27", "31"}]
