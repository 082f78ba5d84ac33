"""Which paragraphs of two sources belong together, whatever their order.

1. Anchors: paragraphs whose normalised text occurs exactly once on each side are paired, the
   longest in-order chain of them splits the documents into windows (patience diff), recursively.
2. Inside each window, repeated identical paragraphs pair in order; when both sides have as many
   paragraphs left, those in the same place pair if most of their characters agree (rapidfuzz's
   ratio: an edit in place, the common case, found without any scoring).
3. The rest is scored by the content words the paragraphs share (``Weights``): stopwords out,
   crude stems, common paraphrases as one word, each word weighted by how rare it is in the
   paragraphs being paired (IDF over both documents), so that "fentanyl", "Rubio" or "50%" count
   a lot and "Sheinbaum" or "Mexico", which every paragraph of a story has, count little. The
   score is a weighted cosine, with a little of a character ratio blended in (``BLEND``).
   Inside each window: singles, and one paragraph against 2–3 consecutive paragraphs of the
   other side (split/merge); best scores first, each paragraph once. Scores come from an
   inverted index of the words (only pairs that share a word are ever looked at; in large
   windows only words rare enough to tell paragraphs apart). A pair turned down only for
   want of rare words in common is taken after all, once the window's scoring is done, if it
   is still free and its paragraphs are the same but for figures or a word (``near_same``): in
   a run of near-identical paragraphs (boilerplate, a live blog's updates, like items of a
   list) every word is common. So is it, when one side has a single paragraph to pair
   (``lone_side``: a flash against a write-through), if it scores ``FAR_MIN``: one paragraph
   cannot tell the story's words from its own.
4. What is still unpaired anywhere is scored once more across the whole document (pairs from
   one window excepted: they were scored there), with a higher bar, so that a paragraph that
   moved far and was edited on the way is still found; splits and merges too (a part of a bill
   that moved, two of its clauses merged: the halves and the whole fall in different windows).

A line's leading enumerator ("4.2", "(a)", "3.", "Part 6 —": ``labels.labels_in_sequence``), where
the document's labels read as a sequence, is left out of scoring, and of anchoring for what has no
identical copy on the other side: it is a clause's place, not what it says, so a renumbered clause
anchors with its counterpart, and two unrelated clauses numbered alike share no figure. An exact
copy anchors first; a time or a figure that starts a line ("10.30 Police said", "1.200 Menschen")
reads as no sequence and stays.

Headings pair only with headings and lists only with lists (unless identical): a heading that
holds the words of a paragraph is not that paragraph.
"""

from __future__ import annotations

import heapq
import math
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain as chained
from itertools import compress
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from .caches import on_forget
from .chains import longest_increasing, unique_pairs
from .labels import labels_in_sequence
from .pace import pause_point
from .tokens import content_words

PAIR_MIN = 0.18  # weighted cosine for two paragraphs of one window to pair
FAR_MIN = 0.35  # the same for paragraphs paired across windows (nothing around them agrees)
SHORT = 4  # content words below which a paragraph is short: a heading, a one-line quote
SHORT_MIN = 0.35  # cosine short paragraphs need (a shared name is half of four words)
SHARED_WORDS = 2  # rare words two paired paragraphs must share (fewer if one has fewer)...
RARE_SHARE = 0.3  # ...rare: in at most this share of the paragraphs (or in two)
MEMBER_MIN = 0.1  # cosine every member of a split/merge group needs with its partner
GROUP_GAIN = 0.03  # a group must beat the single paragraph's best single score by this
MEMBER_TOL = 0.05  # a member may not prefer another partner by more than this
BLEND = 0.2  # share of rapidfuzz's token_sort_ratio (word order, spelling) in a pair's score
NUMBER_WEIGHT = 2.0  # a shared number (50%, 22-23, 2024) is a fact: it counts more than a word
ATTACH_COVER = 0.12  # share of a paragraph's weight that a match must hold for it to join
SMALL = 3  # windows this small (each side) skip the search for unique anchors
QUICK_MIN = 80.0  # character ratio at which paragraphs in the same place pair without scoring
QUICK_CHARS = 20_000  # longer paragraphs skip that check (its cost grows with the product)
SAME_WORDS = 0.75  # share of their words but numbers that near-identical paragraphs share
MATCH_WORDS = 2_000  # content words of a paragraph that scoring looks at
FULL_CELLS = 40_000  # windows up to this many pairs use every word to find candidates
MAX_POSTING = 40  # larger windows skip words in more paragraphs than this...
CANDIDATES = 8  # ...and keep this many best candidates per paragraph


