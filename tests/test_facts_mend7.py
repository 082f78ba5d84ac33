"""Session 7 review of the facts (times of day, moments, about words, speakers, quotes): each
reviewer's case, and its counter-example."""

from __future__ import annotations

import pytest

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.numbers import digit_runs
from seedreader.facts.times import find_times


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def facts_of(tally: FactTally, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == kind]


def conflicts_of(tally: FactTally, kind: str) -> list[list[str]]:
    return [[tally.fact(fid).value for fid in c.facts]
            for c in tally.conflicts if tally.fact(c.facts[0]).kind == kind]


def times_in(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.value) for f in find_times(text, digit_runs(text))]


# 1. A game's clock, a record, odds, verses are no times of day.

@pytest.mark.parametrize("text", [
    "The champion knocked out Ruiz at 1:45 of the seventh round.",
    "Larsen scored the winner at 3:12 of overtime.",
    "The Oilers equalised at 12:30 of the third period.",
    "She cut the world record from 2:01 to 2:00 on Sunday.",
    "Odds were cut from 11:10 to 10:11 after the draw.",
    "The pastor read the verses from 3:16 to 3:18.",
    "The director's cut runs to 3:45.",
])
def test_a_game_clock_a_record_odds_and_verses_are_no_times(text):
    assert times_in(text) == []


def test_a_knockout_at_a_round_clock_does_not_conflict_with_the_time_of_the_night():
    tally = tally_of("The champion knocked out Ruiz at 1:45 of the seventh round.",
                     "The champion knocked out Ruiz shortly after 11 p.m.")
    assert conflicts_of(tally, "time") == []
    assert facts_of(tally, "time") == [("23:00", ("s2",))]


def test_times_with_words_of_time_are_still_read():
    # Counter-examples: a bare time after "at", "from" alone, a pair said with am/pm or a zone.
    assert times_in("Polls closed at 20:00 across the state.") == [("20:00", "20:00")]
    assert times_in("The road is shut from 14:00 on Friday.") == [("14:00", "14:00")]
    assert times_in("The road is shut from 9:00 GMT to 17:00 GMT.") == [
        ("9:00 GMT", "09:00 GMT"), ("17:00 GMT", "17:00 GMT")]
    assert times_in("The office is open from 9am to 5pm daily.") == [
        ("9am", "09:00"), ("5pm", "17:00")]
    assert times_in("The blast happened at 16:40 of Friday's rush hour.") == [("16:40", "16:40")]
    tally = tally_of("Polls closed at 20:00 across the state.",
                     "Polls closed at 21:00 across the state.")
    assert conflicts_of(tally, "time") == [["20:00", "21:00"]]


# 2. "UTC+1", "GMT-5": the offset is applied.

def test_a_zone_with_an_offset_is_converted_with_it():
    assert times_in("The crush began at 16:40 UTC+1 on Saturday.") == [
        ("16:40 UTC+1", "16:40 UTC+1")]
    tally = tally_of("The crush began at 16:40 UTC+1, police said.",
                     "The crush began at 15:40 GMT, police said.")
    assert conflicts_of(tally, "time") == []
    tally = tally_of("The crush began at 10:40 UTC-5, police said.",
                     "The crush began at 15:40 GMT, police said.")
    assert conflicts_of(tally, "time") == []
    # Counter-example: an hour apart once converted is a conflict.
    tally = tally_of("The crush began at 16:40 UTC+1, police said.",
                     "The crush began at 17:40 GMT, police said.")
    assert conflicts_of(tally, "time") == [["16:40 UTC+1", "17:40 GMT"]]


# 8. Only known zones: "12.45 MT" metric tonnes, "12.40 GST per bag".

@pytest.mark.parametrize("text", [
    "Exports reached 12.45 MT last year.",
    "Cement sold at 12.40 GST per bag.",
    "Cement sold at 12.40 GST.",
    "The firm shipped 10.30 KMT of grain.",
])
def test_capitals_ending_in_t_after_a_dotted_number_are_no_zone(text):
    assert times_in(text) == []


def test_known_zones_are_still_read():
    assert times_in("The vote opens at 10am IST on Monday.") == [("10am IST", "10:00 IST")]
    assert times_in("The blast happened at 16.40 GMT on Friday.") == [("16.40 GMT", "16:40 GMT")]
    assert times_in("Trading resumes at 9:30 MT on Monday.") == [("9:30 MT", "09:30 MT")]
    tally = tally_of("Exports reached 12.45 MT last year.", "Exports reached 12.54 MT last year.")
    assert conflicts_of(tally, "time") == []


# 11. A sentence's full stop is no part of a time; English words are no stopwords; minutes are
# not a counted noun's number.

