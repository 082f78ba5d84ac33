"""Which paragraphs of two sources belong together, whatever their order.

1. Anchors: paragraphs whose normalised text occurs exactly once on each side are paired, the
   longest in-order chain of them splits the documents into windows (patience diff), recursively.
2. Inside each window that has no unique paragraph left, repeated identical paragraphs pair in
   order; when both sides have as many paragraphs left, those in the same place pair if most of
   their characters agree (an edit in place, the common case); the rest is scored with
   rapidfuzz: singles, and one paragraph against 2–3 consecutive paragraphs of the other side
   (split/merge). Best scores are taken first.
3. What is still unpaired anywhere is scored once more across the whole document (pairs from
   one window excepted: they were scored there), so a paragraph that moved far and was edited
   on the way is still found. Large sets use an inverted index of rare words to pick candidates
   instead of scoring every pair: no n x m matrix is ever built for large documents.

Scores: ``token_set_ratio`` says whether one paragraph's content words are contained in the
other's (paraphrase); ``token_sort_ratio`` penalises what is left over, so a merged paragraph
scores higher against both halves joined than against either half. The pair score is their mean.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .tokens import match_text

PAIR_MIN = 55.0  # pair score (mean of set and sort ratios) for two paragraphs to pair
SHORT = 6  # content words below which a paragraph is short: a heading, a one-line quote
SHORT_MIN = 70.0  # pair score short paragraphs need (few words agree by chance)
SORT_MIN = 30.0  # token_sort_ratio a single pair needs: a heading is not a paragraph holding its words
FAR_MIN = 70.0  # the same for paragraphs paired across windows (nothing around them agrees)
SHARED_WORDS = 3  # content words two paired paragraphs must share (fewer if one has fewer)...
SHARED_SHARE = 0.2  # ...and this share of the smaller one's
MEMBER_MIN = 60.0  # token_set_ratio every member of a split/merge group needs with its partner
GROUP_GAIN = 5.0  # a group's sort ratio must beat the single paragraph's best single by this
MEMBER_TOL = 5.0  # a member may not prefer another partner by more than this
SMALL = 3  # windows this small (each side) skip the search for unique anchors
QUICK_MIN = 80.0  # character ratio at which paragraphs in the same place pair without scoring
QUICK_CHARS = 20_000  # longer paragraphs skip that check (its cost grows with the product)
MATCH_WORDS = 2_000  # content words of a paragraph that scoring looks at
FULL_CELLS = 40_000  # windows up to this many pairs are scored exhaustively
MAX_POSTING = 40  # words in more unpaired paragraphs than this are too common to find candidates
CANDIDATES = 8  # candidates per paragraph from the inverted index


@dataclass(frozen=True, slots=True)
class Match:
    """Consecutive paragraphs of each side (one side has exactly one) that belong together."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float


def _share(a: set[str], b: set[str]) -> bool:
    """Whether two paragraphs have enough content words in common to be about the same thing:
    a ratio over characters can reach a pair score on two shared names and similar endings."""
    least = min(len(a), len(b))
    common = len(a & b)
    return common >= min(SHARED_WORDS, least) and common >= SHARED_SHARE * least


def anchor_key(paragraph: str) -> str:
    """Text for exact matching: case and spacing folded (quotes and the like are left to the
    fuzzy stage, which sees them as equal; folding them here costs more than it finds)."""
    return " ".join(paragraph.lower().split())


def longest_increasing(values: Sequence[int]) -> list[int]:
    """Positions of one longest strictly increasing subsequence of ``values``."""
    from bisect import bisect_left

    tails: list[int] = []  # values
    tail_pos: list[int] = []  # positions of those values
    prev = [-1] * len(values)
    for pos, v in enumerate(values):
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_pos.append(pos)
        else:
            tails[k] = v
            tail_pos[k] = pos
        prev[pos] = tail_pos[k - 1] if k else -1
    out = []
    pos = tail_pos[-1] if tail_pos else -1
    while pos != -1:
        out.append(pos)
        pos = prev[pos]
    return out[::-1]


