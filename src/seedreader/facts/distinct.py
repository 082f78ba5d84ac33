"""What tells apart two figures whose sentences look alike but are about different things.

"Unemployment rose to 5% last month" and "Inflation rose to 7% last month" share almost every
word, yet they are no contradiction; "The earthquake killed 200 people" and "The quake killed 250
people" share as many and are one. A word by one figure that the other lacks proves nothing by
itself: a synonym no list holds ("quake", "shot", "walkout") or a place named at another level of
detail ("in Houston" / "in Texas", "in Nepal" / "in the Himalayan nation") differs just as much.
So only what is *known* to tell two things apart does:

- *marks* of one kind that differ on the two sides: ordinals ("the first round" / "the next
  round"), kinds of a measure ("core inflation" / "food inflation"), periods ("last year" / "this year": one mark for all their wordings, "when:last-year"
  for "the previous year", "the past year", "a year earlier") and stances ("backed" / "opposed",
  "voted for" / "voted against");
- places that are clearly two places (``places_apart``): no word in common ("Gaza City" /
  "northern Gaza" share one) and one of them said to be another ("in neighbouring Oklahoma"), or
  both countries, or both US states (places.py);
- two measures (``measures_apart``): by each figure a word the other's sentence lacks, the two
  naming different things of a small list of those reported side by side (unemployment /
  inflation, deaths / injuries, imports / exports);
- and, in tally.py, a differing word that the other source uses beside another figure of its own.

Periods or stances that differ (``opposed``) tell two mentions of one value apart too: 12% last
year and 12% this year are two facts, and so are 212 votes for and 212 against.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count
from operator import itemgetter

from .places import levels
from .words import key_of, wordset

# Content words this many words or fewer from a figure, in its clause, are its close context.
CLOSE_WORDS = 3
# Ordinals set one of a series apart: "the first round of talks" / "the next round of talks".
ORDINALS = wordset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "next last previous final"
)
ORDINAL = "nth:"  # the category of ordinal marks ("nth:first")
# A run of capitalised words after these (and at most one lower-case word) names a place: "in
# Texas", "in neighbouring Oklahoma", "near Santa Clara". Its mark is "place:" and its folded
# words ("place:santa clara"); a comma ends one ("in Houston, Texas" names two).
_PLACE_BEFORE = wordset("in at near outside across throughout")
PLACE = "place:"
# A place said to be another than the one the story is about: "in neighbouring Oklahoma".
_ANOTHER_PLACE = wordset("neighbouring neighboring nearby adjacent bordering")
ELSEWHERE = "elsewhere:"
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
# Before a period, these make it what a figure is compared with ("up 5% on last season", "more
# than last year"), not the figure's own period: its mark is "base:last-season", no period's.
# ("over the past year" is a period; "on last Monday" a day.)
_BASE_BEFORE = wordset("on than versus vs")
# The same comparison in other words: "compared with/to last year", and "from last year" after a
# change ("rose 10% from last year"; not "data from last month", a period's figure).
_COMPARED = wordset("compared comparison")
_COMPARED_BY = wordset("with to")
_CHANGE_BEFORE_FROM = wordset(
    "up down rose risen rise rising fell fallen fall falling increase increased decrease decreased "
    "grew grown jumped dropped climbed gained slipped declined higher lower more less")
_CHANGE_REACH = 4  # words before "from" that may say the change
_BASE_UNITS = wordset("year years month months week weeks quarter quarters season seasons half")
BASE = "base:"
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
# Kinds of one measure, reported side by side: "core inflation" / "food inflation" / "services
# inflation" (the word before the measure's noun).
KIND = "kind:"
_KIND_WORDS = wordset("core underlying headline services service food energy goods")
_KIND_OF = wordset("inflation price prices")
_TRIGGERS = ORDINALS | _PERIOD_WORDS | _STANCE_WORDS | _PLACE_BEFORE | _KIND_WORDS
# A month ahead ("a cut by August", "next March") or behind ("since August", "August 2023"):
# never one date, whatever the month.
TENSE = "tense:"
_FUTURE_BEFORE = wordset("by until till next coming")
_PAST_BEFORE = wordset("since last")
# The day a figure was updated ("rose to 312 on Friday"): "asof:friday".
ASOF = "asof:"
# A percentage or a sum as a level ("stood at 40%", "cut to 40%") or as an amount of change
# ("cut emissions by 40%"): two different things, never joined on little shared context.
AMOUNT = "amount:"
_AMOUNT_AFTER = {"at": AMOUNT + "level", "to": AMOUNT + "level", "by": AMOUNT + "change"}
# The year of a day or a month dated with one ("31 March 2030": "year:2030"): the same day of two
# years is two dates, never one fact (a conflict if they are about one thing); a day told without
# its year joins either.
YEAR = "year:"
_OPPOSABLE = (WHEN, STANCE, TENSE, YEAR)  # categories of marks that set two mentions of one value apart
_SERIES = (ORDINAL, WHEN, STANCE, KIND, TENSE, ASOF)  # categories of marks that set two facts apart

# Measures reported side by side (and the start and the end of an event, dated side by side),
# each as the words that name it: two figures by words of two of them are about two things
# ("unemployment rose to 5%" / "inflation rose to 7%"). Words of one are one (a synonym unknown to
# it is no evidence either way).
_MEASURES = (
    "unemployment unemployed jobless joblessness", "inflation price prices", "economy gdp output",
    "exports exported", "imports imported", "deaths dead died killed fatalities toll",
    "injuries injured wounded hurt", "missing", "arrests arrested detained",
    "evacuated evacuation evacuees displaced", "births", "revenue revenues sales",
    "profit profits", "loss losses", "debt", "deficit", "wages salary salaries",
    "seizures seized", "trafficking smuggling crossings", "cases infections infected",
    "hospitalizations hospitalized", "men", "women", "children", "turnout", "rent rents",
    # and the ends of an event, dated side by side
    "opened opening began begin begins beginning started start starts launched",
    "closed closing ended end ends concluded finished",
    # and a market's moves during its day against those at its close ("fell 8% in early trading" /
    # "closed down 11%")
    "trading intraday",
)
_MEASURE_OF = {key_of(w): n for n, words_ in enumerate(_MEASURES) for w in words_.split()}
# What befalls the people a count counts, by the word that says it in the count's own clause
# ("Four people died and 23 were injured": 4 dead, 23 injured), as the first word of its measure.
_OUTCOMES = ("deaths", "injuries", "missing", "arrests", "evacuated", "hospitalizations")
_OUTCOME_OF = {key: _MEASURES[n].split()[0] for key, n in _MEASURE_OF.items()
               if _MEASURES[n].split()[0] in _OUTCOMES}
OUTCOME_WORDS = 4  # how far from the count, in words of its clause
# The outcomes' words that say what befell people, not name the outcome ("23 were injured", "12
# were detained", "Four dead"; not "deaths", "toll"): after a count whose noun is left out, they
# make it a count of people (figures.py).
OUTCOME_STATES = tuple(w for words_ in _MEASURES if words_.split()[0] in _OUTCOMES
                       for w in words_.split() if w.endswith("ed") or w in ("dead", "hurt", "missing"))


def outcome(keys: list[str | None], first: int, last: int, clause: tuple[int, int]) -> str | None:
    """What a count at words [first, last) counts as an outcome ("deaths", "injuries", ...): the
    nearest word of one in its clause, within OUTCOME_WORDS words (after it first, at equal
    distance: "Four workers were killed", "killing four workers"). None if no word says."""
    for d in range(OUTCOME_WORDS):
        for i in (last + d, first - 1 - d):
            if clause[0] <= i < clause[1] and (key := keys[i]) is not None \
                    and (found := _OUTCOME_OF.get(key)) is not None:
                return found
    return None


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
                # "up 5 per cent on last season": what it is compared with, not its period
                kind = BASE if words_[j] in _BASE_UNITS and _compared_with(words_, i) else WHEN
                out.append((i, j + 1, f"{kind}{_RELATIVE[w]}-{words_[j]}"))
        elif w in _AGO and i >= 2 and words_[i - 2] in ("a", "one") and words_[i - 1] in _TIME_UNITS:
            out.append((i - 2, i + 1, f"{WHEN}{_AGO[w]}-{words_[i - 1]}"))
    return out


def _compared_with(words_: list[str], i: int) -> bool:
    """Whether the period starting at word ``i`` ("last year", "the previous year") is what a
    figure is compared with: "on", "than", "versus", "compared with/to", or "from" after a change
    ("up 12% on last year", "up 10% compared with last year", "rose 10% from last year")."""
    if i and words_[i - 1] == "the":
        i -= 1
    before = words_[i - 1] if i else ""
    if before in _BASE_BEFORE:
        return True
    if before in _COMPARED_BY:
        return i >= 2 and words_[i - 2] in _COMPARED
    if before == "from":
        return any(w in _CHANGE_BEFORE_FROM for w in words_[max(0, i - 1 - _CHANGE_REACH):i - 1])
    return False


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


def month_tense(before: str | None) -> str | None:
    """The tense mark of a month date from the word before it: ahead after "by", "until",
    "next"; behind after "since", "last". (A year says which month it is, not whether it is
    ahead: "will reopen by August 2025" / "reopen in August 2025" are one month.)"""
    if before in _FUTURE_BEFORE:
        return TENSE + "future"
    if before in _PAST_BEFORE:
        return TENSE + "past"
    return None


def amount_mark(before: str | None) -> str | None:
    """The amount mark of a percentage or a sum from the word before it: a level after "at" or
    "to", a change after "by"."""
    return _AMOUNT_AFTER.get(before or "")


# A weekday ahead: after "next", "by", "until"..., or after "will" or a "to" of intent earlier in
# its clause ("will resume the search on Tuesday", "is expected to vote on Tuesday").
_WILL = wordset("will shall")
_INTENT_TO = wordset("expected set due going plan plans planned scheduled aims hopes intends "
                     "is are")


def weekday_tense(before: list[str]) -> str | None:
    """The tense mark of a weekday from the words of its clause before it: ahead after "next",
    "by", "until", "will" or a "to" of intent; behind after "last" or "since"."""
    if tense := month_tense(before[-1] if before else None):  # (the word before it, as a month's)
        return tense
    if any(w in _WILL or (w == "to" and i and before[i - 1] in _INTENT_TO)
           for i, w in enumerate(before)):
        return TENSE + "future"
    return None


def category(mark: str) -> str:
    """A mark's category: "nth:", "when:", "base:", "stance:", "kind:", "tense:", "asof:",
    "amount:", "place:" or "elsewhere:"."""
    return mark[:mark.index(":") + 1]


def opposed(a: frozenset[str], b: frozenset[str], kinds: tuple[str, ...] = _OPPOSABLE) -> bool:
    """Whether two mentions' marks name different periods or take different stances (or, with
    ``kinds``, differ in other categories): each has a mark of the category, and none is shared."""
    if not a or not b:
        return False
    for kind in kinds:
        a_of = {m for m in a if m.startswith(kind)}
        if a_of:
            b_of = {m for m in b if m.startswith(kind)}
            if b_of and a_of.isdisjoint(b_of):
                return True
    return False


def places_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two facts' marks name places that are clearly two: with no word in common, and
    one said to be another place ("in neighbouring Oklahoma") or both of one kind (two countries,
    two US states). "in Houston" / "in Texas" is not known to be two places, nor "in Texas" /
    "in the U.S.": one may be inside the other."""
    names_a = [m[len(PLACE):] for m in a if m.startswith(PLACE)]
    names_b = [m[len(PLACE):] for m in b if m.startswith(PLACE)]
    if not names_a or not names_b:
        return False
    keys_a = {key_of(w) for name in names_a for w in name.split()}
    keys_b = {key_of(w) for name in names_b for w in name.split()}
    if not (keys_a & keys_b) <= {None}:
        return False  # "Gaza City" / "northern Gaza"
    if ELSEWHERE in a or ELSEWHERE in b:
        return True
    kinds_a = frozenset().union(*map(levels, names_a))
    return not kinds_a.isdisjoint(frozenset().union(*map(levels, names_b)))


