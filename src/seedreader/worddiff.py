"""The word diff inside one aligned block, computed in token space.

Each distinct token key becomes one private-use character. The two strings of characters are
diffed (rapidfuzz's C++ LCS: the same minimal edit script as diff-match-patch's diff_main, which
in pure Python took ~70% of compare() on GPL-2 vs GPL-3; paragraphs too long for an exact LCS,
such as a whole file on one line, are first cut at tokens both sides have once, or diffed in
chunks: ``long_pieces``), diff-match-patch's diff_cleanupSemantic is applied in token space (so
whole phrases change, not letters: its main rule in one linear pass of our own, its own pass
only where it may still change something), small islands of spaces or a stopword between two
changes join them, phrases of three words or more that the cleanup took into a change are made
equal again, and the characters are mapped back to the original text of each side. A
common head and tail are cut off first, at spaces, and kept as they are.

Spans keep two invariants: equal+delete texts concatenated give the left text exactly, equal+insert
give the right text. A token that only differs in a way that does not matter (’ vs ', "per cent" vs
"percent") is aligned as equal but emitted as a delete/insert pair marked ``minor=True``, so both
invariants hold and readers can show it subdued. A clause's enumerator that changed
("[-2.4-]{+2.5+}", "Article [-4-]{+5+} —") is an ordinary change: what reads as a clause's number
may be a figure, a time or an article that matters ("1.200 Menschen", "14.05 Police").
"""

from __future__ import annotations

import re
from itertools import compress, starmap
from operator import attrgetter

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel, MatchingBlock, Postfix, Prefix

from .chains import longest_increasing, unique_pairs
from .models import Span
from .tokens import (
    ACRONYM_MAX_LETTERS,
    ACRONYM_WORDS,
    GLUE_WORDS,
    NUMBER_GOES_ON,
    TOKEN_RE,
    known_key,
    looked_up,
    token_key,
    tokenize,
)

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
_LAST_WORD = re.compile(r"\S+$")
_PLAIN_GROUP_NEXT = re.compile(r"\s\d{1,3} \d{3}(?!\d)")  # a number grouped by a plain space next
_NO_MERGE_PUNCT = frozenset(".!?;:")
_BLOCK = attrgetter("a", "b", "size")  # a rapidfuzz MatchingBlock as a tuple
_SIZE = attrgetter("size")
_NOT_PRIVATE = re.compile("[\U00010000-\U000EFFFF]")  # codes past Encoder.LIMIT (see _code)


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
    normalised once (and most keys come ready from ``tokens.content_words``, which pairing
    ran on the same words); it starts over when its characters run short.
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
        by_key, capacity = self.by_key, self.CAPACITY

        def code(tok: str) -> str:  # a token new to the encoder
            key = known_key(tok) or token_key(tok)
            c = by_key.get(key)
            if c is None:
                n = len(by_key)
                if n >= capacity:
                    raise TooManyTokens
                c = by_key[key] = chr(0xE000 + n) if n < 6400 else _code(n)  # (_code, inline)
            return c

        # (new tokens are coded in order: the same text gets the same codes in every run)
        return "".join(looked_up(self.by_token, tokens, code))


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


Pieces = list[tuple[int, int, int]]  # (op, left tokens, right tokens); op 0 = equal, 1 = change
Runs = Pieces  # the same, cleaned up


