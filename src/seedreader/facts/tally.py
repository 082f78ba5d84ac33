"""From mentions to facts: group the same value about the same thing across sources, count support,
find the values that contradict each other, the quotes that are variants of one remark and those
that are one remark with its meaning changed (misquotes, reported as conflicts).

What a figure is about is a bag of context words (see extract.py), weighted by nearness and by
rarity in the corpus (words every mention shares, like the president's name, say little). Grouping
is greedy and in corpus order, so the result never depends on dict order or chance.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from itertools import chain, pairwise
from operator import mul
from os import PathLike

from rapidfuzz.distance import LCSseq

from ..gcpause import gc_paused
from ..models import Corpus, Source
from ..pace import pause_point
from .changes import told_as_halving
from .dates import dates_conflict
from .distinct import (
    AMOUNT,
    ORDINAL,
    STANCE,
    TENSE,
    WHEN,
    YEAR,
    each_has_its_own,
    marks_apart,
    measures_apart,
    opposed,
)
from .extract import DENIAL, WHEN_KINDS, extract_source
from .figures import PERSON_KEYS, SENTENCE_BREAK, UNIT_KEYS, same_person
from .found import Found
from .meaning import MIN_SHARED_WORDS, meaning_change
from .models import KINDS, MISATTRIBUTED, Fact, FactLink, FactTally, Mention, SourceRef
from .names import name_conflicts
from .quotes import quote_norm, quote_sentences
from .times import moment_key, times_conflict
from .updates import split_updates
from .words import (
    TOKEN,
    accented_words,
    as_written,
    content_words,
    fold,
    key_of,
    normalise_quote,
    sentence_bounds,
    word_parts,
    words,
    wordset,
)

# Same value: mentions join a fact when their contexts are at least this similar (cosine). A date
# is one day whatever the sentence around it, so dates need only a little shared context; not a
# weekday, which recurs every week and is the day of many things ("Monday" of the call, "Monday"
# of another event): weekdays need as much as other figures.
GROUP_SIMILARITY = 0.12
DATE_GROUP_SIMILARITY = 0.04
# Groups of one value from sources that do not share one merge at this (see _loosely_one).
LOOSE_GROUP_SIMILARITY = 0.02
_CALENDAR_DATES = frozenset({"day", "month", "year", "years"})  # the first item of a date's group key
# Different values: a conflict needs contexts this similar, disjoint sources, incompatible values,
# and nothing by the figures that says they are about different things (distinct.py).
CONFLICT_SIMILARITY = 0.35
# The mark of the direction of a change a figure is the amount of (_mark_directions).
DIRECTION = "dir:"
# The mark of a level a change reached ("reach:to": "cut to 4.5%", "rose to 12%") or of the amount
# of a change ("reach:by": "cut by 4.5%", "rose 12%"): two things, whatever else their sentences
# share. (Not a level "at", "held at 6%": a growth rate's level is a change, "pay rose by 6%".)
REACH = "reach:"
# Marks that set two mentions of one value apart, two facts: periods, stances, tenses, years (as
# distinct.opposed has them), a level reached against an amount of change and a rise against a
# fall of one amount.
_APART = (WHEN, STANCE, TENSE, YEAR, REACH, DIRECTION)
_EVENT_HEADS = frozenset({key_of("death")})
# Parts of a day, said with a date ("on Saturday night", "by Sunday night"): when, not what; two
# dates of other things share them by the way dates are written, so a conflict does not count them.
_DAY_PARTS = frozenset(k for w in ("morning", "afternoon", "evening", "night", "overnight",
                                   "dawn", "noon", "midnight", "tonight")
                       if (k := key_of(w)) is not None)
_PEOPLE = key_of("people")
# Counts of deaths, however written ("31 dead", "31 people have died", "the death toll ... 31",
# "31 killed", "killing 31", "31 fatalities", "31 lives lost"): one outcome, so they meet as one.
_DEATHS = "deaths"  # (distinct.outcome's name of the outcome)
_DEATH = key_of("death")  # ("dead", "died", "killed", "fatalities" too)
_LIVES = key_of("lives")
_LOST = key_of("lost")
# Between two death counts of one sentence, a word that sets the second against the first: the
# source gives the first only to dispute it ("admit 31 dead, but ... the real number is 41").
_AGAINST = re.compile(r"\b(?:but|however|yet|whereas)\b", re.IGNORECASE)
# After it, the second count is the real one, or someone's word for it ("the real number is 41",
# "sources ... tell me 41 people have died")...
_CLAIMED = re.compile(r"\b(?:real|actual|true|correct|tells?|told|says?|said|puts?|claims?|"
                      r"claimed|insists?|insisted|estimates?|estimated|believes?|believed)\b",
                      re.IGNORECASE)
# ... and no word says it is another event's ("but a second crash killed 5", "the 2019 crush").
_OTHER_EVENT = re.compile(r"\b(?:second|another|other|separate|earlier|previous|last|first|"
                          r"(?:1[89]|20)\d\d)\b", re.IGNORECASE)
_RISEN_TO = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|grew|"
                       r"grown)\s+to\s+$", re.IGNORECASE)
_RISE_REACH = 20  # characters before a count searched for _RISEN_TO
# Right before a value, words that deny it ("at 6:14 a.m., not 6:40 a.m.", "and not 6:40",
# "rather than 6:40", "instead of on Monday"): its source says it is not so.
_DENIED = re.compile(r"\b" + DENIAL + "$", re.IGNORECASE)
_DENIAL_REACH = 60  # characters before a value searched for _DENIED
# A denial corrects a value of its kind told before it in its sentence, this near ("11 feet in Port
# Arden, not 14 feet"); "not 10 minutes after", "not 100% certain" are none
_CORRECTED_REACH = 80
# ... or a value a correction says was given wrongly ("An earlier version of this story incorrectly
# said the train derailed at 6:40 a.m.", "An earlier version of this story said the bridge was built
# in 1926", "A previous version misstated the toll as 14", "the year was incorrectly given as
# 1926"), this near before it in its sentence
_TOLD = r"(?:said|stated|reported|gave|given|put|listed|described|identified|named|dated)"
_WRONGLY = re.compile(
    r"\b(?:(?:incorrectly|wrongly|mistakenly|erroneously)\s+" + _TOLD
    + r"|mis(?:stated|reported|identified|dated|named)"
    + r"|(?:earlier|previous|prior)\s+version(?:\s+of\s+(?:this|the)\s+(?:story|article|"
    r"report|post|piece))?\s+" + _TOLD + r")\b", re.IGNORECASE)
_WRONGLY_REACH = 100
_DISPUTE_REACH = 250  # characters from the first count to the second, at most
# Kinds of figure that one told beside the same other figure in two places may make one fact
# though their words differ (see _loosely_one): those that name what they measure.
_MATE_KINDS = frozenset({"count", "duration"})
CONFLICT_MIN_SHARED = 2  # context words in common, besides the counted noun
# Quantities in a unit of measure ("the spill was 5,000 gallons" / "the spill was 3,000 gallons"):
# one word in common besides the unit is enough when it is what both measure, their only close
# word each (the same subject); counts of people, seats or points need CONFLICT_MIN_SHARED.
# (The units: figures.UNIT_KEYS.)
# Counts of one outcome (Found.outcome: both of people injured) say what they count as a counted
# noun does, and a count's group gathers words of all its sentences: they need less else alike.
OUTCOME_CONFLICT_SIMILARITY = 0.2
# Grouping looks at the latest groups sharing a context word, this many per word.
CANDIDATES_PER_KEY = 50
# A quote is checked against at most this many longer quotes sharing its rarest word pair.
CONTAINMENT_SCAN = 200
# Buckets with more groups than this are not re-merged (quadratic; such buckets are noise anyway).
MERGE_LIMIT = 40
# Keys shared by more facts than this are too common to find conflict candidates by.
CANDIDATE_KEY_LIMIT = 60
# Quote variants: share of content words (of the shorter quote) and how many at least.
VARIANT_OVERLAP = 0.34
VARIANT_MIN_SHARED = 2
MISQUOTE_ABOUT_WORDS = 6  # a misquote's about names the remark by this many words at most
# A remark held by two named speakers is a misattribution when the words they share have this many
# content words: not "thank you", "we will see" or "a turning point", which many people say.
MISATTRIBUTION_MIN_WORDS = 3

Vector = dict[str, float]


def _norm(v: Vector) -> float:
    return math.sqrt(sum(map(mul, v.values(), v.values())))


def _cosine(a: Vector, b: Vector, na: float | None = None, nb: float | None = None) -> float:
    """Cosine similarity; pass the norms when they are known."""
    if len(a) > len(b):
        a, b, na, nb = b, a, nb, na
    dot = sum([w * b[k] for k, w in a.items() if k in b])
    if not dot:
        return 0.0
    return dot / ((na or _norm(a)) * (nb or _norm(b)))


def _add(into: Vector, v: Vector) -> None:
    for k, w in v.items():
        into[k] = into.get(k, 0.0) + w


class _Group:
    """Mentions of one fact while it is being built, with their summed context."""

    __slots__ = ("beside", "hedged", "kind", "marks", "members", "names", "norm", "others",
                 "outcomes", "own", "speakers", "unnamed", "vector")

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.members: list[Found] = []
        self.vector: Vector = {}
        self.norm = 0.0
        self.speakers: set[str] = set()
        self.marks: frozenset[str] = frozenset()  # its members' (distinct.py): no opposed ones join
        # The values its hedged members allow (see _excludes), one per interval.
        self.hedged: list[tuple[float, float]] = []
        self.outcomes: frozenset[str] = frozenset()  # its counts' (Found.outcome)
        self.unnamed = False  # whether a member is someone described, not named (Found.unnamed)
        # Of its members told beside other figures (_Beside): their sentences' words, summed; the
        # words after them, what they are of; the words after the figures beside them.
        self.beside: Vector = {}
        self.own: frozenset[str] = frozenset()
        self.others: frozenset[str] = frozenset()
        self.names: frozenset[str] = frozenset()

    def add(self, f: Found, v: Vector) -> None:
        self.members.append(f)
        if f.unnamed:
            self.unnamed = True
        if f.outcome:
            self.outcomes |= {f.outcome}
        if f.qualifier and (f.low, f.high) not in self.hedged:
            self.hedged.append((f.low, f.high))
        if v:
            _add(self.vector, v)
            self.norm = _norm(self.vector)
        if f.speaker:
            self.speakers.add(f.speaker)
        if f.marks:
            self.marks |= f.marks

    def told(self, beside: _Beside | None) -> None:
        """Take in what a member's sentence tells of it beside the other figures there."""
        if beside is not None:
            _add(self.beside, beside.words)
            self.own |= beside.own
            self.others |= beside.others
            self.names |= beside.names

    def take(self, other: _Group) -> None:
        """Take in the members of another group of its value (_merge_groups)."""
        self.members.extend(other.members)
        _add(self.vector, other.vector)
        self.marks |= other.marks
        self.hedged += [h for h in other.hedged if h not in self.hedged]
        self.outcomes |= other.outcomes
        _add(self.beside, other.beside)
        self.own |= other.own
        self.others |= other.others
        self.names |= other.names


def _group_key(f: Found) -> tuple:
    """What must be equal for two mentions to state the same value: dates ignore a missing year,
    and a part of a month or year ("early January", "late 2024"), a hedge like a figure's (two
    parts that cannot overlap stay apart: _excludes)."""
    k = f.key
    if f.kind == "date":
        if k[0] == "day":
            return (k[0],) + k[2:]
        if k[0] == "month":
            return (k[0], k[2])
        if k[0] == "year":
            return k[:2]
    if f.kind == "time":
        return moment_key(k)  # "16:40 UTC+1" and "15:40 GMT": one moment
    if f.moment == "left":
        # ("with 12 seconds left" and "lasted 12 seconds": two things; "23 minutes into the first
        # half" and "after 23 minutes" one)
        return k + ("moment",)
    return k


