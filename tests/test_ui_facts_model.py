"""The facts panel's model (no Textual): hedges worded from each mention's own reading."""

from __future__ import annotations

import re

from seedreader import load_corpus, tally_facts
from seedreader.ui.facts_model import hedge, hedge_wording


def test_hedges_are_worded_from_the_readings():
    assert hedge_wording([("about", "a"), (None, "b"), ("about", "c")], 3) == "“about” in 2 of 3"
    assert hedge_wording([("late", "a"), ("late", "b")], 2) == "“late”"
    assert hedge_wording([("about", "a"), ("nearly", "b")], 2) == \
        "“about” in 1, “nearly” in 1 of 2"
    assert hedge_wording([(None, "a")], 1) == ""


def test_the_panel_counts_the_hedges_as_the_tally_does():
    """The panel words them its own way but from the same readings: the same word, the same
    count of sources, for every hedged fact of the seeds (the 50% and the 40% among them)."""
    facts = [f for f in tally_facts(load_corpus()).facts if f.qualifier]
    assert {f.value for f in facts} >= {"50%", "40%"}
    for fact in facts:
        ours = hedge(fact)
        theirs = fact.qualifier
        counted = re.findall(r"(.+?) \((\d+) of (\d+)\)(?:, |$)", theirs)
        if counted:  # 'about (2 of 5)' -> '“about” in 2 of 5'
            total = counted[0][2]
            assert ours == ", ".join(f"“{w}” in {k}" for w, k, _ in counted) + f" of {total}"
        else:  # every source that states it hedges it: the word alone
            assert ours == f"“{theirs}”"