def _coarsened(blocks: list[MatchingBlock]) -> tuple[list[tuple[int, int, int]], int]:
    """diff_cleanupSemantic's rule (an equality no longer than the changes on both sides of it
    joins them) in one linear pass over the equal runs, walking back as merged changes grow, so
    that diff-match-patch's own pass (pure Python, quadratic in the worst case) is left a
    short list, or nothing to do (``_coarse_runs`` tells).

    ``blocks``: the equal runs of a diff in order, the last one empty at the ends of both
    texts; what lies between them is changed. Returns (equal, deleted, inserted) for each change
    (``equal``: the equal tokens just before it), and the equal tokens after the last one.
    Which equalities end up joined does not depend on the order the rule is applied in
    (joining only grows changes, so that it lets more equalities join: the result is the
    least set closed under the rule)."""
    # A one-token equality between two changes always joins them (a change is at least one
    # token long), and most equalities are one space: they are left out by C loops before the
    # Python one. Kept: one at the start of both texts, or just before the last (empty) block,
    # which has no change on one side.
    keep = list(map((1).__ne__, map(_SIZE, blocks)))
    first = blocks[0]
    if not (first.a or first.b):
        keep[0] = True
    if len(blocks) > 1:
        end, last = blocks[-1], blocks[-2]
        if last.a + last.size == end.a and last.b + last.size == end.b:
            keep[-2] = True
    changes: list[tuple[int, int, int]] = []
    equal = end_a = end_b = 0  # the equal tokens before the next change; where they end
    for start_a, start_b, n in map(_BLOCK, compress(blocks, keep)):
        deleted, inserted = start_a - end_a, start_b - end_b
        if deleted or inserted:
            while changes:  # join the change before while the equality between is no longer
                before, before_del, before_ins = changes[-1]  # than both changes
                if (equal > before_del and equal > before_ins
                        or equal > deleted and equal > inserted):
                    break
                deleted += before_del + equal
                inserted += before_ins + equal
                equal = before
                changes.pop()
            changes.append((equal, deleted, inserted))
            equal = 0
        equal += n
        end_a, end_b = start_a + n, start_b + n
    return changes, equal


def _blocks(pieces: Pieces) -> list[MatchingBlock]:
    """The equal runs of ``pieces`` as ``_coarsened`` takes them."""
    blocks = []
    i = j = 0
    for op, la, lb in pieces:
        if op == 0:
            blocks.append(MatchingBlock(i, j, la))
        i += la
        j += lb
    blocks.append(MatchingBlock(i, j, 0))
    return blocks


def _coarse_runs(a: str, b: str, changes: list[tuple[int, int, int]],
                 end: int) -> tuple[Runs, bool]:
    """The runs of ``_coarsened`` changes, what both ends of a change share made equal again
    (as diff_cleanupSemantic's merge does), neighbouring equalities joined; and whether the
    rest of diff_cleanupSemantic would leave them as they are (False when unsure).

    Its passes: an equality no longer than the changes on both sides goes (none is left by
    ``_coarsened``: what is made equal again only lengthens equalities and shortens changes,
    unless a change is equal through and through, which an LCS never has); a lone deletion or
    insertion between equalities is shifted sideways to the best boundary (with our codes all
    boundaries score the same but the ends of the equalities: it stays where it is unless it
    can move right or all the way left); a deletion and insertion whose end and start overlap
    by half of the shorter one get the overlap as an equality."""
    runs: Runs = []
    settled = True
    astral: dict[bool, bool] = {}  # by side (a: True): holds codes past Encoder.LIMIT, looked at once
    equal = i = j = 0  # equal tokens not yet emitted; positions in a and b
    for n, deleted, inserted in changes:
        equal += n
        i += n
        j += n
        tail = 0
        if deleted and inserted:
            if a[i] == b[j]:  # (never after a single change of an LCS: only test one token)
                n = _common_prefix(a[i:i + deleted], b[j:j + inserted])
                equal += n
                i += n
                j += n
                deleted -= n
                inserted -= n
            if deleted and inserted and a[i + deleted - 1] == b[j + inserted - 1]:
                tail = _common_suffix(a[i:i + deleted], b[j:j + inserted])
                deleted -= tail
                inserted -= tail
        if deleted and inserted:
            if settled:
                settled = not _overlaps(a[i:i + deleted], b[j:j + inserted])
        elif deleted or inserted:
            text, at, n = (a, i, deleted) if deleted else (b, j, inserted)
            if settled and equal and at + n < len(text):  # between equalities
                if bool(deleted) not in astral:
                    astral[bool(deleted)] = _NOT_PRIVATE.search(text) is not None
                settled = not _shifts(text, at, n, equal, astral[bool(deleted)])
        else:
            settled = False  # the equalities on both sides join: they may be short enough to go
        if deleted or inserted:
            if equal:
                runs.append((0, equal, equal))
            runs.append((1, deleted, inserted))
            equal = 0
        equal += tail
        i += deleted + tail
        j += inserted + tail
    equal += end
    if equal:
        runs.append((0, equal, equal))
    return runs, settled


