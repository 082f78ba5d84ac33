"""GitHub-flavoured Markdown exports that read well raw and rendered.

Changes are inline ``<del>``/``<ins>`` (GitHub renders both, struck through and underlined): unlike
``~~``/``**`` they mark a change wherever it falls, next to punctuation or inside a word. Source text
is escaped so that it can never become markup: no headings, lists, tables, links, code, HTML,
entities or math out of an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from ..models import Block, Comparison, Source
from ..overlap import Overlap
from ..sanitize import safe_url
from .common import (
    ALIGNED_NOTE,
    BASE_NOTE,
    EXPORT_MARK,
    KIND_LABELS,
    LOAD_NOTES_LABEL,
    MERGE_AT,
    NO_FACTS,
    NO_REWRITES,
    ONE_SOURCE,
    ONE_SOURCE_INTRO,
    REPORT_INTRO,
    REPORT_SIDES,
    SIMILARITY_NOTE,
    VARIANTS_NOTE,
    block_where,
    clean,
    common_share,
    counted,
    load_notes,
    minor_pair_at,
    minor_run_end,
    named_list,
    one_line,
    order_note,
    paragraph_breaks,
    percent,
    reworded,
    run_wordings,
    shared_note,
    shared_words,
    side_paragraphs,
    summary_line,
    word_count,
)
from .factview import (
    FACT_FLAGS,
    KEY_NOTE,
    NEAR_NOTE,
    SAME_SIDE,
    UPDATES_NOTE,
    FactSelection,
    KeyRow,
    conflict_refs,
    conflicts_note,
    corpus_intro,
    fact_label,
    group_sides,
    pair_intro,
    pair_names,
    source_key,
    update_steps,
    wordings,
)
from .report import CorpusReport

# Always escaped: emphasis, code, links, HTML, tables, strikethrough, math.
_ANYWHERE = re.compile(r"([\\`*_\[\]<>|~$])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What turns a line into a block: heading, list, quote, setext underline, ordered list.
_LINE_START = re.compile(r"^([#+=\-])|^(\d+)([.)])")
_SPACES = re.compile(r"[ \t]{2,}")
# An ATX heading's optional closing sequence: a run of '#' at the end, after a space (or alone).
_CLOSING_HASHES = re.compile(r"(^|[ \t])(#+[ \t]*)$")
NOT_STATED = "*not stated*"


# What GitHub turns into a link or a notification wherever it stands in text (escapes do not
# stop it): an @mention (a team's too), an issue or pull request ("#12", "owner/repo#12",
# "GH-12"), an e-mail address, a bare URL. In an article's text each goes in a code span, which
# GitHub leaves alone, its text shown as it is. (A URL's trailing punctuation stays outside, as
# GitHub would leave it; backticks, '|', '<' and '>' end one.)
_AUTOLINKED = re.compile(
    r"(?<![\w@/`.+-])@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9][\w.-]*)?"
    r"|(?<![&#\w/.-])(?:[\w.-]+/[\w.-]+)?#[0-9]+(?![\w-])"
    r"|\bGH-[0-9]+\b"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>`|]+")
_TRAILING = re.compile(r"[.,;:!?'\")\]*_~]+$")


def md(text: str) -> str:
    """Source text (one line, no newline) escaped for Markdown inline content; what GitHub
    would make a link or a mention of (``_AUTOLINKED``) in a code span, as it reads."""
    text = clean(text).replace("\n", " ")
    out, last = [], 0
    for m in _AUTOLINKED.finditer(text):
        word = m.group()
        trail = _TRAILING.search(word) if word[0] not in "@#G" else None
        end = m.end() - (len(trail.group()) if trail else 0)
        while end < m.end() and text[end] == ")" and (text.count("(", m.start(), end)
                                                     > text.count(")", m.start(), end)):
            end += 1  # (a URL's own parentheses: /wiki/Foo_(bar))
        if end <= m.start():
            continue
        out.append(_escaped(text[last:m.start()]) + f"`{text[m.start():end]}`")
        last = end
    out.append(_escaped(text[last:]))
    return "".join(out)


def md_own(text: str) -> str:
    """Our own words (one line) escaped as :func:`md` escapes, with the sources' labels ("#3",
    "#1's") as they are: a report's own references, not links to neutralise."""
    return _escaped(clean(text).replace("\n", " "))


