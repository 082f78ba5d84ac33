"""Facts, review leftovers of session 10 (session 11)."""

from __future__ import annotations

from seedreader import source_from_text, tally_facts

REMARK = "We will fix the basics first and we will not wait."
DOE = f'Health Secretary Jane Doe said: "{REMARK}"'


def tally(*texts: str):
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts)])


def misattributions(t):
    return [c for c in t.conflicts if c.misattribution]


def test_a_remark_repeated_as_mr_doe_said_is_no_misattribution():
    # "Mr." ends no sentence: the quote's sentence holds "As Mr. Doe said" (words.sentence_bounds).
    for text in (f'As Mr. Doe said, Tom Reyes told the BBC: "{REMARK}"',
                 f'As Dr. Jane Doe put it on Monday, Tom Reyes said: "{REMARK}"'):
        assert not tally(DOE, text).conflicts, text


def test_the_other_speaker_named_in_the_next_sentence_keeps_the_misattribution():
    for text in (f'Tom Reyes said: "{REMARK}" That was, as Mr. Doe said, the plan.',
                 f'Tom Reyes said at 3 p.m. on Monday: "{REMARK}" He had met Doe.'):
        assert len(misattributions(tally(DOE, text))) == 1, text


def test_a_fall_and_a_rise_are_a_conflict_and_not_near_values_too():
    # (They were both: near values say "no conflict", _within_hedge tested the values only.)
    t = tally("Acme's profit fell about 12% in the first quarter.",
              "Acme's profit rose about 13% in the first quarter.")
    [link] = t.conflicts
    assert sorted(t.fact(i).value for i in link.facts) == ["12%", "13%"]
    assert not t.near
    # Two rises told so are near values, as before.
    t = tally("Acme's profit rose about 12% in the first quarter.",
              "Acme's profit rose about 13% in the first quarter.")
    assert not t.conflicts
    [link] = t.near
    assert sorted(t.fact(i).value for i in link.facts) == ["12%", "13%"]


def test_a_quote_in_single_guillemets_running_over_paragraphs_is_one_quote():
    # (The paragraph test had a table of opening marks of its own, without "‹" and "›".)
    for o, c in (("«", "»"), ("‹", "›"), ("“", "”")):
        t = tally(f"The mayor spoke on Monday.\n\n{o}We will do three things. First, we will "
                  f"rebuild the bridge by June.\n\n{o}Second, we will pay the families,{c} Lopez said.")
        said = ("We will do three things. First, we will rebuild the bridge by June. "
                "Second, we will pay the families")
        assert [(f.speaker, f.value) for f in t.facts if f.kind == "quote"] == [("Lopez", said)], o


def facts_of(t):
    return [(f.kind, f.value, f.sources) for f in t.facts]


def test_a_unanimous_vote_in_words_is_the_vote_in_digits():
    # (votes.py had a copy of the number words without "zero".)
    t = tally("The council voted nine to zero to approve the plan.",
              "The council voted 9-0 to approve the plan.")
    assert facts_of(t) == [("vote", "9-0", ("s0", "s1"))]


def test_a_share_in_words_written_in_capitals_is_read():
    # (Its plain search before the pattern looked for "half" and "Half", not "HALF".)
    t = tally("HALF OF THE VOTERS BACKED THE PLAN, THE POLL FOUND.",
              "Half of the voters backed the plan, the poll found.")
    assert facts_of(t) == [("percent", "50%", ("s0", "s1"))]
