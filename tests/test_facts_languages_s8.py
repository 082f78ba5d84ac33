"""Session 8 (facts): dates and decimal commas as French, German and Spanish write them, an
institution "X of Y" as a speaker, and one moment written in two zones. Each case with its
counter-examples."""

from __future__ import annotations

import pytest
from facts_support import conflicts_of, facts_of, tally_of

# 4. One moment written in two zones is one fact.

def test_one_moment_in_two_zones_is_one_fact():
    tally = tally_of("The explosion happened at 16:40 UTC+1 near the station, police said.",
                     "The explosion happened at 15:40 GMT near the station, police said.",
                     "The explosion happened at 16:40 CET near the station, police said.")
    assert facts_of(tally, "time") == [("16:40 UTC+1", ("s1", "s2", "s3"))]
    assert conflicts_of(tally, "time") == []


def test_other_moments_and_unsaid_zones_stay_apart():
    # An hour apart once converted: two facts, a conflict.
    tally = tally_of("The explosion happened at 16:40 UTC+1 near the station, police said.",
                     "The explosion happened at 16:40 GMT near the station, police said.")
    assert conflicts_of(tally, "time") == [["16:40 GMT", "16:40 UTC+1"]]
    # No zone is the story's own: never one fact with a zone's time, nor a conflict.
    tally = tally_of("The explosion happened at 15:40 near the station, police said.",
                     "The explosion happened at 15:40 GMT near the station, police said.")
    assert sorted(facts_of(tally, "time")) == [("15:40", ("s1",)), ("15:40 GMT", ("s2",))]
    assert conflicts_of(tally, "time") == []
    # "ET" leaves summer time unsaid (14:40 or 15:40 GMT): not made one with either.
    tally = tally_of("The explosion happened at 10:40 ET near the station, police said.",
                     "The explosion happened at 15:40 GMT near the station, police said.")
    assert len(facts_of(tally, "time")) == 2
    assert conflicts_of(tally, "time") == []


# 3. An institution "X of Y" is one name as a speaker.

def speakers(text: str) -> list[str | None]:
    from seedreader.facts.quotes import find_quotes
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize("text,speaker", [
    ('The Bank of England said: "Inflation will fall to 2% next year."', "Bank of England"),
    ('"Inflation will fall to 2% next year," the Bank of England said.', "Bank of England"),
    ('The Central Bank of Ireland said: "Rates will stay where they are."',
     "Central Bank of Ireland"),
    ('The Mayor of London said: "The tube will run all night."', "Mayor of London"),
    ('Claudia Sheinbaum of Mexico said: "We will not accept it."', "Sheinbaum"),
])
def test_an_institution_of_a_place_is_one_name(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # The person named speaks, not the body.
    ('The Governor of the Bank of England, Andrew Bailey, said: "Inflation will fall."', "Bailey"),
    ('"Inflation will fall," Andrew Bailey, the Governor of the Bank of England, said.', "Bailey"),
    ('Dr Sarah Lindqvist of the Institute for Fiscal Research said: "Taxes will rise."',
     "Lindqvist"),
    ('Secretary of State Marco Rubio said: "We will not accept it at all."', "Rubio"),
    ('Secretary of State Rubio said: "We will not accept it at all."', "Rubio"),
    # A plural noun names no one, as "Residents of the Old Town said" does not.
    ('Residents of Paris said: "We will not accept it at all."', None),
])
def test_a_person_beside_a_body_still_speaks(text, speaker):
    assert speakers(text) == [speaker]


def test_the_banks_quote_is_the_banks_in_the_tally():
    tally = tally_of('The Bank of England said: "Inflation will fall to 2% next year."',
                     '"Inflation will fall to 2% next year," the Bank of England said.')
    assert [(f.speaker, f.sources) for f in tally.facts if f.kind == "quote"] == [
        ("Bank of England", ("s1", "s2"))]


# 2. Decimal commas before a unit or scale word no English number takes.

def figures_in(text: str) -> list[tuple[str, str, str]]:
    from seedreader.facts.figures import find_figures
    from seedreader.facts.numbers import digit_runs
    return [(text[f.start:f.end], f.kind, f.value) for f in find_figures(text, [], digit_runs(text))]