def marks_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two facts' marks say they are about two things: ordinals, periods or stances that
    differ, a period against a figure compared with it, or two places known to be two."""
    return opposed(a, b, _SERIES) or _period_and_its_base(a, b) or places_apart(a, b)


def _period_and_its_base(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one fact is of a period ("rose 8% last season") and the other, of no period, is
    compared with it ("up 5% on last season": a figure of now). (A figure of no period and no
    base is not known to be of another: "Milk prices rose 7% last year, while bread prices rose
    4%" says the 4% is last year's too.)"""
    for x, y in ((a, b), (b, a)):
        periods = {m[len(WHEN):] for m in x if m.startswith(WHEN)}
        if (periods and not any(m.startswith(WHEN) for m in y)
                and not periods.isdisjoint(m[len(BASE):] for m in y if m.startswith(BASE))):
            return True
    return False


def measures_apart(a_close: frozenset[str], a_context: set[str], b_close: frozenset[str],
                   b_context: set[str]) -> bool:
    """Whether each of two facts has a close word that the other's context lacks, the two naming
    different measures of ``_MEASURES`` ("unemployment" / "inflation", "killed" / "injured")."""
    of_a = {m for w in a_close if w not in b_context and (m := _MEASURE_OF.get(w)) is not None}
    if not of_a:
        return False
    of_b = {m for w in b_close if w not in a_context and (m := _MEASURE_OF.get(w)) is not None}
    return any(x != y for x in of_a for y in of_b)