def _escaped(text: str) -> str:
    """Text escaped for Markdown inline content: no markup can come of it."""
    text = _ANYWHERE.sub(r"\\\1", text)
    return _ENTITY.sub(r"\\&", text)


def _line(composed: str) -> str:
    """A composed line of escaped text and tags, stripped, its start unable to open a block."""
    composed = _SPACES.sub(" ", composed.strip())
    return _LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1)
                           else m.group(2) + "\\" + m.group(3), composed, count=1)


def md_line(text: str) -> str:
    """Source text escaped to stand at the start of a line."""
    return _line(md(text))


def heading(level: str, content: str) -> str:
    """A heading line: ``level`` ('##') and its escaped ``content``, whose trailing '#' (a title
    "We are number #" at the end) would otherwise read as the heading's closing sequence and
    vanish."""
    return f"{level} " + _CLOSING_HASHES.sub(lambda m: m.group(1) + "\\" + m.group(2), content)


def md_cell(text: str) -> str:
    """Escaped text for a table cell (one line; ``|`` escaped). A cell never starts a line, so
    block syntax at its start needs no escape."""
    return md(one_line(text))


def _or_unknown(value: str) -> str:
    return md_cell(value) if value.strip() else NOT_STATED


def _link(url: str) -> str:
    safe = safe_url(url)
    return f"<{safe}>" if safe else _or_unknown(url)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# --- the aligned blocks ----------------------------------------------------------------------

def _marked(tag: str, text: str) -> str:
    """``text`` in a <del>/<ins> tag, its outer whitespace left outside (GitHub renders better)."""
    core = text.strip()
    if not core:
        return md(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{md(lead)}<{tag}>{md(core)}</{tag}>{md(trail)}"


class _Paragraphs:
    """Markdown paragraphs built part by part; a line break inside one is a hard break."""

    def __init__(self) -> None:
        self._paras: list[list[list[str]]] = [[[]]]

    def add(self, part: str) -> None:
        self._paras[-1][-1].append(part)

    def line_break(self) -> None:
        self._paras[-1].append([])

    def paragraph_break(self) -> None:
        self._paras.append([[]])

    def lines(self) -> list[str]:
        out = []
        for para in self._paras:
            lines = [line for line in (_line("".join(parts)) for parts in para) if line]
            if lines:
                out.append("\\\n".join(lines))
        return out


def block_lines(comparison: Comparison, block: Block) -> list[str]:
    """A block as Markdown paragraphs: its merged word diff, or its two sides in turn.

    Paired blocks with little in common show each side in turn. Tags never span lines; a line
    break inside a paragraph is a hard break; one-sided blocks carry no marks inside.
    """
    if _preformatted(comparison, block):
        return _pre_lines(comparison, block)
    if block.left and block.right and common_share(block) < MERGE_AT:
        return _side_lines(comparison, block)
    return _merged_lines(comparison, block)


def _preformatted(comparison: Comparison, block: Block) -> bool:
    """Whether every paragraph of the block is preformatted (a table, code)."""
    kinds = [comparison.left.segments[i].kind for i in block.left]
    kinds += [comparison.right.segments[i].kind for i in block.right]
    return bool(kinds) and all(kind == "preformatted" for kind in kinds)


def _pre_lines(comparison: Comparison, block: Block) -> list[str]:
    """A preformatted block (a table, code) as an HTML ``<pre>`` block, its spacing kept so
    that its columns line up (as a Markdown paragraph, they collapsed to single spaces): the
    word diff with its changes in <del>/<ins> (GitHub renders both inside <pre>; in an HTML
    block nothing is Markdown, so the text is escaped as HTML). A change of spacing alone,
    like any difference that does not count, shows as A has it, unmarked, followed by B's
    wording where it reads as other words, as in prose ("5% (B: 5 percent)"). A line break
    between two of the block's paragraphs is a blank line."""
    bounds = {"left": paragraph_breaks(comparison.left, block.left),
              "right": paragraph_breaks(comparison.right, block.right)}
    sides = {"equal": ("left", "right"), "delete": ("left",), "insert": ("right",)}
    pos = {"left": 0, "right": 0}
    plain = block.kind in ("left_only", "right_only")
    lines: list[list[str]] = [[]]
    b_wording = _BWording(block.spans)
    for k, span in enumerate(block.spans):
        quiet = span.op != "equal" and (span.minor or not span.text.strip())
        if quiet and span.op == "insert":
            pos["right"] += len(span.text)
            continue
        tag = None if plain or quiet else {"delete": "del", "insert": "ins"}.get(span.op)
        for n, piece in enumerate(span.text.split("\n")):
            if n:
                if any(pos[side] in bounds[side] for side in sides[span.op]) and lines[-1]:
                    lines.append([])
                lines.append([])
                for side in sides[span.op]:
                    pos[side] += 1
            if piece:
                lines[-1].append(_pre_marked(tag, piece))
                for side in sides[span.op]:
                    pos[side] += len(piece)
        b_has = b_wording.after(k) if span.minor and not plain else None
        if b_has is not None:  # (B's wording, as in prose: "5% (B: 5 percent)")
            lines[-1].append(f" (B: {escape(clean(' '.join(b_has.split())), quote=False)})")
    return ["<pre>\n" + "\n".join("".join(parts) for parts in lines).strip("\n") + "\n</pre>"]


def _pre_marked(tag: str | None, text: str) -> str:
    """``text`` escaped as HTML, in a <del>/<ins> tag when ``tag`` says, its outer spaces (a
    column's padding) left outside."""
    core = text.strip()
    if tag is None or not core:
        return escape(clean(text), quote=False)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}<{tag}>{escape(clean(core), quote=False)}</{tag}>{trail}"


