"""Quotes linked across sources (session 10): one remark given to two speakers (a misattribution),
the sides of a misquote, variants, part quotes beside a variant of the full one."""

from __future__ import annotations

import csv
import io
import json

from seedreader import source_from_text, tally_facts
from seedreader.facts.render import render_facts

REMARK = "We will fix the basics first and we will not wait."
DOE = f'Health Secretary Jane Doe said: "{REMARK}"'
REYES = f'Opposition leader Tom Reyes said: "{REMARK}"'


def tally(*texts: str):
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts)])


def quotes(t) -> list[tuple[str | None, tuple[str, ...]]]:
    return sorted(((f.speaker, f.sources) for f in t.facts if f.kind == "quote"),
                  key=lambda q: (q[0] or "", q[1]))


def misattributions(t):
    return [c for c in t.conflicts if c.misattribution]


# --- 1. misattribution ---------------------------------------------------------------------

def test_one_remark_given_to_two_speakers_is_a_conflict_naming_both():
    t = tally(DOE, REYES)
    assert quotes(t) == [("Doe", ("s0",)), ("Reyes", ("s1",))]
    [link] = t.conflicts
    assert link.misattribution
    assert link.change == "said by “Doe” against “Reyes”"
    assert "Doe" in link.about and "Reyes" in link.about
    assert {t.fact(i).speaker for i in link.facts} == {"Doe", "Reyes"}
    assert not t.variants


def test_a_remark_of_a_minister_and_of_her_department_is_no_misattribution():
    """What a minister's department or office puts out is hers too (review, session 10)."""
    remark = '"We will fix the basics first and we will not wait for anyone."'
    t = tally(f"Health Secretary Jane Doe said: {remark}",
              f"The Department of Health said: {remark}")
    assert not misattributions(t)
    assert quotes(t) == [("Department of Health", ("s1",)), ("Doe", ("s0",))]


def test_a_part_of_the_remark_given_to_another_speaker_is_one_too():
    t = tally(DOE, 'Tom Reyes told the BBC they would "fix the basics first and we will not wait".')
    [link] = misattributions(t)
    assert {t.fact(i).speaker for i in link.facts} == {"Doe", "Reyes"}


def test_a_copy_with_no_speaker_named_is_neither_speakers_when_either_may_have_said_it():
    # The third source names neither: its quote is a fact of its own, in the conflict, not
    # support of the first speaker whose group it met.
    for order in ((0, 1, 2), (2, 0, 1), (1, 2, 0)):
        texts = [DOE, REYES, f'The minister spoke at noon. "{REMARK}"']
        t = tally(*[texts[i] for i in order])
        facts = {f.speaker: f for f in t.facts if f.kind == "quote"}
        assert sorted(facts, key=str) == sorted(["Doe", "Reyes", None], key=str)
        assert all(f.support == 1 for f in facts.values())
        [link] = misattributions(t)
        assert set(link.facts) == {f.id for f in facts.values()}


def test_a_copy_with_no_speaker_named_goes_to_the_one_its_source_names_before_it():
    # (The wire: 'Doe said she had spent the summer visiting wards. "We have listened…"'.)
    copy = f'Doe said she had spent the summer visiting wards. "{REMARK}"'
    for texts in ((DOE, REYES, copy), (copy, REYES, DOE), (REYES, copy, DOE)):
        t = tally(*texts)
        doe = next(f for f in t.facts if f.speaker == "Doe")
        assert doe.support == 2
        assert [f.speaker for f in t.facts if f.kind == "quote"].count(None) == 0
        assert len(misattributions(t)) == 1
    # The paragraph before counts too ("Doe said:", the quote in a paragraph of its own).
    t = tally(DOE, REYES, f'Then Doe spoke.\n\n"{REMARK}"')
    assert next(f for f in t.facts if f.speaker == "Doe").support == 2


def test_a_copy_whose_source_names_both_speakers_is_neither_s():
    t = tally(DOE, REYES, f'Doe and Reyes spoke at noon. "{REMARK}"')
    assert [f.support for f in t.facts if f.kind == "quote"] == [1, 1, 1]


def test_one_speakers_remark_and_a_copy_with_no_speaker_are_one_fact_as_before():
    t = tally(DOE, f'Officials spoke at noon. "{REMARK}"')
    [fact] = [f for f in t.facts if f.kind == "quote"]
    assert (fact.speaker, fact.support) == ("Doe", 2)
    assert not t.conflicts


def test_short_common_phrases_said_by_two_people_are_no_misattribution():
    for phrase in ("Thank you.", "We will see.", "It is a turning point."):
        t = tally(f'Health Secretary Jane Doe said: "{phrase}"',
                  f'Opposition leader Tom Reyes said: "{phrase}"')
        assert not t.conflicts, phrase
        assert len([f for f in t.facts if f.kind == "quote"]) == 2


