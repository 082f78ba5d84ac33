"""Speakers and misquotes of science copy (session 11, QA health & science reporter: F1–F3,
F14, F15): the person before "of <Body>" or ", <role> at <Body>," speaks, not the body; a
heading is no speaker; a quote of two sentences is compared sentence by sentence."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=s) for s, t in zip("abcdef", texts, strict=False)])


def quote_conflicts(tally: FactTally) -> list[str | None]:
    return [c.change for c in tally.conflicts if tally.fact(c.facts[0]).kind == "quote"]


def test_the_person_before_of_a_body_or_a_role_at_a_body_speaks_not_the_body():
    assert speakers('Professor Jane Okoro of Northfield University said: "We saw the benefit '
                    'within two years."') == ["Okoro"]
    assert speakers('"We saw the benefit within two years," Professor Jane Okoro of Northfield '
                    'University said.') == ["Okoro"]
    assert speakers('Dr Samuel Reyes, associate medical director at the Heart Research Trust, who '
                    'was not involved in the study, said: "The benefit is modest."') == ["Reyes"]
    assert speakers('Judge Mary Hale of Leeds Crown Court said: "This was a cruel and cowardly '
                    'attack."') == ["Hale"]
    # A body itself, or someone of it not named, is no person's name.
    assert speakers('The Bank of England said: "Inflation will fall back to target next '
                    'year."') == ["Bank of England"]
    assert speakers('A spokesman for the Heart Research Trust said: "The benefit is modest, '
                    'really."') == [None]
    assert speakers('Secretary of State Marco Rubio said: "We will not accept these terms at '
                    'all."') == ["Rubio"]


def test_one_remark_given_with_the_speaker_s_body_is_no_misattribution():
    tally = tally_of(
        'Report A\n\nProfessor Jane Okoro of Northfield University said: "We saw the benefit '
        'within two years."',
        'Report B\n\n"We saw the benefit within two years," said Professor Jane Okoro.',
        'Report C\n\nDr Samuel Reyes, associate medical director at the Heart Research Trust, '
        'who was not involved in the study, said: "The absolute benefit is modest, and people '
        'should not stop taking their statins."',
        'Report D\n\n"The absolute benefit is modest, and people should not stop taking their '
        'statins," said Dr. Samuel Reyes of the Heart Research Trust.')
    assert quote_conflicts(tally) == []
    assert sorted(f.speaker for f in tally.facts if f.kind == "quote") == ["Okoro", "Reyes"]
