"""What tells apart two figures whose sentences look alike but are about different things.

"Unemployment rose to 5% last month" and "Inflation rose to 7% last month" share almost every
word, yet they are no contradiction. What says so is a word next to the figure that the other
sentence lacks: the measured noun (unemployment / inflation), the verb (backed / opposed), a place
("in Texas" / "in neighbouring Oklahoma"), an ordinal ("the first round" / "the next round") or
the period ("last year" / "this year"). Two facts are about different things when *each* has such
a word that the other's context lacks; one side's extra word alone is a paraphrase ("planned
January 23rd meeting in Washington" against "scheduled to meet on January 22–23").

Ordinals, places, periods and stances are *marks*; a period is one mark for all its wordings
("when:last-year" for "last year", "the previous year", "the past year", "a year earlier"), a
stance one of two ("stance:for" for "in favour", "backed", "voted yes"; "stance:against"). Periods
or stances that differ (``opposed``) tell two mentions of one value apart too: 12% last year and
12% this year are two facts, and so are 212 votes for and 212 against.
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
# Periods: one of these before a unit of time ("last year", "the following week", "this fiscal
# year", "last March"), or "a year earlier" / "a month ago" / "a week later".
_RELATIVE = {"last": "last", "previous": "last", "past": "last", "preceding": "last",
             "this": "this", "current": "this",
             "next": "next", "coming": "next", "following": "next", "upcoming": "next"}
_AGO = {"ago": "last", "earlier": "last", "before": "last", "later": "next"}
_TIME_UNITS = wordset(
    "year years month months week weeks quarter quarters day days weekend weekends season "
    "seasons decade decades half term session semester fortnight "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december"
)  # (not "may": "this may change")
_UNIT_ADJECTIVES = wordset("fiscal financial calendar academic school")
_PERIOD_WORDS = frozenset(_RELATIVE) | frozenset(_AGO)
WHEN = "when:"  # the category of period marks
# Stances: which side of a vote or a question a figure counts ("212 voted in favour", "198
# against"). All of these are stopwords or close words only one side has, so neither the context
# nor the close words alone tell "for" from "against". "for" and "no" count only by a vote ("voted
# for", "voted no", "no votes"); a "not" before a stance turns it ("did not approve").
STANCE = "stance:"
_PRO = wordset(
    "favour favor favoured favored favouring favoring backed backing support supports supported "
    "supporting approve approves approved approving endorse endorses endorsed endorsing yes yea "
    "yeas aye ayes"
)
_CON = wordset(
    "against oppose opposes opposed opposing reject rejects rejected rejecting nay nays"
)
_VOTE_WORDS = wordset("vote votes voted voting cast ballot ballots")
_BY_VOTE = {"for": True, "no": False}
_NEGATIONS = wordset("not never")
_STANCE_WORDS = _PRO | _CON | frozenset(_BY_VOTE)
_TRIGGERS = ORDINALS | _PERIOD_WORDS | _STANCE_WORDS | _PLACE_BEFORE
_OPPOSABLE = (WHEN, STANCE)  # categories of marks that set two mentions of one value apart


def _periods(words_: list[str], hits: list[int]) -> list[tuple[int, int, str]]:
    """(first word, end word, mark) of each period the words name (``hits``: where the words
    that may start or end one are, among others)."""
    out: list[tuple[int, int, str]] = []
    n = len(words_)
    for i in hits:
        w = words_[i]
        if w in _RELATIVE:
            j = i + 1
            if j < n and words_[j] in _UNIT_ADJECTIVES:
                j += 1
            if j < n and words_[j] in _TIME_UNITS:
                out.append((i, j + 1, f"{WHEN}{_RELATIVE[w]}-{words_[j]}"))
        elif w in _AGO and i >= 2 and words_[i - 2] in ("a", "one") and words_[i - 1] in _TIME_UNITS:
            out.append((i - 2, i + 1, f"{WHEN}{_AGO[w]}-{words_[i - 1]}"))
    return out


def _stances(words_: list[str], hits: list[int]) -> list[tuple[int, str]]:
    """(word, mark) of each stance the words take (``hits``: where the stance words are, among
    others)."""
    out: list[tuple[int, str]] = []
    n = len(words_)
    for i in hits:
        w = words_[i]
        if w in _PRO:
            pro = True
        elif w in _CON:
            pro = False
        elif w in _BY_VOTE and ((i and words_[i - 1] in _VOTE_WORDS)
                                or (i + 1 < n and w == "no" and words_[i + 1] in _VOTE_WORDS)):
            pro = _BY_VOTE[w]
        else:
            continue
        if i and (words_[i - 1] in _NEGATIONS or words_[i - 1].endswith("n't")):
            pro = not pro
        out.append((i, STANCE + ("for" if pro else "against")))
    return out


def category(mark: str) -> str:
    """A mark's category: "when:" for periods, "stance:" for stances, "" for ordinals and
    places."""
    return mark[:mark.index(":") + 1] if ":" in mark else ""


def opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two mentions' marks name different periods or take different stances: each has
    a mark of the category, and none is shared."""
    if not a or not b:
        return False
    for kind in _OPPOSABLE:
        a_of = {m for m in a if m.startswith(kind)}
        if a_of:
            b_of = {m for m in b if m.startswith(kind)}
            if b_of and a_of.isdisjoint(b_of):
                return True
    return False


