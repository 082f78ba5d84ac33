"""The enumerators that start a line: "4.2", "(a)", "iv)", "3.", "Part 6 —", "Article 12", "§ 3".

One grammar, used by segmenting (``ITEM_MARK``: which lines are list items) and pairing
(``LEADING_LABEL``, ``labels_in_sequence``: what is left out of a clause's words where a
document's labels read as a sequence). Its own module so that reading a folder of articles does
not load the word machinery of ``tokens`` (the reader shows its first screen sooner).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from operator import add

# Words that name a numbered division of a document: "Part 6", "Section 4", "Article 12", "§ 3".
_DIVISION_WORDS = (r"part|section|sec\.|article|art\.|clause|chapter|schedule|annex|appendix"
                   r"|rule|title|paragraph|para\.|artikel|art[ií]culo|articolo|chapitre|titre"
                   r"|cap[ií]tulo|kapitel|abschnitt|teil|secci[oó]n")
_ROMAN = r"[ivxlcIVXLC]{1,6}"
_LOWER_ROMAN = r"[ivxlc]{1,6}"
# What stands after a division's number for it to be a label: a dash, colon or full stop, the
# end, or a capital ("Part 6 — Retention", "Article 12 Freedom"); not "Section 4 of the Act".
_AFTER_DIVISION = r"(?:\s*[—–:.-](?:\s+|$)|\s*$|\s+(?=[^\s\da-z]))"
# "(a)" "(A)" "(iv)" "(IV)" "(3)" "(3a)"; "a)" "iv)" "3)" (lower case only: "A) " and "I) " open
# sentences); "4.2" "2.3.1" followed by no lower-case word ("3.5 million" is a figure)
_PAREN = rf"\((?P<paren>\d{{1,3}}[a-z]?|[a-zA-Z]|{_ROMAN})\)"
_HALF = rf"(?P<half>\d{{1,3}}|[a-z]|{_LOWER_ROMAN})\)"
_DOTTED = r"(?P<dotted>\d{1,3}(?:\.\d{1,3})+)\.?(?=[^\S\n]+[^\s\da-z])"
ITEM_MARK = rf"(?:{_PAREN}|{_HALF}|{_DOTTED})"  # the enumerators of list items
ITEM_LABEL = re.compile(rf"{ITEM_MARK}\s+\S")  # (at the start of a stripped line)
LEADING_LABEL = re.compile(
    r"^[^\S\n]*(?:#{1,6}[^\S\n]+)?(?:"  # (after a Markdown heading's marks)
    rf"{ITEM_MARK}[^\S\n]+"
    r"|(?P<plain>\d{1,3})\.[^\S\n]+(?=\S)"  # 3. You may
    rf"|(?P<word>(?i:{_DIVISION_WORDS})|§§?)[^\S\n]*"
    rf"(?P<number>\d{{1,4}}[A-Z]?(?:\.\d{{1,3}})*|{_ROMAN}){_AFTER_DIVISION}"
    r")",
    re.MULTILINE,
)


def without_labels(text: str) -> str:
    """``text`` without the enumerators that start its lines ("4.2", "(a)", "3.", "Part 6 —",
    "Section 4:", "Article 12"; "## Part 6 —" loses its marks too), whatever they read as. A
    line that is nothing but a label keeps it; numbers inside the text ("28 days", "Part 3
    applies") stay. Pairing strips only labels that read as a sequence: ``labels_in_sequence``."""
    if "\n" not in text and (not text or LEADING_LABEL.match(text) is None):
        return text  # (the common case: one line, no label)
    return LEADING_LABEL.sub(_label_gone, text)


def _label_gone(m: re.Match[str]) -> str:
    return m.group() if _bare(m) else ""


def _bare(m: re.Match[str]) -> bool:
    """Whether the line of label ``m`` is nothing but the label."""
    end = m.end()
    text = m.string
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return not rest.strip()


# A label read as a place in a sequence: (style, the numbers above it, its ordinal). "(b)" is
# ("(a", (), 2), "2.3" ("d1", (2,), 3), "Part 6" ("w:part", (), 6); "(i)" reads two ways.
_Reading = tuple[str, tuple[int, ...], int]
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman_value(s: str) -> int:
    total = top = 0
    for ch in reversed(s.lower()):
        v = _ROMAN_VALUES[ch]
        total += -v if v < top else v
        top = max(top, v)
    return total


def _readings_of(style: str, v: str) -> list[_Reading]:
    if v.isdigit():
        return [(style + "1", (), int(v))]
    if v[0].isdigit():  # "3a", "4A"
        return [(style + "1a", (int(v[:-1]),), ord(v[-1].lower()) - 96)]
    case = "A" if v.isupper() else "a"
    out: list[_Reading] = []
    if len(v) == 1:
        out.append((style + case, (), ord(v.lower()) - 96))
    if all(ch in _ROMAN_VALUES for ch in v.lower()):
        out.append((style + "i" + case, (), _roman_value(v)))
    return out


def label_readings(m: re.Match[str]) -> list[_Reading]:
    """What the label ``m`` (of ``LEADING_LABEL`` or ``ITEM_LABEL``) reads as, in a sequence."""
    groups = m.groupdict()
    if groups.get("dotted"):
        parts = tuple(map(int, groups["dotted"].split(".")))
        return [(f"d{len(parts) - 1}", parts[:-1], parts[-1])]
    if groups.get("paren"):
        return _readings_of("(", groups["paren"])
    if groups.get("half"):
        return _readings_of(")", groups["half"])
    if groups.get("plain"):
        return [(".", (), int(groups["plain"]))]
    word = groups.get("word")
    if word:
        number = groups["number"].split(".")
        readings = _readings_of("w:" + word.lower(), number[0])
        if len(number) > 1:  # "Section 4.2": its last number, under the others
            return [(f"w:{word.lower()}.{len(number)}", tuple(map(int, number[:-1])),
                     int(number[-1]))]
        return readings
    return []


def _follows(a: _Reading, b: _Reading) -> bool:
    """Whether ``b`` is the next label after ``a`` (one skipped allowed: an item inserted or
    deleted): (a)→(b), 2.3→2.4, 1.3→2.1, 2.3→2.3.1, ii→iii, Part 2→Part 3."""
    if a[0] == b[0]:
        if a[1] == b[1]:
            return 1 <= b[2] - a[2] <= 2
        return (b[2] == 1 and len(a[1]) == len(b[1]) and a[1][:-1] == b[1][:-1]
                and 1 <= b[1][-1] - a[1][-1] <= 2)
    return b[2] == 1 and b[1] == (*a[1], a[2]) and b[0][:1] == a[0][:1] == "d"


def _child_style(style: str) -> str | None:
    return f"d{int(style[1:]) - 1}" if style[0] == "d" and style != "d0" else None


def in_sequence(readings: list[list[_Reading]]) -> list[bool]:
    """Which labels (``readings``, in the order they stand) read as part of a sequence: each
    the next of an earlier one of its kind, or followed so. "10.30", "11.30" (times), "1.200",
    "3.000" (figures) or a lone "Article 4" are no sequence."""
    out = [False] * len(readings)
    last: dict[str, tuple[int, _Reading]] = {}
    for k, rs in enumerate(readings):
        for r in rs:
            for style in (r[0], _child_style(r[0])):
                hit = last.get(style) if style else None
                if hit is not None and _follows(hit[1], r):
                    out[k] = out[hit[0]] = True
        for r in rs:
            last[r[0]] = (k, r)
    return out


# Where a line may start with a label: at its first non-blank characters, something each of
# LEADING_LABEL's alternatives starts with (a superset: a heading's "#", "(", a digit, "§", "iv)",
# or the first three letters of a division's name, in any case, then a number, glued or not). A
# search for "\n" runs in C between lines, and most lines are ruled out at their first letter or
# two, where LEADING_LABEL costs ~1 µs a line (its big alternation). Possessive blanks: no
# alternative starts with a blank, so giving some back never helps (and costs on indented lines).
# The first three letters of each division's name, and their first letters (all plain letters).
_DIVISION_HEADS = sorted({word[:3] for word in _DIVISION_WORDS.split("|")})
_LABEL_START = re.compile(
    r"\n[^\S\n]*+(?:[#(\d§]|[a-z]{1,6}\)"
    rf"|(?=(?i:[{''.join(sorted({head[0] for head in _DIVISION_HEADS}))}]))"
    rf"(?i:{'|'.join(_DIVISION_HEADS)})"
    # the rest of the name (at most 9 letters in all): the number after it, or glued to it, in
    # which case the run ends with one of its roman letters ("Partiv") or the cap stops in it
    r"[^\W\d_]{0,6}+(?:(?<=[ivxlcIVXLC])|\.?[^\S\n]*[\divxlcIVXLC]))")


def _leading_labels(texts: Sequence[str]) -> list[tuple[int, re.Match[str]]]:
    """(index of the text, match) of the labels (``LEADING_LABEL``) that start a line of
    ``texts`` and are not all of their line, in order: ``LEADING_LABEL.finditer`` of each text,
    run only at the lines ``_LABEL_START`` finds, all texts searched at once."""
    # (one join: a "\n" added to the joined text would copy it again; _LABEL_START never
    # crosses a line's end, so it finds in ``joined`` what it would in each text)
    joined = "\n".join(("", *texts))
    # where each text starts in ``joined``
    starts = list(map(add, accumulate(map(len, texts), initial=0), range(1, len(texts) + 2)))
    found: list[tuple[int, re.Match[str]]] = []
    last, end = -1, 0  # the text of the last label found, and its end there
    match = LEADING_LABEL.match
    for candidate in _LABEL_START.finditer(joined):
        at = candidate.start() + 1
        i = bisect_right(starts, at) - 1
        at -= starts[i]
        if i == last and at < end:  # inside the last label: finditer goes on after it
            continue
        m = match(texts[i], at)
        if m is not None:
            last, end = i, m.end()
            if not _bare(m):
                found.append((i, m))
    return found


def labels_in_sequence(texts: Sequence[str]) -> list[str]:
    """``texts`` (a document's paragraphs, in order) without the enumerators that start their
    lines (as ``without_labels``) where those read as a sequence across the document: "4.1",
    "4.2", "Part 5"; not a time ("10.30 Police said"), a figure ("1.200 Menschen") or a lone
    "Article 4 —", which are what the text says."""
    found = _leading_labels(texts)
    out = list(texts)
    if not found:
        return out
    flags = in_sequence([label_readings(m) for _, m in found])
    cuts: dict[int, list[re.Match[str]]] = {}
    for (i, m), flag in zip(found, flags, strict=True):
        if flag:
            cuts.setdefault(i, []).append(m)
    for i, ms in cuts.items():
        text, pieces, at = texts[i], [], 0
        for m in ms:
            pieces.append(text[at:m.start()])
            at = m.end()
        pieces.append(text[at:])
        out[i] = "".join(pieces)
    return out