@pytest.mark.parametrize("text,wording,kind,value", [
    ("Les dégâts sont estimés à 3,5 millions d’euros.", "3,5 millions d’euros", "money",
     "€3.5 million"),
    ("Les dégâts atteindraient 3,5 M€.", "3,5 M€", "money", "€3.5 million"),
    ("Der Schaden wird auf 3,5 Millionen Euro geschätzt.", "3,5 Millionen Euro", "money",
     "€3.5 million"),
    ("Der Schaden wird auf 3,5 Mio. € geschätzt.", "3,5 Mio. €", "money", "€3.5 million"),
    ("Los daños ascienden a 3,5 millones de euros.", "3,5 millones de euros", "money",
     "€3.5 million"),
    ("Le site traite 2,4 % des déchets ménagers.", "2,4 %", "percent", "2.4%"),
    ("Die Quote lag bei 2,4 Prozent.", "2,4 Prozent", "percent", "2.4%"),
    ("Selon lui, 50 pour cent de l’entrepôt est à reconstruire.", "50 pour cent", "percent", "50%"),
    ("El 50 por ciento del pinar ha ardido.", "50 por ciento", "percent", "50%"),
    ("Le billet coûte 12,50 € désormais.", "12,50 €", "money", "€12.5"),
])
def test_decimal_commas_of_other_languages(text, wording, kind, value):
    assert figures_in(text) == [(wording, kind, value)]


@pytest.mark.parametrize("text,found", [
    # Three digits after the comma are thousands.
    ("The plant cost 3,500 euros.", [("3,500 euros", "money", "€3500")]),
    ("The firm lost 3,500 million dollars.", [("3,500 million dollars", "money", "$3.5 billion")]),
    ("Environ 3,500 % de hausse.", [("3,500 %", "percent", "3500%")]),
    # No unit: a list or a score, no number.
    ("Scores were 3,5 and 7 on the night.", []),
    ("See pages 3,5 for details.", []),
    # English decimals are as they were.
    ("Inflation hit 2.4% and costs 3.5 million euros.",
     [("2.4%", "percent", "2.4%"), ("3.5 million euros", "money", "€3.5 million")]),
])
def test_thousands_and_bare_commas_stay_as_they_were(text, found):
    assert figures_in(text) == found


def test_a_decimal_comma_meets_the_english_decimal():
    # (What a figure is about is read in each source's words: the sources share the firm's name.)
    tally = tally_of("Pour Valorhône, les dégâts sont estimés à 3,5 millions d’euros.",
                     "Bei Valorhône wird der Schaden auf 3,5 Millionen Euro geschätzt.",
                     "Valorhône puts the damage at 3.5 million euros.")
    assert facts_of(tally, "money") == [("€3.5 million", ("s1", "s2", "s3"))]
    tally = tally_of("Le site traite 2,4 % des déchets ménagers du département.",
                     "The site handles 2.4% of the household waste of the département.")
    assert facts_of(tally, "percent") == [("2.4%", ("s1", "s2"))]


# 1. Dates as French, German and Spanish write them.

def dates_in(text: str) -> list[tuple[str, str]]:
    from seedreader.facts.dates import find_dates
    from seedreader.facts.numbers import digit_runs
    return [(text[f.start:f.end], f.value) for f in find_dates(text, digit_runs(text))]


@pytest.mark.parametrize("text,found", [
    ("Le feu a pris le jeudi 23 janvier 2026 à 16 h 40.", [("23 janvier 2026", "2026-01-23")]),
    ("Le feu a pris le 23 janvier, selon la police.", [("23 janvier", "January 23")]),
    ("Une réouverture partielle le 1er février.", [("1er février", "February 1")]),
    ("Les travaux dureront les 22-23 janvier.", [("22-23 janvier", "January 22–23")]),
    ("Die Mosel stieg am 23. Januar 2026 stark an.", [("23. Januar 2026", "2026-01-23")]),
    ("Am Freitag, den 14. März 2025, erreichte die Mosel 8,75 Meter.",
     [("14. März 2025", "2025-03-14")]),
    ("Die Freigabe sei für Montag, 17. März, geplant.", [("17. März", "March 17")]),
    ("Am 3. Mai öffnet die Brücke.", [("3. Mai", "May 3")]),
    ("Am 14.03.2025 stieg die Mosel auf 8,75 Meter.", [("14.03.2025", "2025-03-14")]),
    ("El incendio empezó el 23 de enero de 2026.", [("23 de enero de 2026", "2026-01-23")]),
    ("El incendio empezó el sábado 9 de agosto del 2025.", [("9 de agosto del 2025", "2025-08-09")]),
    ("El incendio empezó el 23 de enero.", [("23 de enero", "January 23")]),
])
def test_dates_of_other_languages(text, found):
    assert dates_in(text) == found