def _side_lines(comparison: Comparison, block: Block) -> list[str]:
    """Each side in turn, its changes marked; unmarked when reworded throughout (the heading
    says so, and a paragraph struck through whole is hard to read)."""
    out = _Paragraphs()
    plain = reworded(block)
    for side, letter in (("left", "A"), ("right", "B")):
        for paragraph in side_paragraphs(comparison, block, side, splits=True):
            out.paragraph_break()
            out.add(f"**{letter} ¶{paragraph.index + 1}:** ")
            for run in paragraph.runs:
                if run.op == "split":  # (the other side starts a paragraph here)
                    tag = "ins" if letter == "A" else "del"
                    out.add(f" <{tag}>¶</{tag}> ")
                    continue
                tag = None if plain or run.minor else {"delete": "del", "insert": "ins"}.get(run.op)
                for n, piece in enumerate(run.text.split("\n")):
                    if n:
                        out.line_break()
                    if piece:
                        out.add(md(piece) if tag is None else _marked(tag, piece))
    return out.lines()


# What a minor difference may differ in and still read as the same words: quote marks,
# apostrophes, dashes and hyphens, the dots of U.S., spacing.
_TYPOGRAPHY = re.compile(r"[\s‘’‚‛“”„‟\"'`´.\-‐‑‒–—―]+")


def _same_words(a: str, b: str) -> bool:
    return _TYPOGRAPHY.sub("", a) == _TYPOGRAPHY.sub("", b)


def _b_wording(run) -> str | None:
    """B's wording of a run of minor pairs (``minor_run_end``: one note for "HALLORAN WINS"),
    shown as A has it, when it reads as other words (case, "per cent" vs "%": B would read
    misquoted); None when it is typography only (quote marks, dashes, U.S./US)."""
    a, b = run_wordings(run)
    return None if _same_words(a, b) else b


