"""What every export format shares: safe text, block labels, and each side's text of a block.

Article text is untrusted. Every format first passes it through :func:`clean` (no control codes,
no bidi overrides), then escapes it for its own syntax.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Block, Comparison, Source, Span
from ..sanitize import strip_controls

if TYPE_CHECKING:
    from ..overlap import Overlap

# The JSON exports' schema. 2: the report's sources[] hold "paragraph_count" and "word_count"
# (1 had "paragraphs" and "words", counts where every other "paragraphs" is a list of texts).
SCHEMA_VERSION = 2

# The first line of every Markdown export: a comment, invisible when rendered, by which loading a
# folder without INDEX.md leaves seedreader's own exports out (``is_export``).
EXPORT_MARK = "<!-- seedreader export -->"
_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
# The facts verb's text (facts/render.py): "Facts in 5 sources: support k/N ...", with the filters
# in brackets when there are any ("Facts in 3 sources (support ≥ 2, kind count): support k/N ...").
_FACTS_TEXT_HEAD = re.compile(r"Facts in \d+ sources?(?: \([^()\n]*\))?: support k/N ")
# The JSON seedreader writes: an object whose first key is "schema_version" (pairs, reports) or
# "sources" holding a list (the facts tally, `sources --format json`), indented or not.
_JSON_HEAD = re.compile(r'\{\s*(?:"schema_version"\s*:\s*\d|"sources"\s*:\s*\[)')
# `seedreader sources`'s table (textout.sources_table), its header row.
_SOURCES_TABLE_HEAD = re.compile(r"#\s+id\s+title\s+outlet\s+published\s+paras\s+words\s*$")
# Every HTML export is a page whose <head> names its generator (export/html.py's _page).
_HTML_GENERATOR = '<meta name="generator" content="seedreader">'

KIND_LABELS = {
    "same": "same",
    "changed": "changed",
    "moved": "moved",
    "left_only": "only in A",
    "right_only": "only in B",
}
KIND_ORDER = tuple(KIND_LABELS)


def is_export(text: str) -> bool:
    """Whether a file's text is one of seedreader's exports, in any format and under any name
    (`-o notes.txt --format json` writes JSON to a .txt): a marked Markdown export, a text diff
    (its first two lines are the sides' '--- A ' and '+++ B ' headers), the facts verb's text
    (its first line, filtered or not) or CSV (its header row), the sources table, seedreader's
    JSON, or one of its HTML pages."""
    text = text.lstrip("\ufeff")
    if text.startswith(EXPORT_MARK) or _JSON_HEAD.match(text):
        return True
    if text.startswith("<!DOCTYPE html>"):
        return _HTML_GENERATOR in text[:2000]
    head = [_COLOUR.sub("", line) for line in text.split("\n", 2)]  # (--color always -o F)
    if len(head) > 2 and head[0].startswith("--- A ") and head[1].startswith("+++ B "):
        return True
    if head[0].startswith("fact_id,"):
        from ..facts.render import CSV_COLUMNS

        return head[0].rstrip("\r") == ",".join(CSV_COLUMNS)
    return (_FACTS_TEXT_HEAD.match(head[0]) is not None
            or _SOURCES_TABLE_HEAD.match(head[0]) is not None)


ONE_SOURCE = "One source: nothing to compare."
# (12: report.PASSAGE_WORDS)
NO_REWRITES = ("No two sources have much text in common, nor a passage of 12 words or more: "
               "each is its own report.")
NO_FACTS = "No figures, dates or quotes found."
VARIANTS_NOTE = ("Quotes worded differently that may render the same words (translations, "
                 "paraphrase).")
SIMILARITY_NOTE = ("How much text each pair of sources has in common (paragraphs aligned whatever "
                   "their order). Rewrites of one text score high; separate reports of one event "
                   "score low.")


def shared_note(n: int) -> str:
    """The note over the matrix of shares of a report of ``n`` sources, its example a cell the
    matrix has (row #3, column #1; row #2 in a report of two)."""
    row = min(n, 3)
    example = (f": row #{row}, column #1 is how much of #{row} is in #1" if row > 1 else "")
    return ("The share of each row's source's words that the column's source has word for word"
            f"{example}. It reads one way: a story made of part of a release has nearly all its "
            "words in the release, the release only part of its words in the story.")


# The corpus report's first paragraph; {label} and {title}: the base's, in the format's markup.
REPORT_INTRO = ("Every source against the base, {label} {title}; who resembles whom; and every "
                "figure, date and quote with how many sources state it.")
# After REPORT_INTRO when no base was asked for: which source is the base, and why.
BASE_NOTE = " The base is {label}, {reason} (another: --base)."
ONE_SOURCE_INTRO = "One source, {label} {title}, and every figure, date and quote it states."
# Before the corpus report's comparisons: what A and B are in their block headings and columns.
REPORT_SIDES = ("In each comparison below, A is the base, {label}, which every other source is "
                "compared with, and B the other source.")


def load_notes(source: Source) -> str:
    """What loading changed in a source's text or left out of it ("removed 2 terminal escape
    sequences and 6 control or invisible characters", a decoding, a url ignored), one line; ''
    when nothing: the shown text is then the file's, word for word."""
    return "; ".join(one_line(note) for note in source.warnings)


LOAD_NOTES_LABEL = "Changed on loading"


def clean(text: str) -> str:
    """``text`` without control or invisible characters (tab and newline kept; CR becomes a
    newline). Loading removes them already; exports do it again for any input."""
    return strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """``clean(text)`` with every run of whitespace (newlines too) as one space."""
    return " ".join(clean(text).split())


def short_title(title: str, limit: int = 40) -> str:
    title = one_line(title)
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def counted(n: int, noun: str) -> str:
    """'1 source', '5 sources', '1,178 words' (nouns with a plain -s plural)."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def percent(similarity: float) -> str:
    """A similarity as a percentage: 100% only for equal texts, so one just short of equal reads
    99.x% (floored to a tenth), never a rounded-up 100% beside its differences."""
    if similarity >= 1:
        return "100%"
    if similarity >= 0.99:
        return f"{math.floor(similarity * 1000) / 10:.1f}%"
    return f"{similarity:.0%}"


def shared_words(comparison: Comparison, a: str = "A", b: str = "B", *,
                 measured: Overlap | None = None) -> str:
    """How much of each side the other has word for word (``overlap``), ``a`` and ``b`` naming
    the sides: "558 of A's 1,177 words (47%) are in B; 558 of B's 565 words (99%) are in A".
    (Similarity mixes both sides into one figure; this says how much of a press release a story
    copied, and how much of the story is the release.) ``measured``: ``overlap(comparison)``
    when the caller has it already (the corpus report: ``CorpusReport.overlap``)."""
    from ..overlap import overlap

    o = measured if measured is not None else overlap(comparison)

    def part(shared: int, total: int, this: str, other: str) -> str:
        if not total:
            return f"{this} has no words"
        noun = "word" if total == 1 else "words"
        return (f"{shared:,} of {this}'s {total:,} {noun} ({percent(shared / total)}) "
                f"{'is' if shared == 1 else 'are'} in {other}")

    return (part(o.left_shared, o.left_words, a, b) + "; "
            + part(o.right_shared, o.right_words, b, a))


def para_refs(indices: tuple[int, ...]) -> str:
    """1-based paragraph numbers, runs collapsed: (3, 4, 6) -> '¶4–5, ¶7'."""
    if not indices:
        return "—"
    runs: list[list[int]] = []
    for i in sorted(indices):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"¶{r[0] + 1}" if len(r) == 1 else f"¶{r[0] + 1}–{r[-1] + 1}" for r in runs)


def named_list(names: list[str]) -> str:
    """Sources named '#16', '#18', '#19', '#20' as one list with runs collapsed: '#16, 18–20'
    (every source of a 32-source desk fits, none cut); other names joined by ', '."""
    numbers = [int(n[1:]) for n in names if _PLACE.fullmatch(n)]
    if len(numbers) < 3 or len(numbers) != len(names):
        return ", ".join(names)
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}, {r[1]}" if len(r) == 2 else f"{r[0]}–{r[-1]}"
             for r in runs]
    return "#" + ", ".join(parts)


_PLACE = re.compile(r"#[0-9]+")


def block_where(block: Block) -> str:
    """Which paragraphs a block holds: 'A ¶3 ↔ B ¶4–5'; '¶7' for a one-sided one, whose label
    ('only in A') names its side already."""
    if not (block.left and block.right):
        return para_refs(block.left or block.right)
    parts = []
    if block.left:
        parts.append(f"A {para_refs(block.left)}")
    if block.right:
        parts.append(f"B {para_refs(block.right)}")
    return " ↔ ".join(parts)


def in_order(comparison: Comparison, side: str) -> bool:
    """Whether one side's paragraphs ('left' or 'right') come in their own order, block after
    block."""
    last = -1
    for block in comparison.blocks:
        for index in (block.left if side == "left" else block.right):
            if index < last:
                return False
            last = index
    return True


ALIGNED_NOTE = ("Each block pairs paragraphs of A and B that tell the same thing (even when the "
                "two order them differently or split one into two), or holds one that only one "
                "side has. ")


def order_note(comparison: Comparison) -> str:
    """What the order of the aligned blocks is, true for this pair: every paragraph of both
    texts is shown with its number; a side out of its own order (the blocks follow the other
    one's) has its numbers jump."""
    a, b = in_order(comparison, "left"), in_order(comparison, "right")
    head = "Every paragraph of both texts is shown, with its number (¶). "
    if a and b:
        return head + "Both run in their own order."
    if a or b:
        first, other = ("A", "B") if a else ("B", "A")
        return (head + f"{first}'s paragraphs run in their own order; each of {other}'s stands "
                f"next to its counterpart in {first}, so {other}'s numbers jump where {other} "
                f"orders its paragraphs differently (see the blocks marked moved).")
    return (head + "Neither text is in its own order here: each paragraph stands next to its "
            "counterpart, so the numbers jump (see the blocks marked moved).")


def kind_counts(comparison: Comparison) -> list[tuple[str, int]]:
    """(kind, count) in a fixed order, kinds that do not occur left out."""
    counts = Counter(block.kind for block in comparison.blocks)
    return [(kind, counts[kind]) for kind in KIND_ORDER if counts[kind]]


def summary_line(comparison: Comparison) -> str:
    """'9 blocks: 2 same, 4 changed, 1 moved, 1 only in A, 1 only in B'."""
    n = len(comparison.blocks)
    parts = ", ".join(f"{count} {KIND_LABELS[kind]}" for kind, count in kind_counts(comparison))
    return counted(n, "block") + (f": {parts}" if parts else "")


# Below MERGE_AT of text in common, a block's merged word diff reads as two texts shuffled
# together (Markdown then shows each side whole); below REWORDED_AT, marking every word of both
# sides tells the reader nothing the block's label does not (HTML then shows them unstruck).
MERGE_AT = 0.5
REWORDED_AT = 0.05


def common_share(block: Block) -> float:
    """The share of a block's longer side that its two sides have word for word in common."""
    size = {"equal": 0, "delete": 0, "insert": 0}
    for span in block.spans:
        size[span.op] += len(span.text)
    longer = max(size["equal"] + size["delete"], size["equal"] + size["insert"])
    return size["equal"] / longer if longer else 1.0


def reworded(block: Block) -> bool:
    """A paired block whose two sides say the same thing in other words throughout."""
    return bool(block.left and block.right) and common_share(block) < REWORDED_AT


def minor_pair_at(spans, k: int, *, in_line: bool = False) -> bool:
    """Whether ``spans[k]`` and ``spans[k + 1]`` are a difference that does not count (quote
    marks, case, "per cent" vs "%"): a minor delete and the minor insert after it (``in_line``:
    neither holding a line break)."""
    return (k + 1 < len(spans) and spans[k].minor and spans[k].op == "delete"
            and spans[k + 1].minor and spans[k + 1].op == "insert"
            and not (in_line and ("\n" in spans[k].text or "\n" in spans[k + 1].text)))


def minor_run_end(spans, k: int, *, in_line: bool = False) -> int:
    """The index after the run of minor pairs (``minor_pair_at``) that starts with the one at
    ``k``: the pairs after it with only spaces (no line break) between them are one difference
    ("HALLORAN WINS" vs "Halloran Wins"), not one a word (``run_wordings``)."""
    k += 2
    while (k + 1 < len(spans) and spans[k].op == "equal" and not spans[k].text.strip()
           and "\n" not in spans[k].text and minor_pair_at(spans, k + 1, in_line=in_line)):
        k += 3
    return k


def run_wordings(run, piece=str) -> tuple[str, str]:
    """(A's wording, B's wording) of a run of minor pairs (``spans[k:minor_run_end(spans, k)]``),
    each span's text through ``piece``."""
    return ("".join(piece(span.text) for span in run if span.op != "insert"),
            "".join(piece(span.text) for span in run if span.op != "delete"))


def word_count(source: Source) -> int:
    """A source's words, as ``overlap`` counts them (``overlap.source_words``): runs between
    spaces that hold a letter or digit, and in scripts written without spaces (Chinese,
    Japanese) each character. One count per article, so a page never gives two ("297 words" on
    its card, "288 words" in its overlap line: French spaces before « : ; » are no words)."""
    from ..overlap import source_words

    return source_words(source)


@dataclass(frozen=True, slots=True)
class SideParagraph:
    """One paragraph of a block's side, cut into runs: 'equal', or changed on this side
    ('delete' on the left, 'insert' on the right)."""

    index: int
    runs: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def paragraph_breaks(source: Source, indices: tuple[int, ...]) -> set[int]:
    """Offsets, in a block's side joined by newlines, of the newlines between its paragraphs."""
    bounds, pos = set(), 0
    paragraphs = source.paragraphs
    for i in indices[:-1]:
        pos += len(paragraphs[i])
        bounds.add(pos)
        pos += 1
    return bounds


def split_points(comparison: Comparison, block: Block, side: str) -> dict[int, bool]:
    """This side's changes ('left': deletes) where the other side starts a new paragraph and
    this one does not: one side splits in two a paragraph that the other keeps whole ("March.
    Repairs" against "March." and "Repairs"). Each is the half of a delete/insert pair whose
    other half holds a paragraph break of its side: its index in ``block.spans``, and whether
    that break comes before the other half's words (then the mark goes before this one's)."""
    bounds = {"left": paragraph_breaks(comparison.left, block.left),
              "right": paragraph_breaks(comparison.right, block.right)}
    pos = {"left": 0, "right": 0}
    starts = []  # (left offset, right offset) where each span starts
    for span in block.spans:
        starts.append((pos["left"], pos["right"]))
        if span.op != "insert":
            pos["left"] += len(span.text)
        if span.op != "delete":
            pos["right"] += len(span.text)

    def breaks(k: int, where: str) -> bool:
        at = starts[k][0 if where == "left" else 1]
        return any(ch == "\n" and at + i in bounds[where]
                   for i, ch in enumerate(block.spans[k].text))

    other = "right" if side == "left" else "left"
    out = {}
    spans = block.spans
    for k in range(len(spans) - 1):
        if spans[k].op == "delete" and spans[k + 1].op == "insert":
            own_k, other_k = (k, k + 1) if side == "left" else (k + 1, k)
            if breaks(other_k, other) and not breaks(own_k, side):
                out[own_k] = spans[other_k].text.lstrip(" \t").startswith("\n")
    return out


def side_paragraphs(comparison: Comparison, block: Block, side: str, *,
                    splits: bool = False) -> list[SideParagraph]:
    """The paragraphs of one side ('left' or 'right') of a block, each cut into runs.

    The block's equal spans and its delete (left) or insert (right) spans, joined, are the side's
    paragraphs joined by newlines; the cuts fall on those paragraph boundaries, wherever the
    spans fall. The runs' texts are :func:`clean`. ``splits``: where the other side starts a
    new paragraph and this one does not (``split_points``), a run of op 'split': the spacing
    of a change that is only that (" " against a paragraph break) as its text, else empty,
    before or after this side's change, where the other side breaks.
    """
    source = comparison.left if side == "left" else comparison.right
    indices = block.left if side == "left" else block.right
    own = "delete" if side == "left" else "insert"
    paragraphs = source.paragraphs
    texts = [paragraphs[i] for i in indices]
    marks = split_points(comparison, block, side) if splits else {}
    spans = []
    for k, span in enumerate(block.spans):
        if span.op not in ("equal", own):
            continue
        if k in marks and span.minor and not span.text.strip() and "\n" not in span.text:
            spans.append(Span("split", span.text))  # (its spacing: " " where B breaks)
            continue
        if marks.get(k):
            spans.append(Span("split", ""))
        spans.append(span)
        if marks.get(k) is False:
            spans.append(Span("split", ""))
    if "".join(s.text for s in spans) != "\n".join(texts):
        # The spans do not rebuild this side (never with a correct aligner): show the paragraphs
        # whole, as changed unless the block says they are the same.
        op = "equal" if block.kind == "same" else own
        spans = []
        for n, text in enumerate(texts):
            spans.append(Span(op, text))
            if n < len(texts) - 1:
                spans.append(Span("equal", "\n"))
    out: list[SideParagraph] = []
    runs: list[Span] = []
    k = 0  # which paragraph of the block is being filled
    remaining = len(texts[0]) if texts else 0
    for span in spans:
        text, minor = span.text, span.minor
        if span.op == "split" and not text:
            runs.append(span)
            continue
        while text:
            if remaining == 0 and k < len(texts) - 1:
                # ``text`` starts with the "\n" that joins paragraph k and k + 1.
                out.append(SideParagraph(indices[k], tuple(runs)))
                runs, k = [], k + 1
                text = text[1:]
                remaining = len(texts[k])
                continue
            piece, text = text[:remaining], text[remaining:]
            remaining -= len(piece)
            piece = clean(piece)
            if piece:
                if (runs and runs[-1].op == span.op and runs[-1].minor == minor
                        and span.op != "split"):
                    runs[-1] = Span(span.op, runs[-1].text + piece, minor)
                else:
                    runs.append(Span(span.op, piece, minor))
            if not text:
                break
            if remaining == 0 and k == len(texts) - 1:
                break  # cannot happen when the spans rebuild the side
    if texts:
        out.append(SideParagraph(indices[k], tuple(runs)))
    return out
