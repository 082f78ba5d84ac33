"""HTML exports: the page's own words are English (lang="en"); article text, in whatever language
the sources are written, is marked as of unknown language (lang="") wherever it stands alone."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from export_support import make_source

from seedreader import compare, load_corpus
from seedreader.export import render_pair, render_report
from seedreader.models import Corpus

VOID = {"meta", "br", "col", "img", "input", "link", "hr", "wbr"}

FR_A = ["Un incendie a ravagé l'usine Valorhône jeudi 23 janvier 2025 à Vénissieux.",
        "« Nous avons évacué 300 personnes du quartier », a déclaré le maire.",
        "Les dégâts sont estimés à 3,5 millions d'euros."]
FR_B = ["Un incendie a ravagé l'usine Valorhône jeudi 23 janvier à Vénissieux.",
        "« Nous avons évacué 200 personnes du quartier », a déclaré le maire.",
        "Quelque 87 pompiers ont été mobilisés."]


class Langs(HTMLParser):
    """Each piece of text with the language in force where it stands (the nearest lang)."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, str | None]] = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if data.strip():
            lang = next((lang for _, lang in reversed(self.stack) if lang is not None), None)
            self.texts.append((data, lang))

    def lang_of(self, text: str) -> set[str | None]:
        return {lang for data, lang in self.texts if text in data}


def _fr_pair():
    a = make_source("f1", FR_A, title="Incendie à Vénissieux", notes="Dépêche reprise")
    b = make_source("f2", FR_B, title="Le feu de Vénissieux")
    return a, b


def test_article_paragraphs_notes_and_quotes_are_of_unknown_language_the_page_english():
    a, b = _fr_pair()
    markup = render_pair(compare(a, b), "html", corpus=Corpus(path=None, sources=(a, b)))
    assert "<html lang=\"en\">" in markup
    page = Langs(markup)
    assert page.lang_of("déclaré le maire") == {""}  # paragraphs (both sides, same words)
    assert page.lang_of("Quelque 87 pompiers ont été mobilisés.") == {""}
    assert page.lang_of("Dépêche reprise") == {""}  # its notes
    assert "" in page.lang_of("Nous avons évacué 300 personnes du quartier")  # a quote fact
    # The page's own words stay English.
    for ours in ("How to read this", "The two texts, aligned", "Outlet", "alike overall"):
        assert page.lang_of(ours) == {"en"}, ours


def test_the_report_marks_the_paragraphs_of_every_comparison():
    a, b = _fr_pair()
    markup = render_report(Corpus(path=None, sources=(a, b)), "html")
    page = Langs(markup)
    assert page.lang_of("Quelque 87 pompiers ont été mobilisés.") == {""}
    assert page.lang_of("Who resembles whom") == {"en"}


def test_english_seeds_keep_every_paragraph_marked_too():
    # No guessing: an English article's text is "unknown" as well (a rule that guessed would be
    # wrong on short or mixed texts); the chrome alone is declared.
    corpus = load_corpus()
    markup = render_pair(compare(corpus[2], corpus[0]), "html")
    page = Langs(markup)
    first = corpus[0].paragraphs[0][:40]
    assert page.lang_of(first) == {""}
    paragraphs = re.findall(r'<p class="para"[^>]*>', markup)
    assert paragraphs and all(p.endswith(' dir="auto" lang="">') for p in paragraphs)
