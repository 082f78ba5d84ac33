"""The compare view's model: a Comparison laid out as display units, each side wrapped into lines.

No Textual here, so it can be built in a worker thread and tested on its own.

A *unit* is what one stretch of rows shows: a paired block (both sides, same rows), a paragraph only
one side has (against blank space), or one half of a moved block. A moved block is shown twice, each
half where its paragraphs sit in their own article, so both columns read in order; each half knows
its counterpart so the reader can jump between them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len

from ..chains import longest_increasing
from ..models import Block, Comparison, Source, joined
from ..overlap import Overlap, overlap
from ..sanitize import display_table

SideName = Literal["left", "right"]

LAZY_CHARS = 300_000  # characters of both sides from which a pair is "long": wrapped in workers

# What the loader's cleaning would remove becomes one visible character each (control pictures,
# U+FFFD) so that offsets stay the same and nothing from an article can drive the terminal,
# whatever the loader left in. The right-to-left marks stay, as the loader keeps them.
_PICTURES = display_table()

# What wrapping keeps on one line: no break at a no-break space (U+00A0, U+2007, U+202F), as
# French puts one before "»", ":" and "%" ("Minguettes\u00a0»" never leaves "»" alone).
_WORD = re.compile(r"[^\t-\r\x1c-\x20\x85\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+")


def _char_class(codes) -> str:
    """A regex character class of ``codes`` written as ranges: one item per code point makes
    ``search`` some 20 times slower (2,000 of them: surrogates, tag characters)."""
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in runs) + "]"


_UNSHOWABLE = re.compile(_char_class(_PICTURES))


def displayable(text: str) -> str:
    """``text`` with every control character replaced by one visible character (offsets kept)."""
    return text.translate(_PICTURES) if _UNSHOWABLE.search(text) else text


@dataclass(frozen=True, slots=True)
class Side:
    """What one column shows of a unit: some consecutive paragraphs of one source."""

    paragraphs: tuple[int, ...]
    text: str  # paragraphs joined by "\n", control characters made visible
    bases: tuple[int, ...]  # offset of each paragraph inside ``text``
    marks: tuple[tuple[int, int], ...]  # changed ranges (deleted on the left, inserted on right)
    # Which of ``paragraphs`` are preformatted (a table, code): their lines wrap with the
    # continuation indented (``side_layout``). Empty when none is.
    pre: tuple[bool, ...] = ()

    def offset_of(self, paragraph: int, offset_in_paragraph: int) -> int:
        return self.bases[self.paragraphs.index(paragraph)] + offset_in_paragraph

    def locate(self, offset: int) -> tuple[int, int]:
        """The paragraph and the offset in it of ``offset`` in ``text``: ``offset_of`` undone."""
        k = bisect_right(self.bases, offset) - 1
        return self.paragraphs[k], offset - self.bases[k]


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str  # a BlockKind
    block: int  # index into Comparison.blocks
    left: Side | None
    right: Side | None
    similarity: float
    counterpart: int | None = None  # the other half of a moved block (a unit index)
    # Where each change of a paired or moved block starts, in reading order: (left offset,
    # right offset) in the sides' texts, -1 for a side the change has nothing of. A change is a
    # run of deleted and inserted words up to the next words both sides have (n and p step
    # through those of a block taller than the screen).
    changes: tuple[tuple[int, int], ...] = ()

    @property
    def is_difference(self) -> bool:
        return self.kind != "same"

    def side(self, name: SideName) -> Side | None:
        return self.left if name == "left" else self.right


def _side(source: Source, paragraphs: tuple[int, ...], marks: list[tuple[int, int]]) -> Side:
    texts, segments = source.paragraphs, source.segments
    pre = tuple(segments[i].kind == "preformatted" for i in paragraphs)
    pre = pre if any(pre) else ()
    if len(paragraphs) == 1:  # the usual case, kept cheap: 50,000 of these in a long pair
        return Side(paragraphs, displayable(texts[paragraphs[0]]), (0,), tuple(marks), pre)
    parts = [texts[i] for i in paragraphs]
    bases, pos = [], 0
    for part in parts:
        bases.append(pos)
        pos += len(part) + 1
    return Side(tuple(paragraphs), displayable("\n".join(parts)), tuple(bases), tuple(marks),
                pre)


def _marks(block: Block, left_text: str, right_text: str) -> tuple[list, list, tuple]:
    """Changed ranges of each side from the block's spans, and where each change starts
    (``Unit.changes``); whole sides if the spans do not fit."""
    left_marks: list[tuple[int, int]] = []
    right_marks: list[tuple[int, int]] = []
    changes: list[list[int]] = []
    open_change = False  # the last span was deleted or inserted words (or spaces after them)
    lpos = rpos = 0
    for span in block.spans:
        n = len(span.text)
        if span.op == "equal":
            if left_text[lpos:lpos + n] != span.text or right_text[rpos:rpos + n] != span.text:
                break
            lpos, rpos = lpos + n, rpos + n
            open_change = open_change and span.text.isspace()  # words both have end a change
        elif span.op == "delete":
            if left_text[lpos:lpos + n] != span.text:
                break
            if n:
                left_marks.append((lpos, lpos + n))
                open_change = _change_at(changes, open_change, 0, lpos, span.text)
            lpos += n
        elif span.op == "insert":
            if right_text[rpos:rpos + n] != span.text:
                break
            if n:
                right_marks.append((rpos, rpos + n))
                open_change = _change_at(changes, open_change, 1, rpos, span.text)
            rpos += n
    else:
        if lpos == len(left_text) and rpos == len(right_text):
            return (_trimmed(left_marks, left_text), _trimmed(right_marks, right_text),
                    tuple((a, b) for a, b in changes))
    # The spans do not rebuild the paragraphs (an engine bug): show the whole block as changed.
    whole = block.kind != "same"
    return ([(0, len(left_text))] if whole and left_text else [],
            [(0, len(right_text))] if whole and right_text else [],
            ((0 if left_text else -1, 0 if right_text else -1),) if whole else ())


def _change_at(changes: list[list[int]], open_change: bool, side: int, pos: int,
               text: str) -> bool:
    """Note where a deleted (``side`` 0) or inserted (1) ``text`` at ``pos`` starts a change
    or goes on with the open one; whether a change is open after it (spaces alone start none:
    they are not marked)."""
    lead = len(text) - len(text.lstrip())  # (the mark starts after spaces: _trimmed)
    if lead == len(text):
        return open_change
    if not open_change:
        changes.append([-1, -1])
    if changes[-1][side] < 0:
        changes[-1][side] = pos + lead
    return True


def _trimmed(marks: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Marks without the spaces at their ends: a highlighted space tells the reader nothing."""
    out = []
    for a, b in marks:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def build_units(comparison: Comparison) -> list[Unit]:
    """Display units in an order where both columns read top to bottom in article order."""
    left_src, right_src = comparison.left, comparison.right
    anchors: list[tuple[int, Block]] = []
    floats_left: list[tuple[int, Unit]] = []  # (left paragraph, unit) placed by the left column
    floats_right: list[tuple[int, Unit]] = []
    moved: list[tuple[int, Block]] = []
    for b, block in enumerate(comparison.blocks):
        if block.left and block.right and block.kind in ("same", "changed"):
            anchors.append((b, block))
        elif block.left and block.right:
            moved.append((b, block))
        elif block.left:
            side = _side(left_src, block.left, [])
            floats_left.append((block.left[0], Unit("left_only", b, side, None, block.similarity)))
        elif block.right:
            side = _side(right_src, block.right, [])
            floats_right.append((block.right[0], Unit("right_only", b, None, side,
                                                      block.similarity)))
    # Paired blocks must read in order on both sides; any that do not are shown as moved.
    anchors.sort(key=lambda item: item[1].left[0])
    keep = set(longest_increasing([block.right[0] for _, block in anchors]))
    moved.extend(item for i, item in enumerate(anchors) if i not in keep)
    anchors = [item for i, item in enumerate(anchors) if i in keep]

    anchor_units: list[Unit] = []
    for b, block in anchors:
        lm, rm, changes = _marks(block, joined(left_src.paragraphs, block.left),
                                 joined(right_src.paragraphs, block.right))
        anchor_units.append(Unit(block.kind, b, _side(left_src, block.left, lm),
                                 _side(right_src, block.right, rm), block.similarity,
                                 changes=changes))
    moved_pairs: list[tuple[Unit, Unit]] = []
    for b, block in moved:
        lm, rm, changes = _marks(block, joined(left_src.paragraphs, block.left),
                                 joined(right_src.paragraphs, block.right))
        lu = Unit("moved", b, _side(left_src, block.left, lm), None, block.similarity,
                  changes=tuple((a, -1) for a, _ in changes if a >= 0))
        ru = Unit("moved", b, None, _side(right_src, block.right, rm), block.similarity,
                  changes=tuple((-1, c) for _, c in changes if c >= 0))
        floats_left.append((block.left[0], lu))
        floats_right.append((block.right[0], ru))
        moved_pairs.append((lu, ru))

    anchor_left = [block.left[0] for _, block in anchors]
    anchor_right = [block.right[0] for _, block in anchors]
    gaps: list[list[tuple[int, int, Unit]]] = [[] for _ in range(len(anchors) + 1)]
    for para, unit in floats_left:
        gaps[bisect_right(anchor_left, para)].append((0, para, unit))
    for para, unit in floats_right:
        gaps[bisect_right(anchor_right, para)].append((1, para, unit))
    order: list[Unit] = []
    for g, gap in enumerate(gaps):
        if gap:
            if len(gap) > 1:
                gap.sort(key=lambda item: (item[0], item[1]))
            order.extend(unit for _, _, unit in gap)
        if g < len(anchor_units):
            order.append(anchor_units[g])
    # Link the halves of moved blocks by their final positions.
    where = {id(unit): i for i, unit in enumerate(order)}
    for lu, ru in moved_pairs:
        li, ri = where[id(lu)], where[id(ru)]
        order[li] = _with_counterpart(lu, ri)
        order[ri] = _with_counterpart(ru, li)
    return order


