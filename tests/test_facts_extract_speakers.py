"""Speakers in common attribution forms, and no misquote asserted between a named speaker and
someone else described but not named (QA round 6, fact-checker)."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.quotes import find_quotes


def speaker(text: str) -> str | None:
    (quote,) = find_quotes(text)
    return quote.speaker


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=s) for s, t in zip("abcd", texts, strict=False)])


def misquotes(tally: FactTally) -> list[str | None]:
    return [c.change for c in tally.conflicts if tally.fact(c.facts[0]).kind == "quote"]


def test_a_title_in_lower_case_or_in_apposition_before_the_name_keeps_the_speaker():
    assert speaker('"We had 600 officers on duty tonight," police chief Marek Hollan said.') == "Hollan"
    assert speaker('"We had 600 officers on duty tonight," the police chief, Marek Hollan, said.') \
        == "Hollan"
    assert speaker('"We had 600 officers on duty tonight," Police Chief Marek Hollan said.') == "Hollan"
    assert speaker('The police chief, Marek Hollan, actually said: "We had 400 officers on duty."') \
        == "Hollan"
    assert speaker('"We will rebuild," the club\'s head coach, Ana Ruiz, told reporters.') == "Ruiz"


def test_no_speaker_is_made_up_from_a_name_that_does_not_speak():
    assert speaker('"We had 600 officers on duty tonight," the report on Hollan said.') is None
    assert speaker('"We had 600 officers on duty tonight," a fan said.') is None
    assert speaker('"We had 600 officers on duty tonight," the police chief told Marek Hollan.') is None


NAMED = '"We had 600 officers on duty tonight," police chief Marek Hollan said.'


def test_a_named_speaker_and_someone_else_unnamed_are_no_misquote():
    assert misquotes(tally_of(NAMED, 'A fan told us: "We had 400 officers on duty tonight."')) == []
    assert misquotes(tally_of(NAMED, '"We had 400 officers on duty tonight," one steward said.')) == []


def test_a_misquote_stands_between_the_same_speaker_or_one_not_said_or_one_by_title():
    change = ["“600” against “400”"]
    assert misquotes(tally_of(NAMED, '"We had 400 officers on duty tonight," Hollan said.')) == change
    # No one said who: maybe the same person (as before).
    assert misquotes(tally_of(NAMED, 'Title\n\n"We had 400 officers on duty tonight."')) == change
    # Described by a title, officials or the police: maybe the one named.
    assert misquotes(tally_of(NAMED, 'The police chief told us: "We had 400 officers on duty '
                                     'tonight."')) == change
    assert misquotes(tally_of(NAMED, '"We had 400 officers on duty tonight," police said.')) == change
    assert misquotes(tally_of(NAMED, '"We had 400 officers on duty tonight," an aide said.')) == change


def test_a_title_after_of_or_for_is_someone_else_s():  # (review)
    for line, name in (('"He was a quiet boy," a friend of coach Ana Ruiz said.', "Ruiz"),
                       ('"We will appeal the ruling," a lawyer for minister Jan Kos said.', "Kos")):
        (quote,) = [f for f in tally_facts([source_from_text(line, id="a")]).facts
                    if f.kind == "quote"]
        assert quote.speaker != name
    (quote,) = [f for f in tally_facts([source_from_text(
        '"We had 600 officers on duty," police chief Marek Hollan said.', id="a")]).facts
        if f.kind == "quote"]
    assert quote.speaker == "Hollan"


def test_a_person_of_a_body_is_the_speaker_not_the_body_s_last_word():  # (session 7, QA churn)
    # "X of the <Organisation> said" names X: the QA's review gave "Research".
    assert speaker('Dr Sarah Lindqvist of the Institute for Fiscal Research said such estimates '
                   '"are usually at the top end of what is achieved".') == "Lindqvist"
    assert speaker('"Such estimates are usually at the top end," Dr Sarah Lindqvist of the '
                   'Institute for Fiscal Research said.') == "Lindqvist"
    assert speaker('Andrew Bailey, of the Bank of England, said: "Inflation will fall back to '
                   'target next year."') == "Bailey"
    # she speaks in the next paragraph's quote too
    tally = tally_of('Dr Sarah Lindqvist of the Institute for Fiscal Research said the estimate '
                     'was high.\n\n"It is usually at the top end of what is achieved," she added.')
    assert [f.speaker for f in tally.facts if f.kind == "quote"] == ["Lindqvist"]
    # a name after "of" with no "the" is not taken for a body: as before
    assert speaker('"We will appeal the ruling," a lawyer for minister Jan Kos said.') != "Kos"