def _overlaps(deletion: str, insertion: str) -> bool:
    """Whether diff_cleanupSemantic takes an overlap of the end of one and the start of the
    other out of a deletion and insertion."""
    shorter = min(len(deletion), len(insertion))
    if insertion[0] not in deletion[-shorter:] and deletion[0] not in insertion[-shorter:]:
        return False  # no overlap at all
    overlap = max(_DMP.diff_commonOverlap(deletion, insertion),  # (it takes the longer)
                  _DMP.diff_commonOverlap(insertion, deletion))
    return overlap >= len(deletion) / 2.0 or overlap >= len(insertion) / 2.0


def _shifts(text: str, at: int, n: int, before: int, astral: bool) -> bool:
    """Whether diff_cleanupSemantic may shift the lone change ``text[at:at + n]``, which has
    ``before`` equal tokens before it and some after it."""
    if text[at] == text[at + n]:
        return True  # it can move right
    if text[at - 1] != text[at + n - 1]:
        return False  # nor left
    # It moves left as far as its end matches the equality before, then right again as far as
    # it can (all boundaries between codes score alike), unless the equality before is used
    # up: then it stays at that edge. (Codes past Encoder.LIMIT may be letters, which score
    # otherwise.)
    return astral or text.endswith(text[at - before:at], at, at + n)


def _as_diffs(a: str, b: str, runs: Runs) -> list[tuple[int, str]]:
    """diff-match-patch diffs of ``a`` against ``b``."""
    diffs: list[tuple[int, str]] = []
    i = j = 0
    for op, nl, nr in runs:
        if not op:
            diffs.append((_EQUAL, a[i:i + nl]))
        else:
            if nl:
                diffs.append((_DELETE, a[i:i + nl]))
            if nr:
                diffs.append((_INSERT, b[j:j + nr]))
        i += nl
        j += nr
    return diffs


def _from_diffs(diffs: list[tuple[int, str]]) -> Runs:
    """The runs of diff-match-patch diffs."""
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
        head = _common_prefix(wa, wb)
        out.add(0, head, head)
        wa, wb = wa[head:], wb[head:]
        tail = _common_suffix(wa, wb)
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


def _runs(a: str, b: str, pieces: Pieces | None = None) -> tuple[Runs, list[MatchingBlock]]:
    """(op, left tokens, right tokens) runs; op 0 = equal, 1 = change; and the equal runs of
    the diff they were cleaned up from. ``pieces``: the diff of ``a`` and ``b`` when it is
    known (``long_pieces``), else the exact one is made."""
    if pieces is None:
        # The LCS _exact_pieces would give, as its equal runs only: a third as many objects.
        blocks = Indel.editops(a, b).as_matching_blocks()
    else:
        blocks = _blocks(pieces)
    runs, settled = _coarse_runs(a, b, *_coarsened(blocks))
    # The rest of the cleanup is diff-match-patch's, where it may change something: not where
    # ``_coarse_runs`` is sure it would not, nor for a single change straight from
    # ``long_pieces``, which is left as it is. (From an LCS it gets the pass: a single change
    # there may have been joined across an equality.)
    if not settled and (len(runs) > 1 or pieces is None or len(pieces) > 2):
        diffs = _as_diffs(a, b, runs)
        _DMP.diff_cleanupSemantic(diffs)
        runs = _from_diffs(diffs)
    return runs, blocks


def _merge_glue(runs: Runs, left: list[str]) -> Runs:
    out: Runs = []
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


# A run of at least this many words other than glue words that both sides of a change share
# ("Kestrel spokeswoman Linda Okafor said") stays equal inside it: see ``_with_shared_phrases``.
PHRASE_WORDS = 3
_PHRASE_TOKENS = 2 * PHRASE_WORDS - 1  # (those words and the spaces between them, at least)


def _is_phrase(tokens: list[str]) -> bool:
    """Whether ``tokens`` hold ``PHRASE_WORDS`` words other than glue words."""
    n = 0
    for t in tokens:
        if t[:1].isalnum() and t.lower() not in GLUE_WORDS:
            n += 1
            if n == PHRASE_WORDS:
                return True
    return False