def each_has_its_own(a_close: frozenset[str], a_context: set[str], b_close: frozenset[str],
                     b_context: set[str]) -> bool:
    """Whether each of two figures has a close word (or mark) that the other's context, marks
    included, lacks: a hint, not proof, that they are about different things."""
    return not a_close <= b_context and not b_close <= a_context


def sentence_marks(words_: list[str], keys: list[str | None], covered: list[bool], text: str,
                   starts: list[int], offset: int,
                   ) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """A sentence's ordinals, periods and stances, and its places, each at its word index, once
    for all the figures of the sentence.

    ``words_``/``keys``: the folded words and their content keys (None for stopwords);
    ``covered``: whether a word is part of a mention; ``text[starts[i] - offset]``: word i's first
    character.
    """
    hits = list(compress(count(), map(_TRIGGERS.__contains__, words_)))  # one scan for all marks
    if not hits:
        return [], []
    periods = _periods(words_, hits)
    in_period = {i for a, b, _m in periods for i in range(a, b)}
    ordinals = [(i, ORDINAL + words_[i]) for i in hits if words_[i] in ORDINALS and i not in in_period]
    ordinals += [(a, mark) for a, _b, mark in periods]
    ordinals += _stances(words_, hits)
    ordinals += [(i, KIND + words_[i].rstrip("s")) for i in hits
                 if words_[i] in _KIND_WORDS and i + 1 < len(words_) and words_[i + 1] in _KIND_OF]
    places: list[tuple[int, str]] = []
    n = len(words_)

    def capital(i: int) -> bool:
        return text[starts[i] - offset].isupper()

    for i in hits:
        if words_[i] not in _PLACE_BEFORE or i + 1 == n:
            continue
        j = i + 1
        if not capital(j) and keys[j] is not None and j + 1 < n and capital(j + 1):
            if words_[j] in _ANOTHER_PLACE:
                places.append((j, ELSEWHERE))
            j += 1  # "in neighbouring Oklahoma"
        run: list[str] = []
        while j < n and not covered[j] and capital(j):
            run.append(words_[j])
            j += 1
            if j < n and _RUN_END.search(text, starts[j - 1] - offset, starts[j] - offset):
                places += _place(j - len(run), run)  # "in Houston, Texas": two places
                run = []
        places += _place(j - len(run), run)
    ordinals.sort(key=_AT)  # by word index, for close_and_marks' bisect (stable: ties keep order)
    return ordinals, places  # (places come in word order)


