"""Session 10 review: the facts rules taught this session (shares in words, pence and cents,
speakers) against ordinary news text outside the QA corpora: what they read wrong, and the
counter-examples they must keep reading."""

from __future__ import annotations

from facts_support import tally_of, values

from seedreader.corpus import source_from_text
from seedreader.facts.extract import extract_source


def read(text: str) -> list[tuple[str, str, str]]:
    """(kind, value, text as written) of each figure of ``text`` (quotes and dates aside)."""
    source = source_from_text("Story\n\n" + text, id="s")
    return [(f.kind, f.value, source.text[f.start:f.end]) for f in extract_source(source)
            if f.kind not in ("quote", "date", "time")]


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote of ``text``."""
    source = source_from_text("Story\n\n" + text, id="s")
    return [f.speaker for f in extract_source(source) if f.kind == "quote"]


# 1. How far along is no share: "a third of the way up", "two thirds of the way through".


def test_a_fraction_of_the_way_is_no_percent_nor_count():
    assert read("The climbers were a third of the way up the mountain when the storm hit.") == []
    assert read("A third of the way through the season, City lead the table.") == []
    assert read("Two thirds of the way through the film, the hero dies.") == []
    assert read("Half of the way was uphill.") == []


def test_shares_of_a_group_are_still_percents():
    assert read("A third of the ways to vote were closed.") == [("percent", "33%", "A third")]
    assert read("Two thirds of voters backed it.") == [("percent", "67%", "Two thirds")]
    assert read("Three quarters of the staff left.") == [("percent", "75%", "Three quarters")]
    assert read("Half of the wayward pupils returned.") == [("percent", "50%", "Half")]


def test_a_fraction_of_the_way_does_not_support_a_third_of_voters():
    tally = tally_of("A third of voters backed the plan, a poll found.",
                     "A third of the way through the count, the plan led.")
    assert values(tally, "percent") == [("33%", ("s1",))]


# 2. A "c" after a number is degrees in a weather paragraph, though the story writes dollars
# elsewhere; cents where the paragraph speaks of money.


def test_degrees_in_a_weather_paragraph_are_no_cents():
    story = ("It was 12c at noon in the town square.\n\n"
             "The firm's dividend was raised to 8c, it said.")
    assert read(story) == [("money", "8c", "8c")]
    assert read("The match was played in 35c heat; the club was fined €50,000.") == [
        ("money", "€50000", "€50,000")]
    assert read("It was 30c in the shade as the euro hit a high of $1.09.") == [
        ("money", "$1.09", "$1.09")]


def test_cents_beside_money_are_still_cents():
    assert read("Bus fares rise 10c to $2.60.") == [("money", "10c", "10c"),
                                                    ("money", "$2.6", "$2.60")]
    assert read("Temperatures will reach 25c today, while shares in the firm rose 8c to $4.20.") == [
        ("money", "8c", "8c"), ("money", "$4.2", "$4.20")]
    assert read("Dividend: doubled to 8c from 4c.") == [("money", "8c", "8c"), ("money", "4c", "4c")]


def test_two_paragraphs_of_degrees_do_not_conflict_as_money():
    tally = tally_of("It was 12c at noon, forecasters said.\n\nThe ride costs $3.",
                     "It was 14c at noon, forecasters said.\n\nThe ride costs $3.")
    assert values(tally, "money") == [("$3", ("s1", "s2"))]


# 3. A body or a place that speaks is its whole name, not its last word as a surname.


def test_a_body_or_place_that_speaks_is_named_in_full():
    assert speakers('Downing Street said: "The prime minister has full confidence in her."') == [
        "Downing Street"]
    assert speakers('"Officers attended the scene," Scotland Yard said in a statement.') == [
        "Scotland Yard"]
    assert speakers('The Health Ministry said: "Cases are falling."') == ["Health Ministry"]
    assert speakers('The Home Office said: "We are reviewing the case."') == ["Home Office"]
    assert speakers('Greater Manchester Police said: "A man has been arrested."') == [
        "Greater Manchester Police"]
    assert speakers('The Supreme Court said: "The appeal is dismissed."') == ["Supreme Court"]
    assert speakers('The White House said: "The president is in good health."') == ["White House"]


def test_people_and_bodies_named_so_before_keep_their_speakers():
    assert speakers('Margaret Court said: "I stand by my words."') == ["Court"]
    assert speakers('The Department of Health said: "We are reviewing the figures."') == [
        "Department of Health"]
    assert speakers('Police said: "A man has been arrested."') == [None]
    assert speakers('The Kremlin said: "We do not comment on rumours."') == ["Kremlin"]
    assert speakers('"We are delighted," manager Pep Guardiola told reporters.') == ["Guardiola"]


def test_two_offices_are_not_one_speaker_by_their_last_word():
    remark = "We will not comment on an ongoing investigation into the leak."
    tally = tally_of(f'The Home Office said: "{remark}"', f'The Foreign Office said: "{remark}"')
    assert sorted(f.speaker for f in tally.facts if f.kind == "quote") == [
        "Foreign Office", "Home Office"]


# 4. A full stop groups thousands in Spanish and French sentences as in German ones.


def test_spanish_and_french_full_stop_thousands_before_euros():
    assert read("El Gobierno pagará 1.500 euros a cada familia afectada, según el ministerio.") == [
        ("money", "€1500", "1.500 euros")]
    assert read("La multa asciende a 3.000 euros y el club recurrirá.") == [
        ("money", "€3000", "3.000 euros")]
    assert read("Le gouvernement versera 1.500 euros à chaque famille, a indiqué le ministère.") == [
        ("money", "€1500", "1.500 euros")]
    assert read("Die Regierung zahlt jeder Familie 1.500 Euro, teilte das Ministerium mit.") == [
        ("money", "€1500", "1.500 Euro")]


def test_spanish_thousands_agree_with_an_english_source():
    tally = tally_of("La multa asciende a 3.000 euros y el club recurrirá.",
                     "The club was fined €3,000 and will appeal.")
    assert values(tally, "money") == [("€3000", ("s1", "s2"))]


def test_spanish_names_in_an_english_text_keep_its_decimal_point():
    assert read("Fuel in El Paso and Las Vegas rose to $1.250 a litre.") == [
        ("money", "$1.25", "$1.250")]
    assert read("The dividend rose to €1.200 a share.") == [("money", "€1.2", "€1.200")]


# 5. "A quarter of a point" is percentage points where rates are spoken of, not in a game.


def test_a_quarter_of_a_point_in_a_game_or_an_index_is_no_percentage_point():
    assert read("Biles lost the gold by a quarter of a point.") == []
    assert read("The diver missed the podium by three-quarters of a point.") == []
    assert read("The index rose 25 points, then a quarter of a point more.") == []


def test_a_quarter_of_a_point_of_rates_is_still_a_percentage_point():
    assert read("The Bank of England cut rates by a quarter of a point to 4.5%.") == [
        ("percent", "0.25 pp", "a quarter of a point"), ("percent", "4.5%", "4.5%")]
    assert read("The Fed cut by a quarter point.") == [("percent", "0.25 pp", "a quarter point")]
    assert read("Support for Labour fell by a quarter of a point in the latest poll.") == [
        ("percent", "0.25 pp", "a quarter of a point")]
    assert read("Biles lost by three-quarters of a percentage point.") == [
        ("percent", "0.75 pp", "three-quarters of a percentage point")]


def test_a_rate_cut_and_a_gymnasts_margin_are_not_one_fact():
    tally = tally_of("The Bank of England cut rates by 25 basis points.",
                     "Biles lost the gold by a quarter of a point.")
    assert values(tally, "percent") == [("0.25 pp", ("s1",))]