def _with_shared_phrases(runs: Runs, blocks: list[MatchingBlock], left: list[str]) -> Runs:
    """``runs`` with each change split around the phrases both its sides hold.

    The semantic cleanup joins a change across an equality no longer than the changes around
    it, which keeps a paraphrase from reading as confetti; but a reworded sentence that keeps a
    name and its title ("Kestrel spokeswoman Linda Okafor said") would show them deleted and
    inserted again. The equal runs of the diff (``blocks``) that the cleanup took into a change
    stay equal where they hold ``PHRASE_WORDS`` words other than glue words."""
    long = list(compress(blocks, map((_PHRASE_TOKENS - 1).__lt__, map(_SIZE, blocks))))
    if not long:
        return runs
    out: Runs = []
    i = j = k = 0  # where the run starts on each side; the first long block not behind it
    for op, nl, nr in runs:
        while k < len(long) and long[k].a + long[k].size <= i:
            k += 1
        if op == 1 and nl >= _PHRASE_TOKENS and nr >= _PHRASE_TOKENS:
            at_a, at_b = i, j  # emitted up to there
            for block in long[k:]:
                ba, bb, n = _BLOCK(block)
                if ba >= i + nl:
                    break
                cut = max(0, i - ba, j - bb)  # (the cleanup may have moved the change's ends)
                n = min(n, i + nl - ba, j + nr - bb) - cut
                ba, bb = ba + cut, bb + cut
                if n < _PHRASE_TOKENS or ba < at_a or bb < at_b or not _is_phrase(left[ba:ba + n]):
                    continue
                if ba > at_a or bb > at_b:
                    out.append((1, ba - at_a, bb - at_b))
                out.append((0, n, n))
                at_a, at_b = ba + n, bb + n
            if i + nl > at_a or j + nr > at_b:
                out.append((1, i + nl - at_a, j + nr - at_b))
        else:
            out.append((op, nl, nr))
        i += nl
        j += nr
    return out


Part = tuple[str, str, bool]  # a span to be: (op, text, minor)


def _append(parts: list[Part], op: str, text: str, minor: bool = False) -> None:
    if not text:
        return
    if parts and parts[-1][0] == op and parts[-1][2] == minor:
        parts[-1] = (op, parts[-1][1] + text, minor)
    else:
        parts.append((op, text, minor))


def _emit_equal(parts: list[Part], left: list[str], right: list[str]) -> None:
    if left == right:  # (most often: no token differs in a way that does not matter)
        _append(parts, "equal", "".join(left))
        return
    i, n = 0, len(left)
    while i < n:
        j = i
        while j < n and left[j] == right[j]:
            j += 1
        _append(parts, "equal", "".join(left[i:j]))
        k = j
        while k < n and left[k] != right[k]:
            k += 1
        if k > j:
            _append(parts, "delete", "".join(left[j:k]), True)
            _append(parts, "insert", "".join(right[j:k]), True)
        i = k


# The lengths of the common start and end of two strings, as diff-match-patch's diff_commonPrefix
# and diff_commonSuffix give them, in C++ (theirs halve the strings in Python).
_common_prefix = Prefix.similarity
_common_suffix = Postfix.similarity


def _before_last_word(text: str, head: int) -> int:
    """A head of ``text`` (ending on whitespace) without the last word of ``text[:head]``."""
    m = _HEAD_END.match(text, 0, _LAST_WORD.search(text, 0, head).start())
    return m.end() if m else 0