def test_a_full_stop_after_am_or_pm_ends_the_sentence():
    assert times_in("Curfew from 10pm to 6am.") == [("10pm", "22:00"), ("6am", "06:00")]
    assert times_in("It began at 8.30am. Then it rained.") == [("8.30am", "08:30")]
    # Counter-examples: the dots of "a.m." are its own.
    assert times_in("It began at 8:30 a.m. on Monday.") == [("8:30 a.m.", "08:30")]
    assert times_in("It began at 8 p.m.") == [("8 p.m.", "20:00")]


def test_english_words_are_about_words():
    tally = tally_of("Visits to the ER rose 12% last winter.", "Visits to the ER rose 15% last winter.")
    assert all("er" in f.about.split() for f in tally.facts if f.kind == "percent")
    # Counter-example: French and German function words still say nothing.
    tally = tally_of("L'incendie a fait 40 morts dans la ville, selon la préfecture.")
    assert [f.about for f in tally.facts if f.kind == "count"] and not any(
        w in f.about.split() for f in tally.facts for w in ("la", "dans", "selon"))


def test_minutes_are_not_a_counted_nouns_number():
    assert times_in("Le texte a été adopté à 16 heures 40 voix contre 12.") == [
        ("16 heures", "16:00")]
    # Counter-example: minutes said as such.
    assert times_in("Le drame s'est produit à 16 heures 40, selon la police.") == [
        ("16 heures 40", "16:40")]


# 6. A prefix that makes the counted noun another one stays in its key.

def about_of(tally: FactTally, kind: str) -> list[tuple[str, str]]:
    return [(f.value, f.about) for f in tally.facts if f.kind == kind]


def test_non_citizens_and_ex_employees_are_other_nouns():
    tally = tally_of("Officials said 2,100 non-citizens were detained.",
                     "Officials said 14,000 citizens were detained.")
    assert conflicts_of(tally, "count") == []
    assert about_of(tally, "count") == [("2100", "non-citizens detained officials"),
                                        ("14000", "citizens detained officials")]
    tally = tally_of("The firm rehired 300 ex-employees last year.",
                     "The firm rehired 1,500 employees last year.")
    assert conflicts_of(tally, "count") == []


def test_a_compound_still_counts_its_last_part_and_a_prefixed_noun_itself():
    # Counter-examples: "co-workers" are workers; two counts of non-citizens conflict.
    tally = tally_of("The firm hired 40 co-workers.", "The firm hired 45 workers.")
    assert conflicts_of(tally, "count") == [["40", "45"]]
    tally = tally_of("Officials said 2,100 non-citizens were detained.",
                     "Officials said 2,500 non-citizens were detained.")
    assert conflicts_of(tally, "count") == [["2100", "2500"]]
    tally = tally_of("Some 87 sapeurs-pompiers were mobilised on Sunday.",
                     "Some 87 pompiers were mobilised on Sunday.")
    assert [(v, s) for v, s in facts_of(tally, "count")] == [("87", ("s1", "s2"))]
    assert about_of(tally, "count")[0][1].split()[0] == "pompiers"


# 9. "X of the <body> said": X is the speaker only when X is a person's name.

def speakers(*texts: str) -> list[str | None]:
    return [f.speaker for f in tally_of(*texts).facts if f.kind == "quote"]


@pytest.mark.parametrize("text", [
    "Residents of the Old Town said: “We were never warned that the river would rise.”",
    "Doctors at the Royal Infirmary said: “We were never warned that the river would rise.”",
    "Members of the European Parliament said: “We were never warned that the river would rise.”",
    "“We were never warned that the river would rise,” Supporters of the Green Party said.",
])
def test_a_plural_noun_of_a_body_is_no_speaker(text):
    assert speakers(text) == [None]


def test_a_person_of_a_body_is_still_the_speaker():
    assert speakers("Dr Sarah Lindqvist of the Institute for Fiscal Research said: “We were "
                    "never warned that the river would rise.”") == ["Lindqvist"]
    assert speakers("“We were never warned that the river would rise,” said Andrew Bailey of the "
                    "Bank of England.") == ["Bailey"]
    # A surname alone, named in full in another paragraph of the source.
    assert speakers("Sarah Lindqvist studies floods.\n\nLindqvist of the Institute said: “We were "
                    "never warned that the river would rise.”") == ["Lindqvist"]


# 10. A Swedish/Danish »…» quote closes at its second "»".

def spans(text: str) -> list[str]:
    from seedreader.facts.quotes import quote_spans
    return [text[a:b] for a, b in quote_spans(text)]


def test_a_swedish_quote_closes_at_its_second_guillemet():
    text = ("»Vi har förlorat 40 hus» sa borgmästaren. \"We lost forty houses but no lives,\" the "
            "mayor told reporters later.")
    assert spans(text) == ["Vi har förlorat 40 hus", "We lost forty houses but no lives,"]
    assert [f.value for f in tally_of(text).facts if f.kind == "quote"] == [
        "Vi har förlorat 40 hus", "We lost forty houses but no lives"]


