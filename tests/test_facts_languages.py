"""Facts in articles in French, German and Spanish (session 7, the QA's /tmp/qa-lang corpora).
Facts are read in English: other languages' facts may be missed, but none may be stated wrong.
A clock time is never a count ("à 16 h 40 dans l’usine" is no count of 40 "dans"); it is a time
when written plainly so ("16 h 40", "16h40", "16.40 Uhr", "a las 16.40 horas", "vers 23
heures"), read in 24 hours; lengths of time, distances, ranges and prices stay out."""

from __future__ import annotations

import unicodedata

import pytest

from seedreader.corpus import source_from_text
from seedreader.facts import FactTally, tally_facts
from seedreader.facts.numbers import digit_runs
from seedreader.facts.times import find_times
from seedreader.facts.words import key_of


def tally_of(*texts: str) -> FactTally:
    return tally_facts([source_from_text(t, id=f"s{i}") for i, t in enumerate(texts, 1)])


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[f.start:f.end], f.value, f.qualifier) for f in find_times(text, digit_runs(text))]


def facts(tally: FactTally, kind: str | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.kind, f.value, f.sources) for f in tally.facts if kind is None or f.kind == kind]


@pytest.mark.parametrize("text,wording,value,qualifier", [
    ("Le feu s’est déclaré le jeudi 23 janvier 2025 à 16 h 40 dans l’usine.", "16 h 40", "16:40",
     None),
    ("Un entrepôt a pris feu vers 16h40, sur le site.", "vers 16h40", "16:40", "about"),
    ("Le feu, parti à 16:40 d’un stock de plastiques.", "16:40", "16:40", None),
    ("Les pompiers ont maîtrisé le feu vers 23 heures.", "vers 23 heures", "23:00", "about"),
    ("La route a rouvert peu après 23 h.", "peu après 23 h", "23:00", "shortly after"),
    ("Der Höchststand wurde um 16.40 Uhr gemessen.", "16.40 Uhr", "16:40", None),
    ("Um 16:40 Uhr sei der Scheitel erreicht worden.", "16:40 Uhr", "16:40", None),
    ("Die Sirenen heulten gegen 16 Uhr.", "gegen 16 Uhr", "16:00", "about"),
    ("Un incendio declarado a las 16.40 horas ha calcinado la sierra.", "16.40 horas", "16:40",
     None),
    ("El fuego se declaró a las 16:40, en la Sierra.", "16:40", "16:40", None),
])
def test_clock_times_of_other_languages_are_times(text, wording, value, qualifier):
    assert found(text) == [(wording, value, qualifier)]


@pytest.mark.parametrize("text,times", [
    ("Un film de 2 h 30 sur l’incendie.", []),  # a length of time
    ("Le site est à 10 heures de route de Paris.", []),  # a distance
    ("Les négociations ont duré 12 heures de suite.", []),
    ("Le litre est passé à 16.40 euros.", []),  # a price
    ("El fuego empezó a las 4 de la tarde.", []),  # 16:00, not 04:00: not read at all
    ("Der Pegel stieg um 4 Uhr nachmittags.", []),
    ("Die Straße ist zwischen 16 und 18 Uhr gesperrt.", []),  # a range: neither end
    ("Le musée ouvre de 16 h 30 à 18 h.", []),
    ("The film runs 2h30 and the blast was at 4:40 pm.", ["16:40"]),  # English: its own time
])
def test_lengths_distances_ranges_and_prices_are_no_foreign_times(text, times):
    assert [value for _wording, value, _q in found(text)] == times


def test_a_clock_time_is_never_a_count():
    # The QA's French fire: "16 h 40 dans l’usine" made a count of 40 (of "dans"), "vers 23
    # heures" a count of 23; two times of one fire a false conflict of counts 40 / 55.
    tally = tally_of("Un violent incendie s’est déclaré à 16 h 40 dans un entrepôt de l’usine.",
                     "Un violent incendie s’est déclaré à 16 h 55 dans un entrepôt de l’usine.",
                     "Les 87 pompiers mobilisés ont maîtrisé le feu vers 23 heures.")
    assert [f for f in facts(tally) if f[0] == "count"] == [("count", "87", ("s3",))]
    # the two times of one fire are a conflict of times, 16:40 against 16:55
    conflicts = [sorted(tally.fact(i).value for i in c.facts) for c in tally.conflicts]
    assert conflicts == [["16:40", "16:55"]]


