"""FactsView answers for one conflict group what the facts panel and N / P both ask: its other
values, and what changed in a misquote (none for a figure)."""

from __future__ import annotations

from test_ui_qa5 import FIRE
from ui_support import write_corpus

from seedreader import load_corpus, tally_facts
from seedreader.ui.facts_model import FactsView


def test_a_conflict_group_gives_its_other_values_and_a_misquote_what_changed(tmp_path):
    view = FactsView.of(tally_facts(load_corpus(write_corpus(tmp_path / "fire", FIRE))))
    assert len(view.conflicts) == 2  # 4 against 5 workers, and a misquote
    for g in range(len(view.conflicts)):
        values = view.conflict_facts(g)
        assert [f.id for f in values] == list(view.conflicts[g].facts)
        for fact in values:
            others = view.conflict_facts(g, but=fact)
            assert fact not in others and len(others) == len(values) - 1
            # The same as the panel's counterparts (a fact in one conflict).
            assert others == view.counterparts(fact)
            about = view.misquote_in(fact, g)
            if fact.kind == "quote":
                assert about == view.conflicts[g].about
                assert view.misquoted(fact) == [about]
            else:  # a figure is no misquote, whatever its conflict's about says
                assert about is None and view.misquoted(fact) == []
    quotes = [g for g in range(len(view.conflicts))
              if view.by_id(view.conflicts[g].facts[0]).kind == "quote"]
    assert len(quotes) == 1 and view.conflicts[quotes[0]].about
