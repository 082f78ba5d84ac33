"""Markdown syntax that a reader of a .md article does not see as text, taken out of it.

A .md article and a .txt copy of it are the same text to a reader: ``plain_markdown`` gives the
.md file's text as the .txt would have it, before segmenting (so every offset refers to the text
without the syntax). Taken out: ATX heading marks (``## Reaction``) and setext underlines (the
heading stands alone between blank lines, as the segmenter reads headings), emphasis marks
(``*``, ``**``, ``***``, and ``_`` not inside a word), block quote marks, links (``[text](url)``
is ``text``), images (nothing: a reader sees a picture, not its alt text), code backticks (a code
span's text stays as it is: no HTML, reference, footnote or emphasis pass reads it), HTML
comments, reference definitions, horizontal rules (a blank line) and fences of code blocks
(their lines are kept as they are). List items keep their bullets: the segmenter reads them.
GitHub tables are rows of cells laid out in columns (a preformatted block to the segmenter);
footnote references go and their definitions are a list of notes. Raw HTML goes as a reader
of the rendered article sees it (``markdown_html``): tags off (a script's content with them;
``<br>`` a line break, ``<p>`` a paragraph break), character references (``&amp;``) decoded.

Only characters are removed (and lines left blank), but for a table's spacing, a footnote's
number and what a character reference decodes to, which is cleaned as the sanitizer cleans
text: nothing the sanitizer took out can come back.
Everything is linear in the text: emphasis marks are paired with a stack, not by backtracking.
"""

from __future__ import annotations

import re

from .markdown_html import decode_references, without_tags
from .patterns import TABLE_GAP

# A heading's marks: "## Storm hits coast ##" is the heading "Storm hits coast".
HEADING_OPEN = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
HEADING_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]*")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r"^ {0,3}(?:={2,}|-{2,})[ \t]*$")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]++\]:[ \t]*\S")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
# GitHub tables: a header row, a delimiter row ("|---|:---:|"), rows; cells parted by "|" (not "\|").
_TABLE_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
# Footnotes: a reference "[^1]" (off: a reader sees a superscript), a definition "[^1]: Text" (an
# item of a list of notes, numbered as it was when its label is a number).
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]++\]")
_FOOTNOTE = re.compile(r"^ {0,3}\[\^([^\]\s]++)\]:[ \t]*")

# Inline syntax. A link's address may hold one level of parentheses (Wikipedia's do) and a title.
_ADDRESS = r"\(\s*+(?:<[^<>\n]*+>|[^()\s]*+(?:\([^()\s]*+\)[^()\s]*+)*+)(?:\s++(?:\"[^\"]*+\"|'[^']*+'|\([^()]*+\)))?\s*+\)"
_IMAGE = re.compile(r"!\[[^\[\]]*+\](?:" + _ADDRESS + r"|\[[^\[\]]*+\])")
_LINK = re.compile(r"\[([^\[\]]*+)\](?:" + _ADDRESS + r"|\[[^\[\]]*+\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]++)>", re.IGNORECASE)
_TICKS = re.compile(r"`++")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_EMPHASIS_RUN = re.compile(r"(?<!\\)(?:\*++|_++)")


def _emphasis_marks(text: str) -> list[tuple[int, int]]:
    """Where the emphasis marks of ``text`` are, paired as Markdown pairs them (simplified: a
    run of ``*`` or ``_`` opens before a non-space and closes after one; ``_`` not inside a word;
    the marks between a pair that found no partner are text)."""
    marks: list[tuple[int, int]] = []
    openers: list[list] = []  # [mark, where its unused part starts, where it ends]
    waiting = {"*": 0, "_": 0}  # openers on the stack by mark
    end = len(text)
    for run in _EMPHASIS_RUN.finditer(text):
        start, stop = run.span()
        mark = text[start]
        before = text[start - 1] if start else " "
        after = text[stop] if stop < end else " "
        opens, closes = not after.isspace(), not before.isspace()
        if mark == "_":
            opens, closes = opens and not before.isalnum(), closes and not after.isalnum()
        while closes and waiting[mark] and start < stop:
            at = len(openers) - 1
            while openers[at][0] != mark:
                at -= 1
            for dropped in openers[at + 1:]:  # unpaired marks inside the pair are text
                waiting[dropped[0]] -= 1
            del openers[at + 1:]
            opener = openers[at]
            used = min(opener[2] - opener[1], stop - start)
            marks.append((opener[2] - used, opener[2]))
            marks.append((start, start + used))
            opener[2] -= used
            start += used
            if opener[2] == opener[1]:
                openers.pop()
                waiting[mark] -= 1
        if opens and start < stop:
            openers.append([mark, start, stop])
            waiting[mark] += 1
    marks.sort()
    return marks


