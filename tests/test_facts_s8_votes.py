"""Session 8 (facts 2): court and parliament votes as figures of their own, hedged values of one
thing within tolerance linked, and bylines' dates left out of the facts. Each case with its
counter-examples."""

from __future__ import annotations

from pathlib import Path

from seedreader.corpus import load_corpus, source_from_text
from seedreader.facts import FactTally, tally_facts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def facts_of(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == kind]


def conflicts_of(tally: FactTally, kind: str) -> list[list[str]]:
    return [sorted(tally.fact(fid).value for fid in c.facts)
            for c in tally.conflicts if tally.fact(c.facts[0]).kind == kind]


# 3. A byline's or dateline's date is when the piece was published, not a fact of the story.

def test_byline_date_is_no_fact():
    tally = tally_of("# Dam ruling\n\n*By staff* — **March 13, 2026**\n\n"
                     "The Supreme Court ruled on March 11 that the state may not build the dam.")
    assert facts_of(tally, "date") == [("March 11", ("s1",))]


def test_author_and_date_line_under_the_headline_is_no_fact():
    for line in ("Jane Doe — March 13, 2026", "Updated 14:05 GMT, March 13, 2026",
                 "By Rachel Oakes, Europe correspondent, March 13",
                 "Published: March 13, 2026"):
        tally = tally_of(f"Dam ruling\n\n{line}\n\n"
                         "The Supreme Court ruled on March 11 that the state may not build the dam.")
        assert facts_of(tally, "date") == [("March 11", ("s1",))], line
        assert facts_of(tally, "time") == [], line


def test_story_lines_that_start_with_by_keep_their_dates():
    # "By Monday ..." and a headline with a date are the story's, not a byline.
    for lead, value in (("By Thursday, March 12, the families had left the valley.", "March 12"),
                        ("By March 13 the court had ruled against the dam.", "March 13"),
                        ("By Friday night, the river had risen.", "Friday")):
        tally = tally_of(f"Dam ruling\n\n{lead}\n\nThe state may not build the dam.")
        assert [v for v, _s in facts_of(tally, "date")] == [value], lead
    tally = tally_of("Talks Set For January 23\n\nThe leaders will meet in Washington.")
    assert [v for v, _s in facts_of(tally, "date")] == ["January 23"]
    # A dated line further down the story is no byline either.
    tally = tally_of("Dam ruling\n\nThe ruling came late.\n\nMore below.\n\nJane Doe, March 13")
    assert [v for v, _s in facts_of(tally, "date")] == ["March 13"]


def test_seed_dates_unchanged():
    tally = tally_facts(load_corpus(SEEDS))
    dates = sorted((f.value, f.support) for f in tally.facts if f.kind == "date")
    assert ("January 23", 1) in dates and ("January 22–23", 1) in dates
    assert ("Monday", 3) in dates and ("Sunday", 3) in dates
