"""What tells apart two figures whose sentences look alike but are about different things.

"Unemployment rose to 5% last month" and "Inflation rose to 7% last month" share almost every
word, yet they are no contradiction. What says so is a word next to the figure that the other
sentence lacks: the measured noun (unemployment / inflation), the verb (backed / opposed), a place
("in Texas" / "in neighbouring Oklahoma") or an ordinal ("the first round" / "the next round").
Two facts are about different things when *each* has such a word that the other's context lacks;
one side's extra word alone is a paraphrase ("planned January 23rd meeting in Washington" against
"scheduled to meet on January 22–23").
"""

from __future__ import annotations

from .words import wordset

# Content words this many words or fewer from a figure, in its clause, are its close context.
CLOSE_WORDS = 3
# Ordinals set one of a series apart: "the first round of talks" / "the next round of talks".
ORDINALS = wordset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "next last previous final"
)
# A capitalised word after these (and at most one lower-case word) names a place: "in Texas",
# "in neighbouring Oklahoma", "near Santa Clara".
_PLACE_BEFORE = wordset("in at near outside across throughout")


def sentence_marks(words_: list[str], keys: list[str | None], covered: list[bool],
                   capital) -> tuple[list[int], list[tuple[int, str]]]:
    """Where a sentence's ordinals are, and its places' keys (each at its word index), once for
    all the figures of the sentence.

    ``words_``/``keys``: the folded words and their content keys (None for stopwords);
    ``covered``: whether a word is part of a mention; ``capital(i)``: whether word i is written
    with a capital.
    """
    ordinals = [i for i, w in enumerate(words_) if w in ORDINALS]
    places: list[tuple[int, str]] = []
    n = len(words_)
    for i in [i for i, w in enumerate(words_[:-1]) if w in _PLACE_BEFORE]:
        j = i + 1
        if not capital(j) and keys[j] is not None and j + 1 < n and capital(j + 1):
            j += 1  # "in neighbouring Oklahoma"
        while j < n and not covered[j] and capital(j):
            if keys[j] is not None:
                places.append((j, keys[j]))
            j += 1
    return ordinals, places


def close_and_marks(words_: list[str], keys: list[str | None], covered: list[bool],
                    marks_at: tuple[list[int], list[tuple[int, str]]], first: int, last: int,
                    clause: tuple[int, int], window: tuple[int, int],
                    ) -> tuple[frozenset[str], frozenset[str]]:
    """A figure's close words and its marks (ordinals and places), by word index.

    The figure spans words [first, last); ``clause``: the word range of its clause; ``window``:
    the range of its context (within the sentence, not past a neighbouring figure of its family);
    ``marks_at``: ``sentence_marks`` of the sentence. An ordinal in the clause is the figure's;
    only when there is none there, one elsewhere in the window ("In the first round, turnout
    was 60%").

    Marks are in the close words too; they are returned apart so that the other side's marks can
    be added to its context words (ordinals are stopwords, so no context holds them).
    """
    close: set[str] = set()
    for i in range(first - 1, max(clause[0], first - CLOSE_WORDS) - 1, -1):
        if covered[i]:
            break
        if keys[i] is not None:
            close.add(keys[i])
    for i in range(last, min(clause[1], last + CLOSE_WORDS)):
        if covered[i]:
            break
        if keys[i] is not None:
            close.add(keys[i])
    ordinals_at, places_at = marks_at
    if not ordinals_at and not places_at:
        return frozenset(close), frozenset()
    lo, hi = window
    ordinals = [i for i in ordinals_at if lo <= i < hi]
    in_clause = [i for i in ordinals if clause[0] <= i < clause[1]]
    marks = {words_[i] for i in in_clause or ordinals}
    marks.update(key for i, key in places_at if lo <= i < hi)
    close |= marks
    return frozenset(close), frozenset(marks)


def distinguished(a_close: frozenset[str], a_context: set[str], b_close: frozenset[str],
                  b_context: set[str]) -> bool:
    """Whether each of two facts has a close word (or mark) that the other's context, marks
    included, lacks: then they are about different things, whatever else they share."""
    return not a_close <= b_context and not b_close <= a_context
