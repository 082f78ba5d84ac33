"""The corpus report agrees with itself (review of session 7's exports): one rule of shared words
for the pair lines, the relations and the matrix; one word count per article; the "both are more
like" clause only where it can be true; titles carry the page's language."""

from __future__ import annotations

import json

from export_support import make_source

from seedreader import compare
from seedreader.export import render_report
from seedreader.export.report import build_report
from seedreader.models import Corpus
from seedreader.overlap import in_common, overlap


def _corpus(*sources):
    return Corpus(path=None, sources=tuple(sources))


# Four words that each hold two place names the other side does not: none of them is all equal.
ROUTES_A = ["Routes", "Kyiv/Kharkiv/Lviv Kyiv/Kharkiv/Lviv Kyiv/Kharkiv/Lviv Kyiv/Kharkiv/Lviv."]
ROUTES_B = ["Routes", "Kyiv/Odesa/Lviv Kyiv/Odesa/Lviv Kyiv/Odesa/Lviv Kyiv/Odesa/Lviv."]


def test_the_report_counts_shared_words_as_overlap_does():
    a, b = make_source("a", ROUTES_A), make_source("b", ROUTES_B)
    report = build_report(_corpus(a, b))
    o = overlap(compare(a, b))
    assert (o.left_shared, o.left_words) == (1, 5)  # only "Routes" is all equal
    assert report.shared == ((5, 1), (1, 5))  # it was ((5, 9), (9, 5)): 9 of 5 words
    (relation,) = report.relations
    assert relation.shared == o and relation.passage == 1
    md = render_report(_corpus(a, b), "md")
    assert "20% of #1's words are in #2, 20% of #2's in #1" in md  # it said 100%
    assert "1 of #1's 5 words (20%) is in #2" in md
    data = json.loads(render_report(_corpus(a, b), "json"))
    assert data["overlap"]["shared"] == [[5, 1], [1, 5]]


def test_the_longest_passage_counts_whole_words_on_both_sides():
    shared = "the council will meet again on Friday to vote on the new budget for the city"
    a = make_source("a", [f"Lviv/Kharkiv: {shared} hall.", "Other news of the week."])
    b = make_source("b", [f"Lviv/Odesa: {shared} hall.", "Sport results of the weekend."])
    left, right, passage = in_common(compare(a, b))
    assert passage == len(shared.split()) + 1  # "... city hall.", not "Lviv/" nor "Odesa:"
    assert left == right == passage


def test_shares_never_exceed_the_words_in_the_report():
    a, b = make_source("a", ROUTES_A), make_source("b", ROUTES_B)
    c = make_source("c", ["Routes", "Kyiv and Lviv by rail, Kharkiv by road."])
    report = build_report(_corpus(a, b, c))
    for i, row in enumerate(report.shared):
        assert all(0 <= n <= row[i] for n in row)


# French sets « : ; » apart with spaces: those are no words, in the card as in the overlap line.
FRENCH = ["Le maire a déclaré : « Nous ouvrirons l'usine au printemps » ; les syndicats doutent.",
          "Le chantier coûtera 1 200 000 euros , selon la mairie — et durera deux ans !"]


def test_one_word_count_per_article_on_every_page():
    from seedreader.export.common import word_count
    from seedreader.overlap import source_words

    a = make_source("a", FRENCH, title="Usine")
    b = make_source("b", [FRENCH[0], "Le chantier durera deux ans."], title="Usine (2)")
    o = overlap(compare(a, b))
    assert word_count(a) == source_words(a) == o.left_words == 26  # not 31: « » : ; — , !
    html = render_report(_corpus(a, b), "html")
    assert f"{o.left_words} words" in html or f'data-label="Words">{o.left_words}<' in html
    assert f"of #1's {o.left_words} words" in html
    from seedreader.export import render_pair

    pair = render_pair(compare(a, b), "html")
    assert f"{o.left_words} words" in pair and f"of A's {o.left_words} words" in pair
    assert "31 words" not in pair


def test_words_of_ascii_text_are_counted_as_of_any_text():
    from seedreader.overlap import words

    for text in ["a - b & c : d", "-- x --", "e.g. 3.5% (n=4) -> ok", "- \t&\x1c x", "", "  "]:
        slow = sum(1 for w in text.split() if any(ch.isalnum() for ch in w))
        assert words(text) == slow
    assert words("x — y") == 2 and words("« oui »") == 1


def test_word_counts_are_grouped_in_every_format():
    long = make_source("long", [" ".join(["word"] * 1178)], title="Long")
    short = make_source("short", ["word word"], title="Short")
    corpus = _corpus(long, short)
    md = render_report(corpus, "md")
    assert "| 1,178 |" in md and "| 1178 |" not in md
    html = render_report(corpus, "html")
    assert 'data-label="Words">1,178<' in html and ">1178<" not in html
    assert "1,178 words" in render_report(corpus, "html")  # the pair's card
    assert json.loads(render_report(corpus, "json"))["sources"][0]["word_count"] == 1178