def test_one_time_written_three_ways_is_one_fact_not_two_hours():
    tally = tally_of("Le feu a pris à 16 h 40 selon la police.",
                     "Le feu a pris à 16h40 selon la police.",
                     "Le feu a pris à 17 h 40 selon la police.")
    assert sorted(facts(tally)) == [("time", "16:40", ("s1", "s2")), ("time", "17:40", ("s3",))]
    assert not [f for f in tally.facts if f.kind == "count"]


def test_minutes_after_an_hour_are_no_count_even_when_no_time_is_read():
    # no word of time before "16 h 40": no time read, and still no count of 40 (of "dans")
    tally = tally_of("Le feu a pris 16 h 40 dans un entrepôt.",
                     "Le feu a pris 16 h 55 dans un entrepôt.")
    assert not [f for f in tally.facts if f.kind == "count"]
    assert not tally.conflicts


def test_units_of_time_of_other_languages_are_not_counted_nouns():
    tally = tally_of("Les pompiers sont restés 23 heures sur place.",
                     "Die Helfer arbeiteten 36 Stunden ohne Pause.",
                     "Una vecina de 78 años relató lo ocurrido.")
    assert not [f for f in tally.facts if f.kind == "count"]


# --- German quotation marks ------------------------------------------------------------------------

def quotes(tally: FactTally) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.value, f.sources) for f in tally.facts if f.kind == "quote"]


@pytest.mark.parametrize("marked", [
    "»Wir haben 40 Häuser verloren, aber kein einziges Menschenleben.«",
    "„Wir haben 40 Häuser verloren, aber kein einziges Menschenleben.“",
    "›Wir haben 40 Häuser verloren, aber kein einziges Menschenleben.‹",
    "‚Wir haben 40 Häuser verloren, aber kein einziges Menschenleben.‘",
    "« Wir haben 40 Häuser verloren, aber kein einziges Menschenleben. »",
])
def test_german_quotation_marks_open_and_close_a_quote(marked):
    # The QA's d2 wrote the mayor's words in »…«: they were no quote, and d1's „…“ was 1/4.
    tally = tally_of("Bürgermeister Jörg Weiß-Schäfer sagte: „Wir haben 40 Häuser verloren, aber "
                     "kein einziges Menschenleben.“",
                     f"Bürgermeister Jörg Weiß-Schäfer zeigte sich erschüttert: {marked}")
    assert quotes(tally) == [("Wir haben 40 Häuser verloren, aber kein einziges Menschenleben",
                              ("s1", "s2"))]


@pytest.mark.parametrize("text,expected", [
    # French guillemets keep their way round: the text between two quotes is no quote
    ("Il a parlé d’une « crise grave » puis, plus tard, d’une « crise majeure » au conseil.",
     []),
    ("« Nous avons évacué tout le quartier ce soir », a déclaré le maire devant la presse.",
     ["Nous avons évacué tout le quartier ce soir"]),
    # a "»" between words is a path or a breadcrumb, no quote mark
    ("Accueil » Actualités » Monde » Europe und die Lage an der Mosel heute Abend.", []),
])
def test_guillemets_either_way_round_only_where_they_quote(text, expected):
    assert [v for v, _s in quotes(tally_of(text))] == expected


# --- spelling: ß and ss ----------------------------------------------------------------------------

def test_a_quote_spelt_with_ss_for_sharp_s_is_the_same_quote():
    # The QA's d1 „Die Straße …“ and d3's Swiss "Die Strasse …" were "Possible variants".
    tally = tally_of("Landrätin Anke Großmann kündigte an: „Die Straße nach Wittlich bleibt bis "
                     "Montag gesperrt.“",
                     'Landrätin Anke Großmann sagte: "Die Strasse nach Wittlich bleibt bis Montag '
                     'gesperrt."',
                     "Landrätin Anke Großmann sagte: »Die STRASSE nach Wittlich bleibt bis Montag "
                     "gesperrt.«")
    assert [s for _v, s in quotes(tally)] == [("s1", "s2", "s3")]
    assert not tally.variants


def test_other_words_stay_other_quotes():
    tally = tally_of("Sie sagte: „Die Straße nach Wittlich bleibt bis Montag gesperrt.“",
                     "Sie sagte: „Die Brücke nach Wittlich bleibt bis Montag gesperrt.“")
    assert len(quotes(tally)) == 2


# --- what a figure is about: words as written, no function words -----------------------------------

def about(tally: FactTally, value: str) -> str:
    (fact,) = [f for f in tally.facts if f.value == value and f.kind != "quote"]
    return fact.about