def _with_counterpart(unit: Unit, other: int) -> Unit:
    return Unit(unit.kind, unit.block, unit.left, unit.right, unit.similarity, other,
                unit.changes)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Wrap ``text`` to ``width`` cells at spaces; lines as (start, end) offsets into ``text``.

    A "\\n" always ends a line; words wider than a line are cut by cells. Spaces where a line breaks
    are not shown, so the offsets of every visible character are kept.
    """
    width = max(1, width)
    measure = len if text.isascii() else cell_len
    lines: list[tuple[int, int]] = []
    append = lines.append
    pos = 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if len(para) <= width and (measure is len or cell_len(para) <= width):
            append((start, end))
            continue
        line_start, line_end, _ = _fill(text, start, end, width, measure, append, _WORD, _by_no_break)
        append((line_start, line_end) if line_start >= 0 else (start, start))
    return lines


_NO_BREAK_PIECE = re.compile(r"[^\u00a0\u2007\u202f]+")


def _fill(text: str, start: int, end: int, width: int, measure, append, pieces: re.Pattern,
          too_wide) -> tuple[int, int, int]:
    """Lay the ``pieces`` of ``text[start:end]`` on lines of ``width`` cells, as many a line as
    fit, a piece wider than a line laid by ``too_wide`` (same arguments and result); the lines
    but the last go to ``append``; the last is returned as (start, end, its cells), start -1
    when there is no piece."""
    line_start = -1
    line_end = col = 0
    for m in pieces.finditer(text, start, end):
        ps, pe = m.span()
        w = pe - ps if measure is len else cell_len(m.group())
        if line_start >= 0:
            gap = ps - line_end if measure is len else cell_len(text[line_end:ps])
            if col + gap + w <= width:
                line_end, col = pe, col + gap + w
                continue
            append((line_start, line_end))
        if w <= width:
            line_start, line_end, col = ps, pe, w
            continue
        line_start, line_end, col = too_wide(text, ps, pe, width, measure, append)
    return line_start, line_end, col


def _by_no_break(text: str, start: int, end: int, width: int, measure, append
                 ) -> tuple[int, int, int]:
    """A "word" wider than the line: broken at its no-break spaces (a paragraph pasted with
    U+00A0 for every space is one), only a piece still too wide cut by cells."""
    last = _fill(text, start, end, width, measure, append, _NO_BREAK_PIECE, _cut_cells)
    # (no-break spaces only: no piece)
    return last if last[0] >= 0 else _cut_cells(text, start, end, width, measure, append)


def _cut_cells(text: str, start: int, end: int, width: int, measure, append
               ) -> tuple[int, int, int]:
    """Cut ``text[start:end]`` into pieces of at most ``width`` cells; all but the last to
    ``append``, the last returned as (start, end, its cells)."""
    piece_start, col = start, 0
    for i in range(start, end):
        cw = 1 if measure is len else cell_len(text[i])
        if col + cw > width and i > piece_start:
            append((piece_start, i))
            piece_start, col = i, 0
        col += cw
    return piece_start, end, col


def side_lines(side: Side, width: int) -> list[tuple[int, int]]:
    """A side's text wrapped to ``width`` cells, with a blank line between its paragraphs.

    Paragraphs are joined by one "\\n" in ``Side.text`` (a "\\n" inside a paragraph is a line
    break of a table or a list), so a block of two paragraphs would read as one; the blank line is
    an empty range on the "\\n" that ends the paragraph before, so offsets still find their row.
    """
    return side_layout(side, width)[0]


def side_layout(side: Side, width: int) -> tuple[list[tuple[int, int]], dict[int, int] | None]:
    """``side_lines``, and the indent (in cells) of each line that goes on with a line of a
    preformatted paragraph too wide for the column (by line index; None when there is none):
    a table's row wrapped like prose ("closed  Every six months 30 days after") reads as a
    row of its own."""
    if side.pre:
        lines, indents = _pre_wrapped(side, width)
    else:
        lines, indents = wrap(side.text, width), None
    if len(side.bases) == 1:
        return lines, indents
    out: list[tuple[int, int]] = []
    shifted: dict[int, int] = {}  # the indents, by the line's index once the blank lines are in
    bases = side.bases
    k = 1
    for n, line in enumerate(lines):
        while k < len(bases) and line[0] >= bases[k]:
            if out:
                out.append((bases[k] - 1, bases[k] - 1))
            k += 1
        if indents and n in indents:
            shifted[len(out)] = indents[n]
        out.append(line)
    return out, shifted or None


def _pre_wrapped(side: Side, width: int) -> tuple[list[tuple[int, int]], dict[int, int] | None]:
    """``wrap(side.text, width)``, but each line of a preformatted paragraph too wide for the
    column keeps its leading spaces and goes on indented (``_hanging``): the indents by line
    index."""
    text, bases = side.text, side.bases
    out: list[tuple[int, int]] = []
    indents: dict[int, int] = {}
    k = 0  # the paragraph of the line
    pos = 0
    for row in text.split("\n"):
        start, end = pos, pos + len(row)
        pos = end + 1
        while k + 1 < len(bases) and start >= bases[k + 1]:
            k += 1
        if not side.pre[k] or len(row) <= width and cell_len(row) <= width:
            out.extend((start + a, start + b) for a, b in wrap(row, width))
            continue
        for n, (a, b, indent) in enumerate(_hanging(text, start, end, width)):
            if n:
                indents[len(out)] = indent
            out.append((a, b))
    return out, indents or None


_SECOND_CELL = re.compile(r"\S {2,}(?=\S)")


def _hang(text: str, start: int, end: int, width: int, measure) -> int:
    """How far in the continuation of a preformatted line goes: under its second cell (after
    the first run of two or more spaces), else two cells past its own leading spaces; at most
    a third of the column, so that the rest still holds some words."""
    lead = len(text[start:end]) - len(text[start:end].lstrip(" "))
    m = _SECOND_CELL.search(text, start + lead, end)
    indent = measure(text[start:m.end()]) if m else lead + 2
    return max(1, min(indent, width // 3))


def _hanging(text: str, start: int, end: int, width: int) -> list[tuple[int, int, int]]:
    """A preformatted line too wide for ``width`` cells as (start, end, indent) pieces: the
    first from the line's start (its leading spaces kept), the others ``_hang`` cells in and
    narrower by as much."""
    measure = len if text.isascii() else cell_len
    indent = _hang(text, start, end, width, measure)
    pieces: list[tuple[int, int, int]] = []
    avail = width
    line_start = line_end = col = -1

    def close(a: int, b: int) -> None:
        nonlocal avail
        pieces.append((a, b, indent if pieces else 0))
        avail = width - indent

    for m in _WORD.finditer(text, start, end):
        ps, pe = m.span()
        if line_start < 0 and not pieces:
            ps = start  # the line's own leading spaces stay
        w = measure(text[ps:pe])
        if line_start >= 0:
            gap = measure(text[line_end:ps])
            if col + gap + w <= avail:
                line_end, col = pe, col + gap + w
                continue
            close(line_start, line_end)
        if w <= avail:
            line_start, line_end, col = ps, pe, w
            continue
        piece_start, col = ps, 0  # a word wider than the line: cut by cells
        for i in range(ps, pe):
            cw = measure(text[i])
            if col + cw > avail and i > piece_start:
                close(piece_start, i)
                piece_start, col = i, 0
            col += cw
        line_start, line_end = piece_start, pe
    if line_start >= 0:
        close(line_start, line_end)
    return pieces or [(start, end, 0)]


@dataclass(frozen=True, slots=True)
class Layout:
    """Units wrapped for one column width, with the first row of each unit."""

    width: int  # of one text column, in cells
    units: tuple[Unit, ...]
    left_lines: tuple[list[tuple[int, int]], ...]
    right_lines: tuple[list[tuple[int, int]], ...]
    tops: tuple[int, ...]  # first row of each unit; tops[-1] is the total number of rows
    # Per unit, the indents of the lines that go on with a preformatted line (side_layout):
    # None for a unit that has none. Empty: none anywhere.
    left_indents: tuple[dict[int, int] | None, ...] = ()
    right_indents: tuple[dict[int, int] | None, ...] = ()

    @property
    def rows(self) -> int:
        return self.tops[-1] if self.tops else 0

    def unit_at(self, row: int) -> int:
        """Index of the unit that holds ``row``."""
        return max(0, min(len(self.units) - 1, bisect_right(self.tops, row) - 1))

    def height(self, unit: int) -> int:
        return self.tops[unit + 1] - self.tops[unit]

    def row_of(self, unit: int, side: SideName, offset: int) -> int:
        """The row showing character ``offset`` of a unit's side."""
        lines = (self.left_lines if side == "left" else self.right_lines)[unit]
        starts = [start for start, _ in lines]
        return self.tops[unit] + max(0, bisect_right(starts, offset) - 1)


