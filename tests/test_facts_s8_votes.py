"""Session 8 (facts 2): court and parliament votes as figures of their own, hedged values of one
thing within tolerance linked, and bylines' dates left out of the facts. Each case with its
counter-examples."""

from __future__ import annotations

from pathlib import Path

from facts_support import conflicts_of, facts_of, tally_of

from seedreader.corpus import load_corpus
from seedreader.facts import FactTally, tally_facts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


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


# 1. A vote is a figure of its own: read, grouped, and in conflict when one vote differs.

def test_court_vote_conflict():
    lead = "The Supreme Court on Thursday ruled {} that the state may not build the Harlan River dam."
    tally = tally_of(lead.format("5-4"), lead.format("5-4"),
                     "The Supreme Court ruled on March 11 that the state may not build the Harlan "
                     "River dam, by a vote of 5-4.",
                     "The Supreme Court ruled 6-3 on Thursday that the state may not build the "
                     "Harlan River dam.")
    assert facts_of(tally, "vote") == [("5-4", ("s1", "s2", "s3")), ("6-3", ("s4",))]
    assert conflicts_of(tally, "vote") == [["5-4", "6-3"]]
    assert tally.filtered(kind="vote").facts[0].kind == "vote"


def test_ways_of_writing_a_vote():
    cases = {"The Senate voted 52-48 to confirm the nominee.": "52-48",
             "The justices struck down the law by a 7-2 majority.": "7-2",
             "The court upheld the ban in a 6–3 decision on Friday.": "6-3",
             "MPs backed the bill by 215 votes to 207.": "215-207",
             "The motion passed with 215 in favour and 207 against.": "215-207",
             "The board voted 4 to 3 to close the school.": "4-3",
             "The Senate passed the bill 51-49 late on Tuesday.": "51-49",
             "The jury split 10-2 on the main charge.": "10-2"}
    for text, value in cases.items():
        assert [v for v, _s in facts_of(tally_of(text), "vote")] == [value], text
    # "215 votes" is no count of its own once it is a vote's side
    assert facts_of(tally_of("MPs backed the bill by 215 votes to 207."), "count") == []


def test_ranges_dates_times_and_scores_are_no_votes():
    for text in ("Talks are planned for 22-23 January in Washington.",
                 "The court approved 20-30 new homes in the valley.",
                 "Rents rose 10-15% after the ruling was passed.",
                 "The council voted to meet at 10-11 a.m. on weekdays.",
                 "The court ruled on the 2019-20 budget.",
                 "Between 5-10 people were hurt when the roof collapsed.",
                 "The judges, aged 50-70, ruled on the case.",
                 "City won 3-1 at home on Saturday.",
                 "The ruling 5-year plan was passed by parliament."):
        assert facts_of(tally_of(text), "vote") == [], text


def test_votes_of_two_bodies_do_not_conflict():
    tally = tally_of("Congress passed the spending bill on Friday: the Senate voted 52-48.",
                     "Congress passed the spending bill on Friday: the House voted 215-207.")
    assert conflicts_of(tally, "vote") == []
    # one body, one abstention: still comparable
    tally = tally_of("The Supreme Court ruled 5-4 that the state may not build the dam.",
                     "The Supreme Court ruled 6-2 that the state may not build the dam.")
    assert conflicts_of(tally, "vote") == [["5-4", "6-2"]]


def test_votes_on_two_questions_do_not_conflict():
    tally = tally_of("The council voted 7-2 to approve the new stadium budget on Monday.",
                     "The school board voted 5-4 to close Hill Street primary school.")
    assert conflicts_of(tally, "vote") == []


# 2. Hedged values of one thing within each other's tolerance: linked (near), never a conflict.

VALLEY = "{} families live in the valley that the reservoir would have flooded."


def near_of(tally: FactTally) -> list[list[str]]:
    return [sorted(tally.fact(fid).value for fid in n.facts) for n in tally.near]


def test_hedged_values_within_tolerance_are_linked_not_in_conflict():
    tally = tally_of(VALLEY.format("About 3,400"), VALLEY.format("About 3,500"))
    assert near_of(tally) == [["3400", "3500"]]
    assert tally.conflicts == ()
    assert tally.to_dict()["near"] == [n.to_dict() for n in tally.near]
    fact = tally.facts[0]
    assert tally.near_for(fact.id) == tally.near
    # kept by a filter that keeps one side; the other side is related
    shown = tally.filtered(min_support=1, kind="count")
    assert near_of(shown) == [["3400", "3500"]]
    # one side told without a hedge, another hedged: the same
    tally = tally_of(VALLEY.format("About 3,400"), VALLEY.format("Some 3,400"),
                     VALLEY.format("3,500"))
    assert near_of(tally) == [["3400", "3500"]] and tally.conflicts == ()


