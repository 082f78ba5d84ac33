"""Facts after a review of the fifth QA round's fixes: the rules must not overreach on ordinary
news (a false conflict or a wrong merge misleads a fact-checker more than a missed merge)."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def conflicting_values(tally: FactTally) -> list[set[str]]:
    return [{tally.fact(fid).value for fid in c.facts} for c in tally.conflicts]


def rows(tally: FactTally, kind: str, value: str) -> list[tuple[str, ...]]:
    return [f.sources for f in tally.facts if f.kind == kind and f.value == value]


def speakers(*texts: str) -> list[tuple[str, str | None]]:
    return [(f.value[:20], f.speaker) for f in tally_of(*texts).facts if f.kind == "quote"]


# Dates of two stories: a match's day and the reverse fixture's, a sacking and an appointment.

def test_first_dates_of_two_stories_about_other_events_are_no_conflict():
    assert conflicting_values(tally_of(
        "Leeds beat Millwall\n\nLeeds United won 3-1 at home to Millwall on Saturday, March 8, to go "
        "top of the Championship.",
        "Piroe double sends Leeds top\n\nJoel Piroe scored twice as Leeds United beat Millwall 3-1 on "
        "Saturday.\n\nMillwall had won the reverse fixture on November 2, when the Londoners won 1-0 "
        "at The Den.")) == []
    assert conflicting_values(tally_of(
        "Manchester United\n\nManchester United sacked manager Erik ten Hag on October 28 after a "
        "poor start to the season.",
        "Manchester United\n\nRuben Amorim was appointed Manchester United head coach on November 1, "
        "the club said.")) == []