def sentence_marks(words_: list[str], keys: list[str | None], covered: list[bool],
                   capital) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """A sentence's ordinals, periods and stances, and its places' keys, each at its word index,
    once for all the figures of the sentence.

    ``words_``/``keys``: the folded words and their content keys (None for stopwords);
    ``covered``: whether a word is part of a mention; ``capital(i)``: whether word i is written
    with a capital.
    """
    hits = [i for i, w in enumerate(words_) if w in _TRIGGERS]  # one scan for all the marks
    if not hits:
        return [], []
    periods = _periods(words_, hits)
    in_period = {i for a, b, _m in periods for i in range(a, b)}
    ordinals = [(i, words_[i]) for i in hits if words_[i] in ORDINALS and i not in in_period]
    ordinals += [(a, mark) for a, _b, mark in periods]
    ordinals += _stances(words_, hits)
    places: list[tuple[int, str]] = []
    n = len(words_)
    for i in hits:
        if words_[i] not in _PLACE_BEFORE or i + 1 == n:
            continue
        j = i + 1
        if not capital(j) and keys[j] is not None and j + 1 < n and capital(j + 1):
            j += 1  # "in neighbouring Oklahoma"
        while j < n and not covered[j] and capital(j):
            if keys[j] is not None:
                places.append((j, keys[j]))
            j += 1
    return ordinals, places


def close_and_marks(words_: list[str], keys: list[str | None], covered: list[bool],
                    marks_at: tuple[list[tuple[int, str]], list[tuple[int, str]]],
                    first: int, last: int, clause: tuple[int, int], window: tuple[int, int],
                    ) -> tuple[frozenset[str], frozenset[str]]:
    """A figure's close words and its marks (ordinals and places), by word index.

    The figure spans words [first, last); ``clause``: the word range of its clause; ``window``:
    the range of its context (within the sentence, not past a neighbouring figure of its family);
    ``marks_at``: ``sentence_marks`` of the sentence. An ordinal (or a period) in the clause is the
    figure's; only when there is none there, one elsewhere in the window ("In the first round,
    turnout was 60%"). So with stances.

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
    marks: set[str] = set()
    in_window = [(i, mark) for i, mark in ordinals_at if lo <= i < hi]
    for kind in {category(mark) for _i, mark in in_window}:
        of_kind = [(i, mark) for i, mark in in_window if category(mark) == kind]
        in_clause = [mark for i, mark in of_kind if clause[0] <= i < clause[1]]
        marks.update(in_clause or [mark for _i, mark in of_kind])
    marks.update(key for i, key in places_at if lo <= i < hi)
    close |= marks
    return frozenset(close), frozenset(marks)


def distinguished(a_close: frozenset[str], a_context: set[str], b_close: frozenset[str],
                  b_context: set[str]) -> bool:
    """Whether each of two facts has a close word (or mark) that the other's context, marks
    included, lacks: then they are about different things, whatever else they share."""
    return not a_close <= b_context and not b_close <= a_context