def _trim(left: str, right: str) -> tuple[int, int]:
    """Lengths of a common head and tail that end and start on whitespace, and that cut no token
    (the head keeps no number that may go on across a space), to emit as they are instead of
    tokenizing them."""
    p = _common_prefix(left, right)
    m = _HEAD_END.match(left, 0, p)
    head = m.end() if m else 0
    if head and left[head - 1].isdigit() and (NUMBER_GOES_ON.match(left, head)
                                              or NUMBER_GOES_ON.match(right, head)):
        # a number makes one token with what follows it across a space ("50 %", "50 per
        # cent", "12 000"): the head ends before it
        head = _before_last_word(left, head)
    elif head and (_PLAIN_GROUP_NEXT.match(left, head) or _PLAIN_GROUP_NEXT.match(right, head)):
        # whether "7 312" is one number depends on the two words before it ("In Ward 7 312"):
        # the head ends before them
        head = _before_last_word(left, head)
        if head:
            head = _before_last_word(left, head)
    s = min(_common_suffix(left, right), len(left) - head, len(right) - head)  # (no copies)
    m = _WORD_END.search(left, len(left) - s)
    tail = len(left) - m.end() if m else 0
    if tail and _MAY_GO_ON.match(left, len(left) - tail):
        # the tail starts with what may end a token begun before it ("50 per| cent"): it
        # starts after that token on both sides
        ends = [len(t) - end for t in (left, right)
                if (end := _token_across(t, len(t) - tail)) is not None]
        if ends:
            tail = min(tail, *ends)
            if tail and not left[len(left) - tail].isspace():
                m = _WORD_END.search(left, len(left) - tail)
                tail = len(left) - m.end() if m else 0
    return head, tail


# What may go on a token across whitespace ("50 per cent", "50 %", "12 000", "2,5 Prozent": the
# word decides whether the comma is a decimal one)
_MAY_GO_ON = re.compile(r"\s+(?:cent|ciento|%|\d|per|por|pour|prozent|procent)", re.IGNORECASE)


def _token_across(text: str, at: int) -> int | None:
    """Where the token that starts before ``at`` and ends after it ends, if one does."""
    for m in TOKEN_RE.finditer(text, max(0, at - 40), at + 40):
        if m.start() >= at:
            return None
        if m.end() > at:
            return m.end()
    return None


# Two words in capitals side by side: a headline or a dateline set in capitals ("NEW YORK").
# (``\b[A-Z]{2,}...`` written to start with a capital: the regex engine then skips to the next
# capital in C instead of trying a word boundary at every character; the lookbehind is the \b)
_CAPS_RUN = re.compile(r"[A-Z](?<!\w.)[A-Z]+[ \t\u00a0]+[A-Z]{2,}\b")
# The same in any script that has capitals (checked only on texts that are not ASCII): letters
# that are not lower-case ASCII, which _uncapped then checks for capitals.
_CAPS_RUN_ANY = re.compile(r"\b[^\W\d_a-z]{2,}[ \t\u00a0]+[^\W\d_a-z]{2,}\b")


def _has_caps_run(text: str) -> bool:
    return (_CAPS_RUN if text.isascii() else _CAPS_RUN_ANY).search(text) is not None


def _is_caps_word(token: str) -> bool:
    return len(token) > 1 and token.isalpha() and token.isupper()


def _next_word(tokens: list[str], k: int, step: int) -> str:
    """The token after (``step`` 1) or before (-1) ``tokens[k]``, past spaces on one line."""
    k += step
    while 0 <= k < len(tokens) and tokens[k].isspace() and "\n" not in tokens[k]:
        k += step
    return tokens[k] if 0 <= k < len(tokens) else ""


