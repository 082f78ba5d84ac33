"""Misquotes: two quotes that are the same remark, word for word but for a change of meaning.

“We will never accept these tariffs” and “We will accept these tariffs”, said by the same person
(or by no one named) in two sources, are not two remarks in other words (variants) but one remark
that one source got wrong: a contradiction. The change that flips a meaning is one of few kinds,
cheap to see once the two quotes' words are aligned:

- a negation added or dropped (not, never, no, nothing, without; "don't" and "cannot" are "not"
  after ``normalise_quote``),
- a different number ("25 percent" / "20 percent", "three" / "four"),
- a word swapped for its opposite (accept / reject, increase / decrease, legal / illegal),
- a modal verb of one kind for another ("will" / "would" / "may": a pledge, a condition, a hope).

The quotes must be the same remark first: most of their words shared, in the same order, not
counting what one quotes beyond the other (a part quote). Translations of one sentence, which share
few words in order, are left to the variants.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rapidfuzz.distance import Indel

from .numbers import SCALES, TENS, UNITS
from .words import ARTICLES, QUOTE_FIGURE, figure_word, lemma, normalise_quote, wordset

# Words shared in order: at least this many, and at least this share of the shorter quote's.
MIN_SHARED_WORDS = 3
MIN_SHARED_SHARE = 0.6

NEGATIONS = wordset("not never no none nobody nothing neither nor without nowhere")
# Modal verbs by what they say of the act: that it will be (will, shall), would be (a condition),
# may be (may, might, could), must or should be. One swapped for another of another kind turns a
# pledge into a hope or a hypothesis (“We will open three hospitals” / “We would open…” / “We may
# open…”): a change of meaning, like a negation dropped. Not "can" (ability, said many ways).
_MODAL_KIND = {word: kind for kind, words in (
    ("will", ("will", "shall")), ("would", ("would",)), ("may", ("may", "might", "could")),
    ("must", ("must",)), ("should", ("should",))) for word in words}
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen", "half"}
# Opposites, by lemma (words.lemma: "accepted" and "accepts" are "accept"). A prefix that negates
# ("legal"/"illegal", "agree"/"disagree") is read by rule.
_OPPOSITES = (
    ("accept", "reject"), ("support", "oppose"), ("approve", "reject"), ("allow", "forbid"),
    ("allow", "ban"), ("allow", "prohibit"), ("increase", "decrease"), ("increase", "reduce"),
    ("rise", "fall"), ("raise", "lower"), ("more", "less"), ("more", "fewer"), ("most", "least"),
    ("win", "lose"), ("won", "lost"), ("success", "failure"), ("succeed", "fail"),
    ("true", "false"), ("right", "wrong"), ("good", "bad"), ("better", "worse"),
    ("best", "worst"), ("always", "never"), ("before", "after"), ("above", "below"),
    ("strong", "weak"), ("strengthen", "weaken"), ("open", "close"), ("start", "stop"),
    ("begin", "end"), ("include", "exclude"), ("guilty", "innocent"), ("friend", "enemy"),
    ("ally", "enemy"), ("safe", "dangerous"), ("easy", "difficult"), ("easy", "hard"),
    ("up", "down"), ("yes", "no"), ("love", "hate"), ("for", "against"),
    ("victory", "defeat"), ("peace", "war"), ("able", "unable"), ("all", "none"),
    ("everyone", "nobody"), ("everything", "nothing"), ("lift", "impose"), ("end", "continue"),
    ("cut", "raise"), ("higher", "lower"), ("high", "low"), ("large", "small"), ("big", "small"), ("many", "few"),
    # When: "by the end of this year" / "of next year".
    ("this", "next"), ("this", "last"), ("next", "last"), ("today", "tomorrow"),
    ("today", "yesterday"), ("yesterday", "tomorrow"),
)


def _opposite_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for a, b in _OPPOSITES:
        table.setdefault(lemma(a), set()).add(lemma(b))
        table.setdefault(lemma(b), set()).add(lemma(a))
    return {word: frozenset(opposites) for word, opposites in table.items()}


_OPPOSITE = _opposite_table()
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
_PREFIXED_MIN = 5  # letters of the word a prefix negates ("legal"; not "form" / "inform")
# The same beside "not X" in the other quote, which says the prefix negates ("not able" / "unable").
_NOT_PREFIXED_MIN = 4
# "not X" says what a prefixed X says only where the prefix negates X, which it does before an
# adjective ("unnecessary", "illegal", "non-negotiable"), not before a verb, where un-, in-, im-,
# dis- undo or make another word ("unlock", "inform", "impose", "disclose", "discover"). So:
# - "not X" after "do", a modal or "to" is a verb ("did not close", "will not lock"): no prefix
#   says it, but for the dis- verbs below;
# - in-, im-, il-, ir- before a participle make verbs ("informed", "invested", "imposed");
# - dis- negates only these (as lemmas): elsewhere it undoes or is another word;
# - adjectives where the prefix does not negate (English's own exceptions) are listed.
_VERB_BEFORE_NOT = wordset("do does did will would shall should can could may might must to")
_DIS_NEGATES = frozenset(map(lemma, (
    "agree", "approve", "like", "allow", "obey", "trust", "believe", "respect", "honest", "loyal",
    "similar", "satisfied", "pleased", "proportionate", "qualified", "continue")))
_NOT_NEGATED = wordset("invaluable inflammable infamous")


# A figure as normalise_quote writes it, one word: "12", "3.5", "1200" (1,200), "22-23" (22–23),
# "90s", "4.30", "7.15pm" ("3.5m" is written "3.5 million": see words.figure_word).
_FIGURE_WORD = re.compile(r"\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?[^\W\d_]*")


def _is_number(word: str) -> bool:
    return word in _NUMBER_WORDS or (word[:1].isdigit() and _FIGURE_WORD.fullmatch(word) is not None)


def _as_written(a: str, b: str) -> dict[str, str]:
    """Each figure of quotes ``a`` and ``b`` as normalise_quote writes it -> as first written
    ("1200" -> "1,200", "22-23" -> "22–23")."""
    written: dict[str, str] = {}
    for text in (a, b):
        for m in QUOTE_FIGURE.finditer(text):
            written.setdefault(figure_word(m).split()[0], m.group().strip())
    return written


def opposite(a: str, b: str) -> bool:
    """Whether two words mean the opposite: a listed pair or a negating prefix."""
    la, lb = lemma(a), lemma(b)
    if lb in _OPPOSITE.get(la, ()):
        return True
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= _PREFIXED_MIN and long_.endswith(short)
            and long_[: len(long_) - len(short)] in _NEGATING_PREFIXES)


def _negates(prefix: str, prefixed: str, word: str, before_not: str) -> bool:
    """Whether ``prefixed`` (``prefix`` + ``word``) says "not ``word``" where a quote has
    "``before_not`` not ``word``": see _VERB_BEFORE_NOT."""
    if prefix == "dis":
        return lemma(word) in _DIS_NEGATES
    if before_not in _VERB_BEFORE_NOT:
        return False
    return prefix in ("un", "non") or not word.endswith(("ed", "ing"))


def _prefixed_alike(words: list[str], other: list[str]) -> list[str]:
    """``words`` with each "not X" written as the other quote's word that is X with a negating
    prefix: "not necessary" is "unnecessary", "not negotiable" "nonnegotiable" (hyphens are gone
    by normalise_quote), one meaning in other words."""
    if "not" not in words:
        return words
    prefixed = {w[len(p):]: (p, w) for w in other for p in _NEGATING_PREFIXES
                if w.startswith(p) and len(w) - len(p) >= _NOT_PREFIXED_MIN
                and w not in _NOT_NEGATED}
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "not" and i + 1 < len(words) and words[i + 1] in prefixed \
                and _negates(*prefixed[words[i + 1]], words[i + 1], words[i - 1] if i else ""):
            out.append(prefixed[words[i + 1]][1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _gaps(a: list[str], b: list[str]) -> tuple[int, list[tuple[list[str], list[str]]],
                                                 tuple[list[list[str]], list[list[str]]]] | None:
    """How many words ``a`` and ``b`` share in order, the differing runs between them (each a
    pair: a's words, b's words), not counting a head or tail that only one of them quotes (a part
    of the other's remark), and the runs of words of ``a`` and of ``b`` that the alignment leaves
    out, head and tail included; None when nothing is shared."""
    equal = [(op.src_start, op.src_end, op.dest_start, op.dest_end)
             for op in Indel.opcodes(a, b) if op.tag == "equal"]
    if not equal:
        return None
    shared = sum(a_end - a_start for a_start, a_end, _b_start, _b_end in equal)
    bounds = [(0, 0, 0, 0), *equal, (len(a), len(a), len(b), len(b))]
    gaps = [(a[x[1]:y[0]], b[x[3]:y[2]]) for x, y in pairwise(bounds)]
    kept = [g for g in gaps[1:-1] if g[0] or g[1]]
    free = ([x for x, _y in gaps if x], [y for _x, y in gaps if y])
    head, tail = gaps[0], gaps[-1]
    # A head (tail) both quote differs in its words nearest the shared part; the rest of the
    # longer one is what only it quotes: "[Inflation is] now back to normal" / "not yet back to
    # normal" differ in "is now" / "not yet".
    n = min(map(len, head))
    head = (head[0][len(head[0]) - n:], head[1][len(head[1]) - n:])
    n = min(map(len, tail))
    tail = (tail[0][:n], tail[1][:n])
    return shared, ([head] if all(head) else []) + kept + ([tail] if all(tail) else []), free


def _moved(run: list[str], elsewhere: list[list[str]]) -> list[str]:
    """The negations of ``run`` but those moved, not added: a negation with the word after it
    that the other quote says too, outside the words the two share ("We will find out what
    happened, and we will not rest until we do" / "We will not rest until we find out what
    happened": one clause put first, its "not rest" in both)."""
    pairs = {pair for other in elsewhere for pair in pairwise(other)}
    return [w for i, w in enumerate(run) if w in NEGATIONS
            and not (i + 1 < len(run) and (w, run[i + 1]) in pairs)]


def _change(gaps: list[tuple[list[str], list[str]]], written: dict[str, str],
            free: tuple[list[list[str]], list[list[str]]] = ([], []),
            opening: frozenset[str] = frozenset()) -> str | None:
    """How the differing runs of one remark change its meaning, said briefly, or None; a figure is
    shown as ``written`` has it (see _as_written). ``free``: the words of each quote left out of
    their alignment (as _gaps has them), where a negation of the other may have moved to;
    ``opening``: the words that open a quote, once in it (see _modal)."""
    a_neg = [w for run, _other in gaps for w in _moved(run, free[1])]
    b_neg = [w for _other, run in gaps for w in _moved(run, free[0])]
    if len(a_neg) % 2 != len(b_neg) % 2:
        # A negation swapped for its opposite ("never" / "always") says so; else it is one side's
        swapped = next((s for run_a, run_b in gaps if (s := _swapped(run_a, run_b, NEGATIONS))),
                       None)
        return swapped or f"“{' '.join(a_neg or b_neg)}” in one, not the other"
    for run_a, run_b in gaps:
        nums_a = [w for w in run_a if _is_number(w)]
        nums_b = [w for w in run_b if _is_number(w)]
        if nums_a and nums_b and nums_a != nums_b:
            shown_a = " ".join(written.get(w, w) for w in nums_a)
            shown_b = " ".join(written.get(w, w) for w in nums_b)
            return f"“{shown_a}” against “{shown_b}”"
        if swapped := _swapped(run_a, run_b):
            return swapped
    for run_a, run_b in gaps:
        if modal := _modal(run_a, run_b, opening):
            return modal
    return None


def _modal(run_a: list[str], run_b: list[str], opening: frozenset[str]) -> str | None:
    """"“will” against “would”" for a modal verb of ``run_a`` and one of ``run_b`` of other kinds
    (_MODAL_KIND), or None. Not one that opens its quote (``opening``): reported speech shifts it
    (she said the plan “would cost less”, of “The plan will cost less”)."""
    kinds_a = {_MODAL_KIND[w]: w for w in run_a if w in _MODAL_KIND and w not in opening}
    kinds_b = {_MODAL_KIND[w]: w for w in run_b if w in _MODAL_KIND and w not in opening}
    if len(kinds_a) == 1 and len(kinds_b) == 1 and kinds_a.keys() != kinds_b.keys():
        return f"“{next(iter(kinds_a.values()))}” against “{next(iter(kinds_b.values()))}”"
    return None


def _swapped(run_a: list[str], run_b: list[str], among: frozenset[str] | None = None) -> str | None:
    """"“x” against “y”" for the first word of ``run_a`` whose opposite is in ``run_b`` (one of
    the two in ``among``, when given), or None."""
    for x in run_a:
        for y in run_b:
            if x != y and (among is None or x in among or y in among) and opposite(x, y):
                return f"“{x}” against “{y}”"
    return None


def _denied(words: list[str]) -> list[tuple[str, ...]]:
    """Each negation of ``words`` with the word it denies (after an article: "not a crisis")."""
    out = []
    for i, w in enumerate(words):
        if w in NEGATIONS:
            j = i + 1
            while j < len(words) and words[j] in ARTICLES:
                j += 1
            if j < len(words):
                out.append(tuple(words[i:j + 1]))
    return out


def _negation_moved(wa: list[str], wb: list[str]) -> str | None:
    """"“not structural” against “not temporary”" for two quotes of the same words in another
    order whose negations deny other words (“temporary, not structural” / “structural, not
    temporary”: the remark reversed), or None."""
    if len(wa) < MIN_SHARED_WORDS or wa == wb or sorted(wa) != sorted(wb):
        return None
    denied_a, denied_b = _denied(wa), _denied(wb)
    if not denied_a or sorted(denied_a) == sorted(denied_b):
        return None
    x = next(p for p in denied_a if p not in denied_b)
    y = next((p for p in denied_b if p not in denied_a), denied_b[0] if denied_b else x)
    return f"“{' '.join(x)}” against “{' '.join(y)}”"


def meaning_change(a: str, b: str) -> str | None:
    """How quote ``b`` changes the meaning of quote ``a`` when both are the same remark ("“never”
    in one, not the other", "“25” against “20”", "“accept” against “reject”"), or None: not the
    same remark, or the same meaning. Each figure is one whole word ("3.5", "1,200", "22–23"): "“3.5”
    against “4.5”", not "“3” against “4”"; "3.5 million" is no part of "5 million"."""
    wa, wb = normalise_quote(a).split(), normalise_quote(b).split()
    wa, wb = _prefixed_alike(wa, wb), _prefixed_alike(wb, wa)
    if reversed_ := _negation_moved(wa, wb):
        return reversed_
    found = _gaps(wa, wb)
    if found is None:
        return None
    shared, gaps, free = found
    if not gaps or shared < MIN_SHARED_WORDS or shared < MIN_SHARED_SHARE * min(len(wa), len(wb)):
        return None
    if shared < sum(max(len(x), len(y)) for x, y in gaps):
        return None  # fewer words shared than changed: not the same remark
    opening = frozenset(w[0] for w in (wa, wb) if w.count(w[0]) == 1)
    return _change(gaps, _as_written(a, b) if any(c.isdigit() for c in a + b) else {}, free,
                   opening)
