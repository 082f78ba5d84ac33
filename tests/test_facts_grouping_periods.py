"""Figures of different periods are different figures (QA round 4, item 4): "rose 8% last
season" is not the figure of "up 5% this season", nor of "up 5% on last season", where last
season is what a figure is compared with, not its period."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicting_values(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts]


LAST = "League\n\nAttendance at league matches rose 8% last season, the league said."


def test_last_season_s_figure_does_not_conflict_with_one_compared_with_last_season():
    tally = tally_of(LAST, "League\n\nAttendance at league matches was up 5 per cent on last "
                           "season, the league said.")
    assert conflicting_values(tally) == []


def test_last_season_s_figure_does_not_conflict_with_this_season_s():
    assert conflicting_values(tally_of(LAST, "League\n\nAttendance at league matches rose 5% this "
                                             "season, the league said.")) == []


def test_two_figures_of_one_period_still_conflict():
    tally = tally_of(LAST, "League\n\nAttendance at league matches rose 5% last season, the "
                           "league said.")
    assert conflicting_values(tally) == [{"8%", "5%"}]
    tally = tally_of("League\n\nAttendance at league matches rose 8%, the league said.",
                     "League\n\nAttendance at league matches rose 5%, the league said.")
    assert conflicting_values(tally) == [{"8%", "5%"}]
    # A figure of no period may be of the period its sentence names elsewhere: not known apart.
    tally = tally_of(LAST, "League\n\nAttendance at league matches rose 5%, the league said.")
    assert conflicting_values(tally) == [{"8%", "5%"}]
    # Compared with last season in both: one figure of now, told two ways.
    tally = tally_of("League\n\nAttendance at league matches was up 8% on last season, the league said.",
                     "League\n\nAttendance at league matches was up 5% on last season, the league said.")
    assert conflicting_values(tally) == [{"8%", "5%"}]


def test_the_stadium_corpus_has_no_attendance_conflict():
    from pathlib import Path

    from seedreader.corpus import load_corpus
    tally = tally_facts(load_corpus(Path(__file__).resolve().parent / "fixtures" / "qa6_stadium"))
    assert {"5%", "8%"} not in conflicting_values(tally)