def test_about_words_keep_their_accents_and_leave_function_words_out():
    # The QA saw "pompiers ont mobilises", "habitants ont de", "personnes du evacue".
    tally = tally_of("Au total, 87 pompiers ont été mobilisés pendant toute la nuit.",
                     "Les 87 pompiers mobilisés ont maîtrisé le feu vers 23 heures.")
    words_ = about(tally, "87").split()
    assert "mobilisés" in words_ and "pompiers" in words_
    assert not {"ont", "été", "la", "les", "le", "de", "du", "pendant", "toute"} & set(words_)
    # a text in decomposed accents (NFD) is shown composed, as the other sources write it
    nfd = unicodedata.normalize("NFD", "Au total, 87 pompiers ont été mobilisés pendant la nuit.")
    assert "mobilisés" in about(tally_of(nfd, nfd), "87").split()


def test_a_misquote_names_the_remark_in_its_own_words():
    tally = tally_of("« Nous avons évacué 300 personnes du quartier des Minguettes », a-t-il dit.",
                     "« Nous avons évacué 200 personnes du quartier des Minguettes », a-t-il dit.")
    (conflict,) = tally.conflicts
    assert conflict.about.startswith("avons évacué personnes quartier minguettes")


def test_a_word_written_two_ways_is_shown_as_written_beside_the_figure():
    # d3 writes "Schäden" in its title and "Schaden" beside the amount
    tally = tally_of("Bernkastel-Kues zählt die Schäden\n\nDie Stadt beziffert den Schaden auf "
                     "3.500.000 Euro.")
    assert "schaden" in about(tally, "€3.5 million").split()


def test_a_compound_counted_noun_counts_its_last_part():
    # "87 sapeurs-pompiers" and "87 pompiers": one count (it held only by function words before)
    tally = tally_of("Au total, 87 pompiers ont été mobilisés pendant toute la nuit.",
                     "Pour venir à bout des flammes, 87 sapeurs-pompiers ont été engagés.")
    assert [(f.value, f.sources) for f in tally.facts if f.kind == "count"] == [("87", ("s1", "s2"))]


@pytest.mark.parametrize("word,key", [
    # English words that other languages' function words are spelt like keep their meaning
    ("un", "un"), ("pouring", "pour"), ("touted", "tout"), ("die", "death"), ("war", "war"),
    ("hat", "hat"), ("den", "den"), ("seine", "sein"), ("encore", "encor"),
])
def test_english_words_spelt_like_foreign_function_words_are_still_words(word, key):
    assert key_of(word) == key


@pytest.mark.parametrize("word", ["dans", "selon", "les", "der", "und", "wurde", "los", "segun"])
def test_foreign_function_words_say_nothing_of_a_figure(word):
    assert key_of(word) is None


def test_english_abouts_are_as_before():
    tally = tally_of("About 300 troops were deployed to the border, officials said.",
                     "Nearly 300 troops were deployed to the border on Monday.")
    assert about(tally, "300").split()[:2] == ["troops", "deployed"]


def test_a_spanish_unit_counts_what_the_english_one_counts():
    # The QA's /tmp/qa-ar/arch: El País's "3.000 galones" joined the English 3,000 gallons only
    # through function words ("de", "el", "en") shared with Le Monde's French; its unit says so.
    english = ("Officials ordered 42,000 residents to boil their water after a tanker truck "
               "spilled about 3,000 gallons of industrial solvent into the Miller River.")
    spanish = ("Las autoridades ordenaron a 42.000 residentes hervir el agua después de que un "
               "camión cisterna derramara unos 3.000 galones de disolvente en el río Miller.")
    tally = tally_of(english, spanish)
    assert [(f.value, f.sources) for f in tally.facts if f.value == "3000"] == [
        ("3000", ("s1", "s2"))]
    assert key_of("galones") == key_of("gallons") == "gallon"
    assert key_of("hectáreas".replace("á", "a")) == key_of("hectares")


def test_a_french_closing_guillemet_left_over_opens_nothing():
    # a quote's end from the paragraph before (« … » across paragraphs): the "»" closes
    # nothing, and the next « … » is still a quote
    text = ("la suite du propos, a-t-il dit », a rappelé la préfète. Elle a ajouté : « Nous "
            "resterons mobilisés toute la nuit sur le site de l’usine ».")
    assert [v for v, _s in quotes(tally_of(text))] == [
        "Nous resterons mobilisés toute la nuit sur le site de l’usine"]