class _BWording:
    """B's wording of each run of minor pairs that reads as other words (``_b_wording``), said
    after the run's last pair, as the spans are walked in order."""

    def __init__(self, spans) -> None:
        self._spans = spans
        self._start = self._end = 0  # the run of minor pairs (minor_run_end) the span is in

    def after(self, k: int) -> str | None:
        """B's wording to add after ``spans[k]``, a minor delete: its run's, when it is the
        run's last and B reads otherwise; else None."""
        spans = self._spans
        if not minor_pair_at(spans, k, in_line=True):
            return None
        if k >= self._end:
            self._start, self._end = k, minor_run_end(spans, k, in_line=True)
        return _b_wording(spans[self._start:self._end]) if k == self._end - 2 else None


def _runs_into(spans, k: int) -> bool:
    """Whether ``spans[k]``, a marked change, directly follows a marked change of the other side
    with no space between them at either side: read without colour, "<del>legal fight</del>
    <ins>lawsuit</ins>" would be "fightlawsuit", "<del>$2.5m</del><ins>$2.4m</ins>"
    "$2.5m$2.4m". Not before what attaches to the word before it (". , ; : ! ? ) ” %") nor after
    what opens ("( “"): "ruling<del>.</del><ins>, which</ins>". The space goes inside the
    <del> ("<del>legal fight </del><ins>lawsuit</ins>"): B's text, the page without its <del>s,
    stays exact. (The JSON and text exports keep each side's exact wording.)"""
    if k == 0 or k >= len(spans):
        return False
    before, span = spans[k - 1], spans[k]
    end, start = before.text[-1:], span.text[:1]
    return (before.op != span.op and "equal" not in (before.op, span.op)
            and not (before.minor or span.minor) and end != "" and start != ""
            and not end.isspace() and not start.isspace()
            and start not in _ATTACHES and end not in _OPENS)


_ATTACHES = frozenset(".,;:!?)]}”’»…%")  # (what a word takes with no space before it)
_OPENS = frozenset("([{“‘«")


def _merged_lines(comparison: Comparison, block: Block) -> list[str]:
    """The word diff as one text: where both sides end a paragraph a new one starts; a
    paragraph break on one side only shows as a marked ¶. A difference that does not count
    shows as A has it, unmarked, followed by B's wording where it reads as other words
    ("Of (B: of)": without it, "<ins>Eight</ins> Of the" misquotes B); quote marks, dashes,
    U.S./US show as A has them only. (Plain text: the export's only markup is <del>, <ins> and
    its own headings; an article holding "(B: " itself reads ambiguously, as in the text diff.)"""
    bounds = {"left": paragraph_breaks(comparison.left, block.left),
              "right": paragraph_breaks(comparison.right, block.right)}
    sides = {"equal": ("left", "right"), "delete": ("left",), "insert": ("right",)}
    pos = {"left": 0, "right": 0}
    plain = block.kind in ("left_only", "right_only")
    out = _Paragraphs()
    spans = block.spans
    b_wording = _BWording(spans)
    for k, span in enumerate(spans):
        # A minor difference shows as A has it; a paragraph break in it that the other side
        # lacks (B splits a paragraph A keeps whole) is still marked.
        at = k + 1 if span.op == "delete" else k - 1
        partner = spans[at] if 0 <= at < len(spans) else None
        lone_break = span.minor and not (partner is not None and partner.minor
                                         and "\n" in partner.text)
        if span.minor and span.op == "insert":
            if lone_break and not plain and any(
                    ch == "\n" and pos["right"] + i in bounds["right"]
                    for i, ch in enumerate(span.text)):
                out.add(" <ins>¶</ins> ")
            pos["right"] += len(span.text)
            continue
        tag = None if plain or span.minor else {"delete": "del", "insert": "ins"}.get(span.op)
        pieces = span.text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                if tag is None and lone_break and not plain and pos["left"] in bounds["left"]:
                    out.add(" <del>¶</del> ")
                elif tag is not None:
                    out.add(f" <{tag}>¶</{tag}> ")
                elif any(pos[side] in bounds[side] for side in sides[span.op]):
                    out.paragraph_break()
                else:
                    out.line_break()
                for side in sides[span.op]:
                    pos[side] += 1
            if piece:
                marked = md(piece) if tag is None else _marked(tag, piece)
                if tag == "del":  # (the space that keeps it apart from an <ins> is A's only)
                    if n == 0 and _runs_into(spans, k):
                        marked = marked.replace("<del>", "<del> ", 1)
                    if n == len(pieces) - 1 and _runs_into(spans, k + 1):
                        marked = marked.replace("</del>", " </del>", 1)
                out.add(marked)
                for side in sides[span.op]:
                    pos[side] += len(piece)
        b_has = b_wording.after(k) if span.minor and not plain else None
        if b_has is not None:
            out.add(f" (B: {md(b_has.strip())})")
    return out.lines()