class _Pairer:
    def __init__(self, left: Sequence[str], right: Sequence[str],
                 headings: tuple[frozenset[int], frozenset[int]]) -> None:
        self.texts = (left, right)
        self.headings = headings
        self.keys = ([anchor_key(p) for p in left], [anchor_key(p) for p in right])
        self.used = ([False] * len(left), [False] * len(right))
        self.matches: list[Match] = []
        self.leaf: tuple[dict[int, int], dict[int, int]] = ({}, {})  # index -> window scored in
        self.scored_windows = 0
        self._mt: tuple[dict[int, str], dict[int, str]] = ({}, {})

    def mt(self, side: int, i: int) -> str:
        cache = self._mt[side]
        s = cache.get(i)
        if s is None:
            s = cache[i] = match_text(self.texts[side][i], limit=MATCH_WORDS)
        return s

    def stems(self, side: int, indices: tuple[int, ...]) -> set[str]:
        return {w for i in indices for w in self.mt(side, i).split()}

    def words(self, side: int, i: int) -> int:
        return self.mt(side, i).count(" ") + 1

    def take(self, left: tuple[int, ...], right: tuple[int, ...], score: float) -> None:
        for i in left:
            self.used[0][i] = True
        for j in right:
            self.used[1][j] = True
        self.matches.append(Match(left, right, score))

    # -- 1. anchors -------------------------------------------------------------------------
    def anchors(self) -> list[tuple[int, int, int, int]]:
        """Pair unique identical paragraphs; return the windows left between them."""
        ka, kb = self.keys
        leaves = []
        claimed: set[str] = set()  # keys paired out of order: their paragraphs are taken
        stack = [(0, len(ka), 0, len(kb))]
        while stack:
            i0, i1, j0, j1 = stack.pop()
            if i0 >= i1 or j0 >= j1:
                continue
            if i1 - i0 <= SMALL and j1 - j0 <= SMALL:
                leaves.append((i0, i1, j0, j1))  # window() pairs identical ones in order
                continue
            cb = Counter(kb[j0:j1])
            unique = {k for k, n in Counter(ka[i0:i1]).items() if n == 1 and cb.get(k) == 1}
            unique -= claimed
            if not unique:
                leaves.append((i0, i1, j0, j1))
                continue
            where = {kb[j]: j for j in range(j0, j1) if kb[j] in unique}
            pairs = [(i, where[ka[i]]) for i in range(i0, i1) if ka[i] in unique]
            chain = longest_increasing([j for _, j in pairs])
            for i, j in pairs:
                self.take((i,), (j,), 100.0)
            if len(chain) < len(pairs):
                kept = {pairs[pos][0] for pos in chain}
                claimed.update(ka[i] for i, _ in pairs if i not in kept)
            pi, pj = i0, j0
            for pos in chain:
                i, j = pairs[pos]
                stack.append((pi, i, pj, j))
                pi, pj = i + 1, j + 1
            stack.append((pi, i1, pj, j1))
        return leaves

    # -- 2. windows -------------------------------------------------------------------------
    def window(self, i0: int, i1: int, j0: int, j1: int) -> None:
        ua, ub = self.used
        ka, kb = self.keys
        rest_b: dict[str, list[int]] = defaultdict(list)
        for j in range(j0, j1):
            if not ub[j]:
                rest_b[kb[j]].append(j)
        for i in range(i0, i1):  # repeated identical paragraphs, in order
            if not ua[i] and rest_b.get(ka[i]):
                self.take((i,), (rest_b[ka[i]].pop(0),), 100.0)
        us = [i for i in range(i0, i1) if not ua[i]]
        vs = [j for j in range(j0, j1) if not ub[j]]
        if len(us) == len(vs):
            # The common case of an edited paragraph left where it was: same place between the
            # same anchors and most characters alike. Checked cheaply before any scoring.
            ta, tb = self.texts
            ha, hb = self.headings
            for i, j in zip(us, vs):
                if (i in ha) == (j in hb) and max(len(ta[i]), len(tb[j])) <= QUICK_CHARS:
                    score = fuzz.ratio(ta[i], tb[j], score_cutoff=QUICK_MIN)
                    if score:
                        self.take((i,), (j,), score)
            us = [i for i in us if not ua[i]]
            vs = [j for j in vs if not ub[j]]
        if us and vs:
            n = self.scored_windows = self.scored_windows + 1
            self.leaf[0].update(dict.fromkeys(us, n))
            self.leaf[1].update(dict.fromkeys(vs, n))
            self.fuzzy(us, vs, PAIR_MIN, groups=True)

    def fuzzy(self, us: list[int], vs: list[int], least: float, groups: bool,
              apart: bool = False) -> None:
        """Score paragraphs ``us`` (left) against ``vs`` (right) and pair the best first.

        ``apart``: skip pairs from one window, scored there already."""
        set_scores = self._set_scores(us, vs, min(least, MEMBER_MIN), apart)
        if not set_scores:
            return
        mt = self.mt
        pair: dict[tuple[int, int], float] = {}
        best_sort: tuple[dict[int, float], dict[int, float]] = ({}, {})
        best_set: tuple[dict[int, float], dict[int, float]] = ({}, {})
        for (i, j), s in set_scores.items():
            t = fuzz.token_sort_ratio(mt(0, i), mt(1, j))
            p = (s + t) / 2
            if (i in self.headings[0]) != (j in self.headings[1]):
                continue  # a heading pairs with a heading, never with body text
            short = min(self.words(0, i), self.words(1, j)) < SHORT
            if (t >= SORT_MIN and p >= least and (p >= SHORT_MIN or not short)
                    and _share(self.stems(0, (i,)), self.stems(1, (j,)))):
                pair[(i, j)] = p
            for side, k in ((0, i), (1, j)):
                if t > best_sort[side].get(k, 0.0):
                    best_sort[side][k] = t
                if s > best_set[side].get(k, 0.0):
                    best_set[side][k] = s
        cands: list[tuple[float, int, tuple[int, ...], tuple[int, ...]]] = [
            (p, 0, (i,), (j,)) for (i, j), p in pair.items()
        ]
        if groups:
            cands += self._groups(set_scores, best_sort, best_set)
        cands.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
        ua, ub = self.used
        for score, _, left, right in cands:
            if any(ua[i] for i in left) or any(ub[j] for j in right):
                continue
            self.take(left, right, score)

    def _set_scores(self, us: list[int], vs: list[int], cutoff: float,
                    apart: bool) -> dict[tuple[int, int], float]:
        """token_set_ratio of candidate pairs, only those reaching ``cutoff``."""
        mt = self.mt
        choices = [mt(1, j) for j in vs]
        out: dict[tuple[int, int], float] = {}
        la, lb = self.leaf if apart else ({}, {})
        if len(us) * len(vs) <= FULL_CELLS:
            by_leaf: dict[int, list[int]] = defaultdict(list)
            for i in us:
                by_leaf[la.get(i, -1)].append(i)
            for leaf, members in by_leaf.items():
                ks = [k for k, j in enumerate(vs) if leaf < 0 or lb.get(j) != leaf]
                others = [choices[k] for k in ks]
                for i in members:
                    q = mt(0, i)
                    if not q:
                        continue
                    for _, s, n in process.extract(q, others, scorer=fuzz.token_set_ratio,
                                                   score_cutoff=cutoff, limit=None):
                        out[(i, vs[ks[n]])] = s
            return out
        # Too many pairs: candidates share rare words (an inverted index), then score those.
        postings: dict[str, list[int]] = defaultdict(list)
        for k, text in enumerate(choices):
            for w in set(text.split()):
                postings[w].append(k)
        for i in us:
            q = mt(0, i)
            hits: Counter[int] = Counter()
            for w in set(q.split()):
                ks = postings.get(w)
                if ks and len(ks) <= MAX_POSTING:
                    hits.update(ks)
            leaf = la.get(i, -1)
            # Most shared words first, ties by position: never by set order, which changes
            # from one process to the next (string hashing), and with it the result.
            for k, _ in heapq.nsmallest(CANDIDATES, hits.items(), key=lambda kv: (-kv[1], kv[0])):
                if leaf >= 0 and lb.get(vs[k]) == leaf:
                    continue
                s = fuzz.token_set_ratio(q, choices[k], score_cutoff=cutoff)
                if s:
                    out[(i, vs[k])] = s
        return out

    def _groups(self, set_scores, best_sort, best_set):
        """Split/merge candidates: one paragraph against 2–3 consecutive ones of the other side."""
        ua, ub = self.used
        related: tuple[dict[int, set[int]], dict[int, set[int]]] = (defaultdict(set),
                                                                    defaultdict(set))
        for (i, j), s in set_scores.items():
            if s >= MEMBER_MIN and i not in self.headings[0] and j not in self.headings[1]:
                related[0][i].add(j)
                related[1][j].add(i)
        out = []
        for side in (0, 1):
            other = 1 - side
            used_other = ub if side == 0 else ua
            for k, partners in related[side].items():
                if len(partners) < 2:
                    continue
                for start in sorted(partners):
                    for size in (2, 3):
                        run = tuple(range(start, start + size))
                        if not all(x in partners and not used_other[x] for x in run):
                            break
                        if not self._members_agree(side, k, run, set_scores, best_set):
                            continue
                        single = self.mt(side, k)
                        joined = " ".join(self.mt(other, x) for x in run)
                        sort = fuzz.token_sort_ratio(single, joined)
                        if sort < best_sort[side].get(k, 0.0) + GROUP_GAIN:
                            continue
                        score = (fuzz.token_set_ratio(single, joined) + sort) / 2
                        if score >= PAIR_MIN and _share(self.stems(side, (k,)),
                                                        self.stems(other, run)):
                            left, right = ((k,), run) if side == 0 else (run, (k,))
                            out.append((score, size, left, right))
        return out

    def _members_agree(self, side, k, run, set_scores, best_set) -> bool:
        other = 1 - side
        for x in run:
            s = set_scores[(k, x) if side == 0 else (x, k)]
            if s < best_set[other].get(x, 0.0) - MEMBER_TOL:
                return False
            if self.words(other, x) < SHORT and s < SHORT_MIN:
                return False
        return True

    # -- 3. what is left -----------------------------------------------------------------------
    def leftovers(self, leaves: list[tuple[int, int, int, int]]) -> None:
        ua, ub = self.used
        if leaves == [(0, len(ua), 0, len(ub))]:
            return  # one window held everything: nothing new to find
        us = [i for i, u in enumerate(ua) if not u]
        vs = [j for j, u in enumerate(ub) if not u]
        if us and vs:
            self.fuzzy(us, vs, FAR_MIN, groups=False, apart=True)


def pair_paragraphs(left: Sequence[str], right: Sequence[str],
                    headings: tuple[Iterable[int], Iterable[int]] = ((), ())) -> list[Match]:
    """Matches between paragraphs of ``left`` and ``right``; unmatched indices are left out.

    ``headings``: indices of each side's headings, which only pair with headings (unless
    identical) and never join a split/merge group.
    """
    pairer = _Pairer(left, right, (frozenset(headings[0]), frozenset(headings[1])))
    leaves = pairer.anchors()
    for leaf in leaves:
        pairer.window(*leaf)
    pairer.leftovers(leaves)
    return pairer.matches


def in_place(matches: Sequence[Match]) -> list[bool]:
    """For each match, whether it belongs to the longest chain that keeps both sides' order.

    The others are "moved". Matches must be sorted by their first left index.
    """
    chain = set(longest_increasing([m.right[0] for m in matches]))
    return [k in chain for k in range(len(matches))]
