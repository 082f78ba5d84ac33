"""The terminal word diff: [-deleted-]{+inserted+}, coloured only when asked.

A difference that does not count (quote marks, case, "per cent" vs "%", U.S./US) shows both
sides' wording as CriticMarkup writes a substitution, {~~A's~>B's~~} (dimmed in colour), so that
neither side reads misquoted without colour: "{+Eight +}{~~Of~>of~~} the" where B wrote "Eight of
the"; neighbouring ones with only spaces between them are one ("{~~HALLORAN WINS~>Halloran
Wins~~}"). One that is only spacing shows once, as A has it. A line break on either side stays
one (a paragraph that B splits in two shows as two lines).

The header names each side's outlet, date and link when known; an export (``legend=True``, what
a file or a pipe gets) adds a "how to read" line, so that the text reads without the tool.

Article text that holds a marker itself ("[-", "-]", "{+", "+}", "{~~", "~>", "~~}", "@@") would
fake a change. When either side's text holds one, every marker and every backslash of article
text gets a backslash before it (``escape_markers``), and the header says so: a backslash before
a marker or a backslash makes it the article's own text. Reading left to right, dropping each
such backslash gives the article's exact text back (``unescape_markers``). Texts without markers
come out as they always did, backslashes and all.

Colour codes are ours alone: article text is cleaned of every control character first, so a
source cannot move the cursor, retitle the window or hide text.
"""

from __future__ import annotations

import re

from ..models import Comparison, Source
from .common import (
    KIND_LABELS,
    LOAD_NOTES_LABEL,
    block_where,
    clean,
    load_notes,
    minor_pair_at,
    minor_run_end,
    one_line,
    percent,
    run_wordings,
    shared_words,
    summary_line,
)

RED, GREEN, DIM, BOLD, RESET = "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[1m", "\x1b[0m"
_SPACES = re.compile(r"(\s+)")
# The markers of this format, as they may occur in article text; each starts with a character
# that says which it is ("{" then "+" or "~"; "~" then "~}" or ">"), so a backslash before one
# names it whole.
MARKERS = ("[-", "-]", "{+", "+}", "{~~", "~>", "~~}", "@@")
_MARKER = re.compile("|".join(re.escape(m) for m in MARKERS))
_ESCAPED = re.compile(r"\\(\\|" + "|".join(re.escape(m) for m in MARKERS) + ")")
# What the legend says; ESCAPE_NOTE only when the texts hold markers of their own.
LEGEND = ("how to read: [-only in A-] {+only in B+}; {~~A's~>B's~~} a difference that does not "
          "count (quote marks, case, 5% vs 5 percent)\n"
          "each block starts with @@ its kind (same, changed, moved: elsewhere in B, only in A or "
          "B), paragraphs (A ¶3 ↔ B ¶4) and how alike @@; a line break in it is a paragraph break")
ESCAPE_NOTE = ("note: these texts hold diff markers of their own; a backslash before a marker or a "
               "backslash (\\[- \\{+ \\\\) is not the article's: drop it for the article's text")


def escape_markers(text: str) -> str:
    """``text`` with a backslash before each marker (``MARKERS``) and each backslash it holds."""
    return _ESCAPED_INPUT.sub(r"\\\g<0>", text)


_ESCAPED_INPUT = re.compile(r"\\|" + _MARKER.pattern)


def unescape_markers(text: str) -> str:
    """The article's text of a piece that ``escape_markers`` wrote: each backslash before a
    marker or a backslash dropped."""
    return _ESCAPED.sub(r"\1", text)


def _as_a_has_it(left: str, right: str) -> str:
    """A minor delete/insert pair as A has it, with B's spacing where only B breaks the line.

    (Their tokens pair one to one, so their runs of spaces do too.)"""
    lp, rp = _SPACES.split(left), _SPACES.split(right)
    if len(lp) != len(rp):
        return left
    return "".join(r if k % 2 and "\n" in r and "\n" not in a else a
                   for k, (a, r) in enumerate(zip(lp, rp)))


