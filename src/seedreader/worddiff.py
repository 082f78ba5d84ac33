"""The word diff inside one aligned block, computed in token space.

Each distinct token key becomes one private-use character, diff-match-patch diffs the two strings
of characters and cleans the result up semantically (so whole phrases change, not letters), then
the characters are mapped back to the original text of each side.

Spans keep two invariants: equal+delete texts concatenated give the left text exactly, equal+insert
give the right text. A token that only differs in a way that does not matter (’ vs ', "per cent" vs
"percent") is aligned as equal but emitted as a delete/insert pair marked ``minor=True``, so both
invariants hold and readers can show it subdued.
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from .models import Span
from .tokens import STOPWORDS, token_key, tokenize

_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # never degrade silently
_BIG_DMP = diff_match_patch()
_BIG_DMP.Diff_Timeout = 2.0  # pathological single paragraphs of tens of thousands of tokens
_BIG = 20_000  # tokens on each side above which the bounded differ is used

_EQUAL, _DELETE, _INSERT = 0, -1, 1
_NO_MERGE_PUNCT = frozenset(".!?;:")


def _code(k: int) -> str:
    # Private Use Area first, then the supplementary private planes; never whitespace or a word
    # character, so diff-match-patch's boundary heuristics stay neutral.
    if k < 6400:
        return chr(0xE000 + k)
    if k < 6400 + 65534:
        return chr(0xF0000 + k - 6400)
    return chr(0x100000 + k - 6400 - 65534)


class _Encoder:
    """Maps token keys to single characters, shared by the two sides of one block."""

    __slots__ = ("by_key", "by_token")

    def __init__(self) -> None:
        self.by_token: dict[str, str] = {}
        self.by_key: dict[str, str] = {}

    def encode(self, tokens: list[str]) -> str:
        by_token = self.by_token
        out = []
        for tok in tokens:
            c = by_token.get(tok)
            if c is None:
                key = token_key(tok)
                c = self.by_key.get(key)
                if c is None:
                    c = self.by_key[key] = _code(len(self.by_key))
                by_token[tok] = c
            out.append(c)
        return "".join(out)


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
        return not w[0].isdigit() and token_key(w).lower() in STOPWORDS
    return w not in _NO_MERGE_PUNCT


def _runs(a: str, b: str) -> list[tuple[int, int, int]]:
    """(op, left tokens, right tokens) runs; op 0 = equal, 1 = change."""
    if min(len(a), len(b)) > _BIG:
        diffs = _BIG_DMP.diff_main(a, b, False)
    else:
        # A minimal (LCS) token diff from rapidfuzz's C++ — the same edit script Myers' algorithm
        # in diff_main would find, at a fraction of the cost; the cleanup is diff-match-patch's.
        diffs = []
        for tag, i1, i2, j1, j2 in Indel.opcodes(a, b):
            if tag == "equal":
                diffs.append((_EQUAL, a[i1:i2]))
                continue
            if i2 > i1:
                diffs.append((_DELETE, a[i1:i2]))
            if j2 > j1:
                diffs.append((_INSERT, b[j1:j2]))
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
        if (op == 0 and out and out[-1][0] == 1 and i + 1 < len(runs)
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


def diff_texts(left: str, right: str) -> tuple[tuple[Span, ...], float]:
    """Spans of the word diff of ``left`` against ``right`` and their similarity in [0, 1].

    The similarity is rapidfuzz's normalised Indel similarity over token keys: the share of
    tokens the two sides have in common, differences that do not matter ignored.
    """
    if left == right:
        return ((Span("equal", left),) if left else ()), 1.0
    lt, rt = tokenize(left), tokenize(right)
    enc = _Encoder()
    a, b = enc.encode(lt), enc.encode(rt)
    similarity = Indel.normalized_similarity(a, b)
    spans: list[Span] = []
    if a == b:
        _emit_equal(spans, lt, rt)
        return tuple(spans), similarity
    runs = _merge_glue(_runs(a, b), lt)
    i = j = 0
    for op, nl, nr in runs:
        if op == 0:
            _emit_equal(spans, lt[i:i + nl], rt[j:j + nr])
        else:
            _append(spans, "delete", "".join(lt[i:i + nl]))
            _append(spans, "insert", "".join(rt[j:j + nr]))
        i += nl
        j += nr
    return tuple(spans), similarity


def has_change(spans: tuple[Span, ...]) -> bool:
    """Whether any span is a change that matters (minor spans do not)."""
    return any(s.op != "equal" and not s.minor for s in spans)