def _code_span_bounds(text: str) -> list[tuple[int, int, int, int]]:
    """Where the code spans of ``text`` are: (opening run's start, its end, closing run's start,
    its end). A run of backticks opens a span that the next run of as many closes (the runs
    between are its text); one that none closes, or a span of spaces only, is text."""
    runs = [m.span() for m in _TICKS.finditer(text)]
    following: dict[int, int] = {}  # run length -> the nearest run of that length after
    closer = [0] * len(runs)
    for n in range(len(runs) - 1, -1, -1):
        size = runs[n][1] - runs[n][0]
        closer[n] = following.get(size, -1)
        following[size] = n
    spans, n = [], 0
    while n < len(runs):
        close = closer[n]
        if close < 0:
            n += 1
            continue
        (open_start, open_end), (close_start, close_end) = runs[n], runs[close]
        if text[open_end:close_start].strip(" "):
            spans.append((open_start, open_end, close_start, close_end))
        n = close + 1
    return spans


# A code span stands in for itself while the passes that would read its text as Markdown or HTML
# run (a sanitized text holds no NUL: none can be taken for one).
_HELD = re.compile("\x00([0-9]+)\x00")


def _hold_code(text: str, keep_ticks: bool, codes: list[str]) -> str:
    """``text`` with its code spans held out (each a placeholder), what they stand for added to
    ``codes``: the span as it is (``keep_ticks``) or its code alone (backticks off, as a reader
    sees it)."""
    if "`" not in text or "\x00" in text:
        return text
    spans = _code_span_bounds(text)
    if not spans:
        return text
    parts, at = [], 0
    for open_start, open_end, close_start, close_end in spans:
        parts += (text[at:open_start], f"\x00{len(codes)}\x00")
        codes.append(text[open_start:close_end] if keep_ticks
                     else text[open_end:close_start].strip(" "))
        at = close_end
    parts.append(text[at:])
    return "".join(parts)


def _restore_code(text: str, codes: list[str]) -> str:
    return _HELD.sub(lambda held: codes[int(held.group(1))], text) if codes else text


def _inline(text: str) -> str:
    """``text`` (a line, or the lines of one paragraph) without its inline syntax. Code spans
    lose their backticks and nothing else: what looks like a link, a footnote, emphasis, an
    escape or a character reference in them is their text."""
    codes: list[str] = []
    text = _hold_code(text, False, codes)
    if "!" in text:
        text = _IMAGE.sub("", text)
    if "[" in text:
        if "[^" in text:
            text = _FOOTNOTE_REFERENCE.sub("", text)
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        marks = _emphasis_marks(text)
        if marks:
            parts, at = [], 0
            for start, stop in marks:
                parts.append(text[at:start])
                at = stop
            parts.append(text[at:])
            text = "".join(parts)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = decode_references(text)
    return _restore_code(text, codes)


def _without_comments(text: str) -> str:
    """``text`` with its HTML comments off (a comment's line breaks kept). Each "<!--" is closed
    by the next "-->" after it; one that none closes is text, and so is every "<!--" after it (no
    "-->" follows them either): each character is looked at once, as a regex searching from every
    unclosed "<!--" to the end of the text would not."""
    parts, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        stop = text.find("-->", start + 4)
        if stop < 0:
            break
        parts += (text[at:start], "\n" * text.count("\n", start, stop))
        at = stop + 3
    parts.append(text[at:])
    return "".join(parts)


_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")
_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")


def _prose_without_tags(text: str) -> str:
    """Lines of prose without their HTML tags, but in code spans (``<br>`` in backticks is
    shown as it is). Code spans end with their paragraph."""
    if "`" not in text:
        return without_tags(text)
    parts = _PARAGRAPH_BREAK.split(text)
    codes: list[str] = []
    for n in range(0, len(parts), 2):
        parts[n] = _hold_code(parts[n], True, codes)
    return _restore_code(without_tags("".join(parts)), codes)


def _row_without_tags(row: str) -> str:
    """A table row without its HTML tags: what would break a line (``<br>``, ``<p>``) is a
    space in a cell, which stays in its row."""
    plain = _prose_without_tags(row)
    return plain if "\n" not in plain else _LINE_BREAKS.sub(" ", plain)


def _without_html(text: str) -> str:
    """``text`` without its HTML tags (``markdown_html.without_tags``), but in fenced code blocks
    and code spans, which show them as they are; in a table's rows a line break is a space."""
    if "```" not in text and "~~~" not in text and "|" not in text:
        return _prose_without_tags(text)
    parts: list[str] = []
    prose: list[str] = []
    fence = ""
    lines = text.split("\n")
    table_end = 0  # the line after the table being read
    for at, line in enumerate(lines):
        if fence:
            parts.append(line)
            if line.lstrip(" ").startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        table = at < table_end or "|" in line and at + 1 < len(lines) \
            and _is_table(line, lines[at + 1])
        opening = None if table else _FENCE.match(line)
        if opening is None and not table:
            prose.append(line)
            continue
        if prose:
            parts.append(_prose_without_tags("\n".join(prose)))
            prose.clear()
        if opening is not None:
            fence = opening.group(1)
        elif at >= table_end:  # a table's header: its rows go on to a blank line
            table_end = at + 2
            while table_end < len(lines) and "|" in lines[table_end] and lines[table_end].strip():
                table_end += 1
        parts.append(line if opening is not None else _row_without_tags(line))
    if prose:
        parts.append(_prose_without_tags("\n".join(prose)))
    return "\n".join(parts)


