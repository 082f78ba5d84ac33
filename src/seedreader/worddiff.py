"""The word diff inside one aligned block, computed in token space.

Each distinct token key becomes one private-use character. The two strings of characters are
diffed (rapidfuzz's C++ LCS: the same minimal edit script as diff-match-patch's diff_main, which
in pure Python took ~70% of compare() on GPL-2 vs GPL-3; paragraphs too long for an exact LCS,
such as a whole file on one line, are first cut at tokens both sides have once, or diffed in
chunks: ``long_pieces``), diff-match-patch's diff_cleanupSemantic runs in token space (so
whole phrases change, not letters), small islands of spaces or a stopword between two changes
join them, and the characters are mapped back to the original text of each side. A common head
and tail are cut off first, at spaces, and kept as they are.

Spans keep two invariants: equal+delete texts concatenated give the left text exactly, equal+insert
give the right text. A token that only differs in a way that does not matter (’ vs ', "per cent" vs
"percent") is aligned as equal but emitted as a delete/insert pair marked ``minor=True``, so both
invariants hold and readers can show it subdued.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from .chains import longest_increasing, unique_pairs
from .models import Span
from .tokens import GLUE_WORDS, token_key, tokenize

_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # never degrade silently
# Up to this many cells (tokens of one side x the other) a diff is an exact LCS (rapidfuzz:
# len(a) * len(b) bits, ~0.1 s at the limit). Longer texts (a whole file on one line) are cut
# into such pieces first: see ``long_pieces``.
_BIG_CELLS = 20_000 * 20_000
_CHUNK = 2_000  # tokens of each side that one step of the last-resort diff looks at

_EQUAL, _DELETE, _INSERT = 0, -1, 1
_HEAD_END = re.compile(r"(?s).*\S(?=\s)")  # up to the last word before a space
_WORD_END = re.compile(r"\S(?=\s)")  # the end of a word before a space
_NO_MERGE_PUNCT = frozenset(".!?;:")


def _code(k: int) -> str:
    # Private Use Area first, then the supplementary private planes: never whitespace or a word
    # character, so diff-match-patch's boundary heuristics stay neutral. Past Encoder.LIMIT
    # (a block of over 137,000 distinct tokens) the rest of the astral planes, some of whose
    # characters are letters: the diff stays correct, its cleanup only less tidy.
    if k < 6400:
        return chr(0xE000 + k)
    k -= 6400
    if k < 65534:
        return chr(0xF0000 + k)
    k -= 65534
    if k < 65534:
        return chr(0x100000 + k)
    return chr(0x10000 + k - 65534)  # up to U+EFFFF: CAPACITY codes in all


class TooManyTokens(Exception):
    """More distinct tokens than there are characters to stand for them (over a million)."""


class Encoder:
    """Maps tokens to one character per token key.

    One encoder may serve every block of a comparison, so that each distinct token is
    normalised once; it starts over when its characters run short.
    """

    __slots__ = ("by_key", "by_token")
    LIMIT = 6400 + 2 * 65534
    CAPACITY = LIMIT + 0xF0000 - 0x10000

    def __init__(self) -> None:
        self.by_token: dict[str, str] = {}
        self.by_key: dict[str, str] = {}

    def encode_pair(self, left: list[str], right: list[str]) -> tuple[str, str]:
        """The codes of both sides; ``TooManyTokens`` when they run out (the encoder is
        cleared then)."""
        if len(self.by_key) + len(left) + len(right) > self.LIMIT:
            self.by_token.clear()
            self.by_key.clear()
        try:
            return self._encode(left), self._encode(right)
        except TooManyTokens:
            self.by_token.clear()
            self.by_key.clear()
            raise

    def _encode(self, tokens: list[str]) -> str:
        by_token, by_key = self.by_token, self.by_key
        for tok in [t for t in dict.fromkeys(tokens) if t not in by_token]:  # in order: the
            # same text gets the same codes in every run
            key = token_key(tok)
            c = by_key.get(key)
            if c is None:
                if len(by_key) >= self.CAPACITY:
                    raise TooManyTokens
                c = by_key[key] = _code(len(by_key))
            by_token[tok] = c
        return "".join(map(by_token.__getitem__, tokens))


def _is_glue(tokens: list[str]) -> bool:
    """Whether an equal run between two changes is too small to stand on its own."""
    if any("\n" in t for t in tokens):
        return False
    words = [t for t in tokens if not t.isspace()]
    if not words:
        return True
    if len(words) > 1:
        return False
    w = words[0]
    if w[0].isalnum():
        return not w[0].isdigit() and token_key(w).lower() in GLUE_WORDS
    return w not in _NO_MERGE_PUNCT


def _coarsen(a: str, b: str, pieces: list[tuple[int, int, int]]) -> list[tuple[int, str]]:
    """diff_cleanupSemantic's rule (an equality no longer than the changes on both sides of it
    joins them) in one linear pass over run lengths, walking back as merged changes grow, so
    that diff-match-patch's own pass (pure Python, quadratic in the worst case: 7 s on 12,000
    diffs) gets a short list. What both ends of a merged change share becomes equal again.

    ``pieces``: (0, n, n) for an equal run, (1, deleted, inserted) for a change, in order;
    returns diff-match-patch diffs of ``a`` against ``b``."""
    out: list[list[int]] = []  # [0, n, n] or [1, deleted, inserted]
    append = out.append
    for op, la, lb in pieces:
        if op == 0:
            if la:
                append([0, la, la])
            continue
        if out and out[-1][0]:
            last = out[-1]
            last[1] += la
            last[2] += lb
        else:
            last = [1, la, lb]
            append(last)
        # last: a change; out[-2], if any, an equality; out[-3] a change or an equality
        while len(out) >= 3:
            before = out[-3]
            if not before[0]:
                break
            n = out[-2][1]
            if n > before[1] and n > before[2] or n > last[1] and n > last[2]:
                break
            before[1] += n + last[1]
            before[2] += n + last[2]
            del out[-2:]
            last = before
    diffs: list[tuple[int, str]] = []

    def equal(text: str) -> None:
        if text:
            if diffs and diffs[-1][0] == _EQUAL:
                diffs[-1] = (_EQUAL, diffs[-1][1] + text)
            else:
                diffs.append((_EQUAL, text))

    i = j = 0
    for op, la, lb in out:
        if op == 0:
            equal(a[i:i + la])
            i += la
            j += la
            continue
        deleted, inserted = a[i:i + la], b[j:j + lb]
        i += la
        j += lb
        tail = ""
        if deleted and inserted:
            n = _DMP.diff_commonPrefix(deleted, inserted)
            equal(deleted[:n])
            deleted, inserted = deleted[n:], inserted[n:]
            n = _DMP.diff_commonSuffix(deleted, inserted)
            if n:
                tail = deleted[-n:]
                deleted, inserted = deleted[:-n], inserted[:-n]
        if deleted:
            diffs.append((_DELETE, deleted))
        if inserted:
            diffs.append((_INSERT, inserted))
        equal(tail)
    return diffs


Pieces = list[tuple[int, int, int]]  # (op, left tokens, right tokens); op 0 = equal, 1 = change


def _exact_pieces(a: str, b: str) -> Pieces:
    # A minimal (LCS) token diff from rapidfuzz's C++ — the same edit script Myers' algorithm in
    # diff_match_patch.diff_main would find, at a fraction of the cost.
    # (as_list(): plain tuples, twice as fast to walk as Opcode objects)
    return [(0 if tag == "equal" else 1, i2 - i1, j2 - j1)
            for tag, i1, i2, j1, j2 in Indel.opcodes(a, b).as_list()]


class _Pieces:
    """Pieces in order, neighbours of one op joined."""

    __slots__ = ("out",)

    def __init__(self) -> None:
        self.out: Pieces = []

    def add(self, op: int, la: int, lb: int) -> None:
        if not (la or lb):
            return
        out = self.out
        if out and out[-1][0] == op:
            _, pa, pb = out[-1]
            out[-1] = (op, pa + la, pb + lb)
        else:
            out.append((op, la, lb))


def _unique_anchors(a: str, b: str) -> list[tuple[int, int]]:
    """Positions (i, j) of tokens found exactly once in ``a`` and once in ``b``, the longest
    chain of them in the same order on both sides (patience diff)."""
    pairs = unique_pairs(a, b)
    return [pairs[k] for k in longest_increasing([j for _, j in pairs])]


def _chunked(a: str, b: str, out: _Pieces) -> None:
    """The last resort for long texts without anchors: exact diffs of ``_CHUNK`` tokens of each
    side, of which the first half is kept before the next step starts there. Linear; it follows
    scattered edits, and loses track only across an insertion or deletion longer than the
    half of a chunk (then the rest reads as changed: still a correct diff)."""
    i = j = 0
    half = _CHUNK  # tokens of both sides together that a step keeps
    while True:
        ea, eb = min(len(a), i + _CHUNK), min(len(b), j + _CHUNK)
        ops = Indel.opcodes(a[i:ea], b[j:eb])
        last = ea == len(a) and eb == len(b)
        done = ka = kb = 0
        for tag, i1, i2, j1, j2 in ops:
            la, lb = i2 - i1, j2 - j1
            if not last and done + la + lb > half:
                if tag == "equal":
                    la = lb = (half - done) // 2
                elif done >= half // 2:
                    break  # a change at the cut may be the cut's own doing: the next step sees it whole
                out.add(0 if tag == "equal" else 1, la, lb)
                ka += la
                kb += lb
                break
            out.add(0 if tag == "equal" else 1, la, lb)
            done += la + lb
            ka += la
            kb += lb
        if last:
            return
        i += ka
        j += kb


def long_pieces(a: str, b: str) -> Pieces:
    """A token diff of two long token strings, at a cost near linear in their length.

    Common head and tail aside, a window small enough gets the exact LCS; a larger one is cut
    at tokens found once on each side, in the same order (patience diff), and each part is
    diffed the same way; a large part without such tokens (text that repeats itself) is
    diffed in overlapping chunks (``_chunked``). The result is a correct diff, minimal where
    the LCS ran.
    """
    out = _Pieces()
    counted = 0  # tokens counted for anchors so far: bounded, so that it stays linear
    stack: list[tuple[int, int, int, int]] = [(0, len(a), 0, len(b))]  # windows; i1 < 0: equal
    while stack:
        i0, i1, j0, j1 = stack.pop()
        if i1 < 0:
            out.add(0, i0, i0)
            continue
        wa, wb = a[i0:i1], b[j0:j1]
        head = _DMP.diff_commonPrefix(wa, wb)
        out.add(0, head, head)
        wa, wb = wa[head:], wb[head:]
        tail = _DMP.diff_commonSuffix(wa, wb)
        if tail:
            wa, wb = wa[:len(wa) - tail], wb[:len(wb) - tail]
        if not wa or not wb:
            out.add(1, len(wa), len(wb))
        elif len(wa) * len(wb) <= _BIG_CELLS:
            for piece in _exact_pieces(wa, wb):
                out.add(*piece)
        else:
            anchors = _unique_anchors(wa, wb) if counted < 8 * (len(a) + len(b)) else []
            counted += len(wa) + len(wb)
            if anchors:
                if tail:
                    stack.append((tail, -1, 0, 0))
                i0, j0 = i0 + head, j0 + head
                parts: list[tuple[int, int, int, int]] = []
                pi = pj = 0
                for i, j in anchors:
                    parts.append((i0 + pi, i0 + i, j0 + pj, j0 + j))
                    parts.append((1, -1, 0, 0))
                    pi, pj = i + 1, j + 1
                parts.append((i0 + pi, i0 + len(wa), j0 + pj, j0 + len(wb)))
                stack.extend(reversed(parts))
                continue
            _chunked(wa, wb, out)
        out.add(0, tail, tail)
    return out.out


def _runs(a: str, b: str, pieces: Pieces | None = None) -> list[tuple[int, int, int]]:
    """(op, left tokens, right tokens) runs; op 0 = equal, 1 = change. ``pieces``: the diff
    of ``a`` and ``b`` when it is known (``long_pieces``), else the exact one is made."""
    if pieces is None:
        pieces = _exact_pieces(a, b)
    # The cleanup is diff-match-patch's.
    diffs = _coarsen(a, b, pieces)
    if len(diffs) > 2 or len(diffs) < len(pieces):
        # (one deletion and one insertion straight from the LCS: nothing to clean up)
        _DMP.diff_cleanupSemantic(diffs)
    runs: list[list[int]] = []
    for op, text in diffs:
        n = len(text)
        if op == _EQUAL:
            runs.append([0, n, n])
        elif runs and runs[-1][0] == 1:
            runs[-1][1 if op == _DELETE else 2] += n
        else:
            runs.append([1, n, 0] if op == _DELETE else [1, 0, n])
    return [tuple(r) for r in runs]  # type: ignore[misc]


def _merge_glue(runs: list[tuple[int, int, int]], left: list[str]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    pos = 0  # left token position at the start of the current run
    i = 0
    while i < len(runs):
        op, nl, nr = runs[i]
        # (whitespace runs are single tokens, so four tokens hold two words: never glue)
        if (op == 0 and nl <= 3 and out and out[-1][0] == 1 and i + 1 < len(runs)
                and _is_glue(left[pos:pos + nl])):
            _, pl, pr = out.pop()
            _, ql, qr = runs[i + 1]
            out.append((1, pl + nl + ql, pr + nr + qr))
            pos += nl + ql
            i += 2
            continue
        if op == 1 and out and out[-1][0] == 1:
            _, pl, pr = out.pop()
            out.append((1, pl + nl, pr + nr))
        else:
            out.append((op, nl, nr))
        pos += nl
        i += 1
    return out


def _append(spans: list[Span], op: str, text: str, minor: bool = False) -> None:
    if not text:
        return
    if spans and spans[-1].op == op and spans[-1].minor == minor:
        spans[-1] = Span(op, spans[-1].text + text, minor)
    else:
        spans.append(Span(op, text, minor))


def _emit_equal(spans: list[Span], left: list[str], right: list[str]) -> None:
    i, n = 0, len(left)
    while i < n:
        j = i
        while j < n and left[j] == right[j]:
            j += 1
        _append(spans, "equal", "".join(left[i:j]))
        k = j
        while k < n and left[k] != right[k]:
            k += 1
        if k > j:
            _append(spans, "delete", "".join(left[j:k]), True)
            _append(spans, "insert", "".join(right[j:k]), True)
        i = k


def _trim(left: str, right: str) -> tuple[int, int]:
    """Lengths of a common head and tail that end and start on whitespace (so that no token but
    a "50 per cent" is cut), to emit as they are instead of tokenizing them."""
    p = _DMP.diff_commonPrefix(left, right)
    m = _HEAD_END.match(left, 0, p)
    head = m.end() if m else 0
    s = _DMP.diff_commonSuffix(left[head:], right[head:])
    m = _WORD_END.search(left, len(left) - s)
    tail = len(left) - m.end() if m else 0
    return head, tail


class _Measured:
    """A pair of texts cut to what differs, tokenized and encoded, with its similarity.

    ``pieces``: for long texts, their diff (``long_pieces``), which the similarity comes from;
    None for the others, whose similarity is an exact LCS (both are the same figure where the
    diff is minimal). Texts of more distinct words than there are codes (``TooManyTokens``:
    megabytes of random strings) have no codes (``a`` and ``b`` are None): what differs is
    one change, with a similarity of 0."""

    __slots__ = ("a", "b", "changed", "head", "lt", "pieces", "rt", "similarity", "tail")

    def __init__(self, left: str, right: str, encoder: Encoder) -> None:
        self.head, self.tail = head, tail = _trim(left, right)
        lmid, rmid = left[head:len(left) - tail], right[head:len(right) - tail]
        self.lt, self.rt = tokenize(lmid), tokenize(rmid)
        try:
            self.a, self.b = a, b = encoder.encode_pair(self.lt, self.rt)
        except TooManyTokens:
            self.a = self.b = None
            self.pieces, self.changed = [(1, len(self.lt), len(self.rt))], True
            self.similarity = 2 * (head + tail) / (len(left) + len(right))
            return
        self.changed = a != b
        space = encoder.by_key.get(" ")  # spaces match everywhere: leave them out of the figure
        self.pieces = None
        if len(a) * len(b) <= _BIG_CELLS:
            mid = Indel.normalized_similarity(a.replace(space, "") if space else a,
                                              b.replace(space, "") if space else b)
        else:
            self.pieces = long_pieces(a, b)
            mid = _shared_share(a, b, self.pieces, space)
        mid *= len(lmid) + len(rmid)
        self.similarity = (2 * (head + tail) + mid) / (len(left) + len(right))


def _shared_share(a: str, b: str, pieces: Pieces, space: str | None) -> float:
    """Indel's normalised similarity of ``a`` and ``b`` without spaces, by the equal tokens of a
    diff instead of an LCS: 2 x equal / (left + right)."""
    equal = i = 0
    for op, la, _ in pieces:
        if op == 0:
            equal += la - (a.count(space, i, i + la) if space else 0)
        i += la
    total = len(a) + len(b) - ((a.count(space) + b.count(space)) if space else 0)
    return 2 * equal / total if total else 1.0


def measure_texts(left: str, right: str, encoder: Encoder | None = None) -> tuple[float, bool]:
    """What ``diff_texts`` tells about two texts without building spans: their similarity and
    whether they differ in a way that matters (``has_change`` of the spans). Cheaper: no edit
    script, no cleanup."""
    if left == right:
        return 1.0, False
    m = _Measured(left, right, encoder or Encoder())
    return m.similarity, m.changed


def diff_texts(left: str, right: str,
               encoder: Encoder | None = None) -> tuple[tuple[Span, ...], float]:
    """Spans of the word diff of ``left`` against ``right`` and their similarity in [0, 1].

    The similarity is rapidfuzz's normalised Indel similarity over token keys (the share of
    tokens other than spaces that both sides have, what does not matter ignored) for the part
    between the common head and tail, which count as identical; parts are weighted by their
    length in characters. (For texts too long for an exact LCS, the same share is taken from
    the equal tokens of their diff.) Pass one ``Encoder`` for all the blocks of a comparison.
    """
    if left == right:
        return ((Span("equal", left),) if left else ()), 1.0
    m = _Measured(left, right, encoder or Encoder())
    lt, rt = m.lt, m.rt
    spans: list[Span] = []
    _append(spans, "equal", left[:m.head])
    if not m.changed:
        _emit_equal(spans, lt, rt)
    elif m.a is None:
        _append(spans, "delete", "".join(lt))
        _append(spans, "insert", "".join(rt))
    else:
        i = j = 0
        for op, nl, nr in _merge_glue(_runs(m.a, m.b, m.pieces), lt):
            if op == 0:
                _emit_equal(spans, lt[i:i + nl], rt[j:j + nr])
            else:
                _append(spans, "delete", "".join(lt[i:i + nl]))
                _append(spans, "insert", "".join(rt[j:j + nr]))
            i += nl
            j += nr
    _append(spans, "equal", left[len(left) - m.tail:])
    return tuple(spans), m.similarity


def has_change(spans: tuple[Span, ...]) -> bool:
    """Whether any span is a change that matters (minor spans do not)."""
    return any(s.op != "equal" and not s.minor for s in spans)