def _blocks(comparison: Comparison, level: str) -> list[str]:
    out = []
    for number, block in enumerate(comparison.blocks, 1):
        head = [str(number), KIND_LABELS[block.kind]]
        if block.left and block.right:
            head.append(f"{percent(block.similarity)} alike")
            if reworded(block):
                head.append("reworded throughout")
        head.append(block_where(block))
        out.append(heading(level, " · ".join(head)))
        out.extend(block_lines(comparison, block))
    return out


def _legend(a: str, b: str) -> str:
    return (f"How to read: <del>struck through</del> words are only in {a}, <ins>underlined</ins> "
            f"ones only in {b}; a marked ¶ is a paragraph break on one side only; differences "
            f"that do not count are not marked: they show as {a} has them (quote marks, U.S. and "
            f"US), followed by {b}'s wording where it differs otherwise "
            f"(Of (B: of)). Each block "
            f"heading gives its kind (same, changed, moved, only in one), how alike its two sides "
            f"are, and its paragraphs (A ¶3 ↔ B ¶2–3).")


# --- facts -----------------------------------------------------------------------------------

def _fact_value(fact: dict) -> str:
    if fact["kind"] == "quote":
        return f"“{md_cell(fact['value'])}”"
    qualifier = fact.get("qualifier")
    value = md_cell(fact_label(fact))
    # after the value, as the reader shows it: '50% · “about” in 2 of 5', '2024 · late'
    return f"{value} · {md_cell(qualifier)}" if qualifier else value


def _dots(fact: dict, view: FactSelection) -> str:
    holders = set(fact["sources"])
    dots = "".join("●" if s["id"] in holders else "○" for s in view.sources)
    return f"{dots} {len(holders)}/{view.n}"


def _wording(fact: dict, source_id: str) -> str:
    return "; ".join(md_cell(t) for t in wordings(fact, source_id)) or "—"


def _key(sub: str, rows: list[KeyRow]) -> list[str]:
    """The key to the support dots: each source named, in dot order."""
    return ["", f"{sub} Sources counted", "", KEY_NOTE, "",
            _table(["Dot", "Source", "Title", "Outlet", "Id"],
                   [[f"● #{r.position}", md_cell(r.name), md_cell(r.title), _or_unknown(r.outlet),
                     md_cell(r.id)] for r in rows])]