def test_values_beyond_the_hedge_or_unhedged_or_of_other_things_are_not_near():
    # beyond ±10%: a conflict, no link
    tally = tally_of(VALLEY.format("About 3,400"), VALLEY.format("About 5,000"))
    assert near_of(tally) == [] and len(tally.conflicts) == 1
    # no "about": a conflict, as before
    tally = tally_of(VALLEY.format("3,400"), VALLEY.format("3,500"))
    assert near_of(tally) == [] and len(tally.conflicts) == 1
    # a bound, not a value
    tally = tally_of(VALLEY.format("About 3,400"), VALLEY.format("More than 3,000"))
    assert near_of(tally) == []
    # other counted nouns, other things
    tally = tally_of(VALLEY.format("About 3,400"),
                     "About 3,500 workers live in the valley that the reservoir would have flooded.")
    assert near_of(tally) == []
    tally = tally_of("About 3,400 families live in the valley, the census said.",
                     "Police said about 3,500 fans were evacuated from the stadium on Sunday.")
    assert near_of(tally) == []


def test_seeds_have_no_near_values():
    assert tally_facts(load_corpus(SEEDS)).near == ()


def test_near_values_do_not_chain_past_the_hedge():
    # Each link's values all within each other's hedge: "about 40%" allows up to 44%, "about 48%"
    # down to 43.2% (one link); "about 52%" not down to 44% (another).
    text = "About {}% of residents agreed with the plan to close the bridge, the survey found."
    tally = tally_of(*(text.format(v) for v in (40, 44, 48, 52, 56)))
    for link in tally.near:
        values = [float(tally.fact(fid).value.rstrip("%")) for fid in link.facts]
        assert max(values) * 0.9 <= min(values) * 1.1, values
    assert [len(link.facts) for link in tally.near] == [3, 2]  # 40-44-48, 52-56


# 4. One speaker's first name written two ways is a conflict; two people of one family are not.

MINISTER = ('Transport Minister {} Okafor said an inquiry would be opened. "We will find out what '
            'happened," he said.')


def test_two_first_names_of_one_speaker_conflict():
    tally = tally_of(MINISTER.format("David"), MINISTER.format("David"), MINISTER.format("Daniel"))
    assert facts_of(tally, "name") == [("David Okafor", ("s1", "s2")), ("Daniel Okafor", ("s3",))]
    assert conflicts_of(tally, "name") == [["Daniel Okafor", "David Okafor"]]
    link = next(c for c in tally.conflicts if tally.fact(c.facts[0]).kind == "name")
    assert link.about == "Okafor: first name"
    # the quote is still one fact of one speaker
    quotes = [f for f in tally.facts if f.kind == "quote"]
    assert [(f.speaker, f.support) for f in quotes] == [("Okafor", 3)]


def test_one_first_name_and_families_are_no_name_conflict():
    # everyone agrees: no name facts at all
    tally = tally_of(MINISTER.format("David"), MINISTER.format("David"))
    assert facts_of(tally, "name") == []
    # a source that names two of the family: two people
    tally = tally_of('Mrs Ada Okafor and Mr Daniel Okafor said "We are heartbroken."',
                     'Mrs Ada Okafor said "We are heartbroken."')
    assert facts_of(tally, "name") == [] and tally.conflicts == ()
    # two first names under two other titles: two people, maybe of one family
    tally = tally_of('Dr Ada Okafor said "The ward is full."',
                     'Minister Daniel Okafor said "The ward is full."')
    assert facts_of(tally, "name") == []
    # "President Trump" is no first name
    tally = tally_of('President Donald Trump said "It was good."', 'Mr President Trump said "It was good."')
    assert facts_of(tally, "name") == []


def test_seeds_have_no_name_facts():
    assert [f for f in tally_facts(load_corpus(SEEDS)).facts if f.kind == "name"] == []


def test_two_people_of_one_surname_under_titles_of_two_countries_are_no_conflict():
    # (as the generated benchmark corpus has it: names swapped between two presidents)
    tally = tally_of('Mexican President Claudia Lopez said "We do not agree."',
                     'U.S. President Donald Lopez said "We do not agree."')
    assert facts_of(tally, "name") == []
    tally = tally_of('Mexican President Claudia Lopez said "We do not agree."',
                     'Mexican President Donald Lopez said "We do not agree."')
    assert conflicts_of(tally, "name") == [["Claudia Lopez", "Donald Lopez"]]