def _pieces(comparison: Comparison) -> list[list[tuple[str, str, str]]]:
    """Each block's line of text as pieces (role, colour, text): role 'text' is article text
    shown as it is, 'del' and 'ins' article text inside [-…-] and {+…+}, 'was' and 'now' the two
    wordings of a difference that does not count, inside {~~…~>…~~}."""
    blocks = []
    for block in comparison.blocks:
        pieces: list[tuple[str, str, str]] = []
        spans = block.spans
        k = 0
        while k < len(spans):
            if minor_pair_at(spans, k):
                end = minor_run_end(spans, k)
                left, right = run_wordings(spans[k:end], clean)
                if left.split() == right.split():
                    pieces.append(("text", DIM, _as_a_has_it(left, right)))
                else:
                    pieces += [("was", DIM, left), ("now", DIM, right)]
                k = end
                continue
            span = spans[k]
            k += 1
            text = clean(span.text)
            if span.minor:
                if span.op == "delete":  # (an insert of its own would have followed it)
                    pieces.append(("text", DIM, text))
            elif span.op == "equal":
                pieces.append(("text", "", text))
            else:
                pieces.append(("del" if span.op == "delete" else "ins",
                               RED if span.op == "delete" else GREEN, text))
        blocks.append(pieces)
    return blocks


def _holds_markers(blocks: list[list[tuple[str, str, str]]]) -> bool:
    """Whether either side's text, block by block, holds a marker (one a change cuts in two
    too: A's "x[-y" shown as "x[[--y-]")."""
    for pieces in blocks:
        a = "".join(text for role, _colour, text in pieces if role in ("text", "del", "was"))
        b = "".join(text for role, _colour, text in pieces if role in ("text", "ins", "now"))
        if _MARKER.search(a) or _MARKER.search(b):
            return True
    return False


def _escaped_runs(pieces: list[tuple[str, str, str]]) -> list[str]:
    """Each piece's text escaped (``escape_markers``), plain text that meets plain text escaped
    as one run, so that a marker split between two pieces is escaped too."""
    out = [""] * len(pieces)
    k = 0
    while k < len(pieces):
        if pieces[k][0] != "text":
            out[k] = escape_markers(pieces[k][2])
            k += 1
            continue
        end = k
        while end < len(pieces) and pieces[end][0] == "text":
            end += 1
        joined = "".join(p[2] for p in pieces[k:end])
        at = {m.start() for m in _ESCAPED_INPUT.finditer(joined)}  # (a backslash goes before)
        start = 0
        for n in range(k, end):
            text = pieces[n][2]
            out[n] = "".join("\\" + ch if start + i in at else ch for i, ch in enumerate(text))
            start += len(text)
        k = end
    return out


def _about(source: Source) -> str:
    """A side's outlet, publication time and link, those known, as one line ('' if none)."""
    parts = [one_line(source.outlet), one_line(source.published)]
    if source.url.strip():
        parts.append(one_line(source.url))
    return " · ".join(part for part in parts if part)


def render_text(comparison: Comparison, *, color: bool = False, legend: bool = True) -> str:
    """The word diff as text; ``legend``: with its "how to read" line (an export; the CLI
    leaves it out on a terminal)."""
    def paint(code: str, s: str) -> str:
        if not color or not code or not s:
            return s
        # Per line, so that a pager showing part of a block still shows it coloured.
        return "\n".join(f"{code}{line}{RESET}" if line else line for line in s.split("\n"))

    left, right = comparison.left, comparison.right
    blocks = _pieces(comparison)
    escaped = _holds_markers(blocks)
    out = [
        paint(BOLD, f"--- A {one_line(left.id)}: {one_line(left.title)}"),
        paint(BOLD, f"+++ B {one_line(right.id)}: {one_line(right.title)}"),
    ]
    for letter, source in (("A", left), ("B", right)):
        about = _about(source)
        if about:
            out.append(f"{letter}: {about}")
        if source.warnings:
            out.append(f"{letter}: {LOAD_NOTES_LABEL.lower()}: {load_notes(source)}")
    out += [
        f"similarity {percent(comparison.similarity)}, {summary_line(comparison)}",
        f"word for word: {shared_words(comparison)}",
    ]
    if legend:
        out.append(LEGEND)
    if escaped:
        out.append(ESCAPE_NOTE)
    out.append("")
    for block, pieces in zip(comparison.blocks, blocks):
        similarity = f" ({percent(block.similarity)})" if block.left and block.right else ""
        out.append(paint(DIM, f"@@ {KIND_LABELS[block.kind]} {block_where(block)}{similarity} @@"))
        texts = _escaped_runs(pieces) if escaped else [p[2] for p in pieces]
        parts = []
        k = 0
        while k < len(pieces):
            role, code, _text = pieces[k]
            text = texts[k]
            if role == "was":
                parts.append(paint(code, f"{{~~{text}~>{texts[k + 1]}~~}}"))
                k += 2
                continue
            k += 1
            if role == "del":
                parts.append(paint(code, f"[-{text}-]"))
            elif role == "ins":
                parts.append(paint(code, f"{{+{text}+}}"))
            else:
                parts.append(paint(code, text))
        out.append("".join(parts))
        out.append("")
    return "\n".join(out)