def test_a_speaker_repeating_anothers_words_and_saying_so_is_no_misattribution():
    lower = REMARK[0].lower() + REMARK[1:]
    for text in (f'Tom Reyes said: "As Doe said, {lower}"',
                 f'Tom Reyes said: "As Ms Doe put it, {lower}"',
                 f'In words borrowed from Doe, Tom Reyes said: "{REMARK}"'):
        t = tally(DOE, text)
        assert not t.conflicts, text


def test_a_sentence_naming_the_other_speaker_for_another_reason_keeps_the_conflict():
    for text in (f'After a meeting with Doe on Monday, Tom Reyes said: "{REMARK}"',
                 f'Tom Reyes said: "{REMARK}" He had met Doe on Monday.'):
        assert len(misattributions(tally(DOE, text))) == 1, text


def test_a_person_described_and_not_named_is_no_misattribution():
    # (Two people, maybe two remarks: as the misquotes have it.)
    t = tally(DOE, f'A nurse told us: "{REMARK}"')
    assert not t.conflicts


def test_the_outputs_name_each_speaker_of_a_misattribution():
    t = tally(DOE, REYES, f'The minister spoke at noon. "{REMARK}"')
    text = render_facts(t)
    assert "said by “Doe” against “Reyes”" in text
    assert "said by Doe in 1 s0" in text and "said by Reyes in 2 s1" in text
    assert "no speaker named, in 3 s2" in text
    data = json.loads(render_facts(t, "json"))
    [link] = data["conflicts"]
    assert link["change"] == "said by “Doe” against “Reyes”"
    rows = list(csv.DictReader(io.StringIO(render_facts(t, "csv"))))
    doe = next(r for r in rows if r["speaker"] == "Doe")
    assert f"{REMARK[:-1]} (said by Reyes)" in doe["conflict"]
    assert f"{REMARK[:-1]} (no speaker named)" in doe["conflict"]


def test_the_exports_name_each_speaker_of_a_misattribution():
    from seedreader.export.factview import _select, group_values

    t = tally(DOE, REYES)
    view = _select(t.to_dict(), lambda fact: True)
    [conflict] = view.conflicts
    whos = [who for _fact, who in group_values(view, conflict, str)]
    assert sorted(whos) == ["said by Doe: s0", "said by Reyes: s1"]


def test_a_misquote_lists_its_values_without_speakers_as_before():
    t = tally(DOE, f'Health Secretary Jane Doe said: "{REMARK.replace(" not", "")}"')
    [link] = t.conflicts
    assert not link.misattribution
    assert "said by" not in render_facts(t)


# --- 6. a misquote's sides -----------------------------------------------------------------

THREE = "We will open three new community hospitals in every region by 2030."
SAID = 'Health Secretary Jane Doe said: "{}"'


def test_a_misquotes_wordings_that_say_the_same_are_one_side():
    t = tally(SAID.format(THREE), SAID.format(THREE),
              'Doe promised "three new community hospitals in every region by 2030" in her speech.',
              SAID.format(THREE.replace("three", "two")),
              'DOE: "TWO NEW HOSPITALS IN EVERY REGION"\n\nDoe spoke in Manchester.')
    [link] = [c for c in t.conflicts if t.fact(c.facts[0]).kind == "quote"]
    sides = [{t.fact(i).value.lower().split(" new")[0].split()[-1] for i in side} for side in link.sides]
    assert sides[0] == {"three"} and {"two"} in sides[1:]
    # Listed side after side, each fact once.
    assert link.facts == tuple(i for side in link.sides for i in side)
    assert link.to_dict()["sides"] == [list(side) for side in link.sides]
    # A source's values against it are the other sides' only.
    three = next(t.fact(i) for i in link.sides[0])
    rows = [r for r in csv.DictReader(io.StringIO(render_facts(t, "csv"))) if r["fact_id"] == three.id]
    assert all("three" not in r["conflict"].lower() for r in rows)
    assert "    against" in render_facts(t)


def test_a_misquote_of_two_wordings_has_no_sides_as_before():
    t = tally(SAID.format(THREE), SAID.format(THREE.replace("three", "two")))
    [link] = t.conflicts
    assert link.sides == () and "sides" not in link.to_dict()
    assert "against\n" not in render_facts(t)