@dataclass(frozen=True, slots=True)
class Match:
    """Consecutive paragraphs of each side (one side has exactly one) that belong together."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float


def anchor_key(paragraph: str) -> str:
    """Text for exact matching: case and spacing folded (quotes and the like are left to the
    fuzzy stage, which sees them as equal; folding them here costs more than it finds)."""
    key = paragraph.lower()  # (lower case never makes or removes whitespace)
    if not _only_spaces(paragraph):
        return " ".join(key.split())
    # " ".join(key.split()) without splitting the text into words: runs of spaces made one
    while "  " in key:
        key = key.replace("  ", " ")
    return key.strip(" ")


def _only_spaces(text: str) -> bool:
    """True when the space is the only whitespace in ``text`` (false also for some such texts
    with unprintable characters), found with fast searches rather than by splitting."""
    if text.isascii():  # what str.split() splits ASCII text at besides the space
        return ("\n" not in text and "\t" not in text and "\r" not in text and "\x0b" not in text
                and "\x0c" not in text and "\x1c" not in text and "\x1d" not in text
                and "\x1e" not in text and "\x1f" not in text)
    return text.isprintable()  # all whitespace but the space is unprintable


_T = TypeVar("_T")
_BySide = tuple[dict[int, _T], dict[int, _T]]  # something of each side's paragraphs, by index


class Weights:
    """Content words of paragraphs and how rare each word is among them.

    ``idf(w) = ln((n + 1) / df(w))`` over the ``n`` paragraphs (both sides) being paired: a word
    in every paragraph weighs almost nothing, a word in two weighs ``ln((n + 1) / 2)``; numbers
    count ``NUMBER_WEIGHT`` times more.
    """

    __slots__ = ("common_words", "idf", "mass", "sets")

    def __init__(self, sets: _BySide[frozenset[str]]) -> None:
        """``sets``: the content words of each side's paragraphs, by index."""
        self.sets = sets
        df = Counter(chained.from_iterable(chained(sets[0].values(), sets[1].values())))
        n = len(sets[0]) + len(sets[1])
        top = math.log(n + 1)
        most = max(2, n * RARE_SHARE)
        # words that are not rare (in more than ``most`` paragraphs): far fewer than rare ones
        self.common_words = frozenset([w for w, d in df.items() if d > most])
        log = {d: top - math.log(d) for d in set(df.values())}  # few distinct counts
        self.idf = idf = {w: log[d] * (NUMBER_WEIGHT if w[0].isdigit() else 1.0)
                          for w, d in df.items()}
        # fsum: exact, so no sum depends on the order of a set (string hashing varies per process)
        self.mass = ({i: math.fsum(map(idf.__getitem__, s)) for i, s in sets[0].items()},
                     {i: math.fsum(map(idf.__getitem__, s)) for i, s in sets[1].items()})

    def enough_shared(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Two paragraphs about the same thing share at least two rare words (one if either has
        only one): one shared name is a coincidence, shared common words say nothing."""
        shared = a & b
        need = min(SHARED_WORDS, len(a), len(b))
        return len(shared) >= need and len(shared - self.common_words) >= need

    def shared(self, a: frozenset[str], b: frozenset[str]) -> float:
        idf = self.idf
        return math.fsum(map(idf.__getitem__, a & b))

    def cosine(self, common: float, mass_a: float, mass_b: float) -> float:
        return common / math.sqrt(mass_a * mass_b) if mass_a > 0 and mass_b > 0 else 0.0


# _blended's two factors, computed once (the same floats as computed in each call)
_COSINE_SHARE = 1 - BLEND
_RATIO_SHARE = BLEND / 100


def _blended(cosine: float, ratio: float) -> float:
    """A pair's score from its weighted cosine and rapidfuzz's ratio (0-100): see ``blend``."""
    return _COSINE_SHARE * cosine + _RATIO_SHARE * ratio


_Words = tuple[str, frozenset[str]]  # content words: sorted and joined by spaces; set


class _Known:
    """What pairing finds in a document's paragraphs whoever it is paired with: their anchor
    keys, as they are (``keys``) and without their labels (``bare``: the same list when no label
    is left out), the texts without labels, and their content words (None until needed)."""

    __slots__ = ("bare", "bare_texts", "keys", "texts", "words")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.keys = [anchor_key(p) for p in texts]
        self.bare_texts = labels_in_sequence(texts)
        self.bare = self.keys if self.bare_texts == list(texts) else [
            key if bare is text else anchor_key(bare)
            for key, text, bare in zip(self.keys, texts, self.bare_texts, strict=True)]
        self.words: list[_Words | None] = [None] * len(texts)


def _anchor_keys(own: _Known, other: _Known) -> list[str]:
    """``own``'s anchor keys when paired with ``other``: a paragraph with an identical copy
    there keeps its own key (an exact copy wins over one that is alike only once labels are
    left out), any other its key without labels."""
    if own.bare is own.keys:
        return own.keys
    theirs = set(other.keys)
    return [key if key in theirs else bare for key, bare in zip(own.keys, own.bare, strict=True)]


# The last few documents paired, keyed by their paragraphs themselves (so by content: an entry
# can never serve another text, and is shared by equal copies): a document compared with several
# others (a corpus report, the reader) is read once. The reader pairs in worker threads: the
# table is only touched under the lock; a ``words`` slot may be filled by two threads at once,
# both with the same value.
_KNOWN: dict[tuple[str, ...], _Known] = {}
_KNOWN_LOCK = threading.Lock()
_KNOWN_MAX = 8


def _forget_known() -> None:
    with _KNOWN_LOCK:
        _KNOWN.clear()


on_forget(_forget_known)


def _known(texts: Sequence[str]) -> _Known:
    if not isinstance(texts, tuple):  # a list may change: nothing kept
        return _Known(texts)
    with _KNOWN_LOCK:
        hit = _KNOWN.get(texts)
    if hit is not None:
        return hit
    known = _Known(texts)
    with _KNOWN_LOCK:
        if len(_KNOWN) >= _KNOWN_MAX:
            _KNOWN.clear()
        return _KNOWN.setdefault(texts, known)


class _Pairer:
    def __init__(self, left: Sequence[str], right: Sequence[str],
                 kinds: tuple[Sequence[str], Sequence[str]]) -> None:
        self.texts = (left, right)
        self.kinds = kinds
        self.known = (_known(left), _known(right))
        self.keys = (_anchor_keys(self.known[0], self.known[1]),
                     _anchor_keys(self.known[1], self.known[0]))
        self.used = ([False] * len(left), [False] * len(right))
        self.matches: list[Match] = []
        self.leaf: tuple[dict[int, int], dict[int, int]] = ({}, {})  # index -> window scored in
        self.weights: Weights | None = None
        self.mtext: _BySide[str] = ({}, {})  # content words, sorted, joined by spaces

    def take(self, left: tuple[int, ...], right: tuple[int, ...], score: float) -> None:
        for i in left:
            self.used[0][i] = True
        for j in right:
            self.used[1][j] = True
        self.matches.append(Match(left, right, score))

    def same_kind(self, i: int, j: int) -> bool:
        return self.kinds[0][i] == self.kinds[1][j]

    # -- 1. anchors -------------------------------------------------------------------------
    def anchors(self) -> list[tuple[int, int, int, int]]:
        """Pair unique identical paragraphs; return the windows left between them."""
        ka, kb = self.keys
        leaves = []
        stack = [(0, len(ka), 0, len(kb))]
        while stack:
            i0, i1, j0, j1 = stack.pop()
            if i0 >= i1 or j0 >= j1:
                continue
            if i1 - i0 <= SMALL and j1 - j0 <= SMALL:
                leaves.append((i0, i1, j0, j1))  # window() pairs identical ones in order
                continue
            pairs = [(i0 + i, j0 + j) for i, j in unique_pairs(ka[i0:i1], kb[j0:j1])]
            if not pairs:
                leaves.append((i0, i1, j0, j1))
                continue
            chain = longest_increasing([j for _, j in pairs])
            ua, ub, matches = self.used[0], self.used[1], self.matches
            for i, j in pairs:  # take(), inlined: tens of thousands on long documents
                ua[i] = ub[j] = True
                matches.append(Match((i,), (j,), 1.0))
            # (a pair out of the chain's order is taken too, as moved; no window below holds
            # both of its paragraphs, so none can pair them again)
            pi, pj = i0, j0
            for pos in chain:
                i, j = pairs[pos]
                stack.append((pi, i, pj, j))
                pi, pj = i + 1, j + 1
            stack.append((pi, i1, pj, j1))
        leaves.sort()
        return leaves

    # -- 2. windows, without scoring --------------------------------------------------------
    def in_window(self, i0: int, i1: int, j0: int, j1: int) -> tuple[list[int], list[int]]:
        """Pair what needs no scoring; return the paragraphs of the window still unpaired."""
        ua, ub = self.used
        ka, kb = self.keys
        rest_b: dict[str, list[int]] = defaultdict(list)
        for j in range(j0, j1):
            if not ub[j]:
                rest_b[kb[j]].append(j)
        for i in range(i0, i1):  # repeated identical paragraphs, in order
            if not ua[i] and rest_b.get(ka[i]):
                self.take((i,), (rest_b[ka[i]].pop(0),), 1.0)
        us = [i for i in range(i0, i1) if not ua[i]]
        vs = [j for j in range(j0, j1) if not ub[j]]
        if us and len(us) == len(vs):
            # The common case of an edited paragraph left where it was: same place between the
            # same anchors and most characters alike.
            ta, tb = self.texts
            for i, j in zip(us, vs):
                if self.same_kind(i, j) and max(len(ta[i]), len(tb[j])) <= QUICK_CHARS:
                    score = fuzz.ratio(ta[i], tb[j], score_cutoff=QUICK_MIN)
                    if score:
                        self.take((i,), (j,), score / 100)
            us = [i for i in us if not ua[i]]
            vs = [j for j in vs if not ub[j]]
        return us, vs

    # -- 3. scoring -------------------------------------------------------------------------
    def weigh(self) -> None:
        """Content words and IDF weights of every paragraph still unpaired."""
        sets: _BySide[frozenset[str]] = ({}, {})
        for side in (0, 1):
            texts = self.known[side].bare_texts
            known = self.known[side].words
            mtext, unique = self.mtext[side], sets[side]
            for i, u in enumerate(self.used[side]):
                if not u:
                    words = known[i]
                    if words is None:
                        ws = content_words(texts[i], MATCH_WORDS)
                        words = known[i] = (" ".join(sorted(ws)), frozenset(ws))
                    mtext[i], unique[i] = words
        self.weights = Weights(sets)

    def scores(self, us: list[int], vs: list[int], least: float,
               apart: bool = False) -> dict[int, dict[int, float]]:
        """Cosine of the pairs of ``us`` (left) x ``vs`` (right) that reach ``least``, by left
        paragraph: ``{i: {j: cosine}}`` (no empty rows). Small windows scored whole go to
        ``_all_scores``, which gives the same.

        Only pairs that share a word are looked at. In windows of more than ``FULL_CELLS`` pairs
        only words in at most ``MAX_POSTING`` paragraphs find candidates, and each paragraph
        keeps its ``CANDIDATES`` best. ``apart``: skip pairs from one window, scored there."""
        w = self.weights
        assert w is not None
        full = len(us) * len(vs) <= FULL_CELLS
        if full and not apart:
            return self._all_scores(us, vs, least)
        sets_a, sets_b = w.sets
        mass_a, mass_b = w.mass
        idf = w.idf
        postings: dict[str, list[int]] = defaultdict(list)
        for j in vs:
            for word in sets_b[j]:
                postings[word].append(j)
        if not full:  # only words rare enough find candidates
            postings = {word: js for word, js in postings.items() if len(js) <= MAX_POSTING}
        la, lb = self.leaf if apart else ({}, {})
        sqrt = math.sqrt
        found: dict[int, dict[int, float]] = {}
        for i in us:
            acc: dict[int, float] = {}
            get = acc.get
            for word in sorted(sets_a[i]):  # the sums below add in one order
                js = postings.get(word)
                if js:
                    x = idf[word]
                    for j in js:
                        acc[j] = get(j, 0.0) + x
            if not acc:
                continue
            mi = mass_a[i]
            if mi <= 0:
                continue
            leaf = la.get(i, -1)
            if full or len(acc) <= CANDIDATES:
                picked = acc.items()
            else:  # most shared weight first, ties by position (never by set order)
                picked = heapq.nsmallest(CANDIDATES, acc.items(), key=lambda kv: (-kv[1], kv[0]))
            si = sets_a[i]
            row: dict[int, float] = {}
            for j, common in picked:
                if leaf >= 0 and lb.get(j) == leaf:
                    continue
                if not full:
                    common = w.shared(si, sets_b[j])
                mj = mass_b[j]
                if mj > 0:  # Weights.cosine, inlined: thousands of pairs
                    cos = common / sqrt(mi * mj)
                    if cos >= least:
                        row[j] = cos
            if row:
                found[i] = row
        return found

    def _all_scores(self, us: list[int], vs: list[int],
                    least: float) -> dict[int, dict[int, float]]:
        """``scores`` of a window small enough for every word to find candidates (and none to
        skip): the sums are kept in a list by position in ``vs``, whose items cost less than a
        dict's, and the pairs that share a word are the list's non-zero items (weights are
        positive: ``ln((n + 1) / df)`` with ``df <= n``). Each sum adds the same weights in the
        same order as ``scores``."""
        w = self.weights
        sets_a, sets_b = w.sets
        mass_a = w.mass[0]
        idf = w.idf
        postings: dict[str, list[int]] = defaultdict(list)  # word -> positions in vs
        for p, j in enumerate(vs):
            for word in sets_b[j]:
                postings[word].append(p)
        mass_b = [w.mass[1][j] for j in vs]
        positions = range(len(vs))
        sqrt = math.sqrt
        found: dict[int, dict[int, float]] = {}
        for i in us:
            acc = [0.0] * len(vs)
            for word in sorted(sets_a[i]):  # the sums below add in one order
                ps = postings.get(word)
                if ps:
                    x = idf[word]
                    for p in ps:
                        acc[p] += x
            mi = mass_a[i]
            if mi <= 0:
                continue
            row: dict[int, float] = {}
            # The pairs that share a word: Weights.cosine, inlined (thousands of pairs); the
            # mass of a paragraph that shares a word is above 0 (all weights are).
            for p in compress(positions, acc):
                cos = acc[p] / sqrt(mi * mass_b[p])
                if cos >= least:
                    row[vs[p]] = cos
            if row:
                found[i] = row
        return found

    @staticmethod
    def blend(cosine: float, a: str, b: str) -> float:
        """A pair's score: mostly the weighted cosine of content words, partly rapidfuzz's
        token_sort_ratio of the content words (``a`` and ``b`` are sorted already): spelling
        counts, and what is left over counts against."""
        return _blended(cosine, fuzz.ratio(a, b))

    def fuzzy(self, us: list[int], vs: list[int], least: float, groups: bool,
              apart: bool = False) -> None:
        """Score paragraphs ``us`` (left) against ``vs`` (right) and pair the best first."""
        rows = self.scores(us, vs, min(least, MEMBER_MIN), apart)
        if not rows:
            return
        w = self.weights
        mt_a, mt_b = self.mtext
        kind_a, kind_b = self.kinds
        # each paragraph's best score (0.0 where none: never read)
        best: _BySide[float] = ({}, dict.fromkeys(vs, 0.0))
        best_a, best_b = best
        # (-score, 0, i, j) of a pair, (-score, paragraphs, left, right) of a group: sorted as
        # they are, best first
        cands: list[tuple[float, int, Any, Any]] = []
        plain: list[tuple[float, int, int]] = []  # (-score, i, j) of two plain paragraphs
        ratio, cos_share, ratio_share = fuzz.ratio, _COSINE_SHARE, _RATIO_SHARE
        for i, row in rows.items():
            kind = kind_a[i]
            top = 0.0
            # blend(), with the ratios of one left paragraph against all its candidates in one
            # call; then what each pair is: a candidate, a possible member of a group
            for _, r, j in process.extract(mt_a[i], {j: mt_b[j] for j in row}, scorer=ratio,
                                           limit=None):
                s = cos_share * row[j] + ratio_share * r  # _blended(), inlined
                # (not max(): a call per pair costs more than a comparison)
                if s > top:  # noqa: PLR1730
                    top = s
                if s > best_b[j]:  # noqa: PLR1730
                    best_b[j] = s
                if kind == kind_b[j]:
                    if s >= least:
                        cands.append((-s, 0, i, j))
                    if groups and kind == "paragraph":
                        plain.append((-s, i, j))
            if top > 0.0:
                best_a[i] = top
        if groups:
            cands += self._groups(plain, best, least)
        cands.sort()
        ua, ub = self.used
        sets_a, sets_b = w.sets
        start = len(self.matches)
        alike: list[tuple[int, int]] = []  # pairs turned down for want of rare words
        strong: list[tuple[int, int, float]] = []  # those of them that score FAR_MIN
        lone = min(len(sets_a), len(sets_b)) == 1  # a side has one paragraph to pair
        for neg, members, left, right in cands:
            if members:
                if not any(map(ua.__getitem__, left)) and not any(map(ub.__getitem__, right)):
                    self.take(left, right, -neg)
                continue
            i, j = left, right
            if ua[i] or ub[j]:
                continue
            # A pair's last tests, only for the few still free when their turn comes: short
            # paragraphs need a higher score, all need rare words in common.
            s = -neg
            a, b = sets_a[i], sets_b[j]
            if (len(a) < SHORT or len(b) < SHORT) and s < SHORT_MIN:
                continue
            if w.enough_shared(a, b):
                self.take((i,), (j,), s)
            elif not apart:
                alike.append((i, j))
                if s >= FAR_MIN and lone:
                    strong.append((i, j, s))
        if groups:
            self._attach(plain, best, start)
        self.near_same(alike)
        self.lone_side(strong)

    def near_same(self, pairs: list[tuple[int, int]]) -> None:
        """Of ``pairs`` (left, right) that the scoring of one window turned down for want of
        rare words in common, take those still free that say the same but for their figures:
        most characters agree (``QUICK_MIN``, as for two paragraphs in the same place) and so do
        their words other than numbers (``SAME_WORDS`` of each one's). Most alike first, as
        the character ratio says: of like items, the one that differs by a figure rather than
        the one that shares the figure but names another place.

        Words are common in a window when its paragraphs repeat each other: a wire story's
        boilerplate, a live blog's updates, a list of like items. Such a paragraph shares few
        rare words with its counterpart, mostly words every paragraph has, yet all its text
        but a number or a word, and the numbers two sources disagree on are what a reader
        compares them for. Two like items of a list that name another person, place or charge
        stay apart. Pairs the scoring took are never displaced: this only pairs what it left."""
        ua, ub = self.used
        ta, tb = self.texts
        sets_a, sets_b = self.weights.sets
        found = []
        words_a: dict[int, frozenset[str]] = {}  # each paragraph's words but numbers, made once
        words_b: dict[int, frozenset[str]] = {}
        for i, j in pairs:
            if ua[i] or ub[j] or max(len(ta[i]), len(tb[j])) > QUICK_CHARS:
                continue
            a = words_a.get(i)
            if a is None:
                a = words_a[i] = frozenset(w for w in sets_a[i] if not w[0].isdigit())
            b = words_b.get(j)
            if b is None:
                b = words_b[j] = frozenset(w for w in sets_b[j] if not w[0].isdigit())
            if len(a & b) < SAME_WORDS * max(len(a), len(b)):
                continue
            score = fuzz.ratio(ta[i], tb[j], score_cutoff=QUICK_MIN)
            if score:
                found.append((-score, i, j))
        for neg, i, j in sorted(found):
            if not ua[i] and not ub[j]:
                self.take((i,), (j,), -neg / 100)

    def lone_side(self, pairs: list[tuple[int, int, float]]) -> None:
        """Of ``pairs`` (left, right, score; best first) that the scoring of one window turned
        down for want of rare words in common, when one side has a single paragraph to pair,
        take the first still free whose paragraphs share two words (one if either has only
        one) and score ``FAR_MIN``, the bar of a pair with nothing around it that agrees.

        A word is rare when few of the paragraphs being paired have it, but one paragraph
        cannot tell the story's words from its own: a wire flash of one paragraph has only
        the story's words, and a write-through repeats them in its new top paragraph and in
        the old lede, so every word the flash shares with them is in every paragraph of both
        sides. Whether the flash is one of them is for the score to say, with the higher bar
        that a pair needs when no paragraph around it agrees."""
        ua, ub = self.used
        sets_a, sets_b = self.weights.sets
        for i, j, s in pairs:
            if ua[i] or ub[j]:
                continue
            a, b = sets_a[i], sets_b[j]
            if len(a & b) >= min(SHARED_WORDS, len(a), len(b)):
                self.take((i,), (j,), s)

    def _attach(self, plain: list[tuple[float, int, int]], best: _BySide[float],
                start: int) -> None:
        """Grow matches made since ``start`` by a neighbouring paragraph that is still alone,
        says part of what the match's single paragraph says and the match does not say yet, and
        has no better partner: a paragraph split in two where each half is too short to pair on
        its own.

        ``plain``: (-score, i, j) of the scored pairs of plain paragraphs."""
        ua, ub = self.used
        w = self.weights
        owner: tuple[dict[int, int], dict[int, int]] = ({}, {})  # index -> match position
        for pos in range(start, len(self.matches)):
            m = self.matches[pos]
            for i in m.left:
                owner[0][i] = pos
            for j in m.right:
                owner[1][j] = pos
        # best first; a pair taken on both sides stays so, and is never looked at
        for neg, i, j in sorted([p for p in plain if not (ua[p[1]] and ub[p[2]])]):
            if ua[i] == ub[j]:
                continue
            s = -neg
            side, k, x = (0, i, j) if ua[i] else (1, j, i)  # k is taken, x is alone
            pos = owner[side].get(k)
            if pos is None or s < best[1 - side][x] - MEMBER_TOL:
                continue
            m = self.matches[pos]
            mine, theirs = (m.left, m.right) if side == 0 else (m.right, m.left)
            if len(mine) != 1 or len(theirs) >= 3 or x not in (theirs[0] - 1, theirs[-1] + 1):
                continue
            a, b = w.sets[side][k], w.sets[1 - side][x]
            if not w.enough_shared(a, b) or min(len(a), len(b)) < SHORT and s < SHORT_MIN:
                continue
            if w.shared(a, b) < ATTACH_COVER * w.mass[1 - side][x]:
                continue
            # It must say something of the single paragraph that the match does not say yet: a
            # paragraph next to an exact merge (one the other side dropped) adds nothing
            if (a & b).issubset(chained.from_iterable(w.sets[1 - side][y] for y in theirs)):
                continue
            grown = tuple(sorted((*theirs, x)))
            self.matches[pos] = Match(m.left, grown, m.score) if side == 0 else \
                Match(grown, m.right, m.score)
            owner[1 - side][x] = pos
            (ub if side == 0 else ua)[x] = True

    def _groups(self, plain: list[tuple[float, int, int]], best: _BySide[float],
                least: float) -> list[tuple[float, int, tuple[int, ...], tuple[int, ...]]]:
        """Split/merge candidates: one paragraph against 2–3 consecutive ones of the other side,
        each of which says part of it (none of them preferring another partner), together
        saying it better than any one of them. ``plain``: as for ``_attach``; each candidate is
        ``(-score, paragraphs in the run, left, right)``, as ``fuzzy`` sorts them."""
        ua, ub = self.used
        best_a, best_b = best
        w = self.weights
        # index -> the paragraphs of the other side that may join a group with it: related to
        # it, still alone, preferring no other partner
        members: _BySide[set[int]] = (defaultdict(set), defaultdict(set))
        for neg, i, j in plain:
            s = -neg
            if s >= MEMBER_MIN:
                if not ub[j] and s >= best_b[j] - MEMBER_TOL:
                    members[0][i].add(j)
                if not ua[i] and s >= best_a[i] - MEMBER_TOL:
                    members[1][j].add(i)
        out = []
        for side in (0, 1):
            other = 1 - side
            for k, members_k in members[side].items():
                if len(members_k) < 2:
                    continue
                single = w.sets[side][k]
                need = max(least, best[side][k] + GROUP_GAIN)
                for start in sorted(members_k):
                    joined = w.sets[other][start]
                    for x in (start + 1, start + 2):
                        if x not in members_k:
                            break
                        joined = joined | w.sets[other][x]
                        common = w.shared(single, joined)
                        mass = math.fsum(map(w.idf.__getitem__, joined))
                        cosine = w.cosine(common, w.mass[side][k], mass)
                        if _blended(cosine, 100) < need - 1e-9:
                            continue  # not even with equal texts: no ratio to compute
                        joined_text = " ".join(sorted(" ".join(
                            self.mtext[other][y] for y in range(start, x + 1)).split()))
                        score = self.blend(cosine, self.mtext[side][k], joined_text)
                        if score >= need:
                            run = tuple(range(start, x + 1))
                            left, right = ((k,), run) if side == 0 else (run, (k,))
                            out.append((-score, len(run), left, right))
        return out

    # -- 4. what is left -----------------------------------------------------------------------
    def leftovers(self, leaves: list[tuple[int, int, int, int]]) -> None:
        ua, ub = self.used
        if leaves == [(0, len(ua), 0, len(ub))]:
            return  # one window held everything: nothing new to find
        # Short paragraphs (a heading, a one-line entry) pair across windows by coincidence.
        sets_a, sets_b = self.weights.sets
        us = [i for i, u in enumerate(ua) if not u and len(sets_a[i]) >= SHORT]
        vs = [j for j, u in enumerate(ub) if not u and len(sets_b[j]) >= SHORT]
        if us and vs:
            self.fuzzy(us, vs, FAR_MIN, groups=True, apart=True)


def _heaviest_chain(rights: Sequence[int], held: Sequence[float],
                    scores: Sequence[float]) -> list[int]:
    """Positions (ascending) of the longest chain whose ``rights`` increase along the positions;
    of the longest ones the one that holds most (``held``), then the one whose ``scores`` add up
    to most (a tree of prefix maxima over the right indices: n log n)."""
    rank = {j: r for r, j in enumerate(sorted(set(rights)), 1)}
    size = len(rank)
    none = (0, 0.0, 0.0, -1)  # (length, held, score, end)
    tree: list[tuple[int, float, float, int]] = [none] * (size + 1)
    before = [-1] * len(rights)
    best = none
    for pos, j in enumerate(rights):
        r = rank[j]
        k, top = r - 1, none
        while k > 0:  # the best chain ending at a smaller right index
            if tree[k] > top:  # noqa: PLR1730 (max() of tuples: a call costs more)
                top = tree[k]
            k -= k & -k
        before[pos] = top[3]
        value = (top[0] + 1, top[1] + held[pos], top[2] + scores[pos], pos)
        if value[:3] > best[:3]:
            best = value
        k = r
        while k <= size:
            if value > tree[k]:  # noqa: PLR1730
                tree[k] = value
            k += k & -k
    chain = []
    pos = best[3]
    while pos >= 0:
        chain.append(pos)
        pos = before[pos]
    return chain[::-1]


def pair_paragraphs(left: Sequence[str], right: Sequence[str],
                    kinds: tuple[Sequence[str], Sequence[str]] | None = None) -> list[Match]:
    """Matches between paragraphs of ``left`` and ``right``; unmatched indices are left out.

    ``kinds``: each side's segment kinds ("paragraph", "heading", "list"; all paragraphs when
    None). Paragraphs pair only with their own kind (unless identical); only plain paragraphs
    join a split/merge group.
    """
    if kinds is None:
        kinds = (["paragraph"] * len(left), ["paragraph"] * len(right))
    pairer = _Pairer(left, right, kinds)
    leaves = pairer.anchors()
    windows = []
    for leaf in leaves:
        pause_point()
        windows.append(pairer.in_window(*leaf))
    pairer.weigh()
    pause_point()
    for n, (us, vs) in enumerate(windows):
        pause_point()
        if us and vs:
            pairer.leaf[0].update(dict.fromkeys(us, n))
            pairer.leaf[1].update(dict.fromkeys(vs, n))
            pairer.fuzzy(us, vs, PAIR_MIN, groups=True)
    pairer.leftovers(leaves)
    return pairer.matches


def in_place(matches: Sequence[Match], weights: Sequence[int] | None = None,
             names: Sequence[str] | None = None) -> list[bool]:
    """For each match, whether it belongs to the chain that stays in place: the longest that
    keeps both sides' order; of those the one that holds most text that agrees (each match's
    ``weights``, how much text it holds, times its score), then the one of the highest scores.
    So a paragraph the other side quotes stays in place, and a weak pair beside it (paragraphs
    of one story that share a few words) is the one "moved"; of two paragraphs that swapped
    places, the one holding less text moves.

    The others are "moved". Matches must be sorted by their first left index. Of the chain
    found in the left side's order and the one found in the right side's (the same unless
    those sums tie), the one whose ``names`` (a text of each match that is the same whichever
    side is left) sort first stays: so which paragraph moved does not depend on which side is
    which.
    """
    scores = [m.score for m in matches]
    held = [0.0] * len(matches) if weights is None else [
        w * s for w, s in zip(weights, scores)]
    chain = _heaviest_chain([m.right[0] for m in matches], held, scores)
    if weights is not None and len(chain) < len(matches):
        by_right = sorted(range(len(matches)), key=lambda k: matches[k].right[0])
        other = [by_right[p] for p in _heaviest_chain(
            [matches[k].left[0] for k in by_right], [held[k] for k in by_right],
            [scores[k] for k in by_right])]
        if set(other) != set(chain):
            mine = (math.fsum(held[k] for k in chain), math.fsum(scores[k] for k in chain))
            theirs = (math.fsum(held[k] for k in other), math.fsum(scores[k] for k in other))
            if theirs > mine or theirs == mine and names is not None and (
                    sorted(names[k] for k in other) < sorted(names[k] for k in chain)):
                chain = other
    kept = set(chain)
    return [k in kept for k in range(len(matches))]
