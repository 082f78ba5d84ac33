"""A time left or gone at a moment of a game or a countdown ("with 12 seconds left", "3 seconds to
go", "20 minutes into the second half") is no event's duration: two such moments are two moments,
never a duration conflict (session 7). Counter-examples: the lengths of one event still conflict."""

from __future__ import annotations

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts

# A small corpus: three reports of one basketball game, each with moments of its last minute.
GAME = (
    ("Hawks edge Bulls in thriller\n\nThe Hawks beat the Bulls 98-97 on Saturday night at the "
     "United Center.\n\nJalen Brooks hit the winning three-pointer with 12 seconds left in the "
     "game, and the Bulls missed their final shot.\n\nCoach Mary Dunn said the team had trained "
     "for that moment all season.\n"),
    ("Brooks lifts Hawks past Bulls\n\nThe Hawks beat the Bulls 98-97 on Saturday night in "
     "Chicago.\n\nThe Bulls led by four with 40 seconds left in the game before Jalen Brooks "
     "scored five straight points.\n\nThe Hawks now lead the division by two games.\n"),
    ("Late drama in Chicago\n\nThe Hawks beat the Bulls 98-97 on Saturday night.\n\nBrooks scored "
     "with 12 seconds remaining in the game, then the Bulls turned the ball over with 3 seconds to "
     "go in the game.\n"),
)


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def durations(tally: FactTally) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == "duration"]


def duration_conflicts(tally: FactTally) -> list[list[str]]:
    return [sorted(tally.fact(fid).value for fid in c.facts) for c in tally.conflicts
            if tally.fact(c.facts[0]).kind == "duration"]


def test_moments_of_a_game_are_no_duration_conflict():
    tally = tally_of(*GAME)
    assert duration_conflicts(tally) == []
    # The same moment in two sources is still one fact with its support.
    assert ("12 s", ("s1", "s3")) in durations(tally)
    assert ("40 s", ("s2",)) in durations(tally)


def test_other_ways_to_say_a_moment():
    # Moments are compared with moments: the same event at two moments is a conflict (session 7
    # review: "73 seconds into the flight" / "37 seconds into the flight" was lost); moments of
    # two events are two moments (the event guard: the clauses share no word of what happened).
    for a, b in (("The striker scored 20 minutes into the second half of the final.",
                  "The striker scored 25 minutes into the second half of the final."),
                 ("The striker scored with 5 minutes to play in the final.",
                  "The striker scored with 9 minutes to play in the final."),
                 ("The striker scored at the 12-minute mark of the final.",
                  "The striker scored at the 17-minute mark of the final."),
                 ("The rocket lifted off with 30 seconds remaining on the launch window.",
                  "The rocket lifted off with 45 seconds remaining on the launch window.")):
        assert len(duration_conflicts(tally_of(a, b))) == 1, a
    for a, b in (("The striker scored 20 minutes into the second half of the final.",
                  "The goalkeeper was sent off 25 minutes into the second half of the final."),
                 ("The striker scored with 5 minutes to play in the final.",
                  "The visitors had a player sent off with 9 minutes to play in the final."),
                 ("The rocket lifted off with 30 seconds remaining on the launch window.",
                  "A valve was closed with 45 seconds remaining on the launch window.")):
        assert duration_conflicts(tally_of(a, b)) == [], a


def test_the_length_of_one_event_still_conflicts():
    a = "The phone call between the two leaders lasted 15 minutes, officials said."
    b = "The phone call between the two leaders lasted 40 minutes, officials said."
    assert duration_conflicts(tally_of(a, b)) == [["15 min", "40 min"]]
    # A game's length is a duration too, whatever its moments.
    a = GAME[0] + "\nThe game lasted two hours and 20 minutes, the longest of the season.\n"
    b = GAME[1] + "\nThe game lasted two hours and 45 minutes, the longest of the season.\n"
    assert duration_conflicts(tally_of(a, b)) == [["20 min", "45 min"]]


def test_a_moment_is_not_one_fact_with_a_length_of_the_same_value():
    a = "Brooks scored with 12 seconds left in the game against the Bulls."
    b = "The power cut in the arena lasted 12 seconds during the game against the Bulls."
    assert sorted(durations(tally_of(a, b))) == [("12 s", ("s1",)), ("12 s", ("s2",))]
