"""Hedges: worded once, by the tally, and shown as they are by the panel, the CLI and the exports."""

from __future__ import annotations

from seedreader import load_corpus, tally_facts
from seedreader.export import render_pair
from seedreader.facts.tally import hedge_wording
from seedreader.ui.widgets.facts_panel import _hedged


def test_hedges_are_worded_from_the_readings():
    assert hedge_wording([("about", "a"), (None, "b"), ("about", "c")], 3) == "“about” in 2 of 3"
    assert hedge_wording([("late", "a"), ("late", "b")], 2) == "late"
    assert hedge_wording([("about", "a"), ("nearly", "b")], 2) == \
        "“about” in 1, “nearly” in 1 of 2"
    assert hedge_wording([(None, "a")], 1) == ""


def test_the_panel_and_the_exports_word_a_hedge_alike():
    corpus = load_corpus()
    tally = tally_facts(corpus)
    fifty = next(f for f in tally.facts if f.value == "50%")
    assert fifty.qualifier == "“about” in 2 of 5"
    assert _hedged(fifty).plain == " · “about” in 2 of 5"
    forty = next(f for f in tally.facts if f.value == "40%")
    assert forty.qualifier == "“more than” in 1 of 2"
    assert _hedged(forty).plain == " · “more than” in 1 of 2"
    from seedreader import compare

    exported = render_pair(compare(corpus[0], corpus[1]), "md", corpus=corpus)
    assert "“about” in 2 of 5" in exported