def table_cells(row: str) -> list[str]:
    """The cells of a GitHub table row as written (stripped; ``\\|`` is a literal pipe)."""
    row = row.strip().removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_BORDER.split(row)]


def _cells(row: str) -> list[str]:
    """The cells of a table row, as text."""
    return [_inline(cell) for cell in table_cells(row)]


def _table(rows: list[str]) -> list[str]:
    """A GitHub table's rows (its delimiter row left out) as lines of text: each cell padded to
    its column's width, ``TABLE_GAP`` between columns, as a table in a text file is laid out."""
    cells = [_cells(row) for row in rows]
    columns = max(map(len, cells))
    widths = [max((len(row[n]) for row in cells if n < len(row)), default=0)
              for n in range(columns)]
    return [TABLE_GAP.join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
            for row in cells]


def _is_table(header: str, delimiter: str) -> bool:
    """Whether a line and the line below it start a GitHub table: the header's cells as many as
    the delimiter row's."""
    return ("|" in header and "-" in delimiter and _TABLE_DELIMITER.match(delimiter) is not None
            and len(table_cells(header)) == len(_CELL_BORDER.split(delimiter.strip().strip("|"))))


def heading_text(line: str) -> str | None:
    """The text of an ATX heading line (its marks off), None for another line."""
    opening = HEADING_OPEN.match(line)
    if opening is None:
        return None
    return HEADING_CLOSE.sub("", line[opening.end():]).strip()


def plain_markdown(text: str) -> str:
    """``text`` (a sanitized .md article) as a reader sees it: see the module's docstring."""
    if "<!--" in text:
        text = _without_comments(text)
    if "<" in text:
        text = _without_html(text)
    out: list[str] = []
    block: list[tuple[str, str]] = []  # the current paragraph's lines: (kept prefix, content)

    def flush() -> None:  # (each list item on its own: emphasis does not run from one to the next)
        starts = [n for n, (prefix, _) in enumerate(block) if n == 0 or prefix.strip()]
        for start, end in zip(starts, [*starts[1:], len(block)]):
            lines = block[start:end]
            contents = _inline("\n".join(content for _, content in lines)).split("\n")
            out.extend(prefix + content for (prefix, _), content in zip(lines, contents))
        block.clear()

    def heading(content: str) -> None:
        flush()
        out.extend(("", _inline(content), ""))

    fence = ""
    lines = text.split("\n")
    table_end = 0  # the line after the table being read
    for at, line in enumerate(lines):
        if at < table_end:
            continue
        lead = line.lstrip(" \t")[:1]  # (which syntax a line may hold: most lines hold none)
        if fence:
            if lead == fence[0] and line.lstrip(" ").startswith(fence) \
                    and not line.strip().strip(fence[0]):
                fence = ""
                out.append("")
            else:
                out.append(line)
            continue
        if lead in "`~" and (opening := _FENCE.match(line)):
            flush()
            fence = opening.group(1)
            out.append("")
            continue
        if lead == ">":
            line = line[_QUOTE_MARKS.match(line).end():]
            lead = line.lstrip(" \t")[:1]
        if not lead or not line.strip():
            flush()
            out.append("")
            continue
        if lead in "=-" and block and _SETEXT.match(line) and not _ITEM.match(block[-1][0] + " "):
            # (a line with nothing left, such as a lone "*", adds no space to the heading)
            underlined = " ".join(filter(None, (content.strip() for _, content in block)))
            block.clear()
            heading(underlined)
            continue
        if lead in "*-_" and _RULE.match(line):
            flush()
            out.append("")
            continue
        if lead == "#" and (title := heading_text(line)) is not None:
            heading(title)
            continue
        if "|" in line and at + 1 < len(lines) and _is_table(line, lines[at + 1]):
            flush()
            table_end = at + 2
            while table_end < len(lines) and "|" in lines[table_end] \
                    and lines[table_end].strip():
                table_end += 1
            out.extend(("", *_table([line, *lines[at + 2:table_end]]), ""))
            continue
        if lead == "[" and line.lstrip(" ").startswith("[^") and (note := _FOOTNOTE.match(line)):
            label = note.group(1)
            block.append((f"{label}. " if label.isdigit() and len(label) <= 3 else "- ",
                          line[note.end():]))
            continue
        if lead == "[" and not block and _REFERENCE.match(line):
            out.append("")
            continue
        at = 0
        if lead in "-*+" or lead.isdigit():
            item = _ITEM.match(line)
            at = item.end() if item else 0
        if not at and line[0] in " \t":
            at = len(line) - len(line.lstrip(" \t"))
        block.append((line[:at], line[at:].removesuffix("\\")))  # (and a hard line break)
    flush()
    return "\n".join(out)
