"""The corpus report agrees with itself (review of session 7's exports): one rule of shared words
for the pair lines, the relations and the matrix; one word count per article; the "both are more
like" clause only where it can be true; titles carry the page's language."""

from __future__ import annotations

import json

from export_support import make_source

from seedreader import compare
from seedreader.export import render_pair, render_report
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


RELEASE = [
    "Halvorsen Rail will open a new train factory in Leeds next spring, creating 400 jobs.",
    "The plant will build carriages for regional lines across the north of England.",
    "Chief executive Ingrid Halvorsen said the company had chosen Leeds for its skills.",
    "The company was founded in Trondheim in 1962 and employs 3,000 people worldwide.",
    "Construction of the halls starts in March, with the first carriages due in 2028.",
    "The city council will improve the road to the site and add a new bus route there.",
    "Training places for 120 apprentices will open with the local college next autumn.",
    "Halvorsen said the new works would use power from a nearby solar farm built for it.",
]
OWN_P = "Local councillors welcomed the news on Monday evening at the town hall."
OWN_Q = "Unions asked for talks about pay before the factory opens its doors."


def _pair_sentence(report, x, y):
    relation = next(r for r in report.relations if {r.a.id, r.b.id} == {x, y})
    return relation.sentence(report.label)


def test_both_more_like_a_source_dated_before_them_or_undated():
    p = make_source("p", RELEASE[:4] + [OWN_P], published="2026-11-04")
    q = make_source("q", RELEASE[2:6] + [OWN_Q], published="2026-11-04")
    for date in ("2026-11-03", "2026-11-04", ""):
        release = make_source("release", RELEASE, published=date)
        report = build_report(_corpus(p, q, release))
        assert "both are more like #3" in _pair_sentence(report, "p", "q"), date


def test_never_both_more_like_a_source_dated_after_both():
    p = make_source("p", RELEASE[:4] + [OWN_P], published="2026-11-03")
    q = make_source("q", RELEASE[2:6] + [OWN_Q], published="2026-11-03")
    later = make_source("later", RELEASE, published="2026-11-04")
    report = build_report(_corpus(p, q, later))
    assert "more like" not in _pair_sentence(report, "p", "q")
    # (dated after only one of the two: either may have copied it)
    q = make_source("q", RELEASE[2:6] + [OWN_Q], published="2026-11-05")
    report = build_report(_corpus(p, q, later))
    assert "both are more like #3" in _pair_sentence(report, "p", "q")


def test_never_both_more_like_a_source_holding_less_of_one_than_the_other_does():
    # The churn corpus's figures: #3 is 99% in #1 (both dated that day) and 79% in #4 (undated
    # here, so the date says nothing); #4 is more like each than they are alike. It read "both
    # are more like #4 (79% and 67% alike) than like each other": #3 may be #1 cut, not #4's.
    from dataclasses import replace

    release = make_source("release", RELEASE + [OWN_P], published="2026-11-03")
    cut = make_source("cut", RELEASE[:3] + [OWN_P], published="2026-11-03")
    wire = make_source("wire", RELEASE[:6] + [OWN_Q])
    report = build_report(_corpus(release, cut, wire))
    matrix = ((1.0, 0.65, 0.79), (0.65, 1.0, 0.67), (0.79, 0.67, 1.0))
    words = (1177, 565, 819)

    def shares(cut_in_wire):
        table = ((1.00, 0.47, 0.67), (0.99, 1.00, cut_in_wire), (0.96, 0.55, 1.00))
        return tuple(tuple(round(table[i][j] * words[i]) for j in range(3)) for i in range(3))

    churn = replace(report, matrix=matrix, shared=shares(0.79))
    assert "more like" not in _pair_sentence(churn, "release", "cut")
    # Had #4 more of #3 than #1 has, what they share could come from it.
    churn = replace(report, matrix=matrix, shared=shares(1.0))
    assert "both are more like #3 (79% and 67% alike)" in _pair_sentence(churn, "release", "cut")


def test_article_titles_carry_the_articles_unknown_language():
    from test_export_html_lang import Langs, _fr_pair

    a, b = _fr_pair()
    pair = Langs(render_pair(compare(a, b), "html", corpus=_corpus(a, b)))
    report = Langs(render_report(_corpus(a, b), "html"))
    for page in (pair, report):
        for title in ("Incendie à Vénissieux", "Le feu de Vénissieux"):
            # Wherever it stands alone: h1, the cards' h2, the table's th, the toc. (The
            # <title>, "A vs B — seedreader", mixes it with ours and is text only.)
            alone = [lang for data, lang in page.texts if data.strip() == title]
            assert len(alone) >= 2 and set(alone) == {""}, title
    # The page's own words around them stay English.
    assert pair.lang_of("Outlet") == {"en"} and report.lang_of("against the base") == {"en"}


def test_the_matrix_note_names_a_cell_the_matrix_has():
    a, b = make_source("a", ROUTES_A), make_source("b", ROUTES_B)
    c = make_source("c", ["Routes", "Kyiv and Lviv by rail, Kharkiv by road."])
    for fmt in ("md", "html"):
        two = render_report(_corpus(a, b), fmt)
        assert "row #2, column #1 is how much of #2 is in #1" in two
        assert "row #3" not in two and "of #3 " not in two
        three = render_report(_corpus(a, b, c), fmt)
        assert "row #3, column #1 is how much of #3 is in #1" in three