def test_the_exports_and_the_reader_keep_a_misquotes_sides_apart():
    from seedreader.export.factview import _select, group_sides
    from seedreader.ui.facts_model import FactsView

    t = tally(SAID.format(THREE), SAID.format(THREE), SAID.format(THREE.replace("We will", "We")),
              SAID.format(THREE.replace("three", "two")))
    [link] = t.conflicts
    view = _select(t.to_dict(), lambda fact: True)
    assert [len(side) for side in group_sides(view, view.conflicts[0], str)] == \
        [len(side) for side in link.sides]
    reader = FactsView.of(t)
    for fact_id in link.facts:
        mine = set(link.side_of(fact_id))
        others = {f.id for f in reader.counterparts(t.fact(fact_id))}
        assert others == set(link.facts) - mine


# --- 5. a possible variant shares words in order -------------------------------------------

def test_two_remarks_sharing_two_words_in_another_order_are_not_variants():
    t = tally(SAID.format("We have listened to nurses, and they told us the same thing: fix the "
                          "basics first."),
              SAID.format("We are going to do three things. First, we will train more community "
                          "nurses. Second, we will put diagnostic centres on high streets."))
    assert not t.variants


def test_a_remark_in_other_words_is_still_a_variant():
    t = tally('"We continue to collaborate and coordinate without the need for intervention," '
              'Sheinbaum said.',
              '"We continue to collaborate within the framework of our sovereignty," Sheinbaum said.')
    [link] = t.variants
    assert len(link.facts) == 2


# --- 7. a part quote beside a variant of the full one --------------------------------------

def test_a_part_quote_supports_the_remark_most_sources_give():
    t = tally(SAID.format(THREE), SAID.format(THREE), SAID.format(THREE),
              'Doe promised "three new community hospitals in every region by 2030".',
              SAID.format(THREE.replace("will", "would")))
    full = next(f for f in t.facts if f.value == THREE[:-1])
    assert full.support == 4
    assert not any(f.value.startswith("three") for f in t.facts)


def test_a_part_quote_of_a_remark_and_its_misquote_as_often_supports_neither():
    t = tally(SAID.format(THREE), 'Doe promised "three new community hospitals in every region by 2030".',
              SAID.format(THREE.replace("will", "would")))
    assert any(f.value.startswith("three") and f.support == 1 for f in t.facts)


def test_a_word_a_named_speaker_is_quoted_saying_alone_supports_their_remark():
    reyes = 'Finance director Tomas Reyes said the squeeze was "{}".'
    t = tally(reyes.format("temporary, not structural"), reyes.format("temporary, not structural"),
              reyes.format("temporary"), reyes.format("structural, not temporary"))
    fact = next(f for f in t.facts if f.value == "temporary, not structural")
    assert fact.support == 3
    # Not a word in scare quotes that no one is named for.
    t = tally(reyes.format("temporary, not structural"), 'The "temporary" fix was welcomed.')
    assert next(f for f in t.facts if f.value == "temporary, not structural").support == 1


# --- 8 and QA money 15: changes of meaning -------------------------------------------------

def test_a_modal_of_another_kind_is_a_misquote_naming_it():
    from seedreader.facts.meaning import meaning_change

    assert meaning_change(THREE, THREE.replace("will", "would")) == "“will” against “would”"
    assert meaning_change(THREE, THREE.replace("will", "may")) == "“will” against “may”"
    assert meaning_change(THREE, THREE.replace("will", "shall")) is None
    # Reported speech shifts a modal that opens the quote: no change.
    assert meaning_change("The plan will cost less than the one it replaces",
                          "would cost less than the one it replaces") is None
    t = tally(SAID.format(THREE), SAID.format(THREE.replace("will", "would")))
    [link] = t.conflicts
    assert link.change == "“will” against “would”"
    assert not t.variants


def test_a_remark_reversed_is_a_misquote():
    from seedreader.facts.meaning import meaning_change

    assert meaning_change("temporary, not structural", "structural, not temporary") == \
        "“not structural” against “not temporary”"
    assert meaning_change("not a crisis but a challenge", "not a challenge but a crisis") == \
        "“not a crisis” against “not a challenge”"
    assert meaning_change("temporary, not structural", "temporary, not structural") is None
    reyes = 'Finance director Tomas Reyes said the squeeze was "{}".'
    t = tally(reyes.format("temporary, not structural"), reyes.format("structural, not temporary"))
    [link] = t.conflicts
    assert "not structural" in link.change and not t.variants


def test_this_year_against_next_year_is_a_misquote():
    from seedreader.facts.meaning import meaning_change

    assert meaning_change("We will be leaner by the end of next year",
                          "by the end of this year") == "“next” against “this”"
    marsh = 'Chief executive Helen Marsh said: "{}"'
    t = tally(marsh.format("We are making hard choices so that Castlegate is leaner by the end "
                           "of next year."),
              'Helen Marsh said Castlegate would be leaner "by the end of this year".')
    [link] = t.conflicts
    assert link.change == "“next” against “this”"
