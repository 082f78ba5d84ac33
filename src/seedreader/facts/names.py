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

from ..models import Source
from .figures import _PERSON_NOUNS
from .found import Found
from .words import STOPWORDS, fold, wordset

# Words that name a role or an honorific before a first name ("Minister", "Chief Justice", "Dr").
TITLES = _PERSON_NOUNS | wordset(
    "mr mrs ms miss mx dr sir dame lord lady justice judge professor prof rev reverend father "
    "sister brother saint st captain sgt lt col gen adm sen rep gov pres")
_WORD = r"[A-Z][a-z’'-]+"


# A first name right before a surname, and up to three title words before it: searched only
# before a surname found, to its start.
_BEFORE = re.compile(rf"(?<![\w.’'-])(?P<title>(?:[A-Z][\w.’'-]*[^\S\n]+){{0,3}})(?P<given>{_WORD})"
                     r"[^\S\n]+$")
_GIVEN = re.compile(_WORD)
_REACH = 80  # characters before a surname searched for its first name and title


_NAME_GOES_ON = re.compile(r"[\w’'-]")


def _read_name(text: str, at: int, end: int, surname: str, index: int, mentions: dict,
               givens_in: dict, titles: dict) -> None:
    """Read the first name and title before the surname at ``text[at:end]`` into the tables of
    ``name_conflicts``."""
    lo = max(0, at - _REACH)
    before = text[lo:at]
    words = before.rsplit(" ", 2)  # (the last is "": the space)
    if len(words) < 2 or not _GIVEN.fullmatch(words[-2]):
        return  # no capitalised word right before: "said Okafor"
    # (A title and first name are four words at most, each a run of characters between spaces:
    # the search starts at the fourth last such run, not at every character of the 80.)
    head = before.rsplit(None, 4)
    m = _BEFORE.search(text, lo + len(head[0]) if len(head) == 5 else lo, at)
    if m is None:
        return
    given = m.group("given")
    if (folded := fold(given)) in TITLES or folded in STOPWORDS:
        return  # "President Trump", "Mrs Okafor", "And Okafor"
    givens_in[surname][index].add(given)
    # The role: the title words before the first name, all of them ("Transport Minister", not
    # "Minister": "Mexican President" and "U.S. President" are two)
    role = [fold(w) for w in m.group("title").split()]
    while role and role[0] in STOPWORDS and role[0] not in TITLES:
        role.pop(0)  # "The Transport Minister", "Then Minister"
    if role and role[-1] in TITLES:
        titles[surname][given].add(" ".join(role))
        mentions[surname][given].append((index, m.start("given"), end))


def name_conflicts(sources: tuple[Source, ...], speakers: set[str]) -> list[list[list[Found]]]:
    """For each surname of ``speakers`` written with two or more first names after one title in
    other sources (and never two in one source), the mentions of each full name ("David Okafor",
    kind "name", first name and surname) as lists of Found, first names in order of first
    appearance; one list of such lists per surname."""
    speakers = {s for s in speakers if s and s[0].isupper() and " " not in s and s.isalpha()}
    if not speakers:
        return []
    # surname -> first name -> mentions (source index, start, end); surname -> source -> first
    # names; surname -> first name -> titles
    mentions: dict[str, dict[str, list[tuple[int, int, int]]]] = defaultdict(lambda: defaultdict(list))
    givens_in: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    titles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for index, source in enumerate(sources):
        text = source.text
        for surname in sorted(speakers):
            at = text.find(surname)
            while at >= 0:
                end = at + len(surname)
                if at and text[at - 1] == " " and not _NAME_GOES_ON.match(text, end):
                    _read_name(text, at, end, surname, index, mentions, givens_in, titles)
                at = text.find(surname, end)
    out = []
    starts: dict[int, list[int]] = {}  # source index -> where its segments start (_found)
    for surname, by_given in mentions.items():
        if len(by_given) < 2 or any(len(g) > 1 for g in givens_in[surname].values()):
            continue  # one first name, or a source that names two people of the family
        of_title = titles[surname]
        givens = list(by_given)
        shared = [g for g in givens
                  if any(h != g and not of_title[g].isdisjoint(of_title[h]) for h in givens)]
        if len(shared) > 1:
            out.append([[_found(sources, starts, surname, g, *where) for where in by_given[g]]
                        for g in shared])
    return out


def _found(sources: tuple[Source, ...], starts: dict[int, list[int]], surname: str, given: str,
           index: int, start: int, end: int) -> Found:
    """One mention of a full name; ``starts``: each source's segment starts, filled as needed."""
    source = sources[index]
    f = Found("name", start, end, f"{given} {surname}", key=("name", surname, given))
    f.source, f.source_index = source.id, index
    if index not in starts:
        starts[index] = [seg.start for seg in source.segments]
    f.paragraph = max(0, bisect_right(starts[index], start) - 1)
    return f