def test_german_guillemets_still_close_by_their_own_mark():
    # Counter-examples: »…« with a quote inside, a French « … » after it.
    assert spans("»Wir haben »alles« verloren«, sagte der Bürgermeister.") == [
        "Wir haben »alles« verloren"]
    assert spans("»Wir haben 40 Häuser verloren«, sagte er. « Nous avons tout perdu », a dit "
                 "le maire.") == ["Wir haben 40 Häuser verloren", " Nous avons tout perdu "]


# 3. Moments are compared with moments, kept apart by their events.

def durations_of(tally: FactTally) -> list[tuple[str, tuple[str, ...]]]:
    return facts_of(tally, "duration")


@pytest.mark.parametrize("a,b", [
    ("The rocket exploded 73 seconds into the flight, NASA said.",
     "The rocket exploded 37 seconds into the flight, NASA said."),
    ("Smith scored 23 minutes into the match, giving City the lead.",
     "Smith scored 32 minutes into the match, giving City the lead."),
    ("Brooks hit the winning shot with 12 seconds left in the game.",
     "Brooks hit the winning shot with 2 seconds left in the game."),
    ("With 12 seconds left, Brooks hit the winning shot.",
     "With 2 seconds left, Brooks hit the winning shot."),
])
def test_two_moments_of_one_event_conflict(a, b):
    assert len(conflicts_of(tally_of(a, b), "duration")) == 1


def test_moments_of_two_events_or_a_moment_and_a_length_do_not_conflict():
    # Counter-examples: the reviewer's original case (two moments of a game), a length.
    tally = tally_of("Brooks hit the winning three-pointer with 12 seconds left in the game.",
                     "The Bulls led by four with 40 seconds left in the game before Brooks scored.")
    assert conflicts_of(tally, "duration") == []
    tally = tally_of("Brooks hit the winning shot with 12 seconds left in the game.",
                     "The timeout before Brooks hit the winning shot lasted 40 seconds.")
    assert conflicts_of(tally, "duration") == []
    # Two players scoring: two events, though the same verb tells them.
    tally = tally_of("Smith scored with 5 minutes to play in the final.",
                     "Jones scored with 9 minutes to play in the final.")
    assert conflicts_of(tally, "duration") == []
    # (One player named more fully, the one who said so: still one event.)
    tally = tally_of("City's Smith scored with 5 minutes to play in the final.",
                     "Smith scored with 9 minutes to play in the final.")
    assert len(conflicts_of(tally, "duration")) == 1
    tally = tally_of("NASA said the rocket exploded 73 seconds into the flight.",
                     "The rocket exploded 37 seconds into the flight, officials at Kennedy said.")
    assert len(conflicts_of(tally, "duration")) == 1


# 4. No moment after "for", "lasted", "took".

def test_a_length_running_into_a_day_is_a_length():
    tally = tally_of("The two sides talked for 14 hours into Sunday morning before a deal was reached.",
                     "The two sides talked for 9 hours before a deal was reached.")
    assert conflicts_of(tally, "duration") == [["14 h", "9 h"]]
    # Counter-example: a moment with no length word before it is still one.
    tally = tally_of("The rocket exploded 73 seconds into the flight.",
                     "The launch delay lasted 37 seconds, officials said.")
    assert conflicts_of(tally, "duration") == []


# 5. An elapsed moment and an elapsed duration of one value are one fact.

def test_an_elapsed_moment_is_one_fact_with_the_same_elapsed_time():
    tally = tally_of("City took the lead 23 minutes into the first half through Smith.",
                     "City went ahead after 23 minutes through Smith.")
    assert durations_of(tally) == [("23 min", ("s1", "s2"))]
    tally = tally_of("The engine failed 40 seconds into the flight, officials said.",
                     "The engine failed 40 seconds after liftoff, officials said.")
    assert durations_of(tally) == [("40 s", ("s1", "s2"))]
    # Counter-example: a time left is no length of the same value.
    tally = tally_of("Brooks scored with 12 seconds left in the game against the Bulls.",
                     "The power cut in the arena lasted 12 seconds during the game against the Bulls.")
    assert sorted(durations_of(tally)) == [("12 s", ("s1",)), ("12 s", ("s2",))]


# 7. A time with no shared context joins no other source's.

def test_a_time_of_two_events_sharing_nothing_is_two_facts():
    tally = tally_of("Polls opened at 7 a.m. across the state.",
                     "Police arrested the suspect at 7 a.m. at his home.")
    assert facts_of(tally, "time") == [("07:00", ("s1",)), ("07:00", ("s2",))]
    # Counter-examples: one shared word, or one other figure told with both, is one moment.
    tally = tally_of("Polls opened at 7 a.m. across the state.",
                     "Polls in the capital opened at 7 a.m. on Tuesday.")
    assert facts_of(tally, "time") == [("07:00", ("s1", "s2"))]
    tally = tally_of("More than 40,000 fans were outside the ground at 4.40pm.",
                     "The crush began at 16:40 as more than 40,000 fans pushed to get in.")
    assert facts_of(tally, "time") == [("16:40", ("s1", "s2"))]