def _excludes(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    """Whether hedged readings of one value (``_Group.hedged``) exclude each other, so that no
    source holding one supports the other: "more than 300" and "nearly 300", "early January" and
    "late January". ("about 300" goes with either; a value without a hedge with any.)"""
    return any(high_a < low_b or high_b < low_a for low_a, high_a in a for low_b, high_b in b)


_FEW_GROUPS = 8  # (at most CANDIDATES_PER_KEY)


class _Bucket:
    """The groups of one value, findable by their context words."""

    __slots__ = ("groups", "index")

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.index: dict[str, list[int]] = defaultdict(list)  # key -> group numbers

    def candidates(self, v: Vector) -> list[int]:
        """Groups sharing a context word with ``v`` (the latest few per word), oldest first."""
        if len(self.groups) <= _FEW_GROUPS:  # the index holds exactly each group's keys: ask them
            return [i for i, g in enumerate(self.groups) if not g.vector.keys().isdisjoint(v)]
        seen: set[int] = set()
        for k in v:
            seen.update(self.index.get(k, ())[-CANDIDATES_PER_KEY:])
        return sorted(seen)

    def add(self, number: int, v: Vector) -> None:
        group = self.groups[number]
        for k in v:
            if k not in group.vector:
                self.index[k].append(number)


def _group_similarity(group_key: tuple) -> float:
    """How similar contexts must be for mentions of one value to be one fact."""
    return DATE_GROUP_SIMILARITY if group_key[0] in _CALENDAR_DATES else GROUP_SIMILARITY


def _set_apart_yearless(found: list[Found]) -> None:
    """A date told without its year ("5 March") where sources give it with two years ("5 March
    2026", "5 March 2025") supports neither: it gets a year mark of its own, so that it joins
    no group of a year (which one it joined depended on the sources' order); where one year is
    told, it joins that one as before."""
    years: dict[tuple, set[str]] = defaultdict(set)
    for f in found:
        if f.kind == "date" and (marked := {m for m in f.marks if m.startswith(YEAR)}):
            years[_group_key(f)] |= marked
    if not any(len(y) > 1 for y in years.values()):
        return
    for f in found:
        if (f.kind == "date" and len(years.get(_group_key(f), ())) > 1
                and not any(m.startswith(YEAR) for m in f.marks)):
            f.marks = f.marks | {YEAR + "unknown"}


# Kinds of figure told in pairs ("10% of the control group and 7% of the diet group"), whose
# contexts split one sentence's words between them: their sentences are compared whole (_Beside).
_PAIR_KINDS = frozenset({"percent"})
_OWN_WORDS = 4  # content words after a figure that say what it is of ("7% of the diet group")
# What starts those words: "of", "for", "among" right after the figure ("10% for women"); not a
# time or place ("9.6% in 2020", "31% this year").
_OF = re.compile(r"\s*(?:of|for|among|amongst)\s", re.IGNORECASE)
_OWN_STOP = re.compile(r"[,;:()\[\]—–]|\b(?:and|but|while|whereas|against|compared|versus|vs)\b",
                       re.IGNORECASE)
# A sentence that tells its figures of what the one before said ("That is 7% versus 10%.", "This
# works out at 30%"): its words are that sentence's too.
_BACK = re.compile(r"\s*(?:that|this|these|those|it)(?:['’]s|\s+(?:is|was|are|were|means?|meant|"
                   r"works?\s+out|comes?\s+to|equals?))\b", re.IGNORECASE)


class _Beside:
    """What one sentence tells of a figure told beside others: the sentence's words (its figures'
    contexts, summed), the words right after the figure that say what it is of ("of the control
    group") less those of the other figures, theirs less its own, and the names written in its
    part of the sentence ("and the Conservatives 24%"; not the sentence's first word,
    capitalised whatever it is)."""

    __slots__ = ("names", "others", "own", "words")

    def __init__(self, words: Vector, own: frozenset[str], others: frozenset[str],
                 names: frozenset[str]) -> None:
        self.words = words
        self.own = own
        self.others = others
        self.names = names


def _told_beside(figures: list[Found], vectors: dict[int, Vector], texts: list[str]
                 ) -> dict[int, _Beside]:
    """For each figure of _PAIR_KINDS told in a sentence with other figures (Found.mates), by
    id: what its sentence tells of it (_Beside)."""
    paired = [f for f in figures if f.kind in _PAIR_KINDS and len(f.mates) > 1]
    if not paired:
        return {}
    by_source: dict[int, list[Found]] = defaultdict(list)
    for f in figures:
        by_source[f.source_index].append(f)
    starts: dict[int, list[int]] = {}
    for index, told in by_source.items():
        told.sort(key=lambda f: f.start)
        starts[index] = [f.start for f in told]

    def within(index: int, lo: int, hi: int) -> list[Found]:
        return by_source[index][bisect_left(starts[index], lo):bisect_left(starts[index], hi)]

    out: dict[int, _Beside] = {}
    for f in paired:
        if id(f) in out:
            continue
        index, text = f.source_index, texts[f.source_index]
        lo, hi = _sentence(text, f.start, f.end)
        told = within(index, lo, hi)
        said: Vector = {}
        for g in told:
            _add(said, vectors[id(g)])
        if lo and text[lo - 1] != "\n" and _BACK.match(text, lo):
            for g in within(index, _sentence(text, lo - 1, lo - 1)[0], lo):
                _add(said, vectors[id(g)])
        own, names = [], []
        told = [g for g in told if g.kind not in WHEN_KINDS]  # (a date in its part is a name)
        for n, g in enumerate(told):
            # Its words: from its sentence's start, or from the first break after the figure
            # before it, to the first break after it ("Rain is 60% likely on Saturday and 30% on
            # Sunday": Saturday is the 60%'s, Sunday the 30%'s).
            before = text[told[n - 1].end if n else lo:g.start]
            if n and (stop := _OWN_STOP.search(before)):
                before = before[stop.end():]
            after = text[g.end:max(g.end, told[n + 1].start if n + 1 < len(told) else hi)]
            clause = after[:stop.start()] if (stop := _OWN_STOP.search(after)) else after
            names.append(frozenset(fold(w) for w in TOKEN.findall(before)[0 if n else 1:]
                                   + TOKEN.findall(clause) if w[0].isupper()))
            if not (of := _OF.match(after)):
                own.append(frozenset())
                continue
            own.append(_noun_run(after[of.end():]))
        for n, g in enumerate(told):
            if g.kind in _PAIR_KINDS and len(g.mates) > 1:
                others = frozenset().union(*(o for m, o in enumerate(own) if m != n))
                out[id(g)] = _Beside(said, own[n] - others, others - own[n], names[n])
    return out


def _noun_run(text: str) -> frozenset[str]:
    """The keys of the first run of content words of ``text`` ("the control group and",
    "first-serve points to Nadal's", "dieters had a heart attack"), _OWN_WORDS at most: what a
    figure is of, when ``text`` follows its "of"."""
    run: list[str] = []
    for w in words(text)[0]:
        if (k := key_of(w)) is None:
            if run:
                break
            continue
        run.append(k)
        if len(run) == _OWN_WORDS:
            break
    return frozenset(run)


def _told_as_a_pair(a: _Group, b: _Group) -> bool:
    """Whether two groups of one value are one fact for being told beside the same other value
    in sentences alike, which split their words between the two figures ("Heart attacks occurred
    in 10% of the control group and in 7% of the diet group" / "… occurred in 7 percent of the
    diet group, compared with 10 percent of those given standard advice"): not when what each is
    of, as written after it, is what the other's mate is of ("10% of men and 7% of women" / "7% of
    men and 10% of women"), nor beside a pair told of other things ("Jones won 52% to Smith's
    48%" / "Turnout was 52%, against 48% in 2019": nothing alike in their sentences)."""
    if not (a.beside and b.beside) or _mates(a.members).isdisjoint(_mates(b.members)):
        return False
    if _crossed(a, b) or (a.names and b.names and a.names.isdisjoint(b.names)):
        return False  # (not "Labour 34% and the Conservatives 24%" / "Labour 34%, Reform 24%")
    return _cosine(a.beside, b.beside) >= GROUP_SIMILARITY


def _crossed(a: _Group | _Beside, b: _Group | _Beside) -> bool:
    """Whether what one is of, as written after it, is what a figure beside the other is of,
    and nothing after both is the same: "10% of men and 7% of women" / "10% for women and 7% for
    men" (two facts, whatever else their sentences share)."""
    return bool(a.own & b.others or b.own & a.others) and not a.own & b.own


def _group_figures(found: list[Found], vectors: dict[int, Vector],
                   beside: dict[int, _Beside] | None = None) -> list[_Group]:
    """Mentions of one value join the group whose context is most like theirs, if like enough.
    ``beside``: what their sentences tell of figures told beside others (_told_beside)."""
    beside = beside or {}
    buckets: dict[tuple, _Bucket] = defaultdict(_Bucket)
    order: list[_Group] = []
    _set_apart_yearless(found)
    for f in found:
        v = vectors[id(f)]
        norm = _norm(v)
        key = _group_key(f)
        # (A figure in the words of someone unnamed, "a fan told us “…”", joins no other: it
        # supports no source's own figure. Found.unnamed)
        bucket = buckets[(key, f.unnamed)]
        best, best_sim = None, _group_similarity(key)
        told = beside.get(id(f))
        for number in bucket.candidates(v):
            group = bucket.groups[number]
            if opposed(f.marks, group.marks, _APART):
                continue  # 12% last year, 12% this year; a rise and a fall of 12%: two facts
            if told is not None and group.beside and _crossed(told, group):
                continue  # 10% of men, 10% of women
            if f.outcome and group.outcomes and f.outcome not in group.outcomes:
                continue  # 4 dead, 4 injured: two facts
            if f.qualifier and group.hedged and _excludes([(f.low, f.high)], group.hedged):
                continue
            sim = _cosine(v, group.vector, norm, group.norm)
            if sim >= best_sim and (best is None or sim > best_sim):
                best, best_sim = number, sim
        if best is None:
            best = len(bucket.groups)
            bucket.groups.append(_Group(f.kind))
            order.append(bucket.groups[best])
        bucket.add(best, v)
        bucket.groups[best].add(f, v)
        bucket.groups[best].told(told)
    merged: set[int] = set()
    for (key, _unnamed), bucket in buckets.items():
        groups = bucket.groups
        if 1 < len(groups) <= MERGE_LIMIT:
            merged.update(_merge_groups(groups, _group_similarity(key)))
    return [g for g in order if id(g) not in merged]


def _denials_joined(groups: list[_Group]) -> list[_Group]:
    """``groups`` but those that only denials mention (Found.negated): no source states their
    value, so they are no fact; each joins the group of its value it is most like, if as like as
    the mentions of one fact are (a mention of the value denied: "6:14 a.m., not 6:40 a.m." names
    the first reports' 6:40; the polls' "not 9 p.m." no party that began at 9 p.m.)."""
    denied = [g for g in groups if all(f.negated for f in g.members)]
    if not denied:
        return groups
    kept = [g for g in groups if not all(f.negated for f in g.members)]
    by_key: dict[tuple, list[_Group]] = defaultdict(list)
    for g in kept:
        by_key[_group_key(g.members[0])].append(g)
    group_of = {id(f): h for h in kept for f in h.members}
    for g in denied:
        key = _group_key(g.members[0])
        same = by_key.get(key)
        if same:
            # Its words, or its correction's fact's ("derailed at 6:14 a.m., not 6:40 a.m.": the
            # 6:14 told as the 6:40 was, "left the tracks"), as alike as one fact's mentions: the
            # polls' "8 p.m., not 9 p.m." names no party that began at 9 p.m.
            own = [g] + [group_of[id(f.corrects)] for f in g.members
                         if f.corrects is not None and id(f.corrects) in group_of]
            cosine, best = max(((max(_cosine(x.vector, h.vector) if x.vector and h.vector else 0.0
                                     for x in own), n) for n, h in enumerate(same)),
                               key=lambda x: x[0])
            if cosine >= _group_similarity(key):
                same[best].members.extend(g.members)  # (its words say nothing of the value: not added)
    return kept


def _merge_groups(groups: list[_Group], threshold: float) -> set[int]:
    """Merge groups whose summed contexts became similar once complete (greedy, order-stable).

    Returns the ids of the groups merged into an earlier one.
    """
    gone: set[int] = set()
    changed = True
    while changed:
        changed = False
        alive = [g for g in groups if id(g) not in gone]
        for x, a in enumerate(alive):
            for b in alive[x + 1:]:
                if (opposed(a.marks, b.marks, _APART) or _excludes(a.hedged, b.hedged)
                        or _other_outcomes(a.outcomes, b.outcomes)
                        or (a.beside and b.beside and _crossed(a, b))):
                    continue  # (two periods, stances, hedges, outcomes or groups: never one)
                if (sim := _cosine(a.vector, b.vector)) >= threshold or _loosely_one(a, b, sim):
                    a.take(b)
                    gone.add(id(b))
                    changed = True
                    break
            if changed:
                break
    return gone


# Past forms that name no event ("was held on Oct. 27", "met on Monday"): an event beside a
# date in such a form is the verb's, not a noun's.
_PAST_FORMS = wordset("held met took began came went said told made rose fell won lost hit "
                      "struck ran led set put saw left sent spoke broke")


def _event_nouns(members: list[Found]) -> set[str]:
    """The events named beside a group's dates, as nouns ("the Monday vote", "a conversation on
    Monday"; not "was held on Monday")."""
    out = set()
    for f in members:
        if f.event and not ((word := f.surfaces.get(f.event, f.event).lower()).endswith("ed")
                            or word in _PAST_FORMS):
            out.add(f.event)
    return out


def _loosely_one(a: _Group, b: _Group, sim: float) -> bool:
    """Whether two groups of one value, from sources that do not share one, are one fact though
    their contexts share little: a day or a weekday of one story ("a judge ruled on Monday",
    "shares fell on Monday", "held on Oct. 27" / "the runoffs on October 27"; not the day
    someone said something, "she announced Monday", nor the days of two events named beside
    them, "the Monday vote" / "the Monday conversation"), or a figure with a shared word ("who
    won 9.6% in 2020" / "with just 9.6% in 2020"), nothing beside either saying two things
    (periods, stances, an earlier value, another counted noun, periods beside that differ, a
    level against an amount of change).

    A figure told beside the same other figure in both ("60 firefighters … fought it for nine
    hours" / "burned for nine hours before some 60 firefighters"; "about 1,200 people …, roughly
    5%" / "about 1,200 workers, or 5%") is one fact even when its words differ and a source of
    one group is a source of the other too (a standfirst and a paragraph). Only a count or a
    length of time, which name what they measure, and only with a context word in common or
    two such other figures the same ("for nine hours" beside "60 firefighters from six
    departments"): a
    percentage beside another says nothing of what both are of ("Jones won 52% … to Smith's 48%"
    / "Turnout … was 52%, against 48% …"; "Revenue rose 8% and profit 12%" / "Shares fell 8% …
    cut 12% of its staff").

    ``sim``: the cosine of their vectors; the caller has found their marks not opposed."""
    first = a.members[0]
    shared_source = not {f.source_index for f in a.members}.isdisjoint(
        f.source_index for f in b.members)
    both = _mates(a.members) & _mates(b.members) if first.kind in _MATE_KINDS else frozenset()
    mates = len(both) > 1 or (len(both) == 1 and sim > 0) or _told_as_a_pair(a, b)
    if shared_source and not mates and not _told_again(a, b, sim):
        return False
    if first.kind in WHEN_KINDS:  # (calendar dates have their own low bar)
        events_a, events_b = _event_nouns(a.members), _event_nouns(b.members)
        # (A time of day is of many things, a day's hours: one word in common at least, or one
        # other figure told with it in both, "More than 40,000 fans were outside the ground at
        # 4.40pm" / "began at 4:40 p.m. …, as more than 40,000 fans tried to get into a stadium";
        # not "Polls opened at 7 a.m." / "Police arrested the suspect at 7 a.m.")
        one_day = ((first.kind == "time" and (sim >= LOOSE_GROUP_SIMILARITY
                                              or bool(_mates(a.members) & _mates(b.members))))
                   or first.key[0] == "weekday"
                   or (first.key[0] == "day" and first.key[3] == first.key[4]))
        return (one_day and _tenses(a.marks) == _tenses(b.marks)  # "will resume on Tuesday"
                and not any(f.said for f in a.members)
                and not any(f.said for f in b.members)
                and not (events_a and events_b and events_a.isdisjoint(events_b)))
    if _earlier(a.members) != _earlier(b.members):
        return False
    heads_a, heads_b = _heads(a.members), _heads(b.members)
    if _other_nouns(heads_a, heads_b) and not ((mates or _uncommon(a.members))
                                               and _people_and_persons(heads_a, heads_b)):
        # (people and workers beside one other figure, or as many of them as no round number
        # is: "1204 people" / "1,204 volunteers", the same persons)
        return False
    if _two_people(a.members, b.members):
        return False
    if _near_conflict([g for f in a.members for g in f.near], [g for f in b.members for g in f.near]):
        return False
    if opposed(a.marks, b.marks, (AMOUNT,)):
        return False  # "stood at 40%" / "would cut emissions by 40%": a level and a change
    if _other_outcomes(a.outcomes, b.outcomes):
        return False
    return mates or sim >= LOOSE_GROUP_SIMILARITY


# Kinds of figure that a source may tell twice in other words, one fact (see _told_again): those
# that name what they measure, a counted noun or a currency. (Not a percentage: "Revenue rose 12%"
# and "cut 12% of its staff" in one story are two things.)
_TOLD_AGAIN_KINDS = frozenset({"count", "money"})


def _told_again(a: _Group, b: _Group, sim: float) -> bool:
    """Whether the sources of one group all state the other group's value too, about what may be
    one thing: a headline and a paragraph ("Plans 1,200 Layoffs" / "would eliminate about 1,200
    jobs"), a paragraph and a later one ("revenue of US$4.2B" / "Quarterly revenue of 4.2 billion
    dollars is a record"). A count or a sum, with a context word in common, and no measures of two
    things by them ("revenue" / "profit"); the rest of _loosely_one's tests apply."""
    if a.kind not in _TOLD_AGAIN_KINDS or sim < LOOSE_GROUP_SIMILARITY:
        return False
    sources_a = {f.source_index for f in a.members}
    sources_b = {f.source_index for f in b.members}
    if not (sources_a <= sources_b or sources_b <= sources_a):
        return False
    close_a = frozenset().union(*(f.close for f in a.members))
    close_b = frozenset().union(*(f.close for f in b.members))
    return not measures_apart(close_a, a.vector.keys() | a.marks, close_b, b.vector.keys() | b.marks)


def _mates(members: list[Found]) -> frozenset[tuple]:
    """The values of the other figures told in the sentences of ``members`` (Found.mates, less
    the value the members share)."""
    return frozenset().union(*(f.mates for f in members)) - {members[0].key}


def _tenses(marks: frozenset[str]) -> frozenset[str]:
    return frozenset(m for m in marks if m.startswith(TENSE))


def _group_quotes(found: list[Found], texts: list[str]) -> tuple[list[_Group], list[list[_Group]]]:
    """Equal quotes are one fact; a quote of two or more words inside a longer one supports it
    (not one inside two longer ones that differ: see _holder), and so does one whose pieces
    between ellipses are each in it, in order. Also the misattributions: groups of one remark
    (equal words, or one's inside the other's) that two named speakers hold, each list with the
    groups of its quotes that no one is named for and that may be either's (_contested)."""
    groups, contests = _greedy_quotes(_sentences_quoted_apart(found, texts))
    return _contested(groups, contests, texts)


def _sentences_quoted_apart(found: list[Found], texts: list[str]) -> list[Found]:
    """``found`` with each quote of two sentences or more cut into its sentences when another
    source quotes one of them (of MIN_SHARED_WORDS words or more) as a quote of its own, or as a
    sentence of a quote cut so: one remark that one source gives whole and another in two quotes
    is compared sentence by sentence, so a source that changes one sentence misquotes it and
    supports the other, and one that quotes a sentence supports that sentence, not the sentences
    it leaves out. (A quote joined from parts, whose words do not stand as one run in its source,
    is left whole.)"""
    pieces: dict[int, list[tuple[int, int, str]]] = {}
    for f in found:
        if ((". " in f.value or "? " in f.value or "! " in f.value)
                and texts[f.source_index][f.start:f.end] == f.value
                and len(spans := quote_sentences(f.value)) > 1):
            pieces[id(f)] = [(s, e, quote_norm(f.value[s:e])) for s, e in spans]
    if not pieces:
        return found
    sources: dict[str, set[int]] = defaultdict(set)
    for f in found:
        sources[f.norm].add(f.source_index)
    cut: set[int] = set()
    while True:  # (a quote cut makes its sentences quotes of their own: others may cut in turn)
        more = [f for f in found if id(f) in pieces and id(f) not in cut
                and any(len(norm.split()) >= MIN_SHARED_WORDS
                        and sources.get(norm, {f.source_index}) - {f.source_index}
                        for _s, _e, norm in pieces[id(f)])]
        if not more:
            break
        for f in more:
            cut.add(id(f))
            for _s, _e, norm in pieces[id(f)]:
                sources[norm].add(f.source_index)
    if not cut:
        return found
    out: list[Found] = []
    for f in found:
        if id(f) in cut:
            out += [replace(f, start=f.start + s, end=f.start + e, value=f.value[s:e],
                            norm=norm, key=("quote", norm), context=dict(f.context))
                    for s, e, norm in pieces[id(f)] if norm]
        else:
            out.append(f)
    return out


def _greedy_quotes(found: list[Found]) -> tuple[list[_Group], list[tuple[_Group, _Group]]]:
    """_group_quotes's groups, longest quote first, with the pairs of groups of one remark whose
    named speakers differ (the longer one's group first)."""
    by_length = sorted(found, key=lambda f: (-len(f.norm), f.source, f.start))
    groups: list[_Group] = []
    exact: dict[str, list[_Group]] = defaultdict(list)
    # Each group is findable by the word 2-grams of its longest quote.
    grams: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    canonical: dict[int, str] = {}
    contests: list[tuple[_Group, _Group]] = []
    # Each named speaker's groups, for a word they quote alone ("temporary"), which has no pairs.
    spoken: dict[str, list[_Group]] = defaultdict(list)
    by_source: dict[int, list[Found]] = defaultdict(list)  # each source's quotes
    for f in found:
        by_source[f.source_index].append(f)
    for f in by_length:
        target = None
        same = exact.get(f.norm, ())
        for g in same:
            if _speakers_agree(g, f):
                target = g
                break
        words_ = f.norm.split()
        pieces = _pieces(f)
        pairs = [pair for piece in pieces for pair in pairwise(piece.split())]
        named = f.speaker is not None and not f.unnamed
        postings: list[_Group] | tuple = ()
        if pairs and (target is None or named):
            # A longer quote holding this one holds each of its word pairs: look at the rarest.
            postings = min((grams.get(pair, ()) for pair in pairs), key=len)[:CONTAINMENT_SCAN]
        if target is None and not pairs and named and f.norm:
            # One word of a named speaker's quoted alone: in a quote of theirs, it supports it
            # ("the squeeze was “temporary”" of “temporary, not structural”); one no one is
            # named for is no part of anyone's remark (a word in scare quotes).
            postings = spoken[f.speaker][:CONTAINMENT_SCAN]
        if target is None and postings:
            holders = [g for g in postings if _speakers_agree(g, f) and _holds(canonical[id(g)], pieces)]
            target = _holder(holders, canonical)
            if target is not None and _misquoted_beside(f, target, canonical[id(target)],
                                                        by_source.get(f.source_index, ())):
                target = None  # (its source changes another part: no support of the remark)
        if target is None:
            target = _Group("quote")
            groups.append(target)
            canonical[id(target)] = f.norm
            seen = set()
            for pair in pairwise(words_):
                if pair not in seen:
                    seen.add(pair)
                    grams[pair].append(target)
            exact[f.norm].append(target)
        if named and f.speaker not in target.speakers:
            spoken[f.speaker].append(target)
        target.add(f, {})
        if named:
            # A named speaker's quote that another named speaker's longer (or equal) one holds.
            rivals = [g for g in dict.fromkeys([*same, *postings])
                      if g is not target and g.speakers and f.speaker not in g.speakers
                      and not g.unnamed
                      and all(map(_named_by_surname, g.speakers))
                      and (g in same or _holds(canonical[id(g)], pieces))]
            if (rivals and _named_by_surname(f.speaker)
                    and len(content_words(f.value)) >= MISATTRIBUTION_MIN_WORDS):
                contests += [(g, target) for g in rivals]
    return groups, contests


def _misquoted_beside(f: Found, g: _Group, longer: str, found: Iterable[Found]) -> bool:
    """Whether the source of ``f`` (a part of the remark ``longer``, the longest quote of ``g``)
    quotes another part of that remark with its meaning changed, in a quote of its own (of
    ``found``, the source's quotes) that ``g``'s speaker may have said: “We will raise taxes”
    beside “we will cut waste” of “We will not raise taxes, and we will cut waste”. Its part is
    then no support of the remark, which it misquotes (_quote_links finds the misquote)."""
    words_ = set(longer.split())
    padded = f" {longer} "
    for q in found:
        if (q is f or not q.norm or f" {q.norm} " in padded or not _speakers_agree(g, q)
                or len(words_.intersection(q.norm.split())) < MIN_SHARED_WORDS):
            continue
        if meaning_change(longer, q.value) is not None:
            return True
    return False


def _named_by_surname(speaker: str) -> bool:
    """Whether a speaker is a person, named by surname ("Doe"), rather than a body named in full
    ("Department of Health", "Downing Street"): a remark a minister's department or office puts
    out is theirs too, and no misattribution."""
    return " " not in speaker


def _contested(groups: list[_Group], contests: list[tuple[_Group, _Group]], texts: list[str]
               ) -> tuple[list[_Group], list[list[_Group]]]:
    """``groups`` with the quotes that no one is named for taken out of the groups of a remark
    that two named speakers hold, where they may be either's; and those groups, each remark's,
    with the quotes taken out (grouped alike). Not the remark of one speaker that the other
    quotes, when a source says so in the sentence of a quote ("As Doe said, “…”", "Reyes,
    echoing Doe, said “…”"). A quote no one is named for stays with (or goes to) a speaker's
    group when its source names that speaker and none of the others in the paragraph before the
    quote or the quote's own, up to the end of its sentence ("Doe said she had visited wards.
    “We have listened…”"); else it may be either's, and is a fact of its own, in the conflict."""
    links = _Links(len(groups))
    index = {id(g): n for n, g in enumerate(groups)}
    memo: dict[tuple[int, str], bool] = {}
    for a, b in {(id(a), id(b)): (a, b) for a, b in contests}.values():
        if not (_repeats(a, b.speakers, texts, memo) or _repeats(b, a.speakers, texts, memo)):
            links.union(index[id(a)], index[id(b)])
    families = [[groups[n] for n in family] for family in links.groups(range(len(groups)))]
    if not families:
        return groups, []
    out: list[list[_Group]] = []
    for family in families:
        speakers = sorted({s for g in family for s in g.speakers})
        longest = {id(g): max((m.norm for m in g.members), key=len) for g in family}
        loose: list[Found] = []
        moved: list[tuple[_Group, Found]] = []
        for g in family:
            kept = []
            for f in g.members:
                if f.speaker is not None or f.unnamed:
                    kept.append(f)
                    continue
                text = texts[f.source_index]
                start, end = _window_start(text, f.start), _sentence(text, f.start, f.end)[1]
                named = [s for s in speakers if _named(s, text, start, end)]
                if len(named) == 1 and named[0] in g.speakers:
                    kept.append(f)
                    continue
                home = next((h for h in family if len(named) == 1 and named[0] in h.speakers
                             and _holds(longest[id(h)], _pieces(f))), None)
                if home is not None:
                    moved.append((home, f))
                else:
                    loose.append(f)
            g.members = kept
            g.unnamed = any(m.unnamed for m in kept)
        for home, f in moved:
            home.add(f, {})
        apart = _greedy_quotes(loose)[0] if loose else []
        groups += apart
        out.append([g for g in family if g.members] + apart)
    return [g for g in groups if g.members], [family for family in out if len(family) > 1]


_SENTENCE_REACH = 400  # characters searched for a sentence's start (or end)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``start`` (a quote's start) begins and where the one holding
    ``end`` (its end) ends, as words.sentence_bounds reads them ("As Mr. Doe said" is one
    sentence), within their paragraphs and _SENTENCE_REACH."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _SENTENCE_REACH)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + _SENTENCE_REACH)
    bounds = sentence_bounds(text[lo:hi])
    first = max(s for s, _ in bounds if s <= start - lo)
    last = next((e for _, e in bounds if e > end - lo), hi - lo)
    return lo + first, lo + last


def _window_start(text: str, start: int) -> int:
    """The start of the paragraph before the one holding ``start`` (a quote's start): where a
    source says who speaks ("Doe said:", then the quote in a paragraph of its own)."""
    line = text.rfind("\n", 0, start)
    if line < 0:
        return 0
    before = text[:line].rstrip()
    previous = before.rfind("\n")
    return max(previous + 1, start - 2 * _SENTENCE_REACH)


def _named(speaker: str, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names ``speaker`` (as a whole word)."""
    return next(_word_places(speaker, text, start, end), None) is not None


def _word_places(word: str, text: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands in ``text[start:end]`` as a whole word (no letter, digit or "_"
    next to it there), found by ``str.find``: a pattern made for each name and call costs far
    more (see quotes._named_in_full)."""
    at = text.find(word, start, end)
    while at >= 0:
        stop = at + len(word)
        if ((at == start or not _word_char(text[at - 1]))
                and (stop == end or not _word_char(text[stop]))):
            yield at
        at = text.find(word, at + 1, end)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


# Words that say a speaker repeats another's words ("as Doe said", "echoing Doe", "quoting
# Doe", "in Doe's words", "Doe's line"), near that other's name in the sentence of the quote.
_REPEATING = re.compile(r"\b(?:echo\w*|quot\w*|repeat\w*|borrow\w*|cit(?:e|ed|es|ing)|"
                        r"paraphras\w*|recall\w*|words?|line|phrase|slogan|mantra)\b",
                        re.IGNORECASE)
_REPEATING_REACH = 30  # characters either side of the name searched for _REPEATING
_AS = re.compile(r"\bas\s+(?:\S+\s+){0,2}$", re.IGNORECASE)  # "as Doe", "as Ms Doe", "as Jane Doe"


def _repeats(g: _Group, speakers: set[str], texts: list[str], memo: dict[tuple[int, str], bool]
             ) -> bool:
    """Whether a quote of ``g`` says, in its sentence (the quote itself included), that it
    repeats the words of one of ``speakers``: "As Doe said, “…”", "Reyes, echoing Doe, said
    “…”", "“…,” Reyes said, quoting Doe"; not "“…,” Reyes said after a call with Doe".
    ``memo``: the answers so far, by group and speaker."""
    for s in speakers:
        key = (id(g), s)
        if key not in memo:
            memo[key] = any(_repeats_one(f, s, texts[f.source_index]) for f in g.members)
        if memo[key]:
            return True
    return False


def _repeats_one(f: Found, speaker: str, text: str) -> bool:
    """Whether the sentence of quote ``f`` says it repeats ``speaker``'s words (_repeats)."""
    if speaker not in text[max(0, f.start - _SENTENCE_REACH):f.end + _SENTENCE_REACH]:
        return False
    start, end = _sentence(text, f.start, f.end)
    for at in _word_places(speaker, text, start, end):
        near = text[max(start, at - _REPEATING_REACH):min(end, at + len(speaker) + _REPEATING_REACH)]
        if _REPEATING.search(near) or _AS.search(text, max(start, at - _REPEATING_REACH), at):
            return True
    return False


# An ellipsis in a quote, where words of the remark are left out ("seen ... we will", "[…]").
_ELLIPSIS = re.compile(r"\[?(?:…|\.\s?\.\s?\.)\]?")


def _pieces(f: Found) -> list[str]:
    """The quote's words (normalised) between its ellipses, each piece as said word for word."""
    if "…" not in f.value and ".." not in f.value and ". ." not in f.value:
        return [f.norm]
    return [p for piece in _ELLIPSIS.split(f.value) if (p := normalise_quote(piece))] or [f.norm]


def _holds(longer: str, pieces: list[str]) -> bool:
    """Whether a (normalised) quote holds the pieces, word for word, in order: a quote inside a
    longer one, or one with words left out at its ellipses."""
    text = f" {longer} "
    at = 0
    for piece in pieces:
        found = text.find(f" {piece} ", at)
        if found < 0:
            return False
        at = found + len(piece) + 1
    return True


def _holder(holders: list[_Group], canonical: dict[int, str]) -> _Group | None:
    """The group a part quote supports, of the groups whose longest quotes hold it (oldest
    first): the first, when each of them holds the next one's (one remark quoted at more and
    more length). Of two that differ beyond the part, like a remark and its misquote or its
    variant (“…has ever seen, and we will never forget…” / “…always forget…”), the one more
    sources quote than any other (the remark as most give it: the part says nothing against it);
    with as many for two of them, the part takes neither side, but joins a group of such a part
    that all of them hold, if there is one; else None, a fact of its own."""
    if len(holders) < 2:
        return holders[0] if holders else None
    padded = [f" {canonical[id(g)]} " for g in holders]
    if all(inner in outer for outer, inner in pairwise(padded)):
        return holders[0]
    shared = [g for g, p in zip(holders, padded, strict=True) if all(p in q for q in padded)]
    if shared:
        return shared[0]
    # (the holders that no other holds: the remarks as given, each with its part quotes)
    whole = [g for g, p in zip(holders, padded, strict=True)
             if not any(p in q and p != q for q in padded)]
    support = sorted(((len({m.source for m in g.members}), -n) for n, g in enumerate(whole)),
                     reverse=True)
    if len(support) == 1 or support[0][0] > support[1][0]:
        return whole[-support[0][1]]
    return None


def _speakers_agree(g: _Group, f: Found) -> bool:
    """Whether quote ``f`` may join group ``g``: the same speaker, or none named; but not someone
    described and unnamed ("a fan told us") with a named speaker, either way round: the same
    words from two people are two remarks, and the fan's no support of the named speaker's."""
    if f.unnamed:
        return not g.speakers
    if f.speaker is not None and g.unnamed:
        return False
    return f.speaker is None or g.speakers <= {f.speaker}


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str, limit: int = 40) -> str:
    slug = _NOT_SLUG.sub("-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "x"


def _top_keys(vector: Vector, n: int) -> list[str]:
    return [k for k, _w in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _surface(keys: list[str], members: list[Found], texts: list[str]) -> str:
    """Keys as the words the mentions used most ("drop" for reductions, drops and falls), as
    their sources write them (accents kept: "mobilisés"; ``texts``: the sources' texts)."""
    def best(key: str) -> str:
        forms = Counter([s for f in members if (s := f.surfaces.get(key)) is not None])
        if not forms:
            return key
        word = min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
        for f in members:
            written = accented_words(texts[f.source_index]).get(word, word)
            if written is None:  # (written more ways than one: as near the mention)
                written = _written_near(word, f, texts[f.source_index])
            if written != word:
                return written
        return word

    return " ".join(best(k) for k in keys)


# Names of HTML entities ("&amp;", "&nbsp;") and of a line break tag ("<br>"): debris of markup
# left in a text, never what a figure is about.
_ENTITY_NAMES = frozenset({"amp", "nbsp", "br", "quot", "apos", "lt", "gt", "mdash", "ndash",
                           "hellip", "rsquo", "lsquo", "rdquo", "ldquo"})


def _written_near(word: str, f: Found, text: str) -> str:
    """A folded word as ``text`` writes it nearest mention ``f``, in lower case."""
    lo, hi = max(0, f.start - _WRITTEN_NEAR * 3), min(len(text), f.end + _WRITTEN_NEAR * 3)
    best = (len(text), word)
    for m in TOKEN.finditer(unicodedata.normalize("NFC", text[lo:hi])):
        for part, a, b in word_parts(m.group()):
            if part == word:
                at = lo + m.start() + a
                distance = at - f.end if at >= f.end else f.start - (lo + m.start() + b)
                written = m.group()[a:b].lower().removesuffix("’s").removesuffix("'s")
                best = min(best, (abs(distance), written))
    return best[1]


def _about(vector: Vector, members: list[Found], texts: list[str], n: int = 3) -> str:
    """The context words most mentions share, weighted by nearness and rarity."""
    coverage = Counter(chain.from_iterable(f.context for f in members))
    debris = _debris(members)
    score = {k: w * coverage[k] / len(members) for k, w in vector.items() if k not in debris}
    return _surface(_top_keys(score, n), members, texts)


def _debris(members: list[Found]) -> frozenset[str] | set[str]:
    """The context keys that are names of HTML entities as the mentions wrote them (or are such
    names themselves): built once per fact, not searched again for each of its words."""
    written = {k for f in members for k, s in f.surfaces.items() if s in _ENTITY_NAMES}
    return _ENTITY_NAMES | written if written else _ENTITY_NAMES


_WRITTEN_NEAR = 80  # characters either side of a figure searched for its head as written


def _head_as_written(f: Found, text: str) -> None:
    """Give a count's head its form in the text ("ambulances", not the key "ambulanc"): the
    nearest word to the figure whose key it is, when the extractor kept only the key."""
    if not f.head or f.surfaces.get(f.head, f.head) != f.head:
        return
    lo, hi = max(0, f.start - _WRITTEN_NEAR), min(len(text), f.end + _WRITTEN_NEAR)
    best = None
    for m in TOKEN.finditer(text, lo, hi):
        # (by its parts, as a compound's head is: "non-citizens", "pompiers" of "sapeurs-pompiers")
        for part, a, b in word_parts(m.group()):
            if key_of(part) == f.head:
                distance = m.start() - f.end if m.start() >= f.end else f.start - m.end()
                if best is None or distance < best[0]:
                    best = (distance, fold(m.group()[a:b]))
    if best is not None:
        f.surfaces[f.head] = best[1]


def hedge_wording(readings: Iterable[tuple[str | None, str]], holders: int) -> str:
    """How the sources that state a fact hedge it, from its mentions' (qualifier, source) and how
    many sources hold it: '“about” in 2 of 5', the word alone ('late') when every one of them
    does, '' when none does. The fact's ``qualifier``, as the CLI, the exports and the reader
    show it."""
    by_word: dict[str, set[str]] = {}
    for word, source in readings:
        if word:
            by_word.setdefault(word, set()).add(source)
    if not by_word:
        return ""
    if len(by_word) == 1 and len(next(iter(by_word.values()))) == holders:
        return next(iter(by_word))
    return ", ".join(f"“{word}” in {len(held)}" for word, held in by_word.items()) + \
        f" of {holders}"


def _qualifier(members: list[Found], n_sources: int) -> str | None:
    return hedge_wording(((f.qualifier, f.source) for f in members), n_sources) or None


def _date_value(members: list[Found]) -> str:
    """A dated value wins over the same day without a year ("2026-01-23" over "January 23")."""
    with_year = [f for f in members if f.key[0] in ("day", "month") and f.key[1] is not None]
    return (with_year or members)[0].value


def _build_fact(g: _Group, texts: list[str]) -> tuple[Fact, Vector]:
    """``texts``: the sources' texts by source index (ids need not be unique)."""
    members = sorted(g.members, key=lambda f: (f.source_index, f.start))
    if g.kind != "quote":
        for f in members:
            _head_as_written(f, texts[f.source_index])
    # (A source that only denies the value mentions it, but is no support of it: Found.negated.)
    sources = tuple(dict.fromkeys(f.source for f in members if not f.negated))
    mentions = tuple([Mention(f.source, texts[f.source_index][f.start:f.end], f.start, f.end,
                              f.paragraph, f.value, f.qualifier, f.speaker, f.negated) for f in members])
    if g.kind == "quote":
        longest = max(members, key=lambda f: (len(f.norm), -f.source_index, -f.start))
        value = longest.value
        speakers = Counter(f.speaker for f in members if f.speaker)
        speaker = speakers.most_common(1)[0][0] if speakers else None
        content = content_words(value)
        about = " ".join(as_written(content[:6], value))
        vector: Vector = dict.fromkeys(map(key_of, content), 1.0)  # (its keys: _variants)
        qualifier = None
    else:
        value = _date_value(members) if g.kind == "date" else members[0].value
        speaker = None
        vector = g.vector
        # (a name is about its surname)
        about = g.members[0].key[1] if g.kind == "name" else _about(vector, members, texts)
        qualifier = _qualifier(members, len(sources))
    fact = Fact(id="", kind=g.kind, value=value, qualifier=qualifier, about=about,
                speaker=speaker, sources=sources, support=len(sources), mentions=mentions)
    return fact, vector


def _fact_id(fact: Fact) -> str:
    if fact.kind == "quote":
        digest = hashlib.blake2s(fact.value.lower().encode(), digest_size=3).hexdigest()
        return f"quote-{_slug(fact.value, 32)}-{digest}"
    about = _slug(fold(" ".join(fact.about.split()[:2])), 24)  # (ids in ASCII: "mobilises")
    return f"{fact.kind}-{_slug(fact.value, 24)}-{about}"


def _readings(members: list[Found]) -> list[Found]:
    """One mention per distinct reading (value, bounds, exactness) of a fact, first seen first."""
    return list({(f.key, f.low, f.high, f.exact): f for f in members}.values())


def _compatible(a: list[Found], b: list[Found]) -> bool:
    """Whether some reading of fact a and some reading of fact b can both be true (readings as
    ``_readings`` gives them)."""
    for fa in a:
        for fb in b:
            if fa.kind == "date":
                if not dates_conflict(fa, fb):
                    return True
            elif fa.kind == "time":
                if not times_conflict(fa, fb):
                    return True
            elif fa.kind == "vote":
                if fa.key == fb.key:  # ("5-4" and "6-3": two splits; no hedge widens one)
                    return True
            elif fa.exact and fb.exact:
                if (fa.low, fa.high) == (fb.low, fb.high) or _rounds(fa.value, fb.value, fa.kind):
                    return True
            elif not (fa.high < fb.low or fb.high < fa.low):
                return True
    return False


def _clash(a: _Side, b: _Side) -> bool:
    """Whether some reading of fact a and some reading of fact b cannot both be true: the
    sources holding them contradict each other, whatever other readings allow (one source's
    exact 12 against another's 14, though a third's "at least 12" allows 14). One value told with
    and without a hedge ("40%" / "more than 40%") is one figure, as grouping makes it, no clash.
    One amount told as a rise by one and a fall by the other clashes too ("profit fell 12%" /
    "rose 12%")."""
    return (any((not _compatible([fa], [fb]) and not _hedged_alike(fa, fb)) or _other_bound(fa, fb)
                for fa in a.readings for fb in b.readings)
            or _turned(a, b))


# Hedges that make a figure a bound: a cap ("up to", "less than": as many as, at most, no more
# than, under, ...) or a floor ("at least", "more than": over, upwards of, no fewer than, ...).
# Two sources giving one limit two values disagree, whichever words of its class they use ("fines
# of up to £18 million" / "as much as £20 million", "at least 28 days" / "more than 21 days"),
# though the values they allow overlap; a cap and a floor do not, unless their values exclude each
# other (_compatible).
_BOUND_CLASS = {"up to": "cap", "less than": "cap", "at least": "floor", "more than": "floor"}
# Two bounds of one class this close are near values, as "about" ones are ("more than 3,400" /
# "more than 3,500": one limit rounded two ways), no clash: their difference at most this share of
# the larger ("up to £18 million" / "up to £20 million" differ by a tenth: a clash).
_NEAR_BOUNDS = 0.05


def _bound_value(f: Found) -> float:
    """The value a bound states: a floor's lowest, a cap's highest allowed."""
    return f.low if _BOUND_CLASS[f.qualifier] == "floor" else f.high


def _near_bounds(a: Found, b: Found) -> bool:
    """Whether two bounds of one class state values within _NEAR_BOUNDS of each other."""
    va, vb = _bound_value(a), _bound_value(b)
    return abs(va - vb) <= _NEAR_BOUNDS * max(abs(va), abs(vb))


def _one_bound_class(a: Found, b: Found) -> bool:
    """Whether two readings are both caps or both floors (not of a date or time)."""
    ca = _BOUND_CLASS.get(a.qualifier)
    return ca is not None and ca == _BOUND_CLASS.get(b.qualifier) and a.kind not in WHEN_KINDS


def _other_bound(a: Found, b: Found) -> bool:
    """Whether two readings are one class of bound (_BOUND_CLASS) with two values not near."""
    return _one_bound_class(a, b) and a.key != b.key and not _near_bounds(a, b)


def _hedged_alike(a: Found, b: Found) -> bool:
    """Whether two readings are one figure told once with a hedge and once without."""
    return a.kind != "date" and a.key == b.key and (a.qualifier is None or b.qualifier is None)


_ONE_NUMBER = re.compile(r"(\D*?)(\d+(?:\.(\d+))?)(\D*)")


# A whole number rounds a finer value only this close to it (relative to the finer): "52%" is
# "52.2%" rounded, "4%" is not "4.4%" nor "3.8%", "5%" not "4.5%".
WHOLE_ROUNDING_TOLERANCE = Decimal("0.005")
_SCALE_WORD = re.compile(r"[^\W\d_]")


def _rounds(a: str, b: str, kind: str = "") -> bool:
    """Whether one value, given with fewer decimals, is the other rounded: "5.2%" and "5.24%",
    "1.2" and "1.24" (same unit); a whole number only within WHOLE_ROUNDING_TOLERANCE of the
    finer value ("52%" and "52.2%"; not "5%" and "5.4%", "4%" and "3.8%"); never money with a
    scale word ("$1 billion" is not "$1.4 billion", "$1.2 billion" not "$1.24 billion")."""
    ma, mb = _ONE_NUMBER.fullmatch(a), _ONE_NUMBER.fullmatch(b)
    if ma is None or mb is None or (ma[1], ma[4]) != (mb[1], mb[4]):
        return False
    if kind == "money" and _SCALE_WORD.search(ma[4]):
        return False
    places_a, places_b = len(ma[3] or ""), len(mb[3] or "")
    if places_a == places_b:
        return False
    coarse, fine = (ma, mb) if places_a < places_b else (mb, ma)
    step = Decimal(1).scaleb(-len(coarse[3] or ""))
    fine_value, coarse_value = Decimal(fine[2]), Decimal(coarse[2])
    if fine_value.quantize(step, rounding=ROUND_HALF_UP) != coarse_value:
        return False
    return bool(coarse[3]) or abs(coarse_value - fine_value) <= WHOLE_ROUNDING_TOLERANCE * fine_value


def _own(f: Found) -> bool:
    """Whether a mention states its figure as its source's own: neither disputed (Found.disputed)
    nor negated."""
    return f.disputed is None and not f.negated


class _Side:
    """What the conflict test asks of one fact, computed once rather than once per pair: the
    cheap parts at once, what only a pair that passed them needs (readings, close words, marks,
    the periods beside it) when it is first asked for."""

    __slots__ = ("_balanced", "_by_source", "_close", "_marks", "_mates", "_near", "_readings", "acts", "asserting", "deaths", "earlier", "events",
                 "first", "heads", "keys", "members", "moment", "names", "outcomes", "part", "sources", "unnamed", "update",
                 "updated", "vague", "vector", "who")

    def __init__(self, fact: Fact, vector: Vector, members: list[Found]) -> None:
        self.members = members
        self.sources = frozenset(fact.sources)
        # Said in the words of someone unnamed (Found.unnamed; its group holds no other figure)
        self.unnamed = members[0].unnamed
        self.names = (frozenset().union(*(f.names for f in members)) if fact.kind in WHEN_KINDS
                      else frozenset())
        # The sources that state it as their own figure (not only to dispute it: Found.disputed)
        self.asserting = frozenset(f.source for f in members if _own(f))
        self.first = members[0].key
        self.heads = _heads(members)
        self.outcomes = frozenset(f.outcome for f in members if f.outcome)
        self.part = all(f.part for f in members)  # (some of a group, in every mention: Found.part)
        self.deaths = any(_death_count(f) for f in members)
        self.events = frozenset(f.event for f in members if f.event)
        self.vague = any(f.key[1] for f in members) if fact.kind == "count" else False
        self.earlier = _earlier(members)
        # "left" ("with 12 seconds left"), "into" ("23 minutes into the half", with "after 23
        # minutes" perhaps) or None (Found.moment)
        self.moment = max((f.moment for f in members if f.moment), default=None)
        self.acts = frozenset().union(*(f.acts for f in members))  # (a moment's: Found.acts)
        self.who = frozenset().union(*(f.who for f in members))  # (Found.who)
        # "rose to 312 on Friday": a day of an update, no date in dispute
        self.update = any(f.updated is not None for f in members)
        self.updated: frozenset[int] = frozenset()  # the facts of the figures it dates (_Thing)
        self.keys = set(vector)
        self.vector = vector
        self._mates: frozenset | None = None
        self._by_source: list[Vector] | None = None
        self._balanced: Vector | None = None
        self._readings: list[Found] | None = None
        self._close: frozenset[str] | None = None
        self._marks: frozenset[str] | None = None
        self._near: list[Found] | None = None

    @property
    def readings(self) -> list[Found]:
        if self._readings is None:
            self._readings = _readings(self.members)
        return self._readings

    @property
    def by_source(self) -> list[Vector]:
        """Its vector's share of each source, in source order: each word's weight split as the
        sources' mentions hold it (the vector sums its mentions' context weights times one
        weight per word)."""
        if self._by_source is None:
            total: dict[str, float] = defaultdict(float)
            of: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
            for f in self.members:
                for k, w in f.context.items():
                    total[k] += w
                    of[f.source_index][k] += w
            self._by_source = [{k: self.vector[k] * w / total[k] for k, w in sorted(held.items())
                                if w and k in self.vector}
                               for _s, held in sorted(of.items())]
        return self._by_source

    @property
    def balanced(self) -> Vector:
        """Its vector with each source weighing as one mention: a source's share divided by its
        mentions (a blog that repeats "after the 3,000-gallon spill" 79 times would make the
        fact's context its sentence alone); the vector itself when no source repeats it."""
        if self._balanced is None:
            mentions = Counter(f.source_index for f in self.members)
            if max(mentions.values()) == 1:
                self._balanced = self.vector
            else:
                balanced: Vector = {}
                for index, share in zip(sorted(mentions), self.by_source, strict=True):
                    _add(balanced, {k: w / mentions[index] for k, w in share.items()})
                self._balanced = balanced
        return self._balanced

    @property
    def mates(self) -> frozenset:
        """The values of the other figures told in its mentions' sentences (Found.mates)."""
        if self._mates is None:
            self._mates = _mates(self.members) - {f.key for f in self.members}
        return self._mates

    @property
    def close(self) -> frozenset[str]:
        """Its mentions' close words and marks (distinct.py)."""
        if self._close is None:
            self._close = frozenset().union(*(f.close for f in self.members))
        return self._close

    @property
    def marks(self) -> frozenset[str]:
        if self._marks is None:
            self._marks = frozenset().union(*(f.marks for f in self.members))
        return self._marks

    @property
    def context(self) -> set[str]:
        """Its context words, marks included (ordinals are stopwords: no context holds them)."""
        return self.keys | self.marks

    @property
    def near(self) -> list[Found]:
        """The periods beside its mentions (the figures beside them, for a period), one per
        reading."""
        if self._near is None:
            self._near = _readings([g for f in self.members for g in f.near])
        return self._near

    @property
    def source_indices(self) -> set[int]:
        """The sources that state it as their own (see ``asserting``), by index."""
        return {f.source_index for f in self.members if _own(f)}


def _heads(members: list[Found]) -> frozenset[str]:
    """The nouns its mentions count ("12 people": people); "lives" lost are deaths."""
    return frozenset(_DEATH if f.head == _LIVES and _death_count(f) else f.head
                     for f in members if f.head)


def _death_count(f: Found) -> bool:
    """Whether a mention counts deaths: its outcome, or its head ("31 dead", "31 fatalities",
    "the death toll ... 31", "31 lives lost"), says so; not a vague count ("dozens")."""
    if f.kind != "count" or f.key[1] or f.outcome not in (None, _DEATHS):
        return False
    return (f.outcome == _DEATHS or f.head == _DEATH
            or (f.head == _LIVES and _LOST in f.context))


def _mark_tolls(found: list[Found], texts: list[str]) -> None:
    """Mark the counts told as the new value of a rise (Found.risen) and the death counts a
    source disputes (Found.disputed); give lives lost their outcome, deaths."""
    for f in found:
        if f.kind == "count" and f.head == _LIVES and f.outcome is None and _death_count(f):
            f.outcome = _DEATHS  # "14 lives were lost": what befell them, as "14 died" says
        if f.kind == "count" and _RISEN_TO.search(texts[f.source_index],
                                                  max(0, f.start - _RISE_REACH), f.start):
            f.risen = True
    _mark_disputed(found, texts)
    _mark_negated(found, texts)


# The direction of a change a figure is the amount of: "fell 12%", "down 3.1%", "rose by 12 per
# cent", "an increase of about 12%", "a 12 per cent fall", "cut rates by 25 basis points". Its mark
# ("dir:up", "dir:down") keeps a rise and a fall of one amount apart, two facts, and makes them a
# contradiction when they are about one thing ("profit fell 12%" / "profit rose 12%"). A level
# ("fell 12% to $610m", "rose to 4.5%": "amount:level") has no direction: two sources may give one
# level reached from two starting points ("inflation fell to 3.8%" from last month's, "rose to
# 3.8%" from a year ago's).
# Words of change right before a figure (or its hedge), "fell 12%", "up 3.1%", "rose by 12%"; verbs
# with an object before "by", "cut rates by 25 basis points"; nouns of change before "of", "an
# increase of 12%" and after the figure, "a 12% fall", "12 per cent lower".
_UP_WORDS = wordset("rose risen rise rises rising up increased increase increases increasing grew "
                    "grown grow grows growing gained gain gains climbed climb climbs jumped jump "
                    "jumps surged surge surges soared soar soars higher widened advanced rallied")
_DOWN_WORDS = wordset("fell fallen fall falls falling down dropped drop drops dropping declined "
                      "decline declines declining decreased decrease decreases slumped slump slumps "
                      "slid slide slides slipped slip slips sank sink sinks plunged plunge plunges "
                      "tumbled tumble tumbles lower lost shed shrank shrunk shrink shrinks narrowed "
                      "eased dipped dip dips")
_UP_BY = wordset("raised raise raises lifted lift lifts boosted boost boosts hiked increased increase "
                 "increases")
_DOWN_BY = wordset("cut cuts reduced reduce reduces lowered lower lowers slashed slash slashes "
                   "trimmed trim trims")
_UP_NOUNS = wordset("rise rises increase increases gain gains jump growth climb higher")
_DOWN_NOUNS = wordset("fall falls drop drops decline declines decrease cut reduction slump lower")
_HEDGE_WORDS = wordset("about around roughly some nearly almost just over under another")
_HEDGE_PAIRS = {("more", "than"), ("less", "than"), ("a", "further")}
_BY_OBJECT = 3  # words between a verb and its "by" ("cut its key rate by")
_PUNCTUATION = ".,;:()[]\"“”‘’'"
_CHANGE_KEYS = frozenset({key_of("rise"), key_of("fall")})  # (words.SYNONYMS: every rise, every fall)
_DIRECTION_REACH = 60  # characters before a figure searched for words of change
_DIRECTION_KINDS = frozenset({"percent", "money", "count", "measure"})


def _direction_before(words_: list[str]) -> str | None:
    """The direction the words before a figure give it (the last word right before it)."""
    while words_:
        if words_[-1] in _HEDGE_WORDS:
            words_.pop()
        elif tuple(words_[-2:]) in _HEDGE_PAIRS:
            del words_[-2:]
        else:
            break
    if not words_:
        return None
    last = words_.pop()
    if last == "of" and words_:
        last = words_[-1]
        return "up" if last in _UP_NOUNS else "down" if last in _DOWN_NOUNS else None
    if last == "by" and words_:
        if words_[-1] in _UP_WORDS or words_[-1] in _DOWN_WORDS:
            last = words_[-1]
        else:
            for word in reversed(words_[-1 - _BY_OBJECT:]):
                if word in _UP_BY or word in _DOWN_BY:
                    return "up" if word in _UP_BY else "down"
            return None
    return "up" if last in _UP_WORDS else "down" if last in _DOWN_WORDS else None


def _direction(f: Found, text: str) -> str | None:
    """"up" or "down": the change a figure is the amount of, as the words right before or after it
    say; None when they say none, or both."""
    if f.kind == "percent" and told_as_halving(text, f.start, f.end):
        return "down"  # "the diet halves the risk": a fall of 50%
    said = set()
    before = text[max(0, f.start - _DIRECTION_REACH):f.start]
    if before[-1:].isspace() and (direction := _direction_before(
            [w.strip(_PUNCTUATION) for w in before.lower().split()[-2 - _BY_OBJECT - 3:]])):
        said.add(direction)
    after = text[f.end:f.end + 30].lower().split()[:4]
    if text[f.end:f.end + 1].isspace() and after:
        if after[0] in ("year-on-year", "y/y"):
            del after[0]
        elif after[:3] == ["year", "on", "year"]:
            del after[:3]
        if after:
            word = after[0].rstrip(_PUNCTUATION)
            if word in _UP_NOUNS:
                said.add("up")
            elif word in _DOWN_NOUNS:
                said.add("down")
    return said.pop() if len(said) == 1 else None


_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# After a percent, the group it is the share or rate of: "0.9% in the diet group", "10% of the
# control arm", "7% of participants" (a level, which no change of a rate contradicts: "the diet
# halves the risk", "cut the risk by 50%").
# The mark of such a level (not one that parts mentions of a value: "7% of the diet group" and
# "from 10% to 7%" are one figure).
_GROUP_RATE = "rate:group"
_CHANGE = REACH + "by"
_OF_A_GROUP = re.compile(r"[^\S\n]+(?:in|of|among)[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+|those[^\S\n]+)?"
                         r"(?:[\w-]+[^\S\n]+){0,2}(?:groups?|arms?|cohorts?|samples?|participants|patients"
                         r"|volunteers|subjects|respondents)\b", re.IGNORECASE)


def _mark_directions(found: list[Found], texts: list[str]) -> None:
    """Mark the figures told as the amount of a rise or a fall (DIRECTION), not a level, and the
    levels a change reached and the amounts of a change (REACH), so that "rose 12%" and "rose to
    12%", "cut by 4.5%" and "cut to 4.5%" are two facts."""
    for f in found:
        if f.kind not in _DIRECTION_KINDS or f.earlier:
            continue
        text = texts[f.source_index]
        if AMOUNT + "level" in f.marks:
            if _TO_BEFORE.search(text, max(0, f.start - 4), f.start):
                f.marks = f.marks | {REACH + "to"}
            continue
        direction = _direction(f, text)
        if direction is not None:
            f.marks = f.marks | {DIRECTION + direction}
        if direction is not None or AMOUNT + "change" in f.marks:
            f.marks = f.marks | {REACH + "by"}
        elif f.kind == "percent" and _OF_A_GROUP.match(text, f.end):
            f.marks = f.marks | {_GROUP_RATE}  # "0.9% in the diet group": a level of a group


def _change_and_rate(a: _Side, b: _Side) -> bool:
    """Whether fact a is a change ("cut the risk by 50%") and fact b a group's rate told as no
    change ("0.9% in the diet group"): two things."""
    return _CHANGE in a.marks and _GROUP_RATE in b.marks and _CHANGE not in b.marks


def _turned(a: _Side, b: _Side) -> bool:
    """Whether two facts are amounts of changes of opposite directions ("fell 12%" / "rose 12%")."""
    return opposed(a.marks, b.marks, (DIRECTION,))


def _mark_negated(found: list[Found], texts: list[str]) -> None:
    """Mark the values their sources deny (Found.negated): "derailed at 6:14 a.m., not 6:40 a.m."
    holds 6:40 only to say it is wrong. Not a hedged value ("not more than 300" is at most 300),
    nor a word between the denial and the value ("not until 6 p.m.", "did not reach 12%"), nor one
    that corrects no value of its kind told right before it in its sentence: "not 10 minutes after
    the rally began", "not 100% certain" say "less than", "not quite". So is the first value after
    words that say it was given wrongly ("an earlier version incorrectly said ... at 6:40 a.m.")."""
    last: dict[tuple[int, str], Found] = {}
    ends: dict[int, int] = {}  # by source, where its last value ends
    for f in sorted((f for f in found if f.kind != "quote"), key=lambda f: (f.source_index, f.start)):
        text = texts[f.source_index]
        before = last.get((f.source_index, f.kind))
        if (f.qualifier is None and before is not None and 0 <= f.start - before.end <= _CORRECTED_REACH
                and (denial := _DENIED.search(text, max(before.end, f.start - _DENIAL_REACH), f.start))
                and not SENTENCE_BREAK.search(text, before.end, denial.start())):
            f.negated, f.corrects = True, before
        elif (f.qualifier is None and (wrong := _WRONGLY.search(
                text, max(0, f.start - _WRONGLY_REACH, ends.get(f.source_index, 0)), f.start))
              and not SENTENCE_BREAK.search(text, wrong.end(), f.start)):
            f.negated = True  # (the first value after the words only: "... at 6:40 a.m. on Saturday")
        ends[f.source_index] = f.end
        if not f.negated:
            last[(f.source_index, f.kind)] = f


def _mark_disputed(found: list[Found], texts: list[str]) -> None:
    """Mark the death counts a source states only to dispute them (Found.disputed, the count it
    gives instead): of two
    different death counts in one sentence, the first, when the words between set the second
    against it as the real one or someone's word for it ("The authorities admit 31 dead, but
    sources ... tell me 41 people have died"). Not an earlier value ("rose to 31 from 27"), a
    count of another outcome, or another event's ("but a second crash killed 5")."""
    deaths: dict[int, list[Found]] = defaultdict(list)
    for f in found:
        if _death_count(f) and not f.earlier:
            deaths[f.source_index].append(f)
    for index, counts in deaths.items():
        text = texts[index]
        counts.sort(key=lambda f: f.start)
        for x, y in pairwise(counts):
            between = text[x.end:y.start]
            if (0 <= len(between) <= _DISPUTE_REACH and not SENTENCE_BREAK.search(between)
                    and (against := _AGAINST.search(between)) is not None
                    and _CLAIMED.search(between, against.end())
                    and not _OTHER_EVENT.search(between) and not _compatible([x], [y])):
                x.disputed = y


def _earlier(members: list[Found]) -> bool:
    """Whether every mention is an earlier value ("from 4.2%")."""
    return all(f.earlier for f in members)


def _other_nouns(heads_a: frozenset[str], heads_b: frozenset[str]) -> bool:
    """Whether two facts count other nouns: "12 people" and "14 hospitals"."""
    return bool(heads_a and heads_b) and heads_a.isdisjoint(heads_b)


# A count of persons at least this large and not a multiple of ten is told of one group of them
# (_uncommon): two groups of 1,204 persons in one story are not a likely chance.
_UNCOMMON_COUNT = 100


def _uncommon(members: list[Found]) -> bool:
    """Whether a group's count is exact and as uncommon as a count of one set of persons
    ("1,204 participants", not "about 1,200", "300" or "14")."""
    f = members[0]
    return (f.kind == "count" and f.low == f.high and f.low >= _UNCOMMON_COUNT and f.low % 10 != 0
            and not any(m.qualifier for m in members))


def _people_and_persons(heads_a: frozenset[str], heads_b: frozenset[str]) -> bool:
    """Whether one fact counts "people" and the other persons of a kind ("1,200 people" /
    "1,200 workers"): other nouns that may count the same persons."""
    return ((_PEOPLE in heads_a and heads_b <= PERSON_KEYS)
            or (_PEOPLE in heads_b and heads_a <= PERSON_KEYS))


def _part_of(heads_a: frozenset[str], heads_b: frozenset[str]) -> bool:
    """Whether a fact that counts no noun, or "people", may count more than ``heads_b``, all of
    them persons of a kind: "23 were injured" / "Two firefighters were injured" tell no dispute
    (not "27 injuries" / "27 people")."""
    return heads_a <= {_PEOPLE} and bool(heads_b) and _PEOPLE not in heads_b and heads_b <= PERSON_KEYS


def _other_outcomes(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two facts count people of other outcomes: "4 people died" and "27 people were
    injured" (Found.outcome)."""
    return bool(a and b) and a.isdisjoint(b)


def _as_people(heads: frozenset[str]) -> frozenset[str]:
    """A death count's heads, the dead ("31 dead", "31 fatalities") counted as people."""
    return frozenset(_PEOPLE if h == _DEATH else h for h in heads)


def _comparable(kind: str, a: _Side, b: _Side) -> bool:
    """Whether two facts of one kind from disjoint sources can contradict each other at all."""
    if kind == "date" and (a.update or b.update):
        # The day a figure was updated is the figure's, not a date in dispute, unless the two
        # date one figure: "the toll rose to 312 on Friday" / "rose to 312 on Saturday".
        return a.update and b.update and not a.updated.isdisjoint(b.updated)
    if kind in ("percent", "money", "measure", "ratio") and a.first[1] != b.first[1]:
        return False  # percent against percentage points; different currencies or dimensions
    if a.moment != b.moment:
        return False  # "with 12 seconds left" / "the break lasted 40 seconds": two things
    if kind == "vote" and not _one_body(a.first, b.first):
        return False  # "52-48" (a senate) / "215-207" (a house): two votes
    if kind == "count":
        heads_a, heads_b = a.heads, b.heads
        if a.deaths and b.deaths:
            # "31 dead" / "41 people have died": the dead are people
            heads_a, heads_b = _as_people(heads_a), _as_people(heads_b)
        if _other_nouns(heads_a, heads_b) or _other_outcomes(a.outcomes, b.outcomes):
            return False
        if _part_of(heads_a, heads_b) or _part_of(heads_b, heads_a):
            return False  # "23 were injured" / "Two firefighters were injured": some of them
        if a.vague or b.vague:
            return False  # "hundreds" contradicts nothing
        if a.part != b.part:
            return False  # "two of the victims" / "the seven victims": some of them
    return True


_SINCE = TENSE + "past"  # (a year's only after "since": distinct.month_tense)


def _since(a: _Side) -> bool:
    """Whether a year is where a span up to now starts ("since 2019"), in every mention: no year
    of an event, which a year in a span ("in 2024") cannot contradict."""
    return all(_SINCE in f.marks for f in a.members)


# Two votes of one body on one question cast about as many votes: "5-4" and "6-3" (nine
# judges), "5-4" and "6-2" (one abstained); not "52-48" and "215-207".
VOTE_BODY_RATIO = 1.5


def _one_body(a: tuple, b: tuple) -> bool:
    """Whether two votes' keys (("vote", larger, smaller)) may be of one body: their totals
    within VOTE_BODY_RATIO of each other."""
    small, large = sorted((a[1] + a[2], b[1] + b[2]))
    return large <= small * VOTE_BODY_RATIO


def _two_people(a: list[Found], b: list[Found]) -> bool:
    """Whether the ages of two facts are of two people named alike ("John Smith" / "Mary Smith"):
    both name their person, and neither name is the other or ends with it."""
    persons_a = {f.person for f in a if f.person}
    persons_b = {f.person for f in b if f.person}
    return bool(persons_a and persons_b) and not same_person(persons_a, persons_b)


def _measures_like(f: Found, a: _Side) -> bool:
    """Whether a mention measures as fact ``a`` does (unit or currency, counted noun)."""
    if f.kind in ("percent", "money", "measure", "ratio"):
        return f.key[1] == a.first[1]
    if f.kind == "count":
        return not f.key[1] and (f.head is None or not a.heads or f.head in a.heads)
    return True


def _near_conflict(near_a: list[Found], near_b: list[Found]) -> bool:
    """Whether the periods beside two figures disagree, every one with every one measured alike:
    "12% in 2024" and "15% in 2025" are two years' figures, not a contradiction; and so the
    figures beside two periods: their years are none either. (Days and weekdays have no such
    neighbours: "killed 12 on Monday" and "killed 15 on Tuesday" contradict each other, and so do
    their days; see extract._PERIOD_DATES.)"""
    pairs = [(x, y) for x in near_a for y in near_b if _same_measure(x, y)]
    return bool(pairs) and not any(_compatible([x], [y]) for x, y in pairs)


def _same_measure(x: Found, y: Found) -> bool:
    """Whether two readings of one kind measure alike (unit, currency, counted noun)."""
    if x.kind != y.kind:
        return False
    if x.kind in ("percent", "money", "measure", "ratio"):
        return x.key[1] == y.key[1]
    if x.kind == "count":
        return not (x.key[1] or y.key[1]) and (x.head is None or y.head is None or x.head == y.head)
    return True


class _Links:
    """Union-find over fact indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self, members: Iterable[int]) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in sorted(members):
            out[self.find(i)].append(i)
        return [g for g in out.values() if len(g) > 1]


def _candidate_pairs(vectors: list[Vector], indices: list[int], keys_per: int,
                     sides: dict[int, _Side] | None = None) -> set[tuple[int, int]]:
    """Pairs of facts sharing one of their top words, or, for calendar dates, one of the top
    words of one of their sources (``sides``): a date's group gathers sentences that share
    little (DATE_GROUP_SIMILARITY), so the top words of its sum may be no source's. (Not other
    kinds: in a generated corpus of 1,000 articles, pairs of percentages proposed so joined
    their conflicts otherwise, 28 groups became 17.)"""
    index: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        keys = set(_top_keys(vectors[i], keys_per))
        if (sides is not None and len(sides[i].sources) > 1
                and sides[i].first[0] in _CALENDAR_DATES):
            for v in sides[i].by_source[:PER_SOURCE_LIMIT]:
                keys.update(_top_keys(v, keys_per))
        for k in keys:
            index[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > CANDIDATE_KEY_LIMIT:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def _shared_about(vectors: list[Vector], ids: list[int], members: list[list[Found]],
                  about: list[str], texts: list[str]) -> str:
    total: Vector = {}
    shared = set(vectors[ids[0]])
    for i in ids:
        _add(total, vectors[i])
        shared &= set(vectors[i])
    keys = [k for k in _top_keys(total, 8) if k in shared][:3]
    return _surface(keys, [f for i in ids for f in members[i]], texts) if keys else about[ids[0]]


class _Thing:
    """What a conflict asks of two facts of one kind: are they about the same thing, and do they
    contradict each other (what it needs of each fact computed once, the first answer cached)."""

    def __init__(self, facts: list[Fact], vectors: list[Vector], members: list[list[Found]]) -> None:
        self.vectors = vectors
        self.sides = {i: _Side(f, vectors[i], members[i]) for i, f in enumerate(facts)
                      if f.kind != "quote"}
        fact_of = {id(m): i for i, side in self.sides.items() for m in side.members}
        for side in self.sides.values():
            if side.update:
                side.updated = frozenset(fact_of[id(m.updated)] for m in side.members
                                         if m.updated is not None and id(m.updated) in fact_of)
        self.norm2 = {i: sum(w * w for w in vectors[i].values()) for i in self.sides}
        self.kind = {i: f.kind for i, f in enumerate(facts)}
        self.cache: dict[tuple[int, int], bool] = {}
        self.beside: dict[int, dict[str, list[tuple[int, Found]]]] | None = None
        self.times_of: dict[tuple[int, str | None], list[int]] | None = None  # (_timeline_apart)
        self.closest_times: dict[tuple[int, int, str | None], list[tuple[float, int]]] = {}

    def different(self, i: int, j: int) -> bool:
        """Whether facts i and j are about different things: measures that cannot compare, or
        look-alike sentences with something by their figures known to tell two things apart
        (see distinct.py); a differing word not known to do so (a synonym, a place named at
        another level of detail) leaves them one thing. A source that states both of two
        values that cannot both be true says they are two things ("$1 billion in punitive
        damages and $200 million in compensatory damages"), and an earlier value ("from 4.2%")
        is another thing than a current one."""
        key = (i, j) if i < j else (j, i)
        known = self.cache.get(key)
        if known is None:
            a, b = self.sides[i], self.sides[j]
            known = self.cache[key] = (
                not _comparable(self.kind[i], a, b)
                or a.earlier != b.earlier
                or self._since_apart(i, j)
                or self.both_told(i, j)
                or marks_apart(a.marks, b.marks)
                or (self.kind[i] == "percent" and (_change_and_rate(a, b) or _change_and_rate(b, a)))
                or measures_apart(a.close, a.context, b.close, b.context)
                or _near_conflict(a.near, b.near)
                or self._used_apart(i, j) or self._used_apart(j, i)
                or (a.moment is not None and (a.acts.isdisjoint(b.acts)
                                              or (a.who and b.who and a.who.isdisjoint(b.who))))
                or ((self.kind[i] == "time" or a.moment is not None)
                    and (self._timeline_apart(i, j) or self._timeline_apart(j, i))))
        return known

    def _since_apart(self, i: int, j: int) -> bool:
        """Whether a year a span up to now starts ("since 2019") and a year of an event ("in
        2024") are of two things: the span counts or ranks what happened in it ("the third
        serious incident since 2019", "the first time since", "the worst since"), or the two sentences are unlike
        (below SINCE_SIMILARITY). A state and its start stay one thing: "closed since 2019" /
        "closed in 2017" contradict."""
        a, b = self.sides[i], self.sides[j]
        if self.kind[i] != "date" or not (a.first[0] == b.first[0] == "year") or _since(a) == _since(b):
            return False
        since = a if _since(a) else b
        return (any(mark.startswith(ORDINAL) or _SUPERLATIVE.fullmatch(mark) for mark in since.close)
                or self._cosine(i, j) < SINCE_SIMILARITY)

    def both_told(self, i: int, j: int) -> bool:
        """Whether one source states both facts, whose values cannot both be true."""
        a, b = self.sides[i], self.sides[j]
        return not a.asserting.isdisjoint(b.asserting) and not _compatible(a.readings, b.readings)

    def _used_apart(self, i: int, j: int) -> bool:
        """Whether a close word of fact i that fact j's mentions lack is one a source of j uses
        beside another figure of its own, like fact i's: that source tells the two things apart
        ("prices rose 7%, while wages rose 4%" against "wages rose 6%": the 6% is about wages,
        the 7% not). Fact j must have a close word of its own too; a figure that has one and
        lacks one of fact i's is about a third thing, and says nothing ("the quake injured 1,000
        people" beside "the earthquake killed 200 people"); nor does a figure whose value may be
        fact j's ("U.S. forces ... in early January" beside "an operation on January 3": one
        event, told twice)."""
        a, b = self.sides[i], self.sides[j]
        words_ = a.close - b.close
        if not words_ or b.close <= a.context:
            return False
        beside = self._beside()
        context_a = a.context
        for source in b.source_indices:
            by_word = beside.get(source, {})
            for word in words_:
                for k, f in by_word.get(word, ()):
                    if (k != j and self.kind[k] == self.kind[i] and _measures_like(f, a)
                            and not each_has_its_own(a.close, context_a, f.close,
                                                     f.context.keys() | f.marks)
                            and not _compatible([f], b.readings)):
                        return True
        return False

    def _timeline_apart(self, i: int, j: int) -> bool:
        """Whether a source of time i gives another time whose context is more like time j's
        than time i's is: a source that gives several times (a timeline: "At 16:40 a blast hit
        the square. At 16:55 police arrived.") tells its events apart, and time j ("police
        arrived at 17:05") is the rival of the one of its event, not of the others."""
        if self.times_of is None:
            self.times_of = defaultdict(list)
            for k, side in self.sides.items():
                if self.kind[k] == "time" or side.moment is not None:
                    for index in side.source_indices:
                        self.times_of[(index, side.moment)].append(k)
        # (So with moments of a game, of one kind: "with 12 seconds left" and "3 seconds to go".)
        to_i = self._cosine(i, j)
        moment = self.sides[i].moment
        for index in self.sides[i].source_indices:
            key = (j, index, moment)
            closest = self.closest_times.get(key)
            if closest is None:  # the source's three times most like j (i and j leave one)
                closest = self.closest_times[key] = heapq.nlargest(
                    3, ((self._cosine(k, j), k) for k in self.times_of.get((index, moment), ())))
            if any(cos > to_i for cos, k in closest if k != i and k != j):
                return True
        return False

    def _cosine(self, i: int, j: int) -> float:
        return _cosine(self.vectors[i], self.vectors[j], math.sqrt(self.norm2[i]) or None,
                       math.sqrt(self.norm2[j]) or None)

    def _beside(self) -> dict[int, dict[str, list[tuple[int, Found]]]]:
        """By source index, by close word: the figures (fact, mention) that word is beside;
        built when first needed."""
        if self.beside is None:
            self.beside = defaultdict(lambda: defaultdict(list))
            for i, side in self.sides.items():
                for f in side.members:
                    if not _own(f):
                        continue  # (not its source's own figure: it tells nothing apart)
                    for word in f.close:
                        self.beside[f.source_index][word].append((i, f))
        return self.beside

    def near(self, i: int, j: int) -> bool:
        """Whether facts i and j are one thing told with other values that a hedge allows both
        ("About 3,400 families" / "About 3,500 families"): no conflict, yet worth showing
        together. As ``contradict`` tells one thing, with ``_within_hedge`` for the values."""
        return self.contradict(i, j, _within_hedge)

    def contradict(self, i: int, j: int,
                   values: Callable[[_Side, _Side], bool] = _clash) -> bool:
        """Whether facts i and j contradict each other: from disjoint sources, with values that
        cannot both be true (``values``: their values' test, ``_clash`` unless near() asks),
        in contexts alike enough, about the same thing."""
        a, b = self.sides[i], self.sides[j]
        if not a.asserting.isdisjoint(b.asserting) or not _comparable(self.kind[i], a, b):
            return False
        if a.unnamed != b.unnamed:
            return False  # a fan's figure against a source's own: no contradiction of the source
        # The counted noun is required to match (_comparable); what else the sentences share
        # decides, so it is left out of the similarity. So is the event named beside a date
        # that the other's context lacks: weighed up to keep one event's days together, it would
        # part "the summit opened on March 3" and "began on March 4" (an event known to be
        # another, "closed", tells them apart: distinct.py).
        if self.kind[i] in WHEN_KINDS and _other_names(a.names, b.names):
            return False  # "beat the Bulls on March 3" / "beat the Knicks on March 5": two games
        if self.kind[i] == "age" and not a.heads.isdisjoint(b.heads):
            # One person named right before both ages ("Hale, 67," / "Robert Hale, a
            # 68-year-old"): whatever else the sentences say; two people of one surname ("John
            # Smith, 45," / "Mary Smith, 38,") never.
            if _two_people(a.members, b.members):
                return False
            return values(a, b) and not self.different(i, j)
        # A count of deaths ("the toll was 12", "killing 12") counts the event itself: its head
        # is one of the words the two sentences share, not only what they count.
        both_heads = (a.heads | b.heads) - _EVENT_HEADS
        if a.deaths and b.deaths:
            both_heads |= {_LIVES}  # ("14 lives were lost": what it counts, as "people" is)
        if self.kind[i] in WHEN_KINDS:
            both_heads |= _DAY_PARTS
        if _turned(a, b):
            both_heads |= _CHANGE_KEYS  # ("fell" / "rose": what differs, not what they are of)
        threshold = (OUTCOME_CONFLICT_SIMILARITY if not a.outcomes.isdisjoint(b.outcomes)
                     else CONFLICT_SIMILARITY)
        # Alike as wholes, or one source of one alike with one source of the other: a fact's
        # vector sums the words of all its sources, and a second source that agrees with one
        # side must not hide the contradiction the two sides show alone (QA: "March 3" in two
        # sources against "March 4" in one, each pair alike, the sums not).
        if self.kind[i] == "count" and (_rose_past(a, b) or _rose_past(b, a)):
            return False
        if _disputes(a, b) or _disputes(b, a):
            # One source tells them one thing: it gives one as the real value of the other
            return values(a, b) and not self.different(i, j)
        if self.kind[i] == "money" and _set_beside_one_sum(a, b):
            return values(a, b) and not self.different(i, j)
        least = (1 if self.kind[i] in ("count", "measure") and _one_measure(a, b)
                 else CONFLICT_MIN_SHARED)
        if least > 1 and any(mate[0] != self.kind[i] for mate in a.mates.intersection(b.mates)):
            # Each told beside one same figure of another kind ("revenue of $4.2bn and will cut
            # 1,200 jobs" / "... and will cut 1,150 jobs"): that figure bounds their contexts, and
            # is a word in common of its own. (Not one of their kind: "Three people were killed and
            # 12 injured" / "Five ... and 12 injured" is a list any such story has.)
            least -= 1
        # The wholes, and, when a source repeats a fact, the wholes with each source weighing as
        # one mention (QA: a blog's 79 "3,000-gallon spill" made the 3,000 gallons' context its
        # sentence, and the 4,000 gallons of another source no longer conflicted).
        wholes = [(self.vectors[i], self.vectors[j], (self.norm2[i], self.norm2[j]))]
        if a.balanced is not a.vector or b.balanced is not b.vector:
            wholes.append((a.balanced, b.balanced, None))
        if not any(_alike(x, y, both_heads, a.events, b.events, threshold * NEAR_MISS, norms, least)
                   for x, y, norms in wholes):
            return False
        if not (any(_alike(x, y, both_heads, a.events, b.events, threshold, norms, least)
                    for x, y, norms in wholes)
                or any(_alike(x, y, both_heads, a.events, b.events, threshold, None, least)
                       for x, y in _source_pairs(a, b))):
            return False
        return values(a, b) and not self.different(i, j)


def _other_names(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Whether two dates' sentences name others in one role (Found.names): a name of one, in a
    role where the other names one the first never names, and neither name in the other's
    sentences at all ("the Hawks beat the Bulls" / "the Hawks beat the Knicks"; "Labour held
    Hartley Vale" / "Labour held Brookmere"): two events. ("Sheinbaum spoke with Trump" /
    "Trump spoke with Sheinbaum" name both: one.)"""
    if not a or not b:
        return False
    # (By word: "Mayor Tom Bradley" and "Tom Bradley" are one name.)
    words_a = {w for _r, n in a for w in n.split()}
    words_b = {w for _r, n in b for w in n.split()}
    return any(r and r == q and words_b.isdisjoint(n.split()) and words_a.isdisjoint(m.split())
               for r, n in a for q, m in b)


def _one_measure(a: _Side, b: _Side) -> bool:
    """Whether two counts measure one thing in one unit: the same unit of measure (UNIT_KEYS; two
    measures are of one dimension, as _comparable has them), and the same one close word each, a
    word of both contexts ("the spill was 5,000 gallons" / "Officials said the spill was 3,000
    gallons", "the seizure was 50 kilos" / "the seizure was 30 kilos")."""
    return ((a.first[0] == "measure"
             or (len(a.heads) == 1 and a.heads == b.heads and a.heads <= UNIT_KEYS))
            and len(a.close) == 1 and a.close == b.close and a.close <= (a.keys & b.keys))


def _set_beside_one_sum(a: _Side, b: _Side) -> bool:
    """Whether two sums are each told beside one same sum of their currency, as the one other sum
    of that currency in their sentences, with a close word of one in the other's context: "Revenue
    ... rose 12% year on year to $4.2 billion, above the $4.05 billion analysts had expected" /
    "Revenue of $4.4bn was ahead of the $4.05bn analysts expected". The sum they are set beside
    says what both are (there a forecast, and what beat it), though the figures between cut their
    contexts short. Not an earlier value ("up from $15.1bn"), which may be of any earlier time."""
    for fa in a.members:
        if fa.earlier or not fa.mates:
            continue
        currency = fa.key[1]
        sums_a = _other_sums(fa, currency)
        for fb in b.members:
            if fb.earlier or not fb.mates:
                continue
            sums_b = _other_sums(fb, currency)
            shared = sums_a & sums_b
            if (shared and sums_a - shared == {fa.key} and sums_b - shared == {fb.key}
                    and _one_sum_named(fa, fb)):
                return True
    return False


# What a sum measures, in a company's or a government's accounts: a word of these by one sum (a
# close word) and in the other's context names what both are.
_SUM_MEASURES = frozenset(k for w in ("revenue", "revenues", "sales", "turnover", "profit", "profits",
                                      "earnings", "income", "loss", "losses", "costs", "cost",
                                      "spending", "debt", "deficit", "budget", "dividend", "price",
                                      "value", "valuation", "fine", "bill", "wages", "pay")
                          if (k := key_of(w)) is not None)


def _one_sum_named(fa: Found, fb: Found) -> bool:
    """Whether two mentions of sums name one measure (_SUM_MEASURES): a word of one by one of them
    that the other's context holds, and none by either that the other's context lacks."""
    named_a, named_b = fa.close & _SUM_MEASURES, fb.close & _SUM_MEASURES
    return (bool(named_a & fb.context.keys() or named_b & fa.context.keys())
            and named_a <= fb.context.keys() and named_b <= fa.context.keys())


def _other_sums(f: Found, currency: str) -> set[tuple]:
    """The sums of one currency in a mention's sentence, its own among them (Found.mates)."""
    return {m for m in f.mates if m[0] == "money" and m[1] == currency}


def _rose_past(a: _Side, b: _Side) -> bool:
    """Whether fact ``a`` is a count told as risen to its value ("the toll rose to 14") and fact
    ``b`` a lower one not so told: the value it rose from, told by a source of an earlier hour
    ("Twelve people died"), no contradiction. (Two rises to two values, "rose to 14" / "rose to
    25", are left to the rest of the test, as they were.)"""
    return (all(f.risen for f in a.members) and not any(f.risen for f in b.members)
            and max(f.high for f in b.members) < min(f.low for f in a.members))


def _disputes(a: _Side, b: _Side) -> bool:
    """Whether a source disputes a mention of fact ``a`` with one of fact ``b`` (Found.disputed)."""
    if not any(f.disputed is not None for f in a.members):
        return False
    of_b = {id(f) for f in b.members}
    return any(f.disputed is not None and id(f.disputed) in of_b for f in a.members)


# Sources compared one by one only for facts whose wholes are nearly alike (this share of the bar).
NEAR_MISS = 0.75
# A "since" year and an "in" year are of one thing only in sentences at least this alike
# (_Thing._since_apart): "the dam has been closed since 2019" / "the dam was closed in 2017"
SINCE_SIMILARITY = 0.5
_SUPERLATIVE = re.compile(r"worst|best|most|least|(?:high|low|larg|bigg|deadli|strong|long|great|heavi"
                          r"|hott|cold|wett|dri|warm|fast|slow|small|few|lat|short)est")  # ("the worst flooding since 2019")
# Per-source vectors compared, at most this many per side (the first sources, in corpus order).
PER_SOURCE_LIMIT = 12


def _source_pairs(a: _Side, b: _Side) -> Iterable[tuple[Vector, Vector]]:
    """(one source's vector of a, one source's of b) for each pair of sources, when either side
    has more than one (with one each, the wholes were compared already)."""
    if len(a.sources) == 1 and len(b.sources) == 1:
        return
    for x in a.by_source[:PER_SOURCE_LIMIT]:
        for y in b.by_source[:PER_SOURCE_LIMIT]:
            yield x, y


def _alike(vi: Vector, vj: Vector, heads: frozenset[str], events_a: frozenset[str],
           events_b: frozenset[str], threshold: float,
           norms2: tuple[float, float] | None = None, min_shared: int = CONFLICT_MIN_SHARED) -> bool:
    """Whether two facts' contexts (or one source's of each) are alike enough for a conflict:
    ``min_shared`` words in common besides the counted nouns, and a cosine of at least
    ``threshold`` with those nouns and an event named beside one only left out. ``norms2``: the
    vectors' squared norms, when known."""
    shared = vi.keys() & vj.keys()
    if heads:
        shared -= heads
    if len(shared) < min_shared:
        return False
    left_out = heads | (events_a - vj.keys()) | (events_b - vi.keys())
    # Sums in sorted order: set order changes with the hash seed, float sums with order.
    dot = sum(vi[k] * vj[k] for k in sorted(shared))
    ni2, nj2 = norms2 or (sum(w * w for w in vi.values()), sum(w * w for w in vj.values()))
    ni = ni2 - sum(vi[h] ** 2 for h in sorted(left_out) if h in vi)
    nj = nj2 - sum(vj[h] ** 2 for h in sorted(left_out) if h in vj)
    return ni > 0 and nj > 0 and dot / math.sqrt(ni * nj) >= threshold


def _conflicts(facts: list[Fact], vectors: list[Vector], members: list[list[Found]],
               texts: list[str]) -> list[FactLink]:
    """Groups of facts that contradict each other about one thing.

    Every member contradicts another member, and no two members are about different things
    (``_Thing.different``): contradictions join groups in the tally's order, and two groups only
    when no member of one is about another thing than a member of the other. (Joined as a chain,
    a 40% fall in drug deaths ended in one group with a 10% fall in narcotics crossings: two
    things, each with its look-alike sentences.) So a fact may be in two groups, with the
    counterparts of each.
    """
    thing = _Thing(facts, vectors, members)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i in thing.sides:
        by_kind[facts[i].kind].append(i)
    pairs = sorted(chain.from_iterable(_candidate_pairs(vectors, indices, 5, thing.sides)
                                       for indices in by_kind.values()))
    # In the tally's order (most supported first). A group is named by its first fact.
    group_of: dict[int, int] = {}
    joined: dict[int, list[int]] = {}
    apart: dict[int, set[int]] = defaultdict(set)  # groups that refused each other, for good
    held: list[tuple[int, int]] = []  # pairs not joined because their groups refused each other
    for i, j in pairs:
        gi, gj = group_of.get(i, i), group_of.get(j, j)
        if gi == gj:
            continue  # already together: this pair adds nothing
        if gj in apart[gi]:
            held.append((i, j))
            continue
        if not thing.contradict(i, j):
            continue
        one, other = joined.get(gi, [gi]), joined.get(gj, [gj])
        if any(thing.different(x, y) for x in one for y in other):
            apart[gi].add(gj)  # and so it stays, however either group grows
            apart[gj].add(gi)
            held.append((i, j))
            continue
        gi, gj = min(gi, gj), max(gi, gj)
        joined[gi] = joined.get(gi, [gi]) + joined.pop(gj, [gj])
        for x in joined[gi]:
            group_of[x] = gi
        for g in apart.pop(gj, ()):
            apart[g].discard(gj)
            apart[g].add(gi)
            apart[gi].add(g)
    # A fact whose every counterpart is in a group that refused it (it is about the same thing as
    # its counterpart, not as all the others) stands with its counterparts in a group of its own.
    lone: dict[int, list[int]] = {}
    for i, j in held:
        loose = [(x, y) for x, y in ((i, j), (j, i)) if x not in group_of]
        if not loose or not thing.contradict(i, j):
            continue
        for x, y in loose:
            if not any(thing.both_told(x, z) for z in joined.get(group_of.get(y, y), ())):
                # (Not when a source of x gives another value in y's group: x is another thing.)
                group = lone.setdefault(x, [x])
                if not any(thing.different(y, z) for z in group):
                    group.append(y)
    groups = sorted(sorted(_without_bounds_met(g, thing))
                    for g in chain(joined.values(), lone.values()) if len(g) > 1)
    about = [f.about for f in facts]
    return [FactLink(_shared_about(vectors, g, members, about, texts),
                     tuple(facts[i].id for i in g))
            for g in groups]


def _without_bounds_met(group: list[int], thing: _Thing) -> list[int]:
    """A conflict's facts but those told only with a hedge ("more than $4bn", "about $4bn") whose
    value another fact of it, told without one, meets ("$4.2bn"): no side against that fact, but
    on its side; the contradiction they both have with a third ("$4.2m") is told by that fact.
    ``group`` itself when that would leave a fact that contradicts none of the others."""
    sides = thing.sides

    def hedged(i: int) -> bool:
        return all(f.qualifier is not None for f in sides[i].members)

    def clash(i: int, j: int) -> bool:
        return _clash(sides[i], sides[j])

    met = [i for i in group if hedged(i)
           and any(j != i and not hedged(j) and not clash(i, j) for j in group)]
    if not met:
        return group
    kept = [i for i in group if i not in met]
    if len(kept) > 1 and all(any(clash(i, j) for j in kept if j != i) for i in kept):
        return kept
    return group


# Hedges that allow values either side of the one told: "about 3,400" and "3,500" may be one count.
_NEAR_HEDGES = frozenset({"about", "nearly"})
_NEAR_KINDS = frozenset({"percent", "count", "money", "duration", "age"})


def _within_hedge(sa: _Side, sb: _Side) -> bool:
    """Whether readings of two facts (``_readings``) are other values of which none excludes
    another (_clash), one of them hedged "about": told as points or with "about" / "nearly" only
    (not "more than 3,000", a bound, not a value)."""
    a, b = sa.readings, sb.readings
    readings = a + b
    return ({f.key for f in a}.isdisjoint(f.key for f in b)
            and ((any(f.qualifier == "about" for f in readings)
                  and all(f.qualifier is None or f.qualifier in _NEAR_HEDGES for f in readings))
                 or _near_bound_readings(a, b))
            and not _clash(sa, sb))


def _near_bound_readings(a: list[Found], b: list[Found]) -> bool:
    """Whether all readings of two facts are bounds of one class, each near each (_near_bounds):
    "more than 3,400 homes" / "more than 3,500 homes"."""
    return all(_one_bound_class(fa, fb) and _near_bounds(fa, fb) for fa in a for fb in b)


def _bounds_only(found: list[Found]) -> bool:
    """Whether all of a fact's mentions are bounds of one class (_BOUND_CLASS)."""
    return (found[0].qualifier in _BOUND_CLASS
            and all(_BOUND_CLASS.get(f.qualifier) == _BOUND_CLASS[found[0].qualifier] for f in found))


def _near_links(facts: list[Fact], vectors: list[Vector], members: list[list[Found]],
                texts: list[str]) -> list[FactLink]:
    """Groups of facts that are one thing told with other values a hedge allows all of ("About
    3,400 families" / "About 3,500 families live in the valley"; two close bounds of one class,
    "more than 3,400" / "more than 3,500": _near_bounds): never a conflict, but linked
    (FactTally.near) so that a reader sees both values together."""
    hedged = {i for i, ms in enumerate(members)
              if facts[i].kind in _NEAR_KINDS
              and (any(f.qualifier == "about" for f in ms) or _bounds_only(ms))}
    if not hedged:
        return []
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        if f.kind in _NEAR_KINDS and (all(m.qualifier is None or m.qualifier in _NEAR_HEDGES
                                          for m in members[i]) or _bounds_only(members[i])):
            by_kind[f.kind].append(i)
    thing = _Thing(facts, vectors, members)
    # Greedy, in the tally's order: two groups join only when every fact of one is near every
    # fact of the other (a chain "about 40%", "about 44%", "about 48%" is no one thing).
    group_of: dict[int, list[int]] = {}
    for indices in by_kind.values():
        if hedged.isdisjoint(indices):
            continue
        for i, j in sorted(_candidate_pairs(vectors, indices, 5, thing.sides)):
            gi, gj = group_of.get(i, [i]), group_of.get(j, [j])
            if (gi is gj or not (i in hedged or j in hedged)
                    or not _within_hedge(thing.sides[i], thing.sides[j])
                    or not thing.near(i, j)):
                continue  # (the values first: most pairs are other values, or one value)
            if all(thing.near(x, y) for x in gi for y in gj if (x, y) != (i, j)):
                joined = sorted(gi + gj)
                for x in joined:
                    group_of[x] = joined
    groups = sorted({id(g): g for g in group_of.values()}.values())
    about = [f.about for f in facts]
    return [FactLink(_shared_about(vectors, g, members, about, texts), tuple(facts[i].id for i in g))
            for g in groups]


# Where an acronym may be ("MPC", "BoE", "ECB"): two capitals, with a small letter between at most
# (a plain pattern: the whole corpus is scanned for it); _acronyms checks the whole word.
_ACRONYM_AT = re.compile(r"[A-Z](?:[A-Z]|[a-z][A-Z])")
_ACRONYM = re.compile(r"[A-Z]{3,5}|[A-Z][a-z]?[A-Z][a-z]?[A-Z]?")
_ACRONYMS_CHECKED = 12  # at most this many acronyms of a corpus are looked up, the commonest first


def _acronyms(texts: list[str], keys: Collection[str]) -> dict[str, tuple[str, ...]]:
    """The acronyms of the texts that are context words (``keys``) with the keys of the name
    they stand for, when a text writes that name out ("MPC": the Monetary Policy Committee; "BoE":
    the Bank of England): one source's "the MPC voting 6-3" is about what another's "The Monetary
    Policy Committee voted 7-2" is. A capital of the acronym is a capitalised word of the name, a
    small letter a small word ("of"). Acronyms of three to five letters."""
    text = "\n".join(texts)
    found: Counter[str] = Counter()
    for m in _ACRONYM_AT.finditer(text):
        start = m.start()
        if start and text[start - 1].isalpha():
            continue
        word = _ACRONYM.match(text, start)
        if word is not None and not text[word.end():word.end() + 1].isalpha() and len(word.group()) > 2:
            found[word.group()] += 1
    out: dict[str, tuple[str, ...]] = {}
    checked = 0
    for acronym, _n in found.most_common():
        key = key_of(acronym.lower())
        if key is None or key not in keys or key in out:
            continue
        checked += 1
        if checked > _ACRONYMS_CHECKED:
            break
        name = re.compile(r"\s+".join(
            (c + r"[a-z]+") if c.isupper() else (c + r"[a-z]*") for c in acronym) + r"\b")
        for m in name.finditer(text):
            if m.start() and text[m.start() - 1].isalpha():
                continue
            expansion = tuple(k for w in m.group().split() if (k := key_of(fold(w))) is not None)
            if len(expansion) > 1:
                out[key] = expansion
            break
    return out


def _spell_out(found: list[Found], acronyms: dict[str, tuple[str, ...]]) -> None:
    """Each acronym of a figure's context (``_acronyms``) as the words of its name, at its weight."""
    for f in found:
        if acronyms.keys().isdisjoint(f.context):
            continue
        context = dict(f.context)
        for key in acronyms.keys() & f.context.keys():
            weight = context.pop(key)
            for k in acronyms[key]:
                context[k] = max(context.get(k, 0.0), weight)
        f.context = context


def _source_ranks(sources: tuple[Source, ...]) -> list[int]:
    """Each source's place in an order of the sources by id, not by their place in the corpus:
    the tally of the same sources in any order is the same. (``_tally`` gets sources whose ids
    ``_unique_ids`` made unique, so the id alone decides.)"""
    rank = [0] * len(sources)
    for r, n in enumerate(sorted(range(len(sources)), key=lambda n: sources[n].id)):
        rank[n] = r
    return rank


def _conflicts_by_rank(facts: list[Fact], vectors: list[Vector], members: list[list[Found]],
                       rank: list[int], texts: list[str]) -> list[FactLink]:
    """``_conflicts``, found in an order of the facts that the order of the sources does not
    change (which groups contradictions join depends on order), then given in the tally's."""
    kind_rank = {k: i for i, k in enumerate(KINDS)}
    order = sorted(range(len(facts)), key=lambda i: (
        -facts[i].support, kind_rank.get(facts[i].kind, 99),
        min((rank[f.source_index], f.start) for f in members[i]) if members[i] else (0, 0), i))
    links = _conflicts([facts[i] for i in order], [vectors[i] for i in order],
                       [members[i] for i in order], texts)
    position = {f.id: n for n, f in enumerate(facts)}
    links = [replace(link, facts=tuple(sorted(link.facts, key=position.__getitem__)))
             for link in links]
    return sorted(links, key=lambda link: [position[fid] for fid in link.facts])


def _quote_pairs(facts: list[Fact], stems: dict[int, set[str]]) -> Counter[tuple[int, int]]:
    """Pairs of quotes (i < j) by the same speaker, or with no speaker named for one or both,
    with how many content words they share."""
    index: dict[str, dict[str | None, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in sorted(stems):
        for k in stems[i]:
            index[k][facts[i].speaker].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for by_speaker in index.values():
        unnamed = by_speaker.get(None, [])
        for speaker, members in by_speaker.items():
            if len(members) > CANDIDATE_KEY_LIMIT:
                continue
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    shared[(members[x], members[y])] += 1
            if speaker is not None and len(unnamed) <= CANDIDATE_KEY_LIMIT:
                for i in unnamed:
                    for j in members:
                        shared[(i, j) if i < j else (j, i)] += 1
    return shared


def _misattribution(g: list[int], facts: list[Fact], vectors: list[Vector]) -> FactLink:
    """The conflict of one remark that sources give to different speakers (``g``: its facts,
    by index, in the tally's order; those no speaker is named for too): the content words the
    quotes share, then who says it, by ``change``: "said by “Doe” against “Alder”"."""
    stems = {i: set(vectors[i]) for i in g}
    speakers = list(dict.fromkeys(facts[i].speaker for i in g if facts[i].speaker))
    change = MISATTRIBUTED + " against ".join(f"“{s}”" for s in speakers)
    link = _quote_link(g, facts, stems, MISQUOTE_ABOUT_WORDS, change)
    # (_quote_link names one speaker before the words: here each is in the change)
    about = link.about.removeprefix(f"{speakers[0]}: ")
    return replace(link, about=about)


def _quote_links(facts: list[Fact], vectors: list[Vector], members: list[list[Found]],
                 misattributed: Iterable[FactLink]) -> tuple[list[FactLink], list[FactLink]]:
    """Quotes in different sources that are likely one remark, by the same speaker (or with none
    named): (variants, misquotes). Variants share much of their wording; a misquote is the same
    remark word for word but for a change of meaning (meaning.py), a contradiction. Not a
    misquote: a named speaker's quote against one said by someone else described but not named
    ("Hollan said “We had 600…”" / "a fan told us “We had 400…”"): two people, maybe two remarks.

    ``vectors``: each fact's, as _build_fact made it (a quote's keys are its content words');
    ``members``: each fact's mentions as found; ``misattributed``: the conflicts of one remark
    given to two speakers (_misattribution), whose facts are neither variants nor misquotes of
    each other.
    """
    position = {f.id: i for i, f in enumerate(facts)}
    told = {(position[a], position[b]) for link in misattributed
            for a in link.facts for b in link.facts}
    # (A misattributed remark's quotes no one is named for, which may be either speaker's, are
    # its conflict's: paired with anyone, they would tie one speaker's quotes to another's.)
    loose = {position[fid] for link in misattributed for fid in link.facts
             if facts[position[fid]].speaker is None}
    stems = {i: set(vectors[i]) for i, f in enumerate(facts) if f.kind == "quote" and i not in loose}
    unnamed = {i for i in stems if all(f.unnamed for f in members[i])}
    variants, misquotes = _Links(len(facts)), _Links(len(facts))
    changes: dict[tuple[int, int], str | None] = {}  # pairs compared: how the meaning changes
    keys: dict[int, list[str]] = {}  # each quote's content words in order, when asked for
    alike: list[tuple[int, int]] = []
    for (i, j), n in sorted(_quote_pairs(facts, stems).items()):
        if (n < VARIANT_MIN_SHARED or not set(facts[i].sources).isdisjoint(facts[j].sources)
                or (i, j) in told):
            continue
        someone_else = ((i in unnamed and facts[j].speaker is not None)
                        or (j in unnamed and facts[i].speaker is not None))
        if not someone_else and _meaning_change(i, j, facts, changes) is not None:
            misquotes.union(i, j)
        elif n / min(len(stems[i]), len(stems[j])) >= VARIANT_OVERLAP \
                and _in_order(i, j, facts, stems, keys) >= max(
                    VARIANT_MIN_SHARED, VARIANT_OVERLAP * min(len(stems[i]), len(stems[j]))):
            alike.append((i, j))
    for i, j in alike:  # (not wordings of one misquote: its conflict shows them)
        if misquotes.find(i) != misquotes.find(j):
            variants.union(i, j)
    first_change: dict[int, str] = {}  # each misquote group's root: what its first pair changes
    for (i, _), change in changes.items():
        if change is not None:
            first_change.setdefault(misquotes.find(i), change)
    return ([_quote_link(g, facts, stems) for g in variants.groups(stems)],
            [_sided(_quote_link(g, facts, stems, MISQUOTE_ABOUT_WORDS,
                                first_change[misquotes.find(g[0])]), g, facts, changes)
             for g in misquotes.groups(stems)])


def _in_order(i: int, j: int, facts: list[Fact], stems: dict[int, set[str]],
              keys: dict[int, list[str]]) -> int:
    """How many of the content words quotes ``i`` and ``j`` share they say in the same order:
    a remark in other words keeps most of its order ("We continue to collaborate…" / "We
    continue to collaborate within…"); two remarks that share a word or two say them anywhere
    ("listened to nurses … the same thing" / "three things … community nurses": none in order).
    ``keys``: each quote's content words (as keys) in order, filled as asked for."""
    for k in (i, j):
        if k not in keys:
            keys[k] = [key_of(w) for w in content_words(facts[k].value)]
    shared = stems[i] & stems[j]
    return LCSseq.similarity([k for k in keys[i] if k in shared], [k for k in keys[j] if k in shared])


SIDES_LIMIT = 24  # a misquote of more wordings than this lists each as a side of its own


def _meaning_change(i: int, j: int, facts: list[Fact], changes: dict[tuple[int, int], str | None]
                    ) -> str | None:
    """meaning_change of quotes ``i`` and ``j`` (i first in the tally), worked out once per pair:
    ``changes`` holds the pairs compared so far."""
    if (i, j) not in changes:
        changes[(i, j)] = meaning_change(facts[i].value, facts[j].value)
    return changes[(i, j)]


def _sided(link: FactLink, g: list[int], facts: list[Fact],
           changes: dict[tuple[int, int], str | None]) -> FactLink:
    """``link`` (a misquote of the facts ``g``, in the tally's order) with its wordings that say
    the same thing on one side: each joins the first side with none of whose wordings it changes
    the meaning (meaning.py), else is a side of its own. “We will open three…” (3 sources), “three
    new community hospitals…” and “We would open three…” against “We will open two…” and “TWO
    NEW HOSPITALS…”: two sides, not five. None when every side is one wording, as most are.
    ``changes``: the pairs compared so far (_meaning_change)."""
    if len(g) > SIDES_LIMIT:
        return link
    sides: list[list[int]] = []
    for i in g:
        side = next((side for side in sides
                     if all(_meaning_change(j, i, facts, changes) is None for j in side)),
                    None)
        if side is None:
            sides.append([i])
        else:
            side.append(i)
    if len(sides) == len(g) or len(sides) < 2:
        return link
    return replace(link, facts=tuple(facts[i].id for side in sides for i in side),
                   sides=tuple(tuple(facts[i].id for i in side) for side in sides))


def _quote_link(g: list[int], facts: list[Fact], stems: dict[int, set[str]],
                limit: int | None = None, change: str | None = None) -> FactLink:
    """The link of one group of quotes: the content words they share (at most ``limit``, then
    "…"), after their speaker, then what ``change`` makes of the meaning."""
    common = set.intersection(*(stems[i] for i in g))
    value = facts[g[0]].value
    words_ = as_written([w for w in content_words(value) if key_of(w) in common], value)
    if limit is not None and len(words_) > limit:
        # (What changes follows: the words only say which remark; a line, not a quote.)
        words_ = words_[:limit] + ["…"]
    about = " ".join(words_) or facts[g[0]].about
    speaker = next((facts[i].speaker for i in g if facts[i].speaker), None)
    if speaker:
        about = f"{speaker}: {about}"
    if change is not None:
        about += f" ({change})"
    return FactLink(about, tuple(facts[i].id for i in g), change)


def _told_once(conflicts: list[FactLink], misquotes: list[FactLink],
               facts: list[Fact]) -> list[FactLink]:
    """``conflicts`` but those that a misquote tells already: each of their facts quoted in one
    misquote whose change is their values ("We evacuated 300 homes" / "… 200 homes …": one
    contradiction, the misquote, which says more, not a count conflict besides), when one of the
    values is given only in quotes (a source may give the other outside the quote too). A misquote that tells another change ("“not” in one, not the other")
    leaves the values' conflict as it is."""
    if not misquotes or not conflicts:
        return conflicts
    by_id = {f.id: f for f in facts}
    told = [([(m.source, m.start, m.end) for fid in link.facts for m in by_id[fid].mentions],
             _changed_words(link.change))
            for link in misquotes]

    def inside(m: Mention, spans: list[tuple[str, int, int]]) -> bool:
        return any(m.source == src and start <= m.start and m.end <= end for src, start, end in spans)

    def tells(c: FactLink, spans: list[tuple[str, int, int]], words_: frozenset[str]) -> bool:
        # Each fact quoted in the misquote with the word it changes, and one of them only in
        # quotes: what is disputed is what was said. (A source that gives a value outside the
        # quote too supports the fact; values each given outside too are a dispute of their own.)
        return (all(any(inside(m, spans) and words_.intersection(normalise_quote(m.text).split())
                        for m in by_id[fid].mentions) for fid in c.facts)
                and any(all(inside(m, spans) for m in by_id[fid].mentions) for fid in c.facts))

    return [c for c in conflicts if not any(tells(c, spans, words_) for spans, words_ in told)]


def _changed_words(change: str | None) -> frozenset[str]:
    """The words a misquote's change names ("“300” against “200”": 300 and 200), as
    normalise_quote writes them."""
    return frozenset(w for part in re.findall(r"“([^”]*)”", change or "")
                     for w in normalise_quote(part).split())


def tally_facts(corpus: Corpus | Iterable[Source]) -> FactTally:
    """Every figure, date and quote of the sources, with support, conflicts and variants.

    ``corpus``: a Corpus or any iterable of Sources; ``tally.sources[i]`` is the i-th of them.
    A source given twice (the same object, or an equal one: the same id, text and file) is
    one source, tallied once: it is left out where it comes again (so ``tally.sources`` are the
    sources given without their repeats, in order), and supports no figure twice.
    Mentions name their source by id, so ids are made unique as the CLI makes them: a source
    whose id an earlier one has but not its text or file (two folders merged, each with an a.txt) is
    tallied as "a (corp2)" (its folder's name), or "a (2)" when that does not tell it apart
    (``tallied_sources(corpus)``: the sources so tallied, for a mention's text). Raises
    TypeError for anything else than Sources (a path or a text: ``load_corpus(path)`` reads a
    folder, ``seedreader.source_from_text(text)`` makes a Source of a text; one Source: give a
    list).
    """
    given = _given_sources(corpus, "tally_facts")
    with gc_paused():  # tens of thousands of small acyclic objects
        return _tally(_unique_ids(given), tuple(source.id for source in given))


def tallied_sources(corpus: Corpus | Iterable[Source], _caller: str = "tallied_sources"
                    ) -> tuple[Source, ...]:
    """The sources as ``tally_facts(corpus)`` tallies them: ``tally.sources[i]`` is the i-th,
    each given once, under the id its mentions name ("a (corp2)" for a second a.txt).

    ``{s.id: s for s in tallied_sources(sources)}[mention.source].text`` is the text a mention's
    offsets refer to, whatever was given (repeats, two folders merged); for a loaded Corpus,
    whose ids are unique already, ``corpus[mention.source]`` is the same source.
    """
    return _unique_ids(_given_sources(corpus, _caller))


def _given_sources(corpus: Corpus | Iterable[Source], _caller: str) -> tuple[Source, ...]:
    """The sources of ``corpus`` checked, each given once, under the ids they were given with
    (``_unique_ids`` makes those unique, in the same order)."""
    if isinstance(corpus, (str, bytes, PathLike)):
        raise TypeError(f"{_caller}() takes a Corpus or Sources, not {type(corpus).__name__} "
                        f"(load_corpus(path) reads a folder; {_FROM_TEXT} makes a Source of a "
                        "text)")
    if isinstance(corpus, Source):
        raise TypeError(f"{_caller}() takes a Corpus or a list of Sources, not one Source "
                        f"(for one, give a list: {_caller}([source]))")
    try:
        sources = tuple(corpus)  # (a Corpus iterates over its sources)
    except TypeError:
        raise TypeError(f"{_caller}() takes a Corpus or a list of Sources, not "
                        f"{type(corpus).__name__}") from None
    for source in sources:
        if not isinstance(source, Source):
            raise TypeError(f"{_caller}() takes Sources, not {type(source).__name__} "
                            f"({_FROM_TEXT} makes a Source of a text)")
    if len({source.id for source in sources}) < len(sources):  # a source given twice counts once
        first: dict[tuple, Source] = {}
        for source in sources:
            first.setdefault((source.id, source.text, source.path), source)
        sources = tuple(first.values())
    return sources


_FROM_TEXT = "seedreader.source_from_text(text)"


def _unique_ids(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """``sources``, each whose id an earlier one has renamed "id (folder)" (its file's folder,
    when the first of that id is from another one), else "id (2)", "id (3)"…; never an id
    another source has."""
    taken = {source.id for source in sources}
    if len(taken) == len(sources):
        return sources
    first: dict[str, Source] = {}
    out = []
    for source in sources:
        other = first.get(source.id)
        if other is None:
            first[source.id] = source
            out.append(source)
            continue
        folder = source.path.parent.name if source.path is not None else ""
        new_id, n = f"{source.id} ({folder})", 2
        if not folder or (other.path is not None and other.path.parent.name == folder):
            new_id = f"{source.id} (2)"
        while new_id in taken:
            new_id, n = f"{source.id} ({n})", n + 1
        taken.add(new_id)
        out.append(replace(source, id=new_id))
    return tuple(out)


def _tally(sources: tuple[Source, ...], given_ids: tuple[str, ...]) -> FactTally:
    texts = [s.text for s in sources]
    found: list[Found] = []
    for index, source in enumerate(sources):
        pause_point()
        for f in extract_source(source):
            f.source_index = index
            found.append(f)
    _mark_tolls(found, texts)
    _mark_directions(found, texts)
    rank = _source_ranks(sources)
    # Grouped in an order of the sources that does not depend on theirs in the corpus (greedy
    # grouping depends on order; stable: each source's figures in the order found).
    figures = sorted((f for f in found if f.kind != "quote"), key=lambda f: rank[f.source_index])
    quotes = [f for f in found if f.kind == "quote"]

    # How rare a word is, among the figures and dates; times weigh theirs by the same measure, and
    # a word only times use by how many use it. (Times of day must not reweigh the other kinds'
    # words: a time beside a spill makes "spill" no commoner among the figures.)
    df = Counter(chain.from_iterable(f.context for f in figures if f.kind != "time"))
    if acronyms := _acronyms(texts, df.keys()):
        _spell_out(figures, acronyms)
        df = Counter(chain.from_iterable(f.context for f in figures if f.kind != "time"))
    n = max(len(figures) - sum(f.kind == "time" for f in figures), 1)
    df.update(Counter(k for f in figures if f.kind == "time" for k in f.context if k not in df))
    idf = {k: math.log(1.0 + n / c) for k, c in df.items()}
    vectors = {id(f): {k: w * idf[k] for k, w in f.context.items()} for f in figures}

    quote_groups, misattributed = _group_quotes(quotes, texts)
    groups = _denials_joined(_group_figures(figures, vectors, _told_beside(figures, vectors, texts)))
    groups += quote_groups
    # A speaker's first name written two ways (names.py): a fact of each full name, a conflict.
    name_groups: list[list[_Group]] = []
    for by_given in name_conflicts(sources, {f.speaker for f in quotes if f.speaker}):
        name_groups.append([])
        for written in by_given:
            name_groups[-1].append(_Group("name"))
            for f in written:
                name_groups[-1][-1].add(f, {})
        groups += name_groups[-1]
    built = []
    for g in groups:
        pause_point()
        built.append((_build_fact(g, texts), g))
    kind_rank = {k: i for i, k in enumerate(KINDS)}
    built.sort(key=lambda b: (-b[0][0].support, kind_rank.get(b[0][0].kind, 99),
                              min((f.source_index, f.start) for f in b[1].members)))
    facts: list[Fact] = []
    seen: Counter[str] = Counter()
    id_of: dict[int, str] = {}
    for (fact, _vector), g in built:
        base = _fact_id(fact)
        seen[base] += 1
        fid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        facts.append(replace(fact, id=fid))
        id_of[id(g)] = fid
    fact_vectors = [v for (_f, v), _g in built]
    members = [g.members for _b, g in built]
    position = {f.id: n for n, f in enumerate(facts)}
    others = [_misattribution(sorted(position[id_of[id(g)]] for g in family), facts, fact_vectors)
              for family in misattributed]
    variants, misquotes = _quote_links(facts, fact_vectors, members, others)
    conflicts = _told_once(_conflicts_by_rank(facts, fact_vectors, members, rank, texts), misquotes,
                           facts) + misquotes + others
    conflicts += [FactLink(f"{g[0].members[0].key[1]}: first name",
                           tuple(sorted((id_of[id(x)] for x in g), key=position.__getitem__)))
                  for g in name_groups]
    # A count that rises as the day goes on, by the sources' published times: no conflict.
    conflicts, updates = split_updates(conflicts, facts, members, sources)
    near = _near_links(facts, fact_vectors, members, texts)
    # Each ref knows the Source it was made of (the id it was given with, its text and file), so
    # that ``facts_for(source)`` finds a renamed one ("a (corp2)") by the Source given too.
    refs = tuple(SourceRef(s.id, s.title, (given, s.text, s.path))
                 for s, given in zip(sources, given_ids, strict=True))
    return FactTally(refs, tuple(facts), tuple(conflicts), tuple(variants), near=tuple(near),
                     updates=tuple(updates))