@pytest.mark.parametrize("text", [
    "NASA has sent 3 Mars rovers so far.",  # the planet
    "He ate 3 mars bars on the way.",  # no word says a date follows
    "Il y a 3 mai dans la liste.",
    "She finished 2. August saw her win again.",
    "Update to version 1.2.2025 now.",  # a version
    "Scores were 3 de 5 in the round.",
])
def test_other_words_after_a_number_are_no_foreign_dates(text):
    assert dates_in(text) == []


def test_a_foreign_date_meets_the_english_date():
    tally = tally_of("L’incendie de Valorhône s’est déclaré le 23 janvier 2026, à Vénissieux.",
                     "Der Brand bei Valorhône in Vénissieux brach am 23. Januar 2026 aus.",
                     "El incendio de Valorhône en Vénissieux empezó el 23 de enero de 2026.",
                     "The Valorhône fire in Vénissieux broke out on January 23, 2026.")
    assert facts_of(tally, "date") == [("2026-01-23", ("s1", "s2", "s3", "s4"))]


def test_foreign_dates_of_one_event_conflict_as_english_ones_do():
    tally = tally_of("L’incendie de l’usine Valorhône s’est déclaré le 23 janvier 2025, selon les "
                     "pompiers.",
                     "L’incendie de l’usine Valorhône s’est déclaré le 22 janvier 2025, selon les "
                     "pompiers.")
    assert conflicts_of(tally, "date") == [["2025-01-22", "2025-01-23"]]
    # A day written without its year meets the day with it (dates.py's rules).
    tally = tally_of("L’incendie de l’usine Valorhône s’est déclaré le 23 janvier, selon les "
                     "pompiers.",
                     "L’incendie de l’usine Valorhône s’est déclaré le 23 janvier 2025, selon les "
                     "pompiers.")
    assert len(facts_of(tally, "date")) == 1
    assert conflicts_of(tally, "date") == []


# 5. German counts ("12.000 Menschen") and speakers ("sagte Bürgermeister ...").

@pytest.mark.parametrize("text,found", [
    ("Rund 12.000 Menschen mussten ihre Wohnungen verlassen.",
     [("12.000 Menschen", "count", "12000")]),
    ("Insgesamt 1.250 Helfer von THW und Feuerwehr waren im Einsatz.",
     [("1.250 Helfer", "count", "1250")]),
    ("Wir haben 40 Häuser verloren, aber kein einziges Menschenleben, sagte er.",
     [("40 Häuser", "count", "40")]),
])
def test_german_counted_nouns(text, found):
    assert figures_in(text) == found


@pytest.mark.parametrize("text,found", [
    # English: as before, a capitalised word is counted only as a plural ("Men", "Crew" are
    # collective), never as German.
    ("The film 12 Angry Men was shown and the Apollo 11 Crew Award was given.",
     [("12 Angry Men", "count", "12"), ("11 Crew", "count", "11")]),
    ("Fans met at Studio 54 Nightclub in New York on the night.", []),
    ("They met at Studio 54 Nightclub and then in the Berghaus, said Frau Klein.", []),
    # German words after a number that count no thing.
    ("Die Sirenen heulten gegen 16 Uhr, und der Pegel stieg 3 Mal an, sagte er.", []),
    ("Die Mosel ist am 14. März in der Stadt gestiegen und wurde gemessen.", []),
])
def test_capitalised_words_after_a_number_elsewhere(text, found):
    assert figures_in(text) == found


@pytest.mark.parametrize("text,speaker", [
    ("„Wir haben 40 Häuser verloren“, sagte Bürgermeister Jörg Weiß-Schäfer am Abend.",
     "Weiß-Schäfer"),
    ('Landrätin Anke Großmann sagte: "Die Strasse nach Wittlich bleibt bis Montag gesperrt."',
     "Großmann"),
    ("«Se han quemado 30 viviendas», dijo Ramón Ibáñez-Ortuño en rueda de prensa.",
     "Ibáñez-Ortuño"),
    # Someone not named is no speaker, as "the minister said" is none.
    ("„Wir haben 40 Häuser verloren“, sagte der Minister.", None),
])
def test_german_and_spanish_verbs_of_speech(text, speaker):
    assert speakers(text) == [speaker]
