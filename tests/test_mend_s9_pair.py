"""What the reviewer found in s9-pair's enumerator rules (leading "4.2", "(a)", "3.", "Part 6 —"
taken as labels): no difference may be hidden as a renumbering, wrapped prose whose lines start
with a figure stays prose, an exact copy pairs before a label-free likeness, one enumerator
grammar, and whole-line slides that keep the rebuild invariants."""

from __future__ import annotations

import pytest

from seedreader import compare
from seedreader.worddiff import diff_texts, has_change


def _pair(left, right):
    return "\n\n".join(left) + "\n", "\n\n".join(right) + "\n"


# --- 1. a changed label is a change -----------------------------------------------------------------
_LABEL_CHANGES = [
    ("1.200 Menschen wurden nach Angaben der Polizei evakuiert.",
     "1.500 Menschen wurden nach Angaben der Polizei evakuiert."),
    ("14.05 Police confirmed two people were arrested at the scene.",
     "14.50 Police confirmed two people were arrested at the scene."),
    ("Article 4 — the clause that lets a member ask for consultations — has been invoked.",
     "Article 5 — the clause that lets a member ask for consultations — has been invoked."),
    ("Title 42 Expulsions were used at the border for three years.",
     "Title 8 Expulsions were used at the border for three years."),
    ("12. Juni: Die Regierung legte den Entwurf vor.",
     "14. Juni: Die Regierung legte den Entwurf vor."),
    ("3. Three people died in the fire, the police said.",
     "5. Three people died in the fire, the police said."),
    ("(a) the number of users who are children;\n(b) the features of the service;",
     "(b) the number of users who are children;\n(c) the features of the service;"),
]


@pytest.mark.parametrize(("left", "right"), _LABEL_CHANGES)
def test_a_changed_leading_figure_or_label_is_a_change(left, right):
    intro = "Die Feuerwehr war am Dienstag im Einsatz."
    a, b = _pair([intro, left], [intro, right])
    for spans in (True, False):
        c = compare(a, b, spans=spans)
        kinds = [blk.kind for blk in c.blocks]
        assert kinds == ["same", "changed"], kinds
    spans, _ = diff_texts(left, right)
    assert has_change(spans)
    assert not any(s.minor for s in spans if s.op != "equal")