def _uncapped(tokens: list[str], other: list[str]) -> list[str]:
    """``tokens`` with each short word in capitals next to another word in capitals ("NEW" of
    "NEW YORK", "SÃO" of "SÃO PAULO") in lower case, where the other side has that word in
    lower or mixed case and never in capitals.

    Token keys keep a short word in capitals apart from the word in lower case, so that "US" is
    not "us"; in a headline or dateline set in capitals that word is no acronym, and "NEW YORK"
    against "New York" would otherwise be a change. The words that are acronyms too
    (``ACRONYM_WORDS``: US, IT, WHO) stay apart even there: "TALKS WITH US" may mean either."""
    # (the short words in capitals first, each once, found by C loops: most texts have few)
    short = {t for t in filter(str.isupper, set(tokens))
             if len(t) <= ACRONYM_MAX_LETTERS and _is_caps_word(t)}
    if not short:
        return tokens
    theirs = set(other)
    short = short - theirs - ACRONYM_WORDS
    if not short:
        return tokens
    lowered = {t.lower() for t in theirs if t[:1].isalpha() and not t.isupper()}
    short = {t for t in short if t.lower() in lowered and token_key(t).isupper()}
    out = tokens
    for k in compress(range(len(tokens)), map(short.__contains__, tokens)):
        if _is_caps_word(_next_word(tokens, k, 1)) or _is_caps_word(_next_word(tokens, k, -1)):
            if out is tokens:
                out = list(tokens)
            out[k] = tokens[k].lower()
    return out


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
        self.lt, self.rt = lt, rt = tokenize(lmid), tokenize(rmid)
        if _has_caps_run(lmid) or _has_caps_run(rmid):  # (keyed anew; spans keep lt, rt)
            lt, rt = _uncapped(lt, rt), _uncapped(rt, lt)
        try:
            self.a, self.b = a, b = encoder.encode_pair(lt, rt)
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
    parts: list[Part] = []  # made Spans at the end: neighbours alike are joined first
    _append(parts, "equal", left[:m.head])
    if not m.changed:
        _emit_equal(parts, lt, rt)
    elif m.a is None:
        _append(parts, "delete", "".join(lt))
        _append(parts, "insert", "".join(rt))
    else:
        i = j = 0
        runs, blocks = _runs(m.a, m.b, m.pieces)
        runs = _with_shared_phrases(_merge_glue(runs, lt), blocks, lt)
        for op, nl, nr in runs:
            if op == 0:
                _emit_equal(parts, lt[i:i + nl], rt[j:j + nr])
            else:
                _append(parts, "delete", "".join(lt[i:i + nl]))
                _append(parts, "insert", "".join(rt[j:j + nr]))
            i += nl
            j += nr
    _append(parts, "equal", left[len(left) - m.tail:])
    if "\n" in left or "\n" in right:
        parts = _lines_whole(parts)
    return tuple(starmap(Span, parts)), m.similarity


def _lines_whole(parts: list[Part]) -> list[Part]:
    """``parts`` with each lone insertion or deletion of whole lines that may slide (the same
    text before or after it: a table's new row "9 ... 60 days after year end" after a row
    ending "60 days after year end") slid to where it starts and ends at a line break, the
    nearest such place: rows and lines inserted whole, not the end of one row and most of the
    next. Either side's text is kept: only where the equal text ends and the change starts
    moves, within text that is the same."""
    out: list[Part] = []
    k = 0
    n = len(parts)
    while k < n:
        op, text, minor = parts[k]
        if (op == "equal" or minor or "\n" not in text
                or k and parts[k - 1][0] != "equal" or k + 1 < n and parts[k + 1][0] != "equal"):
            _append(out, op, text, minor)
            k += 1
            continue
        # The equal text before it is what is left of it in ``out`` (a change slid before may
        # have taken it all); the text's ends are line breaks, another change's edge is not.
        before = out.pop()[1] if out and out[-1][0] == "equal" else ""
        after = parts[k + 1][1] if k + 1 < n else ""
        at = _line_slide(before, text, after, not out, k + 2 >= n)
        whole = before + text + after
        start = len(before) + at
        _append(out, "equal", whole[:start])
        _append(out, op, whole[start:start + len(text)])
        _append(out, "equal", whole[start + len(text):])
        k += 2
    return out


def _line_slide(before: str, text: str, after: str, first: bool = True,
                last: bool = True) -> int:
    """How far (characters; < 0: left) the change ``text`` between equal ``before`` and
    ``after`` slides to start and end at a line break (0: it does, or cannot). ``first``,
    ``last``: whether ``before`` starts and ``after`` ends the text (else another change lies
    beyond, and their edge is no line break)."""
    width = len(text)
    whole = before + text + after
    start = len(before)
    size = len(whole)

    def at_breaks(p: int) -> bool:
        end = p + width
        return ((first if p == 0 else whole[p - 1] == "\n") or whole[p] == "\n") and (
            (last if end == size else whole[end] == "\n") or whole[end - 1] == "\n")

    if at_breaks(start):
        return 0
    # It may slide right as far as its start repeats after it, left as far as its end repeats
    # before it (at most its own length each way).
    right = _common_prefix(text, after[:width])
    left = _common_suffix(text, before[len(before) - width:]) if before else 0
    for shift in sorted(range(-left, right + 1), key=abs):
        if shift and at_breaks(start + shift):
            return shift
    return 0


def has_change(spans: tuple[Span, ...]) -> bool:
    """Whether any span is a change that matters (minor spans do not)."""
    return any(s.op != "equal" and not s.minor for s in spans)
