"""Changes as science and health copy tells them: of an absolute risk or a relative one, by a
fraction in words ("halves", "by a third") or as a multiple ("twice as likely").

"The absolute risk fell by 3%" is a change of 3 percentage points of a risk; "the diet cut the
risk by 30%" a relative change of 30%. Two facts, never one another's support.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .numbers import FRACTION_WORDS, UNIT_WORDS, WORD_NUMBER, parse_number
from .words import HEDGE, match_key

# "absolute" or "relative" naming what changed ("the absolute risk", "in absolute terms", "an
# absolute reduction", "the absolute drop in risk"); the last of them before a figure, in its
# sentence, says which the figure is a change of.
_ABSOLUTE_OR_RELATIVE = re.compile(
    r"\b(?:(?P<abs>absolute)|relative)(?:[^\S\n]+[\w’'-]+){0,2}?[^\S\n]+(?:risks?|terms|reductions?"
    r"|differences?|benefits?|decreases?|increases?|changes?|drops?|falls?|rises?|declines?)\b",
    re.IGNORECASE)
# Right before the amount of a change: "by", or a noun of change and "of" ("a reduction of").
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"\b(?:by|(?:reductions?|decreases?|increases?|drops?|falls?|rises?|declines?|cuts?|differences?"
    r"|changes?|benefits?)[^\S\n]+of)[^\S\n]+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s")
_RISK = re.compile(r"\brisks?\b", re.IGNORECASE)
_ABSOLUTE_REACH = 160  # characters before a figure searched for "absolute"


def absolute_change(text: str, start: int, floor: int) -> bool:
    """Whether the percent starting at ``start`` (at its hedge) is the amount of a change of an
    absolute risk ("the absolute risk fell by 30 per cent", "an absolute reduction in risk of
    3%"): its sentence names an absolute measure before it, no relative one after that, a risk
    from there on, and "by" or a noun of change and "of" stand right before it. Not a level
    ("from 10% to 7%", "the absolute risk was 7%")."""
    if not _CHANGE_AMOUNT_BEFORE.search(text, max(floor, start - 30), start):
        return False
    lo = max(floor, start - _ABSOLUTE_REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    last = None
    for last in _ABSOLUTE_OR_RELATIVE.finditer(text, lo, start):
        pass
    # (of a risk: "in absolute terms, spending rose by 2%" is a change of 2% of the spending)
    return (last is not None and last.group("abs") is not None
            and _RISK.search(text, last.start(), start) is not None)


# A halving: "the diet halves the risk", "the death rate has halved", "was almost halved" (a
# change of 50%; "halve the lemons" of a recipe is no halving told: the imperative is left out,
# and a form of it counts only before an object or after a verb of being or having).
HALVING = re.compile(r"(?<![\w-])(?:halve[sd]|halving)\b(?!-)", re.IGNORECASE)
_HALVING_OBJECT = re.compile(r"[^\S\n]+(?:the|its|their|his|her|our|this|that|these|those)\b",
                             re.IGNORECASE)
_HALVING_AFTER_VERB = re.compile(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|having|will|would|could|to|almost|nearly"
    r"|roughly|more[^\S\n]+than)[^\S\n]+$", re.IGNORECASE)
# A change by a fraction in words: "cut the risk by a third", "by almost a quarter", "by half",
# "by two-thirds"; the fraction ends its clause or a word of when, where or how follows ("by a
# third in a year", "by half from 2019"). Not "by a third party", "by half-time", "by a quarter of
# a point" (figures.POINT_FRACTION), "by half past six".
BY_FRACTION = re.compile(
    r"\bby[^\S\n]+" + HEDGE +
    r"(?P<frac>(?:(?P<n>an?|one|two|three|four)(?:[^\S\n]|-))?(?P<f>half|thirds?|quarters?|fifths?|tenths?))"
    r"(?=[^\S\n]*(?:[.,;:!?)]|$)|[^\S\n]+(?:in|from|over|since|compared|on|after|among|between|during"
    r"|and|or|but|to|than|while|last|this|within|when|as|for|at|according|across)\b)",
    re.IGNORECASE | re.MULTILINE)


# Words of interest rates right before a change by a fraction: "cut rates by a quarter" is a
# quarter of a point (figures.POINT_FRACTION), no change of 25%.
_RATES_BEFORE = re.compile(r"\b(?:rates?|interest|yields?|mortgages?|bonds?|Fed|ECB|BoE)\b"
                           r"(?:[^\S\n]+[\w’'-]+){0,3}[^\S\n]+by[^\S\n]+(?:[\w’'-]+[^\S\n]+)?$",
                           re.IGNORECASE)


def of_rates(text: str, m: re.Match) -> bool:
    """Whether a change by a fraction (BY_FRACTION's match) is said of interest rates."""
    return _RATES_BEFORE.search(text, max(0, m.start() - 60), m.start("frac")) is not None


def halving_at(text: str, m: re.Match) -> bool:
    """Whether a form of "halve" (HALVING's match) tells a change of 50%: before an object ("halves
    the risk") or after a verb of being or having or a hedge ("the rate has halved", "was almost
    halved")."""
    return (_HALVING_OBJECT.match(text, m.end()) is not None
            or _HALVING_AFTER_VERB.search(text, max(0, m.start() - 20), m.start()) is not None)


def told_as_halving(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is a halving (its last word a form of "halve")."""
    m = HALVING.search(text, max(start, end - 8), end)
    return m is not None and m.end() == end


# A multiple: "twice as likely", "three times as likely", "2.5 times more likely", "three times
# the risk", "a threefold rise", "a 2.5-fold increase" (not "met twice", "scored three times",
# "three times a day": a multiple compares, so a word of comparison follows).
_COMPARING = (r"(?:as|more|less|fewer|higher|lower|greater|smaller|larger|bigger|faster|slower"
              r"|likelier|the)\b")
MULTIPLE = re.compile(
    r"(?<![\w.,-])(?:(?P<twice>twice|thrice)(?=[^\S\n]+(?:as|the)\b)"
    r"|(?P<n>\d+(?:\.\d+)?|" + WORD_NUMBER + r")[^\S\n]+times(?=[^\S\n]+" + _COMPARING + r")"
    r"|(?P<f>\d+(?:\.\d+)?|" + UNIT_WORDS + r"|hundred|thousand)(?:-|[^\S\n])?fold\b(?!-))",
    re.IGNORECASE)
_LESS = re.compile(r"[^\S\n]+(?:less|fewer|lower|smaller|slower)\b", re.IGNORECASE)


# The words that end a multiple or stand for one: where MULTIPLE is tried (its numbers in words
# make it slow to scan a whole text with), each found by a plain search of the lowered text.
_MULTIPLE_WORDS = ("twice", "thrice", "times", "fold")
_COMPARING_AFTER = re.compile(r"[^\S\n]+" + _COMPARING)
_MULTIPLE_REACH = 40  # characters before "times" or "fold" searched for its number
_FOLD_BEFORE = re.compile(r"(?:\d|" + UNIT_WORDS + r"|hundred|thousand)(?:-|[^\S\n])?$")


def _places(low: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` stands in ``low`` (at a word's start: not "sometimes", "behalf"),
    in order."""
    places = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha() or word == "fold":
                places.append(at)
            at = low.find(word, at + len(word))
    return sorted(places)


# After "twice as" or "N times as", what makes a comparison, no clause ("twice as Rovers beat
# City", "met twice as relations thawed"): a word of amount, size, speed or likelihood, an
# adjective by its ending ("dangerous", "expensive", "affordable", "quickly"), or a lower-case word
# a second "as" follows ("three times as contagious as flu").
_AS_WORDS = frozenset((
    "likely", "unlikely", "many", "much", "few", "little", "high", "low", "large", "small", "long",
    "short", "fast", "slow", "quick", "quickly", "often", "common", "rare", "big", "great", "strong",
    "weak", "expensive", "cheap", "costly", "more", "less", "far", "wide", "deep", "tall", "heavy",
    "light", "hot", "cold", "warm", "old", "young", "bad", "good", "well", "badly", "hard", "easy",
    "deadly", "rich", "poor", "busy", "dense", "steep", "severe", "frequent", "prevalent",
    "effective", "efficient", "important", "powerful", "potent", "sharp", "close", "near", "early",
    "late", "safe", "risky", "bright", "loud", "fat", "thick", "thin", "full", "dirty",
    "clean", "quiet", "intense", "violent", "toxic", "popular", "productive", "profitable"))
_ADJECTIVE_END = re.compile(r"[a-z]+(?:ous|ive|ful|able|ible|ical|ient|ely|ily|ally)\b")
_AS_WORD = re.compile(r"[^\S\n]+(?P<w>[\w’'-]+)")
_AS_AGAIN = re.compile(r"(?:[^\S\n]+[a-z’'-]+){0,2}[^\S\n]+as\b")


def _as_comparison(text: str, pos: int) -> bool:
    """Whether the words after a multiple's "as" (ending at ``pos``) make a comparison ("twice as
    likely", "three times as many"), no clause ("twice as Rovers beat City")."""
    m = _AS_WORD.match(text, pos)
    if m is None:
        return False
    w = m.group("w")
    if w in _AS_WORDS or _ADJECTIVE_END.fullmatch(w):
        return True
    return w.islower() and _AS_AGAIN.match(text, m.end()) is not None


def find_multiples(text: str, low: str) -> Iterator[re.Match]:
    """MULTIPLE's matches in ``text`` (``low``: the text lowered, words.as_ignorecase), in order."""
    end = 0
    for at in _places(low, _MULTIPLE_WORDS):
        word = next(w for w in _MULTIPLE_WORDS if low.startswith(w, at))
        if at < end or (not (cm := _COMPARING_AFTER.match(low, at + len(word))) if word != "fold"
                        else not _FOLD_BEFORE.search(low, max(0, at - 12), at)):
            continue  # ("at times", "three times a day", "met twice", "the fold", "unfold")
        if word != "fold" and low.startswith("as", cm.end() - 2) and not _as_comparison(text, cm.end()):
            continue  # "scored twice as Rovers beat City", "fell three times as investors took fright"
        lo = at if low.startswith(("twice", "thrice"), at) else max(end, at - _MULTIPLE_REACH)
        for m in MULTIPLE.finditer(text, lo, min(len(text), at + _MULTIPLE_REACH)):
            if m.start() <= at < m.end():
                end = m.end()
                yield m
                break


def halvings(text: str, low: str) -> Iterator[re.Match]:
    """HALVING's matches in ``text`` (``low``: the text lowered, words.as_ignorecase), in order."""
    at = low.find("halv")
    while at >= 0:
        if (m := HALVING.match(text, at)) is not None:
            yield m
        at = low.find("halv", at + 4)


_BY_REACH = 40  # characters before a fraction searched for its "by"


def changes_by_fraction(text: str, low: str) -> Iterator[re.Match]:
    """BY_FRACTION's matches in ``text`` (``low``: the text lowered, words.as_ignorecase), in
    order: looked for before each word of a fraction that has a "by" before it only."""
    end = 0
    for at in _places(low, FRACTION_WORDS):
        if at < end or low.find("by", max(0, at - _BY_REACH), at) < 0:
            continue
        for m in BY_FRACTION.finditer(text, max(end, at - _BY_REACH), min(len(text), at + _BY_REACH)):
            if m.start("f") == at:
                end = m.end()
                yield m
                break


def multiple_at(m: re.Match) -> tuple[float, str] | None:
    """The multiple MULTIPLE found, and "less" for "three times less likely" ("more" else), or
    None: no number ("zero times")."""
    if m.group("twice"):
        value = 2.0 if match_key(m.group("twice")) == "twice" else 3.0
    else:
        value = parse_number(m.group("n") or m.group("f"))
        if value is None or value <= 1:
            return None
    less = _LESS.match(m.string, m.end()) is not None
    return value, "less" if less else "more"
