"""Speed changes that must give exactly what the plain way gives (session 10, issue 6)."""

from __future__ import annotations

import random
import re

from seedreader.labels import (
    _DIVISION_WORDS,
    LEADING_LABEL,
    _bare,
    _leading_labels,
    labels_in_sequence,
)


def _plain_leading_labels(texts: list[str]) -> list[tuple[int, tuple[int, int], dict]]:
    """What ``_leading_labels`` stands for: LEADING_LABEL.finditer over each text."""
    return [(i, m.span(), m.groupdict()) for i, text in enumerate(texts)
            for m in LEADING_LABEL.finditer(text) if not _bare(m)]


def _found(texts: list[str]) -> list[tuple[int, tuple[int, int], dict]]:
    return [(i, m.span(), m.groupdict()) for i, m in _leading_labels(texts)]


# Lines whose labels the prefilter must not miss: every kind of label, in any case (with the
# characters that match a letter only case-insensitively: long s, Kelvin sign), glued to its
# number, after a heading's marks or blanks, at the start of a text or after a line break, and
# a label whose match runs on past its line ("Part 6" then blank lines).
_LABELLED = [
    "(a) first", "(iv) fourth", "(3a) item", "a) one", "iv) four", "12) twelve",
    "4.2 Terms", "2.3.1. Scope", "3. You may", "Part 6 — Retention", "PART 7: Costs",
    "part 8. Notes", "Partiv", "Sec. 4 Scope", "sec.5 Scope", "ſection 4 Scope",
    "\u212apitel 3 Anfang", "Kapitel 4", "Art. 12 Freedom", "artículo 5 Derechos",
    "ARTÍCULO 6 Deberes", "Sección 2 Objeto", "Chapter XII", "Schedule 2", "Annex III",
    "Appendix C Tables", "Rule 7 —", "Title IV Funds", "Titre 2 Objet", "Teil 3 Schluss",
    "Abschnitt 4 Ende", "Capítulo 9 Fin", "Paragraph 12 Notes", "Para. 3 Notes",
    "Clause 9 Price", "Chapitre 4 Suite", "Articolo 3 Norme", "Artikel 5 Ziele",
    "§ 3 Geltung", "§§ 4 Fristen", "## Part 6 — Heading", "###### 2.1 Deep",
    "   (b) indented", "\t3. tabbed", "\u00a0(c) no-break space", "Part 6\n\nNext",
    "Section 4 —\n  (a) then", "Part 6", "(a)",
]
# Lines that start with no label: an ordinary word, a word like a division's name, a figure.
_PLAIN = [
    "The cat", "Patch 7.4.123", "Problem: x", "Solution: y", "src/main.c", "Public c",
    "Participants 4", "Sections 4 of", "Section 4 of the Act", "10.30 Police said",
    "1.200 Menschen", "A) opens", "", " ", "Article", "civil", "Topic iv",
]


def test_leading_labels_finds_what_finditer_finds_on_each_line():
    for line in _LABELLED + _PLAIN:
        for texts in ([line], ["intro", line], ["intro\n" + line], [line + "\n" + line]):
            assert _found(texts) == _plain_leading_labels(texts), texts


def test_leading_labels_in_random_documents():
    pieces = [*_LABELLED, *_PLAIN, "\n", "\n\n", " ", "x", "—", ":", "iv", "3", "."]
    rng = random.Random(10)
    for _ in range(3000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(1, 5))]
        assert _found(texts) == _plain_leading_labels(texts), texts


def test_every_case_form_of_a_division_word_letter_is_a_letter():
    """The prefilter lets a division's name through as a run of letters ([^\\W\\d_]): so must be
    every character that its letters match case-insensitively (long s, Kelvin sign...)."""
    letters = "".join(sorted(set(re.sub(r"[^a-zíó]", "", _DIVISION_WORDS))))
    case_forms = re.compile(rf"(?i:[{letters}])")
    letter = re.compile(r"[^\W\d_]")
    odd = [c for c in map(chr, range(0x110000)) if case_forms.fullmatch(c)
           and not letter.fullmatch(c)]
    assert not odd


def test_labels_in_sequence_of_a_long_document_unchanged():
    """A document of thousands of lines, few labelled: the labels that read as a sequence go."""
    filler = [f"Patch 7.4.{k}\nProblem: thing {k}\nSolution: fix it\nFiles: src/a.c"
              for k in range(300)]
    doc = [*filler[:100], "1.1 Scope of it", *filler[100:200], "1.2 Terms of it",
           *filler[200:], "(a) first\n(b) second"]
    out = labels_in_sequence(doc)
    assert out[100] == "Scope of it" and out[201] == "Terms of it"
    assert out[-1] == "first\nsecond"
    assert out[:100] == doc[:100]