def _facts(view: FactSelection | None, name: Callable[[str], str], *, heading: str, intro: str,
           per_source: list[tuple[str, str]], key: list[KeyRow] | None = None
           ) -> list[str]:
    """The facts section; ``heading`` is e.g. '## Facts', its subsections go one level down;
    ``key``: the sources of the dots (``source_key``), shown first. No view (facts not asked
    for): no section."""
    if view is None:
        return []
    sub = heading.split(" ", 1)[0] + "#"
    out = [heading, "", intro]
    if key is not None and view.facts:
        out += _key(sub, key)

    def fact_cell(fact: dict) -> str:  # ⚠ conflict 1, ≈ near values 1, ↑ update 1
        flags = [f" {mark} {refs}" for mark, _what, refs_of in FACT_FLAGS
                 if (refs := refs_of(view, fact["id"]))]
        return f"**{_fact_value(fact)}**" + "".join(flags)

    def about_cell(fact: dict) -> str:  # a conflict's facts: its one label, in the list below
        refs = conflict_refs(view, fact["id"])
        return f"see {refs}" if refs else md_cell(fact.get("about") or "")

    if per_source:
        tail = [(title, lambda f, sid=sid: _wording(f, sid)) for title, sid in per_source]
    else:
        tail = [("Stated by", lambda f: md_own(named_list([name(s) for s in f["sources"]])))]
    support = ("Support", lambda f: _dots(f, view))
    sections = [
        ("Figures and dates", view.figures,
         [("Fact", fact_cell), ("Kind", lambda f: md_cell(f["kind"])),
          ("About", about_cell), support, *tail]),
        ("Quotes", view.quotes,
         [("Quote", fact_cell), ("Speaker", lambda f: md_cell(f.get("speaker") or "") or "—"),
          support, *tail]),
    ]
    for title, facts, columns in sections:
        if facts:
            out += ["", f"{sub} {title}", "",
                    _table([c for c, _ in columns], [[cell(f) for _, cell in columns]
                                                     for f in facts])]
    if not view.facts:
        out += ["", NO_FACTS]
    for title, note, groups, joiner in (
        ("Conflicts", conflicts_note(view), view.conflicts, " *vs* "),
        ("Possible variants of one remark", VARIANTS_NOTE, view.variants, " · "),
        ("Near values", NEAR_NOTE, view.near, " · "),
        ("Updates", UPDATES_NOTE, view.updates, " → "),
    ):
        if not groups:
            continue
        out += ["", f"{sub} {title}", "", note, ""]
        for number, group in enumerate(groups, 1):
            if groups is view.updates:
                # (value, when, who: as `seedreader facts` and the reader write an update)
                values = [f"**{_fact_value(fact)}** ({md_cell(when)}{', ' if when else ''}"
                          f"{md_own(one_line(who))})" for fact, who, when in update_steps(view, group, name)]
            else:  # (a misquote's wordings that say the same thing: one side, SAME_SIDE)
                values = [SAME_SIDE.join(f"**{_fact_value(fact)}** ({md_own(one_line(who))})"
                                         for fact, who in side)
                          for side in group_sides(view, group, name)]
            label = f"**{number}** · " if groups is not view.variants else ""
            out.append(f"- {label}{md_cell(group.get('about') or '')}: " + joiner.join(values))
    return out


# --- documents -------------------------------------------------------------------------------

def _sources_table(left: Source, right: Source) -> str:
    def length(s: Source) -> str:
        return f"{counted(len(s.paragraphs), 'paragraph')}, {counted(word_count(s), 'word')}"

    rows = [
        ["Title", md_cell(left.title), md_cell(right.title)],
        ["Outlet", _or_unknown(left.outlet), _or_unknown(right.outlet)],
        ["Published", _or_unknown(left.published), _or_unknown(right.published)],
        ["Link", _link(left.url), _link(right.url)],
        ["Source id", md_cell(left.id), md_cell(right.id)],
        ["Length", length(left), length(right)],
    ]
    if left.notes.strip() or right.notes.strip():
        rows.append(["Notes", md_cell(left.notes), md_cell(right.notes)])
    if left.warnings or right.warnings:
        rows.append([LOAD_NOTES_LABEL, md_cell(load_notes(left)) or "—",
                     md_cell(load_notes(right)) or "—"])
    return _table(["", "A (left)", "B (right)"], rows)


def _summary(comparison: Comparison, a: str = "A", b: str = "B",
             measured: Overlap | None = None) -> str:
    """The figures of a pair: how alike, its blocks; how much of each side the other has word
    for word (``a``, ``b``: the sides' names; ``measured``: that overlap, if known already)."""
    return (f"**{percent(comparison.similarity)} alike** overall, in {summary_line(comparison)}."
            f"\n\nWord for word, {md_own(shared_words(comparison, a, b, measured=measured))}.")


