"""Names: one person's first name written two ways across sources ("Transport Minister Daniel
Okafor" in two, "Transport Minister David Okafor" in the others). Quotes name their speaker by
surname ("Okafor"), so a wrong first name would merge unseen; a name written so is a fact of its
own (kind "name"), and its two first names a conflict.

Only the surnames of the corpus's speakers are looked at, each with a title right before the
first name ("Transport Minister David Okafor"): two first names after one whole title (all its
words: "Mexican President" and "U.S. President" are two) are one person's, two
first names in one source are two people of one family ("Ada and Daniel Okafor", "Mr and Mrs
Okafor" never count as first names), and the story is one story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

from ..models import Source
from .figures import _PERSON_NOUNS
from .found import Found
from .words import STOPWORDS, fold, wordset

# Words that name a role or an honorific before a first name ("Minister", "Chief Justice", "Dr").
TITLES = _PERSON_NOUNS | wordset(
    "mr mrs ms miss mx dr sir dame lord lady justice judge professor prof rev reverend father "
    "sister brother saint st captain sgt lt col gen adm sen rep gov pres")
_WORD = r"[A-Z][a-z’'-]+"


def _pattern(surnames: Iterable[str]) -> re.Pattern:
    names = "|".join(sorted((re.escape(s) for s in surnames), key=len, reverse=True))
    return re.compile(rf"(?<![\w.’'-])(?P<title>(?:[A-Z][\w.’'-]*[^\S\n]+){{0,3}})(?P<given>{_WORD})"
                      rf"[^\S\n]+(?P<surname>{names})(?![\w’'-])")


def name_conflicts(sources: tuple[Source, ...], speakers: set[str]) -> list[list[list[Found]]]:
    """For each surname of ``speakers`` written with two or more first names after one title in
    other sources (and never two in one source), the mentions of each full name ("David Okafor",
    kind "name", first name and surname) as lists of Found, first names in order of first
    appearance; one list of such lists per surname."""
    speakers = {s for s in speakers if s and s[0].isupper() and " " not in s and s.isalpha()}
    if not speakers:
        return []
    pattern = _pattern(speakers)
    # surname -> first name -> mentions; surname -> source -> first names; surname -> first
    # name -> titles
    mentions: dict[str, dict[str, list[Found]]] = defaultdict(lambda: defaultdict(list))
    givens_in: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    titles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for index, source in enumerate(sources):
        text = source.text
        if not any(s in text for s in speakers):
            continue
        starts = [seg.start for seg in source.segments]
        for m in pattern.finditer(text):
            given, surname = m.group("given"), m.group("surname")
            if fold(given) in TITLES or fold(given) in STOPWORDS:
                continue  # "President Trump", "Mrs Okafor", "And Okafor"
            givens_in[surname][index].add(given)
            # The role: the title words before the first name, all of them ("Transport
            # Minister", not "Minister": "Mexican President" and "U.S. President" are two)
            role = [fold(w) for w in m.group("title").split()]
            while role and role[0] in STOPWORDS and role[0] not in TITLES:
                role.pop(0)  # "The Transport Minister", "Then Minister"
            if not role or role[-1] not in TITLES:
                continue
            titles[surname][given].add(" ".join(role))
            f = Found("name", m.start("given"), m.end("surname"), f"{given} {surname}",
                      key=("name", surname, given))
            f.source, f.source_index = source.id, index
            f.paragraph = max(0, bisect_right(starts, f.start) - 1)
            mentions[surname][given].append(f)
    out = []
    for surname, by_given in mentions.items():
        if len(by_given) < 2 or any(len(g) > 1 for g in givens_in[surname].values()):
            continue  # one first name, or a source that names two people of the family
        of_title = titles[surname]
        givens = list(by_given)
        shared = [g for g in givens
                  if any(h != g and not of_title[g].isdisjoint(of_title[h]) for h in givens)]
        if len(shared) > 1:
            out.append([by_given[g] for g in shared])
    return out