def lay_out(units: list[Unit] | tuple[Unit, ...], width: int) -> Layout:
    """Wrap every unit for text columns ``width`` cells wide; one blank row after each unit."""
    left_lines, right_lines, tops = [], [], [0]
    left_indents: list[dict[int, int] | None] = []
    right_indents: list[dict[int, int] | None] = []
    row = 0
    for unit in units:
        ll, li = side_layout(unit.left, width) if unit.left else ([], None)
        rl, ri = side_layout(unit.right, width) if unit.right else ([], None)
        left_lines.append(ll)
        right_lines.append(rl)
        left_indents.append(li)
        right_indents.append(ri)
        row += max(len(ll), len(rl), 1) + 1
        tops.append(row)
    indented = any(left_indents) or any(right_indents)
    return Layout(width, tuple(units), tuple(left_lines), tuple(right_lines), tuple(tops),
                  tuple(left_indents) if indented else (),
                  tuple(right_indents) if indented else ())


@dataclass(frozen=True, slots=True)
class Locator:
    """Where each paragraph of each source sits among the units."""

    left: dict[int, int]
    right: dict[int, int]

    @classmethod
    def of(cls, units: list[Unit] | tuple[Unit, ...]) -> Locator:
        left, right = {}, {}
        for i, unit in enumerate(units):
            if unit.left:
                for p in unit.left.paragraphs:
                    left[p] = i
            if unit.right:
                for p in unit.right.paragraphs:
                    right[p] = i
        return cls(left, right)

    def find(self, side: SideName, paragraph: int) -> int | None:
        return (self.left if side == "left" else self.right).get(paragraph)


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything the compare view needs for one comparison, built off the interface thread."""

    comparison: Comparison
    units: tuple[Unit, ...]
    differences: tuple[int, ...]  # indices of the units that are not "same"
    locator: Locator
    layout: Layout | None = None  # wrapped for some column width, when it was worth doing early
    chars: int = 0  # characters of both sides
    shared: Overlap | None = None  # how much of each side the other has, when measured early

    @property
    def is_long(self) -> bool:
        """Long enough that wrapping (and searching as one types) is not done at once."""
        return self.chars >= LAZY_CHARS

    def with_layout(self, layout: Layout) -> Prepared:
        return Prepared(self.comparison, self.units, self.differences, self.locator, layout,
                        self.chars, self.shared)


def prepare(comparison: Comparison, width: int | None = None, *,
            measure: bool = False) -> Prepared:
    """Units, differences and locator of a comparison; when it is long and ``width`` is given,
    wrapped too for text columns that wide (a short one is wrapped at once where it is shown).
    ``measure``: a long one's overlap too (a second for a 2 MB pair: in the background, not in
    a worker racing the interface when the pair is shown; a short one's is measured at once)."""
    units = tuple(build_units(comparison))
    differences = tuple(i for i, unit in enumerate(units) if unit.is_difference)
    chars = len(comparison.left.text) + len(comparison.right.text)
    shared = overlap(comparison) if measure and chars >= LAZY_CHARS else None
    prepared = Prepared(comparison, units, differences, Locator.of(units), chars=chars,
                        shared=shared)
    return prepared.with_layout(lay_out(units, width)) if width and prepared.is_long else prepared