def render_pair_md(comparison: Comparison, facts: FactSelection | None) -> str:
    left, right = comparison.left, comparison.right
    name = pair_names(comparison, facts)
    out = [
        EXPORT_MARK,
        heading("#", f"{md_line(left.title)} *vs* {md_cell(right.title)}"), "",
        _sources_table(left, right), "",
        _summary(comparison), "",
        _legend("A", "B"), "",
        "## The two texts, aligned", "",
        ALIGNED_NOTE + order_note(comparison), "",
    ]
    for line in _blocks(comparison, "###"):
        out += [line, ""]
    out += _facts(facts, name, heading="## Facts in these two sources",
                  intro=pair_intro(facts, comparison),
                  per_source=[("A says", left.id), ("B says", right.id)],
                  key=source_key(facts, comparison) if facts is not None else None)
    return "\n".join(out).rstrip() + "\n"


def render_report_md(report: CorpusReport) -> str:
    label, name = report.label, report.name_of
    base = report.base
    sources = counted(len(report.sources), "source")
    out = [
        EXPORT_MARK,
        heading("#", f"Corpus report: {md_cell(report.heading)} ({sources})" if report.heading
                else f"Corpus report: {md_cell(report.name)}, {sources}"), "",
        (REPORT_INTRO if report.comparisons else ONE_SOURCE_INTRO).format(
            label=label(base), title=f"**{md_cell(base.title)}**")
        + (BASE_NOTE.format(label=label(base), reason=md_own(report.base_reason))
           if report.comparisons and report.base_reason else ""), "",
        "## Sources", "",
    ]
    rows = []
    for source in report.sources:
        closest = report.closest(source)
        near = f"{label(closest.b)} ({percent(closest.similarity)})" if closest else "—"
        rows.append([label(source) + (" (base)" if source.id == base.id else ""),
                     md_cell(source.title), md_cell(source.id), _or_unknown(source.outlet),
                     _or_unknown(source.published), _link(source.url),
                     f"{len(source.paragraphs):,}", f"{report.word_count(source):,}", near])
    out += [_table(["#", "Title", "Id", "Outlet", "Published", "Link", "Paragraphs", "Words",
                    "Closest"], rows), ""]
    loaded = [f"{label(source)}: {md_cell(load_notes(source))}"
              for source in report.sources if source.warnings]
    if loaded:
        out += [f"{LOAD_NOTES_LABEL}: " + " · ".join(loaded), ""]
    out += ["## Who resembles whom", ""]
    if len(report.sources) < 2:
        out += [ONE_SOURCE, ""]
    else:
        out += [SIMILARITY_NOTE, ""]
        matrix_rows = [[f"**{label(s)}**"] + ["—" if i == j else percent(v)
                                             for j, v in enumerate(report.matrix[i])]
                       for i, s in enumerate(report.sources)]
        out += [_table([""] + [label(s) for s in report.sources], matrix_rows), ""]
        related = [r for r in report.relations if r.verdict != "independent"]
        for relation in related:
            out.append(f"- **{label(relation.a)} and {label(relation.b)}**, "
                       f"{percent(relation.similarity)} alike: {md_own(relation.sentence(label))}.")
        if not related:
            out.append(NO_REWRITES)
        out.append("")
        if report.shared:
            n = len(report.sources)
            shared_rows = [[f"**{label(s)}**"] + ["—" if i == j else percent(report.share(i, j))
                                                 for j in range(n)]
                           for i, s in enumerate(report.sources)]
            out += ["### Word for word", "", shared_note(n), "",
                    _table([""] + [label(s) for s in report.sources], shared_rows), ""]
    out += _facts(report.facts, name, heading="## Facts across the corpus",
                  intro=corpus_intro(report.facts), per_source=[])
    if report.comparisons:
        out += ["", "## Each source against the base", "",
                REPORT_SIDES.format(label=label(base)) + " "
                + _legend(f"the base ({label(base)})", "the other source"), ""]
    for comparison in report.comparisons:
        other = comparison.right
        out += [heading("###", f"{label(other)} {md_cell(other.title)}, against the base "
                               f"{label(base)}"),
                "", _summary(comparison, label(base), label(other), report.overlap(comparison)), ""]
        for line in _blocks(comparison, "####"):
            out += [line, ""]
    return "\n".join(out).rstrip() + "\n"