_AT = itemgetter(0)  # a mark's word index
_RUN_END = re.compile(r"[,;:()]")  # (no word holds one: between two words, it parts them)


def _place(at: int, run: list[str]) -> list[tuple[int, str]]:
    """The place mark of a run of capitalised words, at its first word: none when no word of it
    is a content word."""
    if any(key_of(w) is not None for w in run):
        return [(at, PLACE + " ".join(run))]
    return []


def close_and_marks(words_: list[str], keys: list[str | None], covered: list[bool],
                    marks_at: tuple[list[tuple[int, str]], list[tuple[int, str]]],
                    first: int, last: int, clause: tuple[int, int], window: tuple[int, int],
                    ) -> tuple[frozenset[str], frozenset[str]]:
    """A figure's close words and its marks (ordinals, periods, stances, places), by word index.

    The figure spans words [first, last); ``clause``: the word range of its clause; ``window``:
    the range of its context (within the sentence, not past a neighbouring figure of its family);
    ``marks_at``: ``sentence_marks`` of the sentence. An ordinal (or a period) in the clause is the
    figure's; only when there is none there, one elsewhere in the window ("In the first round,
    turnout was 60%"). So with stances. Places are those of the window.

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
    # (bisect: a sentence of thousands of words has thousands of marks, and as many figures)
    in_window = ordinals_at[bisect_left(ordinals_at, lo, key=_AT):
                            bisect_left(ordinals_at, hi, key=_AT)]
    for kind in {category(mark) for _i, mark in in_window}:
        of_kind = [(i, mark) for i, mark in in_window if category(mark) == kind]
        in_clause = [mark for i, mark in of_kind if clause[0] <= i < clause[1]]
        marks.update(in_clause or [mark for _i, mark in of_kind])
    marks.update(mark for _i, mark in places_at[bisect_left(places_at, lo, key=_AT):
                                                bisect_left(places_at, hi, key=_AT)])
    close |= marks
    return frozenset(close), frozenset(marks)
